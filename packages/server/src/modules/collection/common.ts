import { rolesFor, type ValidationIssue } from '@raty/domain';
import { actorLabel, type Context } from '../../graphql/context.js';
import { assertSoftCollectionActive, isSoftCollectionActive } from '../settings/index.js';
import { BadUserInput, NotFound } from '../../graphql/errors.js';
import type { SqlHandle } from '../../db/client.js';

/** Roles of soft collection (COLL-3): EDIT creates/edits/sends/deletes, VIEW reads. ADMIN passes both. */
export const NOTICES_EDIT = rolesFor('notices.edit');
export const NOTICES_READ = rolesFor('notices.read');
/** The registry and one notice: also analysts, who get metadata and outcomes but never text, phone or note (docs/analytics.md). */
export const NOTICES_METADATA_READ = rolesFor('notices.readMetadata');
/** Party contacts belong to the party data: servicing staff and soft-collection editors maintain them. */
export const CONTACTS_EDIT = rolesFor('contacts.edit');
export const CONTACTS_READ = rolesFor('contacts.read');
/** A collector's call list (issue 31): work the calls; assign them to collectors (leads). */
export const CALLS_WORK = rolesFor('calls.work');
export const CALLS_ASSIGN = rolesFor('calls.assign');

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID_RE.test(v);
}
export function requireUuid(v: string, what: string): string {
  if (!isUuid(v)) throw new NotFound(what);
  return v;
}

/** Domain issues → one BAD_USER_INPUT; fields prefixed with the argument path (e.g. `input.text`). */
export function throwIssues(issues: readonly ValidationIssue[], prefix?: string): void {
  if (!issues.length) return;
  throw new BadUserInput(issues.map((i) => ({ ...i, field: prefix && i.field ? `${prefix}.${i.field}` : i.field || prefix || 'input' })));
}

export function staffUserId(ctx: Pick<Context, 'actor'>): string | null {
  return ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
}

/**
 * Every soft-collection operation is unavailable until an administrator switches the feature on (COLL-2.1):
 * FEATURE_DISABLED from the settings module.
 */
export async function assertActive(ctx: Context): Promise<void> {
  await assertSoftCollectionActive(ctx);
}

export async function softCollectionEnabled(ctx: Context): Promise<boolean> {
  return isSoftCollectionActive(ctx.db);
}

/** Audit entry written with the transaction's own connection (same columns as modules/common/audit.ts). */
export async function auditTx(tx: SqlHandle, ctx: Pick<Context, 'actor' | 'requestId'>, action: string, entity: string, entityId: string | null, before: unknown, after: unknown): Promise<void> {
  const { actorType, actorId } = actorLabel(ctx.actor);
  const j = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await tx`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id)
    values (${actorType}, ${actorId}, ${action}, ${entity}, ${entityId}, ${j(before)}::jsonb, ${j(after)}::jsonb, ${ctx.requestId})`;
}

/** Set-based audit of many entities in one statement (bulk operations). */
export async function auditManyTx(tx: SqlHandle, ctx: Pick<Context, 'actor' | 'requestId'>, action: string, entity: string, entries: { id: string; before: unknown; after: unknown }[]): Promise<void> {
  if (!entries.length) return;
  const { actorType, actorId } = actorLabel(ctx.actor);
  await tx.unsafe(
    `insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id)
     select $1, $2, $3, $4, r->>'id', r->'before', r->'after', $5 from json_array_elements($6::json) as r`,
    [actorType, actorId, action, entity, ctx.requestId, JSON.stringify(entries.map((e) => ({ id: e.id, before: e.before ?? null, after: e.after ?? null })))],
  );
}
