import { dpdBucket, formatMoney, parseMoney, positionsAt } from '@raty/domain';
import type { Logger } from 'pino';
import { bulkInsert, type BulkColumn } from '../../db/bulk.js';
import type { Sql } from '../../db/client.js';
import { businessDate } from '../../lib/business-date.js';
import { enqueue, registerCronJob } from '../../jobs/queue.js';
import { computeLoanState, ledgerOptionsOf, penaltyRatesOfMany, reversalDate, type InstallmentRow, type LoanRow, type PaymentRow } from '../loans/index.js';

/**
 * Month-end snapshots (issue #27, docs/analytics.md § Month-end snapshots): for every disbursed loan and every month end
 * from its disbursement to the last month end before the business date, the loan engine's replay as of that month end
 * (outstanding, overdue, days past due, bucket). One routine does both the job at each month end and the backfill of
 * history: it writes every (loan, month end) pair that is missing, so the first run replays the whole ledger history and
 * later runs write one month end. A month end is taken once the business date is past it (its payments are all in).
 */

const MONTH_END_QUEUE = 'analytics.month-end';
const MONTH_END_CRON = '30 2 * * *'; // after the daily tick (02:00); only writes something on the first day after a month end
const BATCH = 1000;
const SNAPSHOT_COLUMNS: BulkColumn[] = [
  { name: 'month_end', type: 'date' },
  { name: 'loan_id', type: 'uuid' },
  { name: 'currency', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'outstanding', type: 'numeric' },
  { name: 'outstanding_principal', type: 'numeric' },
  { name: 'overdue', type: 'numeric' },
  { name: 'days_past_due', type: 'int' },
  { name: 'bucket', type: 'text' },
];

function byLoan<T extends { loan_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.loan_id);
    if (list) list.push(r);
    else m.set(r.loan_id, [r]);
  }
  return m;
}

export interface MonthEndRun {
  loans: number;
  rows: number;
  monthEnds: number;
  ms: number;
}

