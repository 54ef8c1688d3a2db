import { DPD_BUCKETS } from '@raty/domain';
import type postgres from 'postgres';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import type { SqlHandle } from '../../db/client.js';
import { AggregateDimension as D, AggregateFact as F, AggregateValue as V, type AggregateFilter, type AggregateRowType } from './kpi.types.js';

/**
 * Group-by aggregates over the facts (issue #27, docs/analytics.md § Aggregates): one set-based statement per call. Each
 * fact is a subquery with the same columns (currency, loan, file, the dimensions, the event date and the money figure);
 * the answer groups it by the currency and the dimensions asked for. Sums are numeric in PostgreSQL, returned as text.
 */

type Frag = postgres.PendingQuery<postgres.Row[]>;

/** The dimensions each fact has (others are refused naming the field and the rule). */
const DIMENSIONS: Record<F, D[]> = {
  [F.PORTFOLIO]: [D.RECEIVABLE_KIND, D.CONTRACT_TYPE, D.SELLING_CHANNEL, D.STATUS, D.DPD_BUCKET, D.ORIGINATION_MONTH],
  [F.MONTH_END]: [D.RECEIVABLE_KIND, D.CONTRACT_TYPE, D.SELLING_CHANNEL, D.STATUS, D.DPD_BUCKET, D.ORIGINATION_MONTH, D.MONTH, D.QUARTER],
  [F.PAYMENTS]: [D.RECEIVABLE_KIND, D.CONTRACT_TYPE, D.SELLING_CHANNEL, D.STATUS, D.ORIGINATION_MONTH, D.DAY, D.WEEK, D.MONTH, D.QUARTER],
  [F.INSTALLMENTS]: [D.RECEIVABLE_KIND, D.CONTRACT_TYPE, D.SELLING_CHANNEL, D.STATUS, D.ORIGINATION_MONTH, D.DAY, D.WEEK, D.MONTH, D.QUARTER],
  [F.NOTICES]: [D.RECEIVABLE_KIND, D.STATUS, D.DAY, D.WEEK, D.MONTH, D.QUARTER, D.TEMPLATE, D.NOTICE_CHANNEL, D.REASON, D.CREATOR],
};

const VALUES: Record<F, { default: V; allowed: V[] }> = {
  [F.PORTFOLIO]: { default: V.OUTSTANDING, allowed: [V.OUTSTANDING, V.OVERDUE, V.OUTSTANDING_PRINCIPAL, V.PRINCIPAL] },
  [F.MONTH_END]: { default: V.OUTSTANDING, allowed: [V.OUTSTANDING, V.OVERDUE, V.OUTSTANDING_PRINCIPAL] },
  [F.PAYMENTS]: { default: V.AMOUNT, allowed: [V.AMOUNT] },
  [F.INSTALLMENTS]: { default: V.TOTAL, allowed: [V.TOTAL, V.UNPAID, V.PRINCIPAL, V.INTEREST] },
  [F.NOTICES]: { default: V.AMOUNT, allowed: [V.AMOUNT] },
};

const MAX_GROUPS = 10_000;
const BUCKETS = [...DPD_BUCKETS];

/** The DPD bucket of a days-past-due expression: the SQL twin of the domain's dpdBucket (test/analytics.kpi.test.ts compares them). */
export function bucketSql(sql: SqlHandle, dpd: Frag): Frag {
  return sql`case when ${dpd} <= 0 then 'CURRENT' when ${dpd} <= 30 then '1-30' when ${dpd} <= 60 then '31-60' when ${dpd} <= 90 then '61-90' when ${dpd} <= 180 then '91-180' else '180+' end`;
}

/** The loan's dictionaries, joined only when a dimension or the filter needs them (the rest of the columns are null). */
interface Needs {
  kind: boolean;
  contractType: boolean;
  sellingChannel: boolean;
  origination: boolean;
}

function loanDims(sql: SqlHandle, n: Needs): Frag {
  return sql`${n.kind ? sql`join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id` : sql``}
    ${n.contractType ? sql`left join contract_types ct on ct.id = l.contract_type_id` : sql``} ${n.sellingChannel ? sql`left join selling_channels sc on sc.id = l.selling_channel_id` : sql``}`;
}

