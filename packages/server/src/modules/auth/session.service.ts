import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, sessions } from '../../db/schema/index.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import type { Actor, StaffRole } from '../../graphql/context.js';
import { sessionCacheOf } from './session-cache.js';

export const STAFF_COOKIE = 'raty_sid';
export const CLIENT_COOKIE = 'raty_cz';

export async function createSession(
  db: Db,
  kind: 'STAFF' | 'CLIENT',
  owner: { userId?: string; clientAccountId?: string },
  ttlHours: number,
  where: { ip?: string; userAgent?: string; enrolmentOnly?: boolean } = {},
) {
  const token = randomToken();
  const id = sha256(token);
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.insert(sessions).values({
    id,
    kind,
    userId: owner.userId ?? null,
    clientAccountId: owner.clientAccountId ?? null,
    expiresAt,
    ip: where.ip ?? null,
    userAgent: where.userAgent?.slice(0, 300) ?? null,
    enrolmentOnly: where.enrolmentOnly ?? false,
  });
  return { token, id, expiresAt };
}

export async function deleteSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.id, sha256(token)));
}

/**
 * Resolves the staff actor from a session cookie token (sliding expiry is not extended beyond the TTL). Every request
 * takes this path: when the app runs a session cache on this pool (./session-cache.ts, issue 28) a session read in
 * the last few seconds is answered from memory — emptied in every process before a revocation's request answers —
 * else one prepared statement (no query builder) that also brings what `me` answers.
 */
export async function staffActorFromSession(db: Db, token: string): Promise<Actor | null> {
  const id = sha256(token);
  const cache = sessionCacheOf(db.$client);
  const hit = cache?.get(id);
  if (hit) return hit;
  const gen = cache?.generation() ?? 0;
  const startedAt = performance.now();
  const [r] = await db.$client<{ userId: string; email: string; name: string; roles: string[]; locale: string; active: boolean; enrolmentOnly: boolean; seenLongAgo: boolean; expiresInMs: number }[]>`
    select u.id as "userId", u.email, u.name, u.roles, u.locale, u.active, s.enrolment_only as "enrolmentOnly", s.last_seen_at < now() - interval '1 minute' as "seenLongAgo",
      (extract(epoch from s.expires_at - now()) * 1000)::float8 as "expiresInMs"
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id} and s.kind = 'STAFF' and s.expires_at > now()`;
  if (!r || !r.active) return null;
  // "last seen" of the sessions list: at most one write a minute per session
  if (r.seenLongAgo) await db.$client`update sessions set last_seen_at = now() where id = ${id}`;
  const actor: Actor = { type: 'STAFF', userId: r.userId, email: r.email, name: r.name, roles: r.roles as StaffRole[], locale: r.locale, sessionId: id, enrolmentOnly: r.enrolmentOnly };
  cache?.put(id, actor, gen, startedAt, Number(r.expiresInMs));
  return actor;
}

/** Resolves an analyst/partner actor from a bearer token. */
export async function tokenActor(db: Db, token: string): Promise<Actor | null> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sha256(token)))
    .limit(1);
  const t = rows[0];
  if (!t || t.revokedAt) return null;
  // last-used timestamp: cheap, best effort, at most once a minute per token
  if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, t.id));
  }
  return { type: 'API_TOKEN', tokenId: t.id, role: t.role as 'ANALYST' | 'PARTNER' | 'BANK', name: t.name };
}
