import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementLineFieldsFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../shared/i18n/i18n';
import { amountRule, formatMoney, normaliseAmount } from '../../shared/format';
import { useCan, useRuleText } from '../../shared/hooks';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import './locales';
import { CancelRefundMutation, ExportRefundsMutation, RefundRequestsQuery, RequestRefundMutation } from './operations';

const STATUSES = ['REQUESTED', 'EXPORTED', 'CANCELLED'] as const;
const FIELDS = ['amount', 'beneficiaryName', 'beneficiaryAccount', 'title'] as const;

/** Saves the bank's CSV file the server produced (UTF-8 with BOM, as the server wrote it). */
function download(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * /statements/refunds — refunds of overpayments as outgoing transfer requests (issue 30): the list by status, cancel a
 * request not exported yet, export every requested refund of a currency as one CSV file for the bank. SERVICING only.
 */
export function RefundsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const canService = useCan()('statements.manage');
  const [status, setStatus] = useState<string>('REQUESTED');
  const { data, loading, error } = useQuery(RefundRequestsQuery, { variables: { status: status || null }, skip: !canService, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelState] = useMutation(CancelRefundMutation, { refetchQueries: [RefundRequestsQuery] });
  const [exportCsv, exportState] = useMutation(ExportRefundsMutation, { refetchQueries: [RefundRequestsQuery] });
  const [done, setDone] = useState<string | null>(null);
  const banner = useFormErrors(cancelState.error ?? exportState.error, []).banner;
  const rows = data?.refundRequests ?? [];
  const currencies = [...new Set(rows.filter((r) => r.status === 'REQUESTED').map((r) => r.currency))].sort();

  async function onCancel(id: string) {
    const reason = window.prompt(t('statements.refunds.cancelPrompt'));
    if (!reason?.trim()) return;
    await cancel({ variables: { id, reason } }).catch(() => null);
  }
  async function onExport(currency: string) {
    const r = await exportCsv({ variables: { currency } }).catch(() => null);
    const x = r?.data?.exportRefunds;
    if (!x) return;
    if (x.count > 0) download(x.fileName, x.csv);
    setDone(t('statements.refunds.exported', { count: x.count, total: formatMoney(x.total, lang, { currency: x.currency }) }));
  }

  if (!canService) return <EmptyState title={t('statements.refunds.forbidden')} />;
  return (
    <section className="page" aria-labelledby="refunds-title">
      <Link to="/statements" className="small">
        ← {t('statements.statement.back')}
      </Link>
      <h1 id="refunds-title">{t('statements.refunds.title')}</h1>
      <p className="muted">{t('statements.refunds.intro')}</p>
      <div className="form form--inline">
        <SelectField
          name="status"
          label={t('statements.refunds.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[...STATUSES.map((s) => ({ value: s, label: t(`statements.refunds.statusName.${s}`) })), { value: '', label: t('statements.refunds.all') }]}
        />
        {currencies.map((c) => (
          <button key={c} type="button" className="button" disabled={exportState.loading} onClick={() => void onExport(c)}>
            {t('statements.refunds.export', { currency: c })}
          </button>
        ))}
      </div>
      {done ? (
        <p role="status" className="muted">
          {done}
        </p>
      ) : null}
      <ErrorBanner messages={banner} />
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data && rows.length === 0 ? <EmptyState title={t('statements.refunds.empty')} /> : null}
      {rows.length ? (
        <table className="data-table" data-testid="refunds">
          <caption className="visually-hidden">{t('statements.refunds.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statements.refunds.requestedOn')}</th>
              <th scope="col">{t('statements.line.loan')}</th>
              <th scope="col" className="num">
                {t('statements.line.amount')}
              </th>
              <th scope="col">{t('statements.refunds.beneficiary')}</th>
              <th scope="col">{t('statements.refunds.titleField')}</th>
              <th scope="col">{t('statements.refunds.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('statements.refunds.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-status={r.status}>
                <td className="nowrap">{r.requestedOn}</td>
                <td className="small">{r.loanNumber ?? '—'}</td>
                <td className="num nowrap">{formatMoney(r.amount, lang, { currency: r.currency })}</td>
                <td className="small">
                  {r.beneficiaryName}
                  <br />
                  <span className="muted">{r.beneficiaryAccount}</span>
                </td>
                <td className="small">{r.title}</td>
                <td>
                  <Badge tone={r.status === 'EXPORTED' ? 'success' : r.status === 'CANCELLED' ? 'neutral' : 'info'}>{t(`statements.refunds.statusName.${r.status}`)}</Badge>
                  {r.cancelReason ? <span className="muted small"> {r.cancelReason}</span> : null}
                </td>
                <td>
                  {r.status === 'REQUESTED' ? (
                    <button type="button" className="button button--ghost button--small" onClick={() => void onCancel(r.id)}>
                      {t('statements.refunds.cancel')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/**
 * "Zleć zwrot nadpłaty" for a posted statement line: the payer's name and account filled in from the transfer; the
 * server refuses more than the overpayment the loan holds (refund.exceedsOverpayment) and checks the account (NRB/IBAN).
 */
export function RefundRequestForm({ line, onDone }: { line: StatementLineFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [name, setName] = useState(line.counterpartyName ?? '');
  const [account, setAccount] = useState(line.counterpartyAccount ?? '');
  const [title, setTitle] = useState('');
  const [request, state] = useMutation(RequestRefundMutation, { refetchQueries: [RefundRequestsQuery] });
  const errors = useFormErrors(state.error, FIELDS);
  const ruleText = useRuleText();
  const localAmount = amount.trim() ? amountRule(amount) : null;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!line.loanId || localAmount) return;
    const r = await request({
      variables: { input: { loanId: line.loanId, lineId: line.id, amount: normaliseAmount(amount), beneficiaryName: name, beneficiaryAccount: account, title: title.trim() || null } },
    }).catch(() => null);
    if (r?.data) onDone();
  }
  return (
    <form className="card form" aria-label={t('statements.refunds.request')} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3>
        {t('statements.refunds.request')} · {line.loanNumber}
      </h3>
      <ErrorBanner messages={errors.banner} />
      <TextField
        name="amount"
        inputMode="decimal"
        label={t('statements.line.amount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={(localAmount ? ruleText(localAmount) : undefined) ?? errors.byField.amount}
        required
      />
      <TextField name="beneficiaryName" label={t('statements.refunds.beneficiaryName')} value={name} onChange={(e) => setName(e.target.value)} error={errors.byField.beneficiaryName} required />
      <TextField
        name="beneficiaryAccount"
        label={t('statements.refunds.beneficiaryAccount')}
        value={account}
        onChange={(e) => setAccount(e.target.value)}
        error={errors.byField.beneficiaryAccount}
        required
      />
      <TextField
        name="title"
        label={t('statements.refunds.titleField')}
        hint={t('statements.refunds.titleHint')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.byField.title}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={state.loading || !amount.trim()}>
          {t('statements.refunds.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('statements.refunds.close')}
        </button>
      </div>
    </form>
  );
}
