import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { currentLanguage } from '../../shared/i18n/i18n';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { ClientCardQuery } from './operations';
import './locales';

function Body({ partyId }: { partyId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const q = useQuery(ClientCardQuery, { variables: { partyId }, fetchPolicy: 'cache-and-network' });
  if (q.loading && !q.data) return <Spinner />;
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const p = q.data?.party;
  if (!p) return null;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table data-table--compact" data-testid="client-history">
          <caption>{t('contracts.history')}</caption>
          <thead>
            <tr>
              <th>{t('contracts.when')}</th>
              <th>{t('contracts.who')}</th>
              <th>{t('contracts.source')}</th>
              <th>{t('contracts.what')}</th>
              <th>{t('contracts.before')}</th>
              <th>{t('contracts.after')}</th>
            </tr>
          </thead>
          <tbody>
            {p.history.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('contracts.noHistory')}</td>
              </tr>
            ) : (
              p.history.flatMap((h) =>
                (h.changes.length ? h.changes : [{ field: '—', before: null, after: null }]).map((c, i) => (
                  <tr key={`${h.id}-${i}`}>
                    <td>{i === 0 ? formatDateTime(h.changedAt, lang) : ''}</td>
                    <td>{i === 0 ? `${h.changedByName ?? h.changedBy ?? '—'}${h.fromMergedParty ? ` ${t('contracts.fromMerged')}` : ''}` : ''}</td>
                    <td>{i === 0 ? t(`contracts.sources.${h.source}`, { defaultValue: h.source }) : ''}</td>
                    <td className="mono">{c.field}</td>
                    <td>{c.before ?? '—'}</td>
                    <td>{c.after ?? '—'}</td>
                  </tr>
                )),
              )
            )}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data-table data-table--compact">
          <caption>{t('contracts.addresses')}</caption>
          <tbody>
            {p.addressVersions.map((a) => (
              <tr key={a.id}>
                <td>{a.kind}</td>
                <td>
                  {[a.street, a.houseNumber, a.flatNumber].filter(Boolean).join(' ')}, {a.zip} {a.city} ({a.country})
                </td>
                <td>
                  {t('contracts.validFrom')} {a.validFrom}
                </td>
                <td>{a.validTo ? `${t('contracts.validTo')} ${a.validTo}` : t('contracts.current')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The client card (LOAN-7.3 "archív zákazníka"): every change with who and when, and the address versions. */
export function ClientCard({ partyId }: { partyId: string }) {
  const { t } = useTranslation();
  return (
    <details className="client-card">
      <summary>{t('contracts.card')}</summary>
      <Body partyId={partyId} />
    </details>
  );
}
