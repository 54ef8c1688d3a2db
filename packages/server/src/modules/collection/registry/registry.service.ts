import type postgres from 'postgres';
import type { SqlHandle } from '../../../db/client.js';
import { BadUserInput } from '../../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../common/index.js';
import { isUuid } from '../common.js';
import { fixDates, loadNoticeRows, noticeColumns, noticeJoins, noticeRelations, type NoticeRow } from '../notices/notices.service.js';
import type { NoticeFilter } from './registry.types.js';

type Frag = postgres.PendingQuery<postgres.Row[]>;

const SENT_DAY = (sql: SqlHandle) => sql`(n.sent_at at time zone 'Europe/Warsaw')::date`;

/** WHERE of the registry (alias n, f, k) for every filter of COLL-5. */
export function registryWhere(sql: SqlHandle, f: NoticeFilter | null | undefined): Frag {
  const c: Frag[] = [sql`true`];
  if (!f) return c[0];
  if (f.fileNumber && !f.kindCode) {
    throw BadUserInput.field('filter.fileNumber', 'filter.fileNumberNeedsKind', 'The file number filter needs a receivable kind');
  }
  if (f.ids) {
    const ids = f.ids.filter(isUuid);
    c.push(sql`n.id = any(${ids}::uuid[])`);
  }
  if (f.kindCode) c.push(sql`k.code = ${f.kindCode.trim().toUpperCase()}`);
  if (f.fileNumber) {
    const num = Number(f.fileNumber.trim());
    if (!Number.isInteger(num)) throw BadUserInput.field('filter.fileNumber', 'filter.fileNumber', 'File number must be a whole number');
    c.push(sql`f.number = ${num}`);
  }
  if (f.fileId) c.push(isUuid(f.fileId) ? sql`n.file_id = ${f.fileId}` : sql`false`);
  if (f.partyId) c.push(isUuid(f.partyId) ? sql`n.party_id = ${f.partyId}` : sql`false`);
  if (f.createdFrom) c.push(sql`n.created_on >= ${f.createdFrom}`);
  if (f.createdTo) c.push(sql`n.created_on <= ${f.createdTo}`);
  if (f.sentFrom) c.push(sql`${SENT_DAY(sql)} >= ${f.sentFrom}`);
  if (f.sentTo) c.push(sql`${SENT_DAY(sql)} <= ${f.sentTo}`);
  if (f.channel) c.push(sql`n.channel = ${f.channel}`);
  if (f.reason) c.push(sql`n.reason = ${f.reason}`);
  if (f.sendStatus) c.push(sql`n.send_status = ${f.sendStatus}`);
  if (f.deliveryStatus) c.push(sql`n.delivery_status = ${f.deliveryStatus.trim().toUpperCase()}`);
  if (f.settlementStatus) c.push(sql`n.settlement_status = ${f.settlementStatus}`); // stored, kept true by triggers
  if (f.createdBy) c.push(isUuid(f.createdBy) ? sql`n.created_by = ${f.createdBy}` : sql`false`);
  if (f.templateId) c.push(isUuid(f.templateId) ? sql`n.template_id = ${f.templateId}` : sql`false`);
  if (f.templateName) c.push(sql`n.template_id in (select t2.id from notice_templates t2 where t2.name = ${f.templateName.trim()})`);
  if (f.promiseFrom) c.push(sql`n.promise_date >= ${f.promiseFrom}`);
  if (f.promiseTo) c.push(sql`n.promise_date <= ${f.promiseTo}`);
  if (f.hasPromise === true) c.push(sql`n.promise_date is not null`);
  if (f.hasPromise === false) c.push(sql`n.promise_date is null`);
  if (f.loanId) c.push(isUuid(f.loanId) ? sql`exists (select 1 from notice_items ni where ni.notice_id = n.id and ni.loan_id = ${f.loanId})` : sql`false`);
  if (f.currency) c.push(sql`n.file_id in (select f2.id from debtor_files f2 join receivable_kinds k2 on k2.id = f2.receivable_kind_id where k2.currency = ${f.currency.trim().toUpperCase()})`);
  return c.reduce((a, b) => sql`${a} and ${b}`);
}

/**
 * WHERE over the totals rollup (alias t: notice_totals ∪ notice_totals_delta) for a filter that only uses the rollup's
 * dimensions; null when the filter needs the notices themselves (ids, file, party: selective, counted directly).
 */
