import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientMeFieldsFragment } from '../../graphql/generated/graphql';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { MyLoansQuery } from './operations';
import { LoanStatusBadge } from './StatusBadge';
import { useLanguage } from './useLanguage';
import { formatDate, formatMoney, isPositiveAmount } from '../../shared/format';

/** The seed's "eye" of the details column (inline SVG: no icon font needed). */
function EyeIcon() {
  return (
    <svg className="cz-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 5C6.5 5 2.7 9.3 1.5 12c1.2 2.7 5 7 10.5 7s9.3-4.3 10.5-7C21.3 9.3 17.5 5 12 5Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm0-2.2a1.8 1.8 0 1 0 0-3.6 1.8 1.8 0 0 0 0 3.6Z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * /clientzone/loans — CZ-4 "Pożyczki": number, amount, installments, status, product, borrower, details,
 * pay online. A table on wide screens; on phones each row becomes a card (CSS), the table semantics stay.
 */
export function LoansPage({ me }: { me: ClientMeFieldsFragment }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data, loading, error } = useQuery(MyLoansQuery, { fetchPolicy: 'cache-and-network' });
  const loans = data?.myLoans ?? [];

  return (
    <section className="cz-page" aria-labelledby="cz-loans-title">
      <h1 id="cz-loans-title">{t('clientZone.loans.title')}</h1>
      {error ? <QueryError error={error} /> : null}
      {loading && !data ? <Spinner label={t('clientZone.loading')} /> : null}
      {data && loans.length === 0 ? <EmptyState title={t('clientZone.loans.empty')} /> : null}
      {loans.length > 0 ? (
        <div className="table-wrap cz-stack-wrap">
          <table className="data-table cz-stack" role="table">
            <caption className="cz-caption">{t('clientZone.loans.caption', { login: me.login })}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.number')}
                </th>
                <th scope="col" role="columnheader" className="cz-num">
                  {t('clientZone.loans.amount')}
                </th>
                <th scope="col" role="columnheader" className="cz-num">
                  {t('clientZone.loans.installments')}
                </th>
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.status')}
                </th>
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.product')}
                </th>
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.borrower')}
                </th>
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.details')}
                </th>
                <th scope="col" role="columnheader">
                  {t('clientZone.loans.payOnline')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {loans.map((l) => (
                <tr key={l.id} role="row">
                  <td role="cell" data-label={t('clientZone.loans.number')} className="cz-stack__head">
                    <span className="cz-loan-number">{l.number}</span>
                    {isPositiveAmount(l.overdueAmount) ? (
                      <span className="cz-overdue small">
                        {t('clientZone.loans.overdue')}: {formatMoney(l.overdueAmount, lang, { currency: l.currency, symbol: true })}
                      </span>
                    ) : l.nextDueDate && l.nextDueAmount ? (
                      <span className="muted small">
                        {t('clientZone.loans.nextDue')}:{' '}
                        {t('clientZone.loans.nextDueValue', {
                          amount: formatMoney(l.nextDueAmount, lang, { currency: l.currency, symbol: true }),
                          date: formatDate(l.nextDueDate, lang),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.amount')} className="cz-num">
                    {formatMoney(l.amount, lang, { currency: l.currency, symbol: true })}
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.installments')} className="cz-num">
                    {l.installmentsCount}
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.status')}>
                    <LoanStatusBadge status={l.status} />
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.product')}>
                    {l.product}
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.borrower')} className="cz-stack__wide">
                    {l.borrower}
                    {l.myRole === 'CO_BORROWER' ? <span className="muted small"> ({t('clientZone.loans.coBorrower')})</span> : null}
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.details')} className="cz-stack__action">
                    <Link to={`/clientzone/loans/${encodeURIComponent(l.id)}`} className="button" aria-label={t('clientZone.loans.detailsOf', { number: l.number })}>
                      <EyeIcon />
                      {t('clientZone.loans.details')}
                    </Link>
                  </td>
                  <td role="cell" data-label={t('clientZone.loans.payOnline')} className="cz-stack__action">
                    {l.canPayOnline ? (
                      <Link to={`/clientzone/loans/${encodeURIComponent(l.id)}/pay`} className="button button--primary" aria-label={t('clientZone.loans.payOf', { number: l.number })}>
                        {t('clientZone.loans.pay')}
                      </Link>
                    ) : (
                      <span className="muted small">{t('clientZone.loans.notPayable')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
