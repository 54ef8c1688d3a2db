/**
 * Bank statements (issue 30): import (MT940 / camt.053) → balance check → lines stored as received under their
 * exactly-once key → set-based matching (one query per rule for the whole statement) → posting of the matched lines
 * through the payment service (postPayment: idempotency key, ledger allocation events, audit), value date = booking
 * date. The unmatched queue: assign to one loan or split, mark returned / not ours, undo a wrong match.
 *
 * Crash safety: the statement and its lines commit in one transaction; every matched line gets a posting part with a
 * deterministic idempotency key (stmt:<line>:<generation>:<part>) before anything is posted; `processPendingLines`
 * (run after every import and at start-up) posts the parts still PENDING — a part posted before a crash is answered
 * by the payment service's replay, never posted twice.
 */
import { createHash, hash } from 'node:crypto';
import {
  assertBalanced,
  compareMoney,
  lineKeys,
  matchLine,
  numberKeys,
  parseStatement,
  payerCheck,
  peselsIn,
  sequenceGap,
  sumMoney,
  validateAmount,
  type LoanRef,
  type MatchDecision,
  type MatchLookups,
  type ParsedStatement,
  type BorrowerName,
  type PayerCheck,
  type StatementLine,
} from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import { arrayLiteral } from '../../db/bulk.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound, fromDomainError } from '../../graphql/errors.js';
import { audit } from '../common/index.js';
import { postPayment, reversePayment } from '../loans/index.js';

export type StatementSource = 'UPLOAD' | 'API';

export interface StatementRow {
  id: string;
  format: string;
  dialect: string;
  account: string;
  currency: string;
  statement_number: string | null;
  sequence: number | null;
  opening_balance: string;
  opening_date: string;
  closing_balance: string;
  closing_date: string;
  line_count: number;
  new_lines: number;
  sequence_gap: { previous: number; missingFrom: number; missingTo: number } | null;
  source: string;
  file_name: string | null;
  status: string;
  received_by: string;
  received_at: Date;
  completed_at: Date | null;
}

export interface LineRow {
  id: string;
  statement_id: string;
  ordinal: number;
  account: string;
  booking_date: string;
  value_date: string;
  direction: 'CREDIT' | 'DEBIT';
  amount: string;
  currency: string;
  bank_reference: string | null;
  counterparty_name: string | null;
  counterparty_account: string | null;
  credited_account: string | null;
  title: string;
  variable_symbol: string | null;
  transaction_code: string | null;
  raw: string;
  status: string;
  match_rule: string | null;
  match_reason: string | null;
  match_detail: string | null;
  candidate_loan_ids: string[];
  loan_id: string | null;
  payment_id: string | null;
  generation: number;
  decided_by: string | null;
  decided_at: Date | null;
  note: string | null;
  payer_relation: string | null;
  payer_detail: string | null;
}

export interface StatementCounts {
  statementsId: string;
  lines: number;
  newLines: number;
  duplicates: number;
  posted: number;
  unmatched: number;
  other: number;
}

export interface ImportOutcome {
  statement: StatementRow;
  counts: StatementCounts;
}

function actorLabelOf(ctx: Pick<Context, 'actor'>): string {
  const a = ctx.actor;
  if (!a) return 'system';
  if (a.type === 'STAFF') return `staff:${a.userId}`;
  if (a.type === 'API_TOKEN') return `token:${a.tokenId}`;
  return `client:${a.clientAccountId}`;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** one-shot SHA-256 (crypto.hash: no Hash object per line) for the 50k keys of a large statement */
const sha256Fast = (s: string) => hash('sha256', s, 'hex');

/** Parses and checks a statement file; a file that cannot be read or does not balance is refused whole. */
function readStatementFile(content: string, dialect?: string | null): ParsedStatement[] {
  if (!content || !content.trim()) throw BadUserInput.field('input.content', 'required', 'The statement file is empty');
  let parsed: ParsedStatement[];
  try {
    parsed = parseStatement(content, { dialect: dialect ?? undefined });
    parsed.forEach((s) => assertBalanced(s));
  } catch (e) {
    return fromDomainError(e, 'input');
  }
  return parsed;
}

/** Decodes bytes of a statement file: UTF-8 when valid, else Windows-1250 (what Polish banks' exports use). */
export function decodeStatementBytes(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1250').decode(buf);
  }
}

/** A statement read, checked and matched, nothing written yet: what one import stores in one statement. */
export interface PreparedStatement {
  statement: ParsedStatement;
  /** SHA-256 of every line's exactly-once key */
  keys: string[];
  decisions: MatchDecision[];
  lookups: MatchLookups | null;
}

/**
 * Parse + balance check + exactly-once keys + matching of every statement of a file, set-based: one query per
 * matching rule for all lines of a statement, however many lines. No writes: the bench times this against one COPY
 * of the same lines (issue 30 "Speed"); the payer check (`payersOf`, one query) follows it.
 */
export async function prepareStatements(sql: SqlHandle, content: string, dialect?: string | null): Promise<PreparedStatement[]> {
  const parsed = readStatementFile(content, dialect);
  const out: PreparedStatement[] = [];
  for (const s of parsed) {
    let keys: string[] = [];
    // the keys are computed while PostgreSQL answers the look-ups
    const { decisions, lookups } = await decideLines(sql, s.account, s.lines, () => {
      keys = lineKeys(s.account, s.lines, sha256Fast);
    });
    out.push({ statement: s, keys, decisions, lookups });
  }
  return out;
}

const NOTHING: string[] = [];

/** Lets the driver write out the queries just sent before a stretch of synchronous work. */
const yieldToDriver = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The match decision of every line (set-based look-ups, one query per rule for all lines). The look-ups by account go
 * out first; the title keys are computed while PostgreSQL answers them, then theirs go out, and `whileWaiting` runs
 * while those are answered.
 */
