import { useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ExtraordinaryRepaymentMode, ScheduleLineFieldsFragment } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { LoanPicker, type FileLoan } from './LoanPicker';
import { EarlyRepaymentQuoteQuery, ExecuteExtraordinaryMutation, ExtraordinaryPreviewQuery, LoanScheduleVersionQuery, LoanScheduleVersionsQuery } from './operations';
import { PaymentStatusBadge } from './ReceivablesTab';
import { useCan, useRuleText } from '../../shared/hooks';
import { ScheduleLineCells, ScheduleLineHeaders } from './ui/ScheduleLineCells';
import { todayIso } from '../../shared/businessDate';
import { amountFromMinor, amountRule, formatDateTime, formatMoney, normaliseAmount, parseAmount } from '../../shared/format';

type Props = {
  loans: readonly FileLoan[];
  selectedLoanId: string | null;
  onSelectLoan: (id: string) => void;
};

/** Schedule: versions, a version's lines, diff between two versions, extraordinary repayment, early repayment quote. */
export function ScheduleTab({ loans, selectedLoanId, onSelectLoan }: Props) {
  const { t } = useTranslation();
  const loan = loans.find((l) => l.id === selectedLoanId);
  if (!loan) return <EmptyState title={t('servicing.common.noLoans')} />;
  return (
    <div>
      <div className="toolbar">
        <LoanPicker loans={loans} selectedLoanId={selectedLoanId} onSelectLoan={onSelectLoan} />
      </div>
      <Versions key={loan.id} loan={loan} />
      <ExtraordinaryRepayment key={`x-${loan.id}`} loan={loan} />
      <EarlyRepaymentQuote key={`q-${loan.id}`} loan={loan} />
    </div>
  );
}

