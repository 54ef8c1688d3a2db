import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { sumMoney } from './support/fixtures.js';
import { createDemoCollection } from '../src/demo/index.js';
import { loanState, type LoanRow } from '../src/modules/loans/loans.service.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 150, asOf: '2026-11-25' });
  await createDemoCollection(db, { asOf: '2026-11-25' });
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
    const r = await analyst.gql<{ collectionsByDay: { date: string; currency: string; amount: string; count: number }[] }>(
      `{ collectionsByDay(from: "2026-10-27", to: "2026-11-25") { date currency amount count } }`,
    );
    const rows = r.data!.collectionsByDay;
    const currencies = (await db.sql<{ currency: string }[]>`select distinct currency from loans order by 1`).map((c) => c.currency);
    expect(currencies).toEqual(['EUR', 'PLN']);
    // one row per day and currency; amounts are never added across currencies
    expect(rows).toHaveLength(30 * currencies.length);
    expect(rows[0]).toMatchObject({ date: '2026-10-27', currency: 'EUR' });
    for (const c of currencies) {
      const days = rows.filter((d) => d.currency === c);
      const [x] = await db.sql`select coalesce(sum(p.amount), 0)::numeric(15,2)::text as s, count(*)::int as n from payments p join loans l on l.id = p.loan_id
        where p.status = 'POSTED' and p.payment_date between '2026-10-27' and '2026-11-25' and l.currency = ${c}`;
      expect(sumMoney(days.map((d) => d.amount))).toBe(x.s);
      expect(days.reduce((a, d) => a + d.count, 0)).toBe(x.n);
    }
    const eur = await analyst.gql<{ collectionsByDay: { currency: string }[] }>(`{ collectionsByDay(from: "2026-10-27", to: "2026-11-25", currency: "EUR") { currency } }`);
    expect(new Set(eur.data!.collectionsByDay.map((d) => d.currency))).toEqual(new Set(['EUR']));
    const bad = await analyst.gql(`{ collectionsByDay(from: "2026-11-25", to: "2026-01-01") { date } }`);
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'to', rule: 'date.min' });
  });

  it('notice stats count the seeded notices, their delivery and promises', async () => {
    const r = await analyst.gql<{
      noticeStats: {
        created: number;
        sent: number;
        delivered: number;
        collectedWithin14Days: { currency: string; amount: string }[];
        promisesKept: number;
        promisesBroken: number;
        promisesPending: number;
      };
    }>(`{ noticeStats(from: "2026-10-01", to: "2026-11-25") { created sent delivered collectedWithin14Days { currency amount } promisesKept promisesBroken promisesPending } }`);
    const s = r.data!.noticeStats;
    const [c] = await db.sql`select count(*)::int as n, count(*) filter (where delivery_status = 'DELIVERED')::int as d, count(promise_date)::int as p from notices`;
    expect(s.created).toBe(c.n);
    expect(s.created).toBeGreaterThan(0);
    expect(s.sent).toBe(c.n);
    expect(s.delivered).toBe(c.d);
    expect(s.promisesKept + s.promisesBroken + s.promisesPending).toBe(c.p);
    // independent: each posted payment on a notified loan within 14 days of a notice, counted once
    const pays = await db.sql<{ id: string; amount: string; currency: string }[]>`
      select distinct p.id, p.amount, l.currency from payments p join loans l on l.id = p.loan_id join notice_items ni on ni.loan_id = p.loan_id join notices n on n.id = ni.notice_id
      where p.status = 'POSTED' and p.payment_date >= n.created_on and p.payment_date <= n.created_on + 14`;
    const want = [...new Set(pays.map((p) => p.currency))].sort().map((c) => ({ currency: c, amount: sumMoney(pays.filter((p) => p.currency === c).map((p) => p.amount)) }));
    expect(s.collectedWithin14Days).toEqual(want);
  });

  it('portfolio summary: one block per currency, each agreeing with the engine; no total adds two currencies', async () => {
    type Block = { currency: string; loans: number; outstanding: string; overdue: string; byDaysPastDue: { bucket: string; loans: number; outstanding: string; overdue: string }[] };
    const r = await analyst.gql<{ portfolioSummary: { loans: number; currencies: Block[] } }>(
      `{ portfolioSummary(asOf: "2026-11-25") { loans currencies { currency loans outstanding overdue byDaysPastDue { bucket loans outstanding overdue } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const blocks = r.data!.portfolioSummary.currencies;
    expect(blocks.map((b) => b.currency)).toEqual(['EUR', 'PLN']);
    expect(blocks.reduce((a, b) => a + b.loans, 0)).toBe(r.data!.portfolioSummary.loans);
    for (const s of blocks) {
      // independent path: replay every loan of the currency with the engine and add up what each installment still owes
      const loans = await db.sql<LoanRow[]>`select * from loans where status in ('ACTIVE','TERMINATED') and currency = ${s.currency}`;
      const owed: string[] = [];
      const overdue: string[] = [];
      for (const l of loans) {
        const st = await loanState(db.sql, l, '2026-11-25');
        for (const p of st.ledger.installments) {
          owed.push(p.outstanding);
          if (p.dueDate < '2026-11-25') overdue.push(p.outstanding);
        }
      }
      expect(s.outstanding).toBe(sumMoney(owed));
      expect(s.overdue).toBe(sumMoney(overdue));
      expect(s.byDaysPastDue.reduce((a, b) => a + b.loans, 0)).toBe(loans.length);
      expect(sumMoney(s.byDaysPastDue.map((b) => b.outstanding))).toBe(s.outstanding);
      expect(sumMoney(s.byDaysPastDue.map((b) => b.overdue))).toBe(s.overdue);
      expect(s.byDaysPastDue.find((b) => b.bucket === 'CURRENT')!.overdue).toBe('0.00');
    }
    expect(blocks.find((b) => b.currency === 'PLN')!.byDaysPastDue.filter((b) => b.loans > 0).length).toBeGreaterThan(2);
    // the currency filter narrows the summary to one block
    const eur = await analyst.gql<{ portfolioSummary: { loans: number; currencies: Block[] } }>(
      `{ portfolioSummary(asOf: "2026-11-25", currency: "EUR") { loans currencies { currency loans outstanding } } }`,
    );
    expect(eur.data!.portfolioSummary.currencies).toEqual([expect.objectContaining({ currency: 'EUR', outstanding: blocks[0].outstanding })]);
  });

  it('lists filter by currency and name the currency of every amount', async () => {
    const [{ eur }] = await db.sql<{ eur: number }[]>`select count(*)::int as eur from payments p join loans l on l.id = p.loan_id where l.currency = 'EUR'`;
    expect(eur).toBeGreaterThan(0);
    const pays = await analyst.gql<{ allPayments: { totalCount: number; edges: { node: { currency: string; allocations: { currency: string }[] } }[] } }>(
      `{ allPayments(filter: { currency: "EUR" }, first: 200) { totalCount edges { node { currency allocations { currency } } } } }`,
    );
    expect(pays.errors).toBeUndefined();
    expect(pays.data!.allPayments.totalCount).toBe(eur);
    expect(pays.data!.allPayments.edges.every((e) => e.node.currency === 'EUR' && e.node.allocations.every((a) => a.currency === 'EUR'))).toBe(true);
    const inst = await analyst.gql<{ installments: { edges: { node: { currency: string } }[] } }>(`{ installments(filter: { currency: "eur" }, first: 100) { edges { node { currency } } } }`);
    expect(inst.data!.installments.edges.length).toBeGreaterThan(0);
    expect(new Set(inst.data!.installments.edges.map((e) => e.node.currency))).toEqual(new Set(['EUR']));
    const loans = await analyst.gql<{ loans: { totalCount: number; edges: { node: { currency: string } }[] } }>(
      `{ loans(filter: { currency: "PLN" }, first: 100) { totalCount edges { node { currency } } } }`,
    );
    const [{ pln }] = await db.sql<{ pln: number }[]>`select count(*)::int as pln from loans where currency = 'PLN'`;
    expect(loans.data!.loans.totalCount).toBe(pln);
    expect(new Set(loans.data!.loans.edges.map((e) => e.node.currency))).toEqual(new Set(['PLN']));
  });

  it('pages through all parties and payments with keyset cursors', async () => {
    const [{ parties, payments }] = await db.sql`select (select count(*)::int from parties) as parties, (select count(*)::int from payments) as payments`;
    for (const [field, expected] of [
      ['parties', parties],
      ['allPayments', payments],
    ] as const) {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const r: { data: Record<string, { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }> | null } = await analyst.gql(
          `query($a: String) { ${field}(first: 200, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { a: after },
        );
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