function factSql(sql: SqlHandle, fact: F, value: V, filter: AggregateFilter | null | undefined, groupBy: readonly D[]): Frag {
  const n: Needs = {
    kind: groupBy.includes(D.RECEIVABLE_KIND) || !!filter?.receivableKindCode,
    contractType: groupBy.includes(D.CONTRACT_TYPE),
    sellingChannel: groupBy.includes(D.SELLING_CHANNEL),
    origination: groupBy.includes(D.ORIGINATION_MONTH),
  };
  const conds: Frag[] = [sql`true`];
  if (filter?.currency) conds.push(sql`x.currency = ${filter.currency.trim().toUpperCase()}`);
  if (filter?.receivableKindCode) conds.push(sql`x.receivable_kind = ${filter.receivableKindCode.trim().toUpperCase()}`);
  if (filter?.from) conds.push(sql`x.event_date >= ${filter.from}::date`);
  if (filter?.to) conds.push(sql`x.event_date <= ${filter.to}::date`);
  const where = conds.reduce((a, b) => sql`${a} and ${b}`);
  const loanCols = sql`l.currency, l.id as loan_id, l.file_id, ${n.kind ? sql`rk.code` : sql`null::text`} as receivable_kind,
    ${n.contractType ? sql`ct.code` : sql`null::text`} as contract_type, ${n.sellingChannel ? sql`sc.code` : sql`null::text`} as selling_channel,
    ${n.origination ? sql`to_char(l.disbursement_date, 'YYYY-MM')` : sql`null::text`} as origination_month`;
  let base: Frag;
  switch (fact) {
    case F.PORTFOLIO: {
      const d = filter?.asOf ?? businessDate();
      const v = value === V.OVERDUE ? sql`p.overdue` : value === V.OUTSTANDING_PRINCIPAL ? sql`p.outstanding_principal` : value === V.PRINCIPAL ? sql`l.principal` : sql`p.outstanding`;
      base = sql`select ${loanCols}, l.status, ${bucketSql(sql, sql`coalesce(${d}::date - p.oldest_unpaid, 0)`)} as dpd_bucket, null::date as event_date,
          null::text as template, null::text as notice_channel, null::text as reason, null::text as creator, ${v} as value
        from (select i.loan_id, sum(i.total - i.paid_principal - i.paid_interest) as outstanding, sum(i.principal - i.paid_principal) as outstanding_principal,
                     sum(case when i.due_date < ${d}::date then i.total - i.paid_principal - i.paid_interest else 0 end) as overdue,
                     min(case when i.due_date < ${d}::date and i.paid_principal + i.paid_interest < i.total then i.due_date end) as oldest_unpaid
              from installments i join loans l0 on l0.id = i.loan_id and i.version = l0.schedule_version
              where l0.status <> 'TO_BE_DISBURSED' and l0.disbursement_date <= ${d}::date group by i.loan_id) p
        join loans l on l.id = p.loan_id ${loanDims(sql, n)}`;
      break;
    }
    case F.MONTH_END: {
      const v = value === V.OVERDUE ? sql`s.overdue` : value === V.OUTSTANDING_PRINCIPAL ? sql`s.outstanding_principal` : sql`s.outstanding`;
      base = sql`select ${loanCols}, s.status, s.bucket as dpd_bucket, s.month_end as event_date,
          null::text as template, null::text as notice_channel, null::text as reason, null::text as creator, ${v} as value
        from loan_month_ends s join loans l on l.id = s.loan_id ${loanDims(sql, n)}`;
      break;
    }
    case F.PAYMENTS:
      base = sql`select ${loanCols}, p.status, null::text as dpd_bucket, p.payment_date as event_date,
          null::text as template, null::text as notice_channel, null::text as reason, null::text as creator, p.amount as value
        from payments p join loans l on l.id = p.loan_id ${loanDims(sql, n)}`;
      break;
    case F.INSTALLMENTS: {
      const v = value === V.UNPAID ? sql`(i.total - i.paid_principal - i.paid_interest)` : value === V.PRINCIPAL ? sql`i.principal` : value === V.INTEREST ? sql`i.interest` : sql`i.total`;
      base = sql`select ${loanCols}, l.status, null::text as dpd_bucket, i.due_date as event_date,
          null::text as template, null::text as notice_channel, null::text as reason, null::text as creator, ${v} as value
        from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version ${loanDims(sql, n)}`;
      break;
    }
    case F.NOTICES:
      base = sql`select rk.currency, null::uuid as loan_id, n.file_id, rk.code as receivable_kind, null::text as contract_type, null::text as selling_channel,
          null::text as origination_month, n.send_status as status, null::text as dpd_bucket, n.created_on as event_date,
          n.template_id::text as template, n.channel as notice_channel, n.reason, n.created_by::text as creator, n.total_amount as value, n.id as notice_id
        from notices n join debtor_files f on f.id = n.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id`;
      break;
  }
  return sql`select * from (${base}) x where ${where}`;
}

