import type { Logger } from 'pino';
import type { Sql } from '../../db/client.js';
import { registerCronJob } from '../../jobs/queue.js';
import { businessDate } from '../../lib/business-date.js';
import { applyLegalCaps } from '../legal-rates/index.js';
import { replayAndStore } from './backfill.js';

/**
 * Daily arrears / penalty tick (docs/performance.md "Daily tick").
 *
 * The installments' paid_principal / paid_interest / paid_at are a cache of the ledger replay (`loanState`) as of the
 * day of the last posting. Two things make such a cache drift without any new event:
 *  - an installment falls due while the loan holds an overpayment: the replay applies the overpayment on that due date
 *    (waterfall BY_ITEM: oldest due date first, interest before principal, then by installment number);
 *  - days pass while principal is past due: penalty interest accrues and days past due grow (loan_balances).
 *
 * `runDailyTick(sql, asOf)` makes both caches true for `asOf` with a handful of SET-BASED statements (no per-loan loop):
 *  1. candidates: loans whose cached state can change — an unpaid installment due on or before `asOf` (penalty / days
 *     past due / overpayment application), no loan_balances row yet, a payment or reversal since the row was computed,
 *     or a row computed for a later date;
 *  2. overpayment held per candidate = Σ allocations of its regular payments − penalty paid − Σ paid principal+interest;
 *  3. the overpayment is applied (window running sums) to the unpaid items due on or before `asOf`;
 *  4. penalty interest per installment = Σ over periods of constant unpaid principal and constant penalty rate of
 *     unpaid principal × rate × days / 365 (ACT/365, the day after the due date up to `asOf`, principal as of the end of
 *     the previous day), rounded half-up to 0.01 per installment, minus the penalty already paid (docs/domain.md §5.2);
 *  5. loan_balances rows are upserted;
 *  6. loans whose deposit was applied in 3 get their allocation events rewritten by the engine's replay (the
 *     APPLICATION pairs, docs/domain.md §5.4) — only those loans, so the tick stays set-based for the rest.
 *
 * Precondition (true in production, where it runs for "today"): no payment of the loan is dated after `asOf`.
 */
export interface DailyTickResult {
  asOf: string;
  /** loans recomputed */
  candidates: number;
  /** installments whose paid amounts changed (overpayment applied) */
  installmentsUpdated: number;
  balancesWritten: number;
  ms: number;
  /** ms per step (candidates, allocations, overpayment, apply, penalty, balances, events) */
  steps: Record<string, number>;
}