export function rollupWhere(sql: SqlHandle, f: NoticeFilter | null | undefined): Frag | null {
  if (!f) return sql`true`;
  if (f.ids || f.fileNumber || f.fileId || f.partyId) return null;
  // not dimensions of the rollup: counted on the notices themselves
  if (f.templateId || f.templateName || f.promiseFrom || f.promiseTo || f.hasPromise != null || f.loanId) return null;
  const c: Frag[] = [sql`true`];
  if (f.kindCode) c.push(sql`t.kind_id = (select id from receivable_kinds where code = ${f.kindCode.trim().toUpperCase()})`);
  // a kind's currency cannot change once it has files (dictionaries.service), so the kind in the key fixes the currency
  if (f.currency) c.push(sql`t.kind_id in (select id from receivable_kinds where currency = ${f.currency.trim().toUpperCase()})`);
  if (f.createdFrom) c.push(sql`t.created_on >= ${f.createdFrom}`);
  if (f.createdTo) c.push(sql`t.created_on <= ${f.createdTo}`);
  if (f.sentFrom) c.push(sql`t.sent_day >= ${f.sentFrom}`);
  if (f.sentTo) c.push(sql`t.sent_day <= ${f.sentTo}`);
  if (f.channel) c.push(sql`t.channel = ${f.channel}`);
  if (f.reason) c.push(sql`t.reason = ${f.reason}`);
  if (f.sendStatus) c.push(sql`t.send_status = ${f.sendStatus}`);
  if (f.deliveryStatus) c.push(sql`t.delivery_status = ${f.deliveryStatus.trim().toUpperCase()}`);
  if (f.settlementStatus) c.push(sql`t.settlement_status = ${f.settlementStatus}`);
  if (f.createdBy) c.push(isUuid(f.createdBy) ? sql`t.created_by = ${f.createdBy}` : sql`false`);
  return c.reduce((a, b) => sql`${a} and ${b}`);
}

const ROLLUP_COLS = 'kind_id, channel, reason, send_status, delivery_status, settlement_status, created_on, sent_day, created_by, notices, amount';

/** Count and amount of one currency of the matching notices (the currency of the file's receivable kind). */
export interface CurrencyTotal {
  currency: string;
  count: number;
  amount: string;
}

export interface RegistryTotals {
  count: number;
  /** Σ of the amounts when the matching notices are all in one currency (or none match: 0.00); null when they span several */
  amount: string | null;
  byCurrency: CurrencyTotal[];
}

/** The totals of a filter from its per-currency rows (ordered by currency); money is never added across currencies. */
function totalsOf(byCurrency: CurrencyTotal[]): RegistryTotals {
  return {
    count: byCurrency.reduce((n, r) => n + r.count, 0),
    amount: byCurrency.length === 0 ? '0.00' : byCurrency.length === 1 ? byCurrency[0].amount : null,
    byCurrency,
  };
}

/** Total count and amount per currency of the notices matching the filter: from the rollup when it can answer, else counted. */
export async function registryTotals(sql: SqlHandle, filter: NoticeFilter | null | undefined): Promise<RegistryTotals> {
  const rw = rollupWhere(sql, filter);
  const rows = rw
    ? await sql<CurrencyTotal[]>`
        select k.currency, sum(t.notices)::int as count, sum(t.amount)::numeric(17,2)::text as amount
        from (select ${sql.unsafe(ROLLUP_COLS)} from notice_totals union all select ${sql.unsafe(ROLLUP_COLS)} from notice_totals_delta) t
        join receivable_kinds k on k.id = t.kind_id
        where ${rw} group by k.currency having sum(t.notices) <> 0 order by k.currency`
    : await sql<CurrencyTotal[]>`
        select k.currency, count(*)::int as count, sum(n.total_amount)::numeric(17,2)::text as amount ${fromNotices(sql, true)}
        where ${registryWhere(sql, filter)} group by k.currency order by k.currency`;
  return totalsOf(rows);
}

/** Folds the rollup's deltas into notice_totals (migration 0009); returns the number of delta rows folded. */
export async function compactNoticeTotals(sql: SqlHandle): Promise<number> {
  const [r] = await sql<{ folded: string }[]>`select notice_totals_compact()::text as folded`;
  return Number(r.folded);
}

interface SortDef {
  /** one sort value (a row value for a two-column key: compared and ordered as a record in the CTE plans) */
  key: (sql: SqlHandle) => Frag;
  /** a two-column key as its columns (index order), for the index walk: `order by c1, c2, id` and a flat row comparison */
  columns?: (sql: SqlHandle, dir: Frag) => Frag;
  desc: boolean;
  cast: string;
  value: (r: NoticeRow) => unknown;
}