async function decideLines(sql: SqlHandle, account: string, lines: readonly StatementLine[], whileWaiting?: () => void): Promise<{ decisions: MatchDecision[]; lookups: MatchLookups | null }> {
  if (!lines.length) {
    whileWaiting?.();
    return { decisions: [], lookups: null };
  }
  const accounts = new Set<string>(account ? [account] : []);
  const vss = new Set<string>();
  const payers = new Set<string>();
  for (const l of lines) {
    if (l.creditedAccount) accounts.add(l.creditedAccount);
    if (l.variableSymbol) vss.add(l.variableSymbol);
    if (l.counterpartyAccount) payers.add(l.counterpartyAccount);
  }
  const byAccounts = accountLookups(sql, [...accounts], [...vss], [...payers]);
  // awaited below (a failed look-up is thrown there, not reported as unhandled while the keys are computed)
  byAccounts.catch(() => {});
  await yieldToDriver();
  // the title's number keys and PESELs are computed once, for the look-ups and for the decisions
  const titleKeys: string[][] = new Array<string[]>(lines.length);
  const titlePesels: string[][] = new Array<string[]>(lines.length);
  const nkeys = new Set<string>();
  const pesels = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i]!.title;
    const tk = numberKeys(title);
    const tp = peselsIn(title);
    // most titles name nothing: one shared empty list instead of one kept per line
    titleKeys[i] = tk.length ? tk : NOTHING;
    titlePesels[i] = tp.length ? tp : NOTHING;
    for (const k of tk) nkeys.add(k);
    for (const p of tp) pesels.add(p);
  }
  const byTitles = titleLookups(sql, [...nkeys], [...pesels]);
  byTitles.catch(() => {});
  await yieldToDriver();
  whileWaiting?.();
  const [a, t] = await Promise.all([byAccounts, byTitles]);
  const lookups: MatchLookups = { ...a, ...t };
  const decisions = lines.map((l, i) => matchLine(l, account, lookups, { titleKeys: titleKeys[i], titlePesels: titlePesels[i] }));
  return { decisions, lookups };
}

/** Who paid, for matched lines and queued credit lines with one candidate loan (else null): one query for all lines. */
export async function payersOf(sql: SqlHandle, lines: readonly StatementLine[], decisions: MatchDecision[], lookups: MatchLookups | null): Promise<(PayerCheck | null)[]> {
  return lookups ? payerChecks(sql, lines, decisions.map(payerLoanOf), lookups) : lines.map(() => null);
}

/** The loan the payer is compared with: the matched loan, or the one candidate of a queued credit line. */
function payerLoanOf(d: MatchDecision): string | null {
  if (d.loan) return d.loan.loanId;
  if (d.reason === 'DEBIT_LINE') return null;
  return d.candidates.length === 1 ? d.candidates[0]!.loanId : null;
}

/** Payer checks (domain statements/payer.ts) against the borrowers of each line's loan: one query for all lines. */
async function payerChecks(
  sql: SqlHandle,
  lines: readonly Pick<StatementLine, 'counterpartyName' | 'counterpartyAccount'>[],
  loanIds: (string | null)[],
  lookups?: Pick<MatchLookups, 'byPayerAccount'>,
): Promise<(PayerCheck | null)[]> {
  const ids = [...new Set(loanIds.filter((x): x is string => !!x))];
  if (!ids.length) return loanIds.map(() => null);
  const rows = await sql<{ loan_id: string; party_id: string; first_name: string | null; last_name: string | null; company_name: string | null }[]>`
    select l.id as loan_id, p.id as party_id, p.first_name, p.last_name, p.company_name from loans l
    join file_parties fp on fp.file_id = l.file_id and fp.role in ('BORROWER', 'CO_BORROWER') join parties p on p.id = fp.party_id
    where l.id = any(${arrayLiteral(ids, 'uuid')}::uuid[])`;
  const byLoan = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byLoan.set(r.loan_id, [...(byLoan.get(r.loan_id) ?? []), r]);
  return loanIds.map((id, i) => {
    if (!id) return null;
    const l = lines[i]!;
    // an account a borrower paid from before (learnt from posted lines, the matching's rule-4 lookup)
    const knownOwners = new Set((l.counterpartyAccount ? (lookups?.byPayerAccount.get(l.counterpartyAccount) ?? []) : []).map((o) => o.partyId));
    const borrowers: BorrowerName[] = (byLoan.get(id) ?? []).map((b) => ({
      firstName: b.first_name,
      lastName: b.last_name,
      companyName: b.company_name,
      accounts: knownOwners.has(b.party_id) && l.counterpartyAccount ? [l.counterpartyAccount] : [],
    }));
    return payerCheck({ name: l.counterpartyName, account: l.counterpartyAccount }, borrowers);
  });
}

export async function importStatement(ctx: Context, input: { content: string; fileName?: string | null; dialect?: string | null; source: StatementSource }): Promise<ImportOutcome[]> {
  if (input.fileName && input.fileName.length > 200) throw BadUserInput.field('input.fileName', 'maxLength', 'File name may have at most 200 characters', { max: 200 });
  const prepared = await prepareStatements(ctx.sql, input.content, input.dialect);
  const by = actorLabelOf(ctx);
  const stored: { statement: StatementRow; lines: number; newLines: number }[] = [];
  for (const p of prepared) {
    const s = p.statement;
    const payers = await payersOf(ctx.sql, s.lines, p.decisions, p.lookups);
    const res = await ctx.sql.begin(async (txRaw) => {
      const tx = txRaw;
      // one import per account at a time: the gap check and the key inserts see each other
      await tx`select pg_advisory_xact_lock(hashtext(${'statement:' + s.account}))`;
      const [prev] = await tx<{ sequence: number | null }[]>`
        select sequence from bank_statements where account = ${s.account} and sequence is not null and closing_date <= ${s.closingDate}
        order by closing_date desc, received_at desc limit 1`;
      const gap = sequenceGap(prev?.sequence ?? null, s.sequence);
      const [st] = await tx<StatementRow[]>`
        insert into bank_statements (format, dialect, account, currency, statement_number, sequence, opening_balance, opening_date,
          closing_balance, closing_date, line_count, new_lines, sequence_gap, source, file_name, content, content_sha256, received_by)
        values (${s.format}, ${s.dialect}, ${s.account}, ${s.currency}, ${s.statementNumber}, ${s.sequence}, ${s.openingBalance}, ${s.openingDate},
          ${s.closingBalance}, ${s.closingDate}, ${s.lines.length}, 0, ${gap ? JSON.stringify({ previous: prev!.sequence, ...gap }) : null}::jsonb,
          ${input.source}, ${input.fileName ?? null}, ${input.content}, ${sha256(input.content)}, ${by})
        returning *`;
      const newLines = await storeLines(tx, st.id, p, payers, by);
      const [done] = await tx<StatementRow[]>`update bank_statements set new_lines = ${newLines} where id = ${st.id} returning *`;
      await audit(
        ctx,
        'IMPORT',
        'bank_statement',
        st.id,
        null,
        {
          format: s.format,
          dialect: s.dialect,
          account: s.account,
          number: s.statementNumber,
          lines: s.lines.length,
          newLines,
          sequenceGap: done.sequence_gap,
          fileName: input.fileName ?? null,
          source: input.source,
        },
        tx,
      );
      return { statement: done, lines: s.lines.length, newLines };
    });
    stored.push(res);
  }
  await processPendingLines(ctx);
  const out: ImportOutcome[] = [];
  for (const s of stored) {
    const [st] = await ctx.sql<StatementRow[]>`update bank_statements set status = 'IMPORTED', completed_at = coalesce(completed_at, now()) where id = ${s.statement.id} returning *`;
    out.push({ statement: st, counts: await statementCounts(ctx.sql, st.id, s.lines) });
  }
  return out;
}

