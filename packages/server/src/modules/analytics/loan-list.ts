import DataLoader from 'dataloader';
import type postgres from 'postgres';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { decodeCursor, encodeCursor } from '../common/index.js';
import type { LoanRow } from '../loans/index.js';
import type { LoanFilter, LoanMeasuresType } from '../loans/index.js';

type Frag = postgres.PendingQuery<postgres.Row[]>;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The measures of docs/analytics.md, per loan (alias l), as of a date: one lateral aggregate over the current
 * schedule's stored lines and paid amounts (the same expressions as portfolioSummary, so the loans of a bucket add up
 * to the bucket) plus the cached penalty interest of the last daily tick (loan_balances, alias b).
 */
function measureColumns(sql: SqlHandle): Frag {
  return sql`x.outstanding::numeric(15,2)::text as m_outstanding, x.overdue::numeric(15,2)::text as m_overdue,
    x.overdue_principal::numeric(15,2)::text as m_overdue_principal, x.dpd as m_dpd,
    coalesce(b.penalty_interest, 0)::numeric(15,2)::text as m_penalty, (x.overdue + coalesce(b.penalty_interest, 0))::numeric(15,2)::text as m_overdue_pen,
    b.as_of as m_balances_as_of`;
}

function measureJoins(sql: SqlHandle, asOf: string): Frag {
  return sql`left join loan_balances b on b.loan_id = l.id
    cross join lateral (
      select coalesce(sum(i.total - i.paid_principal - i.paid_interest), 0) as outstanding,
             coalesce(sum(i.total - i.paid_principal - i.paid_interest) filter (where i.due_date < ${asOf}::date), 0) as overdue,
             coalesce(sum(i.principal - i.paid_principal) filter (where i.due_date < ${asOf}::date), 0) as overdue_principal,
             coalesce(${asOf}::date - min(i.due_date) filter (where i.due_date < ${asOf}::date and i.paid_principal + i.paid_interest < i.total), 0)::int as dpd
      from installments i where i.loan_id = l.id and i.version = l.schedule_version) x`;
}

function bucketOf(dpd: number): string {
  if (dpd <= 0) return 'CURRENT';
  if (dpd <= 30) return '1-30';
  if (dpd <= 60) return '31-60';
  if (dpd <= 90) return '61-90';
  if (dpd <= 180) return '91-180';
  return '180+';
}

type MeasureRow = { m_outstanding: string; m_overdue: string; m_overdue_principal: string; m_dpd: number; m_penalty: string; m_overdue_pen: string; m_balances_as_of: string | null };

function toMeasures(r: MeasureRow & { currency: string }, asOf: string): LoanMeasuresType {
  return {
    asOf,
    currency: r.currency,
    outstanding: r.m_outstanding,
    overdue: r.m_overdue,
    overduePrincipal: r.m_overdue_principal,
    daysPastDue: r.m_dpd,
    bucket: bucketOf(r.m_dpd),
    penaltyInterest: r.m_penalty,
    overdueWithPenalty: r.m_overdue_pen,
    balancesAsOf: r.m_balances_as_of,
  };
}

const measureLoaders = new WeakMap<object, DataLoader<string, LoanMeasuresType | null>>();
/** Measures of many loans as of the business date: one query per request. */
export function measuresLoader(ctx: Context): DataLoader<string, LoanMeasuresType | null> {
  let l = measureLoaders.get(ctx);
  if (!l) {
    l = new DataLoader<string, LoanMeasuresType | null>(async (ids) => {
      const asOf = businessDate();
      const rows = await ctx.sql<(MeasureRow & { id: string; currency: string })[]>`
        select l.id, l.currency, ${measureColumns(ctx.sql)} from loans l ${measureJoins(ctx.sql, asOf)} where l.id = any(${ids as string[]}::uuid[])`;
      const m = new Map(rows.map((r) => [r.id, toMeasures(r, asOf)]));
      return ids.map((id) => m.get(id) ?? null);
    });
    measureLoaders.set(ctx, l);
  }
  return l;
}

interface SortDef {
  key: string;
  desc: boolean;
  cast: 'numeric' | 'int' | 'date' | 'text';
  measures: boolean;
}
const SORTS: Record<string, SortDef> = {
  NUMBER_ASC: { key: 'number', desc: false, cast: 'text', measures: false },
  OVERDUE_DESC: { key: 'm_overdue::numeric', desc: true, cast: 'numeric', measures: true },
  OVERDUE_WITH_PENALTY_DESC: { key: 'm_overdue_pen::numeric', desc: true, cast: 'numeric', measures: true },
  OUTSTANDING_DESC: { key: 'm_outstanding::numeric', desc: true, cast: 'numeric', measures: true },
  DAYS_PAST_DUE_DESC: { key: 'm_dpd', desc: true, cast: 'int', measures: true },
  PRINCIPAL_DESC: { key: 'principal', desc: true, cast: 'numeric', measures: false },
  DISBURSEMENT_DESC: { key: 'disbursement_date', desc: true, cast: 'date', measures: false },
  DISBURSEMENT_ASC: { key: 'disbursement_date', desc: false, cast: 'date', measures: false },
};

function num(field: string, v: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(v.trim())) throw BadUserInput.field(`filter.${field}`, 'decimal.invalid', `${field} must be a decimal number`);
  return v.trim();
}

