import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Db, Sql } from './client.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsFolder = path.resolve(here, '..', '..', 'drizzle');

export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}

/** The newest migration of this build (the journal's last `when`, what the migrator stores as `created_at`). */
export function latestMigrationMillis(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Whether the database has every migration of this build (`/readyz`). */
export async function migrationsCurrent(sql: Sql, latest = latestMigrationMillis()): Promise<boolean> {
  const [r] = await sql<{ applied: string | null }[]>`select max(created_at)::text as applied from drizzle.__drizzle_migrations`;
  return r.applied !== null && Number(r.applied) >= latest;
}