/**
 * Stores the lines as received with their decisions, and a PENDING posting part for every matched line, in ONE
 * statement (column arrays through unnest; a line whose key is already stored — the same or an overlapping
 * statement — is skipped with its part). Returns the number of lines stored.
 */
async function storeLines(tx: SqlHandle, statementId: string, p: PreparedStatement, payers: (PayerCheck | null)[], by: string): Promise<number> {
  const L = p.statement.lines;
  if (!L.length) return 0;
  const D = p.decisions;
  const col = <T>(f: (l: StatementLine, i: number) => T, type: string) => arrayLiteral(L.map(f), type);
  const [r] = await tx<{ lines: number }[]>`
    with ins as (
      insert into bank_statement_lines (statement_id, ordinal, line_key, account, booking_date, value_date, direction, amount, currency,
        bank_reference, counterparty_name, counterparty_account, credited_account, title, variable_symbol, transaction_code, raw,
        status, match_rule, match_reason, match_detail, loan_id, candidate_loan_ids, payer_relation, payer_detail, decided_by, decided_at)
      select ${statementId}::uuid, u.ordinal, u.line_key, ${p.statement.account}, u.booking_date, u.value_date, u.direction, u.amount, ${p.statement.currency},
        u.bank_reference, u.counterparty_name, u.counterparty_account, u.credited_account, u.title, u.variable_symbol, u.transaction_code, u.raw,
        u.status, u.rule, u.reason, u.detail, u.loan_id, coalesce(string_to_array(nullif(u.cands, ''), ',')::uuid[], '{}'), u.payer_relation, u.payer_detail, 'auto', now()
      from unnest(${col((l) => l.ordinal, 'int')}::int[], ${arrayLiteral(p.keys, 'text')}::text[], ${col((l) => l.bookingDate, 'date')}::date[],
        ${col((l) => l.valueDate, 'date')}::date[], ${col((l) => l.direction, 'text')}::text[], ${col((l) => l.amount, 'numeric')}::numeric[],
        ${col((l) => l.bankReference, 'text')}::text[], ${col((l) => l.counterpartyName, 'text')}::text[], ${col((l) => l.counterpartyAccount, 'text')}::text[],
        ${col((l) => l.creditedAccount, 'text')}::text[], ${col((l) => l.title, 'text')}::text[], ${col((l) => l.variableSymbol, 'text')}::text[],
        ${col((l) => l.transactionCode, 'text')}::text[], ${col((l) => l.raw, 'text')}::text[],
        ${col((_, i) => (D[i]!.matched ? 'MATCHED' : 'UNMATCHED'), 'text')}::text[], ${col((_, i) => D[i]!.rule, 'text')}::text[],
        ${col((_, i) => D[i]!.reason, 'text')}::text[], ${col((_, i) => D[i]!.detail, 'text')}::text[], ${col((_, i) => D[i]!.loan?.loanId ?? null, 'uuid')}::uuid[],
        ${col((_, i) => D[i]!.candidates.map((c) => c.loanId).join(','), 'text')}::text[], ${col((_, i) => payers[i]?.relation ?? null, 'text')}::text[],
        ${col((_, i) => payers[i]?.detail ?? null, 'text')}::text[])
        as u(ordinal, line_key, booking_date, value_date, direction, amount, bank_reference, counterparty_name, counterparty_account, credited_account,
          title, variable_symbol, transaction_code, raw, status, rule, reason, detail, loan_id, cands, payer_relation, payer_detail)
      on conflict (line_key) do nothing
      returning id, status, loan_id, amount),
    parts as (
      insert into bank_line_postings (line_id, generation, part, loan_id, amount, created_by)
      select id, 0, 1, loan_id, amount, ${by} from ins where status = 'MATCHED'
      returning 1)
    select (select count(*) from ins)::int as lines, (select count(*) from parts)::int as parts`;
  return r!.lines;
}

export async function statementCounts(sql: SqlHandle, statementId: string, lines?: number): Promise<StatementCounts> {
  const [c] = await sql<{ n: number; posted: number; unmatched: number; other: number }[]>`
    select count(*)::int as n, count(*) filter (where status = 'POSTED')::int as posted,
      count(*) filter (where status in ('UNMATCHED', 'NEW', 'MATCHED'))::int as unmatched,
      count(*) filter (where status in ('RETURNED', 'NOT_OURS'))::int as other
    from bank_statement_lines where statement_id = ${statementId}`;
  const total = lines ?? (await sql<{ line_count: number }[]>`select line_count from bank_statements where id = ${statementId}`)[0]?.line_count ?? c.n;
  return { statementsId: statementId, lines: total, newLines: c.n, duplicates: total - c.n, posted: c.posted, unmatched: c.unmatched, other: c.other };
}

interface LoanLookupRow {
  id: string;
  number: string;
  status: string;
  currency: string;
  key: string;
}
const ref = (r: { id: string; number: string; status: string; currency: string }): LoanRef => ({ loanId: r.id, loanNumber: r.number, status: r.status, currency: r.currency });

function groupOwners(rows: { k: string; party_id: string; id: string; number: string; status: string; currency: string }[]) {
  const m = new Map<string, Map<string, LoanRef[]>>();
  for (const r of rows) {
    const byParty = m.get(r.k) ?? new Map<string, LoanRef[]>();
    m.set(r.k, byParty);
    const list = byParty.get(r.party_id) ?? [];
    byParty.set(r.party_id, list);
    if (r.id && !list.some((l) => l.loanId === r.id)) list.push(ref(r));
  }
  return new Map([...m].map(([k, parties]) => [k, [...parties].map(([partyId, loans]) => ({ partyId, loans }))]));
}