function dimSql(sql: SqlHandle, d: D): Frag {
  switch (d) {
    case D.RECEIVABLE_KIND:
      return sql`x.receivable_kind`;
    case D.CONTRACT_TYPE:
      return sql`x.contract_type`;
    case D.SELLING_CHANNEL:
      return sql`x.selling_channel`;
    case D.STATUS:
      return sql`x.status`;
    case D.DPD_BUCKET:
      return sql`x.dpd_bucket`;
    case D.ORIGINATION_MONTH:
      return sql`x.origination_month`;
    case D.DAY:
      return sql`x.event_date::text`;
    case D.WEEK:
      return sql`date_trunc('week', x.event_date)::date::text`;
    case D.MONTH:
      return sql`date_trunc('month', x.event_date)::date::text`;
    case D.QUARTER:
      return sql`date_trunc('quarter', x.event_date)::date::text`;
    case D.TEMPLATE:
      return sql`x.template`;
    case D.NOTICE_CHANNEL:
      return sql`x.notice_channel`;
    case D.REASON:
      return sql`x.reason`;
    case D.CREATOR:
      return sql`x.creator`;
  }
}

/** Validates the arguments (field and rule named) and returns the fact's money figure. */
function check(fact: F, groupBy: readonly D[], value: V | null | undefined, filter: AggregateFilter | null | undefined): V {
  const allowed = DIMENSIONS[fact];
  groupBy.forEach((d, i) => {
    if (!allowed.includes(d)) throw BadUserInput.field(`groupBy.${i}`, 'dimension.unsupported', `${fact} cannot be grouped by ${d}; it has ${allowed.join(', ')}`, { allowed });
    if (groupBy.indexOf(d) !== i) throw BadUserInput.field(`groupBy.${i}`, 'dimension.repeated', `${d} is asked for twice`);
  });
  const v = value ?? VALUES[fact].default;
  if (!VALUES[fact].allowed.includes(v)) throw BadUserInput.field('value', 'value.unsupported', `${fact} has no ${v}; it has ${VALUES[fact].allowed.join(', ')}`, { allowed: VALUES[fact].allowed });
  if (fact === F.PORTFOLIO && (filter?.from || filter?.to)) throw BadUserInput.field(filter?.from ? 'filter.from' : 'filter.to', 'filter.unsupported', 'PORTFOLIO is as of one date: use filter.asOf');
  if (fact !== F.PORTFOLIO && filter?.asOf) throw BadUserInput.field('filter.asOf', 'filter.unsupported', 'asOf is for PORTFOLIO only: use filter.from / filter.to');
  if (filter?.from && filter?.to && filter.to < filter.from) throw BadUserInput.field('filter.to', 'date.min', 'to must not be before from', { min: filter.from });
  return v;
}

