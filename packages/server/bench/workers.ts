/**
 * Request-path and debtor-file throughput with 1 and 2 server processes (issue 29, bench/results.md "Several
 * processes"). Starts the BUILT server (`dist/main.js`) with RATY_WORKERS=1, then =2, against DATABASE_URL (a seeded
 * database: the demo of `npm start` or the bench's), logs in the demo collector and loads `{ me { id } }` and the
 * debtor-file query over HTTP with `concurrency` clients for `seconds` each.
 *
 *   DATABASE_URL=postgres://… node --import ./bench/swc-register.mjs bench/workers.ts [seconds=10] [concurrency=32]
 *
 * On a machine with two cores the second figure shows the machine's limit, not the app's: the load generator, the
 * processes and PostgreSQL share those two cores.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { freePort } from '../src/db/embedded.js';
import { connect } from '../src/db/client.js';
import { httpLoad, type LoadResult } from './load.js';
import { DEBTOR_FILE_QUERY } from './suite.js';
import { serverDist } from './harness.js';

const seconds = Number(process.argv[2] ?? 10);
const concurrency = Number(process.argv[3] ?? 32);
const dbUrl = process.env.DATABASE_URL;
if (!dbUrl) throw new Error('DATABASE_URL (a seeded database) is required');

async function run(workers: number) {
  const port = await freePort();
  const child = spawn(process.execPath, [serverDist], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATY_SEED: 'none',
      RATY_SANDBOXES: '0',
      RATY_WORKERS: String(workers),
      LOG_LEVEL: 'warn',
      RATY_RATE_LIMITS: '0',
      RATY_DRAIN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error('server not ready');
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "collector@raty.demo", password: "raty-demo-konto") { id } }` }),
  });
  const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('raty_sid='))!;
  const db = connect(dbUrl!, { max: 1 });
  const pool = await db.sql<{ id: string; partyId: string }[]>`
    select f.id, fp.party_id as "partyId" from debtor_files f join file_parties fp on fp.file_id = f.id and fp.role = 'BORROWER'
    where exists (select 1 from loans l where l.file_id = f.id) order by md5(f.id::text) limit 500`;
  await db.close();
  const check = (_s: number, b: string) => (b.includes('"errors"') ? b.slice(0, 300) : null);
  const me = () => JSON.stringify({ query: '{ me { id } }' });
  const file = (i: number) => JSON.stringify({ query: DEBTOR_FILE_QUERY, variables: { id: pool[i % pool.length].id, partyId: pool[i % pool.length].partyId } });
  const load = (body: (i: number) => string, s: number) => httpLoad({ url: `${url}/graphql`, concurrency, seconds: s, body, headers: { cookie }, check });
  await load(me, 1);
  const r1 = await load(me, seconds);
  await load(file, 1);
  const r2 = await load(file, seconds);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { me: r1, file: r2 };
}

const fig = (r: LoadResult) => `${Math.round(r.throughput)} req/s (${r.requests} requests, ${r.errors} errors)`;
const out: string[] = [];
for (const n of [1, 2]) {
  const r = await run(n);
  out.push(`| ${n} | ${fig(r.me)} | ${fig(r.file)} |`);
}
console.log(`| processes | \`{ me { id } }\` | debtor-file query |\n| --- | --- | --- |\n${out.join('\n')}`);
console.log(`(${concurrency} concurrent clients, ${seconds} s each, ${(await import('node:os')).cpus().length} cores)`);