const FILE_NUMBER = /^(0|[1-9]\d{0,9})$/;

/**
 * The loans of the files that title keys name: a file's key is `upper(kind code) || number` (as in `CODE NUMBER`).
 * Each key is cut into (kind, number) for every kind code it starts with, and looked up through the unique
 * (kind, number) index: no key is computed per file.
 */
async function loansOfFileKeys(sql: SqlHandle, nkeys: string[]): Promise<LoanLookupRow[]> {
  if (!nkeys.length) return [];
  const kinds = await sql<{ id: string; code: string }[]>`select id, upper(code) as code from receivable_kinds`;
  const kindIds: string[] = [];
  const numbers: string[] = [];
  const keys: string[] = [];
  for (const key of nkeys) {
    for (const k of kinds) {
      if (!key.startsWith(k.code)) continue;
      const rest = key.slice(k.code.length);
      // number::text of an integer file number: no leading zero, within int4
      if (!FILE_NUMBER.test(rest) || Number(rest) > 2147483647) continue;
      kindIds.push(k.id);
      numbers.push(rest);
      keys.push(key);
    }
  }
  if (!keys.length) return [];
  return sql<LoanLookupRow[]>`select l.id, l.number, l.status, l.currency, k.key
    from unnest(${arrayLiteral(kindIds, 'uuid')}::uuid[], ${arrayLiteral(numbers, 'int')}::int[], ${arrayLiteral(keys, 'text')}::text[]) as k(kind_id, number, key)
    join debtor_files df on df.receivable_kind_id = k.kind_id and df.number = k.number join loans l on l.file_id = df.id`;
}

type OwnerRow = { k: string; party_id: string; id: string; number: string; status: string; currency: string };

/** The look-ups of rules 1, 2 and 4 (payer account): one query each for all lines. */
async function accountLookups(sql: SqlHandle, accounts: string[], vss: string[], payers: string[]): Promise<Pick<MatchLookups, 'byRepaymentAccount' | 'byVariableSymbol' | 'byPayerAccount'>> {
  const [byAcc, byVs, payerRows] = await Promise.all([
    accounts.length
      ? sql<LoanLookupRow[]>`select id, number, status, currency, repayment_account_key as key from loans where repayment_account_key = any(${arrayLiteral(accounts, 'text')}::text[])`
      : [],
    vss.length ? sql<LoanLookupRow[]>`select id, number, status, currency, variable_symbol as key from loans where variable_symbol = any(${arrayLiteral(vss, 'text')}::text[])` : [],
    payers.length
      ? sql<OwnerRow[]>`
          with payers as (
            select distinct sl.counterparty_account as k, fp.party_id from bank_statement_lines sl
            join loans l0 on l0.id = sl.loan_id join file_parties fp on fp.file_id = l0.file_id and fp.role = 'BORROWER'
            where sl.status = 'POSTED' and sl.counterparty_account = any(${arrayLiteral(payers, 'text')}::text[]))
          select p.k, p.party_id, l.id, l.number, l.status, l.currency from payers p
          join file_parties fp on fp.party_id = p.party_id and fp.role in ('BORROWER', 'CO_BORROWER') join loans l on l.file_id = fp.file_id`
      : [],
  ]);
  return {
    byRepaymentAccount: new Map(byAcc.map((r) => [r.key, ref(r)])),
    byVariableSymbol: new Map(byVs.map((r) => [r.key, ref(r)])),
    byPayerAccount: groupOwners(payerRows),
  };
}

/** The look-ups of rules 3 (loan and file numbers in titles) and 4 (PESEL in titles): one query each for all lines. */
async function titleLookups(sql: SqlHandle, nkeys: string[], pesels: string[]): Promise<Pick<MatchLookups, 'byNumberKey' | 'byPesel'>> {
  const [byNum, byFile, peselRows] = await Promise.all([
    nkeys.length ? sql<LoanLookupRow[]>`select id, number, status, currency, number_key as key from loans where number_key = any(${arrayLiteral(nkeys, 'text')}::text[])` : [],
    loansOfFileKeys(sql, nkeys),
    pesels.length
      ? sql<OwnerRow[]>`
          select p.national_id as k, p.id as party_id, l.id, l.number, l.status, l.currency from parties p
          join file_parties fp on fp.party_id = p.id and fp.role in ('BORROWER', 'CO_BORROWER') join loans l on l.file_id = fp.file_id
          where p.national_id = any(${arrayLiteral(pesels, 'text')}::text[])`
      : [],
  ]);
  const byNumberKey = new Map<string, { kind: 'LOAN' | 'FILE'; loans: LoanRef[] }>();
  for (const r of byNum) {
    const e = byNumberKey.get(r.key) ?? { kind: 'LOAN' as const, loans: [] };
    e.loans.push(ref(r));
    byNumberKey.set(r.key, e);
  }
  for (const r of byFile) {
    if (byNumberKey.get(r.key)?.kind === 'LOAN') continue;
    const e = byNumberKey.get(r.key) ?? { kind: 'FILE' as const, loans: [] };
    e.loans.push(ref(r));
    byNumberKey.set(r.key, e);
  }
  return { byNumberKey, byPesel: groupOwners(peselRows) };
}

/**
 * Matches every NEW line (lines an import stores come matched; NEW lines are left by an import of an earlier version)
 * and posts every PENDING part. Idempotent: safe to run again after a crash.
 */
async function processPendingLines(ctx: Context, opts: { concurrency?: number } = {}): Promise<{ matched: number; unmatched: number; posted: number; refused: number }> {
  const fresh = await ctx.sql<LineRow[]>`select * from bank_statement_lines where status = 'NEW' order by id`;
  let matched = 0;
  let unmatched = 0;
  const byAccount = new Map<string, LineRow[]>();
  for (const l of fresh) byAccount.set(l.account, [...(byAccount.get(l.account) ?? []), l]);
  for (const [account, rows] of byAccount) {
    const domainLines = rows.map(toDomainLine);
    const { decisions, lookups } = await decideLines(ctx.sql, account, domainLines);
    const payers = await payersOf(ctx.sql, domainLines, decisions, lookups);
    matched += decisions.filter((d) => d.matched).length;
    unmatched += decisions.filter((d) => !d.matched).length;
    await ctx.sql.begin(async (txRaw) => {
      const tx = txRaw;
      await storeDecisions(
        tx,
        rows.map((l, i) => ({ l, d: decisions[i]!, payer: payers[i] ?? null })),
        actorLabelOf(ctx),
      );
    });
  }
  const { posted, refused } = await postPendingParts(ctx, opts.concurrency ?? STATEMENT_POSTING_CONCURRENCY);
  return { matched, unmatched, posted, refused };
}

