import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import type { DbHandle } from '../src/db/client.js';
import { freePort } from '../src/db/embedded.js';
import { loadConfig } from '../src/config.js';
import { setAppConfig } from '../src/app-config.js';
import { createApp } from '../src/http/app.js';
import { startQueue, stopQueue } from '../src/jobs/queue.js';
import { registerNoticeSendWorker } from '../src/modules/collection/index.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { startSmsapiSandbox, type SmsapiSandbox } from '../src/integrations/smsapi-sandbox/index.js';
import type { BenchServer } from './suite.js';
import { BENCH_AS_OF } from './seed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const serverDist = path.resolve(here, '../dist/main.js');

/** Pins the bench's business date and a secrets key (the server process gets the same). */
export function benchEnv(): void {
  process.env.RATY_TODAY = BENCH_AS_OF;
  process.env.RATY_SECRETS_KEY ??= 'raty-bench-secrets-key';
  setAppConfig(loadConfig(process.env));
}

/** Local SMSAPI sandbox (random port) wired in as the active SMS integration; soft collection switched on. */
export async function startSms(db: DbHandle): Promise<SmsapiSandbox> {
  const sandbox = await startSmsapiSandbox({ port: 0, token: 'raty-bench-token', senderNames: '*' });
  await db.sql`delete from integration_settings where provider = 'SMSAPI'`;
  await prefillSandboxSettings(db.db, { url: sandbox.url, token: sandbox.token, senderName: 'Raty' });
  await db.sql`update feature_switches set enabled = true where key = 'SOFT_COLLECTION'`;
  return sandbox;
}

/** The real server (packages/server/dist/main.js, as `npm start` runs it) against the bench database. */
export async function startServerProcess(dbUrl: string, log?: Logger): Promise<BenchServer & { stop: () => Promise<void> }> {
  if (!fs.existsSync(serverDist)) throw new Error(`${serverDist} is missing: build the server first (npm run bench builds it)`);
  const port = await freePort();
  // BENCH_SERVER_CPU_PROF=<dir>: the server process writes a V8 CPU profile there when it stops (docs/performance.md)
  const prof = process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_SERVER_CPU_PROF)}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...prof, serverDist], {
    env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', RATY_DEMO_DATA: 'none', LOG_LEVEL: process.env.BENCH_SERVER_LOG ?? 'warn', RATY_SANDBOXES: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > 120_000) throw new Error('server did not become healthy in 120 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  log?.info({ url, pid: child.pid }, 'server process ready');
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The app in this process (smoke test): Express + Apollo + the pg-boss queue with the notice send worker. */
export async function startInProcessServer(db: DbHandle, dbUrl: string): Promise<BenchServer & { stop: () => Promise<void> }> {
  const config = { ...loadConfig(process.env), port: 0, host: '127.0.0.1', webDist: '/nonexistent' };
  setAppConfig(config);
  const log = pino({ level: process.env.BENCH_SERVER_LOG ?? 'silent' });
  const app = await createApp({ config, db, log });
  await startQueue(dbUrl, log, { max: 2 });
  await registerNoticeSendWorker(db, log);
  return {
    url: app.url.replace('localhost', '127.0.0.1'),
    pid: process.pid,
    stop: async () => {
      await stopQueue(5_000);
      await app.close();
      await new Promise<void>((r) => app.server.close(() => r()));
    },
  };
}

/** The request-path baseline (bench/bare-apollo.mjs): a bare @apollo/server on Express 5, in its own process. */
export async function startBareApollo(env: Record<string, string> = {}): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(here, 'bare-apollo.mjs')], { cwd: path.resolve(here, '..'), stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /bare-apollo (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`bare-apollo exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
