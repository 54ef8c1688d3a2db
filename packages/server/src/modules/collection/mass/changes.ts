import type { SqlHandle } from '../../../db/client.js';

/**
 * Freshness of a mass-generation preparation (docs/performance.md "Mass generation", migration 0013).
 *
 * Statement-level triggers append to `file_changes` every debtor file whose preparation input (file, kind, parties,
 * contacts, addresses, loans, installments, payments, allocations, penalty rates, schedule versions, cached balances)
 * a statement touched, with the writing transaction's id; deletions are logged like any other change. A preparation
 * takes `pg_current_snapshot()` BEFORE its first read. Every change visible in that snapshot committed before it, so
 * every later read saw it; a change NOT visible in it (in progress or started later) may or may not have been seen.
 * Those files, and only those, are prepared again at creation. The rule is conservative: a file is never reused when
 * a change could have reached it after the snapshot.
 */

/** `pg_current_snapshot()` as text; take it before the reads it guards. */
export async function takeSnapshot(sql: SqlHandle): Promise<string> {
  const [r] = await sql<{ s: string }[]>`select pg_current_snapshot()::text as s`;
  return r.s;
}

/**
 * The files changed by transactions not visible in `snapshot`: 'all' when a bulk job or a receivable kind changed
 * since (a row with file_id null), or when the log was pruned past the snapshot (`file_changes_horizon`).
 */
export async function changedFilesSince(sql: SqlHandle, snapshot: string): Promise<'all' | Set<string>> {
  const rows = await sql<{ file_id: string | null; expired: boolean }[]>`
    with s as (select ${snapshot}::pg_snapshot as snap),
    h as (select (select pruned_xid from file_changes_horizon where id = 1) >= pg_snapshot_xmin(s.snap)::text::bigint as expired from s)
    select null::uuid as file_id, true as expired from h where h.expired
    union all
    select distinct c.file_id, false from file_changes c, s
    where c.xid >= pg_snapshot_xmin(s.snap)::text::bigint and not pg_visible_in_snapshot(c.xid::text::xid8, s.snap)`;
  const out = new Set<string>();
  for (const r of rows) {
    if (r.expired || r.file_id === null) return 'all';
    out.add(r.file_id);
  }
  return out;
}

/**
 * Deletes log rows older than `olderThan` and records the newest deleted transaction id in the horizon, so a
 * preparation whose snapshot could miss a deleted row is prepared again in full. Returns the rows deleted.
 */
export async function pruneFileChanges(sql: SqlHandle, olderThan = '1 hour'): Promise<number> {
  const [r] = await sql<{ n: number }[]>`
    with d as (delete from file_changes where at < now() - ${olderThan}::interval returning xid),
    h as (update file_changes_horizon set pruned_xid = greatest(pruned_xid, (select max(xid) from d)) where id = 1 and exists (select 1 from d))
    select count(*)::int as n from d`;
  return r.n;
}