/** Loans posted at a time (parallel across loans, in booking order within a loan); the bench's direct baseline uses the same. */
export const STATEMENT_POSTING_CONCURRENCY = 4;

function toDomainLine(l: LineRow): StatementLine {
  return {
    ordinal: l.ordinal,
    bookingDate: l.booking_date,
    valueDate: l.value_date,
    direction: l.direction,
    amount: l.amount,
    currency: l.currency,
    bankReference: l.bank_reference,
    counterpartyName: l.counterparty_name,
    counterpartyAccount: l.counterparty_account,
    creditedAccount: l.credited_account,
    title: l.title,
    variableSymbol: l.variable_symbol,
    transactionCode: l.transaction_code,
    raw: l.raw,
  };
}

async function storeDecisions(tx: SqlHandle, decisions: { l: LineRow; d: MatchDecision; payer: PayerCheck | null }[], by: string) {
  const ids = decisions.map((x) => x.l.id);
  const col = <T>(f: (x: (typeof decisions)[number]) => T, type: string) => arrayLiteral(decisions.map(f), type);
  await tx`
    update bank_statement_lines s set status = u.status, match_rule = u.rule, match_reason = u.reason, match_detail = u.detail,
      loan_id = u.loan_id, candidate_loan_ids = coalesce(string_to_array(nullif(u.cands, ''), ',')::uuid[], '{}'), payer_relation = u.payer_relation,
      payer_detail = u.payer_detail, decided_by = 'auto', decided_at = now()
    from unnest(${arrayLiteral(ids, 'bigint')}::bigint[], ${col((x) => (x.d.matched ? 'MATCHED' : 'UNMATCHED'), 'text')}::text[], ${col((x) => x.d.rule, 'text')}::text[],
      ${col((x) => x.d.reason, 'text')}::text[], ${col((x) => x.d.detail, 'text')}::text[], ${col((x) => x.d.loan?.loanId ?? null, 'uuid')}::uuid[],
      ${col((x) => x.d.candidates.map((c) => c.loanId).join(','), 'text')}::text[], ${col((x) => x.payer?.relation ?? null, 'text')}::text[],
      ${col((x) => x.payer?.detail ?? null, 'text')}::text[])
      as u(id, status, rule, reason, detail, loan_id, cands, payer_relation, payer_detail)
    where s.id = u.id and s.status = 'NEW'`;
  const m = decisions.filter((x) => x.d.matched);
  if (m.length) {
    await tx`
      insert into bank_line_postings (line_id, generation, part, loan_id, amount, created_by)
      select u.line_id, 0, 1, u.loan_id, u.amount, ${by} from unnest(${arrayLiteral(
        m.map((x) => x.l.id),
        'bigint',
      )}::bigint[], ${arrayLiteral(
        m.map((x) => x.d.loan!.loanId),
        'uuid',
      )}::uuid[], ${arrayLiteral(
        m.map((x) => x.l.amount),
        'numeric',
      )}::numeric[])
        as u(line_id, loan_id, amount)
      on conflict (line_id, generation, part) do nothing`;
  }
}

interface PendingPart {
  id: string;
  line_id: string;
  generation: number;
  part: number;
  loan_id: string;
  amount: string;
  booking_date: string;
  title: string;
  bank_reference: string | null;
  created_by: string;
  counterparty_name: string | null;
  counterparty_account: string | null;
  payer_relation: string | null;
}

const REFUSAL_REASON: Record<string, string> = {
  'payment.exceedsPayoff': 'AMOUNT_ABOVE_PAYOFF',
  'date.future': 'BOOKING_DATE_IN_FUTURE',
  'date.beforeDisbursement': 'BEFORE_DISBURSEMENT',
  'loan.notDisbursed': 'LOAN_NOT_DISBURSED',
};

function partKey(lineId: string, generation: number, part: number): string {
  return `stmt:${lineId}:${generation}:${part}`;
}

async function postPart(ctx: Context, p: PendingPart, accept: boolean) {
  return postPayment(
    ctx,
    {
      loanId: p.loan_id,
      clientId: null,
      paymentDate: p.booking_date,
      amountPaid: p.amount,
      paymentMethod: 'BANK_TRANSFER',
      idempotencyKey: partKey(p.line_id, p.generation, p.part),
      description: p.title.slice(0, 500) || null,
      externalId: null,
      payer: p.payer_relation ? { name: p.counterparty_name, account: p.counterparty_account, relation: p.payer_relation as PayerCheck['relation'] } : null,
    },
    { requireClient: false, createdBy: p.created_by, overpaymentGuard: { accept } },
  );
}

/**
 * Posts PENDING automatic parts, in parallel across loans and in booking order within a loan. Each part is one
 * postPayment (its own transaction, idempotency key stmt:<line>:<generation>:<part>); the parts and lines posted are
 * marked POSTED set-based, in batches. A crash between a payment and its mark loses nothing: the next run posts the
 * part again and the payment service answers with the payment already posted (replay), never a second one.
 */
