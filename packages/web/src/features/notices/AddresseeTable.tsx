import { useTranslation } from 'react-i18next';
import { Badge } from '../../shared/ui/Badge';
import { formatPhone } from '../../shared/format';

export type Addressee = {
  partyId: string;
  name: string;
  address: string | null;
  mobile: string | null;
  smsConsent: boolean;
  email?: string | null;
  emailConsent?: boolean;
  departed: boolean;
};

/**
 * "Adresat powiadomienia": name, address, the contact of the notice's channel with its consent (mobile + SMS consent,
 * or e-mail + e-mail consent for an e-mail notice), departed (Ubyły). Radio choice when several.
 */
export function AddresseeTable({
  addressees,
  value,
  onChange,
  isOffered = () => true,
  channel,
}: {
  addressees: readonly Addressee[];
  value: string;
  onChange?: (partyId: string) => void;
  /** false: the addressee cannot be chosen (a departed party for an SMS, issue #22) */
  isOffered?: (a: Addressee) => boolean;
  /** the notice's channel: EMAIL shows the e-mail address and its consent instead of the mobile and the SMS consent */
  channel?: string;
}) {
  const { t } = useTranslation();
  const email = channel === 'EMAIL';
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('notices.editor.addressee')}</caption>
        <thead>
          <tr>
            {onChange ? (
              <th scope="col" className="col-check">
                <span className="visually-hidden">{t('notices.editor.chooseAddressee')}</span>
              </th>
            ) : null}
            <th scope="col">{t('notices.addressee.name')}</th>
            <th scope="col">{t('notices.addressee.address')}</th>
            <th scope="col">{t(email ? 'notices.addressee.email' : 'notices.addressee.mobile')}</th>
            <th scope="col">{t(email ? 'notices.addressee.emailConsent' : 'notices.addressee.consent')}</th>
            <th scope="col">{t('notices.addressee.departed')}</th>
          </tr>
        </thead>
        <tbody>
          {addressees.map((a) => (
            <tr key={a.partyId} className={a.partyId === value ? 'row--current' : undefined}>
              {onChange ? (
                <td className="col-check">
                  <input
                    type="radio"
                    name="addressee"
                    checked={a.partyId === value}
                    disabled={!isOffered(a)}
                    aria-label={t('notices.editor.chooseAddresseeNamed', { name: a.name })}
                    onChange={() => onChange(a.partyId)}
                  />
                </td>
              ) : null}
              <td className="strong">{a.name}</td>
              <td>{a.address ?? '—'}</td>
              <td className="nowrap">{email ? a.email || '—' : a.mobile ? formatPhone(a.mobile) : '—'}</td>
              <td>{(email ? a.emailConsent : a.smsConsent) ? <Badge tone="success">{t('notices.addressee.consentYes')}</Badge> : <Badge tone="warning">{t('notices.addressee.consentNo')}</Badge>}</td>
              <td>
                {a.departed ? <Badge tone="danger">{t('notices.addressee.departedYes')}</Badge> : <span className="muted">—</span>}
                {isOffered(a) ? null : <span className="muted small"> {t('notices.editor.departedNoSms')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
