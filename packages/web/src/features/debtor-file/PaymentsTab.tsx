import { Fragment, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { DebtorFileQuery, PaymentFieldsFragment, PaymentMethod, RegisterPaymentMutation as RegisterPaymentResult } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { toApiErrors } from '../../shared/errors/graphqlErrors';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { LoanPicker, type FileLoan } from './LoanPicker';
import { LoanPaymentsQuery, RegisterPaymentMutation, ReversePaymentMutation } from './operations';
import { BalanceCards } from './ReceivablesTab';
import { Dialog } from '../../shared/ui/Dialog';
import { useCan, useRuleText } from '../../shared/hooks';
import { todayIso } from '../../shared/businessDate';
import { amountRule, formatDateTime, formatMoney, normaliseAmount } from '../../shared/format';
import { newIdempotencyKey } from '../../shared/idempotency';

const PAYMENT_METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'CREDIT_CARD', 'ONLINE_GATEWAY'];

type LoanTabProps = {
  file: NonNullable<DebtorFileQuery['debtorFile']>;
  loans: readonly FileLoan[];
  selectedLoanId: string | null;
  onSelectLoan: (id: string) => void;
};

/** Payments of the selected loan with expandable allocation lines; register and reverse. */
export function PaymentsTab({ loans, selectedLoanId, onSelectLoan }: LoanTabProps) {
  const { t } = useTranslation();
  const can = useCan();
  const loan = loans.find((l) => l.id === selectedLoanId);
  const [registering, setRegistering] = useState(false);
  const [reversing, setReversing] = useState<PaymentFieldsFragment | null>(null);

  if (!loan) return <EmptyState title={t('servicing.common.noLoans')} />;
  const canEdit = can('payments.edit');

  return (
    <div>
      <div className="toolbar">
        <LoanPicker loans={loans} selectedLoanId={selectedLoanId} onSelectLoan={onSelectLoan} />
        <span className="toolbar__spacer" />
        {canEdit ? (
          <button type="button" className="button button--primary" onClick={() => setRegistering(true)}>
            {t('servicing.payments.register')}
          </button>
        ) : null}
      </div>
      <PaymentsList loan={loan} canEdit={canEdit} onReverse={setReversing} />
      {registering ? <RegisterPaymentDialog loan={loan} onClose={() => setRegistering(false)} /> : null}
      {reversing ? <ReversePaymentDialog payment={reversing} onClose={() => setReversing(null)} /> : null}
    </div>
  );
}