export async function runDailyTick(sql: Sql, asOf: string, opts: { log?: Logger } = {}): Promise<DailyTickResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD (got ${asOf})`);
  const t0 = performance.now();
  const steps: Record<string, number> = {};
  let tStep = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - tStep);
    tStep = now;
  };
  const res = await sql.begin(async (txRaw) => {
    const tx = txRaw;
    // one tick at a time (the cron job and a manual run must not interleave)
    await tx`select pg_advisory_xact_lock(hashtext('raty.daily_tick'))`;
    await tx`set local work_mem = '128MB'`;
    // the tick may touch any loan: one "every file changed" row per statement in file_changes (migration 0013)
    await tx`set local raty.file_changes = 'all'`;

    // 1. candidate loans
    await tx`
      create temp table tick_loans on commit drop as
      select l.id as loan_id, l.schedule_version as v, l.disbursement_date, l.penalty_rate
      from loans l left join loan_balances b on b.loan_id = l.id
      where b.loan_id is null
         or b.as_of > ${asOf}::date
         or exists (select 1 from installments i
                    where i.loan_id = l.id and i.version = l.schedule_version and i.due_date <= ${asOf}::date
                      and i.principal + i.interest > i.paid_principal + i.paid_interest)
         or exists (select 1 from payments p
                    where p.loan_id = l.id and (p.created_at >= b.computed_at or p.reversed_at >= b.computed_at))`;
    await tx`alter table tick_loans add primary key (loan_id)`;
    await tx`analyze tick_loans`;
    const [{ n: candidates }] = await tx<{ n: number }[]>`select count(*)::int as n from tick_loans`;
    lap('candidates');

    // allocation lines of the candidates' posted regular payments with their value dates (a reversed payment's events
    // net to 0 per component, but its money never reduced principal for penalty interest: the replay drops it)
    await tx`
      create temp table tick_alloc on commit drop as
      select a.loan_id, a.installment_number as number, a.component, a.effective_date as d, a.amount as amt
      from tick_loans t
      join payment_allocations a on a.loan_id = t.loan_id
      join payments p on p.id = a.payment_id and p.kind = 'REGULAR' and p.status = 'POSTED'`;
    await tx`analyze tick_alloc`;
    lap('allocations');

    // 2. money paid in (allocations of effective payments) and penalty paid, per loan
    await tx`
      create temp table tick_op on commit drop as
      select t.loan_id,
             coalesce(sum(a.amt), 0) as paid_in,
             coalesce(sum(a.amt) filter (where a.component = 'PENALTY_INTEREST'), 0) as pen_paid
      from tick_loans t left join tick_alloc a on a.loan_id = t.loan_id
      group by t.loan_id`;
    await tx`alter table tick_op add column held numeric`;
    await tx`
      update tick_op o set held = o.paid_in - o.pen_paid - s.pi
      from (select i.loan_id, sum(i.paid_principal + i.paid_interest) as pi
            from tick_loans t join installments i on i.loan_id = t.loan_id and i.version = t.v group by i.loan_id) s
      where s.loan_id = o.loan_id`;
    await tx`update tick_op set held = paid_in - pen_paid where held is null`;
    lap('overpayment');

    // 3. apply the overpayment held to the items due on or before asOf (replay's waterfall order)
    const upd = await tx`
      with comp as (
        select i.id, i.loan_id, i.due_date, i.number, 2 as rank, i.interest - i.paid_interest as left_amt, o.held
        from tick_op o join tick_loans t on t.loan_id = o.loan_id
        join installments i on i.loan_id = t.loan_id and i.version = t.v
        where o.held > 0 and i.due_date <= ${asOf}::date and i.interest > i.paid_interest
        union all
        select i.id, i.loan_id, i.due_date, i.number, 3 as rank, i.principal - i.paid_principal, o.held
        from tick_op o join tick_loans t on t.loan_id = o.loan_id
        join installments i on i.loan_id = t.loan_id and i.version = t.v
        where o.held > 0 and i.due_date <= ${asOf}::date and i.principal > i.paid_principal
      ), run as (
        select c.*, coalesce(sum(c.left_amt) over (partition by c.loan_id order by c.due_date, c.rank, c.number
                                                   rows between unbounded preceding and 1 preceding), 0) as before
        from comp c
      ), take as (
        select id, sum(least(left_amt, greatest(held - before, 0))) filter (where rank = 2) as add_i,
                   sum(least(left_amt, greatest(held - before, 0))) filter (where rank = 3) as add_p
        from run where held > before group by id
      )
      update installments i
         set paid_interest = i.paid_interest + coalesce(x.add_i, 0),
             paid_principal = i.paid_principal + coalesce(x.add_p, 0),
             paid_at = case when i.paid_interest + coalesce(x.add_i, 0) = i.interest and i.paid_principal + coalesce(x.add_p, 0) = i.principal
                            then i.due_date else i.paid_at end
      from take x where i.id = x.id
      returning i.loan_id`;
    lap('apply');

    // 4. penalty interest accrued per installment (segments of constant unpaid principal × penalty-rate periods)
    await tx`
      create temp table tick_pen on commit drop as
      with pay_red as (
        select a.loan_id, a.number, a.d, sum(a.amt) as amt from tick_alloc a where a.component = 'PRINCIPAL' group by 1, 2, 3
      ), inst0 as (
        select i.loan_id, i.number, i.due_date, i.principal, i.paid_principal
        from tick_loans t join installments i on i.loan_id = t.loan_id and i.version = t.v
        where i.due_date < ${asOf}::date and i.principal > 0
      ), late as (
        select distinct r.loan_id, r.number from pay_red r join inst0 using (loan_id, number) where r.d > inst0.due_date
      ), inst as (
        -- only installments with principal unpaid at the end of some day after the due date accrue: unpaid now, or
        -- reduced by a payment dated after the due date (one paid in full by its due date never accrued)
        select inst0.* from inst0 left join late using (loan_id, number)
        where inst0.paid_principal < inst0.principal or late.loan_id is not null
      ), red as (
        -- principal reductions on their dates: payments on their value dates (never before the due date), the
        -- overpayment on the due date (= paid principal not explained by payments); the due date itself is a point
        select inst.loan_id, inst.number, greatest(r.d, inst.due_date) as c, r.amt
        from inst join pay_red r using (loan_id, number)
        union all
        select inst.loan_id, inst.number, inst.due_date, inst.paid_principal - coalesce(ps.s, 0)
        from inst left join (select loan_id, number, sum(amt) as s from pay_red group by 1, 2) ps using (loan_id, number)
      ), pts as (
        select loan_id, number, c, sum(amt) as amt from red where c < ${asOf}::date group by 1, 2, 3
      ), seg as (
        -- unpaid principal is constant on (c, e]: principal − reductions up to c
        select p.loan_id, p.number, p.c,
               coalesce(lead(p.c) over w, ${asOf}::date) as e,
               inst.principal - sum(p.amt) over (w rows between unbounded preceding and current row) as op
        from pts p join inst using (loan_id, number)
        window w as (partition by p.loan_id, p.number order by p.c)
      ), rates as (
        select x.loan_id, x.f, lead(x.f) over (partition by x.loan_id order by x.f) as nf, x.rate
        from (select t.loan_id, t.disbursement_date as f, t.penalty_rate as rate from tick_loans t
              union all
              select r.loan_id, r.valid_from, r.rate from penalty_rates r join tick_loans t on t.loan_id = r.loan_id) x
      )
      select s.loan_id, s.number,
             round(sum(s.op * r.rate * (least(s.e, coalesce(r.nf - 1, s.e)) - greatest(s.c + 1, r.f) + 1)) / 36500, 2) as accrued
      from seg s join rates r on r.loan_id = s.loan_id and r.f <= s.e and (r.nf is null or r.nf - 1 >= s.c + 1)
      where s.op > 0 and s.e > s.c
      group by s.loan_id, s.number`;
    lap('penalty');

    // 5. balances per loan (after the overpayment application)
    const written = await tx`
      with s as (
        select i.loan_id,
               coalesce(sum(i.principal - i.paid_principal) filter (where i.due_date < ${asOf}::date), 0) as op,
               coalesce(sum(i.interest - i.paid_interest) filter (where i.due_date < ${asOf}::date), 0) as oi,
               sum(i.paid_principal + i.paid_interest) as pi,
               sum(i.principal + i.interest - i.paid_principal - i.paid_interest) as open,
               coalesce(${asOf}::date - min(i.due_date) filter (where i.due_date < ${asOf}::date and i.principal + i.interest > i.paid_principal + i.paid_interest), 0) as dpd
        from tick_loans t join installments i on i.loan_id = t.loan_id and i.version = t.v
        group by i.loan_id
      ), pen as (
        select loan_id, sum(accrued) as accrued from tick_pen group by loan_id
      )
      insert into loan_balances as b (loan_id, as_of, overdue_principal, overdue_interest, penalty_interest, overpayment, days_past_due, outstanding, computed_at)
      select t.loan_id, ${asOf}::date, coalesce(s.op, 0), coalesce(s.oi, 0), coalesce(pen.accrued, 0) - o.pen_paid,
             o.paid_in - o.pen_paid - coalesce(s.pi, 0), coalesce(s.dpd, 0), coalesce(s.open, 0) + coalesce(pen.accrued, 0) - o.pen_paid, now()
      from tick_loans t
      join tick_op o on o.loan_id = t.loan_id
      left join s on s.loan_id = t.loan_id
      left join pen on pen.loan_id = t.loan_id
      on conflict (loan_id) do update set
        as_of = excluded.as_of, overdue_principal = excluded.overdue_principal, overdue_interest = excluded.overdue_interest,
        penalty_interest = excluded.penalty_interest, overpayment = excluded.overpayment, days_past_due = excluded.days_past_due,
        outstanding = excluded.outstanding, computed_at = excluded.computed_at`;
    lap('balances');

    // 6. the allocation events of the loans whose deposit was applied: the replay records each application as a dated
    //    pair (OVERPAYMENT −x, component +x) on the payment that made the deposit (FIFO) — one replay per such loan
    const applied = [...new Set(upd.map((r) => (r as { loan_id: string }).loan_id))];
    for (let i = 0; i < applied.length; i += 500) await replayAndStore(tx, applied.slice(i, i + 500), asOf);
    lap('events');
    return { candidates, installmentsUpdated: upd.count, balancesWritten: written.count };
  });
  const out: DailyTickResult = { asOf, ...res, ms: Math.round(performance.now() - t0), steps };
  opts.log?.info(out, 'daily tick done');
  return out;
}

const DAILY_TICK_QUEUE = 'loans.daily-tick';
/** 02:00 every day, Europe/Warsaw (pg-boss cron). */
const DAILY_TICK_CRON = '0 2 * * *';
const DAILY_TICK_TZ = 'Europe/Warsaw';

/** Registers the daily tick as a pg-boss cron job (02:00 Europe/Warsaw) on the running queue; runs for the business date. */
export async function registerDailyTick(sql: Sql, log: Logger): Promise<void> {
  await registerCronJob(
    DAILY_TICK_QUEUE,
    DAILY_TICK_CRON,
    async () => {
      // legal maxima first: a cut in force today caps running PL loans (new schedule versions) before the balances
      const caps = await applyLegalCaps(sql, businessDate());
      if (caps.loans) log.info(caps, 'legal caps applied');
      await runDailyTick(sql, businessDate(), { log });
    },
    { retryLimit: 2, retryDelay: 60, expireInSeconds: 1800, tz: DAILY_TICK_TZ },
  );
}
