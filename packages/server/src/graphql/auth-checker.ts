import type { AuthChecker } from 'type-graphql';
import type { AuthRole, Context } from './context.js';
import { Forbidden, Unauthenticated } from './errors.js';
import { audit } from '../modules/common/index.js';
import { markAudited } from './denial-audit.js';

/**
 * Role check for every resolver (`@Authorized(...)`).
 * - no actor → UNAUTHENTICATED
 * - STAFF: passes when it holds one of the listed roles; ADMIN passes every staff check.
 * - API_TOKEN: ANALYST tokens pass 'ANALYST'; PARTNER tokens pass 'PARTNER'.
 * - CLIENT (borrower session): passes only 'CLIENT'.
 * `@Authorized()` with no roles = any authenticated staff user or analyst (never a borrower or partner).
 */
export const authChecker: AuthChecker<Context, AuthRole> = async ({ context, info }, roles) => {
  const actor = context.actor;
  if (!actor) throw new Unauthenticated();
  const deny = async (reason: string) => {
    // issue 20: every permission denial is an audit event (actor, IP, time, what was asked)
    await audit(context, 'PERMISSION_DENIED', 'graphql', `${info.parentType.name}.${info.fieldName}`, null, { required: roles, reason });
    return markAudited(new Forbidden(reason === 'totp.enrolmentRequired' ? 'Set up two-factor authentication first (required for administrators)' : undefined));
  };
  if (actor.type === 'STAFF') {
    // an ADMIN who logged in without a second factor may only enrol one (auth.resolver: me, start/confirm enrolment)
    if (actor.enrolmentOnly) throw await deny('totp.enrolmentRequired');
    if (roles.length === 0) return true;
    if (actor.roles.includes('ADMIN') && roles.some((r) => r !== 'CLIENT' && r !== 'PARTNER' && r !== 'BANK')) return true;
    if (roles.some((r) => (actor.roles as string[]).includes(r))) return true;
    throw await deny('role');
  }
  if (actor.type === 'API_TOKEN') {
    if (roles.length === 0 && actor.role === 'ANALYST') return true;
    if (roles.includes(actor.role)) return true;
    throw await deny('role');
  }
  if (roles.includes('CLIENT')) return true;
  throw await deny('role');
};

export function requireStaff(ctx: Context, opts: { allowEnrolmentOnly?: boolean } = {}) {
  if (!ctx.actor) throw new Unauthenticated();
  if (ctx.actor.type !== 'STAFF') throw new Forbidden();
  if (ctx.actor.enrolmentOnly && !opts.allowEnrolmentOnly) throw new Forbidden('Set up two-factor authentication first (required for administrators)');
  return ctx.actor;
}
