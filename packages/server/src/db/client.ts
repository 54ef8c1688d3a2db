import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';
import { AUTH_CHANGED, authChanges } from '../lib/auth-changes.js';

/** The drizzle database; `$client` is the pool it runs on (drizzle sets it). */
export type Db = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Sql = postgres.Sql;
/**
 * The one transaction-handle type: whatever runs a query — the pool (`Sql`), a reserved connection, or the handle a
 * `sql.begin(async (tx) => …)` callback receives. Functions that only query take this; only code that opens a
 * transaction (`.begin`) or reserves a connection needs the pool type `Sql`.
 */
export type SqlHandle = postgres.Sql | postgres.TransactionSql;
/** The drizzle transaction handle a `db.transaction(async (tx) => …)` callback receives. */
type DbTransaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Its drizzle twin: the drizzle database or a drizzle transaction. */
export type DbOrTx = Db | DbTransaction;

export interface DbHandle {
  sql: Sql;
  db: Db;
  close: () => Promise<void>;
}

/**
 * `?host=/dir` in the URL (the libpq convention) connects over the Unix-domain socket `/dir/.s.PGSQL.<port>`: cheaper
 * than TCP when PostgreSQL runs on the same machine (the embedded server of `npm start` does).
 */
function socketPathOf(url: string): string | undefined {
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
    // migration 0043's trigger tells the connection that changed a session or a user (lib/auth-changes.ts)
    onnotice: (n) => {
      if (n.message === AUTH_CHANGED) authChanges.local++;
    },
    ...(path ? { path } : {}),
    ...(opts.debug ? { debug: opts.debug } : {}),
  });
  // drizzle's driver makes numeric, date and timestamp values come back as strings on this client (money is never a
  // JS number; dates never shift by time zone) and replaces the json serializers: raw queries pass JSON text.
  const db = drizzle(sql, { schema });
  return { sql, db, close: () => sql.end({ timeout: 5 }) };
}

export { schema };