export async function aggregate(ctx: Context, fact: F, groupBy: readonly D[], value?: V | null, filter?: AggregateFilter | null): Promise<AggregateRowType[]> {
  const v = check(fact, groupBy, value, filter);
  const { sql } = ctx;
  const keys = groupBy.map((d, i) => sql`${dimSql(sql, d)} as ${sql('k' + i)}`);
  const groupCols = [sql`x.currency`, ...groupBy.map((d) => dimSql(sql, d))];
  const groupList = groupCols.reduce((a, b) => sql`${a}, ${b}`);
  // buckets in their natural order (CURRENT, 1-30, …, 180+), everything else by value
  const orderList = [sql`x.currency`, ...groupBy.map((d) => (d === D.DPD_BUCKET ? sql`array_position(${BUCKETS}::text[], x.dpd_bucket)` : dimSql(sql, d)))].reduce((a, b) => sql`${a}, ${b}`);
  const select = [sql`x.currency`, ...keys].reduce((a, b) => sql`${a}, ${b}`);
  const isNotice = fact === F.NOTICES;
  type Row = { currency: string; count: number; loans: number; files: number; sum: string; avg: string; min: string; max: string } & Record<string, string | number | null>;
  const rows = await sql<Row[]>`
    select ${select}, count(*)::int as count, ${isNotice ? sql`0` : sql`count(distinct x.loan_id)::int`} as loans, count(distinct x.file_id)::int as files,
           sum(x.value)::numeric(17,2)::text as sum, round(avg(x.value), 2)::numeric(17,2)::text as avg, min(x.value)::numeric(17,2)::text as min, max(x.value)::numeric(17,2)::text as max
    from (${factSql(sql, fact, v, filter, groupBy)}) x group by ${groupList} order by ${orderList} limit ${MAX_GROUPS + 1}`;
  if (rows.length > MAX_GROUPS) throw BadUserInput.field('groupBy', 'groups.tooMany', `More than ${MAX_GROUPS} groups: filter or group by fewer dimensions`, { max: MAX_GROUPS });
  const keyOf = (r: Record<string, unknown>) => JSON.stringify([r.currency, ...groupBy.map((_, i) => r['k' + i] ?? null)]);
  const noticeLoans = new Map<string, number>();
  if (isNotice) {
    // distinct loans of the notices' items, per group (a notice has items of several loans)
    const nl = await sql<Record<string, string | number | null>[]>`
      select ${select}, count(distinct ni.loan_id)::int as loans
      from (${factSql(sql, fact, v, filter, groupBy)}) x join notice_items ni on ni.notice_id = x.notice_id group by ${groupList}`;
    for (const r of nl) noticeLoans.set(keyOf(r), Number(r.loans));
  }
  const out = rows.map((r) => ({
    currency: r.currency,
    keys: groupBy.map((d, i) => ({ dimension: d, value: (r['k' + i] as string | null) ?? null })),
    count: r.count,
    distinctLoans: isNotice ? (noticeLoans.get(keyOf(r)) ?? 0) : r.loans,
    distinctFiles: r.files,
    sum: r.sum,
    avg: r.avg,
    min: r.min,
    max: r.max,
  }));
  await labelKeys(sql, out);
  return out;
}

/** Names for the TEMPLATE and CREATOR keys of an answer (one query each, only when asked for). */
export async function labelKeys(sql: SqlHandle, rows: readonly { keys: { dimension: string; value: string | null; label?: string | null }[] }[]): Promise<void> {
  const ids = (d: string) => [...new Set(rows.flatMap((r) => r.keys.filter((k) => k.dimension === d && k.value).map((k) => k.value!)))];
  const templates = ids('TEMPLATE');
  const users = ids('CREATOR');
  const names = new Map<string, string>();
  if (templates.length) for (const t of await sql<{ id: string; name: string }[]>`select id::text, name from notice_templates where id = any(${templates}::uuid[])`) names.set(t.id, t.name);
  if (users.length) for (const u of await sql<{ id: string; name: string }[]>`select id::text, name from users where id = any(${users}::uuid[])`) names.set(u.id, u.name);
  for (const r of rows) for (const k of r.keys) k.label = (k.dimension === 'TEMPLATE' || k.dimension === 'CREATOR') && k.value ? (names.get(k.value) ?? null) : null;
}
