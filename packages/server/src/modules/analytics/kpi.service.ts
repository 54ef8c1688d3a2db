import { isSmsChannel, smsLength, type NoticeChannel } from '@raty/domain';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import type { SqlHandle } from '../../db/client.js';
import { labelKeys } from './aggregates.service.js';
import { NoticeDimension, type CureRateType, type NoticeEffectivenessType, type RollRateCellType, type VintagePointType } from './kpi.types.js';

/**
 * The collections KPIs in SQL (issue #27, docs/analytics.md § KPIs). Each is the SQL twin of a pure function of
 * packages/domain/src/analytics/kpi.ts (rollRates, cureRates + curedWithin, vintageCurves, noticeEffectiveness),
 * compared with it in test/analytics.kpi.test.ts (docs/architecture.md § Twins). Always per currency and receivable kind
 * (effectiveness: per currency and the dimensions asked); shares with 4 places, half-up, null when nothing to divide.
 */

function range(from: string, to: string) {
  if (to < from) throw BadUserInput.field('to', 'date.min', 'to must not be before from', { min: from });
}

function kindFilter(sql: SqlHandle, currency?: string | null, kind?: string | null) {
  return sql`${currency ? sql`and l.currency = ${currency.trim().toUpperCase()}` : sql``} ${kind ? sql`and rk.code = ${kind.trim().toUpperCase()}` : sql``}`;
}

/** share = part / whole, 4 places half-up (numeric division in PostgreSQL is exact to more places first). */
const SHARE = (part: string, whole: string) => `case when ${whole} = 0 then null else round((${part})::numeric / (${whole}), 4)::numeric(9,4)::text end`;

/**
 * Roll rates: every loan with a snapshot at a month end M in [from, to] and something outstanding then, with its
 * snapshot at the next month end: the matrix of (bucket at M → bucket at M+1), by count and by outstanding at M.
 */
export async function rollRates(ctx: Context, from: string, to: string, currency?: string | null, kind?: string | null): Promise<RollRateCellType[]> {
  range(from, to);
  const { sql } = ctx;
  return sql<RollRateCellType[]>`
    with t as (
      select l.currency, rk.code as kind, a.bucket as b_from, b.bucket as b_to, a.outstanding
      from loan_month_ends a
      join loan_month_ends b on b.loan_id = a.loan_id and b.month_end = (date_trunc('month', a.month_end) + interval '2 month - 1 day')::date
      join loans l on l.id = a.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
      where a.month_end between ${from}::date and ${to}::date and a.outstanding > 0 ${kindFilter(sql, currency, kind)}),
    c as (select currency, kind, b_from, b_to, count(*)::int as loans, sum(outstanding) as amount from t group by 1, 2, 3, 4)
    select currency, kind as "receivableKindCode", b_from as "from", b_to as "to", loans, amount::numeric(17,2)::text as amount,
           ${sql.unsafe(SHARE('loans', 'sum(loans) over w'))} as "shareByCount", ${sql.unsafe(SHARE('amount', 'sum(amount) over w'))} as "shareByAmount"
    from c window w as (partition by currency, kind, b_from)
    order by currency, kind, array_position(array['CURRENT','1-30','31-60','61-90','91-180','180+'], b_from), array_position(array['CURRENT','1-30','31-60','61-90','91-180','180+'], b_to)`;
}

/**
 * Cure rate: loans in a past-due bucket at a month end in [from, to] (snapshots); cured when, on a day t within
 * `withinDays` after the month end, every line of the current schedule due before t was fully paid by t (the twin of
 * the domain's curedWithin: only the days a line became fully paid are tried).
 */
