import { formatMoney, parseMoney } from '@raty/domain';
process.env.RATY_TODAY = '2026-11-25';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { createDemoCollection } from '../src/demo/index.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { loadConfig } from '../src/config.js';
import { sumMoney } from './support/fixtures.js';

const AS_OF = '2026-11-25';
let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;
let viewer: TestClient;
let token: string;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 150, asOf: AS_OF });
  // the notice tests below need seeded notices: say so here rather than as an empty list there
  if (!(await createDemoCollection(db, { asOf: AS_OF }))) throw new Error('createDemoCollection created no notices');
  await runDailyTick(db.sql, AS_OF);
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  app = await startTestApp(db, { config: { analyticsStatementTimeoutMs: 1000 } });
  analyst = app.client();
  await analyst.login('analyst@raty.demo');
  viewer = app.client();
  await viewer.login('viewer@raty.demo');
  const admin = app.client();
  await admin.login('admin@raty.demo');
  const t = await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "BI", role: ANALYST) { token } }`);
  token = t.data!.createApiToken.token;
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

type LoanNode = { number: string; currency: string; measures: { overdue: string; outstanding: string; daysPastDue: number; bucket: string; overdueWithPenalty: string } };

/**
 * PostgreSQL's statement_timeout never fires while libfaketime is preloaded into the database server (measured in the
 * +400-day clock-shift run of `npm test`: the 1 s and 5 s timeouts did not fire within 30 s). The timeout is a
 * wall-clock safety limit, not a business rule; the run on the real clock proves it.
 */
const itOnRealClock = process.env.RATY_EXPECT_CLOCK_SHIFT_DAYS ? it.skip : it;

describe('loans for analysts: filters, measures, sorting', () => {
  it('top 20 overdue balances in PLN are one query of one page, in the order of an independent computation', async () => {
    const r = await analyst.gql<{ loans: { totalCount: number; edges: { node: LoanNode }[] } }>(`{
      loans(filter: { currency: "PLN", overdueMin: "0.01" }, sort: OVERDUE_DESC, first: 20) {
        totalCount edges { node { number currency measures { overdue outstanding daysPastDue bucket overdueWithPenalty } } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.loans.edges.map((e) => e.node);
    expect(nodes).toHaveLength(20);
    // independent: per-loan overdue from the raw lines, in JS
    const lines = await db.sql<{ number: string; currency: string; due_date: string; total: string; paid_principal: string; paid_interest: string }[]>`
      select l.number, l.currency, i.due_date, i.total, i.paid_principal, i.paid_interest from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version`;
    const per = new Map<string, bigint>();
    for (const li of lines) {
      if (li.currency !== 'PLN' || li.due_date >= AS_OF) continue;
      const c = (x: string) => BigInt(x.replace('.', ''));
      per.set(li.number, (per.get(li.number) ?? 0n) + c(li.total) - c(li.paid_principal) - c(li.paid_interest));
    }
    const expected = [...per.entries()].filter(([, v]) => v > 0n).sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] > b[1] ? -1 : 1));
    expect(r.data!.loans.totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.number)).toEqual(expected.slice(0, 20).map(([k]) => k));
    expect(nodes.map((n) => n.measures.overdue)).toEqual(expected.slice(0, 20).map(([, v]) => formatMoney(v)));
    expect(nodes.every((n) => n.currency === 'PLN' && n.measures.daysPastDue > 0 && n.measures.bucket !== 'CURRENT')).toBe(true);
  });

  it('keyset pages of a measure sort cover every loan once, and ranges filter', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let last = Infinity;
    for (let i = 0; i < 20; i++) {
      const r: { data: { loans: { edges: { node: LoanNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await analyst.gql(
        `query($after: String) { loans(filter: { daysPastDueMin: 1, daysPastDueMax: 400 }, sort: DAYS_PAST_DUE_DESC, first: 37, after: $after) {
          edges { node { number currency measures { daysPastDue overdue outstanding bucket overdueWithPenalty } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const e of r.data!.loans.edges) {
        expect(e.node.measures.daysPastDue).toBeLessThanOrEqual(last);
        expect(e.node.measures.daysPastDue).toBeGreaterThanOrEqual(1);
        last = e.node.measures.daysPastDue;
        seen.push(e.node.number);
      }
      if (!r.data!.loans.pageInfo.hasNextPage) break;
      after = r.data!.loans.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const all = await analyst.gql<{ loans: { totalCount: number } }>(`{ loans(filter: { daysPastDueMin: 1, daysPastDueMax: 400 }, first: 1) { totalCount } }`);
    expect(seen.length).toBe(all.data!.loans.totalCount);
  });

  it('payments filter by loan, kind and currency and navigate to their loan; installments to theirs', async () => {
    const [l] = await db.sql<{ id: string; number: string }[]>`select l.id, l.number from loans l where exists (select 1 from payments p where p.loan_id = l.id) order by l.number limit 1`;
    const r = await analyst.gql<{ allPayments: { totalCount: number; edges: { node: { loanId: string; kind: string; loan: { number: string } } }[] } }>(
      `query($id: ID!) { allPayments(filter: { loanId: $id, kind: "REGULAR" }, first: 200) { totalCount edges { node { loanId kind loan { number } } } } }`,
      { id: l.id },
    );
    expect(r.errors).toBeUndefined();
    const [c] = await db.sql`select count(*)::int as n from payments where loan_id = ${l.id} and kind = 'REGULAR'`;
    expect(r.data!.allPayments.totalCount).toBe(c.n);
    expect(r.data!.allPayments.edges.every((e) => e.node.loan.number === l.number)).toBe(true);
    const eur = await analyst.gql<{ allPayments: { totalCount: number } }>(`{ allPayments(filter: { currency: "EUR" }, first: 1) { totalCount } }`);
    const [ce] = await db.sql`select count(*)::int as n from payments p join loans l on l.id = p.loan_id where l.currency = 'EUR'`;
    expect(eur.data!.allPayments.totalCount).toBe(ce.n);
    const big = await analyst.gql<{ allPayments: { edges: { node: { amount: string } }[] } }>(`{ allPayments(sort: AMOUNT_DESC, first: 5) { edges { node { amount } } } }`);
    const [mx] = await db.sql`select max(amount)::text as m from payments`;
    expect(big.data!.allPayments.edges[0].node.amount).toBe(mx.m);
    const inst = await analyst.gql<{ installments: { edges: { node: { loanNumber: string; unpaid: string; loan: { number: string } } }[] } }>(
      `{ installments(filter: { overdue: true, currency: "PLN" }, sort: UNPAID_DESC, first: 5) { edges { node { loanNumber unpaid loan { number } } } } }`,
    );
    expect(inst.errors).toBeUndefined();
    expect(inst.data!.installments.edges.every((e) => e.node.loan.number === e.node.loanNumber)).toBe(true);
  });
});

describe('debtor files sorted by their measures', () => {
  it('pages of OVERDUE_DESC cover every PLN file once, in order, and a file adds up its loans', async () => {
    type F = { displayNumber: string; measures: { overdue: string; currency: string; loans: number } };
    const seen: F[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: { data: { debtorFiles: { totalCount: number; edges: { node: F }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } = await analyst.gql(
        `query($after: String) { debtorFiles(filter: { currency: "PLN" }, sort: OVERDUE_DESC, first: 50, after: $after) {
          totalCount edges { node { displayNumber measures { overdue currency loans } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...r.data!.debtorFiles.edges.map((e) => e.node));
      if (!r.data!.debtorFiles.pageInfo.hasNextPage) break;
      after = r.data!.debtorFiles.pageInfo.endCursor;
    }
    const [{ n }] = await db.sql`select count(*)::int as n from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where k.currency = 'PLN'`;
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((f) => f.displayNumber)).size).toBe(n);
    const amounts = seen.map((f) => parseMoney(f.measures.overdue));
    expect([...amounts].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1))).toEqual(amounts);
    expect(seen.every((f) => f.measures.currency === 'PLN')).toBe(true);
    const top = seen[0];
    const [kind, num] = top.displayNumber.split(' ');
    const loans = await analyst.gql<{ loans: { edges: { node: { measures: { overdue: string } } }[] } }>(
      `query($k: String) { loans(filter: { receivableKindCode: $k, number: "" }, first: 200) { edges { node { measures { overdue } } } } }`,
      { k: kind },
    );
    expect(loans.errors).toBeUndefined();
    const [fileRow] = await db.sql<{ id: string }[]>`select f.id from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where k.code = ${kind} and f.number = ${Number(num)}`;
    const own = await analyst.gql<{ loans: { totalCount: number; edges: { node: { measures: { overdue: string } } }[] } }>(
      `query($f: ID) { loans(filter: { fileId: $f }, first: 200) { totalCount edges { node { measures { overdue } } } } }`,
      { f: fileRow.id },
    );
    expect(own.data!.loans.totalCount).toBe(top.measures.loans);
    expect(sumMoney(own.data!.loans.edges.map((e) => e.node.measures.overdue))).toBe(top.measures.overdue);
  });
});

describe('notices for analysts', () => {
  const Q = `{ notices(filter: { hasPromise: true }, first: 50) { totalCount edges { node {
    id reason channel templateName createdOn promiseDate sendStatus deliveryStatus settlementStatus totals { total } promiseOutcome
    text phone note addressee { name mobile } file { displayNumber } loans { number } } } } }`;
  type N = {
    text: string | null;
    phone: string | null;
    note: string | null;
    promiseOutcome: string | null;
    addressee: { mobile: string | null };
    file: { displayNumber: string };
    loans: { number: string }[];
  };

  it('an analyst (session and token) reads metadata and outcomes, never the text, phone or note', async () => {
    for (const c of [analyst, makeClient(app.url)]) {
      const r = await c.gql<{ notices: { totalCount: number; edges: { node: N }[] } }>(Q, undefined, c === analyst ? {} : { authorization: `Bearer ${token}` });
      expect(r.errors).toBeUndefined();
      const nodes = r.data!.notices.edges.map((e) => e.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.text === null && n.phone === null && n.note === null && n.addressee.mobile === null)).toBe(true);
      expect(nodes.every((n) => ['KEPT', 'BROKEN', 'PENDING'].includes(n.promiseOutcome!))).toBe(true);
      expect(nodes.every((n) => n.file.displayNumber && n.loans.length > 0)).toBe(true);
    }
  });

  it('a notices viewer still reads the text and phone of the same notices', async () => {
    const r = await viewer.gql<{ notices: { edges: { node: N }[] } }>(Q);
    expect(r.errors).toBeUndefined();
    expect(r.data!.notices.edges.some((e) => e.node.text && e.node.phone)).toBe(true);
  });
});

