import { parse } from 'graphql';
import type { Sql } from '../src/db/client.js';
import { snapshotMonthEnds } from '../src/modules/analytics/month-ends.service.js';
import { round, stat, type Measure } from './report.js';
import { BENCH_AS_OF } from './seed.js';

/**
 * Issue #27: each collections KPI and cookbook aggregate through the API (graphql-js execute over the real resolvers)
 * against ONE hand-written SQL statement computing the same figures over the same data, interleaved in the same run.
 * Target: API ≤ 2 × the statement (median). The first sample of each compares the two answers figure by figure.
 */

type Exec = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

interface Case {
  id: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** the API answer as comparable rows (strings) */
  rows: (data: Record<string, unknown>) => string[];
  baseline: (sql: Sql) => Promise<string[]>;
  note?: string;
}

const FROM = '2025-11-30';
const TO = '2026-09-30';
const KIND = `join loans l on l.id = a.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id`;

const line = (...xs: unknown[]) => xs.map((x) => (x === null || x === undefined ? '∅' : String(x))).join('|');

export const KPI_CASES: Case[] = [
  {
    id: 'kpiRollRates',
    title: 'Roll rates, 11 month ends',
    query: `query($f: Date!, $t: Date!) { rollRates(from: $f, to: $t) { currency receivableKindCode from to loans amount shareByCount shareByAmount } }`,
    variables: { f: FROM, t: TO },
    rows: (d) => (d.rollRates as Record<string, unknown>[]).map((r) => line(r.currency, r.receivableKindCode, r.from, r.to, r.loans, r.amount, r.shareByCount, r.shareByAmount)),
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      select l.currency, rk.code, a.bucket as b_from, b.bucket as b_to, count(*)::int as loans, sum(a.outstanding)::numeric(17,2)::text as amount,
             round(count(*)::numeric / sum(count(*)) over w, 4)::text as sc, round(sum(a.outstanding) / nullif(sum(sum(a.outstanding)) over w, 0), 4)::text as sa
      from loan_month_ends a join loan_month_ends b on b.loan_id = a.loan_id and b.month_end = (date_trunc('month', a.month_end) + interval '2 month - 1 day')::date ${KIND}
      where a.month_end between '${FROM}' and '${TO}' and a.outstanding > 0
      group by l.currency, rk.code, a.bucket, b.bucket window w as (partition by l.currency, rk.code, a.bucket)`)
      ).map((r) => line(r.currency, r.code, r.b_from, r.b_to, r.loans, r.amount, r.sc, r.sa)),
  },
  {
    id: 'kpiCure',
    title: 'Cure rate within 30 days, 11 month ends',
    query: `query($f: Date!, $t: Date!) { cureRates(from: $f, to: $t, withinDays: 30) { currency receivableKindCode bucket loans curedLoans overdue curedOverdue rateByCount rateByAmount } }`,
    variables: { f: FROM, t: TO },
    rows: (d) =>
      (d.cureRates as Record<string, unknown>[]).map((r) => line(r.currency, r.receivableKindCode, r.bucket, r.loans, r.curedLoans, r.overdue, r.curedOverdue, r.rateByCount, r.rateByAmount)),
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      select l.currency, rk.code, a.bucket, count(*)::int as loans, count(c.cured)::int as cured, sum(a.overdue)::numeric(17,2)::text as overdue,
             coalesce(sum(a.overdue) filter (where c.cured), 0)::numeric(17,2)::text as co,
             round(count(c.cured)::numeric / count(*), 4)::text as rc, round(coalesce(sum(a.overdue) filter (where c.cured), 0) / nullif(sum(a.overdue), 0), 4)::text as ra
      from loan_month_ends a ${KIND}
      left join lateral (select true as cured from installments i where i.loan_id = a.loan_id and i.version = l.schedule_version and i.paid_at > a.month_end and i.paid_at <= a.month_end + 30
                           and not exists (select 1 from installments j where j.loan_id = i.loan_id and j.version = i.version and j.due_date < i.paid_at and (j.paid_at is null or j.paid_at > i.paid_at))
                         limit 1) c on true
      where a.month_end between '${FROM}' and '${TO}' and a.bucket <> 'CURRENT'
      group by l.currency, rk.code, a.bucket`)
      ).map((r) => line(r.currency, r.code, r.bucket, r.loans, r.cured, r.overdue, r.co, r.rc, r.ra)),
  },
  {
    id: 'kpiVintage',
    title: 'Vintage curves, cohorts of 2025',
    query: `query { vintageCurves(cohortFrom: "2025-01-01", cohortTo: "2025-12-31") { currency receivableKindCode cohort monthsOnBook loans principal loans30 loans60 loans90 amount30 amount60 amount90 share30ByCount share60ByCount share90ByCount share30ByAmount share60ByAmount share90ByAmount } }`,
    variables: {},
    rows: (d) =>
      (d.vintageCurves as Record<string, unknown>[]).map((r) =>
        line(
          r.currency,
          r.receivableKindCode,
          r.cohort,
          r.monthsOnBook,
          r.loans,
          r.principal,
          r.loans30,
          r.loans60,
          r.loans90,
          r.amount30,
          r.amount60,
          r.amount90,
          r.share30ByCount,
          r.share60ByCount,
          r.share90ByCount,
          r.share30ByAmount,
          r.share60ByAmount,
          r.share90ByAmount,
        ),
      ),
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      with c as (select l.id, l.currency, rk.code, date_trunc('month', l.disbursement_date) as cohort, l.principal,
                        count(*) over (partition by l.currency, rk.code, date_trunc('month', l.disbursement_date)) as n,
                        sum(l.principal) over (partition by l.currency, rk.code, date_trunc('month', l.disbursement_date)) as p
                 from loans l join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
                 where l.status <> 'TO_BE_DISBURSED' and l.disbursement_date between '2025-01-01' and '2025-12-31')
      select c.currency, c.code, to_char(c.cohort, 'YYYY-MM') as cohort, (extract(year from age(date_trunc('month', s.month_end), c.cohort)) * 12 + extract(month from age(date_trunc('month', s.month_end), c.cohort)))::int as mob,
             max(c.n)::int as n, max(c.p)::numeric(17,2)::text as p,
             count(*) filter (where s.days_past_due >= 30) as n30, count(*) filter (where s.days_past_due >= 60) as n60, count(*) filter (where s.days_past_due >= 90) as n90,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 30), 0)::numeric(17,2)::text as a30,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 60), 0)::numeric(17,2)::text as a60,
             coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 90), 0)::numeric(17,2)::text as a90,
             round((count(*) filter (where s.days_past_due >= 30))::numeric / max(c.n), 4)::text as s30, round((count(*) filter (where s.days_past_due >= 60))::numeric / max(c.n), 4)::text as s60,
             round((count(*) filter (where s.days_past_due >= 90))::numeric / max(c.n), 4)::text as s90,
             round(coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 30), 0) / max(c.p), 4)::text as p30,
             round(coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 60), 0) / max(c.p), 4)::text as p60,
             round(coalesce(sum(s.outstanding_principal) filter (where s.days_past_due >= 90), 0) / max(c.p), 4)::text as p90
      from c join loan_month_ends s on s.loan_id = c.id group by 1, 2, 3, 4`)
      ).map((r) => line(r.currency, r.code, r.cohort, r.mob, r.n, r.p, r.n30, r.n60, r.n90, r.a30, r.a60, r.a90, r.s30, r.s60, r.s90, r.p30, r.p60, r.p90)),
  },
  {
    id: 'kpiNoticeEffectiveness',
    title: 'Notice effectiveness per template, 14 days',
    query: `query { noticeEffectiveness(from: "2026-01-01", to: "${BENCH_AS_OF}", by: [TEMPLATE], withinDays: 14) { currency keys { value } notices sent delivered deliveryRate addressees addresseesPaid paidShareByCount collected asked paidShareByAmount promisesMade promisesKept promisesBroken promisesPending } }`,
    variables: {},
    rows: (d) =>
      (d.noticeEffectiveness as Record<string, unknown>[]).map((r) =>
        line(
          r.currency,
          (r.keys as { value: string | null }[])[0].value,
          r.notices,
          r.sent,
          r.delivered,
          r.deliveryRate,
          r.addressees,
          r.addresseesPaid,
          r.paidShareByCount,
          r.collected,
          r.asked,
          r.paidShareByAmount,
          r.promisesMade,
          r.promisesKept,
          r.promisesBroken,
          r.promisesPending,
        ),
      ),
    note: 'The API also counts the SMS parts of the sent SMS texts with the domain splitter (GSM-7 rules, not in SQL); the statement does not.',
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      with ns as (select n.*, rk.currency, (n.send_status = 'SENT' or n.channel in ('EXTERNAL_SMS', 'PHONE_CALL')) as is_sent
                  from notices n join debtor_files f on f.id = n.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
                  where n.created_on between '2026-01-01' and '${BENCH_AS_OF}'),
      pr as (select ns.id, ns.promise_date,
               (select coalesce(sum(ni.amount_due), 0) from notice_items ni where ni.notice_id = ns.id and ni.selected) as due,
               (select coalesce(sum(a.amount), 0) from notice_items ni join payment_allocations a on a.loan_id = ni.loan_id and a.installment_number = ni.installment_number and a.component <> 'OVERPAYMENT'
                  join payments p on p.id = a.payment_id and p.status = 'POSTED' and p.payment_date between ns.created_on and ns.promise_date where ni.notice_id = ns.id and ni.selected) as paid
             from ns where ns.promise_date is not null),
      h as (select distinct ns.currency, ns.template_id, ns.party_id, p.id as pid, p.amount from ns join loans l on l.file_id = ns.file_id
              join payments p on p.loan_id = l.id and p.status = 'POSTED' and p.payment_date between ns.created_on and ns.created_on + 14 where ns.is_sent),
      hp as (select currency, template_id, count(distinct party_id) as paid from h group by 1, 2),
      hc as (select currency, template_id, sum(amount) as collected from (select distinct currency, template_id, pid, amount from h) x group by 1, 2),
      g as (select ns.currency, ns.template_id, count(*) as notices, count(*) filter (where is_sent) as sent, count(*) filter (where delivery_status = 'DELIVERED') as delivered,
                   count(distinct party_id) filter (where is_sent) as addressees, coalesce(sum(total_amount) filter (where is_sent), 0) as asked,
                   count(pr.id) as made, count(pr.id) filter (where pr.paid >= pr.due) as kept, count(pr.id) filter (where pr.paid < pr.due and pr.promise_date < '${BENCH_AS_OF}') as broken,
                   count(pr.id) filter (where pr.paid < pr.due and pr.promise_date >= '${BENCH_AS_OF}') as pending
            from ns left join pr on pr.id = ns.id group by 1, 2)
      select g.*, coalesce(hp.paid, 0) as paid, coalesce(hc.collected, 0)::numeric(17,2)::text as coll, g.asked::numeric(17,2)::text as ask,
             round(g.delivered::numeric / nullif(g.sent, 0), 4)::text as dr, round(coalesce(hp.paid, 0)::numeric / nullif(g.addressees, 0), 4)::text as pc,
             round(coalesce(hc.collected, 0) / nullif(g.asked, 0), 4)::text as pa
      from g left join hp on hp.currency = g.currency and hp.template_id is not distinct from g.template_id
             left join hc on hc.currency = g.currency and hc.template_id is not distinct from g.template_id`)
      ).map((r) => line(r.currency, r.template_id, r.notices, r.sent, r.delivered, r.dr, r.addressees, r.paid, r.pc, r.coll, r.ask, r.pa, r.made, r.kept, r.broken, r.pending)),
  },
  {
    id: 'kpiAggPayments',
    title: 'Cookbook aggregate: payments per month and receivable kind',
    query: `query { aggregate(fact: PAYMENTS, groupBy: [MONTH, RECEIVABLE_KIND], filter: { from: "2025-12-01", to: "${BENCH_AS_OF}" }) { currency keys { value } count distinctLoans distinctFiles sum avg min max } }`,
    variables: {},
    rows: (d) =>
      (d.aggregate as Record<string, unknown>[]).map((r) => {
        const k = r.keys as { value: string | null }[];
        return line(r.currency, k[0].value, k[1].value, r.count, r.distinctLoans, r.distinctFiles, r.sum, r.avg, r.min, r.max);
      }),
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      select l.currency, date_trunc('month', p.payment_date)::date::text as m, rk.code, count(*)::int as n, count(distinct p.loan_id)::int as nl, count(distinct l.file_id)::int as nf,
             sum(p.amount)::numeric(17,2)::text as s, round(avg(p.amount), 2)::numeric(17,2)::text as a, min(p.amount)::text as mi, max(p.amount)::text as ma
      from payments p join loans l on l.id = p.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
      where p.payment_date between '2025-12-01' and '${BENCH_AS_OF}' group by 1, 2, 3`)
      ).map((r) => line(r.currency, r.m, r.code, r.n, r.nl, r.nf, r.s, r.a, r.mi, r.ma)),
  },
  {
    id: 'kpiAggPortfolio',
    title: 'Cookbook aggregate: outstanding by contract type and DPD bucket (as of the bench date)',
    query: `query { aggregate(fact: PORTFOLIO, groupBy: [CONTRACT_TYPE, DPD_BUCKET]) { currency keys { value } count distinctLoans distinctFiles sum avg min max } }`,
    variables: {},
    rows: (d) =>
      (d.aggregate as Record<string, unknown>[]).map((r) => {
        const k = r.keys as { value: string | null }[];
        return line(r.currency, k[0].value, k[1].value, r.count, r.distinctLoans, r.distinctFiles, r.sum, r.avg, r.min, r.max);
      }),
    baseline: async (sql) =>
      (
        await sql.unsafe(`
      with pl as (select l.id, l.file_id, l.currency, l.contract_type_id, sum(i.total - i.paid_principal - i.paid_interest) as o,
                         min(i.due_date) filter (where i.due_date < '${BENCH_AS_OF}' and i.paid_principal + i.paid_interest < i.total) as od
                  from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
                  where l.status <> 'TO_BE_DISBURSED' and l.disbursement_date <= '${BENCH_AS_OF}' group by l.id)
      select pl.currency, ct.code, case when od is null then 'CURRENT' when date '${BENCH_AS_OF}' - od <= 30 then '1-30' when date '${BENCH_AS_OF}' - od <= 60 then '31-60'
                                        when date '${BENCH_AS_OF}' - od <= 90 then '61-90' when date '${BENCH_AS_OF}' - od <= 180 then '91-180' else '180+' end as b,
             count(*)::int as n, count(distinct pl.id)::int as nl, count(distinct pl.file_id)::int as nf, sum(o)::numeric(17,2)::text as s, round(avg(o), 2)::numeric(17,2)::text as a,
             min(o)::numeric(17,2)::text as mi, max(o)::numeric(17,2)::text as ma
      from pl left join contract_types ct on ct.id = pl.contract_type_id group by 1, 2, 3`)
      ).map((r) => line(r.currency, r.code, r.b, r.n, r.nl, r.nf, r.s, r.a, r.mi, r.ma)),
  },
];

let prepared: Promise<{ rows: number; ms: number; loans: number }> | null = null;

/** The month-end snapshots the KPIs read: the backfill (engine replay of every loan at every past month end), once, not timed. */
function prepare(sql: Sql) {
  prepared ??= (async () => {
    const run = await snapshotMonthEnds(sql, BENCH_AS_OF);
    await sql`vacuum (analyze) loan_month_ends`;
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from loan_month_ends`;
    return { rows: n, ms: run.ms, loans: run.loans };
  })();
  return prepared;
}

