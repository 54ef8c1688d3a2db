import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { IssueCollector } from '../../graphql/errors.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Connection, decodeCursor, encodeCursor, pageSize } from '../common/connection.js';

/**
 * Admin-readable audit log (docs/security.md): `auditLog(filter, first, after)` over the append-only `audit_log`
 * table, newest first, keyset-paginated on (at, id). ADMIN only. `before`/`after` are returned as JSON text as
 * stored (the writers never put secrets there — modules/common/audit.ts).
 */
@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: 'STAFF | CLIENT | API_TOKEN | ANONYMOUS | SYSTEM' }) actorType!: string;
  @Field(() => String, { nullable: true, description: 'user id, client account id or API token id' }) actorId!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) entity!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the state before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the state after' }) after!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true, description: 'source address of the request (entries since issue 20)' }) ip!: string | null;
}

const AuditConnection = Connection('AuditEntry', AuditEntryType);
type AuditConnection = InstanceType<typeof AuditConnection>;

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'e.g. payment, user, notice, client_account' }) entity?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'source address (exact)' }) ip?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only authentication events (logins, failed logins, locks, unlocks, 2FA, session ends, permission denials)' }) authOnly?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'inclusive' }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'exclusive' }) to?: Date | null;
}

interface Row {
  id: string;
  at: Date;
  at_text: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  ip: string | null;
}

/** The authentication events (issue 20), for the audit screen's "authentication" filter. */
export const AUTH_ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'LOCK', 'UNLOCK', 'LOGOUT', 'SESSION_END', 'TOTP_ENROL', 'TOTP_RESET', 'PASSWORD_CHANGE', 'PASSWORD_RESET', 'PERMISSION_DENIED'];

function text(v: string | null | undefined, field: string, issues: IssueCollector): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v.length > 200 || [...v].some((c) => c.charCodeAt(0) < 0x20)) issues.add(field, 'format', 'At most 200 printable characters');
  return v;
}

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
    const n = pageSize(first, 50);
    const issues = new IssueCollector();
    const f = filter ?? {};
    const entity = text(f.entity, 'filter.entity', issues);
    const entityId = text(f.entityId, 'filter.entityId', issues);
    const actorId = text(f.actorId, 'filter.actorId', issues);
    const action = text(f.action, 'filter.action', issues);
    const ip = text(f.ip, 'filter.ip', issues);
    if (f.from && f.to && f.from.getTime() > f.to.getTime()) issues.add('filter.to', 'date.range', 'to must not be before from');
    const cur = decodeCursor(after, 2) as [string, string] | null;
    if (cur && (typeof cur[0] !== 'string' || Number.isNaN(Date.parse(cur[0])) || !/^\d{1,19}$/.test(String(cur[1])))) issues.add('after', 'cursor.invalid', 'Invalid pagination cursor');
    issues.throwIfAny();
    const sql = ctx.sql;
    const where = sql`where true
      ${entity ? sql`and entity = ${entity}` : sql``}
      ${entityId ? sql`and entity_id = ${entityId}` : sql``}
      ${actorId ? sql`and actor_id = ${actorId}` : sql``}
      ${action ? sql`and action = ${action}` : sql``}
      ${ip ? sql`and ip = ${ip}` : sql``}
      ${f.authOnly ? sql`and action = any(${AUTH_ACTIONS})` : sql``}
      ${f.from ? sql`and at >= ${f.from.toISOString()}::timestamptz` : sql``}
      ${f.to ? sql`and at < ${f.to.toISOString()}::timestamptz` : sql``}`;
    const rows = await sql<Row[]>`select id::text, at, at::text as at_text, actor_type, actor_id, action, entity, entity_id, before::text, after::text, request_id, ip
      from audit_log ${where}
      ${cur ? sql`and (at, id) < (${cur[0]}::timestamptz, ${cur[1]}::bigint)` : sql``}
      order by at desc, id desc limit ${n + 1}`;
    const [{ total }] = await sql<{ total: number }[]>`select count(*)::int as total from audit_log ${where}`;
    const page = rows.slice(0, n);
    return {
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? encodeCursor([page.at(-1)!.at_text, page.at(-1)!.id]) : null },
      edges: page.map((r) => ({
        cursor: encodeCursor([r.at_text, r.id]),
        node: { id: r.id, at: r.at, actorType: r.actor_type, actorId: r.actor_id, action: r.action, entity: r.entity, entityId: r.entity_id, before: r.before, after: r.after, requestId: r.request_id, ip: r.ip },
      })),
    };
  }
}
