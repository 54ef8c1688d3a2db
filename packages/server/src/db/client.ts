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

export function connect(url: string, opts: { max?: number } = {}): DbHandle {
  const sql = postgres(url, {
    max: opts.max ?? 20,
    onnotice: () => {},
  });
  // drizzle's driver makes numeric, date and timestamp values come back as strings on this client (money is never a
  // JS number; dates never shift by time zone) and replaces the json serializers: raw queries pass JSON text.
  const db = drizzle(sql, { schema });
  return { sql, db, close: () => sql.end({ timeout: 5 }) };
}

export { schema };
