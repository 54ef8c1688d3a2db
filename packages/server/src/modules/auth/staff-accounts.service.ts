import type { Context } from '../../graphql/context.js';
import type { Sql } from '../../db/client.js';
import { Forbidden, NotFound } from '../../graphql/errors.js';
import { audit } from '../common/index.js';
import { clearGuard, staffSubject } from './login-guard.js';

/**
 * Staff account administration (issue 20, docs/security.md § 3c–3d): the state an admin sees in the user list
 * (second factor, lock after failed logins), the unlock, and ending all of a user's sessions. Every change is an
 * authentication audit event (UNLOCK, SESSION_END) with actor, IP and time.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StaffUserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  locale: string;
  active: boolean;
  totpEnabled: boolean;
  /** the lock of the account's guess budget (login-guard.ts), when locked now */
  lockedUntil: Date | null;
}

function staffUserQuery(sql: Sql, id?: string) {
  return sql<{ id: string; email: string; name: string; roles: string[]; locale: string; active: boolean; totp_enabled: boolean; locked_until: Date | string | null }[]>`
    select u.id, u.email, u.name, u.roles, u.locale, u.active, (u.totp_enabled_at is not null) as totp_enabled,
      case when g.locked_until > now() then g.locked_until end as locked_until
    from users u left join login_guards g on g.subject = 'staff:' || lower(u.email)
    ${id ? sql`where u.id = ${id}` : sql``}
    order by u.email`;
}

const toRow = (r: Awaited<ReturnType<typeof staffUserQuery>>[number]): StaffUserRow => ({
  id: r.id,
  email: r.email,
  name: r.name,
  roles: r.roles,
  locale: r.locale,
  active: r.active,
  totpEnabled: r.totp_enabled,
  // the drizzle-wrapped client may answer timestamps as text
  lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
});

export async function listStaffUsers(sql: Sql): Promise<StaffUserRow[]> {
  return (await staffUserQuery(sql)).map(toRow);
}

export async function staffUser(sql: Sql, id: string): Promise<StaffUserRow | null> {
  if (!UUID.test(id)) return null;
  const [r] = await staffUserQuery(sql, id);
  return r ? toRow(r) : null;
}

/**
 * An admin lifts the lock of a staff account (opened by failed logins): the account's attempts, lock and backoff
 * level are forgotten (the next wrong password counts from 1 again). Audited as UNLOCK (also when it was not locked:
 * the attempts were reset all the same).
 */
export async function unlockStaffUser(ctx: Context, id: string): Promise<StaffUserRow> {
  const before = await staffUser(ctx.sql, id);
  if (!before) throw new NotFound('User');
  const wasLocked = await clearGuard(ctx.sql, staffSubject(before.email));
  await audit(ctx, 'UNLOCK', 'user', id, { lockedUntil: before.lockedUntil?.toISOString() ?? null }, { wasLocked, reason: 'unlocked by an administrator' });
  return { ...before, lockedUntil: null };
}

/**
 * Ends a staff user's sessions at once (their cookies stop working): for your own account every OTHER session, for
 * an admin acting on someone else every session. One SESSION_END audit entry per session. Answers how many ended.
 */
export async function endStaffSessionsOf(ctx: Context, actor: { userId: string; roles: readonly string[]; sessionId: string }, userId: string): Promise<number> {
  const own = userId === actor.userId;
  if (!own && !actor.roles.includes('ADMIN')) throw new Forbidden();
  if (!UUID.test(userId)) throw new NotFound('User');
  const [u] = await ctx.sql<{ id: string }[]>`select id from users where id = ${userId}`;
  if (!u) throw new NotFound('User');
  const ended = await ctx.sql<{ id: string }[]>`delete from sessions where kind = 'STAFF' and user_id = ${userId}
    ${own ? ctx.sql`and id <> ${actor.sessionId}` : ctx.sql``} returning id`;
  for (const s of ended) {
    await audit(ctx, 'SESSION_END', 'session', s.id.slice(0, 16), null, { userId, reason: own ? 'all other sessions ended by the user' : 'all sessions ended by an administrator' });
  }
  return ended.length;
}