async function postPendingParts(ctx: Context, concurrency: number): Promise<{ posted: number; refused: number }> {
  const parts = await ctx.sql<PendingPart[]>`
    select p.id, p.line_id, p.generation, p.part, p.loan_id, p.amount, l.booking_date, l.title, l.bank_reference, p.created_by,
      l.counterparty_name, l.counterparty_account, l.payer_relation
    from bank_line_postings p join bank_statement_lines l on l.id = p.line_id
    where p.status = 'PENDING' and l.status = 'MATCHED' order by l.booking_date, p.line_id, p.part`;
  const byLoan = new Map<string, PendingPart[]>();
  for (const p of parts) {
    const q = byLoan.get(p.loan_id);
    if (q) q.push(p);
    else byLoan.set(p.loan_id, [p]);
  }
  const queues = [...byLoan.values()];
  let posted = 0;
  let refused = 0;
  let done: { partId: string; paymentId: string }[] = [];
  const flush = async () => {
    if (!done.length) return;
    const batch = done;
    done = [];
    // one statement (atomic): the parts and their lines are marked together
    await ctx.sql`with part as (
        update bank_line_postings p set status = 'POSTED', payment_id = u.payment_id
        from unnest(${arrayLiteral(
          batch.map((d) => d.partId),
          'bigint',
        )}::bigint[], ${arrayLiteral(
          batch.map((d) => d.paymentId),
          'uuid',
        )}::uuid[]) as u(id, payment_id)
        where p.id = u.id and p.status = 'PENDING' returning p.line_id, p.payment_id)
      update bank_statement_lines l set status = 'POSTED', payment_id = part.payment_id from part where l.id = part.line_id and l.status = 'MATCHED'`;
  };
  let flushing: Promise<void> = Promise.resolve();
  const worker = async () => {
    for (let q = queues.shift(); q; q = queues.shift()) {
      for (const p of q) {
        try {
          const res = await postPart(ctx, p, false);
          done.push({ partId: p.id, paymentId: res.payment.id });
          posted++;
          if (done.length >= 500) flushing = flushing.then(flush);
        } catch (e) {
          const fields = (e as { extensions?: { code?: string; fields?: { rule: string; message: string }[] } }).extensions;
          if (fields?.code !== 'BAD_USER_INPUT') throw e;
          const issue = fields.fields?.[0];
          await ctx.sql.begin(async (txRaw) => {
            const tx = txRaw;
            await tx`update bank_line_postings set status = 'REFUSED' where id = ${p.id}`;
            await tx`update bank_statement_lines set status = 'UNMATCHED', match_reason = ${REFUSAL_REASON[issue?.rule ?? ''] ?? 'POSTING_REFUSED'},
              match_detail = ${issue?.message ?? (e as Error).message}, candidate_loan_ids = array[${p.loan_id}::uuid], loan_id = null
              where id = ${p.line_id} and status = 'MATCHED'`;
          });
          refused++;
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queues.length)) }, worker));
  } finally {
    await flushing;
    await flush();
  }
  return { posted, refused };
}

async function lockLine(tx: SqlHandle, lineId: string, field = 'lineId'): Promise<LineRow> {
  if (!/^\d{1,18}$/.test(lineId)) throw BadUserInput.field(field, 'id.format', 'Line id is not a valid id');
  const [l] = await tx<LineRow[]>`select * from bank_statement_lines where id = ${lineId} for update`;
  if (!l) throw new NotFound('Statement line');
  return l;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Assigns an unmatched credit line to one loan, or splits it across several (each part posted once). */
export async function assignLine(ctx: Context, lineId: string, parts: { loanId: string; amount: string }[], opts: { acceptOverpayment?: boolean } = {}): Promise<LineRow> {
  const issues = new IssueCollector();
  if (!parts.length) issues.add('input.parts', 'required', 'Name at least one loan');
  if (parts.length > 20) issues.add('input.parts', 'maxItems', 'At most 20 parts', { max: 20 });
  parts.forEach((p, i) => {
    if (!UUID.test(p.loanId)) issues.add(`input.parts[${i}].loanId`, 'id.format', 'Loan id is not a valid id');
    const a = validateAmount(p.amount, { field: `input.parts[${i}].amount`, allowZero: false });
    if (!a.ok) issues.addAll(a.issues);
  });
  issues.throwIfAny();
  const by = actorLabelOf(ctx);
  // reserve the parts under the line's lock: a second assignment of the same line is refused
  const { line, pending } = await ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const line = await lockLine(tx, lineId, 'input.lineId');
    if (line.status !== 'UNMATCHED') throw new Conflict(`The line is ${line.status}; only unmatched lines can be assigned`, { status: line.status });
    if (line.direction !== 'CREDIT') throw BadUserInput.field('input.lineId', 'statementLine.debit', 'A debit line (outgoing transfer or return) cannot be posted as a repayment');
    const total = sumMoney(parts.map((p) => p.amount));
    if (compareMoney(total, line.amount) !== 0) {
      throw BadUserInput.field('input.parts', 'statementLine.splitSum', `The parts add up to ${total} ${line.currency}, the transfer is ${line.amount} ${line.currency}`, {
        total,
        amount: line.amount,
        currency: line.currency,
      });
    }
    const loans = await tx<{ id: string; currency: string; status: string; number: string }[]>`select id, currency, status, number from loans where id = any(${arrayLiteral(
      parts.map((p) => p.loanId),
      'uuid',
    )}::uuid[])`;
    parts.forEach((p, i) => {
      const l = loans.find((x) => x.id === p.loanId);
      if (!l) issues.add(`input.parts[${i}].loanId`, 'loan.notFound', 'No such loan');
      else if (l.currency !== line.currency)
        issues.add(`input.parts[${i}].loanId`, 'statementLine.currency', `Loan ${l.number} is in ${l.currency}, the transfer in ${line.currency}`, {
          loanCurrency: l.currency,
          currency: line.currency,
        });
    });
    issues.throwIfAny();
    const generation = line.generation + 1;
    // who paid, compared with the borrowers of every loan named: a borrower of any of them is the borrower
    const checks = await payerChecks(
      tx,
      parts.map(() => ({ counterpartyName: line.counterparty_name, counterpartyAccount: line.counterparty_account })),
      parts.map((p) => p.loanId),
    );
    const payer = checks.find((c) => c?.relation === 'BORROWER') ?? checks.find((c) => c?.relation === 'THIRD_PARTY') ?? checks[0] ?? null;
    const pending: PendingPart[] = [];
    for (const [i, p] of parts.entries()) {
      const [row] = await tx<{ id: string }[]>`insert into bank_line_postings (line_id, generation, part, loan_id, amount, created_by)
        values (${line.id}, ${generation}, ${i + 1}, ${p.loanId}, ${p.amount}, ${by}) returning id`;
      pending.push({
        id: row.id,
        line_id: line.id,
        generation,
        part: i + 1,
        loan_id: p.loanId,
        amount: p.amount,
        booking_date: line.booking_date,
        title: line.title,
        bank_reference: line.bank_reference,
        created_by: by,
        counterparty_name: line.counterparty_name,
        counterparty_account: line.counterparty_account,
        payer_relation: payer?.relation ?? null,
      });
    }
    await tx`update bank_statement_lines set generation = ${generation}, status = 'MATCHED', match_rule = 'MANUAL', match_reason = ${parts.length > 1 ? 'SPLIT' : 'ASSIGNED'},
      match_detail = ${`Assigned by ${by}`}, loan_id = ${parts[0].loanId}, payer_relation = ${payer?.relation ?? null}, payer_detail = ${payer?.detail ?? null},
      decided_by = ${by}, decided_at = now() where id = ${line.id}`;
    return { line, pending };
  });
  const done: { partId: string; paymentId: string }[] = [];
  try {
    for (const p of pending) {
      const res = await postPart(ctx, p, opts.acceptOverpayment === true);
      await ctx.sql`update bank_line_postings set status = 'POSTED', payment_id = ${res.payment.id} where id = ${p.id}`;
      done.push({ partId: p.id, paymentId: res.payment.id });
    }
  } catch (e) {
    // a part was refused (e.g. above the payoff): the parts already posted are reversed, the line goes back to the queue
    for (const d of done) {
      await reversePayment(ctx, d.paymentId, `Statement line ${line.id}: another part of the split was refused`);
      await ctx.sql`update bank_line_postings set status = 'REVERSED' where id = ${d.partId}`;
    }
    await ctx.sql`update bank_line_postings set status = 'REFUSED' where line_id = ${line.id} and generation = ${pending[0].generation} and status = 'PENDING'`;
    await ctx.sql`update bank_statement_lines set status = 'UNMATCHED', loan_id = null, match_rule = null, match_reason = ${line.match_reason}, match_detail = ${line.match_detail} where id = ${line.id}`;
    throw e;
  }
  const [after] = await ctx.sql<LineRow[]>`update bank_statement_lines set status = 'POSTED', payment_id = ${done[0].paymentId} where id = ${line.id} returning *`;
  await audit(
    ctx,
    parts.length > 1 ? 'SPLIT' : 'ASSIGN',
    'bank_statement_line',
    line.id,
    { status: line.status, reason: line.match_reason },
    { status: 'POSTED', parts: parts.map((p, i) => ({ ...p, paymentId: done[i].paymentId })) },
  );
  return after;
}

