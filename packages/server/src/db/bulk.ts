import type { SqlHandle } from './client.js';

export interface BulkColumn {
  name: string;
  /** PostgreSQL array element type, e.g. 'uuid', 'text', 'int', 'numeric', 'date', 'bool', 'bigint' */
  type: string;
}

/** Element types whose text never holds a comma, brace, quote, backslash or blank: written without quotes. */
const BARE = new Set(['uuid', 'int', 'integer', 'bigint', 'smallint', 'numeric', 'date', 'bool', 'boolean']);

/** One element of a PostgreSQL array literal: NULL, the bare text (BARE types), or the text in double quotes. */
function arrayElement(v: unknown, bare: boolean): string {
  if (v === null || v === undefined) return 'NULL';
  const s = typeof v === 'string' ? v : String(v);
  if (bare && s !== '' && /^[\w.:+-]+$/.test(s) && s.toUpperCase() !== 'NULL') return s;
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A column's values as a PostgreSQL array literal (`{"a","b",NULL}`), cast by the server to `type[]`. */
export function arrayLiteral(values: readonly unknown[], type = 'text'): string {
  const bare = BARE.has(type);
  return `{${values.map((v) => arrayElement(v, bare)).join(',')}}`;
}

/**
 * Set-based bulk insert: one `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)` per chunk, so that tens of
 * thousands of rows cost one round trip instead of one each. Each column travels as one array literal (text): money
 * and dates stay exact text and are cast by PostgreSQL to numeric/date. Column-wise arrays parse faster than one JSON
 * document read with `->>` per value (docs/performance.md). For the largest batches, `bulkCopy` below is faster still.
 */
export async function bulkInsert(sql: SqlHandle, table: string, columns: BulkColumn[], rows: unknown[][], opts: { chunk?: number; onConflict?: string } = {}): Promise<number> {
  const chunk = opts.chunk ?? 20_000;
  const cols = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const query = `insert into ${table} (${cols}) select * from unnest(${arrays}) ${opts.onConflict ?? ''}`;
  let n = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await sql.unsafe(
      query,
      columns.map((c, i) =>
        arrayLiteral(
          part.map((r) => r[i]),
          c.type,
        ),
      ),
    );
    n += part.length;
  }
  return n;
}

/** Runs `update … from (json rows)`; `query` must reference `json_array_elements($1::json) as r` with `r->>i`. */
export async function bulkJson(sql: SqlHandle, query: string, rows: unknown[][], chunk = 20_000): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await sql.unsafe(query, [JSON.stringify(rows.slice(start, start + chunk))]);
  }
}

/** A value in COPY's text format: \N for null, backslash escapes for backslash, tab, newline and carriage return. */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/**
 * Bulk insert by `COPY … FROM STDIN` (text format), the fastest path into PostgreSQL for large batches (mass
 * generation's ~160k notice items); statement-level triggers with transition tables fire as for an INSERT. Values
 * travel as text and are parsed by PostgreSQL into the columns' types (money and dates stay exact).
 */
export async function bulkCopy(sql: SqlHandle, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][]): Promise<number> {
  if (!rows.length) return 0;
  const cols = columns.map((c) => `"${c.name}"`).join(', ');
  const stream = await sql.unsafe(`copy ${table} (${cols}) from stdin`).writable();
  // an error of the COPY (bad value, constraint) destroys the stream while writing, or reaches end's callback after
  // (postgres.js patched: porsager/postgres#1173); either way this rejects and the caller's transaction rolls back
  let failure: Error | null = null;
  const failed = new Promise<never>((_, reject) => stream.once('error', (e: Error) => reject((failure = e))));
  failed.catch(() => {});
  const CHUNK = 2_000;
  for (let start = 0; start < rows.length && !failure; start += CHUNK) {
    let text = '';
    const end = Math.min(rows.length, start + CHUNK);
    for (let i = start; i < end; i++) text += rows[i].map(copyField).join('\t') + '\n';
    if (!stream.write(text)) await Promise.race([new Promise<void>((resolve) => stream.once('drain', resolve)), failed]);
  }
  if (failure) throw failure;
  await Promise.race([new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve()))), failed]);
  return rows.length;
}
