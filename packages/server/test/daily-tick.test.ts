import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { createDemoData } from '../src/demo/index.js';
import { loanState, type LoanRow } from '../src/modules/loans/loans.service.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
const SEEDED_AS_OF = '2026-06-15';

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 300, asOf: SEEDED_AS_OF });
  // a dated penalty-rate change on some loans: the tick must split accrual periods at it
  await db.sql`insert into penalty_rates (loan_id, valid_from, rate)
    select id, '2026-08-01', 12.0 from loans where status = 'ACTIVE' and number like 'GOK/%'`;
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

interface Diff {
  loan: string;
  what: string;
  cached: unknown;
  replay: unknown;
}

/** Every loan: cached installments' paid amounts and loan_balances vs the engine's replay (loanState) as of `asOf`. */
async function compareAll(asOf: string): Promise<{ diffs: Diff[]; loans: number; withOverpayment: number; withPenalty: number }> {
  const loans = await db.sql<LoanRow[]>`select * from loans order by number`;
  const inst = await db.sql<{ loan_id: string; number: number; paid_principal: string; paid_interest: string; paid_at: string | null }[]>`
    select i.loan_id, i.number, i.paid_principal, i.paid_interest, i.paid_at from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version`;
  const bal = await db.sql<{ loan_id: string; overdue_principal: string; overdue_interest: string; penalty_interest: string; overpayment: string; days_past_due: number; outstanding: string }[]>`
    select * from loan_balances`;
  const instBy = new Map<string, (typeof inst)[number][]>();
  for (const r of inst) instBy.set(r.loan_id, [...(instBy.get(r.loan_id) ?? []), r]);
  const balBy = new Map(bal.map((b) => [b.loan_id, b]));
  const diffs: Diff[] = [];
  let withOverpayment = 0;
  let withPenalty = 0;
  for (const loan of loans) {
    const st = await loanState(db.sql, loan, asOf);
    const b = st.ledger.balances;
    if (b.overpaymentBalance !== '0.00') withOverpayment++;
    if (b.penaltyInterest !== '0.00') withPenalty++;
    const cached = new Map((instBy.get(loan.id) ?? []).map((r) => [r.number, r]));
    for (const i of st.installments) {
      const c = cached.get(i.number);
      const got = c ? [c.paid_principal, c.paid_interest, c.paid_at] : null;
      const want = [i.paidPrincipal, i.paidInterest, i.paidAt];
      if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push({ loan: loan.number, what: `installment ${i.number}`, cached: got, replay: want });
    }
    const row = balBy.get(loan.id);
    const got = row ? [row.overdue_principal, row.overdue_interest, row.penalty_interest, row.overpayment, row.days_past_due, row.outstanding] : null;
    const want = [b.overduePrincipal, b.overdueInterest, b.penaltyInterest, b.overpaymentBalance, b.daysPastDue, b.totalOutstanding];
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push({ loan: loan.number, what: 'balances', cached: got, replay: want });
  }
  return { diffs, loans: loans.length, withOverpayment, withPenalty };
}

describe('daily tick (set-based arrears / penalty / overpayment cache)', () => {
  it('the seeded caches drift once an installment falls due while overpayment is held', async () => {
    const before = await compareAll('2026-07-20');
    // loan_balances is empty before the first tick, and OVERPAID loans' next installments are not yet applied
    expect(before.diffs.filter((d) => d.what !== 'balances').length).toBeGreaterThan(0);
  }, 120_000);

  it('after the tick, cached figures equal the replay for every loan (first date)', async () => {
    const r = await runDailyTick(db.sql, '2026-07-20');
    expect(r.candidates).toBeGreaterThan(0);
    expect(r.installmentsUpdated).toBeGreaterThan(0);
    const cmp = await compareAll('2026-07-20');
    expect(cmp.withOverpayment).toBeGreaterThan(0);
    expect(cmp.withPenalty).toBeGreaterThan(0);
    expect(cmp.diffs.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('and at a later date, skipping days (catch-up, penalty-rate change in between)', async () => {
    const r = await runDailyTick(db.sql, '2026-10-03');
    const all = await db.sql<{ n: number }[]>`select count(*)::int as n from loans`;
    // only the loans whose state can change are recomputed
    expect(r.candidates).toBeLessThan(all[0].n);
    const cmp = await compareAll('2026-10-03');
    expect(cmp.diffs.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('is idempotent: a second run for the same day changes no installment', async () => {
    const r = await runDailyTick(db.sql, '2026-10-03');
    expect(r.installmentsUpdated).toBe(0);
    expect((await compareAll('2026-10-03')).diffs).toEqual([]);
  }, 120_000);
});