export async function kpiMeasure(sql: Sql, exec: Exec, c: Case, samples: number): Promise<Measure> {
  const snap = await prepare(sql);
  const doc = c.query;
  parse(doc); // a typo fails here, before any timing
  // warm-up of both (plans, caches), then interleaved samples
  const api0 = c.rows(await exec(doc, c.variables)).sort();
  const sql0 = (await c.baseline(sql)).sort();
  const apiSet = new Set(api0);
  const differing = sql0.filter((r) => !apiSet.has(r)).length + Math.abs(api0.length - sql0.length);
  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  for (let i = 0; i < Math.max(3, samples); i++) {
    let t0 = performance.now();
    await exec(doc, c.variables);
    apiTimes.push(performance.now() - t0);
    t0 = performance.now();
    await c.baseline(sql);
    sqlTimes.push(performance.now() - t0);
  }
  const a = stat(apiTimes);
  const b = stat(sqlTimes);
  const ratio = a.median / b.median;
  return {
    id: c.id,
    title: `${c.title} (${api0.length.toLocaleString('en')} rows)`,
    value: round(ratio, 2),
    unit: '× SQL',
    target: 'API ≤ 2 × one hand-written SQL statement, same figures',
    met: ratio <= 2 && differing === 0,
    stats: { 'API, graphql-js execute (ms)': a, 'hand-written SQL (ms)': b, 'rows (API)': api0.length, 'rows (SQL)': sql0.length, 'rows differing': differing },
    notes: [
      `Month-end snapshots: ${snap.rows.toLocaleString('en')} rows in loan_month_ends (${snap.loans.toLocaleString('en')} loans replayed by this run's backfill in ${round(snap.ms / 1000, 1)} s, not timed; 0 when already there).`,
      'Interleaved samples (one API run, one statement), after one warm-up of each; the figure is the ratio of the medians. The first answers are compared row by row (figure "rows differing").',
      ...(c.note ? [c.note] : []),
    ],
  };
}
