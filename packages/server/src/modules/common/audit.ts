import { auditLog } from '../../db/schema/index.js';
import { actorLabel, type Context } from '../../graphql/context.js';
import type { Db } from '../../db/client.js';

/** Appends an audit entry (who, when, what, before/after). Call inside the same transaction as the change. */
export async function audit(
  ctx: Pick<Context, 'actor' | 'requestId'> & { db: Db },
  action: string,
  entity: string,
  entityId: string | null,
  before: unknown,
  after: unknown,
  tx?: Db,
) {
  const { actorType, actorId } = actorLabel(ctx.actor);
  await (tx ?? ctx.db).insert(auditLog).values({
    actorType,
    actorId,
    action,
    entity,
    entityId,
    before: before === undefined ? null : (before as object),
    after: after === undefined ? null : (after as object),
    requestId: ctx.requestId,
  });
}