/** Writes the missing month-end snapshots of every loan for month ends before `today` (the business date). */
export async function snapshotMonthEnds(sql: Sql, today: string = businessDate(), opts: { log?: Logger; loanIds?: string[]; batch?: number } = {}): Promise<MonthEndRun> {
  const t0 = performance.now();
  const only = opts.loanIds ? sql`and l.id = any(${opts.loanIds}::uuid[])` : sql``;
  const missing = await sql<{ loan_id: string; month_ends: string[] }[]>`
    with me as (
      select (date_trunc('month', d) + interval '1 month - 1 day')::date as month_end
      from generate_series(date_trunc('month', (select min(disbursement_date) from loans)), ${today}::date, interval '1 month') d)
    select l.id as loan_id, array_agg(me.month_end::text order by me.month_end) as month_ends
    from loans l join me on me.month_end >= l.disbursement_date and me.month_end < ${today}::date
    where l.status <> 'TO_BE_DISBURSED' ${only}
      and not exists (select 1 from loan_month_ends s where s.loan_id = l.id and s.month_end = me.month_end)
    group by l.id order by l.id`;
  let rows = 0;
  const monthEnds = new Set<string>();
  // a pipeline (docs/performance.md §13): the next batch is read and the previous one written by PostgreSQL while this
  // process replays the current one, so the backfill of the full portfolio keeps both busy
  type Missing = { loan_id: string; month_ends: string[] }[];
  const read = async (part: Missing) => {
    const ids = part.map((m) => m.loan_id);
    const [loans, lines, pays] = await Promise.all([
      sql<LoanRow[]>`select * from loans where id = any(${ids}::uuid[])`,
      sql<(InstallmentRow & { loan_id: string })[]>`select i.loan_id, i.number, i.due_date, i.principal, i.interest, i.accumulated_interest, i.total
        from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version where i.loan_id = any(${ids}::uuid[]) order by i.loan_id, i.number`,
      sql<PaymentRow[]>`select * from payments where loan_id = any(${ids}::uuid[]) and kind = 'REGULAR' order by payment_date, created_at, id`,
    ]);
    return { part, loans, lines, pays, rateMap: await penaltyRatesOfMany(sql, loans) };
  };
  const batches: Missing[] = [];
  const size = opts.batch ?? BATCH;
  for (let i = 0; i < missing.length; i += size) batches.push(missing.slice(i, i + size));
  let next = batches.length ? read(batches[0]) : null;
  let writing: Promise<unknown> = Promise.resolve();
  for (let b = 0; b < batches.length; b++) {
    const { part, loans, lines, pays, rateMap } = await next!;
    next = b + 1 < batches.length ? read(batches[b + 1]) : null;
    next?.catch(() => {}); // awaited on the next turn; a failure there rejects the run
    const loanOf = new Map(loans.map((l) => [l.id, l]));
    const linesOf = byLoan(lines);
    const paysOf = byLoan(pays);
    const out: unknown[][] = [];
    for (const m of part) {
      const loan = loanOf.get(m.loan_id)!;
      const myLines = linesOf.get(loan.id) ?? [];
      const myPays = paysOf.get(loan.id) ?? [];
      const rates = rateMap.get(loan.id)!;
      const replay = (asOf: string) =>
        computeLoanState({
          lines: myLines.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest })),
          penaltyRates: rates,
          payments: myPays.map((p) => ({ id: p.id, date: p.payment_date, amount: p.amount, reversedOn: reversalDate(p) })),
          asOf,
          ...ledgerOptionsOf(loan, myLines),
        }).ledger;
      // the loan engine (packages/domain ledger): one replay as of the last month end, read at each month end from its
      // dated allocation events (positionsAt); a loan with a reversed payment is replayed as of each month end instead
      const positions = myPays.some((p) => reversalDate(p))
        ? m.month_ends.map((d) => {
            const b = replay(d).balances;
            const overdue = parseMoney(b.overduePrincipal) + parseMoney(b.overdueInterest);
            return {
              asOf: d,
              outstanding: formatMoney(overdue + parseMoney(b.futurePrincipal) + parseMoney(b.futureInterest)),
              outstandingPrincipal: formatMoney(parseMoney(b.overduePrincipal) + parseMoney(b.futurePrincipal)),
              overdue: formatMoney(overdue),
              daysPastDue: b.daysPastDue,
            };
          })
        : positionsAt(replay(m.month_ends.at(-1)!), m.month_ends);
      for (const x of positions) {
        out.push([x.asOf, loan.id, loan.currency, loan.status, x.outstanding, x.outstandingPrincipal, x.overdue, x.daysPastDue, dpdBucket(x.daysPastDue)]);
        monthEnds.add(x.asOf);
      }
    }
    await writing;
    // one INSERT … SELECT FROM unnest per batch; `on conflict do nothing`: a concurrent run of the job writes the same rows
    writing = bulkInsert(sql, 'loan_month_ends', SNAPSHOT_COLUMNS, out, { onConflict: 'on conflict (month_end, loan_id) do nothing' });
    writing.catch(() => {}); // awaited before the next write and at the end
    rows += out.length;
  }
  await writing;
  const run = { loans: missing.length, rows, monthEnds: monthEnds.size, ms: Math.round(performance.now() - t0) };
  if (rows) opts.log?.info(run, 'month-end snapshots written');
  return run;
}

/** The job: daily after the tick (writes only the month ends not yet taken), plus one catch-up run at start-up. */
export async function registerMonthEndJob(sql: Sql, log: Logger): Promise<void> {
  await registerCronJob(MONTH_END_QUEUE, MONTH_END_CRON, () => snapshotMonthEnds(sql, businessDate(), { log }), {
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 3600,
    tz: 'Europe/Warsaw',
  });
  await enqueue(MONTH_END_QUEUE, {}, { singletonKey: 'startup-catch-up', retryLimit: 2 });
}