/** The `loans` page: filters on the loan, its file and dictionaries, and on the measures; keyset on (sort key, number). */
export async function searchLoans(sql: SqlHandle, filter: LoanFilter | null | undefined, first: number, after: string | null | undefined, sort: string | null | undefined) {
  const s = SORTS[sort ?? 'NUMBER_ASC'] ?? SORTS.NUMBER_ASC;
  const f = filter ?? {};
  const asOf = businessDate();
  const c: Frag[] = [sql`true`];
  if (f.status) c.push(sql`l.status = ${f.status}`);
  if (f.statuses?.length) c.push(sql`l.status = any(${f.statuses}::text[])`);
  if (f.receivableKindCode) c.push(sql`k.code = ${f.receivableKindCode.trim().toUpperCase()}`);
  if (f.number) c.push(sql`l.number like ${f.number.replace(/[%_\\]/g, '') + '%'}`);
  if (f.partyId) c.push(UUID_RE.test(f.partyId) ? sql`exists (select 1 from file_parties fp where fp.file_id = l.file_id and fp.party_id = ${f.partyId}::uuid)` : sql`false`);
  if (f.fileId) c.push(UUID_RE.test(f.fileId) ? sql`l.file_id = ${f.fileId}::uuid` : sql`false`);
  if (f.currency) c.push(sql`l.currency = ${f.currency.trim().toUpperCase()}`);
  if (f.contractTypeCode) c.push(sql`l.contract_type_id = (select id from contract_types where code = ${f.contractTypeCode.trim().toUpperCase()})`);
  if (f.sellingChannelCode) c.push(sql`l.selling_channel_id = (select id from selling_channels where code = ${f.sellingChannelCode.trim().toUpperCase()})`);
  if (f.disbursedFrom) c.push(sql`l.disbursement_date >= ${f.disbursedFrom}`);
  if (f.disbursedTo) c.push(sql`l.disbursement_date <= ${f.disbursedTo}`);
  if (f.annualRateMin != null) c.push(sql`l.annual_rate >= ${num('annualRateMin', f.annualRateMin)}::numeric`);
  if (f.aprMin != null) c.push(sql`l.apr >= ${num('aprMin', f.aprMin)}::numeric`);
  const mc: Frag[] = [sql`true`];
  if (f.daysPastDueMin != null) mc.push(sql`m_dpd >= ${f.daysPastDueMin}`);
  if (f.daysPastDueMax != null) mc.push(sql`m_dpd <= ${f.daysPastDueMax}`);
  if (f.outstandingMin != null) mc.push(sql`m_outstanding::numeric >= ${num('outstandingMin', f.outstandingMin)}::numeric`);
  if (f.outstandingMax != null) mc.push(sql`m_outstanding::numeric <= ${num('outstandingMax', f.outstandingMax)}::numeric`);
  if (f.overdueMin != null) mc.push(sql`m_overdue::numeric >= ${num('overdueMin', f.overdueMin)}::numeric`);
  if (f.overdueMax != null) mc.push(sql`m_overdue::numeric <= ${num('overdueMax', f.overdueMax)}::numeric`);
  const needMeasures = s.measures || mc.length > 1;
  const where = c.reduce((a, b) => sql`${a} and ${b}`);
  const mwhere = mc.reduce((a, b) => sql`${a} and ${b}`);
  const cursor = decodeCursor(after, 2) as [string | number, string] | null;
  const key = sql.unsafe(s.key);
  const cv = cursor ? sql`${String(cursor[0])}::${sql.unsafe(s.cast)}` : null;
  const page = cursor
    ? s.key === 'number'
      ? sql`and number > ${cursor[1]}`
      : s.desc
        ? sql`and (${key} < ${cv} or (${key} = ${cv} and number > ${cursor[1]}))`
        : sql`and (${key} > ${cv} or (${key} = ${cv} and number > ${cursor[1]}))`
    : sql``;
  const order = s.key === 'number' ? sql`order by number` : sql`order by ${key} ${s.desc ? sql`desc` : sql`asc`}, number`;
  const rows = await sql<(LoanRow & Partial<MeasureRow> & { total_count: number })[]>`
    with m as materialized (
      select l.* ${needMeasures ? sql`, ${measureColumns(sql)}` : sql``}
      from loans l join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
      ${needMeasures ? measureJoins(sql, asOf) : sql``}
      where ${where}),
    q as materialized (select * from m where ${mwhere})
    select (select count(*)::int from q) as total_count, p.* from (select 1) one
    left join lateral (select * from q where true ${page} ${order} limit ${first + 1}) p on true`;
  const found = rows.filter((r) => r.id != null);
  const nodes = found.slice(0, first);
  const sortValue = (r: LoanRow & Partial<MeasureRow>): unknown => {
    switch (sort ?? 'NUMBER_ASC') {
      case 'OVERDUE_DESC':
        return r.m_overdue;
      case 'OVERDUE_WITH_PENALTY_DESC':
        return r.m_overdue_pen;
      case 'OUTSTANDING_DESC':
        return r.m_outstanding;
      case 'DAYS_PAST_DUE_DESC':
        return r.m_dpd;
      case 'PRINCIPAL_DESC':
        return r.principal;
      case 'DISBURSEMENT_DESC':
      case 'DISBURSEMENT_ASC':
        return r.disbursement_date;
      default:
        return r.number;
    }
  };
  return {
    nodes,
    measures: needMeasures ? nodes.map((r) => ({ id: r.id, m: toMeasures(r as LoanRow & MeasureRow, asOf) })) : [],
    totalCount: rows[0]?.total_count ?? 0,
    hasNextPage: found.length > first,
    cursorOf: (r: LoanRow & Partial<MeasureRow>) => encodeCursor([sortValue(r), r.number]),
  };
}
