import type { SqlHandle } from '../../../db/client.js';

/**
 * Collection holds (issues 31, 32): while a hold is active (`cleared_on` null) the file — or, with `loanId`, that loan —
 * is out of automatic collection. Strategies, mass generation and reminders skip it; staff screens show it.
 */
export type HoldReason = 'DISPUTE' | 'COMPLAINT' | 'FORBEARANCE' | 'HARD_COLLECTION' | 'OTHER';

export interface CollectionHold {
  id: string;
  fileId: string;
  loanId: string | null;
  reason: HoldReason;
  note: string | null;
  sourceId: string | null;
  since: string;
  clearedOn: string | null;
}

interface HoldRow {
  id: string;
  file_id: string;
  loan_id: string | null;
  reason: HoldReason;
  note: string | null;
  source_id: string | null;
  since: string;
  cleared_on: string | null;
}

const toHold = (r: HoldRow): CollectionHold => ({
  id: r.id,
  fileId: r.file_id,
  loanId: r.loan_id,
  reason: r.reason,
  note: r.note,
  sourceId: r.source_id,
  since: r.since,
  clearedOn: r.cleared_on,
});

/**
 * Places a hold from the business date `since`. With a `sourceId` (e.g. a forbearance case) it is idempotent: an active
 * hold of the same source and reason is returned instead of a second one.
 */
export async function placeHold(
  sql: SqlHandle,
  h: { fileId: string; loanId?: string | null; reason: HoldReason; note?: string | null; sourceId?: string | null; since: string; by: string | null },
): Promise<CollectionHold> {
  if (h.sourceId) {
    const [existing] = await sql<HoldRow[]>`
      select id, file_id, loan_id, reason, note, source_id, since::text, cleared_on::text from collection_holds
       where source_id = ${h.sourceId} and reason = ${h.reason} and cleared_on is null limit 1`;
    if (existing) return toHold(existing);
  }
  const [row] = await sql<HoldRow[]>`
    insert into collection_holds (file_id, loan_id, reason, note, source_id, since, created_by)
    values (${h.fileId}, ${h.loanId ?? null}, ${h.reason}, ${h.note ?? null}, ${h.sourceId ?? null}, ${h.since}, ${h.by})
    returning id, file_id, loan_id, reason, note, source_id, since::text, cleared_on::text`;
  return toHold(row!);
}

/** Clears a hold (by its id, or every active hold of a source) on the business date `on`; returns how many it cleared. */
export async function clearHold(sql: SqlHandle, which: { id: string } | { sourceId: string }, on: string, by: string | null): Promise<number> {
  const rows =
    'id' in which
      ? await sql`update collection_holds set cleared_on = greatest(${on}::date, since), cleared_by = ${by}, cleared_at = now() where id = ${which.id} and cleared_on is null returning id`
      : await sql`update collection_holds set cleared_on = greatest(${on}::date, since), cleared_by = ${by}, cleared_at = now() where source_id = ${which.sourceId} and cleared_on is null returning id`;
  return rows.length;
}

/** Active holds of the given files (every active hold when `fileIds` is omitted), oldest first. */
export async function activeHolds(sql: SqlHandle, fileIds?: readonly string[]): Promise<CollectionHold[]> {
  const rows = fileIds
    ? await sql<HoldRow[]>`
        select id, file_id, loan_id, reason, note, source_id, since::text, cleared_on::text from collection_holds
         where cleared_on is null and file_id = any(${fileIds as string[]}::uuid[]) order by since, created_at`
    : await sql<HoldRow[]>`
        select id, file_id, loan_id, reason, note, source_id, since::text, cleared_on::text from collection_holds
         where cleared_on is null order by since, created_at`;
  return rows.map(toHold);
}

/**
 * The SQL condition "this file has no active hold", for set-based selections (mass generation, strategies,
 * reminders): `where ${noActiveHold(sql, sql\`f.id\`)}`.
 */
export function noActiveHold(sql: SqlHandle, fileIdExpr: ReturnType<SqlHandle>): ReturnType<SqlHandle> {
  return sql`not exists (select 1 from collection_holds h where h.file_id = ${fileIdExpr} and h.cleared_on is null)`;
}