const SORTS: Record<string, SortDef> = {
  // "Data utworzenia" is the notice date everywhere (issue #22): by created_on, then the time the row was recorded
  // (index notices_created_on_idx: created_on, created_at, id)
  CREATED_DESC: { key: createdKey, columns: createdColumns, desc: true, cast: 'date|timestamptz', value: (r) => r.created_key },
  CREATED_ASC: { key: createdKey, columns: createdColumns, desc: false, cast: 'date|timestamptz', value: (r) => r.created_key },
  SENT_DESC: { key: (sql) => sql`coalesce(n.sent_at, '-infinity'::timestamptz)`, desc: true, cast: 'timestamptz', value: (r) => r.sent_at_key },
  ADDRESSEE_ASC: { key: (sql) => sql`n.addressee_name`, desc: false, cast: 'text', value: (r) => r.addressee_name },
  FILE_ASC: { key: (sql) => sql`(k.code || ' ' || lpad(f.number::text, 12, '0'))`, desc: false, cast: 'text', value: (r) => `${r.kind_code} ${String(r.file_number).padStart(12, '0')}` },
  AMOUNT_DESC: { key: (sql) => sql`n.total_amount`, desc: true, cast: 'numeric', value: (r) => r.total_amount },
};

function sortOf(sort: string | null | undefined): SortDef {
  return SORTS[sort ?? 'CREATED_DESC'] ?? SORTS.CREATED_DESC;
}

function createdKey(sql: SqlHandle): Frag {
  return sql`row(n.created_on, n.created_at)`;
}

function createdColumns(sql: SqlHandle, dir: Frag): Frag {
  return sql`n.created_on ${dir}, n.created_at ${dir}`;
}

/** The cursor value of the created sorts: "YYYY-MM-DD|timestamp". */
function createdParts(v: string): [string, string] {
  const at = v.indexOf('|');
  if (at < 0) throw BadUserInput.field('after', 'cursor.invalid', 'The cursor is not valid');
  return [v.slice(0, at), v.slice(at + 1)];
}

function castVal(sql: SqlHandle, cast: string, v: string): Frag {
  if (cast === 'date|timestamptz') {
    const [d, ts] = createdParts(v);
    return sql`row(${d}::date, ${ts}::timestamptz)`;
  }
  if (cast === 'timestamptz') return sql`${v}::timestamptz`;
  if (cast === 'numeric') return sql`${v}::numeric`;
  return sql`${v}::text`;
}

function orderBy(sql: SqlHandle, s: SortDef): Frag {
  if (s.columns) return s.desc ? sql`order by ${s.columns(sql, sql`desc`)}, n.id desc` : sql`order by ${s.columns(sql, sql`asc`)}, n.id asc`;
  return s.desc ? sql`order by ${s.key(sql)} desc, n.id desc` : sql`order by ${s.key(sql)} asc, n.id asc`;
}

/**
 * Up to this many matching notices, the page is found by filtering first and sorting the matches (a materialized CTE);
 * above it, by walking the sort key's index and filtering as it goes. The exact count is known before the page query
 * (from the totals rollup, a few ms), so the plan is chosen on facts rather than on the planner's estimate — which is
 * wrong for ranges correlated with the sort (a month of creation dates sorted by creation time) and cost 200 ms.
 */
export const registryTuning = { filterFirstMax: 100_000 };

/** Does the filter or the sort read the file or its kind (aliases f, k)? Otherwise the page skips those joins. */
function needsFile(filter: NoticeFilter | null | undefined, sort: string | null | undefined): boolean {
  return Boolean(filter?.kindCode || filter?.fileNumber || sort === 'FILE_ASC');
}

function fromNotices(sql: SqlHandle, withFile: boolean): Frag {
  return withFile ? sql`from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id` : sql`from notices n`;
}

