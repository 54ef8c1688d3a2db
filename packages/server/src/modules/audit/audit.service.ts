import type { Context } from '../../graphql/context.js';
import { IssueCollector } from '../../graphql/errors.js';
import { decodeCursor, encodeCursor, pageSize } from '../common/index.js';
import type { AuditConnection, AuditLogFilter } from './audit.types.js';

/** The admin-readable audit log (docs/security.md): filters, keyset pages on (at, id), newest first. */

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
const AUTH_ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'LOCK', 'UNLOCK', 'LOGOUT', 'SESSION_END', 'TOTP_ENROL', 'TOTP_RESET', 'PASSWORD_CHANGE', 'PASSWORD_RESET', 'PERMISSION_DENIED'];

function text(v: string | null | undefined, field: string, issues: IssueCollector): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v.length > 200 || [...v].some((c) => c.charCodeAt(0) < 0x20)) issues.add(field, 'format', 'At most 200 printable characters');
  return v;
}

export async function auditLog(ctx: Pick<Context, 'sql'>, filter?: AuditLogFilter | null, first?: number | null, after?: string | null): Promise<AuditConnection> {
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
      node: {
        id: r.id,
        at: r.at,
        actorType: r.actor_type,
        actorId: r.actor_id,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
        ip: r.ip,
      },
    })),
  };
}
