import { auditLog } from '../../db/schema/index.js';
import { actorLabel, type Context } from '../../graphql/context.js';
import type { Db, DbOrTx, Sql, SqlHandle } from '../../db/client.js';

type Executor = SqlHandle | DbOrTx;

function isSql(x: Executor): x is SqlHandle {
  return typeof x === 'function';
}

// Note: drizzle's postgres-js driver replaces the client's json serializers, so raw queries pass JSON text + ::jsonb.

/**
 * Appends an audit entry (who, when, what, before/after). Pass the transaction (`tx`: a postgres.js transaction
 * or a drizzle one) so that the entry commits or rolls back with the change. Never put secrets in before/after.
 */
export async function audit(
  ctx: Pick<Context, 'actor' | 'requestId'> & { sql?: Sql; db?: Db; ip?: string; auditSql?: SqlHandle },
  action: string,
  entity: string,
  entityId: string | null,
  before: unknown,
  after: unknown,
  tx?: Executor,
) {
  const { actorType, actorId } = actorLabel(ctx.actor);
  // an analyst's query runs in a read-only transaction (possibly on a replica): its audit rows go to the main database
  const q = tx ?? ctx.auditSql ?? ctx.sql ?? ctx.db;
  if (!q) throw new Error('audit: no database handle');
  const b = before === undefined || before === null ? null : before;
  const a = after === undefined || after === null ? null : after;
  if (isSql(q)) {
    await q`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id, ip)
      values (${actorType}, ${actorId}, ${action}, ${entity}, ${entityId}, ${b === null ? null : JSON.stringify(b)}::jsonb,
              ${a === null ? null : JSON.stringify(a)}::jsonb, ${ctx.requestId}, ${ctx.ip ?? null})`;
  } else {
    await q.insert(auditLog).values({ actorType, actorId, action, entity, entityId, before: b as object | null, after: a as object | null, requestId: ctx.requestId, ip: ctx.ip ?? null });
  }
}