export async function cureRates(ctx: Context, from: string, to: string, withinDays: number, currency?: string | null, kind?: string | null): Promise<CureRateType[]> {
  range(from, to);
  if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 366) throw BadUserInput.field('withinDays', 'int.range', 'withinDays must be 1 to 366', { min: 1, max: 366 });
  const { sql } = ctx;
  return sql<CureRateType[]>`
    with c as (
      select l.currency, rk.code as kind, a.bucket, a.overdue, coalesce(x.cured, false) as cured
      from loan_month_ends a join loans l on l.id = a.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
      left join lateral (
        select true as cured from installments i
        where i.loan_id = a.loan_id and i.version = l.schedule_version and i.paid_at > a.month_end and i.paid_at <= a.month_end + ${withinDays}::int
          and not exists (select 1 from installments j where j.loan_id = i.loan_id and j.version = i.version and j.due_date < i.paid_at and (j.paid_at is null or j.paid_at > i.paid_at))
        limit 1) x on true
      where a.month_end between ${from}::date and ${to}::date and a.bucket <> 'CURRENT' ${kindFilter(sql, currency, kind)}),
    g as (select currency, kind, bucket, count(*)::int as loans, (count(*) filter (where cured))::int as cured_loans,
                 sum(overdue) as overdue, coalesce(sum(overdue) filter (where cured), 0) as cured_overdue from c group by 1, 2, 3)
    select currency, kind as "receivableKindCode", bucket, loans, cured_loans as "curedLoans", overdue::numeric(17,2)::text as overdue,
           cured_overdue::numeric(17,2)::text as "curedOverdue", ${sql.unsafe(SHARE('cured_loans', 'loans'))} as "rateByCount", ${sql.unsafe(SHARE('cured_overdue', 'overdue'))} as "rateByAmount"
    from g order by currency, kind, array_position(array['CURRENT','1-30','31-60','61-90','91-180','180+'], bucket)`;
}

/**
 * Vintage curves: loans disbursed in the months of [cohortFrom, cohortTo]; at each month end after disbursement
 * (months on book 0 = the end of the disbursement month) the loans 30+/60+/90+ days past due (snapshots), by count and
 * by their outstanding principal over the cohort's disbursed principal.
 */
export async function vintageCurves(ctx: Context, cohortFrom: string, cohortTo: string, currency?: string | null, kind?: string | null): Promise<VintagePointType[]> {
  range(cohortFrom, cohortTo);
  const { sql } = ctx;
  return sql<VintagePointType[]>`
    with c as (
      select l.id, l.currency, rk.code as kind, date_trunc('month', l.disbursement_date)::date as cohort, l.principal
      from loans l join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
      where l.status <> 'TO_BE_DISBURSED' and l.disbursement_date >= date_trunc('month', ${cohortFrom}::date) and l.disbursement_date <= ${cohortTo}::date
        ${kindFilter(sql, currency, kind)}),
    tot as (select currency, kind, cohort, count(*)::int as loans, sum(principal) as principal from c group by 1, 2, 3),
    p as (
      select c.currency, c.kind, c.cohort,
             ((extract(year from s.month_end) - extract(year from c.cohort)) * 12 + extract(month from s.month_end) - extract(month from c.cohort))::int as mob,
             (count(*) filter (where s.days_past_due >= 30))::int as n30, (count(*) filter (where s.days_past_due >= 60))::int as n60,
             (count(*) filter (where s.days_past_due >= 90))::int as n90,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 30), 0) as a30,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 60), 0) as a60,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 90), 0) as a90
      from c join loan_month_ends s on s.loan_id = c.id group by 1, 2, 3, 4)
    select p.currency, p.kind as "receivableKindCode", to_char(p.cohort, 'YYYY-MM') as cohort, p.mob as "monthsOnBook", tot.loans, tot.principal::numeric(17,2)::text as principal,
           n30 as loans30, n60 as loans60, n90 as loans90, a30::numeric(17,2)::text as amount30, a60::numeric(17,2)::text as amount60, a90::numeric(17,2)::text as amount90,
           ${sql.unsafe(SHARE('n30', 'tot.loans'))} as "share30ByCount", ${sql.unsafe(SHARE('n60', 'tot.loans'))} as "share60ByCount", ${sql.unsafe(SHARE('n90', 'tot.loans'))} as "share90ByCount",
           ${sql.unsafe(SHARE('a30', 'tot.principal'))} as "share30ByAmount", ${sql.unsafe(SHARE('a60', 'tot.principal'))} as "share60ByAmount", ${sql.unsafe(SHARE('a90', 'tot.principal'))} as "share90ByAmount"
    from p join tot using (currency, kind, cohort) order by p.currency, p.kind, p.cohort, p.mob`;
}

