import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';

export type Db = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

export interface DbHandle {
  sql: Sql;
  db: Db;
  close: () => Promise<void>;
}

/**
 * `?host=/dir` in the URL (the libpq convention) connects over the Unix-domain socket `/dir/.s.PGSQL.<port>`: cheaper
 * than TCP when PostgreSQL runs on the same machine (the embedded server of `npm start` does).
 */
export function socketPathOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    const host = u.searchParams.get('host');
    return host?.startsWith('/') ? `${host}/.s.PGSQL.${u.port || 5432}` : undefined;
  } catch {
    return undefined;
  }
}

export function connect(url: string, opts: { max?: number; debug?: (connection: number, query: string, params: unknown[]) => void } = {}): DbHandle {
  const path = socketPathOf(url);
  let target = url;
  if (path) {
    const u = new URL(url);
    u.searchParams.delete('host');
    target = u.toString();
  }
  const sql = postgres(target, {
    max: opts.max ?? 20,
    onnotice: () => {},
    ...(path ? { path } : {}),
    ...(opts.debug ? { debug: opts.debug } : {}),
  });
  // drizzle's driver makes numeric, date and timestamp values come back as strings on this client (money is never a
  // JS number; dates never shift by time zone) and replaces the json serializers: raw queries pass JSON text.
  const db = drizzle(sql, { schema });
  return { sql, db, close: () => sql.end({ timeout: 5 }) };
}

export { schema };
