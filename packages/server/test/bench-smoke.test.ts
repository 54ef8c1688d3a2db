import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { getSchema } from '../src/graphql/schema.js';
import { SCALES, seedBench } from '../bench/seed.js';
import { runSuite, type BenchServer } from '../bench/suite.js';
import { machine, toMarkdown, writeResults, type Measure, type Results } from '../bench/report.js';
import { benchEnv, startInProcessServer, startSms } from '../bench/harness.js';
import type { SmsapiSandbox } from '../src/integrations/smsapi-sandbox/index.js';

/**
 * The bench suite at `--scale=small` against the test database, so that it never rots: every measure must run and
 * produce sane numbers. No timing thresholds (the machine is shared); the figures are in bench/results.md.
 */
let db: Awaited<ReturnType<typeof createTestDb>>;
let server: BenchServer & { stop: () => Promise<void> };
let sandbox: SmsapiSandbox;
let measures: Measure[] = [];
let portfolio: Record<string, number> = {};

beforeAll(async () => {
  benchEnv();
  db = await createTestDb();
  portfolio = await seedBench(db, 'small');
  sandbox = await startSms(db);
  server = await startInProcessServer(db, db.url);
  measures = await runSuite({ db, schema: await getSchema(), server, scale: { ...SCALES.small, loadSeconds: 1, smsNotices: 60, abortNotices: 2000 } });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await sandbox?.close();
  await db?.drop();
  delete process.env.RATY_TODAY;
}, 60_000);

const byId = (id: string) => measures.find((m) => m.id === id)!;
const num = (m: Measure, key: string) => m.stats?.[key] as number;

