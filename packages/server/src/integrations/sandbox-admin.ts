import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';
import type { Db } from '../db/client.js';
import { isDirectLoopback } from '../lib/loopback.js';
import { STAFF_COOKIE, staffActorFromSession } from '../modules/auth/index.js';

export { loopbackAdminAllowed } from '../lib/loopback.js';

/**
 * Who may use the developer/admin endpoints of the local sandboxes (payment sandbox `/sandbox-gateway/transactions*`,
 * SMSAPI sandbox `/__sandbox/*`; docs/security.md "Sandbox tools"):
 * - a staff session (cookie) of a user with the ADMIN role, or
 * - when `RATY_SANDBOX_ADMIN_LOOPBACK=1` (an explicit flag for tests and local development), a request whose TCP peer
 *   is the loopback interface and that was not forwarded by a proxy (no X-Forwarded-For / Forwarded header: a reverse
 *   proxy on the same host would otherwise make every outside request "local").
 * Anything else: 401 without a session, 403 with a session that is not ADMIN.
 */
export type SandboxAdminVerdict = 'ok' | 401 | 403;

export async function sandboxAdminVerdict(db: Db | null, req: IncomingMessage, opts: { allowLoopback: boolean }): Promise<SandboxAdminVerdict> {
  if (opts.allowLoopback && isDirectLoopback(req)) return 'ok';
  const sid = req.headers.cookie ? parseCookie(req.headers.cookie)[STAFF_COOKIE] : undefined;
  if (!sid || !db) return 401;
  const actor = await staffActorFromSession(db, sid);
  if (!actor || actor.type !== 'STAFF' || actor.enrolmentOnly) return 401;
  return actor.roles.includes('ADMIN') ? 'ok' : 403;
}
