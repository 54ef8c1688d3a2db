import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MyLoanQuery as MyLoanQueryResult } from '../../graphql/generated/graphql';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { MyLoanQuery } from './operations';
import { ForbearanceSection } from './ForbearanceSection';
import { LineStatusBadge, LoanStatusBadge, OnlinePaymentStatusBadge } from './StatusBadge';
import { useLanguage } from './useLanguage';
import { compareDecimals, formatAccount, formatDate, formatDateTime, formatMoney, formatPercent, isPositiveAmount } from '../../shared/format';

type Loan = MyLoanQueryResult['myLoan'];

const TABS = ['details', 'schedule', 'repayments', 'online'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  details: 'clientZone.loan.tabDetails',
  schedule: 'clientZone.loan.tabSchedule',
  repayments: 'clientZone.loan.tabRepayments',
  online: 'clientZone.loan.tabOnline',
};

export function BackToLoans() {
  const { t } = useTranslation();
  return (
    <Link to="/clientzone/loans" className="back-link">
      <span aria-hidden="true">← </span>
      {t('clientZone.loan.back')}
    </Link>
  );
}

/** After the gateway sends the borrower back (`?payment=<online payment id>`, see RATY_CZ_RETURN_PATH). */
function PaymentOutcome({ loan, paymentId, onDismiss }: { loan: Loan; paymentId: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const p = loan.onlinePayments.find((op) => op.id === paymentId);
  if (!p) return <p className="banner banner--info">{t('clientZone.loan.paymentUnknown')}</p>;
  const amount = formatMoney(p.amount, lang, { currency: loan.currency, symbol: true });
  const tone = p.status === 'PAID' ? 'cz-banner--success' : p.status === 'PENDING' ? 'banner--info' : 'banner--error';
  const text =
    p.status === 'PAID'
      ? t('clientZone.loan.paymentPaid', { amount })
      : p.status === 'PENDING'
        ? t('clientZone.loan.paymentPending', { amount })
        : p.status === 'FAILED' || p.status === 'CANCELLED'
          ? t('clientZone.loan.paymentFailed', { amount })
          : t('clientZone.loan.paymentError', { amount });
  return (
    <div className={`banner ${tone} cz-outcome`} role={p.status === 'PAID' || p.status === 'PENDING' ? 'status' : 'alert'}>
      <p className="banner__text">{text}</p>
      <button type="button" className="banner__close" onClick={onDismiss} aria-label={t('errors.dismiss')}>
        ×
      </button>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cz-dl__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DetailsTab({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (v: string | null) => formatMoney(v, lang, { currency: loan.currency, symbol: true });
  return (
    <div className="cz-details">
      <section className="card" aria-labelledby="cz-loan-data">
        <h2 id="cz-loan-data">{t('clientZone.loan.loanData')}</h2>
        <dl className="cz-dl">
          <Row label={t('clientZone.loan.number')}>{loan.number}</Row>
          <Row label={t('clientZone.loan.disbursementDate')}>{formatDate(loan.disbursementDate, lang)}</Row>
          <Row label={t('clientZone.loan.product')}>{loan.product}</Row>
          <Row label={t('clientZone.loan.amount')}>{money(loan.amount)}</Row>
          <Row label={t('clientZone.loan.installments')}>{loan.installmentsCount}</Row>
          <Row label={t('clientZone.loan.interestRate')}>{formatPercent(loan.interestRate, lang)}</Row>
          {loan.interestRateInForce !== loan.interestRate && compareDecimals(loan.interestRateInForce, loan.interestRate) < 0 ? (
            <Row label={t('clientZone.loan.interestRateInForce')}>
              <span data-testid="cz-rate-in-force">{formatPercent(loan.interestRateInForce, lang)}</span>
            </Row>
          ) : null}
          <Row label={t('clientZone.loan.gracePeriod')}>{loan.gracePeriodMonths > 0 ? t('clientZone.loan.gracePeriodMonths', { count: loan.gracePeriodMonths }) : t('clientZone.loan.none')}</Row>
          <Row label={t('clientZone.loan.status')}>
            <LoanStatusBadge status={loan.status} />
          </Row>
        </dl>
      </section>
      {loan.scheduleChanges.some((c) => c.reason === 'LEGAL_CAP') ? (
        <section className="card" aria-labelledby="cz-schedule-changes">
          <h2 id="cz-schedule-changes">{t('clientZone.loan.scheduleChanges')}</h2>
          <ul className="cz-changes">
            {loan.scheduleChanges
              .filter((c) => c.reason === 'LEGAL_CAP')
              .map((c) => (
                <li key={c.version}>{t('clientZone.loan.legalCap', { date: formatDate(c.effectiveDate, lang), rate: formatPercent(c.maxInterest ?? '', lang) })}</li>
              ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="cz-borrower-data">
        <h2 id="cz-borrower-data">{t('clientZone.loan.borrowerData')}</h2>
        <dl className="cz-dl">
          <Row label={t('clientZone.loan.borrower')}>{loan.borrower}</Row>
          <Row label={t('clientZone.loan.repaymentAccount')}>
            <span className="mono cz-account">{formatAccount(loan.repaymentAccount)}</span>
          </Row>
          {loan.variableSymbol ? (
            <Row label={t('clientZone.loan.variableSymbol')}>
              <span className="mono" data-testid="cz-variable-symbol">
                {loan.variableSymbol}
              </span>
            </Row>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="cz-arrears">
        <h2 id="cz-arrears">{t('clientZone.loan.arrears')}</h2>
        <dl className="cz-dl">
          <Row label={t('clientZone.loan.totalDebt')}>
            <strong data-testid="cz-total-debt">{money(loan.totalDebt)}</strong>
          </Row>
          <Row label={t('clientZone.loan.overdue')}>
            <span className={isPositiveAmount(loan.overdueAmount) ? 'cz-overdue' : undefined} data-testid="cz-overdue">
              {money(loan.overdueAmount)}
            </span>
          </Row>
          <Row label={t('clientZone.loan.penaltyRate')}>{formatPercent(loan.penaltyInterestRate, lang)}</Row>
          {isPositiveAmount(loan.deposit) ? <Row label={t('clientZone.loan.deposit')}>{money(loan.deposit)}</Row> : null}
        </dl>
      </section>
    </div>
  );
}

/** Table cells carry plain decimals ("1 234,56"); the caption names the currency (narrow phones). */
function currencyName(currency: string, t: TFunction): string {
  return t(`clientZone.loan.currency.${currency}`, { defaultValue: currency });
}

/** A column of the schedule / repayments tables; on phones each row is stacked into a card (labels from data-label). */
type Column<R> = { key: string; label: string; num?: boolean; cell: (row: R) => ReactNode };

function LinesTable<R>({ caption, columns, rows, rowKey }: { caption: ReactNode; columns: Column<R>[]; rows: readonly R[]; rowKey: (r: R) => string }) {
  return (
    <div className="table-wrap cz-stack-wrap">
      <table className="data-table cz-table cz-stack cz-stack--grid3" role="table">
        <caption className="cz-caption">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.key} scope="col" role="columnheader" className={c.num ? 'cz-num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr key={rowKey(r)} role="row">
              {columns.map((c) => (
                <td key={c.key} role="cell" data-label={c.label} className={c.num ? 'cz-num' : 'nowrap'}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScheduleTab({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (v: string) => formatMoney(v, lang);
  if (loan.schedule.length === 0) return <EmptyState title={t('clientZone.loan.scheduleEmpty')} />;
  type Line = Loan['schedule'][number];
  const columns: Column<Line>[] = [
    { key: 'no', label: t('clientZone.loan.colNo'), num: true, cell: (l) => l.number },
    { key: 'date', label: t('clientZone.loan.colDate'), cell: (l) => formatDate(l.date, lang) },
    { key: 'principal', label: t('clientZone.loan.colPrincipal'), num: true, cell: (l) => money(l.principal) },
    { key: 'interest', label: t('clientZone.loan.colInterest'), num: true, cell: (l) => money(l.interest) },
    { key: 'total', label: t('clientZone.loan.colTotal'), num: true, cell: (l) => <strong>{money(l.total)}</strong> },
    { key: 'status', label: t('clientZone.loan.colStatus'), cell: (l) => <LineStatusBadge status={l.status} /> },
  ];
  return (
    <LinesTable
      caption={
        <>
          {t('clientZone.loan.scheduleCaption', { number: loan.number })} <span className="cz-caption__unit">{t('clientZone.loan.amountsIn', { currency: currencyName(loan.currency, t) })}</span>
        </>
      }
      columns={columns}
      rows={loan.schedule}
      rowKey={(l) => String(l.number)}
    />
  );
}

function RepaymentsTab({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (v: string) => formatMoney(v, lang);
  if (loan.repayments.length === 0) return <EmptyState title={t('clientZone.loan.repaymentsEmpty')} />;
  type Repayment = Loan['repayments'][number];
  const columns: Column<Repayment>[] = [
    { key: 'date', label: t('clientZone.loan.colDate'), cell: (r) => formatDate(r.date, lang) },
    { key: 'amount', label: t('clientZone.loan.colAmount'), num: true, cell: (r) => <strong>{money(r.amount)}</strong> },
    { key: 'principal', label: t('clientZone.loan.colPrincipal'), num: true, cell: (r) => money(r.principal) },
    { key: 'interest', label: t('clientZone.loan.colInterest'), num: true, cell: (r) => money(r.interest) },
    { key: 'penalty', label: t('clientZone.loan.colPenaltyInterest'), num: true, cell: (r) => money(r.penaltyInterest) },
    { key: 'other', label: t('clientZone.loan.colOther'), num: true, cell: (r) => money(r.other) },
    { key: 'deposit', label: t('clientZone.loan.colDeposit'), num: true, cell: (r) => money(r.deposit) },
  ];
  return (
    <LinesTable
      caption={
        <>
          {t('clientZone.loan.repaymentsCaption', { number: loan.number })} <span className="cz-caption__unit">{t('clientZone.loan.amountsIn', { currency: currencyName(loan.currency, t) })}</span>
        </>
      }
      columns={columns}
      rows={loan.repayments}
      rowKey={(r) => r.id}
    />
  );
}

/** An attempt that can be started again with the same amount (issue 26: "a retry"). */
const RETRYABLE = new Set(['FAILED', 'CANCELLED']);

/** "Płatności online" (issue 26): every online payment attempt of the loan, newest first, with its status and a retry. */
function OnlinePaymentsTab({ loan, payable }: { loan: Loan; payable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (loan.onlinePayments.length === 0) return <EmptyState title={t('clientZone.loan.onlineEmpty')} />;
  type Attempt = Loan['onlinePayments'][number];
  const columns: Column<Attempt>[] = [
    { key: 'started', label: t('clientZone.loan.colStarted'), cell: (p) => formatDateTime(p.createdAt, lang) },
    { key: 'amount', label: t('clientZone.loan.colAmount'), num: true, cell: (p) => <strong>{formatMoney(p.amount, lang)}</strong> },
    { key: 'status', label: t('clientZone.loan.colStatus'), cell: (p) => <OnlinePaymentStatusBadge status={p.status} /> },
    {
      key: 'retry',
      label: t('clientZone.loan.onlineRetry'),
      cell: (p) =>
        payable && RETRYABLE.has(p.status) ? (
          <Link
            to={`/clientzone/loans/${encodeURIComponent(loan.id)}/pay?amount=${encodeURIComponent(p.amount)}`}
            className="button button--ghost"
            aria-label={t('clientZone.loan.onlineRetryOf', { amount: formatMoney(p.amount, lang, { currency: loan.currency, symbol: true }), date: formatDateTime(p.createdAt, lang) })}
          >
            {t('clientZone.loan.onlineRetry')}
          </Link>
        ) : null,
    },
  ];
  return (
    <LinesTable
      caption={
        <>
          {t('clientZone.loan.onlineCaption', { number: loan.number })} <span className="cz-caption__unit">{t('clientZone.loan.amountsIn', { currency: currencyName(loan.currency, t) })}</span>
        </>
      }
      columns={columns}
      rows={loan.onlinePayments}
      rowKey={(p) => p.id}
    />
  );
}

/** /clientzone/loans/:loanId — CZ-6, CZ-7, CZ-8 ("Szczegóły" / "Harmonogram" / "Spłaty") and "Płatności online" (issue 26); the tab is kept in ?tab=. */
export function LoanPage() {
  const { t } = useTranslation();
  const { loanId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const paymentId = params.get('payment');
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'details';
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ details: null, schedule: null, repayments: null, online: null });

  const { data, loading, error, startPolling, stopPolling } = useQuery(MyLoanQuery, {
    variables: { id: loanId },
    fetchPolicy: 'cache-and-network',
  });
  const loan = data?.myLoan;

  // Back from the gateway before its notification was processed: poll until the payment settles (max ~1 min).
  const pending = !!paymentId && loan?.onlinePayments.find((p) => p.id === paymentId)?.status === 'PENDING';
  useEffect(() => {
    if (!pending) return;
    startPolling(2000);
    const stop = window.setTimeout(stopPolling, 60_000);
    return () => {
      window.clearTimeout(stop);
      stopPolling();
    };
  }, [pending, startPolling, stopPolling]);

  function selectTab(next: Tab, focus = false) {
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (next === 'details') n.delete('tab');
        else n.set('tab', next);
        return n;
      },
      { replace: true },
    );
    if (focus) tabRefs.current[next]?.focus();
  }

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const i = TABS.indexOf(tab);
    const to =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : null;
    if (!to) return;
    e.preventDefault();
    selectTab(to, true);
  }

  if (loading && !data) {
    return (
      <section className="cz-page">
        <BackToLoans />
        <Spinner label={t('clientZone.loading')} />
      </section>
    );
  }
  if (error && !loan) {
    return (
      <section className="cz-page">
        <BackToLoans />
        {hasErrorCode(error, 'NOT_FOUND') ? <EmptyState title={t('clientZone.loan.notFound')}>{t('clientZone.loan.notFoundText')}</EmptyState> : <QueryError error={error} />}
      </section>
    );
  }
  if (!loan) return null;

  const payable = loan.canPayOnline && isPositiveAmount(loan.totalDebt);

  return (
    <section className="cz-page" aria-labelledby="cz-loan-title">
      <BackToLoans />
      <div className="cz-loan-head">
        <h1 id="cz-loan-title">{t('clientZone.loan.title', { number: loan.number, borrower: loan.borrower })}</h1>
        {payable ? (
          <Link to={`/clientzone/loans/${encodeURIComponent(loan.id)}/pay`} className="button button--primary cz-button--large">
            {t('clientZone.loan.payOnline')}
          </Link>
        ) : null}
      </div>
      {paymentId ? (
        <PaymentOutcome
          loan={loan}
          paymentId={paymentId}
          onDismiss={() =>
            setParams(
              (p) => {
                const n = new URLSearchParams(p);
                n.delete('payment');
                return n;
              },
              { replace: true },
            )
          }
        />
      ) : null}
      {error ? <QueryError error={error} /> : null}
      <div className="cz-tabs" role="tablist" aria-label={t('clientZone.loan.tabs')}>
        {TABS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              tabRefs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`cz-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`cz-panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            className="cz-tabs__tab"
            onClick={() => selectTab(k)}
            onKeyDown={onTabKey}
          >
            {t(TAB_LABELS[k])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`cz-panel-${tab}`} aria-labelledby={`cz-tab-${tab}`} className="cz-tabpanel" tabIndex={0}>
        {tab === 'details' ? (
          <>
            <DetailsTab loan={loan} />
            <ForbearanceSection loanId={loan.id} />
          </>
        ) : tab === 'schedule' ? (
          <ScheduleTab loan={loan} />
        ) : tab === 'repayments' ? (
          <RepaymentsTab loan={loan} />
        ) : (
          <OnlinePaymentsTab loan={loan} payable={payable} />
        )}
      </div>
    </section>
  );
}
