import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { itemMatchesReason, type ContactReason } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { createDemoData, addDaysIso } from '../src/demo/index.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { fileItemsAsOf, reasonItemsAsOf } from '../src/modules/collection/items.js';

// The set-based items of mass generation (caches + loan_balances, replay only where a cache is not true) must equal
// the engine's replay (fileItemsAsOf) filtered as the domain's massCandidateItems does, item for item.
let db: Awaited<ReturnType<typeof createTestDb>>;
const SEEDED_AS_OF = '2026-06-15';
let files: string[] = [];

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 300, asOf: SEEDED_AS_OF, withPayments: true });
  // a dated penalty-rate change on some loans (after the seeded payments, whose allocations it would change otherwise):
  // accrual periods split at it
  await db.sql`insert into penalty_rates (loan_id, valid_from, rate) select id, '2026-07-01', 12.5 from loans where number like 'GOK/%'`;
  files = (await db.sql<{ id: string }[]>`select id from debtor_files order by number`).map((r) => r.id);
}, 180_000);
afterAll(async () => {
  await db?.drop();
});

async function compare(asOf: string) {
  const ref = await fileItemsAsOf(db.sql, files, asOf);
  const out: Record<string, { items: number; loans: number; replayed: number }> = {};
  for (const reason of ['OVERDUE', 'UPCOMING', 'OTHER'] as ContactReason[]) {
    const stats = { loans: 0, replayed: 0 };
    const got = await reasonItemsAsOf(db.sql, files, asOf, reason, stats);
    let items = 0;
    for (const f of files) {
      const want = ref.get(f)!.filter((i) => itemMatchesReason(reason, asOf, i.dueDate) && new Decimal(i.amount).greaterThan(0));
      expect(got.get(f), `${reason} ${asOf} file ${f}`).toEqual(want);
      items += want.length;
    }
    out[reason] = { items, ...stats };
  }
  return out;
}

describe('mass generation items from the caches (reasonItemsAsOf)', () => {
  it('without loan_balances every loan is replayed, with the same items', async () => {
    const r = await compare(SEEDED_AS_OF);
    expect(r.OVERDUE.items).toBeGreaterThan(50);
    expect(r.OVERDUE.replayed).toBe(r.OVERDUE.loans);
  });

  it('after the daily tick the items come from SQL (penalty per installment exact), equal to the replay', async () => {
    await runDailyTick(db.sql, SEEDED_AS_OF);
    const r = await compare(SEEDED_AS_OF);
    expect(r.OVERDUE.items).toBeGreaterThan(50);
    expect(r.OVERDUE.replayed).toBeLessThan(r.OVERDUE.loans / 10);
    expect(r.OTHER.replayed).toBeLessThan(r.OTHER.loans / 10);
  });

  it('rows of an earlier day: loans whose held overpayment is not applied yet are replayed; after the tick SQL again', async () => {
    const later = addDaysIso(SEEDED_AS_OF, 75);
    const before = await compare(later);
    expect(before.OVERDUE.items).toBeGreaterThan(50);
    await runDailyTick(db.sql, later);
    const after = await compare(later);
    expect(after.OVERDUE.replayed).toBeLessThan(after.OVERDUE.loans / 10);
  });

  it('a payment posted after the row was computed, or a missing row, sends the loan to the replay', async () => {
    const asOf = addDaysIso(SEEDED_AS_OF, 75);
    const [loan] = await db.sql<{ id: string }[]>`select l.id from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where i.due_date < ${asOf}::date and i.principal + i.interest > i.paid_principal + i.paid_interest limit 1`;
    // a payment created after the balances row (its effect on the caches is not stored here: the replay must be used)
    await db.sql`insert into payments (loan_id, payment_date, amount, method) values (${loan.id}, ${asOf}::date, 10.00, 'CASH')`;
    await db.sql`delete from loan_balances where loan_id = (select id from loans where id <> ${loan.id} order by id limit 1)`;
    const r = await compare(asOf);
    expect(r.OTHER.replayed).toBeGreaterThanOrEqual(2);
  });
});