function Versions({ loan }: { loan: FileLoan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, loading, error } = useQuery(LoanScheduleVersionsQuery, {
    variables: { id: loan.id },
    fetchPolicy: 'cache-and-network',
  });
  const versions = data?.loan?.scheduleVersions ?? [];
  const current = data?.loan?.scheduleVersion ?? loan.scheduleVersion;
  const [viewed, setViewed] = useState<number | null>(null);
  const shownVersion = viewed ?? current;
  const [compare, setCompare] = useState<{ a: number; b: number } | null>(null);

  if (error) return <QueryError error={error} />;
  if (!data && loading) return <Spinner />;

  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const defaultA = sorted.length > 1 ? sorted[1].version : current;
  const cmp = compare ?? { a: defaultA, b: current };
  const versionOptions = sorted.map((v) => ({
    value: String(v.version),
    label: `v${v.version} · ${t(`servicing.scheduleReason.${v.reason}`, { defaultValue: v.reason })} · ${v.effectiveDate}`,
  }));

  return (
    <>
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('servicing.schedule.versionsTitle')}</h2>
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('servicing.schedule.versionsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('servicing.schedule.colVersion')}</th>
                <th scope="col">{t('servicing.schedule.colReason')}</th>
                <th scope="col">{t('servicing.schedule.colEffective')}</th>
                <th scope="col">{t('servicing.schedule.colCreated')}</th>
                <th scope="col">{t('servicing.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((v) => (
                <tr key={v.version}>
                  <td>
                    v{v.version} {v.current ? <Badge tone="success">{t('servicing.schedule.current')}</Badge> : null}
                  </td>
                  <td>
                    {t(`servicing.scheduleReason.${v.reason}`, { defaultValue: v.reason })}
                    {v.note ? <div className="small muted">{v.note}</div> : null}
                  </td>
                  <td className="srv-date">{v.effectiveDate}</td>
                  <td className="small">{formatDateTime(v.createdAt, lang)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-pressed={v.version === shownVersion}
                      onClick={() => setViewed(v.version)}
                      aria-label={t('servicing.schedule.showVersion', { version: v.version })}
                    >
                      {t('servicing.schedule.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <ScheduleVersionTable loan={loan} version={shownVersion} current={shownVersion === current} />

      <section className="card" aria-labelledby="diff-title">
        <h2 id="diff-title">{t('servicing.schedule.diffTitle')}</h2>
        {sorted.length < 2 ? (
          <p className="muted">{t('servicing.schedule.singleVersion')}</p>
        ) : (
          <>
            <div className="toolbar">
              <SelectField
                name="versionA"
                label={t('servicing.schedule.versionA')}
                value={String(cmp.a)}
                onChange={(e) => setCompare({ ...cmp, a: Number(e.target.value) })}
                options={versionOptions}
              />
              <SelectField
                name="versionB"
                label={t('servicing.schedule.versionB')}
                value={String(cmp.b)}
                onChange={(e) => setCompare({ ...cmp, b: Number(e.target.value) })}
                options={versionOptions}
              />
            </div>
            <VersionDiff loanId={loan.id} a={cmp.a} b={cmp.b} />
          </>
        )}
      </section>
    </>
  );
}

function ScheduleVersionTable({ loan, version, current }: { loan: FileLoan; version: number; current: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, loading, error } = useQuery(LoanScheduleVersionQuery, {
    variables: { id: loan.id, version },
    fetchPolicy: 'cache-and-network',
  });
  const lines = data?.loan?.schedule ?? [];
  const money = (v: string | null | undefined) => formatMoney(v, lang);
  const hasBalance = lines.some((l) => l.balance !== null);
  return (
    <section className="card" aria-labelledby="schedule-title">
      <h2 id="schedule-title">
        {t('servicing.schedule.linesTitle', { version })} {current ? <Badge tone="success">{t('servicing.schedule.current')}</Badge> : null}
      </h2>
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('servicing.schedule.linesTitle', { version })}</caption>
            <thead>
              <tr>
                <ScheduleLineHeaders />
                {hasBalance ? (
                  <th scope="col" className="num">
                    {t('servicing.schedule.colBalance')}
                  </th>
                ) : null}
                <th scope="col">{t('servicing.receivables.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.number}>
                  <ScheduleLineCells line={l} money={money} />
                  {hasBalance ? <td className="num">{money(l.balance)}</td> : null}
                  <td>
                    <PaymentStatusBadge status={l.paymentStatus} />
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

type DiffRow = {
  number: number;
  before: Pick<ScheduleLineFieldsFragment, 'dueDate' | 'principal' | 'interest' | 'total'> | null;
  after: Pick<ScheduleLineFieldsFragment, 'dueDate' | 'principal' | 'interest' | 'total'> | null;
  changed: boolean;
  totalDelta: string;
};

function diffLines(a: readonly ScheduleLineFieldsFragment[], b: readonly ScheduleLineFieldsFragment[]): DiffRow[] {
  const max = Math.max(
    a.reduce((m, l) => Math.max(m, l.number), 0),
    b.reduce((m, l) => Math.max(m, l.number), 0),
  );
  const rows: DiffRow[] = [];
  for (let n = 1; n <= max; n++) {
    const before = a.find((l) => l.number === n) ?? null;
    const after = b.find((l) => l.number === n) ?? null;
    if (!before && !after) continue;
    const delta = (parseAmount(after?.total) ?? 0n) - (parseAmount(before?.total) ?? 0n);
    const changed = !before || !after || before.dueDate !== after.dueDate || before.total !== after.total || before.principal !== after.principal || before.interest !== after.interest;
    rows.push({ number: n, before, after, changed, totalDelta: amountFromMinor(delta) });
  }
  return rows;
}

function DiffTable({ rows, caption }: { rows: readonly DiffRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const money = (v: string | null | undefined) => formatMoney(v, lang);
  const changedCount = rows.filter((r) => r.changed).length;
  return (
    <>
      <p className="muted small">{t('servicing.schedule.changedLines', { count: changedCount })}</p>
      <div className="table-wrap">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="num">
                {t('servicing.schedule.colNo')}
              </th>
              <th scope="colgroup" colSpan={4} className="diff-group">
                {t('servicing.schedule.before')}
              </th>
              <th scope="colgroup" colSpan={4} className="diff-group">
                {t('servicing.schedule.after')}
              </th>
              <th scope="col" rowSpan={2} className="num">
                {t('servicing.schedule.delta')}
              </th>
            </tr>
            <tr>
              {(['before', 'after'] as const).map((side) => (
                <ScheduleLineHeaders key={side} number={false} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.number} className={r.changed ? 'row--changed' : undefined}>
                <td className="num">{r.number}</td>
                <td className="srv-date">{r.before?.dueDate ?? '—'}</td>
                <td className="num">{money(r.before?.principal)}</td>
                <td className="num">{money(r.before?.interest)}</td>
                <td className="num">{money(r.before?.total)}</td>
                <td className="srv-date diff-sep">{r.after?.dueDate ?? t('servicing.schedule.removed')}</td>
                <td className="num">{money(r.after?.principal)}</td>
                <td className="num">{money(r.after?.interest)}</td>
                <td className="num">{money(r.after?.total)}</td>
                <td className="num">{r.totalDelta === '0.00' ? '—' : money(r.totalDelta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function VersionDiff({ loanId, a, b }: { loanId: string; a: number; b: number }) {
  const { t } = useTranslation();
  const qa = useQuery(LoanScheduleVersionQuery, { variables: { id: loanId, version: a } });
  const qb = useQuery(LoanScheduleVersionQuery, { variables: { id: loanId, version: b } });
  if (qa.error || qb.error) return <QueryError error={qa.error ?? qb.error} />;
  if (!qa.data || !qb.data) return <Spinner />;
  const rows = diffLines(qa.data.loan?.schedule ?? [], qb.data.loan?.schedule ?? []);
  return <DiffTable rows={rows} caption={t('servicing.schedule.diffCaption', { a, b })} />;
}

const X_FIELDS = ['date', 'amount', 'mode'] as const;

function ExtraordinaryRepayment({ loan }: { loan: FileLoan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const can = useCan();
  const ruleText = useRuleText();
  const [form, setForm] = useState({ date: todayIso(), amount: '', mode: 'LOWER_INSTALLMENT' as ExtraordinaryRepaymentMode });
  const [amountError, setAmountError] = useState<string | undefined>();
  const [preview, previewState] = useLazyQuery(ExtraordinaryPreviewQuery, { fetchPolicy: 'network-only' });
  const [execute, executeState] = useMutation(ExecuteExtraordinaryMutation, {
    refetchQueries: ['LoanScheduleVersions', 'LoanScheduleVersion', 'LoanPayments', 'LoanReceivables', 'FileLoans'],
  });
  const [confirming, setConfirming] = useState(false);
  const [executed, setExecuted] = useState<number | null>(null);
  const previewErrors = useFormErrors(previewState.error, X_FIELDS);
  const executeErrors = useFormErrors(executeState.error, X_FIELDS);
  const p = previewState.data?.extraordinaryRepaymentPreview;
  const previewMatches = p && p.date === form.date && parseAmount(p.amount) === parseAmount(normaliseAmount(form.amount)) && p.mode === form.mode;

  function vars() {
    return { loanId: loan.id, date: form.date, amount: normaliseAmount(form.amount), mode: form.mode };
  }
  function check(): boolean {
    const issue = amountRule(form.amount);
    setAmountError(issue ? ruleText(issue, { scale: 2 }) : undefined);
    return !issue;
  }
  function onPreview(e: FormEvent) {
    e.preventDefault();
    setExecuted(null);
    setConfirming(false);
    if (check()) void preview({ variables: vars() }).catch(() => undefined);
  }
  async function onExecute() {
    try {
      const res = await execute({ variables: { ...vars(), paymentMethod: 'BANK_TRANSFER' } });
      setExecuted(res.data?.executeExtraordinaryRepayment.newVersion ?? null);
      setConfirming(false);
    } catch {
      setConfirming(false);
    }
  }

  const byField = { ...previewErrors.byField, ...executeErrors.byField };
  const fieldErr = (n: (typeof X_FIELDS)[number]) => (n === 'amount' ? (amountError ?? byField.amount) : byField[n]);

  return (
    <section className="card" aria-labelledby="xr-title">
      <h2 id="xr-title">{t('servicing.extra.title')}</h2>
      <form className="form" onSubmit={onPreview} noValidate aria-labelledby="xr-title">
        <ErrorBanner messages={[...previewErrors.banner, ...executeErrors.banner]} />
        <div className="form-grid form-grid--3">
          <TextField name="date" type="date" label={t('servicing.extra.date')} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} error={fieldErr('date')} />
          <TextField
            name="amount"
            label={t('servicing.extra.amount', { currency: loan.currency })}
            inputMode="decimal"
            value={form.amount}
            onChange={(e) => setForm({ ...form, amount: e.target.value })}
            error={fieldErr('amount')}
          />
          <SelectField
            name="mode"
            label={t('servicing.extra.mode')}
            value={form.mode}
            onChange={(e) => setForm({ ...form, mode: e.target.value as ExtraordinaryRepaymentMode })}
            options={(['LOWER_INSTALLMENT', 'SHORTEN_TERM'] as const).map((m) => ({
              value: m,
              label: t(`servicing.extra.mode_${m}`),
            }))}
            error={fieldErr('mode')}
          />
        </div>
        <div>
          <button type="submit" className="button" disabled={previewState.loading}>
            {t('servicing.extra.preview')}
          </button>
        </div>
      </form>
      {executed !== null ? (
        <div className="result-box" role="status">
          {t('servicing.extra.executed', { version: executed })}
        </div>
      ) : null}
      {p && executed === null ? (
        <div aria-live="polite">
          <dl className="meta-inline" style={{ margin: '16px 0' }}>
            <div>
              <dt>{t('servicing.extra.installment')}</dt>
              <dd>
                {formatMoney(p.installmentBefore, lang)} → {formatMoney(p.installmentAfter, lang)}
              </dd>
            </div>
            <div>
              <dt>{t('servicing.extra.installments')}</dt>
              <dd>
                {p.installmentsBefore} → {p.installmentsAfter}
              </dd>
            </div>
            <div>
              <dt>{t('servicing.extra.principal')}</dt>
              <dd>
                {formatMoney(p.principalBefore, lang)} → {formatMoney(p.principalAfter, lang)}
              </dd>
            </div>
          </dl>
          <DiffTable rows={p.diff.map((d) => ({ ...d, totalDelta: d.totalDelta }))} caption={t('servicing.extra.diffCaption')} />
          {can('payments.edit') ? (
            <div className="toolbar" style={{ marginTop: 16 }}>
              {confirming ? (
                <>
                  <span>{t('servicing.extra.confirm')}</span>
                  <button type="button" className="button button--primary" onClick={() => void onExecute()} disabled={executeState.loading || !previewMatches}>
                    {t('servicing.extra.confirmYes')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    {t('servicing.common.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={!previewMatches}>
                  {t('servicing.extra.execute')}
                </button>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function EarlyRepaymentQuote({ loan }: { loan: FileLoan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const [date, setDate] = useState(todayIso);
  const [quote, { data, loading, error }] = useLazyQuery(EarlyRepaymentQuoteQuery, { fetchPolicy: 'network-only' });
  const errors = useFormErrors(error, ['date']);
  const q = data?.earlyRepaymentQuote;
  const rows: Array<[string, string]> = q
    ? [
        ['principal', q.principal],
        ['interest', q.interest],
        ['accumulatedInterest', q.accumulatedInterest],
        ['arrears', q.arrears],
        ['overpayment', q.overpayment],
      ]
    : [];
  return (
    <section className="card" aria-labelledby="quote-title">
      <h2 id="quote-title">{t('servicing.quote.title')}</h2>
      <form
        className="toolbar"
        noValidate
        aria-labelledby="quote-title"
        onSubmit={(e) => {
          e.preventDefault();
          void quote({ variables: { loanId: loan.id, date } }).catch(() => undefined);
        }}
      >
        <TextField name="quoteDate" type="date" label={t('servicing.quote.date')} value={date} onChange={(e) => setDate(e.target.value)} error={errors.byField.date} />
        <button type="submit" className="button" disabled={loading}>
          {t('servicing.quote.calculate')}
        </button>
      </form>
      <ErrorBanner messages={errors.banner} />
      {q ? (
        <div aria-live="polite">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('servicing.quote.title')}</caption>
            <tbody>
              {rows.map(([key, value]) => (
                <tr key={key}>
                  <th scope="row">{t(`servicing.quote.${key}`)}</th>
                  <td className="num">
                    {key === 'overpayment' && value !== '0.00' ? '−' : ''}
                    {formatMoney(value, lang, { currency: loan.currency })}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('servicing.quote.total', { date: q.date })}</th>
                <td className="num">{formatMoney(q.total, lang, { currency: loan.currency })}</td>
              </tr>
            </tfoot>
          </table>
          {q.explanation.length > 0 ? (
            <ul className="explain">
              {q.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
