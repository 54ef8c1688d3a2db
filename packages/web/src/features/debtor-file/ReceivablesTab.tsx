import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BalancesFieldsFragment, PaymentStatus } from '../../graphql/generated/graphql';
import { Badge, type BadgeTone } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { LoanStatusBadge } from './FileHeader';
import type { FileLoan } from './LoanPicker';
import { LoanReceivablesQuery } from './operations';
import { ScheduleLineCells, ScheduleLineHeaders } from './ui/ScheduleLineCells';
import { todayIso } from '../../shared/businessDate';
import { formatMoney, isZeroAmount, sumAmounts } from '../../shared/format';

const STATUS_TONE: Record<PaymentStatus, BadgeTone> = {
  PAID: 'success',
  PARTIALLY_PAID: 'info',
  PENDING: 'neutral',
  OVERDUE: 'danger',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return <Badge tone={STATUS_TONE[status]}>{t(`servicing.paymentStatus.${status}`)}</Badge>;
}

/** Receivables: every loan's installments with balances and penalty interest as of a chosen date. */
export function ReceivablesTab({ loans }: { loans: readonly FileLoan[] }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);

  return (
    <div>
      <div className="toolbar">
        <TextField
          name="asOf"
          type="date"
          label={t('servicing.receivables.asOf')}
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          error={validDate ? undefined : t('servicing.receivables.dateInvalid')}
        />
        <button type="button" className="button" onClick={() => setAsOf(todayIso())}>
          {t('servicing.receivables.today')}
        </button>
      </div>
      {loans.length === 0 ? <EmptyState title={t('servicing.common.noLoans')} /> : null}
      {validDate ? loans.map((loan) => <LoanReceivables key={loan.id} loan={loan} asOf={asOf} />) : null}
    </div>
  );
}

export function BalanceCards({ balances, currency }: { balances: BalancesFieldsFragment; currency: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const cards: Array<{ key: string; value: string; tone?: string; sub?: string }> = [
    {
      key: 'overdueBalance',
      value: formatMoney(balances.overdueBalance, lang, { currency: currency }),
      tone: balances.overdueBalance !== '0.00' ? 'danger' : undefined,
      sub: t('servicing.balances.dpd', { count: balances.daysPastDue }),
    },
    { key: 'futureBalance', value: formatMoney(balances.futureBalance, lang, { currency: currency }) },
    { key: 'overpaymentBalance', value: formatMoney(balances.overpaymentBalance, lang, { currency: currency }) },
    { key: 'penaltyInterest', value: formatMoney(balances.penaltyInterest, lang, { currency: currency }) },
    { key: 'remainingBalance', value: formatMoney(balances.remainingBalance, lang, { currency: currency }), tone: 'strong' },
  ];
  return (
    <dl className="kpis" aria-label={t('servicing.balances.label', { date: balances.asOf })}>
      {cards.map((c) => (
        <div key={c.key} className={`kpi ${c.tone === 'danger' ? 'kpi--danger' : ''}`} data-kpi={c.key}>
          <dt>{t(`servicing.balances.${c.key}`)}</dt>
          <dd>
            {c.value}
            {c.sub ? <span className="kpi__sub">{c.sub}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A line counts as overdue when the server says so, or when it is past its due date with something unpaid. */
function isOverdue(line: { paymentStatus: PaymentStatus | null; dueDate: string; outstanding: string | null }, asOf: string): boolean {
  return line.paymentStatus === 'OVERDUE' || (line.dueDate < asOf && !isZeroAmount(line.outstanding));
}

function LoanReceivables({ loan, asOf }: { loan: FileLoan; asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, previousData, loading, error } = useQuery(LoanReceivablesQuery, {
    variables: { id: loan.id, asOf },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.loan;
  const money = (v: string | null | undefined) => formatMoney(v, lang);
  const titleId = `receivables-${loan.id}`;

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="loan-head">
        <h2 id={titleId}>{t('servicing.receivables.loanTitle', { number: loan.number })}</h2>
        <LoanStatusBadge status={loan.status} />
        <span className="muted">{loan.product.name}</span>
        {loading ? <span className="muted small">{t('app.loading')}</span> : null}
      </div>
      {error ? <QueryError error={error} /> : null}
      {!shown && loading ? <Spinner /> : null}
      {shown ? (
        <>
          <BalanceCards balances={shown.balances} currency={loan.currency} />
          <div className="table-wrap">
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t('servicing.receivables.caption', { number: loan.number, date: asOf })}</caption>
              <thead>
                <tr>
                  <ScheduleLineHeaders />
                  <th scope="col" className="num">
                    {t('servicing.receivables.colPaid')}
                  </th>
                  <th scope="col" className="num">
                    {t('servicing.receivables.colPenalty')}
                  </th>
                  <th scope="col" className="num">
                    {t('servicing.receivables.colOverdue')}
                  </th>
                  <th scope="col" className="num">
                    {t('servicing.receivables.colFuture')}
                  </th>
                  <th scope="col">{t('servicing.receivables.colStatus')}</th>
                  <th scope="col" className="num">
                    {t('servicing.receivables.colDpd')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.schedule.map((line) => (
                  <tr key={line.number}>
                    <ScheduleLineCells line={line} money={money} />
                    <td className="num">{money(sumAmounts([line.principalPaid, line.interestPaid]))}</td>
                    <td className="num">{money(line.penaltyInterest)}</td>
                    <td className="num">{money(isOverdue(line, asOf) ? line.outstanding : '0.00')}</td>
                    <td className="num">{money(isOverdue(line, asOf) ? '0.00' : line.outstanding)}</td>
                    <td>
                      <PaymentStatusBadge status={line.paymentStatus} />
                    </td>
                    <td className="num">{line.daysPastDue ? line.daysPastDue : '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('servicing.common.total')}
                  </th>
                  <td className="num">{money(sumAmounts(shown.schedule.map((l) => l.principal)))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.map((l) => l.interest)))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.map((l) => l.total)))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.flatMap((l) => [l.principalPaid, l.interestPaid])))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.map((l) => l.penaltyInterest)))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.filter((l) => isOverdue(l, asOf)).map((l) => l.outstanding)))}</td>
                  <td className="num">{money(sumAmounts(shown.schedule.filter((l) => !isOverdue(l, asOf)).map((l) => l.outstanding)))}</td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
