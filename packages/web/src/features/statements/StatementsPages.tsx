import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StatementFieldsFragment, StatementLineFieldsFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../shared/i18n/i18n';
import { amountRule, formatMoney, normaliseAmount } from '../../shared/format';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import './locales';
import { AssignLineMutation, BankStatementQuery, BankStatementsQuery, ImportStatementMutation, LineSuggestionsQuery, MarkLineMutation, StatementQueueQuery, UndoLineMutation } from './operations';
import { useCan } from '../../shared/hooks';
import { RefundRequestForm } from './RefundsPages';

/** SERVICING (or ADMIN) may import and resolve statements; the server checks it again. */
function useCanService(): boolean {
  return useCan()('statements.manage');
}

/** Bytes of a statement file as text: UTF-8 when valid, else Windows-1250 (Polish banks' exports). */
async function readStatementFile(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1250').decode(buf);
  }
}

function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'POSTED' ? 'success' : status === 'UNMATCHED' ? 'danger' : 'neutral';
  return <Badge tone={tone}>{t(`statements.status.${status}`, { defaultValue: status })}</Badge>;
}

function Decision({ l }: { l: StatementLineFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <span className="small" title={l.matchDetail ?? undefined}>
      {l.matchRule ? t(`statements.rule.${l.matchRule}`, { defaultValue: l.matchRule }) : null}
      {l.matchRule && l.matchReason && l.matchReason !== l.matchRule ? ' · ' : null}
      {l.matchReason && l.matchReason !== l.matchRule ? t(`statements.reason.${l.matchReason}`, { defaultValue: l.matchReason }) : null}
    </span>
  );
}