/** Marks an unmatched line as returned to the payer or as not ours (never posted). */
export async function markLine(ctx: Context, lineId: string, status: 'RETURNED' | 'NOT_OURS', note: string | null): Promise<LineRow> {
  if (note && note.length > 500) throw BadUserInput.field('note', 'maxLength', 'Note may have at most 500 characters', { max: 500 });
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const line = await lockLine(tx, lineId);
    if (line.status !== 'UNMATCHED') throw new Conflict(`The line is ${line.status}; only unmatched lines can be marked`, { status: line.status });
    const by = actorLabelOf(ctx);
    const [after] = await tx<LineRow[]>`update bank_statement_lines set status = ${status}, note = ${note?.trim() || null}, decided_by = ${by}, decided_at = now() where id = ${line.id} returning *`;
    await audit(ctx, status === 'RETURNED' ? 'MARK_RETURNED' : 'MARK_NOT_OURS', 'bank_statement_line', line.id, { status: line.status }, { status, note: note?.trim() || null }, tx);
    return after;
  });
}

/** Undoes a wrong match: every payment posted from the line is reversed (never deleted), the line goes back to the queue. */
export async function undoLineMatch(ctx: Context, lineId: string, reason: string): Promise<LineRow> {
  if (!reason?.trim()) throw BadUserInput.field('reason', 'required', 'A reason is required to undo a match');
  if (reason.length > 500) throw BadUserInput.field('reason', 'maxLength', 'Reason may have at most 500 characters', { max: 500 });
  const line = await ctx.sql.begin(async (txRaw) => lockLine(txRaw, lineId));
  if (line.status !== 'POSTED') throw new Conflict(`The line is ${line.status}; only posted lines can be undone`, { status: line.status });
  const parts = await ctx.sql<{ id: string; payment_id: string }[]>`select id, payment_id from bank_line_postings where line_id = ${line.id} and generation = ${line.generation} and status = 'POSTED'`;
  for (const p of parts) {
    const [pay] = await ctx.sql<{ status: string }[]>`select status from payments where id = ${p.payment_id}`;
    if (pay?.status === 'POSTED') await reversePayment(ctx, p.payment_id, `Statement line ${line.id} unmatched: ${reason.trim()}`);
    await ctx.sql`update bank_line_postings set status = 'REVERSED' where id = ${p.id}`;
  }
  const by = actorLabelOf(ctx);
  const [after] = await ctx.sql<LineRow[]>`update bank_statement_lines set status = 'UNMATCHED', payment_id = null, loan_id = null, match_reason = 'UNDONE',
    match_detail = ${reason.trim()}, candidate_loan_ids = ${arrayLiteral(line.loan_id ? [line.loan_id] : [], 'uuid')}::uuid[], decided_by = ${by}, decided_at = now()
    where id = ${line.id} returning *`;
  await audit(
    ctx,
    'UNDO_MATCH',
    'bank_statement_line',
    line.id,
    { status: 'POSTED', loanId: line.loan_id, paymentId: line.payment_id, rule: line.match_rule },
    { status: 'UNMATCHED', reason: reason.trim(), reversed: parts.map((p) => p.payment_id) },
  );
  return after;
}

export interface LineFilter {
  statementId?: string | null;
  statuses?: string[] | null;
  search?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  limit?: number | null;
}

export async function listLines(sql: SqlHandle, f: LineFilter): Promise<LineRow[]> {
  const limit = Math.min(Math.max(f.limit ?? 200, 1), 1000);
  const q = f.search?.trim() ? `%${f.search.trim().replace(/[%_\\]/g, (c) => '\\' + c)}%` : null;
  const statuses = f.statuses?.length ? arrayLiteral(f.statuses, 'text') : null;
  if (f.statementId && !UUID.test(f.statementId)) throw BadUserInput.field('filter.statementId', 'id.format', 'Statement id is not a valid id');
  return sql<LineRow[]>`
    select * from bank_statement_lines
    where (${f.statementId ?? null}::uuid is null or statement_id = ${f.statementId ?? null}::uuid)
      and (${statuses}::text[] is null or status = any(${statuses}::text[]))
      and (${q}::text is null or title ilike ${q} or counterparty_name ilike ${q} or counterparty_account ilike ${q} or amount::text = ${f.search?.trim() ?? ''})
      and (${f.dateFrom ?? null}::date is null or booking_date >= ${f.dateFrom ?? null}::date)
      and (${f.dateTo ?? null}::date is null or booking_date <= ${f.dateTo ?? null}::date)
    order by ${f.statementId ? sql`ordinal` : sql`booking_date desc, id desc`}
    limit ${limit}`;
}