describe('safe ad-hoc reads', () => {
  it('the default analyst statement timeout is 5 s and configurable', () => {
    expect(loadConfig({}).analyticsStatementTimeoutMs).toBe(5000);
    expect(loadConfig({ ANALYTICS_STATEMENT_TIMEOUT_MS: '1500' }).analyticsStatementTimeoutMs).toBe(1500);
    expect(() => loadConfig({ ANALYTICS_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/ANALYTICS_STATEMENT_TIMEOUT_MS/);
  });

  itOnRealClock('a query running past the timeout returns the timeout error naming the limit within timeout + 1 s; staff are not limited', async () => {
    // a statement that would wait for as long as the lock is held: the loans table locked by another transaction
    let releaseLock!: () => void;
    const held = new Promise<void>((r) => (releaseLock = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const lockTx = db.sql.begin(async (tx) => {
      await tx`lock table loans in access exclusive mode`;
      locked();
      await held;
    });
    await isLocked;
    try {
      const t0 = performance.now();
      const r = await analyst.gql(`{ loans(first: 5, sort: OVERDUE_DESC) { edges { node { number } } } }`);
      const ms = performance.now() - t0;
      expect(r.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
      expect(r.errors?.[0].message).toMatch(/statement timeout of 1000 ms \(ANALYTICS_STATEMENT_TIMEOUT_MS\)/);
      expect(r.errors?.[0].extensions).toMatchObject({ limit: 'statement_timeout', timeoutMs: 1000 });
      expect(ms).toBeGreaterThanOrEqual(950);
      expect(ms).toBeLessThan(2000);
      // a staff (non-analyst) read waits for the lock instead of being cancelled
      const staff = viewer.gql<{ loans: { totalCount: number } }>(`{ loans(first: 1) { totalCount } }`);
      await new Promise((r) => setTimeout(r, 1500));
      releaseLock();
      const s = await staff;
      expect(s.errors).toBeUndefined();
      expect(s.data!.loans.totalCount).toBeGreaterThan(0);
    } finally {
      releaseLock();
      await lockTx;
    }
    // and the analyst's next query works
    const ok = await analyst.gql<{ loans: { totalCount: number } }>(`{ loans(first: 1) { totalCount } }`);
    expect(ok.errors).toBeUndefined();
  });
});
