/**
 * The invariant checker itself (scripts/check-invariants.ts): silent on a healthy demo portfolio with payments,
 * loud on every kind of corruption (negative controls, each inside a rolled-back transaction), and runnable by hand
 * as `node --import tsx packages/server/scripts/check-invariants.ts <database url>`.
 */
import { businessDate } from '../src/lib/business-date.js';
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { serverDir, repoRoot } from './support/faults.js';
import { createDemoData } from '../src/demo/index.js';
import type { SqlHandle } from '../src/db/client.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 40, asOf: TODAY, withPayments: true });
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

/** runs `corrupt` in a transaction, checks inside it, rolls back */
async function violationsAfter(corrupt: (tx: SqlHandle) => Promise<unknown>): Promise<string[]> {
  const baseline = new Set((await checkInvariants(db.sql, {}, { asOf: TODAY })).violations.map((v) => v.detail));
  let found: string[] = [];
  await db.sql
    .begin(async (tx0) => {
      const tx = tx0;
      await corrupt(tx);
      found = (await checkInvariants(tx, {}, { asOf: TODAY })).violations.filter((v) => !baseline.has(v.detail)).map((v) => v.invariant);
      throw new Error('rollback');
    })
    .catch((err: Error) => {
      if (err.message !== 'rollback') throw err;
    });
  return [...new Set(found)];
}

describe('scripts/check-invariants.ts', () => {
  // KNOWN DEMO DATA BUG (reported): src/demo/portfolio.ts:258 marks a LATE borrower's loan REPAID before its payments are
  // generated, and the generated LATE payments do not always cover the schedule → a few demo loans are REPAID while
  // installments are unpaid. Everything else holds. When the demo data are fixed, this must become `toEqual([])`.
  it('finds nothing on the demo data (with payments) except the known demo data bug M7', async () => {
    const r = await checkInvariants(db.sql, {}, { asOf: TODAY });
    expect([...new Set(r.violations.map((v) => v.invariant))].filter((i) => i !== 'M7 REPAID loan with unpaid installments')).toEqual([]);
    expect(r.stats.postedPayments).toBeGreaterThan(20);
  });

  it('detects each kind of corruption', async () => {
    const [p] = await db.sql<{ id: string; loan_id: string; amount: string }[]>`select p.id, p.loan_id, p.amount::text from payments p
      where p.status = 'POSTED' and exists (select 1 from payment_allocations a where a.payment_id = p.id and a.component = 'PRINCIPAL') limit 1`;
    expect(p).toBeDefined();
    // an allocation changed: payment ≠ Σ allocations, and stored ≠ replay
    expect(await violationsAfter((tx) => tx`update payment_allocations set amount = amount + 0.01 where id = (select min(id) from payment_allocations where payment_id = ${p.id})`)).toEqual(
      expect.arrayContaining(['M2 allocations do not sum to the payment', 'M4 stored allocations differ from a fresh replay']),
    );
    // a payment posted twice under another key (a lost idempotency key): the replay no longer matches the stored state
    expect(
      await violationsAfter(
        (tx) =>
          tx`insert into payments (loan_id, payment_date, amount, method, idempotency_key) select loan_id, payment_date, amount, method, idempotency_key || '-dup' from payments where id = ${p.id}`,
      ),
    ).toEqual(expect.arrayContaining(['M2 allocations do not sum to the payment']));
    // the installments' paid cache drifts from the ledger
    expect(await violationsAfter((tx) => tx`update installments set paid_principal = paid_principal + 1 where loan_id = ${p.loan_id} and number = 1`)).toEqual(
      expect.arrayContaining(['M4 installment paid cache differs from a fresh replay', 'L1 Σ allocation events differ from the schedule paid']),
    );
    // a reversed payment whose allocations are not undone (no REVERSAL events)
    expect(await violationsAfter((tx) => tx`update payments set status = 'REVERSED', reversed_at = now(), reversed_on = ${businessDate()}::date where id = ${p.id}`)).toEqual(
      expect.arrayContaining(['M3 allocation of a reversed payment not undone', 'L2 Σ allocation events of a payment differ from its amount']),
    );
    // a REVERSAL event on a posted payment
    expect(
      await violationsAfter(
        (tx) => tx`insert into payment_allocations (payment_id, loan_id, installment_number, component, amount, kind, effective_date)
      values (${p.id}, ${p.loan_id}, 1, 'PRINCIPAL', -0.01, 'REVERSAL', ${businessDate()}::date)`,
      ),
    ).toEqual(expect.arrayContaining(['M3 reversal event off its reversal']));
    // a payment without its audit entry
    expect(
      await violationsAfter((tx) => tx`update payments set created_by = 'staff:x' where id = ${p.id}; `.then(() => tx`delete from audit_log where entity = 'payment' and entity_id = ${p.id}`)),
    ).toEqual(expect.arrayContaining(['A1 payment without an audit entry']));
    // expectations: an accepted key that is missing, a total that differs
    const r = await checkInvariants(db.sql, { acceptedKeys: new Set(['never-posted']), acceptedByLoan: new Map([[p.loan_id, '0.01']]) }, { asOf: TODAY });
    expect(r.violations.map((v) => v.invariant).filter((i) => i.startsWith('E'))).toEqual(['E1 accepted payment missing', 'E2 posted total differs from accepted distinct payments']);
  });

  it('runs by hand: exit 1 with the violations listed, exit 0 and "OK" once the data is healthy', async () => {
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(serverDir, 'scripts', 'check-invariants.ts'), db.url], {
        cwd: repoRoot,
        env: { ...process.env, RATY_TODAY: TODAY },
        timeout: 60_000,
      })
        .then((r) => ({ code: 0, stdout: r.stdout }))
        .catch((err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }));
    const m7 = (await checkInvariants(db.sql, {}, { asOf: TODAY })).violations.filter((v) => v.invariant.startsWith('M7')).map((v) => (JSON.parse(v.detail) as { id: string }).id);
    if (m7.length) {
      const bad = await run();
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/VIOLATION M7 REPAID loan with unpaid installments/);
      expect(bad.stdout).toMatch(/FAILED: \d+ violation/);
      await db.sql`update loans set status = 'ACTIVE' where id = any(${m7}::uuid[])`; // repair the seed's inconsistency
    }
    const ok = await run();
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/OK: every invariant holds/);
  }, 60_000);
});