const NOTICE_KEY: Record<NoticeDimension, string> = {
  [NoticeDimension.TEMPLATE]: 'n.template_id::text',
  [NoticeDimension.NOTICE_CHANNEL]: 'n.channel',
  [NoticeDimension.REASON]: 'n.reason',
  [NoticeDimension.CREATOR]: 'n.created_by::text',
};

/**
 * Notice effectiveness of the notices created in [from, to], per currency (of the file's receivable kind) and the
 * dimensions asked. Sent as in noticeStats (SENT, or an external SMS / phone call); a payment counts when posted on one
 * of the file's loans dated within [created, created + withinDays] of a sent notice, each payment once per group.
 * Promise outcomes as `Notice.promiseOutcome` (items covered by allocations dated from creation to the promise date; with a
 * promised amount, issue 31: the payments posted on the file's loans in that window reach the amount).
 */
export async function noticeEffectiveness(ctx: Context, from: string, to: string | null | undefined, by: readonly NoticeDimension[], withinDays: number): Promise<NoticeEffectivenessType[]> {
  const until = to ?? businessDate();
  range(from, until);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw BadUserInput.field('withinDays', 'int.range', 'withinDays must be 0 to 366', { min: 0, max: 366 });
  by.forEach((d, i) => {
    if (by.indexOf(d) !== i) throw BadUserInput.field(`by.${i}`, 'dimension.repeated', `${d} is asked for twice`);
  });
  const today = businessDate();
  const { sql } = ctx;
  const keyCols = by.map((d, i) => sql`${sql.unsafe(NOTICE_KEY[d])} as ${sql('k' + i)}`);
  const keyList = [sql`currency`, ...by.map((_, i) => sql`${sql('k' + i)}`)].reduce((a, b) => sql`${a}, ${b}`);
  // the group's key as one text (null keys included), to join the parts of the answer
  const gk = sql`json_build_array(rk.currency${sql.unsafe(by.map((d) => `, ${NOTICE_KEY[d]}`).join(''))})::text`;
  const nsCols = [
    sql`n.id`,
    sql`n.party_id`,
    sql`n.file_id`,
    sql`n.created_on`,
    sql`n.promise_date`,
    sql`n.promise_amount`,
    sql`n.total_amount`,
    sql`rk.currency`,
    sql`${gk} as gk`,
    ...keyCols,
  ].reduce((a, b) => sql`${a}, ${b}`);
  type Row = Omit<NoticeEffectivenessType, 'keys' | 'smsParts'> & Record<string, unknown>;
  const rows = await sql<Row[]>`
    with ns as (
      select ${nsCols}, (n.send_status = 'SENT' or n.channel in ('EXTERNAL_SMS', 'PHONE_CALL')) as sent, (n.delivery_status = 'DELIVERED') as delivered
      from notices n join debtor_files f on f.id = n.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
      where n.created_on between ${from}::date and ${until}::date),
    promise as (
      select ns.id, ns.promise_date,
        case when ns.promise_amount is not null then ns.promise_amount
             else coalesce((select sum(ni.amount_due) from notice_items ni where ni.notice_id = ns.id and ni.selected), 0) end as due,
        case when ns.promise_amount is not null then
          coalesce((select sum(p.amount) from loans l join payments p on p.loan_id = l.id and p.status = 'POSTED'
                      and p.payment_date between ns.created_on and least(ns.promise_date, ${today}::date) where l.file_id = ns.file_id), 0)
        else coalesce((select sum(a.amount) from notice_items ni
                    join payment_allocations a on a.loan_id = ni.loan_id and a.installment_number = ni.installment_number and a.component <> 'OVERPAYMENT'
                    join payments p on p.id = a.payment_id and p.status = 'POSTED' and p.payment_date between ns.created_on and ns.promise_date
                  where ni.notice_id = ns.id and ni.selected), 0) end as paid
      from ns where ns.promise_date is not null),
    hits as (
      select distinct ns.gk, ns.party_id, p.id as payment_id, p.amount
      from ns join loans l on l.file_id = ns.file_id
      join payments p on p.loan_id = l.id and p.status = 'POSTED' and p.payment_date between ns.created_on and ns.created_on + ${withinDays}::int
      where ns.sent),
    paid as (select gk, count(distinct party_id)::int as addressees_paid from hits group by gk),
    coll as (select gk, sum(amount) as collected from (select distinct gk, payment_id, amount from hits) h group by gk),
    g as (
      select gk, ${keyList}, count(*)::int as notices, (count(*) filter (where sent))::int as sent, (count(*) filter (where delivered))::int as delivered,
             (count(distinct party_id) filter (where sent))::int as addressees, coalesce(sum(total_amount) filter (where sent), 0) as asked,
             (count(pr.id))::int as made, (count(pr.id) filter (where pr.paid >= pr.due))::int as kept,
             (count(pr.id) filter (where pr.paid < pr.due and pr.promise_date < ${today}::date))::int as broken,
             (count(pr.id) filter (where pr.paid < pr.due and pr.promise_date >= ${today}::date))::int as pending
      from ns left join promise pr on pr.id = ns.id group by gk, ${keyList})
    select g.*, coalesce(paid.addressees_paid, 0) as "addresseesPaid", coalesce(coll.collected, 0)::numeric(17,2)::text as collected, g.asked::numeric(17,2)::text as asked,
           ${sql.unsafe(SHARE('g.delivered', 'g.sent'))} as "deliveryRate", ${sql.unsafe(SHARE('coalesce(paid.addressees_paid, 0)', 'g.addressees'))} as "paidShareByCount",
           ${sql.unsafe(SHARE('coalesce(coll.collected, 0)', 'g.asked'))} as "paidShareByAmount",
           g.made as "promisesMade", g.kept as "promisesKept", g.broken as "promisesBroken", g.pending as "promisesPending"
    from g left join paid on paid.gk = g.gk left join coll on coll.gk = g.gk order by ${keyList}`;
  // SMS parts: the domain's GSM-7 rule (COLL-4.2's part counter) over the texts of the sent SMS notices (no SQL twin of the splitter)
  // each distinct text once per group, with how many notices carry it (texts from one template repeat)
  const texts = await sql<{ gk: string; text: string | null; channel: string; n: number }[]>`
    select ${gk} as gk, n.text, n.channel, count(*)::int as n
    from notices n join debtor_files f on f.id = n.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
    where n.created_on between ${from}::date and ${until}::date and n.channel in ('SMS', 'EXTERNAL_SMS') and (n.send_status = 'SENT' or n.channel = 'EXTERNAL_SMS')
    group by 1, 2, 3`;
  const parts = new Map<string, number>();
  for (const t of texts) if (t.text && isSmsChannel(t.channel as NoticeChannel)) parts.set(t.gk, (parts.get(t.gk) ?? 0) + smsLength(t.text).parts * t.n);
  const out = rows.map((r) => ({
    currency: r.currency,
    keys: by.map((d, i) => ({ dimension: d as unknown as NoticeEffectivenessType['keys'][number]['dimension'], value: (r['k' + i] as string | null) ?? null })),
    notices: r.notices,
    sent: r.sent,
    delivered: r.delivered,
    deliveryRate: r.deliveryRate,
    smsParts: parts.get(r.gk as string) ?? 0,
    addressees: r.addressees,
    addresseesPaid: r.addresseesPaid,
    paidShareByCount: r.paidShareByCount,
    collected: r.collected,
    asked: r.asked,
    paidShareByAmount: r.paidShareByAmount,
    promisesMade: r.promisesMade,
    promisesKept: r.promisesKept,
    promisesBroken: r.promisesBroken,
    promisesPending: r.promisesPending,
  }));
  await labelKeys(sql, out);
  return out;
}
