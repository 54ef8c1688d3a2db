import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as svc from './audit.service.js';
import { AuditConnection, AuditLogFilter } from './audit.types.js';

export { AuditLogFilter } from './audit.types.js';
@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditConnection, { description: 'Audit log (ADMIN): who changed what when, newest first.' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditConnection> {
    return svc.auditLog(ctx, filter, first, after);
  }
}
