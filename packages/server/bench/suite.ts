import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute, parse, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchedule, normaliseSmsText, PL_MOBILE_PREFIXES } from '@raty/domain';
import type { Logger } from 'pino';
import type { DbHandle, Sql } from '../src/db/client.js';
import type { Actor, Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createSession, STAFF_COOKIE, staffActorFromSession } from '../src/modules/auth/session.service.js';
import { postPayment } from '../src/modules/loans/payments.service.js';
import { loadLoan, loanState, storeLoanState } from '../src/modules/loans/loans.service.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { checkLedger } from '../scripts/check-invariants.js';
import { MAX_BODY_BYTES } from '../src/http/security.js';
import { addDaysIso } from '../src/demo/index.js';
import { fnLoad, gqlHttp, httpLoad, rssOf, type LoadResult } from './load.js';
import { round, stat, timed, type Measure } from './report.js';
import { BENCH_AS_OF, BIG_LOAN_NUMBER, tableExists, type Scale } from './seed.js';
import { startBareApollo } from './harness.js';
import { FIRST_SCREENS, floorWeight, screenWeight } from './spa-weight.js';
import { KPI_CASES, kpiMeasure } from './kpis.js';
import { statementMatching, statementPosting } from './statements.js';
import { runStrategies } from '../src/modules/strategies/strategies.run.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface BenchServer {
  /** base URL of the HTTP app (a separate process in the full bench, in-process in the smoke test) */
  url: string;
  /** pid whose RSS is sampled during the export */
  pid: number;
}

export interface SuiteEnv {
  db: DbHandle;
  schema: GraphQLSchema;
  server: BenchServer;
  scale: Scale;
  log?: Logger;
  /** restricts the run to these measure ids */
  only?: string[];
  /** called after every measure with the measures so far (run.ts writes the results incrementally) */
  onMeasure?: (measures: Measure[]) => Promise<void> | void;
}

interface Session {
  cookie: string;
  actor: Actor;
}

async function staffSession(db: DbHandle, email: string): Promise<Session> {
  const [u] = await db.sql<{ id: string }[]>`select id from users where email = ${email}`;
  if (!u) throw new Error(`no user ${email}`);
  const s = await createSession(db.db, 'STAFF', { userId: u.id }, 12);
  const actor = await staffActorFromSession(db.db, s.token);
  return { cookie: `${STAFF_COOKIE}=${s.token}`, actor: actor! };
}

function ctxOf(env: SuiteEnv, actor: Actor): Context {
  return { requestId: 'bench', db: env.db.db, sql: env.db.sql, log: env.log?.child({ bench: true }) ?? (silentLog as unknown as Logger), actor, loaders: createLoaders(env.db.db), ip: '127.0.0.1' };
}

const noop = () => {};
const silentLog = { info: noop, warn: noop, error: noop, debug: noop, trace: noop, fatal: noop, child: () => silentLog };