/** /statements — upload (SERVICING), recent statements, link to the queue. */
export function StatementsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const canService = useCanService();
  const [file, setFile] = useState<File | null>(null);
  const [dialect, setDialect] = useState('');
  const [missingFile, setMissingFile] = useState(false);
  const [result, setResult] = useState<StatementFieldsFragment[] | null>(null);
  const list = useQuery(BankStatementsQuery, { fetchPolicy: 'cache-and-network' });
  const [importStatement, { loading, error, reset }] = useMutation(ImportStatementMutation, { refetchQueries: [BankStatementsQuery] });
  const errors = useFormErrors(error, ['content', 'dialect']);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    reset();
    setResult(null);
    if (!file) return setMissingFile(true);
    setMissingFile(false);
    const content = await readStatementFile(file);
    const r = await importStatement({ variables: { input: { content, fileName: file.name, dialect: dialect || null } } }).catch(() => null);
    if (r?.data) setResult(r.data.importStatement);
  }

  return (
    <section className="page" aria-labelledby="statements-title">
      <div className="section-head">
        <h1 id="statements-title">{t('statements.title')}</h1>
        <span className="form__actions">
          <Link to="/statements/queue" className="button button--ghost">
            {t('statements.queue.title')}
          </Link>
          <Link to="/statements/refunds" className="button button--ghost">
            {t('statements.refunds.link')}
          </Link>
        </span>
      </div>
      <p className="muted">{t('statements.intro')}</p>
      {canService ? (
        <form className="card form" onSubmit={onSubmit} aria-labelledby="upload-title" noValidate>
          <h2 id="upload-title">{t('statements.upload.title')}</h2>
          <label className="field">
            <span className="field__label">{t('statements.upload.file')}</span>
            <input type="file" name="statementFile" accept=".mt940,.sta,.txt,.xml,.940" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="statement-file" />
            {missingFile ? <span className="field__error">{t('statements.upload.noFile')}</span> : null}
            {errors.byField.content ? (
              <span className="field__error" role="alert">
                {errors.byField.content}
              </span>
            ) : null}
          </label>
          <SelectField
            name="dialect"
            label={t('statements.upload.dialect')}
            value={dialect}
            onChange={(e) => setDialect(e.target.value)}
            options={[
              { value: '', label: t('statements.upload.dialectAuto') },
              { value: 'MT940_PKO', label: 'PKO BP (iPKO biznes)' },
              { value: 'MT940_MBANK', label: 'mBank / ING' },
            ]}
            error={errors.byField.dialect}
          />
          <ErrorBanner messages={errors.banner} />
          <div className="form__actions">
            <button type="submit" className="button" disabled={loading}>
              {t('statements.upload.submit')}
            </button>
            <a href="/api/statements/demo.mt940" download className="small">
              {t('statements.upload.demo')}
            </a>
          </div>
          {result?.map((s) => (
            <p key={s.id} className="banner banner--success" role="status" data-testid="import-result">
              {t('statements.upload.done', { number: s.statementNumber ?? '—', ...s.counts })} <Link to={`/statements/${s.id}`}>{t('statements.list.open')}</Link>
            </p>
          ))}
        </form>
      ) : null}
      <h2>{t('statements.list.title')}</h2>
      {list.error ? <QueryError error={list.error} /> : null}
      {!list.data && list.loading ? <Spinner /> : null}
      {list.data && list.data.bankStatements.length === 0 ? <EmptyState title={t('statements.list.empty')} /> : null}
      {list.data && list.data.bankStatements.length > 0 ? (
        <table className="data-table" data-testid="statements-table">
          <thead>
            <tr>
              <th scope="col">{t('statements.list.number')}</th>
              <th scope="col">{t('statements.list.account')}</th>
              <th scope="col">{t('statements.list.format')}</th>
              <th scope="col" className="num">
                {t('statements.list.closing')}
              </th>
              <th scope="col" className="num">
                {t('statements.list.lines')}
              </th>
              <th scope="col" className="num">
                {t('statements.list.posted')}
              </th>
              <th scope="col" className="num">
                {t('statements.list.unmatched')}
              </th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.data.bankStatements.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.statementNumber ?? '—'} {s.sequenceGap ? <Badge tone="warning">{t('statements.list.gap', { from: s.sequenceGap.missingFrom, to: s.sequenceGap.missingTo })}</Badge> : null}
                </td>
                <td className="small">{s.account}</td>
                <td className="small">{s.dialect}</td>
                <td className="num">{formatMoney(s.closingBalance, lang, { currency: s.currency })}</td>
                <td className="num">{s.counts.lines}</td>
                <td className="num">{s.counts.posted}</td>
                <td className="num">{s.counts.unmatched}</td>
                <td>
                  <Link to={`/statements/${s.id}`}>{t('statements.list.open')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function LinesTable({ lines, canService, actions }: { lines: readonly StatementLineFieldsFragment[]; canService: boolean; actions?: (l: StatementLineFieldsFragment) => ReactNode }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <table className="data-table" data-testid="statement-lines">
      <thead>
        <tr>
          <th scope="col">{t('statements.line.ordinal')}</th>
          <th scope="col">{t('statements.line.date')}</th>
          <th scope="col" className="num">
            {t('statements.line.amount')}
          </th>
          <th scope="col">{t('statements.line.payer')}</th>
          <th scope="col">{t('statements.line.title')}</th>
          <th scope="col">{t('statements.line.status')}</th>
          <th scope="col">{t('statements.line.decision')}</th>
          <th scope="col">{t('statements.line.loan')}</th>
          {canService ? <th scope="col" /> : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id} data-testid={`line-${l.ordinal}`} data-status={l.status}>
            <td>{l.ordinal}</td>
            <td>{l.bookingDate}</td>
            <td className="num">{(l.direction === 'DEBIT' ? '−' : '') + formatMoney(l.amount, lang, { currency: l.currency })}</td>
            <td className="small" title={l.payerDetail ?? undefined}>
              {l.counterpartyName ?? '—'}
              {l.payerRelation === 'THIRD_PARTY' ? (
                <span data-testid={`payer-${l.ordinal}`}>
                  {' '}
                  <Badge tone="warning">{t('statements.payer.THIRD_PARTY')}</Badge>
                </span>
              ) : null}
            </td>
            <td className="small">{l.title}</td>
            <td>
              <StatusBadge status={l.status} />
            </td>
            <td>
              <Decision l={l} />
            </td>
            <td className="small">{l.loanNumber ?? '—'}</td>
            {canService ? <td>{actions?.(l)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /statements/:id — the statement's lines with their decisions; undo a wrong match (SERVICING). */
export function StatementPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { id = '' } = useParams();
  const canService = useCanService();
  const { data, loading, error } = useQuery(BankStatementQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [undo, undoState] = useMutation(UndoLineMutation, { refetchQueries: [BankStatementQuery] });
  const banner = useFormErrors(undoState.error, []).banner;
  const s = data?.bankStatement;
  const [refundFor, setRefundFor] = useState<string | null>(null);
  const refundLine = data?.statementLines.find((l) => l.id === refundFor);
  async function onUndo(lineId: string) {
    const reason = window.prompt(t('statements.line.undoPrompt'));
    if (!reason?.trim()) return;
    await undo({ variables: { lineId, reason } }).catch(() => null);
  }
  return (
    <section className="page" aria-labelledby="statement-title">
      <Link to="/statements" className="small">
        ← {t('statements.statement.back')}
      </Link>
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {s ? (
        <>
          <h1 id="statement-title">{t('statements.statement.title', { number: s.statementNumber ?? '—' })}</h1>
          <p className="muted">
            {s.account} · {s.dialect} ·{' '}
            {t('statements.statement.balances', { opening: formatMoney(s.openingBalance, lang, { currency: s.currency }), closing: formatMoney(s.closingBalance, lang, { currency: s.currency }) })}
          </p>
          <ErrorBanner messages={banner} />
          <LinesTable
            lines={data.statementLines}
            canService={canService}
            actions={(l) =>
              l.status === 'POSTED' ? (
                <>
                  <button type="button" className="button button--ghost button--small" onClick={() => void onUndo(l.id)}>
                    {t('statements.line.undo')}
                  </button>
                  {l.loanId ? (
                    <button type="button" className="button button--ghost button--small" onClick={() => setRefundFor(refundFor === l.id ? null : l.id)}>
                      {t('statements.refunds.request')}
                    </button>
                  ) : null}
                </>
              ) : null
            }
          />
          {refundLine && canService ? <RefundRequestForm key={refundLine.id} line={refundLine} onDone={() => setRefundFor(null)} /> : null}
        </>
      ) : null}
    </section>
  );
}

function ResolvePanel({ line, onDone }: { line: StatementLineFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [accept, setAccept] = useState(false);
  const { data, loading } = useQuery(LineSuggestionsQuery, { variables: { lineId: line.id }, fetchPolicy: 'network-only' });
  const [assign, assignState] = useMutation(AssignLineMutation);
  const [mark, markState] = useMutation(MarkLineMutation);
  const banner = useFormErrors(assignState.error ?? markState.error, []).banner;
  const sugg = data?.statementLineSuggestions ?? [];
  async function onAssign() {
    const parts = Object.entries(amounts)
      .map(([loanId, a]) => ({ loanId, amount: amountRule(a) === null ? normaliseAmount(a) : null }))
      .filter((p): p is { loanId: string; amount: string } => !!p.amount);
    const r = await assign({ variables: { input: { lineId: line.id, parts, acceptOverpayment: accept } } }).catch(() => null);
    if (r?.data) onDone();
  }
  async function onMark(m: 'RETURNED' | 'NOT_OURS') {
    const r = await mark({ variables: { lineId: line.id, mark: m } }).catch(() => null);
    if (r?.data) onDone();
  }
  return (
    <div className="card" data-testid={`resolve-${line.id}`}>
      <h3>{t('statements.queue.suggestions')}</h3>
      {loading ? <Spinner /> : null}
      {!loading && sugg.length === 0 ? <p className="muted small">{t('statements.queue.noSuggestions')}</p> : null}
      {line.direction === 'CREDIT' && sugg.length ? (
        <table className="data-table data-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('statements.line.loan')}</th>
              <th scope="col" className="num">
                {t('statements.queue.score')}
              </th>
              <th scope="col">{t('statements.line.decision')}</th>
              <th scope="col">{t('statements.queue.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {sugg.map((s, i) => (
              <tr key={s.loanId}>
                <td>
                  {s.loanNumber} <span className="muted small">({s.status})</span>
                </td>
                <td className="num">{s.score}</td>
                <td className="small">{t(`statements.reason.${s.reason}`, { defaultValue: t(`statements.rule.${s.reason}`, { defaultValue: s.reason }) })}</td>
                <td>
                  <input
                    aria-label={`${t('statements.queue.amount')} ${s.loanNumber}`}
                    inputMode="decimal"
                    data-testid={`part-amount-${i}`}
                    value={amounts[s.loanId] ?? ''}
                    onChange={(e) => setAmounts({ ...amounts, [s.loanId]: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ErrorBanner messages={banner} />
      <div className="form__actions">
        {line.direction === 'CREDIT' && sugg.length ? (
          <>
            <label className="checkbox small">
              <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> {t('statements.queue.acceptOverpayment')}
            </label>
            <button type="button" className="button" onClick={() => void onAssign()} disabled={assignState.loading}>
              {t('statements.queue.assign')}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--ghost" onClick={() => void onMark('RETURNED')}>
          {t('statements.queue.returned')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => void onMark('NOT_OURS')}>
          {t('statements.queue.notOurs')}
        </button>
      </div>
    </div>
  );
}

/** /statements/queue — unmatched transfers: filters, suggestions with score and reason, assign / split / mark. */
export function StatementQueuePage() {
  const { t } = useTranslation();
  const canService = useCanService();
  const [search, setSearch] = useState('');
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(StatementQueueQuery, {
    variables: { filter: { statuses: ['UNMATCHED'], search: search.trim() || null, dateFrom: dateFrom || null, dateTo: dateTo || null, limit: 500 } },
    fetchPolicy: 'cache-and-network',
  });
  const lines = data?.statementLines ?? [];
  const current = lines.find((l) => l.id === open);
  return (
    <section className="page" aria-labelledby="queue-title">
      <Link to="/statements" className="small">
        ← {t('statements.statement.back')}
      </Link>
      <h1 id="queue-title">{t('statements.queue.title')}</h1>
      {data ? (
        <p className="muted" data-testid="queue-count">
          {t('statements.queue.count', { n: data.statementQueueCounts.unmatched })}
        </p>
      ) : null}
      <div className="form form--inline" role="search">
        <TextField name="search" label={t('statements.queue.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <TextField name="dateFrom" type="date" label={t('statements.queue.from')} value={dateFrom} onChange={(e) => setDateFrom(e.target.value)} />
        <TextField name="dateTo" type="date" label={t('statements.queue.to')} value={dateTo} onChange={(e) => setDateTo(e.target.value)} />
      </div>
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data && lines.length === 0 ? <EmptyState title={t('statements.queue.empty')} /> : null}
      {lines.length ? (
        <LinesTable
          lines={lines}
          canService={canService}
          actions={(l) => (
            <button type="button" className="button button--ghost button--small" onClick={() => setOpen(open === l.id ? null : l.id)}>
              {open === l.id ? t('statements.queue.hide') : t('statements.queue.details')}
            </button>
          )}
        />
      ) : null}
      {current && canService ? (
        <ResolvePanel
          key={current.id}
          line={current}
          onDone={() => {
            setOpen(null);
            void refetch();
          }}
        />
      ) : null}
    </section>
  );
}