export async function listStatements(sql: SqlHandle, limit = 50): Promise<StatementRow[]> {
  return sql<StatementRow[]>`select * from bank_statements order by received_at desc limit ${Math.min(Math.max(limit, 1), 500)}`;
}

export async function getStatement(sql: SqlHandle, id: string): Promise<StatementRow> {
  if (!UUID.test(id)) throw BadUserInput.field('id', 'id.format', 'Statement id is not a valid id');
  const [s] = await sql<StatementRow[]>`select * from bank_statements where id = ${id}`;
  if (!s) throw new NotFound('Statement');
  return s;
}

export async function getLine(sql: SqlHandle, id: string): Promise<LineRow> {
  if (!/^\d{1,18}$/.test(id)) throw BadUserInput.field('id', 'id.format', 'Line id is not a valid id');
  const [l] = await sql<LineRow[]>`select * from bank_statement_lines where id = ${id}`;
  if (!l) throw new NotFound('Statement line');
  return l;
}

export interface Suggestion {
  loanId: string;
  loanNumber: string;
  status: string;
  currency: string;
  /** 0–100 */
  score: number;
  reason: string;
}

/**
 * Suggested loans for an unmatched line, best first: the loans a rule named but refused (score 90), loans whose
 * number contains a number of the title (70), loans of borrowers whose surname is in the payer's name and whose
 * installment equals the amount (60) or not (30).
 */
export async function suggestionsFor(sql: SqlHandle, line: LineRow): Promise<Suggestion[]> {
  const out = new Map<string, Suggestion>();
  const add = (rows: { id: string; number: string; status: string; currency: string }[], score: number, reason: string) => {
    for (const r of rows) {
      const cur = out.get(r.id);
      if (!cur || cur.score < score) out.set(r.id, { loanId: r.id, loanNumber: r.number, status: r.status, currency: r.currency, score, reason });
    }
  };
  if (line.candidate_loan_ids.length) {
    add(await sql`select id, number, status, currency from loans where id = any(${arrayLiteral(line.candidate_loan_ids, 'uuid')}::uuid[])`, 90, line.match_reason ?? 'CANDIDATE');
  }
  const digits = [...new Set((line.title.match(/\d{3,}/g) ?? []).filter((d) => d.length >= 4))].slice(0, 5);
  if (digits.length) {
    add(
      await sql`select id, number, status, currency from loans where regexp_replace(number, '\\D', '', 'g') like any(${arrayLiteral(
        digits.map((d) => `%${d}%`),
        'text',
      )}::text[]) limit 10`,
      70,
      'NUMBER_IN_TITLE',
    );
  }
  const words = [
    ...new Set(
      (line.counterparty_name ?? '')
        .split(/[\s,.]+/)
        .filter((w) => w.length >= 3)
        .map((w) => w.toLowerCase()),
    ),
  ].slice(0, 6);
  if (words.length) {
    const rows = await sql<{ id: string; number: string; status: string; currency: string; same: boolean }[]>`
      select distinct l.id, l.number, l.status, l.currency,
        exists (select 1 from installments i where i.loan_id = l.id and i.version = l.schedule_version and i.total = ${line.amount}::numeric) as same
      from parties p join file_parties fp on fp.party_id = p.id and fp.role in ('BORROWER', 'CO_BORROWER') join loans l on l.file_id = fp.file_id
      where lower(p.last_name) = any(${arrayLiteral(words, 'text')}::text[]) and l.status in ('ACTIVE', 'TERMINATED') and l.currency = ${line.currency}
      limit 20`;
    add(
      rows.filter((r) => r.same),
      60,
      'PAYER_NAME_AND_INSTALLMENT',
    );
    add(
      rows.filter((r) => !r.same),
      30,
      'PAYER_NAME',
    );
  }
  return [...out.values()].sort((a, b) => b.score - a.score || a.loanNumber.localeCompare(b.loanNumber)).slice(0, 10);
}

export async function queueCounts(sql: SqlHandle): Promise<{ unmatched: number; posted: number; returned: number; notOurs: number; statements: number; gaps: number }> {
  const [c] = await sql<{ unmatched: number; posted: number; returned: number; not_ours: number }[]>`
    select count(*) filter (where status in ('UNMATCHED', 'NEW', 'MATCHED'))::int as unmatched, count(*) filter (where status = 'POSTED')::int as posted,
      count(*) filter (where status = 'RETURNED')::int as returned, count(*) filter (where status = 'NOT_OURS')::int as not_ours from bank_statement_lines`;
  const [s] = await sql<{ n: number; gaps: number }[]>`select count(*)::int as n, count(*) filter (where sequence_gap is not null)::int as gaps from bank_statements`;
  return { unmatched: c.unmatched, posted: c.posted, returned: c.returned, notOurs: c.not_ours, statements: s.n, gaps: s.gaps };
}

/** Loan numbers of the lines' loans (one query). */
export async function loanNumbersOf(sql: SqlHandle, lines: Pick<LineRow, 'loan_id'>[]): Promise<Map<string, string>> {
  const ids = [...new Set(lines.map((l) => l.loan_id).filter((x): x is string => !!x))];
  if (!ids.length) return new Map();
  const rows = await sql<{ id: string; number: string }[]>`select id, number from loans where id = any(${arrayLiteral(ids, 'uuid')}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.number]));
}

/**
 * Start-up step: an import interrupted by a crash left lines NEW or MATCHED with PENDING parts; they are matched and
 * posted now (a part the crash interrupted after posting is answered by the payment service's replay of its key).
 */
export async function resumeStatementImports(ctx: Context): Promise<{ matched: number; unmatched: number; posted: number; refused: number }> {
  const res = await processPendingLines(ctx);
  await ctx.sql`update bank_statements set status = 'IMPORTED', completed_at = now() where status = 'IMPORTING'
    and not exists (select 1 from bank_statement_lines l where l.statement_id = bank_statements.id and l.status in ('NEW', 'MATCHED'))`;
  return res;
}
