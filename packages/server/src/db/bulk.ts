import type { Sql } from './client.js';

export interface BulkColumn {
  name: string;
  /** PostgreSQL array element type, e.g. 'uuid', 'text', 'int', 'numeric', 'date', 'bool', 'bigint' */
  type: string;
}

/**
 * Set-based bulk insert: one `INSERT … SELECT FROM json_array_elements($1)` per chunk, so that tens of thousands
 * of rows cost one round trip instead of one each. Values travel as JSON strings (money and dates stay exact
 * text and are cast by PostgreSQL to numeric/date).
 */
export async function bulkInsert(
  sql: Sql,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
  opts: { chunk?: number; onConflict?: string } = {},
): Promise<number> {
  const chunk = opts.chunk ?? 20_000;
  const cols = columns.map((c) => `"${c.name}"`).join(', ');
  const exprs = columns.map((c, i) => `(r->>${i})::${c.type}`).join(', ');
  const query = `insert into ${table} (${cols}) select ${exprs} from json_array_elements($1::json) as r ${opts.onConflict ?? ''}`;
  let n = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk).map((r) => r.map((v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : String(v))));
    await sql.unsafe(query, [JSON.stringify(part)]);
    n += part.length;
  }
  return n;
}

/** Runs `update … from (json rows)`; `query` must reference `json_array_elements($1::json) as r` with `r->>i`. */
export async function bulkJson(sql: Sql, query: string, rows: unknown[][], chunk = 20_000): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await sql.unsafe(query, [JSON.stringify(rows.slice(start, start + chunk))]);
  }
}
