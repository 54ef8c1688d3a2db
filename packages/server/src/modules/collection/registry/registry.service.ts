import type postgres from 'postgres';
import type { Sql } from '../../../db/client.js';
import { BadUserInput } from '../../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../common/connection.js';
import { isUuid } from '../common.js';
import { fixDates, loadNoticeRows, noticeColumns, noticeJoins, type NoticeRow } from '../notices/notices.service.js';
import type { NoticeFilter } from './registry.types.js';

type Frag = postgres.PendingQuery<postgres.Row[]>;

const SENT_DAY = (sql: Sql) => sql`(n.sent_at at time zone 'Europe/Warsaw')::date`;

/** WHERE of the registry (alias n, f, k) for every filter of seed 002 §5. */
export function registryWhere(sql: Sql, f: NoticeFilter | null | undefined): Frag {
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
  return c.reduce((a, b) => sql`${a} and ${b}`);
}

interface SortDef {
  key: (sql: Sql) => Frag;
  desc: boolean;
  cast: string;
  value: (r: NoticeRow) => unknown;
}

const SORTS: Record<string, SortDef> = {
  CREATED_DESC: { key: (sql) => sql`n.created_at`, desc: true, cast: 'timestamptz', value: (r) => r.created_at_key },
  CREATED_ASC: { key: (sql) => sql`n.created_at`, desc: false, cast: 'timestamptz', value: (r) => r.created_at_key },
  SENT_DESC: { key: (sql) => sql`coalesce(n.sent_at, '-infinity'::timestamptz)`, desc: true, cast: 'timestamptz', value: (r) => r.sent_at_key },
  ADDRESSEE_ASC: { key: (sql) => sql`n.addressee_name`, desc: false, cast: 'text', value: (r) => r.addressee_name },
  FILE_ASC: { key: (sql) => sql`(k.code || ' ' || lpad(f.number::text, 12, '0'))`, desc: false, cast: 'text', value: (r) => `${r.kind_code} ${String(r.file_number).padStart(12, '0')}` },
  AMOUNT_DESC: { key: (sql) => sql`n.total_amount`, desc: true, cast: 'numeric', value: (r) => r.total_amount },
};

function sortOf(sort: string | null | undefined): SortDef {
  return SORTS[sort ?? 'CREATED_DESC'] ?? SORTS.CREATED_DESC;
}

function castVal(sql: Sql, cast: string, v: string): Frag {
  if (cast === 'timestamptz') return sql`${v}::timestamptz`;
  if (cast === 'numeric') return sql`${v}::numeric`;
  return sql`${v}::text`;
}

function orderBy(sql: Sql, s: SortDef): Frag {
  return s.desc ? sql`order by ${s.key(sql)} desc, n.id desc` : sql`order by ${s.key(sql)} asc, n.id asc`;
}

/** The registry page (keyset on (sort key, id)) with total count and total amount of all matching notices. */
export async function searchNotices(sql: Sql, filter: NoticeFilter | null | undefined, first: number, after: string | null | undefined, sort: string | null | undefined) {
  const s = sortOf(sort);
  const where = registryWhere(sql, filter);
  const cursor = decodeCursor(after, 2) as [string, string] | null;
  const page = cursor
    ? s.desc
      ? sql`and (${s.key(sql)}, n.id) < (${castVal(sql, s.cast, cursor[0])}, ${cursor[1]}::uuid)`
      : sql`and (${s.key(sql)}, n.id) > (${castVal(sql, s.cast, cursor[0])}, ${cursor[1]}::uuid)`
    : sql``;
  const [rows, [tot]] = await Promise.all([
    sql<{ id: string }[]>`select n.id ${noticeJoins(sql)} where ${where} ${page} ${orderBy(sql, s)} limit ${first + 1}`,
    sql<{ count: number; amount: string }[]>`select count(*)::int as count, coalesce(sum(n.total_amount), 0)::numeric(17,2)::text as amount ${noticeJoins(sql)} where ${where}`,
  ]);
  const hasNextPage = rows.length > first;
  const full = await loadNoticeRows(sql, rows.slice(0, first).map((r) => r.id));
  return {
    nodes: full,
    hasNextPage,
    totalCount: tot.count,
    totalAmount: tot.amount,
    cursorOf: (r: NoticeRow) => encodeCursor([s.value(r), r.id]),
  };
}

/** Streams the matching notices (server-side cursor, batches of 500) for the export. */
export async function* streamNotices(sql: Sql, filter: NoticeFilter | null | undefined, sort: string | null | undefined): AsyncGenerator<NoticeRow> {
  const s = sortOf(sort);
  const where = registryWhere(sql, filter);
  const q = sql<NoticeRow[]>`select ${noticeColumns(sql)} ${noticeJoins(sql)} where ${where} ${orderBy(sql, s)}`;
  for await (const batch of q.cursor(500)) for (const r of batch) yield fixDates(r);
}
