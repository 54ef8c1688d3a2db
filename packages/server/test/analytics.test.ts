import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { seedDemo } from '../src/seed/demo.js';
import { sumMoney } from './support/fixtures.js';
import { seedCollection } from '../src/seed/collection.js';
import { loanState, type LoanRow } from '../src/modules/loans/loans.service.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db, { files: 150, asOf: '2026-11-25' });
  await seedCollection(db, { asOf: '2026-11-25' });
  app = await startTestApp(db);
  analyst = app.client();
  await analyst.login('analyst@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('analyst API', () => {
  it('collections by day add up to the posted payments of the period', async () => {
    const r = await analyst.gql<{ collectionsByDay: { date: string; amount: string; count: number }[] }>(`{ collectionsByDay(from: "2026-10-27", to: "2026-11-25") { date amount count } }`);
    const days = r.data!.collectionsByDay;
    expect(days).toHaveLength(30);
    expect(days[0].date).toBe('2026-10-27');
    const [x] = await db.sql`select coalesce(sum(amount), 0)::numeric(15,2)::text as s, count(*)::int as n from payments where status = 'POSTED' and payment_date between '2026-10-27' and '2026-11-25'`;
    expect(sumMoney(days.map((d) => d.amount))).toBe(x.s);
    expect(days.reduce((a, d) => a + d.count, 0)).toBe(x.n);
    const bad = await analyst.gql(`{ collectionsByDay(from: "2026-11-25", to: "2026-01-01") { date } }`);
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'to', rule: 'date.min' });
  });

  it('notice stats count the seeded notices, their delivery and promises', async () => {
    const r = await analyst.gql<{ noticeStats: { created: number; sent: number; delivered: number; collectedWithin14Days: string; promisesKept: number; promisesBroken: number; promisesPending: number } }>(
      `{ noticeStats(from: "2026-10-01", to: "2026-11-25") { created sent delivered collectedWithin14Days promisesKept promisesBroken promisesPending } }`,
    );
    const s = r.data!.noticeStats;
    const [c] = await db.sql`select count(*)::int as n, count(*) filter (where delivery_status = 'DELIVERED')::int as d, count(promise_date)::int as p from notices`;
    expect(s.created).toBe(c.n);
    expect(s.created).toBeGreaterThan(0);
    expect(s.sent).toBe(c.n);
    expect(s.delivered).toBe(c.d);
    expect(s.promisesKept + s.promisesBroken + s.promisesPending).toBe(c.p);
    // independent: each posted payment on a notified loan within 14 days of a notice, counted once
    const pays = await db.sql<{ id: string; amount: string }[]>`
      select distinct p.id, p.amount from payments p join notice_items ni on ni.loan_id = p.loan_id join notices n on n.id = ni.notice_id
      where p.status = 'POSTED' and p.payment_date >= n.created_on and p.payment_date <= n.created_on + 14`;
    expect(s.collectedWithin14Days).toBe(sumMoney(pays.map((p) => p.amount)));
  });

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
