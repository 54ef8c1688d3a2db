import { formatMoney, parseMoney } from '@raty/domain';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { jsonColumn } from '../../db/json.js';
import { decodeCursor, encodeCursor, pageSize } from '../common/index.js';
import { toPartyType } from '../files/index.js';
import { toPaymentType, type AllocationRow } from '../loans/index.js';
import { type PaymentRow } from '../loans/index.js';
import {
  CurrencyAmountType,
  CurrencyTotalType,
  DailyAmountType,
  InstallmentFilter,
  InstallmentRowConnection,
  InstallmentSortEnum,
  NoticeStatsType,
  PartyConnection,
  PartyFilter,
  PaymentConnection,
  PaymentFilter,
  PaymentSortEnum,
  PortfolioSummaryType,
} from './analytics.types.js';

/** Analytics reads (docs/analytics.md): parties, installments and payments with filters and keyset pages, portfolio summary, collections by day, notice statistics (moved out of analytics.resolver.ts). */

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function decimalArg(field: string, v: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(String(v).trim())) throw BadUserInput.field(field, 'decimal.invalid', `${field} must be a decimal number`);
  return String(v).trim();
}

export async function parties(ctx: Context, filter?: PartyFilter | null, first?: number | null, after?: string | null): Promise<PartyConnection> {
  const n = pageSize(first);
  const cur = decodeCursor(after, 2) as [string, string] | null;
  const { sql } = ctx;
  const conds = [sql`true`];
  if (filter?.name)
    conds.push(sql`(lower(last_name) like ${filter.name.toLowerCase().replace(/[%_\\]/g, '') + '%'} or lower(company_name) like ${filter.name.toLowerCase().replace(/[%_\\]/g, '') + '%'})`);
  if (filter?.nationalId) conds.push(sql`national_id = ${filter.nationalId}`);
  if (filter?.country) conds.push(sql`country = ${filter.country}`);
  if (filter?.departed === true) conds.push(sql`(death_date is not null or bankruptcy_date is not null)`);
  if (filter?.departed === false) conds.push(sql`(death_date is null and bankruptcy_date is null)`);
  const where = conds.reduce((a, b) => sql`${a} and ${b}`);
  const sortKey = sql`coalesce(lower(last_name), lower(company_name), '')`;
  const [rows, [{ count }]] = await Promise.all([
    sql<Record<string, string | null>[]>`select *, ${sortKey} as sort_key from parties where ${where}
      ${cur ? sql`and (${sortKey}, id) > (${cur[0]}, ${cur[1]}::uuid)` : sql``} order by ${sortKey}, id limit ${n + 1}`,
    sql<{ count: number }[]>`select count(*)::int as count from parties where ${where}`,
  ]);
  const edges = rows.slice(0, n).map((r) => ({
    cursor: encodeCursor([r.sort_key, r.id]),
    node: toPartyType({
      id: r.id!,
      kind: r.kind!,
      firstName: r.first_name,
      lastName: r.last_name,
      companyName: r.company_name,
      nationalId: r.national_id,
      country: r.country!,
      deathDate: r.death_date,
      bankruptcyDate: r.bankruptcy_date,
      nonstopBanking: r.nonstop_banking!,
    }),
  }));
  return { edges, totalCount: count, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function installments(
  ctx: Context,
  filter?: InstallmentFilter | null,
  first?: number | null,
  after?: string | null,
  sort?: InstallmentSortEnum | null,
): Promise<InstallmentRowConnection> {
  const n = pageSize(first);
  const cur = decodeCursor(after, 2) as [string, string] | null;
  const { sql } = ctx;
  const conds = [sql`i.version = l.schedule_version`];
  if (filter?.dueFrom) conds.push(sql`i.due_date >= ${filter.dueFrom}`);
  if (filter?.dueTo) conds.push(sql`i.due_date <= ${filter.dueTo}`);
  if (filter?.unpaid) conds.push(sql`i.paid_principal + i.paid_interest < i.total`);
  if (filter?.receivableKindCode)
    conds.push(sql`exists (select 1 from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = l.file_id and k.code = ${filter.receivableKindCode.toUpperCase()})`);
  if (filter?.currency) conds.push(sql`l.currency = ${filter.currency.trim().toUpperCase()}`);
  if (filter?.loanId) conds.push(UUID_RE.test(filter.loanId) ? sql`l.id = ${filter.loanId}::uuid` : sql`false`);
  if (filter?.loanStatuses?.length) conds.push(sql`l.status = any(${filter.loanStatuses}::text[])`);
  if (filter?.contractTypeCode) conds.push(sql`l.contract_type_id = (select id from contract_types where code = ${filter.contractTypeCode.trim().toUpperCase()})`);
  if (filter?.sellingChannelCode) conds.push(sql`l.selling_channel_id = (select id from selling_channels where code = ${filter.sellingChannelCode.trim().toUpperCase()})`);
  if (filter?.overdue) conds.push(sql`i.due_date < ${businessDate()}::date and i.paid_principal + i.paid_interest < i.total`);
  if (filter?.unpaidMin != null) conds.push(sql`i.total - i.paid_principal - i.paid_interest >= ${decimalArg('filter.unpaidMin', filter.unpaidMin)}::numeric`);
  const where = conds.reduce((a, b) => sql`${a} and ${b}`);
  const srt = sort ?? InstallmentSortEnum.DUE_ASC;
  const key = srt === InstallmentSortEnum.UNPAID_DESC ? sql`(i.total - i.paid_principal - i.paid_interest)` : sql`i.due_date`;
  const cast = srt === InstallmentSortEnum.UNPAID_DESC ? sql`numeric` : sql`date`;
  const desc = srt !== InstallmentSortEnum.DUE_ASC;
  const keyset = cur
    ? desc
      ? sql`and (${key} < ${cur[0]}::${cast} or (${key} = ${cur[0]}::${cast} and i.id > ${cur[1]}::bigint))`
      : sql`and (${key}, i.id) > (${cur[0]}::${cast}, ${cur[1]}::bigint)`
    : sql``;
  type Row = {
    id: string;
    loan_id: string;
    loan_number: string;
    currency: string;
    number: number;
    due_date: string;
    principal: string;
    interest: string;
    total: string;
    paid_principal: string;
    paid_interest: string;
    unpaid: string;
  };
  const [rows, [{ count }]] = await Promise.all([
    sql<Row[]>`select i.id::text, i.loan_id, l.number as loan_number, l.currency, i.number, i.due_date, i.principal, i.interest, i.total, i.paid_principal, i.paid_interest,
        (i.total - i.paid_principal - i.paid_interest)::numeric(15,2)::text as unpaid
      from installments i join loans l on l.id = i.loan_id where ${where}
      ${keyset} order by ${key} ${desc ? sql`desc` : sql`asc`}, i.id limit ${n + 1}`,
    sql<{ count: number }[]>`select count(*)::int as count from installments i join loans l on l.id = i.loan_id where ${where}`,
  ]);
  const edges = rows.slice(0, n).map((r) => ({
    cursor: encodeCursor([srt === InstallmentSortEnum.UNPAID_DESC ? r.unpaid : r.due_date, r.id]),
    node: {
      loanId: r.loan_id,
      loanNumber: r.loan_number,
      number: r.number,
      dueDate: r.due_date,
      principal: r.principal,
      interest: r.interest,
      total: r.total,
      paidPrincipal: r.paid_principal,
      paidInterest: r.paid_interest,
      unpaid: r.unpaid,
      currency: r.currency,
    },
  }));
  return { edges, totalCount: count, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function allPayments(ctx: Context, filter?: PaymentFilter | null, first?: number | null, after?: string | null, sort?: PaymentSortEnum | null): Promise<PaymentConnection> {
  const n = pageSize(first);
  const cur = decodeCursor(after, 2) as [string, string] | null;
  const { sql } = ctx;
  const conds = [sql`true`];
  if (filter?.from) conds.push(sql`payment_date >= ${filter.from}`);
  if (filter?.to) conds.push(sql`payment_date <= ${filter.to}`);
  if (filter?.method) conds.push(sql`method = ${filter.method}`);
  if (filter?.status) conds.push(sql`status = ${filter.status}`);
  if (filter?.kind) conds.push(sql`kind = ${filter.kind.trim().toUpperCase()}`);
  if (filter?.loanId) conds.push(UUID_RE.test(filter.loanId) ? sql`loan_id = ${filter.loanId}::uuid` : sql`false`);
  if (filter?.loanNumber) conds.push(sql`loan_id = (select id from loans where number = ${filter.loanNumber.trim()})`);
  if (filter?.amountMin != null) conds.push(sql`amount >= ${decimalArg('filter.amountMin', filter.amountMin)}::numeric`);
  if (filter?.amountMax != null) conds.push(sql`amount <= ${decimalArg('filter.amountMax', filter.amountMax)}::numeric`);
  if (filter?.createdBy) conds.push(sql`created_by = ${filter.createdBy}`);
  const lc = [sql`true`];
  if (filter?.currency) lc.push(sql`l.currency = ${filter.currency.trim().toUpperCase()}`);
  if (filter?.receivableKindCode)
    lc.push(sql`l.file_id in (select f.id from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where k.code = ${filter.receivableKindCode.trim().toUpperCase()})`);
  if (filter?.contractTypeCode) lc.push(sql`l.contract_type_id = (select id from contract_types where code = ${filter.contractTypeCode.trim().toUpperCase()})`);
  if (filter?.sellingChannelCode) lc.push(sql`l.selling_channel_id = (select id from selling_channels where code = ${filter.sellingChannelCode.trim().toUpperCase()})`);
  if (lc.length > 1) conds.push(sql`loan_id in (select l.id from loans l where ${lc.reduce((a, b) => sql`${a} and ${b}`)})`);
  const where = conds.reduce((a, b) => sql`${a} and ${b}`);
  const srt = sort ?? PaymentSortEnum.DATE_DESC;
  const key = srt === PaymentSortEnum.AMOUNT_DESC ? sql`amount` : sql`payment_date`;
  const cast = srt === PaymentSortEnum.AMOUNT_DESC ? sql`numeric` : sql`date`;
  const keyset = !cur ? sql`` : srt === PaymentSortEnum.DATE_ASC ? sql`and (payment_date, id) > (${cur[0]}::date, ${cur[1]}::uuid)` : sql`and (${key}, id) < (${cur[0]}::${cast}, ${cur[1]}::uuid)`;
  const dir = srt === PaymentSortEnum.DATE_ASC ? sql`asc` : sql`desc`;
  const [rows, totals] = await Promise.all([
    sql<
      (PaymentRow & { currency: string })[]
    >`select p.*, (select l.currency from loans l where l.id = p.loan_id) as currency from payments p where ${where} ${keyset} order by ${key} ${dir}, id ${dir} limit ${n + 1}`,
    sql<CurrencyTotalType[]>`select l.currency, count(*)::int as count, sum(p.amount)::numeric(17,2)::text as amount
      from (select loan_id, amount from payments where ${where}) p join loans l on l.id = p.loan_id group by l.currency order by l.currency`,
  ]);
  const count = totals.reduce((a, t) => a + t.count, 0);
  const page = rows.slice(0, n);
  const allocs = page.length
    ? await sql<(AllocationRow & { payment_id: string })[]>`
        select payment_id, kind, effective_date, installment_number, component, amount from payment_allocations where payment_id in ${sql(page.map((p) => p.id))} order by id`
    : [];
  const edges = page.map((p) => ({
    cursor: encodeCursor([srt === PaymentSortEnum.AMOUNT_DESC ? p.amount : p.payment_date, p.id]),
    node: toPaymentType(
      p,
      allocs.filter((a) => a.payment_id === p.id),
      p.currency,
    ),
  }));
  return { edges, totalCount: count, totalsByCurrency: totals, pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function portfolioSummary(ctx: Context, asOf?: string | null, currency?: string | null): Promise<PortfolioSummaryType> {
  const d = asOf ?? businessDate();
  const { sql } = ctx;
  const cur = currency ? sql`and l.currency = ${currency.toUpperCase()}` : sql``;
  const rows = await sql<{ currency: string; bucket: string; loans: number; overdue: string; outstanding: string; principal: string }[]>`
    with per_loan as (
      select l.id, l.currency,
             sum(i.total - i.paid_principal - i.paid_interest) as outstanding,
             sum(i.principal - i.paid_principal) as principal,
             sum(case when i.due_date < ${d} then i.total - i.paid_principal - i.paid_interest else 0 end) as overdue,
             min(case when i.due_date < ${d} and i.paid_principal + i.paid_interest < i.total then i.due_date end) as oldest_unpaid
      from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where l.status in ('ACTIVE', 'TERMINATED') ${cur}
      group by l.id, l.currency
    )
    select currency, case
             when oldest_unpaid is null then 'CURRENT'
             when ${d}::date - oldest_unpaid <= 30 then '1-30'
             when ${d}::date - oldest_unpaid <= 60 then '31-60'
             when ${d}::date - oldest_unpaid <= 90 then '61-90'
             when ${d}::date - oldest_unpaid <= 180 then '91-180'
             else '180+' end as bucket,
           count(*)::int as loans, coalesce(sum(overdue), 0)::numeric(15,2)::text as overdue,
           coalesce(sum(outstanding), 0)::numeric(15,2)::text as outstanding, coalesce(sum(principal), 0)::numeric(15,2)::text as principal
    from per_loan group by 1, 2`;
  const tots = await sql<{ currency: string; loans: number; active: number; collected: string }[]>`
    select l.currency, count(*)::int as loans, (count(*) filter (where l.status = 'ACTIVE'))::int as active,
           coalesce((select sum(p.amount) from payments p join loans x on x.id = p.loan_id
                     where x.currency = l.currency and p.status = 'POSTED' and p.payment_date > ${d}::date - 30 and p.payment_date <= ${d}), 0)::numeric(15,2)::text as collected
    from loans l where true ${cur} group by l.currency order by l.currency`;
  const order = ['CURRENT', '1-30', '31-60', '61-90', '91-180', '180+'];
  const currencies = tots.map((t) => {
    const mine = rows.filter((r) => r.currency === t.currency);
    const byDaysPastDue = order.map((b) => {
      const r = mine.find((x) => x.bucket === b);
      return { bucket: b, loans: r?.loans ?? 0, overdue: r?.overdue ?? '0.00', outstanding: r?.outstanding ?? '0.00' };
    });
    const total = (k: 'outstanding' | 'principal' | 'overdue') => formatMoney(mine.reduce((a, r) => a + parseMoney(r[k]), 0n));
    return {
      currency: t.currency,
      loans: t.loans,
      activeLoans: t.active,
      outstanding: total('outstanding'),
      outstandingPrincipal: total('principal'),
      overdue: total('overdue'),
      byDaysPastDue,
      collectedLast30Days: t.collected,
    };
  });
  return { asOf: d, loans: tots.reduce((a, t) => a + t.loans, 0), activeLoans: tots.reduce((a, t) => a + t.active, 0), currencies };
}

export async function collectionsByDay(ctx: Context, from: string, to: string, currency?: string | null): Promise<DailyAmountType[]> {
  if (to < from) throw BadUserInput.field('to', 'date.min', 'to must not be before from', { min: from });
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > 366) throw BadUserInput.field('to', 'range.tooLong', 'At most 366 days', { max: 366 });
  const cur = currency ? currency.toUpperCase() : null;
  const rows = await ctx.sql<{ date: string; currency: string; amount: string; count: number }[]>`
    with cur as (select distinct currency from loans where ${cur}::text is null or currency = ${cur}
                 union select ${cur}::text where ${cur}::text is not null)
    select d::date::text as date, c.currency, coalesce(sum(p.amount), 0)::numeric(15,2)::text as amount, count(p.id)::int as count
    from generate_series(${from}::date, ${to}::date, interval '1 day') d cross join cur c
    left join (payments p join loans l on l.id = p.loan_id) on p.payment_date = d::date and p.status = 'POSTED' and l.currency = c.currency
    group by d, c.currency order by d, c.currency`;
  return rows;
}

export async function noticeStats(ctx: Context, from: string, to?: string | null): Promise<NoticeStatsType> {
  const today = businessDate();
  const until = to ?? today;
  const { sql } = ctx;
  const [r] = await sql<{ created: number; sent: number; delivered: number; collected: string | CurrencyAmountType[]; kept: number; broken: number; pending: number }[]>`
    with ns as (select * from notices where created_on between ${from} and ${until}),
    promise as (
      select n.id, n.promise_date,
        coalesce((select sum(ni.amount_due) from notice_items ni where ni.notice_id = n.id and ni.selected), 0) as due,
        coalesce((select sum(a.amount) from notice_items ni
                    join payment_allocations a on a.loan_id = ni.loan_id and a.installment_number = ni.installment_number and a.component <> 'OVERPAYMENT'
                    join payments p on p.id = a.payment_id and p.status = 'POSTED' and p.payment_date between n.created_on and n.promise_date
                  where ni.notice_id = n.id and ni.selected), 0) as paid
      from ns n where n.promise_date is not null)
    select (select count(*)::int from ns) as created,
           (select count(*)::int from ns where send_status = 'SENT' or channel in ('EXTERNAL_SMS', 'PHONE_CALL')) as sent,
           (select count(*)::int from ns where delivery_status = 'DELIVERED') as delivered,
           (select coalesce(json_agg(json_build_object('currency', x.currency, 'amount', x.amount) order by x.currency), '[]') from (
              select l.currency, sum(p.amount)::numeric(15,2)::text as amount from payments p join loans l on l.id = p.loan_id
              where p.status = 'POSTED' and exists (
                select 1 from ns n join notice_items ni on ni.notice_id = n.id
                where ni.loan_id = p.loan_id and (n.send_status = 'SENT' or n.channel in ('EXTERNAL_SMS', 'PHONE_CALL'))
                  and p.payment_date between n.created_on and n.created_on + 14)
              group by l.currency) x) as collected,
           (select count(*)::int from promise where paid >= due) as kept,
           (select count(*)::int from promise where paid < due and promise_date < ${today}) as broken,
           (select count(*)::int from promise where paid < due and promise_date >= ${today}) as pending`;
  return {
    from,
    to: until,
    created: r.created,
    sent: r.sent,
    delivered: r.delivered,
    collectedWithin14Days: jsonColumn(r.collected),
    promisesKept: r.kept,
    promisesBroken: r.broken,
    promisesPending: r.pending,
  };
}
