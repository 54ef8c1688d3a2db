import type { AuthChecker } from 'type-graphql';
import type { AuthRole, Context } from './context.js';
import { Forbidden, Unauthenticated } from './errors.js';

/**
 * Role check for every resolver (`@Authorized(...)`).
 * - no actor → UNAUTHENTICATED
 * - STAFF: passes when it holds one of the listed roles; ADMIN passes every staff check.
 * - API_TOKEN: ANALYST tokens pass 'ANALYST'; PARTNER tokens pass 'PARTNER'.
 * - CLIENT (borrower session): passes only 'CLIENT'.
 * `@Authorized()` with no roles = any authenticated staff user or analyst (never a borrower or partner).
 */
export const authChecker: AuthChecker<Context, AuthRole> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) throw new Unauthenticated();
  if (actor.type === 'STAFF') {
    if (roles.length === 0) return true;
    if (actor.roles.includes('ADMIN') && roles.some((r) => r !== 'CLIENT' && r !== 'PARTNER')) return true;
    if (roles.some((r) => (actor.roles as string[]).includes(r))) return true;
    throw new Forbidden();
  }
  if (actor.type === 'API_TOKEN') {
    if (roles.length === 0 && actor.role === 'ANALYST') return true;
    if (roles.includes(actor.role)) return true;
    throw new Forbidden();
  }
  if (roles.includes('CLIENT')) return true;
  throw new Forbidden();
};

export function requireStaff(ctx: Context) {
  if (!ctx.actor) throw new Unauthenticated();
  if (ctx.actor.type !== 'STAFF') throw new Forbidden();
  return ctx.actor;
}
