process.env.RATY_TODAY = '2026-11-25';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { analystReadsPlugin } from '../src/graphql/analyst-reads.js';
import type { Context } from '../src/graphql/context.js';

/**
 * ANALYTICS_DATABASE_URL: a second database on the same embedded PostgreSQL stands for the read replica. The two
 * databases hold different portfolios, so every answer says which one it came from.
 */
let main: Awaited<ReturnType<typeof createTestDb>>;
let replica: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;
let viewer: TestClient;
let tokenClient: TestClient;

const count = async (d: typeof main, q: string) => Number((await d.sql.unsafe(q))[0].n);

beforeAll(async () => {
  main = await createTestDb();
  replica = await createTestDb();
  await createDemoData(main, { files: 24, asOf: '2026-11-25' });
  await createDemoData(replica, { files: 9, asOf: '2026-11-25', seed: 7 });
  // the app connects to ANALYTICS_DATABASE_URL itself (config), as in production
  app = await startTestApp(main, { config: { analyticsDatabaseUrl: replica.url } });
  analyst = app.client();
  await analyst.login('analyst@raty.demo');
  viewer = app.client();
  await viewer.login('viewer@raty.demo');
  const admin = app.client();
  await admin.login('admin@raty.demo');
  const t = await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "BI", role: ANALYST) { token } }`);
  tokenClient = makeClient(app.url);
  const token = t.data!.createApiToken.token;
  const gql = tokenClient.gql.bind(tokenClient);
  tokenClient.gql = (q, v, h = {}) => gql(q, v, { authorization: `Bearer ${token}`, ...h });
});
afterAll(async () => {
  await app?.close();
  await main?.drop();
  await replica?.drop();
});

/**
 * PostgreSQL's statement_timeout never fires while libfaketime is preloaded into the database server (measured in the
 * +400-day clock-shift run of `npm test`: the 1 s and 5 s timeouts did not fire within 30 s). The timeout is a
 * wall-clock safety limit, not a business rule; the run on the real clock proves it.
 */
const itOnRealClock = process.env.RATY_EXPECT_CLOCK_SHIFT_DAYS ? it.skip : it;

describe('ANALYTICS_DATABASE_URL', () => {
  it('analyst reads (session and token) go to the analytics database; staff reads, logins and writes stay on the main one', async () => {
    const mainLoans = await count(main, 'select count(*) as n from loans');
    const replicaLoans = await count(replica, 'select count(*) as n from loans');
    expect(mainLoans).not.toBe(replicaLoans);
    const Q = `{ loans(first: 1) { totalCount } allPayments(first: 1) { totalCount } portfolioSummary { loans } }`;
    const mainPayments = await count(main, 'select count(*) as n from payments');
    const replicaPayments = await count(replica, 'select count(*) as n from payments');
    for (const c of [analyst, tokenClient]) {
      const r = await c.gql<{ loans: { totalCount: number }; allPayments: { totalCount: number }; portfolioSummary: { loans: number } }>(Q);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ loans: { totalCount: replicaLoans }, allPayments: { totalCount: replicaPayments }, portfolioSummary: { loans: replicaLoans } });
    }
    const s = await viewer.gql<{ loans: { totalCount: number }; allPayments: { totalCount: number }; portfolioSummary: { loans: number } }>(Q);
    expect(s.data).toEqual({ loans: { totalCount: mainLoans }, allPayments: { totalCount: mainPayments }, portfolioSummary: { loans: mainLoans } });
    // the logins and the token were written on the main database; the replica saw no write
    expect(await count(main, 'select count(*) as n from sessions')).toBeGreaterThanOrEqual(3);
    expect(await count(main, "select count(*) as n from api_tokens where role = 'ANALYST'")).toBe(1); // the demo data also has a PARTNER token
    expect(await count(replica, 'select count(*) as n from sessions')).toBe(0);
    expect(await count(replica, "select count(*) as n from api_tokens where role = 'ANALYST'")).toBe(0);
    // an analyst's mutation is not an analyst read: it runs on the main database, outside the read-only transaction
    const m = await analyst.gql(`mutation { logout }`);
    expect(m.errors).toBeUndefined();
  });
});

describe('the default timeout on the analytics database', () => {
  itOnRealClock('a statement blocked on the replica past the default 5 s returns QUERY_TIMEOUT within 6 s', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const lockTx = replica.sql.begin(async (tx) => {
      await tx`lock table payments in access exclusive mode`;
      locked();
      await held;
    });
    await isLocked;
    try {
      const t0 = performance.now();
      const r = await tokenClient.gql(`{ allPayments(first: 5) { totalCount } }`);
      const ms = performance.now() - t0;
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT', limit: 'statement_timeout', timeoutMs: 5000 } });
      expect(r.errors?.[0].message).toContain('5000 ms');
      expect(ms).toBeGreaterThanOrEqual(4950);
      expect(ms).toBeLessThan(6000);
    } finally {
      release();
      await lockTx;
    }
  });
});

describe('the analyst transaction', () => {
  it('is READ ONLY with the configured statement_timeout, for analysts only and only for queries', async () => {
    const plugin = analystReadsPlugin({ main, timeoutMs: 1234 });
    const run = async (actor: Context['actor'], operation: 'query' | 'mutation') => {
      const hooks = await plugin.requestDidStart!({} as never);
      const ctx = { actor, sql: main.sql, db: main.db, loaders: {} } as unknown as Context;
      await hooks!.didResolveOperation!({ operation: { operation }, contextValue: ctx } as never);
      return { ctx, end: () => hooks!.willSendResponse!({} as never) };
    };
    const token = { type: 'API_TOKEN', tokenId: 'x', role: 'ANALYST', name: 'BI' } as const;
    const a = await run(token, 'query');
    expect(a.ctx.sql).not.toBe(main.sql);
    const [s] = await a.ctx.sql<{ ro: string; st: string }[]>`select current_setting('transaction_read_only') as ro, current_setting('statement_timeout') as st`;
    expect(s).toEqual({ ro: 'on', st: '1234ms' });
    await expect(a.ctx.sql`insert into feature_switches (key, enabled) values ('X', true)`).rejects.toThrow(/read-only transaction/);
    await a.end();
    // the connection went back to the pool without the transaction or the timeout
    const [after] = await main.sql<{ st: string }[]>`select current_setting('statement_timeout') as st`;
    expect(after.st).toBe('0');
    for (const [actor, op] of [
      [token, 'mutation'],
      [{ type: 'STAFF', userId: 'u', email: 'e', name: 'n', roles: ['ANALYST', 'SERVICING'], sessionId: 's' }, 'query'],
      [{ type: 'API_TOKEN', tokenId: 'p', role: 'PARTNER', name: 'P' }, 'query'],
    ] as const) {
      const o = await run(actor as Context['actor'], op);
      expect(o.ctx.sql).toBe(main.sql);
      await o.end();
    }
  });
});
