import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { arrayLiteral, bulkCopy, bulkInsert } from '../src/db/bulk.js';

// bulkInsert sends each column as one array literal: every value must arrive exactly as written (quotes, backslashes,
// commas, braces, blanks, the word NULL, empty strings, non-ASCII), nulls as nulls, money exact.
let db: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  db = await createTestDb();
  await db.sql`create table bulk_t (id uuid, n int, amount numeric(14, 2), d date, ok bool, label text, doc jsonb)`;
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

const COLS = ['id:uuid', 'n:int', 'amount:numeric', 'd:date', 'ok:bool', 'label:text', 'doc:jsonb'].map((c) => {
  const [name, type] = c.split(':');
  return { name, type };
});

const labels = ['a,b', '{x}', 'say "hi"', 'back\\slash', ' padded ', 'NULL', 'null', '\\N', '', 'Zażółć gęślą jaźń', 'tab\there', 'line\nbreak', 'cr\rlf', null];
const rowsOf = () =>
  labels.map((label, i) => [
    `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    i - 3,
    i % 2 ? '-1234567.89' : '0.01',
    '2026-02-28',
    i % 3 === 0,
    label,
    i % 4 === 0 ? null : JSON.stringify({ k: label, q: '"\\' }),
  ]);

async function readBack() {
  return db.sql<{ id: string; n: number; amount: string; d: string; ok: boolean; label: string | null; doc: unknown }[]>`
    select id, n, amount::text as amount, d::text as d, ok, label, doc from bulk_t order by id`;
}

function expectSame(back: Awaited<ReturnType<typeof readBack>>, rows: unknown[][]) {
  expect(back.map((r) => r.label)).toEqual(labels);
  expect(back.map((r) => r.amount)).toEqual(rows.map((r) => r[2]));
  expect(back.map((r) => r.n)).toEqual(rows.map((r) => r[1]));
  expect(back.every((r) => r.d === '2026-02-28')).toBe(true);
  expect(back.map((r) => r.ok)).toEqual(rows.map((r) => r[4]));
  expect(back.map((r) => r.doc)).toEqual(rows.map((r) => (r[6] === null ? null : JSON.parse(r[6] as string))));
}

describe('bulkCopy (COPY text format)', () => {
  it('round-trips the same awkward values, and statement-level triggers see every row once', async () => {
    await db.sql`delete from bulk_t`;
    await db.sql`create table bulk_seen (statements int, rows int)`;
    await db.sql.unsafe(`create function bulk_seen_fn() returns trigger language plpgsql as $$
      begin insert into bulk_seen select 1, count(*) from changed; return null; end $$`);
    await db.sql`create trigger bulk_seen_tr after insert on bulk_t referencing new table as changed for each statement execute function bulk_seen_fn()`;
    const rows = rowsOf();
    expect(await bulkCopy(db.sql, 'bulk_t', COLS, rows)).toBe(labels.length);
    expectSame(await readBack(), rows);
    expect(await db.sql`select statements, rows from bulk_seen`).toEqual([{ statements: 1, rows: labels.length }]);
    await db.sql`drop trigger bulk_seen_tr on bulk_t`;
    await db.sql`delete from bulk_t`;
  });

  it('a bad value fails the whole COPY (nothing half-written)', async () => {
    await expect(
      bulkCopy(db.sql, 'bulk_t', COLS.slice(0, 3), [
        [null, 1, '1.00'],
        [null, 2, 'x'],
      ]),
    ).rejects.toThrow(/numeric/);
    expect(await db.sql`select count(*)::int as n from bulk_t`).toEqual([{ n: 0 }]);
  });

  it('an error early in a long COPY inside a transaction rejects, rolls back and leaves the pool usable', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [null, i, i === 0 ? 'not a number' : '1.00']);
    await expect(
      db.sql.begin(async (tx) => {
        await tx`insert into bulk_t (n) values (-1)`;
        await bulkCopy(tx as never, 'bulk_t', COLS.slice(0, 3), rows);
      }),
    ).rejects.toThrow(/numeric/);
    expect(await db.sql`select count(*)::int as n from bulk_t`).toEqual([{ n: 0 }]);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`;
    expect(n).toBe(0);
  });
});

describe('bulkInsert (array literals)', () => {
  it('round-trips awkward text, nulls and exact money', async () => {
    const rows = rowsOf();
    expect(await bulkInsert(db.sql, 'bulk_t', COLS, rows, { chunk: 5 })).toBe(labels.length);
    expectSame(await readBack(), rows);
  });

  it('a bare-typed value that is not bare text is quoted (and rejected by PostgreSQL, not misread)', async () => {
    expect(arrayLiteral(['1', null, '2.50'], 'numeric')).toBe('{1,NULL,2.50}');
    expect(arrayLiteral(['NULL', ''], 'numeric')).toBe('{"NULL",""}');
    await expect(bulkInsert(db.sql, 'bulk_t', COLS.slice(0, 3), [[null, null, '1,5']])).rejects.toThrow(/numeric/);
  });
});