/** The registry page (keyset on (sort key, id)) with total count and total amount of all matching notices. */
export async function searchNotices(sql: SqlHandle, filter: NoticeFilter | null | undefined, first: number, after: string | null | undefined, sort: string | null | undefined) {
  const s = sortOf(sort);
  const where = registryWhere(sql, filter);
  const cursor = decodeCursor(after, 2) as [string, string] | null;
  const page = cursor
    ? s.desc
      ? s.columns
        ? sql`and (n.created_on, n.created_at, n.id) < (${createdParts(cursor[0])[0]}::date, ${createdParts(cursor[0])[1]}::timestamptz, ${cursor[1]}::uuid)`
        : sql`and (${s.key(sql)}, n.id) < (${castVal(sql, s.cast, cursor[0])}, ${cursor[1]}::uuid)`
      : s.columns
        ? sql`and (n.created_on, n.created_at, n.id) > (${createdParts(cursor[0])[0]}::date, ${createdParts(cursor[0])[1]}::timestamptz, ${cursor[1]}::uuid)`
        : sql`and (${s.key(sql)}, n.id) > (${castVal(sql, s.cast, cursor[0])}, ${cursor[1]}::uuid)`
    : sql``;
  const withFile = needsFile(filter, sort);
  const dir = s.desc ? sql`desc` : sql`asc`;
  if (!rollupWhere(sql, filter)) {
    // selective filters (ids, one file, one party, one file number): totals and page in ONE round trip
    const rows = await sql<(NoticeRow & { totals_all: CurrencyTotal[] })[]>`
      with a as materialized (select n.id, n.total_amount, k.currency, ${s.key(sql)} as sort_key ${fromNotices(sql, true)} where ${where}),
        m as materialized (select id, sort_key from a where true ${cursor ? sql`and (sort_key, id) ${s.desc ? sql`<` : sql`>`} (${castVal(sql, s.cast, cursor[0])}, ${cursor[1]}::uuid)` : sql``}),
        p as materialized (select id, sort_key from m order by sort_key ${dir}, id ${dir} limit ${first + 1}),
        g as (select currency, count(*)::int as c, sum(total_amount)::numeric(17,2)::text as amt from a group by currency),
        tot as (select coalesce(json_agg(json_build_object('currency', currency, 'count', c, 'amount', amt) order by currency), '[]'::json) as totals_all from g)
      select tot.totals_all, x.* from tot left join lateral (
        select ${noticeColumns(sql)}, p.sort_key as p_sort_key
        from p join notices n on n.id = p.id ${noticeRelations(sql)}) x on true
      order by x.p_sort_key ${dir}, x.id ${dir}`;
    const found = rows.filter((r) => r.id !== null);
    const totals = totalsOf(rows[0]?.totals_all ?? []);
    return {
      nodes: found.slice(0, first).map((r) => fixDates(r)),
      hasNextPage: found.length > first,
      totalCount: totals.count,
      totalAmount: totals.amount,
      totalsByCurrency: totals.byCurrency,
      cursorOf: (r: NoticeRow) => encodeCursor([s.value(r), r.id]),
    };
  }
  const tot = await registryTotals(sql, filter);
  let full: NoticeRow[] = [];
  let hasNextPage = false;
  if (tot.count > 0 && tot.count <= registryTuning.filterFirstMax) {
    // filter first, then sort the matches; the page's full rows come in the same round trip
    const rows = await sql<NoticeRow[]>`
      with m as materialized (select n.id, ${s.key(sql)} as sort_key ${fromNotices(sql, withFile)} where ${where} ${page}),
        p as materialized (select id, sort_key from m order by sort_key ${dir}, id ${dir} limit ${first + 1})
      select ${noticeColumns(sql)}
      from p join notices n on n.id = p.id ${noticeRelations(sql)}
      order by p.sort_key ${dir}, p.id ${dir}`;
    hasNextPage = rows.length > first;
    full = rows.slice(0, first).map(fixDates);
  } else if (tot.count > 0) {
    const rows = await sql<{ id: string }[]>`select n.id ${fromNotices(sql, withFile)} where ${where} ${page} ${orderBy(sql, s)} limit ${first + 1}`;
    hasNextPage = rows.length > first;
    full = await loadNoticeRows(
      sql,
      rows.slice(0, first).map((r) => r.id),
    );
  }
  return {
    nodes: full,
    hasNextPage,
    totalCount: tot.count,
    totalAmount: tot.amount,
    totalsByCurrency: tot.byCurrency,
    cursorOf: (r: NoticeRow) => encodeCursor([s.value(r), r.id]),
  };
}

/** Streams the matching notices (server-side cursor, batches of 500) for the export. */
export async function* streamNotices(sql: SqlHandle, filter: NoticeFilter | null | undefined, sort: string | null | undefined): AsyncGenerator<NoticeRow> {
  const s = sortOf(sort);
  const where = registryWhere(sql, filter);
  const q = sql<NoticeRow[]>`select ${noticeColumns(sql)} ${noticeJoins(sql)} where ${where} ${orderBy(sql, s)}`;
  for await (const batch of q.cursor(500)) for (const r of batch) yield fixDates(r);
}