function AllocationTable({ allocations, caption }: { allocations: PaymentFieldsFragment['allocations']; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  if (allocations.length === 0) return <p className="muted">{t('servicing.payments.noAllocations')}</p>;
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('servicing.payments.colDate')}</th>
          <th scope="col">{t('servicing.payments.colEvent')}</th>
          <th scope="col">{t('servicing.payments.colInstallment')}</th>
          <th scope="col">{t('servicing.payments.colComponent')}</th>
          <th scope="col" className="num">
            {t('servicing.payments.colAmount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {allocations.map((a, i) => (
          <tr key={`${a.effectiveDate}-${a.installmentNumber ?? '-'}-${a.component}-${i}`}>
            <td>{a.effectiveDate}</td>
            <td>{t(`servicing.payments.event.${a.kind}`)}</td>
            <td>{a.installmentNumber ?? '—'}</td>
            <td>{t(`servicing.component.${a.component}`)}</td>
            <td className="num">{formatMoney(a.amount, lang, { currency: a.currency })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PaymentsList({ loan, canEdit, onReverse }: { loan: FileLoan; canEdit: boolean; onReverse: (p: PaymentFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error } = useQuery(LoanPaymentsQuery, {
    variables: { id: loan.id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <QueryError error={error} />;
  if (!data && loading) return <Spinner />;
  // newest first
  const payments = [...(data?.loan?.payments ?? [])].reverse();
  if (payments.length === 0) return <EmptyState title={t('servicing.payments.empty')} />;

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('servicing.payments.title', { number: loan.number })}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('servicing.payments.caption', { number: loan.number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('servicing.payments.colDate')}</th>
              <th scope="col" className="num">
                {t('servicing.payments.colAmount')}
              </th>
              <th scope="col">{t('servicing.payments.colMethod')}</th>
              <th scope="col">{t('servicing.payments.colKind')}</th>
              <th scope="col">{t('servicing.payments.colStatus')}</th>
              <th scope="col">{t('servicing.payments.colRegistered')}</th>
              <th scope="col">{t('servicing.common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => {
              const open = expanded.has(p.id);
              const reversed = p.status === 'REVERSED';
              return (
                <Fragment key={p.id}>
                  <tr className={reversed ? 'row--muted' : undefined}>
                    <td className="srv-date">{p.paymentDate}</td>
                    <td className="num">
                      <span className="amount-cell">{formatMoney(p.amount, lang, { currency: loan.currency })}</span>
                    </td>
                    <td>{t(`servicing.method.${p.method}`)}</td>
                    <td>{t(`servicing.paymentKind.${p.kind}`, { defaultValue: p.kind })}</td>
                    <td>
                      {reversed ? (
                        <Badge tone="warning" title={p.reversalReason ?? undefined}>
                          {t('servicing.payments.reversed')}
                        </Badge>
                      ) : (
                        <Badge tone="success">{t('servicing.payments.posted')}</Badge>
                      )}
                      {reversed && p.reversalReason ? <div className="muted small">{p.reversalReason}</div> : null}
                    </td>
                    <td className="small">{formatDateTime(p.createdAt, lang)}</td>
                    <td>
                      <span className="pill-list">
                        <button
                          type="button"
                          className="button button--small"
                          aria-expanded={open}
                          onClick={() => toggle(p.id)}
                          aria-label={t(open ? 'servicing.payments.hideAllocation' : 'servicing.payments.showAllocation', {
                            date: p.paymentDate,
                            amount: formatMoney(p.amount, lang),
                          })}
                        >
                          {t(open ? 'servicing.payments.hide' : 'servicing.payments.allocation')}
                        </button>
                        {canEdit && !reversed ? (
                          <button
                            type="button"
                            className="button button--small srv-button--danger"
                            onClick={() => onReverse(p)}
                            aria-label={t('servicing.payments.reverseFor', {
                              date: p.paymentDate,
                              amount: formatMoney(p.amount, lang),
                            })}
                          >
                            {t('servicing.payments.reverse')}
                          </button>
                        ) : null}
                      </span>
                    </td>
                  </tr>
                  {open ? (
                    <tr className="row--detail">
                      <td colSpan={7}>
                        <AllocationTable allocations={p.allocations} caption={t('servicing.payments.allocationCaption', { date: p.paymentDate })} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const PAYMENT_FIELDS = ['paymentDate', 'amountPaid', 'paymentMethod', 'description'] as const;
type PaymentField = (typeof PAYMENT_FIELDS)[number];

function RegisterPaymentDialog({ loan, onClose }: { loan: FileLoan; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const ruleText = useRuleText();
  // one key per dialog opening: a double submit or a retry posts once
  const [idempotencyKey] = useState(() => newIdempotencyKey('pay'));
  const [form, setForm] = useState({ paymentDate: todayIso(), amountPaid: '', paymentMethod: 'BANK_TRANSFER', description: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<PaymentField, string>>>({});
  const [result, setResult] = useState<RegisterPaymentResult['registerPayment'] | null>(null);
  const [register, { loading, error }] = useMutation(RegisterPaymentMutation, {
    refetchQueries: ['LoanPayments', 'LoanReceivables', 'FileLoans'],
  });
  // overpayment guard: the server refuses an amount above the payoff (rule payment.exceedsPayoff) until confirmed
  const [exceeds, setExceeds] = useState<{ payoff: string; amount: string } | null>(null);
  const guardError = exceeds ? null : error;
  const errors = useFormErrors(guardError, PAYMENT_FIELDS);
  const borrower = loan.parties.find((p) => p.role === 'BORROWER') ?? loan.parties[0];

  async function submit(e: FormEvent | null, acceptOverpayment = false) {
    e?.preventDefault();
    if (loading) return;
    const nextErrors: Partial<Record<PaymentField, string>> = {};
    const amountIssue = amountRule(form.amountPaid);
    if (amountIssue) nextErrors.amountPaid = ruleText(amountIssue, { scale: 2 });
    if (!form.paymentDate) nextErrors.paymentDate = ruleText('required');
    setClientErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !borrower) return;
    try {
      const res = await register({
        variables: {
          input: {
            loanId: loan.id,
            clientId: borrower.party.id,
            paymentDate: form.paymentDate,
            amountPaid: normaliseAmount(form.amountPaid),
            paymentMethod: form.paymentMethod as PaymentMethod,
            description: form.description.trim() || undefined,
            idempotencyKey,
            ...(acceptOverpayment ? { acceptOverpayment: true } : {}),
          },
        },
      });
      setExceeds(null);
      if (res.data) setResult(res.data.registerPayment);
    } catch (ex) {
      const guard = toApiErrors(ex)
        .flatMap((i) => i.fields)
        .find((f) => f.rule === 'payment.exceedsPayoff');
      // anything else is shown through `error`
      setExceeds(guard ? { payoff: String(guard.params?.payoff ?? ''), amount: normaliseAmount(form.amountPaid) } : null);
    }
  }

  const fieldError = (name: PaymentField) => clientErrors[name] ?? errors.byField[name];

  if (result) {
    return (
      <Dialog
        title={t('servicing.payments.savedTitle')}
        onClose={onClose}
        wide
        footer={
          <button type="button" className="button button--primary" onClick={onClose} autoFocus>
            {t('servicing.common.close')}
          </button>
        }
      >
        <div className="result-box" role="status">
          <strong>
            {t(result.replayed ? 'servicing.payments.replayed' : 'servicing.payments.saved', {
              amount: formatMoney(result.payment.amount, lang, { currency: loan.currency }),
              date: result.payment.paymentDate,
            })}
          </strong>
          <div>
            {t('servicing.payments.remaining')}: <strong data-testid="remaining-balance">{formatMoney(result.remainingBalance, lang, { currency: loan.currency })}</strong>
          </div>
        </div>
        <h3>{t('servicing.payments.allocationTitle')}</h3>
        <AllocationTable allocations={result.payment.allocations} caption={t('servicing.payments.allocationTitle')} />
        <h3>{t('servicing.payments.balancesAfter')}</h3>
        <BalanceCards balances={result.balances} currency={loan.currency} />
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('servicing.payments.registerTitle', { number: loan.number })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('servicing.common.cancel')}
          </button>
          <button type="submit" form="register-payment" className="button button--primary" disabled={loading}>
            {loading ? t('servicing.common.saving') : t('servicing.payments.save')}
          </button>
        </>
      }
    >
      <form id="register-payment" className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={errors.banner} />
        {exceeds ? (
          <div className="result-box result-box--warning" role="alertdialog" aria-labelledby="overpayment-question" data-testid="overpayment-confirm">
            <strong id="overpayment-question">{t('servicing.payments.exceedsPayoff', { payoff: formatMoney(exceeds.payoff, lang, { currency: loan.currency }) })}</strong>
            <div className="result-box__actions">
              <button type="button" className="button button--primary" disabled={loading} onClick={() => void submit(null, true)}>
                {t('servicing.payments.bookOverpayment')}
              </button>
              <button type="button" className="button" onClick={() => setExceeds(null)}>
                {t('servicing.payments.correctAmount')}
              </button>
            </div>
          </div>
        ) : null}
        <p className="muted small">
          {t('servicing.payments.payer')}: <strong>{borrower?.party.displayName ?? '—'}</strong>
        </p>
        <div className="form-grid">
          <TextField
            name="paymentDate"
            type="date"
            label={t('servicing.payments.fieldDate')}
            value={form.paymentDate}
            onChange={(e) => setForm({ ...form, paymentDate: e.target.value })}
            error={fieldError('paymentDate')}
            required
          />
          <TextField
            name="amountPaid"
            label={t('servicing.payments.fieldAmount', { currency: loan.currency })}
            inputMode="decimal"
            autoComplete="off"
            value={form.amountPaid}
            onChange={(e) => {
              setForm({ ...form, amountPaid: e.target.value });
              setExceeds(null);
            }}
            error={fieldError('amountPaid')}
            required
            autoFocus
          />
          <SelectField
            name="paymentMethod"
            label={t('servicing.payments.fieldMethod')}
            value={form.paymentMethod}
            onChange={(e) => setForm({ ...form, paymentMethod: e.target.value })}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`servicing.method.${m}`) }))}
            error={fieldError('paymentMethod')}
          />
          <TextField
            name="description"
            label={t('servicing.payments.fieldDescription')}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            error={fieldError('description')}
          />
        </div>
      </form>
    </Dialog>
  );
}

function ReversePaymentDialog({ payment, onClose }: { payment: PaymentFieldsFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const ruleText = useRuleText();
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const [reverse, { loading, error }] = useMutation(ReversePaymentMutation, {
    refetchQueries: ['LoanPayments', 'LoanReceivables', 'FileLoans'],
  });
  const errors = useFormErrors(error, ['reason']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setClientError(ruleText('required'));
      return;
    }
    setClientError(undefined);
    try {
      await reverse({ variables: { id: payment.id, reason: reason.trim() } });
      onClose();
    } catch {
      // shown through `error`
    }
  }

  return (
    <Dialog
      title={t('servicing.payments.reverseTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('servicing.common.cancel')}
          </button>
          <button type="submit" form="reverse-payment" className="button button--primary" disabled={loading}>
            {t('servicing.payments.reverseConfirm')}
          </button>
        </>
      }
    >
      <form id="reverse-payment" className="form" onSubmit={submit} noValidate>
        <ErrorBanner messages={errors.banner} />
        <p>
          {t('servicing.payments.reverseText', {
            date: payment.paymentDate,
            amount: formatMoney(payment.amount, lang),
          })}
        </p>
        <TextField name="reason" label={t('servicing.payments.reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={clientError ?? errors.byField.reason} required autoFocus />
      </form>
    </Dialog>
  );
}
