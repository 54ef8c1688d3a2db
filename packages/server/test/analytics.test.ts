import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { seedDemo } from '../src/seed/demo.js';
import { sumMoney } from './support/fixtures.js';
import { loanState, type LoanRow } from '../src/modules/loans/loans.service.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db, { files: 150, asOf: '2026-11-25' });
  app = await startTestApp(db);
  analyst = app.client();
  await analyst.login('analyst@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('analyst API', () => {
  it('portfolio summary agrees with the allocations in the database', async () => {
    const r = await analyst.gql<{ portfolioSummary: { outstanding: string; overdue: string; loans: number; byDaysPastDue: { bucket: string; loans: number; outstanding: string; overdue: string }[] } }>(
      `{ portfolioSummary(asOf: "2026-11-25") { loans outstanding overdue byDaysPastDue { bucket loans outstanding overdue } } }`,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.portfolioSummary;
    // independent path: replay every loan with the engine and add up what each installment still owes
    const loans = await db.sql<LoanRow[]>`select * from loans where status in ('ACTIVE','TERMINATED')`;
    const owed: string[] = [];
    const overdue: string[] = [];
    for (const l of loans) {
      const st = await loanState(db.sql, l, '2026-11-25');
      for (const p of st.ledger.installments) {
        owed.push(p.outstanding);
        if (p.dueDate < '2026-11-25') overdue.push(p.outstanding);
      }
    }
    const indep = { n: loans.length };
    expect(s.outstanding).toBe(sumMoney(owed));
    expect(s.overdue).toBe(sumMoney(overdue));
    expect(s.byDaysPastDue.reduce((a, b) => a + b.loans, 0)).toBe(indep.n);
    expect(sumMoney(s.byDaysPastDue.map((b) => b.outstanding))).toBe(s.outstanding);
    expect(sumMoney(s.byDaysPastDue.map((b) => b.overdue))).toBe(s.overdue);
    expect(s.byDaysPastDue.find((b) => b.bucket === 'CURRENT')!.overdue).toBe('0.00');
    expect(s.byDaysPastDue.filter((b) => b.loans > 0).length).toBeGreaterThan(2);
  });

  it('pages through all parties and payments with keyset cursors', async () => {
    const [{ parties, payments }] = await db.sql`select (select count(*)::int from parties) as parties, (select count(*)::int from payments) as payments`;
    for (const [field, expected] of [['parties', parties], ['allPayments', payments]] as const) {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const r: { data: Record<string, { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }> | null } =
          await analyst.gql(`query($a: String) { ${field}(first: 200, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { a: after });
        const conn = r.data![field];
        expect(conn.totalCount).toBe(expected);
        for (const e of conn.edges) seen.add(e.node.id);
        after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      } while (after);
      expect(seen.size).toBe(expected);
    }
  });

  it('filters installments by due date and unpaid', async () => {
    const r = await analyst.gql<{ installments: { totalCount: number; edges: { node: { dueDate: string; unpaid: string } }[] } }>(
      `{ installments(filter: { dueFrom: "2026-10-01", dueTo: "2026-10-31", unpaid: true }, first: 200) { totalCount edges { node { dueDate unpaid } } } }`,
    );
    const c = r.data!.installments;
    expect(c.totalCount).toBeGreaterThan(0);
    for (const e of c.edges) {
      expect(e.node.dueDate >= '2026-10-01' && e.node.dueDate <= '2026-10-31').toBe(true);
      expect(Number(e.node.unpaid)).toBeGreaterThan(0);
    }
  });

  it('rejects abusive queries (depth / cost) with a clear error', async () => {
    let q = 'id';
    for (let i = 0; i < 14; i++) q = `parties { party { ${q} } }`;
    const r = await analyst.gql(`{ debtorFiles(first: 1) { edges { node { ${q} } } } }`);
    expect(r.errors?.[0].message).toMatch(/(depth|cost) limit/i);
    expect(r.data ?? null).toBeNull();
  });
});