describe('bench suite at the small scale', () => {
  it('seeds a portfolio of the large profile in miniature', () => {
    expect(portfolio.files).toBe(SCALES.small.files + 1); // + the file of the 500-payment loan
    expect(portfolio.loans).toBeGreaterThan(portfolio.files); // about two loans per file
    expect(portfolio.parties).toBeGreaterThan(portfolio.files);
    expect(portfolio.payments).toBeGreaterThan(500);
    expect(portfolio.notices).toBeGreaterThan(100);
  });

  it('produces every measure, none failed', () => {
    expect(measures.map((m) => m.id).sort()).toEqual([
      'backdatedPayment',
      'dailyTick',
      'debtorFile',
      'export',
      'kpiAggPayments',
      'kpiAggPortfolio',
      'kpiCure',
      'kpiNoticeEffectiveness',
      'kpiRollRates',
      'kpiVintage',
      'ledgerCheck',
      'massGeneration',
      'registry',
      'requestPath',
      'schedule',
      'search',
      'smsDispatch',
      'spaWeight',
      'statementMatching',
      'statementPosting',
      'strategyDailyRun',
    ]);
    for (const m of measures) {
      expect(m.notes?.find((n) => n.startsWith('FAILED')) ?? null, m.id).toBeNull();
      expect(m.value, m.id).not.toBeNull();
      expect(Number.isFinite(m.value), m.id).toBe(true);
      expect(typeof m.met, m.id).toBe('boolean');
    }
  });

  it('sane numbers', () => {
    // bank statements: two thirds of the lines name a loan; both paths post at the same concurrency
    const sm = byId('statementMatching');
    expect(sm.value!).toBeGreaterThan(0);
    expect(num(sm, 'lines matched')).toBeGreaterThan(SCALES.small.statementLines / 2);
    const sp = byId('statementPosting');
    expect(sp.value!).toBeGreaterThan(0);
    expect(num(sp, 'loans at a time (both)')).toBe(4);
    const sched = byId('schedule');
    expect(sched.value!).toBeGreaterThan(0);
    const df = byId('debtorFile');
    expect(num(df, 'errors')).toBe(0);
    expect(num(df, 'file throughput, median (req/s)')).toBeGreaterThan(0);
    expect(num(df, 'ratio file / floor throughput (target ≥ 0.5)')).toBeGreaterThan(0);
    expect(num(df, 'ratio file / floor p95 at 8 clients (target ≤ 3)')).toBeGreaterThan(0);
    expect(num(df, 'ratio HTTP / execute throughput')).toBeGreaterThan(0);
    const rp = byId('requestPath');
    expect(num(rp, 'errors')).toBe(0);
    expect(num(rp, 'app throughput, median (req/s)')).toBeGreaterThan(0);
    expect(num(rp, 'bare throughput, median (req/s)')).toBeGreaterThan(0);
    // issue 28: the first screens load a fraction of the old 385 kB (gzip) single bundle
    const spa = byId('spaWeight');
    expect(spa.value!).toBeGreaterThan(50);
    expect(spa.value!).toBeLessThan(250);
    const reg = byId('registry');
    expect(Object.keys(reg.stats!)).toHaveLength(10);
    // each KPI / cookbook aggregate answers the same figures as its hand-written statement (issue #27)
    for (const id of ['kpiRollRates', 'kpiCure', 'kpiVintage', 'kpiNoticeEffectiveness', 'kpiAggPayments', 'kpiAggPortfolio']) {
      expect(num(byId(id), 'rows (API)'), id).toBeGreaterThan(0);
      expect(num(byId(id), 'rows differing'), id).toBe(0);
    }
    const pay = byId('backdatedPayment');
    expect(num(pay, 'transactions')).toBe(500);
    const mass = byId('massGeneration');
    expect(num(mass, 'addressees (API)')).toBeGreaterThan(0);
    expect(num(mass, 'addressees (SQL)')).toBe(num(mass, 'addressees (API)'));
    expect(num(mass, 'notice items (SQL)')).toBe(num(mass, 'notice items (API)'));
    // nothing changed between prepare and create: every file comes from the kept preparation
    expect(num(mass, 'files reused from the preparation')).toBeGreaterThan(0);
    // same content both ways, up to the half-grosz penalties the API takes from the engine (docs/performance.md)
    const differing = num(mass, 'notices differing between API and SQL (content incl. items)');
    expect(differing).toBeGreaterThanOrEqual(0);
    expect(differing).toBeLessThanOrEqual(Math.ceil(num(mass, 'addressees (API)') * 0.01));
    const sms = byId('smsDispatch');
    expect(num(sms, 'notices sent')).toBe(60);
    expect(sms.stats!['abort job status']).toBe('ABORTED');
    const exp = byId('export');
    expect(num(exp, 'rows expected')).toBeGreaterThanOrEqual(portfolio.notices);
    expect(num(exp, 'bytes')).toBeGreaterThan(num(exp, 'rows expected') * 50);
    const ledger = byId('ledgerCheck');
    expect(ledger.value).toBe(0);
    expect(ledger.met).toBe(true);
    expect(num(ledger, 'allocation events')).toBeGreaterThan(portfolio.payments);
    // the forgiving search found the files of its terms (issue 26): folded last names, "gok135", PESEL prefixes
    const search = byId('search');
    expect(search.value!).toBeGreaterThan(0);
    expect(num(search, 'files found by the first "last name without diacritics ("Kaminski")" term')).toBeGreaterThan(0);
    expect(num(search, 'files found by the first "file number without the space ("gok135")" term')).toBe(1);
    expect(num(search, 'files found by the first "national id prefix, 6 digits" term')).toBeGreaterThan(0);
    const tick = byId('dailyTick');
    expect(num(tick, 'loans recomputed (all loans run)')).toBe(portfolio.loans);
  });

  it('writes results.md and results.json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-bench-'));
    const r: Results = { scale: 'small', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString(), machine: await machine(db.sql), portfolio, measures };
    const out = writeResults(dir, r);
    expect(JSON.parse(fs.readFileSync(out.json, 'utf8')).measures).toHaveLength(21);
    expect(toMarkdown(r)).toContain('| measure | figure | target | met |');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
