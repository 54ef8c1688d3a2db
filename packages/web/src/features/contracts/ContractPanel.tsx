import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NonstopBanking } from '../../graphql/generated/graphql';
import { formatMoney, formatPercent } from '../../shared/format';
import { currentLanguage } from '../../shared/i18n/i18n';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { ClientCard } from './ClientCard';
import { LoanContractQuery, SetNonstopBankingMutation } from './operations';
import './contracts.css';
import './locales';
import { useCan } from '../../shared/hooks';

const NB_VALUES: NonstopBanking[] = ['YES', 'NO', 'UNKNOWN'];

/** The borrower's "Služba Nonstop Banking" (LOAN-5: editable on the contract card), saved at once. */
function NonstopBankingField({ partyId, value, canEdit }: { partyId: string; value: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(false);
  // the stored value changed (after a save, the refetch brings it): the draft follows it, the "saved" status stays
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const [save, saving] = useMutation(SetNonstopBankingMutation, { refetchQueries: ['LoanContract', 'ClientCard'] });
  const errors = useFormErrors(saving.error, ['partyId', 'value']);
  return (
    <div className="contract-nb">
      <label htmlFor={id}>{t('contracts.nonstopBanking')}</label>{' '}
      {canEdit ? (
        <>
          <select
            id={id}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setSaved(false);
            }}
            data-testid="nonstop-banking"
          >
            {NB_VALUES.map((v) => (
              <option key={v} value={v}>
                {t(`contracts.nb.${v}`)}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="btn btn--secondary"
            disabled={draft === value || saving.loading}
            onClick={() =>
              void save({ variables: { partyId, value: draft as NonstopBanking } }).then(
                () => setSaved(true),
                () => undefined,
              )
            }
          >
            {t('contracts.save')}
          </button>
          {saved ? <span role="status"> {t('contracts.saved')}</span> : null}
          <ErrorBanner messages={[...Object.values(errors.byField), ...errors.banner]} />
        </>
      ) : (
        <strong id={id}>{t(`contracts.nb.${value}`)}</strong>
      )}
    </div>
  );
}

/**
 * Issue 24 / LOAN-5 "Správa zmluvy": the contract section of the selected loan in the debtor file — contract type
 * and its front-end settings, US and its method, RPMN, Odplata, channel, sale place, dealer, dates, products,
 * optional data, notes, approvals — the borrower's Nonstop Banking (editable) and the client card.
 */
export function ContractPanel({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  // the server's rule for setNonstopBanking: the permission table (issue 22)
  const canEdit = useCan()('payments.edit');
  const lang = currentLanguage();
  const titleId = useId();
  const q = useQuery(LoanContractQuery, { variables: { loanId }, fetchPolicy: 'cache-and-network' });
  if (q.loading && !q.data) return <Spinner />;
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const loan = q.data?.loan;
  const c = loan?.contract;
  if (!loan || !c) return null;
  const borrower = loan.parties.find((p) => p.role === 'BORROWER')?.party;
  const s = (key: string | null | undefined) => (key ? t(`contracts.method_.${key}`) : '—');
  const rows: [string, string][] = [
    [t('contracts.contractType'), `${c.contractTypeCode ?? '—'}${c.contractTypeName ? ` – ${c.contractTypeName}` : ''}`],
    [t('contracts.interestRate'), formatPercent(c.interestRate, lang)],
    [t('contracts.method'), c.methodRpmn ?? '—'],
    [t('contracts.rpmn'), formatPercent(c.rpmn, lang)],
    [t('contracts.odplata'), formatPercent(c.odplata, lang)],
    [t('contracts.channel'), c.sellingChannelCode ? `${c.sellingChannelCode}${c.sellingChannelName ? ` – ${c.sellingChannelName}` : ''}` : '—'],
    [t('contracts.salePlace'), c.salePlaceCode ? `${c.salePlaceCode}${c.salePlaceName ? ` – ${c.salePlaceName}` : ''}` : '—'],
    [t('contracts.dealer'), c.dealerCode ? `${c.dealerCode}${c.dealerName ? ` – ${c.dealerName}` : ''}` : '—'],
    [t('contracts.signatureDate'), c.signatureDate ?? '—'],
    [t('contracts.recalculationDate'), c.recalculationDate ?? '—'],
    [t('contracts.receivedAt'), c.receivedAt ?? '—'],
    [t('contracts.authorisationCode'), c.authorisationCode ?? '—'],
    [t('contracts.downPayment'), formatMoney(c.downPayment, lang, { currency: loan.currency })],
    [t('contracts.contractPrice'), formatMoney(c.contractPrice, lang, { currency: loan.currency })],
    [t('contracts.insurance'), formatMoney(c.insurance, lang, { currency: loan.currency })],
    [t('contracts.lastInstallment'), formatMoney(c.lastInstallment, lang, { currency: loan.currency })],
    [t('contracts.repaymentAccount'), c.repaymentAccount || '—'],
    [t('contracts.variableSymbol'), c.variableSymbol ?? '—'],
    [t('contracts.registeredBy'), c.registeredBy ?? '—'],
  ];
  return (
    <section className="card contract-panel" aria-labelledby={titleId} data-testid="contract-panel">
      <h2 id={titleId}>
        {t('contracts.title')} — {loan.number}
      </h2>
      <dl className="contract-grid">
        {rows.map(([k, v]) => (
          <div key={k} className="contract-grid__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('contracts.frontend')}: {t('contracts.rateBy')} {s(c.rateCalculatedBy)}; {t('contracts.installmentBy')} {s(c.installmentCalculatedBy)}; {t('contracts.channelRequirement')}{' '}
        {s(c.sellingChannelRequirement)}; {t('contracts.aprCheckBy')} {s(c.aprCheckBy)}
      </p>
      {borrower ? (
        <>
          <NonstopBankingField key={borrower.id} partyId={borrower.id} value={borrower.nonstopBanking} canEdit={canEdit} />
          <p>
            {t('contracts.clientNumbers')}: <span className="mono">{borrower.clientNumbers.join(', ') || '—'}</span>
          </p>
        </>
      ) : null}
      {c.products.length ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption>{t('contracts.products')}</caption>
            <thead>
              <tr>
                <th>{t('contracts.productCode')}</th>
                <th>{t('contracts.price')}</th>
                <th>{t('contracts.contractPrice')}</th>
                <th>{t('contracts.producer')}</th>
              </tr>
            </thead>
            <tbody>
              {c.products.map((p) => (
                <tr key={p.position}>
                  <td className="mono">{p.productCode}</td>
                  <td>{formatMoney(p.price, lang, { currency: loan.currency })}</td>
                  <td>{formatMoney(p.contractPrice, lang, { currency: loan.currency })}</td>
                  <td>{[p.producer, p.brand, p.serialNo].filter(Boolean).join(' / ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {c.optionalData.length ? (
        <p>
          {t('contracts.optionalData')}: {c.optionalData.map((o) => `${o.code} = ${o.dataNocode ?? o.dataCode ?? o.dataDesc ?? ''}`).join('; ')}
        </p>
      ) : null}
      {c.notes.length ? (
        <p>
          {t('contracts.notes')}: {c.notes.map((n) => `${n.code}${n.date ? ` (${n.date})` : ''}: ${n.value ?? ''}`).join('; ')}
        </p>
      ) : null}
      {c.approvals.length ? (
        <p>
          {t('contracts.approvals')}: {c.approvals.map((a) => `${a.approvalCode} = ${a.value ?? ''}${a.validFrom ? ` (${t('contracts.validFrom')} ${a.validFrom})` : ''}`).join('; ')}
        </p>
      ) : null}
      {borrower ? <ClientCard partyId={borrower.id} /> : null}
    </section>
  );
}
