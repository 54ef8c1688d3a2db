import { parseMoney } from '@raty/domain';
process.env.RATY_TODAY = '2026-11-25';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { loadDemoDataIfEmpty } from '../src/demo/index.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { repoRoot } from '../src/config.js';
import { cookbookQueries } from '../src/modules/analytics/cookbook.js';
import { snapshotMonthEnds } from '../src/modules/analytics/month-ends.service.js';

/**
 * Every GraphQL block of docs/analytics.md runs here, as an analyst token, against the demo portfolio (`npm start`'s
 * small seed, business date 2026-11-25, after the daily tick and the month-end snapshots, soft collection on). DOCS_ANALYTICS_DUMP=<file> writes
 * the answers (to refresh the sample answers of the document).
 */
const doc = fs.readFileSync(path.join(repoRoot, 'docs/analytics.md'), 'utf8');
const queries = cookbookQueries(doc);

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoDataIfEmpty(db, { size: 'small', asOf: '2026-11-25' });
  await runDailyTick(db.sql, '2026-11-25');
  // the month-end snapshots `npm start` backfills at start-up (analytics.month-end job)
  await snapshotMonthEnds(db.sql, '2026-11-25');
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  app = await startTestApp(db);
  const admin = app.client();
  await admin.login('admin@raty.demo');
  const t = await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "cookbook", role: ANALYST) { token } }`);
  const token = t.data!.createApiToken.token;
  analyst = makeClient(app.url);
  const gql = analyst.gql.bind(analyst);
  analyst.gql = (q, v, h = {}) => gql(q, v, { authorization: `Bearer ${token}`, ...h });
}, 240_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('docs/analytics.md cookbook', () => {
  it('has at least 15 questions, each with one query', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
    expect(new Set(queries.map((q) => q.title)).size).toBe(queries.length);
  });

  it('every query answers without errors and with data, as an analyst token', async () => {
    const dump: Record<string, unknown> = {};
    const problems: { title: string; errors?: unknown; empties?: string[] }[] = [];
    for (const q of queries) {
      const r = await analyst.gql(q.query);
      if (r.errors || !r.data) {
        problems.push({ title: q.title, errors: r.errors ?? 'no data' });
        continue;
      }
      // every list or count of the answer is non-empty on the demo portfolio: the question means something there
      const empties: string[] = [];
      const walk = (v: unknown, p: string) => {
        if (Array.isArray(v)) {
          if (!v.length && !/\.(allocations|loans|statusHistory)$/.test(p)) empties.push(p);
          v.slice(0, 1).forEach((x) => walk(x, `${p}[0]`));
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`);
        else if (/totalCount$/.test(p) && v === 0) empties.push(p);
      };
      walk(r.data, '');
      if (empties.length) problems.push({ title: q.title, empties });
      dump[q.title] = r.data;
    }
    if (process.env.DOCS_ANALYTICS_DUMP) fs.writeFileSync(process.env.DOCS_ANALYTICS_DUMP, JSON.stringify(dump, null, 2));
    expect(problems).toEqual([]);
  }, 120_000);

  it('"Top 20 overdue balances in PLN" is one query of one page', async () => {
    const q = queries.find((x) => /^Top 20 overdue balances in PLN/.test(x.title))!;
    const r = await analyst.gql<{ loans: { edges: { node: { currency: string; measures: { overdue: string } } }[] } }>(q.query);
    const edges = r.data!.loans.edges;
    expect(edges).toHaveLength(20);
    expect(edges.every((e) => e.node.currency === 'PLN')).toBe(true);
    const amounts = edges.map((e) => parseMoney(e.node.measures.overdue));
    expect([...amounts].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1))).toEqual(amounts);
  });
});