async function gqlExec<T>(env: SuiteEnv, doc: DocumentNode, actor: Actor, variables: Record<string, unknown>): Promise<T> {
  const r = await execute({ schema: env.schema, document: doc, variableValues: variables, contextValue: ctxOf(env, actor) });
  if (r.errors?.length) throw new Error(`GraphQL: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.data as T;
}

/** Runs every measure; a measure that throws is reported with its error instead of stopping the suite. */
export async function runSuite(env: SuiteEnv): Promise<Measure[]> {
  const admin = await staffSession(env.db, 'admin@raty.demo');
  const all: [string, () => Promise<Measure>][] = [
    // first: the seeded portfolio before any measure changes it
    ['ledgerCheck', () => ledgerCheck(env)],
    ['schedule', () => scheduleBuild(env)],
    ['spaWeight', () => spaWeight()],
    ['requestPath', () => requestPath(env, admin)],
    ['debtorFile', () => debtorFileQuery(env, admin)],
    ['search', () => forgivingSearch(env, admin)],
    ['backdatedPayment', () => backdatedPayment(env, admin)],
    ['smsDispatch', () => smsDispatch(env, admin)],
    ['export', () => registryExport(env, admin)],
    ['dailyTick', () => dailyTick(env)],
    // issue 30: bank statements (parse + match vs COPY; posting vs postPayment directly)
    ['statementMatching', () => statementMatching(env)],
    ['statementPosting', () => statementPosting(env, ctxOf(env, admin.actor))],
    // a slow combination cut by the client keeps running in PostgreSQL for a while
    ['registry', () => registrySearch(env, admin)],
    // issue #27: each KPI and cookbook aggregate vs one hand-written statement (the first backfills the month-end snapshots)
    ...KPI_CASES.map((c): [string, () => Promise<Measure>] => [c.id, () => kpiMeasure(env.db.sql, (q, v) => gqlExec(env, parse(q), admin.actor, v), c, env.scale.samples)]),
    // last: it may first run the daily tick for the bench date (loan_balances), ~1 min
    ['massGeneration', () => massGeneration(env, admin)],
    // issue 31: the strategies' daily run vs mass generation, per notice created, in the same bench run
    ['strategyDailyRun', () => strategyDailyRun(env, admin)],
  ];
  const out: Measure[] = [];
  for (const [id, fn] of all) {
    if (env.only && !env.only.includes(id)) continue;
    env.log?.info({ measure: id }, 'measuring');
    const t0 = performance.now();
    try {
      out.push(await fn());
    } catch (err) {
      env.log?.error({ err, measure: id }, 'measure failed');
      out.push({ id, title: id, value: null, unit: '', target: '', met: null, notes: [`FAILED: ${(err as Error).message}`] });
    }
    env.log?.info({ measure: id, seconds: round((performance.now() - t0) / 1000, 1), result: out.at(-1)?.value }, 'measured');
    await env.onMeasure?.(out);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------------
// schedule build vs npm `financial`

async function scheduleBuild(env: SuiteEnv): Promise<Measure> {
  const req = createRequire(path.resolve(here, '../../domain/package.json'));
  const financial = (await import(req.resolve('financial'))) as {
    pmt: (r: number, n: number, pv: number) => number;
    ipmt: (r: number, p: number, n: number, pv: number) => number;
    ppmt: (r: number, p: number, n: number, pv: number) => number;
  };
  const n = 120;
  const terms = { principal: '10000.00', annualRate: '12', installments: n, disbursementDate: '2025-01-15', firstDueDate: '2025-02-15', method: 'ANNUITY' as const, dayCount: '30/360' as const };
  const ours = () => buildSchedule(terms);
  // the same schedule with `financial` (floats, rounded for output): the comparison of packages/domain/bench/run.ts
  const theirs = () => {
    const rate = 0.12 / 12;
    const a = -financial.pmt(rate, n, 10000);
    const outRows: { principal: string; interest: string; total: string; balance: string }[] = [];
    let bal = 10000;
    for (let per = 1; per <= n; per++) {
      const i = -financial.ipmt(rate, per, n, 10000);
      const p = -financial.ppmt(rate, per, n, 10000);
      bal -= p;
      outRows.push({ principal: p.toFixed(2), interest: i.toFixed(2), total: a.toFixed(2), balance: Math.abs(bal).toFixed(2) });
    }
    return outRows;
  };
  const entries = [ours, theirs];
  // warm-up: ~1 s of each, so both are measured with optimised (JIT) code
  for (const fn of entries) {
    const end = performance.now() + 1000;
    while (performance.now() < end) for (let i = 0; i < 100; i++) fn();
  }
  const iters = entries.map((fn) => {
    let k = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < k; i++) fn();
      if (performance.now() - t0 >= 20) return k;
      k *= 2;
    }
  });
  const per: number[][] = [[], []];
  for (let s = 0; s < env.scale.scheduleSamples; s++) {
    entries.forEach((fn, j) => {
      const t0 = performance.now();
      for (let i = 0; i < iters[j]; i++) fn();
      per[j].push((performance.now() - t0) / iters[j]);
    });
  }
  const a = stat(per[0]);
  const b = stat(per[1]);
  return {
    id: 'schedule',
    title: 'Schedule build (120 monthly installments, annuity)',
    value: a.p95,
    unit: 'ms',
    target: '≤ 0.2 ms each and faster than npm `financial`',
    met: a.p95 <= 0.2 && a.median < b.median,
    stats: { 'buildSchedule (ms per schedule)': a, 'financial pmt/ipmt/ppmt (ms per schedule)': b, 'ratio financial / ours (median)': round(b.median / a.median, 2) },
    notes: ['1 s warm-up of each; then interleaved samples (one sample of each per round), each sample ≥ 20 ms of back-to-back builds; figure = p95 of the per-schedule time.'],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// debtor-file query over HTTP at 50 concurrent clients vs graphql-js execute

export const DEBTOR_FILE_QUERY = `query DebtorFile($id: ID!, $partyId: ID!) {
  debtorFile(id: $id) {
    id displayNumber status receivableKind { code name currency }
    parties { role party { id displayName nationalId departed smsConsent } }
  }
  partyContacts(partyId: $partyId) { partyId name departed contacts { id type value smsConsent } }
  fileLoans(fileId: $id) {
    id number status principal annualRate
    balances { asOf overdueBalance overduePrincipal overdueInterest futureBalance overpaymentBalance daysPastDue }
    schedule { number dueDate principal interest total paymentStatus principalPaid interestPaid penaltyInterest outstanding daysPastDue }
    payments { id paymentDate amount method status allocations { installmentNumber component amount } }
  }
  notices(filter: { fileId: $id }, first: 20) { totalCount edges { node { id createdOn channel reason sendStatus } } }
}`;

async function filePool(sql: Sql, n: number): Promise<{ id: string; partyId: string }[]> {
  // files with loans and notices, spread over the portfolio (deterministic)
  return sql<{ id: string; partyId: string }[]>`
    select f.id, fp.party_id as "partyId" from debtor_files f join file_parties fp on fp.file_id = f.id and fp.role = 'BORROWER'
    where exists (select 1 from loans l where l.file_id = f.id)
    order by md5(f.id::text) limit ${n}`;
}

async function debtorFileQuery(env: SuiteEnv, s: Session): Promise<Measure> {
  const pool = await filePool(env.db.sql, 500);
  const body = (i: number) => JSON.stringify({ query: DEBTOR_FILE_QUERY, variables: { id: pool[i % pool.length].id, partyId: pool[i % pool.length].partyId } });
  const check = (_s: number, b: string) => (b.includes('"errors"') ? b.slice(0, 300) : null);
  const c = env.scale.concurrency;
  // warm-up (JIT, plan caches, connections)
  await httpLoad({ url: `${env.server.url}/graphql`, concurrency: c, seconds: 1, body, headers: { cookie: s.cookie }, check });
  const doc = parse(DEBTOR_FILE_QUERY);
  const inproc = () =>
    fnLoad({
      concurrency: c,
      seconds: env.scale.loadSeconds,
      fn: async (i) => {
        const r = await execute({ schema: env.schema, document: doc, variableValues: { id: pool[i % pool.length].id, partyId: pool[i % pool.length].partyId }, contextValue: ctxOf(env, s.actor) });
        JSON.stringify(r);
        return r.errors?.length ? r.errors[0].message : null;
      },
    });
  await fnLoad({
    concurrency: c,
    seconds: 1,
    fn: async (i) => {
      await execute({ schema: env.schema, document: doc, variableValues: { id: pool[i % pool.length].id, partyId: pool[i % pool.length].partyId }, contextValue: ctxOf(env, s.actor) });
      return null;
    },
  });
  // issue 28: the targets are ratios to the floor of this machine measured in the same run — the smallest
  // authenticated query (`{ me { id } }`: session, guards, Apollo, no data) over the same HTTP path and closed loop.
  // 3 alternating rounds, each: file at 50 clients, floor at 50, file at 8, floor at 8, graphql execute at 50
  // (the in-process baseline of the first round of targets, kept as a figure); each figure the median of its rounds.
  const meBody = () => JSON.stringify({ query: '{ me { id } }' });
  const meCheck = (_s: number, b: string) => (b.includes('"me":{"id":"') ? null : b.slice(0, 300));
  const file = (n: number) => httpLoad({ url: `${env.server.url}/graphql`, concurrency: n, seconds: env.scale.loadSeconds, body, headers: { cookie: s.cookie }, check });
  const floorOf = (n: number) => httpLoad({ url: `${env.server.url}/graphql`, concurrency: n, seconds: env.scale.loadSeconds, body: meBody, headers: { cookie: s.cookie }, check: meCheck });
  await floorOf(8);
  // the physical bound of this answer on this stack: a bare @apollo/server (bench/bare-apollo.mjs, its own process)
  // with the app's schema answering the same document with the app's own answers from memory — graphql-js, JSON and
  // the same HTTP integration, no session, no guards, no database
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-bench-'));
  const answers = [];
  for (let i = 0; i < pool.length; i += 10) {
    const part = await Promise.all(
      pool.slice(i, i + 10).map(async (p) => ({ ...p, data: await gqlHttp<Record<string, unknown>>(env.server.url, s.cookie, DEBTOR_FILE_QUERY, { id: p.id, partyId: p.partyId }) })),
    );
    answers.push(...part.map((a) => ({ fileId: a.id, partyId: a.partyId, data: a.data })));
  }
  fs.writeFileSync(path.join(dir, 'schema.graphql'), printSchema(env.schema));
  fs.writeFileSync(path.join(dir, 'answers.json'), JSON.stringify(answers));
  const sizes = answers.slice(0, 20).map((a) => Buffer.byteLength(JSON.stringify({ data: a.data })));
  const bare = await startBareApollo({ BARE_SDL: path.join(dir, 'schema.graphql'), BARE_ANSWERS: path.join(dir, 'answers.json') });
  const bareCheck = (_s: number, b: string) => (b.includes('"errors"') || !b.includes('"debtorFile":{') ? b.slice(0, 300) : null);
  const bareOf = (n: number) => httpLoad({ url: `${bare.url}/graphql`, concurrency: n, seconds: env.scale.loadSeconds, body, check: bareCheck });
  await bareOf(c);
  const rounds = 3;
  const runs = {
    file: [] as LoadResult[],
    floor: [] as LoadResult[],
    bare: [] as LoadResult[],
    file8: [] as LoadResult[],
    floor8: [] as LoadResult[],
    bare8: [] as LoadResult[],
    exec: [] as LoadResult[],
  };
  // CPU time per answered request (app process + PostgreSQL's backends, /proc) of the file and of the floor at 50
  const postgres = await postmasterPid(env.db.sql);
  const cpuNow = () => cpuMsOf(env.server.pid) + (postgres ? cpuMsOfChildren(postgres) : 0);
  const cpu = { file: 0, floor: 0, fileRequests: 0, floorRequests: 0 };
  const counted = async (kind: 'file' | 'floor', run: () => Promise<LoadResult>) => {
    const t0 = cpuNow();
    const res = await run();
    cpu[kind] += cpuNow() - t0;
    cpu[`${kind}Requests`] += res.requests;
    return res;
  };
  try {
    for (let r = 0; r < rounds; r++) {
      runs.file.push(await counted('file', () => file(c)));
      runs.floor.push(await counted('floor', () => floorOf(c)));
      runs.bare.push(await bareOf(c));
      runs.file8.push(await file(8));
      runs.floor8.push(await floorOf(8));
      runs.bare8.push(await bareOf(8));
      if (r === 0) runs.exec.push(await inproc());
    }
  } finally {
    await bare.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const thr = (xs: LoadResult[]) => median(xs.map((x) => x.throughput));
  const p95 = (xs: LoadResult[]) => median(xs.map((x) => stat(x.latencies).p95));
  const thrRatio = thr(runs.file) / thr(runs.floor);
  const p95Ratio = p95(runs.file8) / p95(runs.floor8);
  const httpRuns = [...runs.file, ...runs.file8, ...runs.floor, ...runs.floor8, ...runs.bare, ...runs.bare8];
  const errors = [...httpRuns, ...runs.exec].reduce((a, x) => a + x.errors, 0);
  const [{ q }] = await env.db.sql<{ q: number }[]>`select count(*)::int as q from loans l where l.file_id = any(${pool.map((p) => p.id)}::uuid[])`;
  const usFile = (cpu.file * 1000) / cpu.fileRequests;
  const usFloor = (cpu.floor * 1000) / cpu.floorRequests;
  const perRound = (xs: LoadResult[], f: (x: LoadResult) => number, d = 0) => xs.map((x) => round(f(x), d)).join(', ');
  return {
    id: 'debtorFile',
    title: `Debtor-file query over HTTP vs the request-path floor (\`{ me { id } }\`), ${c} and 8 concurrent clients`,
    value: round(thrRatio * 100, 1),
    unit: '% of the floor throughput',
    target: `throughput at ${c} clients ≥ 50 % of the floor; p95 at 8 clients ≤ 3 × the floor's p95 at 8 (same run, median of 3 alternating rounds)`,
    met: thrRatio >= 0.5 && p95Ratio <= 3 && errors === 0,
    stats: {
      [`file latency, ${c} clients (ms)`]: stat(runs.file.flatMap((x) => x.latencies)),
      [`floor latency, ${c} clients (ms)`]: stat(runs.floor.flatMap((x) => x.latencies)),
      'file latency, 8 clients (ms)': stat(runs.file8.flatMap((x) => x.latencies)),
      'floor latency, 8 clients (ms)': stat(runs.floor8.flatMap((x) => x.latencies)),
      [`bound: bare file latency, ${c} clients (ms)`]: stat(runs.bare.flatMap((x) => x.latencies)),
      'bound: bare file latency, 8 clients (ms)': stat(runs.bare8.flatMap((x) => x.latencies)),
      [`graphql execute latency, ${c} clients (ms)`]: stat(runs.exec.flatMap((x) => x.latencies)),
      [`file throughput per round, ${c} clients (req/s)`]: perRound(runs.file, (x) => x.throughput),
      [`floor throughput per round, ${c} clients (req/s)`]: perRound(runs.floor, (x) => x.throughput),
      'file p95 per round, 8 clients (ms)': perRound(runs.file8, (x) => stat(x.latencies).p95, 1),
      'floor p95 per round, 8 clients (ms)': perRound(runs.floor8, (x) => stat(x.latencies).p95, 1),
      [`file throughput, median (req/s)`]: round(thr(runs.file), 1),
      [`floor throughput, median (req/s)`]: round(thr(runs.floor), 1),
      'ratio file / floor throughput (target ≥ 0.5)': round(thrRatio, 3),
      'file p95 at 8 clients, median (ms)': round(p95(runs.file8), 2),
      'floor p95 at 8 clients, median (ms)': round(p95(runs.floor8), 2),
      'ratio file / floor p95 at 8 clients (target ≤ 3)': round(p95Ratio, 3),
      [`bound: bare Apollo, same answers from memory, throughput per round, ${c} clients (req/s)`]: perRound(runs.bare, (x) => x.throughput),
      [`bound: bare throughput, median (req/s)`]: round(thr(runs.bare), 1),
      'bound: bare p95 at 8 clients, median (ms)': round(p95(runs.bare8), 2),
      'bound: ratio bare file / floor throughput (the most any file answer reached here)': round(thr(runs.bare) / thr(runs.floor), 3),
      'bound: ratio bare file / floor p95 at 8 clients': round(p95(runs.bare8) / p95(runs.floor8), 3),
      'ratio file / bare file throughput': round(thr(runs.file) / thr(runs.bare), 3),
      'execute throughput, first round (req/s)': round(thr(runs.exec), 1),
      'ratio HTTP / execute throughput': round(thr(runs.file) / thr(runs.exec), 3),
      'CPU per request, file: app process + PostgreSQL (µs)': round(usFile, 0),
      'CPU per request, floor: app process + PostgreSQL (µs)': round(usFloor, 0),
      'CPU ratio floor / file (the throughput ratio on cores of their own)': round(usFloor / usFile, 3),
      'answer size, median of 20 files (bytes of JSON data)': stat(sizes).median,
      errors,
      'files in pool': pool.length,
      'loans per file (avg)': round(q / pool.length, 2),
      ...(httpRuns.find((x) => x.firstError) ? { 'first error': httpRuns.find((x) => x.firstError)!.firstError! } : {}),
    },
    notes: [
      `Closed loop, keep-alive, ${rounds} alternating rounds of ${env.scale.loadSeconds} s each (file at ${c} clients, floor at ${c}, bare file at ${c}, file at 8, floor at 8, bare file at 8; graphql execute in-process at ${c} in the first round); each figure the median of its rounds. The servers are other processes; the load generator and graphql execute share this process and the 2 cores.`,
      'Bound: bench/bare-apollo.mjs with the app’s schema (printSchema) answering the same document with the answers the app gave for the same 500 files, from memory: what graphql-js, JSON and the HTTP integration cost for this answer with no session, guards or database.',
      'Floor: `{ me { id } }` with the same session over the same HTTP path (cookie session, guards, Apollo, no data): what no debtor-file answer can go below on this machine (issue 28).',
    ],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// forgiving staff search (issue 26) vs an indexed exact-match lookup, same run

const FILE_SEARCH_QUERY = `query Search($s: String) {
  debtorFiles(filter: { search: $s }, first: 50) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayNumber status receivableKind { code } parties { role party { id displayName nationalId } } } }
  }
}`;

async function forgivingSearch(env: SuiteEnv, s: Session): Promise<Measure> {
  const sql = env.db.sql;
  // deterministic samples spread over the portfolio
  const files = await sql<{ code: string; number: number }[]>`
    select k.code, f.number from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id order by md5(f.id::text) limit 20`;
  const people = await sql<{ last_name: string; first_name: string; national_id: string | null }[]>`
    select last_name, first_name, national_id from parties where kind = 'PERSON' and last_name is not null and first_name is not null order by md5(id::text) limit 40`;
  const companies = await sql<{ company_name: string }[]>`select company_name from parties where company_name is not null order by md5(id::text) limit 10`;
  const [folded] = await sql<{ f: string[] }[]>`select coalesce(array_agg(raty_fold(x) order by o), '{}') as f from unnest(${people.map((p) => p.last_name)}::text[]) with ordinality as u(x, o)`;
  const exact = files.map((f) => `${f.code} ${f.number}`);
  const allKinds: [string, string[]][] = [
    ['last name without diacritics ("Kaminski")', folded.f.filter((x, i) => x !== people[i].last_name.toLowerCase()).slice(0, 10)],
    ['name prefix, 4 letters', people.slice(0, 10).map((p) => p.last_name.slice(0, 4))],
    ['first + last name, folded', folded.f.slice(10, 20).map((x, i) => `${people[10 + i].first_name} ${x}`)],
    ['file number without the space ("gok135")', files.map((f) => `${f.code.toLowerCase()}${f.number}`)],
    [
      'national id prefix, 6 digits',
      people
        .filter((p) => /^\d{6}/.test(p.national_id ?? ''))
        .slice(0, 10)
        .map((p) => p.national_id!.slice(0, 6)),
    ],
    ['company name, inner part (trigrams)', companies.map((c) => c.company_name.slice(2, 7).trim()).filter((x) => x.length >= 3)],
  ];
  // a kind without terms in this portfolio (e.g. no companies) is left out
  const kinds = allKinds.map(([name, terms]) => [name, terms.filter(Boolean)] as [string, string[]]).filter(([, terms]) => terms.length > 0);
  const forgiving = kinds.flatMap(([, terms]) => terms);
  const n = env.scale.samples * 10;
  const run = (term: string) => timed(() => gqlHttp<{ debtorFiles: { totalCount: number } }>(env.server.url, s.cookie, FILE_SEARCH_QUERY, { s: term }, 60_000));
  // warm-up: every term once
  for (const t of [...exact, ...forgiving]) await run(t);
  // alternating, sequential: exact, forgiving, exact, … (same server, same data, same moment)
  const exactMs: number[] = [];
  const forgivingMs: number[] = [];
  const perKind: Record<string, number[]> = {};
  let k = 0;
  for (let i = 0; i < n; i++) {
    exactMs.push((await run(exact[i % exact.length])).ms);
    const [name, terms] = kinds[k++ % kinds.length];
    const ms = (await run(terms[i % terms.length])).ms;
    forgivingMs.push(ms);
    (perKind[name] ??= []).push(ms);
  }
  const ex = stat(exactMs);
  const fo = stat(forgivingMs);
  const ratio = fo.p95 / ex.p95;
  const hits = await Promise.all(kinds.map(async ([name, terms]) => [name, (await run(terms[0])).value.debtorFiles.totalCount] as const));
  return {
    id: 'search',
    title: 'Forgiving staff search (debtorFiles search: folded names, prefixes, "gok135", PESEL prefix) vs exact file lookup (HTTP)',
    value: round(ratio, 2),
    unit: '× exact p95',
    target: 'p95 ≤ 2 × the p95 of an indexed exact-match lookup ("GOK 135")',
    met: ratio <= 2,
    stats: {
      'exact "CODE NUMBER" latency (ms)': ex,
      'forgiving latency, all kinds (ms)': fo,
      ...Object.fromEntries(Object.entries(perKind).map(([name, ms]) => [`${name} (ms)`, stat(ms)])),
      ...Object.fromEntries(hits.map(([name, c]) => [`files found by the first "${name}" term`, c])),
    },
    notes: [
      `Sequential requests, first page of 50 with the total, ${n} exact lookups alternating with ${forgivingMs.length} forgiving searches (${kinds.length} kinds in turn), after one warm-up of every term. Figure = forgiving p95 / exact p95.`,
    ],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// request path (issue 28): `{ me { id } }` through the real app vs a bare @apollo/server answering from memory

/** user + system CPU time of a process in ms (/proc/<pid>/stat, Linux; 0 when unreadable). */
function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS = 100;

/** CPU ms of every child of a process (PostgreSQL's backends under its postmaster). */
function cpuMsOfChildren(parent: number): number {
  let total = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === parent) total += ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** The postmaster's pid, from postmaster.pid in the data directory (null when not readable from here). */
async function postmasterPid(sql: Sql): Promise<number | null> {
  try {
    const [{ dir }] = await sql<{ dir: string }[]>`select current_setting('data_directory') as dir`;
    return Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/** Median of a list of numbers. */
function median(xs: number[]): number {
  return stat(xs).median;
}

async function requestPath(env: SuiteEnv, s: Session): Promise<Measure> {
  const body = () => JSON.stringify({ query: '{ me { id } }' });
  const check = (_s: number, b: string) => (b.includes('"me":{"id":"') ? null : b.slice(0, 300));
  const c = env.scale.concurrency;
  const seconds = env.scale.loadSeconds;
  const bare = await startBareApollo();
  try {
    const app = (secs: number) => httpLoad({ url: `${env.server.url}/graphql`, concurrency: c, seconds: secs, body, headers: { cookie: s.cookie }, check });
    const baseline = (secs: number) => httpLoad({ url: `${bare.url}/graphql`, concurrency: c, seconds: secs, body, check });
    // warm-up (JIT, connections), then 3 alternating rounds: app, bare, app, bare, app, bare
    await app(1);
    await baseline(1);
    const appRuns = [];
    const bareRuns = [];
    // CPU time (user + system, /proc) spent per answered request: by the app process and PostgreSQL, by the bare
    // process. On a shared machine throughput swings with the neighbours; the CPU cost per request does much less.
    const postgres = await postmasterPid(env.db.sql);
    const cpu = { app: 0, db: 0, bare: 0, appRequests: 0, bareRequests: 0 };
    for (let r = 0; r < 3; r++) {
      const a0 = cpuMsOf(env.server.pid);
      const d0 = postgres ? cpuMsOfChildren(postgres) : 0;
      appRuns.push(await app(seconds));
      cpu.app += cpuMsOf(env.server.pid) - a0;
      cpu.db += (postgres ? cpuMsOfChildren(postgres) : 0) - d0;
      cpu.appRequests += appRuns[r].requests;
      const b0 = cpuMsOf(bare.pid);
      bareRuns.push(await baseline(seconds));
      cpu.bare += cpuMsOf(bare.pid) - b0;
      cpu.bareRequests += bareRuns[r].requests;
    }
    const usPerRequest = { app: (cpu.app * 1000) / cpu.appRequests, db: (cpu.db * 1000) / cpu.appRequests, bare: (cpu.bare * 1000) / cpu.bareRequests };
    const thrApp = median(appRuns.map((x) => x.throughput));
    const thrBare = median(bareRuns.map((x) => x.throughput));
    const ratio = thrApp / thrBare;
    const errors = [...appRuns, ...bareRuns].reduce((a, x) => a + x.errors, 0);
    // 8 clients: the latency floor the debtor file's p95 target is set against
    const at8 = await httpLoad({ url: `${env.server.url}/graphql`, concurrency: 8, seconds, body, headers: { cookie: s.cookie }, check });
    const firstError = [...appRuns, ...bareRuns, at8].find((x) => x.firstError)?.firstError;
    return {
      id: 'requestPath',
      title: `Request path: \`{ me { id } }\` through the app vs a bare @apollo/server, ${c} concurrent clients`,
      value: round(ratio * 100, 1),
      unit: '% of the bare throughput',
      target: '≥ 70 % (median of 3 alternating rounds)',
      met: ratio >= 0.7 && errors === 0,
      stats: {
        'app throughput per round (req/s)': appRuns.map((x) => round(x.throughput, 0)).join(', '),
        'bare throughput per round (req/s)': bareRuns.map((x) => round(x.throughput, 0)).join(', '),
        'app throughput, median (req/s)': round(thrApp, 1),
        'bare throughput, median (req/s)': round(thrBare, 1),
        'app latency (ms)': stat(appRuns.flatMap((x) => x.latencies)),
        'bare latency (ms)': stat(bareRuns.flatMap((x) => x.latencies)),
        'app latency at 8 clients (ms)': stat(at8.latencies),
        'app throughput at 8 clients (req/s)': round(at8.throughput, 1),
        'CPU per request: app process (µs)': round(usPerRequest.app, 0),
        'CPU per request: PostgreSQL (µs)': round(usPerRequest.db, 0),
        'CPU per request: bare process (µs)': round(usPerRequest.bare, 0),
        'CPU ratio: bare / (app + PostgreSQL)': round(usPerRequest.bare / (usPerRequest.app + usPerRequest.db), 3),
        errors,
        ...(firstError ? { 'first error': firstError } : {}),
      },
      notes: [
        `Closed loop, keep-alive, 3 alternating rounds of ${seconds} s (app, bare, app, …); each figure is the median of its 3 rounds. Both servers are separate processes on the same 2 cores as the load generator.`,
        'CPU per request (from /proc, all rounds): what each answer costs the machine; the CPU ratio is the throughput ratio the two would reach on cores of their own.',
        'The bare server (bench/bare-apollo.mjs) is Express 5 + @as-integrations/express5 + @apollo/server answering from memory: no session, cookies, helmet, guards, rate limits or database.',
      ],
    };
  } finally {
    await bare.stop();
  }
}

// ------------------------------------------------------------------------------------------------------------------
// SPA weight (issue 28): JavaScript of the first screens, from the Vite build manifest

async function spaWeight(): Promise<Measure> {
  const webDist = path.resolve(here, '../../web/dist');
  if (!fs.existsSync(path.join(webDist, '.vite/manifest.json'))) throw new Error(`${webDist}/.vite/manifest.json is missing: build the web app first (npm run bench builds it)`);
  const kb = (b: number) => round(b / 1000, 1);
  const [cz, staff] = Object.entries(FIRST_SCREENS).map(([name, modules]) => ({ name, ...screenWeight(webDist, modules) }));
  const limits = { [cz.name]: 150_000, [staff.name]: 250_000 };
  const floor = floorWeight(path.dirname(webDist));
  return {
    id: 'spaWeight',
    title: 'SPA weight: JavaScript (gzip) of the client zone login and the staff login',
    value: kb(cz.gzipBytes),
    unit: 'kB gzip (client zone login)',
    target: 'client zone login ≤ 150 kB, staff login ≤ 250 kB (gzip)',
    met: cz.gzipBytes <= limits[cz.name] && staff.gzipBytes <= limits[staff.name],
    stats: Object.fromEntries(
      [cz, staff]
        .flatMap((w) => [
          [`${w.name}: JS gzip (kB)`, kb(w.gzipBytes)],
          [`${w.name}: JS brotli (kB)`, kb(w.brotliBytes)],
          [`${w.name}: JS raw (kB)`, kb(w.rawBytes)],
          [`${w.name}: files`, w.files.length],
        ])
        .concat([
          ['floor (React + react-router + i18next + a fetch mutation, no app code): JS gzip (kB)', kb(floor.gzipBytes)],
          ['floor: JS raw (kB)', kb(floor.rawBytes)],
          ['client zone login above the floor (kB gzip)', kb(cz.gzipBytes - floor.gzipBytes)],
        ]),
    ),
    notes: [
      'Floor: packages/web/floor (the libraries the client zone login needs — React, react-dom, react-router data router, i18next — one button and one GraphQL mutation by fetch, no app code), built with Vite in this run: the login cannot weigh less on this stack. The staff login and the signed-in screens also load Apollo Client (the floor before this change, with Apollo: 171.2 kB).',
      'From packages/web/dist/.vite/manifest.json: the entry chunk, the route module and every chunk they import statically; gzip/brotli are the precompressed files the server sends.',
      'Baseline (main before issue 28): one 1,517,940-byte bundle, 385.0 kB gzip, served uncompressed to both screens.',
    ],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// registry search

const REGISTRY_QUERY = `query Registry($filter: NoticeFilter, $first: Int, $sort: NoticeSort) {
  notices(filter: $filter, first: $first, sort: $sort) {
    totalCount totalAmount pageInfo { hasNextPage endCursor }
    edges { node { id createdOn channel reason sendStatus deliveryStatus settlementStatus fileDisplayNumber phone } }
  }
}`;

async function registrySearch(env: SuiteEnv, s: Session): Promise<Measure> {
  if (!(await tableExists(env.db.sql, 'notices'))) return gap('registry', 'Registry search (10 filter combinations)', 'collection tables do not exist');
  const sql = env.db.sql;
  const [probe] = await sql<{ party_id: string; number: number; code: string; file_id: string }[]>`
    select n.party_id, f.number, k.code, n.file_id from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    order by n.created_on desc, n.id limit 1 offset 77`;
  const d = (days: number) => addDaysIso(BENCH_AS_OF, -days);
  const combos: [string, Record<string, unknown>, string?][] = [
    ['no filter (newest first)', {}],
    ['kind', { kindCode: 'GOK' }],
    ['kind + file number', { kindCode: probe?.code ?? 'GOK', fileNumber: String(probe?.number ?? 1) }],
    ['channel SMS + sent', { channel: 'SMS', sendStatus: 'SENT' }],
    ['created in a month', { createdFrom: d(60), createdTo: d(30) }],
    ['sent in a week + delivered', { sentFrom: d(14), sentTo: d(7), deliveryStatus: 'DELIVERED' }],
    ['settlement SETTLED', { settlementStatus: 'SETTLED' }],
    ['settlement UNSETTLED + kind + reason', { settlementStatus: 'UNSETTLED', kindCode: 'RAT', reason: 'OVERDUE' }],
    ['addressee (party)', { partyId: probe?.party_id }],
    ['kind + created range, sorted by amount', { kindCode: 'SAM', createdFrom: d(365) }, 'AMOUNT_DESC'],
  ];
  const stats: Record<string, ReturnType<typeof stat> | number | string> = {};
  let worst = 0;
  for (const [name, filter, sort] of combos) {
    const vars = { filter, first: 50, sort: sort ?? 'CREATED_DESC' };
    // warm-up (and the total); a combination slower than 10 s gets one more sample only, and each request is cut
    // after 60 s (counted as 60 000 ms) so that the suite stays bounded
    const w = await timed(() => gqlHttp<{ notices: { totalCount: number } }>(env.server.url, s.cookie, REGISTRY_QUERY, vars, 60_000).catch(() => null));
    const samples: number[] = [];
    const n = w.ms > 10_000 ? 1 : env.scale.registrySamples;
    for (let i = 0; i < n; i++) samples.push((await timed(() => gqlHttp(env.server.url, s.cookie, REGISTRY_QUERY, vars, 60_000).catch(() => null))).ms);
    const st = stat(samples);
    stats[`${name} (total ${w.value?.notices.totalCount ?? 'timed out'})`] = st;
    worst = Math.max(worst, st.p95);
  }
  return {
    id: 'registry',
    title: 'Registry search: 10 filter combinations, first page of 50 with totals (HTTP)',
    value: worst,
    unit: 'ms',
    target: 'p95 ≤ 100 ms each',
    met: worst <= 100,
    stats,
    notes: [
      'Figure = the worst p95 of the 10 combinations. Sequential requests, one warm-up each; a combination slower than 10 s is sampled once more only, and a request is cut after 60 s (counted as 60 000 ms).',
    ],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// back-dated payment on a loan with 500 transactions

async function backdatedPayment(env: SuiteEnv, s: Session): Promise<Measure> {
  const sql = env.db.sql;
  const [loanRow] = await sql<{ id: string }[]>`select id from loans where number = ${BIG_LOAN_NUMBER}`;
  if (!loanRow) throw new Error('the 500-payment loan is missing (seedBigLoan)');
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from payments where loan_id = ${loanRow.id}`;
  const samples: number[] = [];
  for (let i = 0; i < env.scale.paymentSamples + 1; i++) {
    const key = `bench-backdated-${Date.now()}-${i}`;
    const { ms: t, value } = await timed(() =>
      postPayment(
        ctxOf(env, s.actor),
        {
          loanId: loanRow.id,
          clientId: null,
          paymentDate: addDaysIso('2019-06-10', i * 13),
          amountPaid: '10.00',
          paymentMethod: 'BANK_TRANSFER',
          idempotencyKey: key,
        },
        { requireClient: false, createdBy: 'bench' },
      ),
    );
    if (i > 0) samples.push(t); // the first is a warm-up
    // keep the loan at its 500 transactions: remove the bench payment again
    await sql`delete from payment_allocations where payment_id = ${value.payment.id}`;
    await sql`delete from payments where id = ${value.payment.id}`;
  }
  const loan = (await loadLoan(sql, loanRow.id))!;
  const st = await loanState(sql, loan, BENCH_AS_OF);
  await sql.begin((tx) => storeLoanState(tx, loan, st));
  const x = stat(samples);
  return {
    id: 'backdatedPayment',
    title: `Back-dated payment on a loan with ${n} transactions (postPayment)`,
    value: x.p95,
    unit: 'ms',
    target: 'p95 ≤ 50 ms',
    met: x.p95 <= 50,
    stats: { 'postPayment (ms)': x, transactions: n },
    notes: ['postPayment = lock, idempotency check, insert, full ledger replay of 120 installments × 500 payments, store allocations (set-based), audit; one transaction.'],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// mass generation vs a hand-written INSERT … SELECT

const PREPARE = parse(`query($p: MassParamsInput!) { prepareMassNotices(params: $p) { preparationId rowCount fileCount itemCount rows { fileId partyId } } }`);
const CREATE = parse(`mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { count ids reusedFiles } }`);

async function massGeneration(env: SuiteEnv, s: Session): Promise<Measure> {
  if (!(await tableExists(env.db.sql, 'notices'))) return gap('massGeneration', 'Mass generation', 'collection tables do not exist');
  const sql = env.db.sql;
  // the preparation reads the overpayment held from loan_balances (a loan without a row true for the business date is
  // replayed by the engine): in production the daily tick has run for today; here the dailyTick measure may have
  // truncated the table or left rows for the next day, so the tick runs for the bench date first (not timed)
  const [{ n: missing }] = await sql<{ n: number }[]>`
    select count(*)::int as n from loans l left join loan_balances b on b.loan_id = l.id where b.loan_id is null or b.as_of > ${BENCH_AS_OF}::date`;
  const tick = missing > 0 ? await runDailyTick(sql, BENCH_AS_OF) : null;
  // both paths are timed on a settled database: the tick (here or in the dailyTick measure) rewrites every
  // loan_balances row and updates installments; in production it runs at 02:00 and autovacuum has processed both long
  // before anyone prepares a mass generation, so the bench does that vacuum now (not timed) and waits for autovacuum
  const v0 = performance.now();
  await sql`vacuum (analyze) loan_balances`;
  await sql`vacuum (analyze) installments`;
  const vacuumMs = performance.now() - v0;
  const quiet = await untilNoAutovacuum(sql, 300_000);
  const params = { kindCode: 'GOK', reason: 'OVERDUE', channel: 'SMS', dueWithinDays: 60 };
  const text = 'Przypominamy o zaległej płatności. Raty';
  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  const prepTimes: number[] = [];
  let rows = 0;
  let sqlRows = 0;
  let apiItems = 0;
  let sqlItems = 0;
  let bodyBytes = 0;
  let reusedFiles = 0;
  let differences = -1;
  for (let r = 0; r < env.scale.massRuns; r++) {
    // API: prepare + create (graphql-js execute over the real resolvers; see notes for HTTP)
    const t0 = performance.now();
    const prep = await gqlExec<{ prepareMassNotices: { preparationId: string; rowCount: number; rows: { fileId: string; partyId: string }[] } }>(env, PREPARE, s.actor, { p: params });
    const t1 = performance.now();
    const input = { params, preparationId: prep.prepareMassNotices.preparationId, rows: prep.prepareMassNotices.rows.map((x) => ({ fileId: x.fileId, partyId: x.partyId })), text };
    bodyBytes = JSON.stringify({ query: '', variables: { i: input } }).length;
    const created = await gqlExec<{ createMassNotices: { count: number; ids: string[]; reusedFiles: number } }>(env, CREATE, s.actor, { i: input });
    apiTimes.push(performance.now() - t0);
    prepTimes.push(t1 - t0);
    rows = created.createMassNotices.count;
    reusedFiles = created.createMassNotices.reusedFiles;
    apiItems = await itemCount(sql, created.createMassNotices.ids);
    if (r === 0) await massSnapshot(sql, 'bench_mass_api', created.createMassNotices.ids);
    await deleteNotices(sql, created.createMassNotices.ids);
    // baseline: one INSERT … SELECT doing the same selection and insert
    const b = await timed(() => massBaseline(sql, params.kindCode, params.dueWithinDays, normaliseSmsText(text).text, s.actor.type === 'STAFF' ? s.actor.userId : null));
    sqlTimes.push(b.ms);
    sqlRows = b.value.length;
    sqlItems = await itemCount(sql, b.value);
    if (r === 0) {
      await massSnapshot(sql, 'bench_mass_sql', b.value);
      differences = await massDifferences(sql, 'bench_mass_api', 'bench_mass_sql');
      await sql`drop table bench_mass_api`;
      await sql`drop table bench_mass_sql`;
    }
    await deleteNotices(sql, b.value);
  }
  const a = stat(apiTimes);
  const b = stat(sqlTimes);
  const ratio = a.median / b.median;
  return {
    id: 'massGeneration',
    title: `Mass generation, one receivable kind (${rows.toLocaleString('en')} addressees)`,
    value: round(ratio, 2),
    unit: '× INSERT…SELECT',
    target: 'prepare + create ≤ 1.5 × hand-written INSERT … SELECT',
    met: ratio <= 1.5,
    stats: {
      'prepare + create (ms)': a,
      'of which prepare (ms)': stat(prepTimes),
      'INSERT … SELECT (ms)': b,
      'addressees (API)': rows,
      'addressees (SQL)': sqlRows,
      'notice items (API)': apiItems,
      'notice items (SQL)': sqlItems,
      'createMassNotices request body (bytes)': bodyBytes,
      'files reused from the preparation': reusedFiles,
      'notices differing between API and SQL (content incl. items)': differences,
    },
    notes: [
      `Params ${JSON.stringify(params)}; the API path runs prepareMassNotices then createMassNotices with its preparationId (files unchanged since the preparation's snapshot are not prepared again) through graphql-js execute on the app schema; runs alternate with the baseline and the created notices are deleted after each run.`,
      'The baseline is one hand-written INSERT … SELECT producing the same rows: addressees with normalised phone, name and address, items with penalty interest from the allocation lines; the first run compares every created notice with its items between the two paths (figure "notices differing").',
      tick
        ? `loan_balances had ${missing.toLocaleString('en')} loans without a row for ${BENCH_AS_OF}: runDailyTick(${BENCH_AS_OF}) ran first (${round(tick.ms / 1000, 1)} s, not timed), as the daily job does in production.`
        : `loan_balances was up to date for ${BENCH_AS_OF}.`,
      `Before the first run (not timed): VACUUM (ANALYZE) of loan_balances and installments (${round(vacuumMs / 1000, 1)} s), the state autovacuum reaches after the nightly tick, then ${round(quiet / 1000, 1)} s waiting for autovacuum workers.`,
      bodyBytes > MAX_BODY_BYTES
        ? `Over HTTP the createMassNotices body (${bodyBytes.toLocaleString('en')} bytes) exceeds the ${MAX_BODY_BYTES.toLocaleString('en')}-byte limit of /graphql: 413 — a gap of the API, reported.`
        : `The createMassNotices body (${bodyBytes.toLocaleString('en')} bytes) fits the ${MAX_BODY_BYTES.toLocaleString('en')}-byte limit of /graphql.`,
    ],
  };
}

/** Waits until no autovacuum worker runs (at most `limitMs`); returns the time waited. */
async function untilNoAutovacuum(sql: Sql, limitMs: number): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < limitMs) {
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where backend_type = 'autovacuum worker'`;
    if (n === 0) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return performance.now() - t0;
}

async function itemCount(sql: Sql, ids: string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 20_000) {
    const [r] = await sql<{ n: number }[]>`select count(*)::int as n from notice_items where notice_id = any(${ids.slice(i, i + 20_000)}::uuid[])`;
    n += r.n;
  }
  return n;
}

/**
 * The strategies' daily run (issue 31) over the bench portfolio for the bench date — set-based planning over every
 * ACTIVE loan of every kind, then the claimed executions, notices and items in one transaction — against mass
 * generation (prepare + create through the API, the massGeneration measure's parameters) in the same bench run; the
 * figure is the ratio of the time per notice created. The reminder steps are switched off for the measure (they send
 * each reminder through the SMS gateway, I/O not engine). Created notices, executions and runs are deleted after each
 * run; the runs alternate.
 */
async function strategyDailyRun(env: SuiteEnv, s: Session): Promise<Measure> {
  if (!(await tableExists(env.db.sql, 'strategy_executions'))) return gap('strategyDailyRun', 'Strategies daily run', 'strategy tables do not exist');
  const sql = env.db.sql;
  const [prev] = await sql<{ value: unknown }[]>`select value from settings where key = 'reminders'`;
  await sql`insert into settings (key, value, updated_at) values ('reminders', ${JSON.stringify({ upcomingDays: 3, upcomingEnabled: false, skDelayEnabled: false })}::jsonb, now())
    on conflict (key) do update set value = excluded.value`;
  const params = { kindCode: 'GOK', reason: 'OVERDUE', channel: 'SMS', dueWithinDays: 60 };
  const text = 'Przypominamy o zaległej płatności. Raty';
  const runTimes: number[] = [];
  const massTimes: number[] = [];
  let created = 0;
  let massRows = 0;
  try {
    for (let r = 0; r < env.scale.massRuns; r++) {
      const a = await timed(() => runStrategies({ sql, db: env.db.db, log: silentLog as unknown as Logger }, BENCH_AS_OF, { trigger: 'MANUAL' }));
      runTimes.push(a.ms);
      created = a.value.created;
      const ids = (await sql<{ notice_id: string }[]>`select notice_id from strategy_executions where run_id = ${a.value.id}`).map((x) => x.notice_id);
      await sql`delete from strategy_executions where run_id = ${a.value.id}`;
      await deleteNotices(sql, ids);
      await sql`delete from strategy_runs where id = ${a.value.id}`;
      const t0 = performance.now();
      const prep = await gqlExec<{ prepareMassNotices: { preparationId: string; rows: { fileId: string; partyId: string }[] } }>(env, PREPARE, s.actor, { p: params });
      const input = { params, preparationId: prep.prepareMassNotices.preparationId, rows: prep.prepareMassNotices.rows.map((x) => ({ fileId: x.fileId, partyId: x.partyId })), text };
      const made = await gqlExec<{ createMassNotices: { count: number; ids: string[] } }>(env, CREATE, s.actor, { i: input });
      massTimes.push(performance.now() - t0);
      massRows = made.createMassNotices.count;
      await deleteNotices(sql, made.createMassNotices.ids);
    }
  } finally {
    if (prev) await sql`update settings set value = ${JSON.stringify(prev.value)}::jsonb where key = 'reminders'`;
    else await sql`delete from settings where key = 'reminders'`;
  }
  const a = stat(runTimes);
  const b = stat(massTimes);
  const perRun = a.median / Math.max(created, 1);
  const perMass = b.median / Math.max(massRows, 1);
  const ratio = perRun / perMass;
  return {
    id: 'strategyDailyRun',
    title: `Strategies daily run, every kind (${created.toLocaleString('en')} notices)`,
    value: round(ratio, 2),
    unit: '× mass generation per notice',
    target: 'daily run ≤ 2 × mass generation (time per notice created)',
    met: ratio <= 2,
    stats: { 'daily run (ms)': a, 'notices created by the run': created, 'mass generation prepare + create (ms)': b, 'mass generation addressees': massRows },
    notes: [
      `The run plans every ACTIVE loan of every kind (${BENCH_AS_OF}) with the default strategies (their reminder steps switched off for the measure) and creates the claimed notices in one transaction; mass generation: ${JSON.stringify(params)} through the API, as the massGeneration measure.`,
    ],
  };
}

async function deleteNotices(sql: Sql, ids: string[]) {
  for (let i = 0; i < ids.length; i += 20_000) await sql`delete from notices where id = any(${ids.slice(i, i + 20_000)}::uuid[])`;
}

/**
 * The same selection and insert as the API, by hand in ONE statement: files of the kind with an unpaid installment due
 * in the window; one notice per not-departed party holding a consented, valid Polish mobile (normalised as the domain's
 * `validatePlMobile`), with the addressee's name and current address formatted as the API does; one item per unpaid
 * installment already due, with its penalty interest computed from the stored allocation lines and dated penalty
 * rates (the formula of `reasonItemsAsOf`, docs/performance.md) — the same rows and amounts, which `massCompare`
 * checks. It trusts the caches everywhere (the API replays the few loans whose caches it cannot trust).
 */
async function massBaseline(sql: Sql, kind: string, days: number, text: string, createdBy: string | null): Promise<string[]> {
  const P = BENCH_AS_OF;
  const rows = await sql<{ id: string }[]>`
    with files as (
      select distinct f.id as file_id
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id and k.code = ${kind}
      join loans l on l.file_id = f.id and l.status <> 'TO_BE_DISBURSED'
      join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where i.due_date between ${P}::date - ${days}::int and ${P}::date - 1
        and i.principal + i.interest > i.paid_principal + i.paid_interest
    ), addressees as (
      select fp.file_id, fp.party_id, m.phone,
             case when p.kind = 'COMPANY' then coalesce(p.company_name, '')
                  else upper(concat_ws(' ', nullif(p.last_name, ''), nullif(p.first_name, '')) collate "pl-PL-x-icu") end as name,
             nullif(concat_ws(', ', upper(nullif(a.city, '') collate "pl-PL-x-icu"),
                    upper(nullif(concat_ws(' ', nullif(a.street, ''), nullif(concat_ws('/', nullif(a.house_number, ''), nullif(a.flat_number, '')), '')), '') collate "pl-PL-x-icu")), '') as address
      from files x join file_parties fp on fp.file_id = x.file_id
      join parties p on p.id = fp.party_id and p.death_date is null and p.bankruptcy_date is null
      cross join lateral (
        select n.phone from contacts c
        cross join lateral (select regexp_replace(regexp_replace(regexp_replace(c.value, '[[:space:].()-]', '', 'g'), '^(\\+48|0048)', ''), '^48(\\d{9})$', '\\1') as phone) n
        where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent and n.phone ~ '^\\d{9}$' and left(n.phone, 2) = any(${[...PL_MOBILE_PREFIXES]}::text[])
        order by c.created_at, c.id limit 1) m
      left join lateral (
        select ad.street, ad.house_number, ad.flat_number, ad.city from addresses ad
        where ad.party_id = p.id and ad.valid_from <= ${P}::date and (ad.valid_to is null or ad.valid_to >= ${P}::date)
        order by (ad.kind = 'CORRESPONDENCE') desc, ad.valid_from desc limit 1) a on true
    ), open as (
      -- every unpaid installment already due of the files with an addressee (reason OVERDUE, COLL-6, docs/domain-collection.md §7)
      select l.file_id, i.loan_id, i.number, i.due_date, i.principal, i.paid_principal, l.disbursement_date, l.penalty_rate,
             i.principal + i.interest - i.paid_principal - i.paid_interest as outstanding
      from (select distinct file_id from addressees) x join loans l on l.file_id = x.file_id and l.status <> 'TO_BE_DISBURSED'
      join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where i.due_date < ${P}::date and i.principal + i.interest > i.paid_principal + i.paid_interest
    ), alloc as materialized (
      select a.loan_id, a.installment_number as number, a.component, a.amount, a.effective_date as d
      from open o join payment_allocations a on a.loan_id = o.loan_id and a.installment_number = o.number and a.component in ('PRINCIPAL', 'PENALTY_INTEREST')
      join payments p on p.id = a.payment_id and p.kind = 'REGULAR' and p.status <> 'REVERSED'
    ), pa_sum as (
      select loan_id, number, sum(amount) filter (where component = 'PRINCIPAL') as principal, sum(amount) filter (where component = 'PENALTY_INTEREST') as penalty
      from alloc group by 1, 2
    ), rates as (
      select x.loan_id, x.f, lead(x.f) over (partition by x.loan_id order by x.f) as nf, x.rate
      from (select distinct loan_id, disbursement_date as f, penalty_rate as rate from open
            union all
            select r.loan_id, r.valid_from, r.rate from penalty_rates r where r.loan_id in (select loan_id from open)) x
    ), red_r as (
      select x.loan_id, x.number, sum(x.amount * r.rate * (least(${P}::date, coalesce(r.nf - 1, ${P}::date)) - greatest(x.c + 1, r.f) + 1)) as n
      from (select a.loan_id, a.number, greatest(a.d, o.due_date) as c, a.amount from alloc a join open o using (loan_id, number) where a.component = 'PRINCIPAL') x
      join rates r on r.loan_id = x.loan_id and greatest(x.c + 1, r.f) <= least(${P}::date, coalesce(r.nf - 1, ${P}::date))
      group by x.loan_id, x.number
    ), due_r as (
      select o.loan_id, o.number, sum(r.rate * (least(${P}::date, coalesce(r.nf - 1, ${P}::date)) - greatest(o.due_date + 1, r.f) + 1)) as rd
      from open o join rates r on r.loan_id = o.loan_id and greatest(o.due_date + 1, r.f) <= least(${P}::date, coalesce(r.nf - 1, ${P}::date))
      group by o.loan_id, o.number
    ), items as (
      select o.file_id, o.loan_id, o.number, o.due_date,
             o.outstanding + greatest(round((coalesce((o.principal - (o.paid_principal - coalesce(ps.principal, 0))) * d.rd, 0) - coalesce(rr.n, 0)) / 36500, 2) - coalesce(ps.penalty, 0), 0) as overdue
      from open o left join pa_sum ps using (loan_id, number) left join due_r d using (loan_id, number) left join red_r rr using (loan_id, number)
    ), per_file as (
      select file_id, sum(overdue) as total from items group by file_id
    ), ins as (
      insert into notices (id, file_id, party_id, reason, channel, created_on, phone, manual_phone, text, addressee_name, addressee_address, addressee_consent, addressee_departed, total_amount, created_by)
      select gen_random_uuid(), a.file_id, a.party_id, 'OVERDUE', 'SMS', ${P}::date, a.phone, false, ${text}, a.name, a.address, true, false, pf.total, ${createdBy}::uuid
      from addressees a join per_file pf on pf.file_id = a.file_id
      returning id, file_id
    ), ins_items as (
      insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, item_type, selected, overdue_balance, future_balance, overpayment_balance, amount_due)
      select ins.id, i.loan_id, i.number, ${kind}, extract(year from i.due_date)::int, i.due_date, 'RATA', true, i.overdue, 0, 0, i.overdue
      from ins join items i on i.file_id = ins.file_id
    )
    select id from ins`;
  return rows.map((r) => r.id);
}

/**
 * Content of the notices `ids` (everything but ids and timestamps), each notice with its items, as comparable text
 * rows; kept in a table so that the API's notices can be deleted before the baseline runs.
 */
async function massSnapshot(sql: Sql, table: string, ids: string[]): Promise<void> {
  await sql`drop table if exists ${sql(table)}`;
  await sql`create table ${sql(table)} (row text not null)`;
  for (let i = 0; i < ids.length; i += 20_000) {
    await sql`
      insert into ${sql(table)}
      select concat_ws('|', n.file_id, n.party_id, n.reason, n.channel, n.created_on, n.phone, n.manual_phone, n.text, n.addressee_name, n.addressee_address,
                       n.addressee_consent, n.addressee_departed, n.total_amount, n.created_by, n.template_id,
                       (select string_agg(concat_ws(':', ni.loan_id, ni.installment_number, ni.kind_code, ni.year, ni.due_date, ni.item_type, ni.selected,
                                                    ni.overdue_balance, ni.future_balance, ni.overpayment_balance, ni.amount_due), ',' order by ni.loan_id, ni.installment_number)
                        from notice_items ni where ni.notice_id = n.id))
      from notices n where n.id = any(${ids.slice(i, i + 20_000)}::uuid[])`;
  }
}

/** Notices (with their items) in one snapshot and not in the other, both ways. */
async function massDifferences(sql: Sql, a: string, b: string): Promise<number> {
  const [r] = await sql<{ n: number }[]>`
    select ((select count(*) from (select row from ${sql(a)} except all select row from ${sql(b)}) x)
          + (select count(*) from (select row from ${sql(b)} except all select row from ${sql(a)}) y))::int as n`;
  return r.n;
}

// ------------------------------------------------------------------------------------------------------------------
// SMS dispatch through the send job to the local SMSAPI sandbox

async function smsDispatch(env: SuiteEnv, s: Session): Promise<Measure> {
  const sql = env.db.sql;
  if (!(await tableExists(sql, 'notice_send_jobs'))) return gap('smsDispatch', 'SMS dispatch', 'the send-job tables do not exist');
  const make = async (n: number, tag: string) => {
    const rows = await sql<{ id: string }[]>`
      insert into notices (file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_consent, total_amount, note)
      select n.file_id, n.party_id, 'OVERDUE', 'SMS', ${BENCH_AS_OF}::date, '48500' || lpad((row_number() over ())::text, 6, '0'), 'Przypominamy o racie. Raty', n.addressee_name, true, 10, ${tag}
      from notices n limit ${n} returning id`;
    return rows.map((r) => r.id);
  };
  const poll = async (jobId: string, until: (j: { status: string; sent: number; processed: number }) => boolean, limitMs: number) => {
    const t0 = performance.now();
    for (;;) {
      const j = await gqlHttp<{ noticeSendJob: { status: string; sent: number; processed: number; total: number } }>(
        env.server.url,
        s.cookie,
        `query($id: ID!) { noticeSendJob(id: $id) { status sent processed total } }`,
        { id: jobId },
      );
      if (until(j.noticeSendJob)) return { ...j.noticeSendJob, ms: performance.now() - t0 };
      if (performance.now() - t0 > limitMs) return { ...j.noticeSendJob, ms: performance.now() - t0, timedOut: true };
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  // notices of earlier runs (deleted now, not right after sending: delivery reports may still arrive)
  await sql`delete from notices where note in ('bench-sms', 'bench-abort')`;
  // throughput
  const ids = await make(env.scale.smsNotices, 'bench-sms');
  const t0 = performance.now();
  const { sendNotices: jobId } = await gqlHttp<{ sendNotices: string }>(env.server.url, s.cookie, `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids });
  const done = await poll(jobId, (j) => j.status === 'DONE' || j.status === 'ABORTED', 600_000);
  const seconds = (performance.now() - t0) / 1000;
  const rate = done.sent / seconds;
  // abort: start a long job, abort 0.1 s after its first notice, time until the job reports ABORTED
  const ids2 = await make(env.scale.abortNotices, 'bench-abort');
  const { sendNotices: job2 } = await gqlHttp<{ sendNotices: string }>(env.server.url, s.cookie, `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids: ids2 });
  await poll(job2, (j) => j.processed > 0, 30_000);
  await new Promise((r) => setTimeout(r, 100));
  const a0 = performance.now();
  await gqlHttp(env.server.url, s.cookie, `mutation($id: ID!) { abortNoticeSendJob(id: $id) { status } }`, { id: job2 });
  const aborted = await poll(job2, (j) => j.status === 'ABORTED' || j.status === 'DONE', 30_000);
  const abortMs = performance.now() - a0;
  return {
    id: 'smsDispatch',
    title: `SMS dispatch to the local SMSAPI sandbox (send job, ${ids.length.toLocaleString('en')} notices)`,
    value: round(rate, 1),
    unit: 'notices/s',
    target: '≥ 500 notices/s; abort honoured within 1 s',
    met: rate >= 500 && abortMs <= 1000 && aborted.status === 'ABORTED',
    stats: {
      'notices sent': done.sent,
      'seconds (mutation → DONE)': round(seconds, 2),
      'abort → ABORTED (ms)': round(abortMs, 1),
      'abort job status': aborted.status,
      'sent before abort': aborted.sent,
    },
    notes: [
      'sendNotices over HTTP; the pg-boss worker of the server process (runSendJob) claims batches of 100 one batch ahead, keeps RATY_SMS_SEND_CONCURRENCY sends in flight (default 4, issue 22), marks each message handed over and group-commits the marks and outcomes; the sandbox posts delivery callbacks (batched) back to the server during the run; progress polled every 25 ms over HTTP.',
    ],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// registry export (CSV), streamed, RSS of the server process

async function registryExport(env: SuiteEnv, s: Session): Promise<Measure> {
  const sql = env.db.sql;
  if (!(await tableExists(sql, 'notices'))) return gap('export', 'Registry export', 'collection tables do not exist');
  // a created-on range holding ~100k notices (all of them at the small scale)
  const [edge] = await sql<{ d: string | null }[]>`select created_on::text as d from notices order by created_on desc offset 100000 limit 1`;
  const qs = new URLSearchParams({ format: 'csv', ...(edge?.d ? { createdFrom: addDaysIso(edge.d, 1) } : {}) });
  const [{ n: expected }] = await sql<{ n: number }[]>`select count(*)::int as n from notices where ${edge?.d ? sql`created_on > ${edge.d}::date` : sql`true`}`;
  const before = rssOf(env.server.pid) ?? 0;
  let peak = before;
  const timer = setInterval(() => {
    const r = rssOf(env.server.pid);
    if (r && r > peak) peak = r;
  }, 20);
  const t0 = performance.now();
  let firstByte = 0;
  let bytes = 0;
  let lines = 0;
  const res = await fetch(`${env.server.url}/api/notices/export?${qs}`, { headers: { cookie: s.cookie } });
  if (res.status !== 200) {
    clearInterval(timer);
    throw new Error(`export answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - t0;
    bytes += value.length;
    for (const b of value) if (b === 10) lines++;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const growth = (peak - before) / 2 ** 20;
  return {
    id: 'export',
    title: `Registry export, CSV, ${expected.toLocaleString('en')} rows (HTTP, streamed)`,
    value: round(peak / 2 ** 20, 1),
    unit: 'MiB peak RSS',
    target: 'streamed, memory flat (peak RSS of the server reported)',
    met: growth < 150 && firstByte < 2000,
    stats: {
      'rows expected': expected,
      'CSV lines received (incl. header, multi-line texts)': lines,
      bytes: bytes,
      seconds: round(seconds, 2),
      'time to first byte (ms)': round(firstByte, 1),
      'rows/s': round(expected / seconds, 0),
      'server RSS before (MiB)': round(before / 2 ** 20, 1),
      'server RSS peak (MiB)': round(peak / 2 ** 20, 1),
      'RSS growth (MiB)': round(growth, 1),
    },
    notes: ['RSS of the server process sampled every 20 ms from /proc/<pid>/status during the download. "Flat" = growth < 150 MiB independent of the row count (server-side cursor, batches of 500).'],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// daily tick

async function dailyTick(env: SuiteEnv): Promise<Measure> {
  const sql = env.db.sql;
  const cold: number[] = [];
  let last: Awaited<ReturnType<typeof runDailyTick>> | undefined;
  for (let r = 0; r < env.scale.tickRuns; r++) {
    await sql`truncate loan_balances`;
    const { ms: t, value } = await timed(() => runDailyTick(sql, BENCH_AS_OF));
    cold.push(t);
    last = value;
  }
  const next = await runDailyTick(sql, addDaysIso(BENCH_AS_OF, 1));
  // leave the caches as of the bench date again (the next-day tick applied overpayments of the next day)
  await sql`truncate loan_balances`;
  const [{ n: loans }] = await sql<{ n: number }[]>`select count(*)::int as n from loans`;
  const x = stat(cold);
  return {
    id: 'dailyTick',
    title: `Daily arrears / penalty tick over all ${loans.toLocaleString('en')} loans (set-based SQL)`,
    value: round(x.p95 / 1000, 2),
    unit: 's',
    target: '≤ 60 s, set-based',
    met: x.p95 <= 60_000,
    stats: {
      'all loans, empty cache (ms)': x,
      'loans recomputed (all loans run)': last?.candidates ?? 0,
      'steps of the last all-loans run (ms)': Object.entries(last?.steps ?? {})
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      'next day: ms': next.ms,
      'next day: loans recomputed': next.candidates,
      'next day: installments updated (overpayment applied)': next.installmentsUpdated,
    },
    notes: ['Worst case = every loan recomputed (loan_balances truncated before each run); the next-day run recomputes only loans with something unpaid and due, or changed since.'],
  };
}

// ------------------------------------------------------------------------------------------------------------------
// one ledger: the allocation events checker over the whole portfolio (scripts/check-invariants.ts checkLedger)

async function ledgerCheck(env: SuiteEnv): Promise<Measure> {
  const r = await checkLedger(env.db.sql);
  const byInvariant: Record<string, number> = {};
  for (const v of r.violations) byInvariant[v.invariant] = (byInvariant[v.invariant] ?? 0) + 1;
  return {
    id: 'ledgerCheck',
    title: `One ledger: allocation events vs schedule paid, payment amounts and deposits over all ${r.stats.loans.toLocaleString('en')} loans with payments`,
    value: r.stats.loansDiffering,
    unit: 'loans differing',
    target: '0 loans differ, no violation (L1–L3)',
    met: r.violations.length === 0,
    stats: { 'allocation events': r.stats.events, 'loans with payments': r.stats.loans, 'violations (first 50 per invariant)': r.violations.length, 'check (ms)': r.stats.ms, ...byInvariant },
    notes: [
      'L1 Σ events by installment and component = schedule paid; L2 Σ events per payment = its amount (0 when reversed); L3 Σ OVERPAYMENT events = loan_balances.overpayment where that row is current. Set-based SQL.',
    ],
  };
}

function gap(id: string, title: string, why: string): Measure {
  return { id, title, value: null, unit: '', target: '', met: null, notes: [`GAP: ${why}`] };
}
