import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Forbidden, IssueCollector, NotFound } from '../../graphql/errors.js';
import { appConfig } from '../../app-config.js';
import { audit } from '../common/index.js';
import type { RoleEnum, StaffSecurityType, StaffSessionType, TotpEnrolmentType, UserType } from './auth.types.js';
import { enrolmentData, issueRecoveryCodes, looksLikeRecoveryCode, newTotpSecret, openTotpSecret, recoveryCodesLeft, sealTotpSecret, useRecoveryCode, verifyTotp } from './totp.service.js';
import { endStaffSessionsOf } from './staff-accounts.service.js';
import { STAFF_COOKIE, createSession, deleteSession } from './session.service.js';
import { passwordIssues } from './password-policy.js';
import { hashPassword, verifyPassword } from '../../lib/crypto.js';
import { requireStaff } from '../../graphql/auth-checker.js';
import { STAFF_IP_FAILURES, guessSucceeded, ipSucceeded, reserveGuess, reserveIpFailure, staffSubject, verifyOrDummy } from './login-guard.js';

/** Staff authentication use cases: login with the lockout guard and the second factor, password change, TOTP enrolment, sessions (moved out of auth.resolver.ts). */

/**
 * The one answer for an unknown e-mail, a wrong password and a locked account (same rule, message, field and — by
 * verifyOrDummy — the same argon2 work): nothing tells whether an account exists or is locked.
 */
function invalidCredentials() {
  return BadUserInput.field('password', 'auth.invalidCredentials', 'Wrong login or password, or the account is temporarily locked');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function currentStaffUser(ctx: Context): Promise<UserType | null> {
  const a = ctx.actor;
  if (a?.type !== 'STAFF') return null;
  // the session lookup of this request read the user row already (session.service.ts): no second round trip
  if (a.locale !== undefined) return { id: a.userId, email: a.email, name: a.name, roles: a.roles as RoleEnum[], locale: a.locale };
  const [u] = await ctx.db.select().from(users).where(eq(users.id, a.userId));
  return u ? { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale } : null;
}

export async function login(ctx: Context, email: string, password: string, totpCode: string | null): Promise<UserType> {
  const issues = new IssueCollector();
  if (!email.trim()) issues.add('email', 'required', 'E-mail is required');
  else if (email.trim().length > 320) issues.add('email', 'string.tooLong', 'The e-mail may have at most 320 characters', { max: 320 });
  if (!password) issues.add('password', 'required', 'Password is required');
  issues.throwIfAny();
  // per address: failures only (the point is given back after a success)
  if (!(await reserveIpFailure(ctx.db, STAFF_IP_FAILURES, ctx.ip)).ok) {
    throw BadUserInput.field('email', 'auth.rateLimited', 'Too many failed logins from this address. Try again in 15 minutes.');
  }
  const [u] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  // per account (and per unknown name alike): one atomic reservation before the password is looked at
  const guess = await reserveGuess(ctx.sql, staffSubject(email));
  const ok = (await verifyOrDummy(u?.passwordHash, password)) && !!u && u.active && guess.allowed;
  if (!ok || !u) {
    await audit(ctx, 'LOGIN_FAILED', 'user', u?.id ?? null, null, { email: email.trim().toLowerCase().slice(0, 320), reason: guess.allowed ? 'credentials' : 'locked' });
    if (u && guess.lockedNow) await audit(ctx, 'LOCK', 'user', u.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'failed logins' });
    throw invalidCredentials();
  }
  // second step (issue 20): an enrolled user also gives the code (or a recovery code)
  let usedRecoveryCode = false;
  if (u.totpEnabledAt && u.totpSecret) {
    if (!totpCode?.trim()) {
      await guessSucceeded(ctx.sql, guess); // the password was right: asking for the code costs no guess
      await ipSucceeded(ctx.db, STAFF_IP_FAILURES, ctx.ip);
      throw BadUserInput.field('totpCode', 'auth.totpRequired', 'Enter the code from your authenticator app (or a recovery code)');
    }
    const code = totpCode.trim();
    const right = looksLikeRecoveryCode(code) ? (usedRecoveryCode = await useRecoveryCode(ctx.sql, u.id, code)) : await verifyTotp(ctx.sql, u.id, openTotpSecret(u.id, u.totpSecret), code);
    if (!right) {
      // a wrong code keeps its guess and its address failure: codes are guessed under the same budget as passwords
      await audit(ctx, 'LOGIN_FAILED', 'user', u.id, null, { email: u.email, reason: 'totp' });
      if (guess.lockedNow) await audit(ctx, 'LOCK', 'user', u.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'failed logins' });
      throw BadUserInput.field('totpCode', 'auth.totpInvalid', 'Wrong one-time code');
    }
  }
  await guessSucceeded(ctx.sql, guess);
  await ipSucceeded(ctx.db, STAFF_IP_FAILURES, ctx.ip);
  // session rotation: the browser's previous staff session ends
  const previous = ctx.req?.cookies?.[STAFF_COOKIE];
  if (previous) await deleteSession(ctx.db, previous);
  const cfg = appConfig();
  const enrolmentOnly = (u.roles as string[]).includes('ADMIN') && !u.totpEnabledAt;
  const s = await createSession(ctx.db, 'STAFF', { userId: u.id }, cfg.sessionTtlHours, { ip: ctx.ip, userAgent: ctx.req?.headers['user-agent'], enrolmentOnly });
  ctx.res?.cookie(STAFF_COOKIE, s.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cfg.cookieSecure,
    path: '/',
    expires: s.expiresAt,
  });
  ctx.actor = { type: 'STAFF', userId: u.id, email: u.email, name: u.name, roles: u.roles as never, sessionId: s.id, enrolmentOnly };
  await audit(ctx, 'LOGIN', 'user', u.id, null, { secondFactor: u.totpEnabledAt ? (usedRecoveryCode ? 'recovery code' : 'totp') : null, enrolmentOnly });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale };
}

export async function changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  const actor = requireStaff(ctx);
  const issues = new IssueCollector();
  if (!currentPassword) issues.add('currentPassword', 'required', 'Current password is required');
  issues.addAll(passwordIssues(newPassword, 'newPassword', { email: actor.email, name: actor.name }));
  if (currentPassword && newPassword === currentPassword) issues.add('newPassword', 'password.unchanged', 'The new password must differ from the current one');
  issues.throwIfAny();
  const [u] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  const guess = await reserveGuess(ctx.sql, staffSubject(u.email));
  const right = await verifyPassword(u.passwordHash, currentPassword);
  if (!guess.allowed || !right) {
    if (guess.lockedNow) await audit(ctx, 'LOCK', 'user', u.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'wrong current passwords' });
    throw BadUserInput.field('currentPassword', 'auth.wrongCurrentPassword', 'The current password is wrong (or the account is temporarily locked)');
  }
  await guessSucceeded(ctx.sql, guess);
  await ctx.db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword) })
    .where(eq(users.id, u.id));
  await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${u.id} and id <> ${actor.sessionId}`;
  await audit(ctx, 'PASSWORD_CHANGE', 'user', u.id, null, null);
  return true;
}

export async function logout(ctx: Context): Promise<boolean> {
  const token = ctx.req?.cookies?.[STAFF_COOKIE];
  if (token) await deleteSession(ctx.db, token);
  ctx.res?.clearCookie(STAFF_COOKIE, { path: '/' });
  if (ctx.actor?.type === 'STAFF') await audit(ctx, 'SESSION_END', 'session', ctx.actor.sessionId.slice(0, 16), null, { userId: ctx.actor.userId, reason: 'logout' });
  return true;
}

export async function mySecurity(ctx: Context): Promise<StaffSecurityType> {
  const actor = requireStaff(ctx, { allowEnrolmentOnly: true });
  const [u] = await ctx.db.select({ totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.userId));
  return { totpEnabled: !!u?.totpEnabledAt, enrolmentRequired: !!actor.enrolmentOnly, recoveryCodesLeft: await recoveryCodesLeft(ctx.sql, actor.userId) };
}

export async function startTotpEnrolment(ctx: Context): Promise<TotpEnrolmentType> {
  const actor = requireStaff(ctx, { allowEnrolmentOnly: true });
  const [u] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (u.totpEnabledAt) throw new Forbidden('Two-factor authentication is already set up; an administrator can reset it');
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpSecret: sealTotpSecret(u.id, secret), totpLastStep: null })
    .where(eq(users.id, u.id));
  return { secret, ...(await enrolmentData(secret, u.email)) };
}

export async function confirmTotpEnrolment(ctx: Context, code: string): Promise<string[]> {
  const actor = requireStaff(ctx, { allowEnrolmentOnly: true });
  const [u] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (u.totpEnabledAt) throw new Forbidden('Two-factor authentication is already set up; an administrator can reset it');
  if (!u.totpSecret) throw BadUserInput.field('code', 'totp.notPending', 'Start the enrolment first');
  if (!(await verifyTotp(ctx.sql, u.id, openTotpSecret(u.id, u.totpSecret), code))) throw BadUserInput.field('code', 'auth.totpInvalid', 'Wrong one-time code');
  await ctx.db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, u.id));
  const codes = await issueRecoveryCodes(ctx.sql, u.id);
  // this session becomes a full one; the user's other sessions (logged in with the password alone) end
  await ctx.sql`update sessions set enrolment_only = false where id = ${actor.sessionId}`;
  await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${u.id} and id <> ${actor.sessionId}`;
  await audit(ctx, 'TOTP_ENROL', 'user', u.id, null, { recoveryCodes: codes.length });
  return codes;
}

export async function resetUserTotp(ctx: Context, id: string): Promise<boolean> {
  const actor = requireStaff(ctx);
  if (!UUID.test(id)) throw new NotFound('User');
  if (id === actor.userId) throw new Forbidden('Another administrator must reset your second factor');
  const [u] = await ctx.db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, id)).returning({ id: users.id });
  if (!u) throw new NotFound('User');
  await ctx.sql`delete from staff_recovery_codes where user_id = ${id}`;
  await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${id}`;
  await audit(ctx, 'TOTP_RESET', 'user', id, null, null);
  return true;
}

export async function staffSessions(ctx: Context, userId: string | null): Promise<StaffSessionType[]> {
  const actor = requireStaff(ctx);
  const target = userId ?? actor.userId;
  if (target !== actor.userId && !actor.roles.includes('ADMIN')) throw new Forbidden();
  if (!UUID.test(target)) return [];
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.kind, 'STAFF'), eq(sessions.userId, target), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId!,
    ip: r.ip,
    userAgent: r.userAgent,
    createdAt: r.createdAt,
    lastSeenAt: r.lastSeenAt,
    expiresAt: r.expiresAt,
    current: r.id === actor.sessionId,
  }));
}

export async function endStaffSession(ctx: Context, id: string): Promise<boolean> {
  const actor = requireStaff(ctx);
  const [s] = await ctx.db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.kind, 'STAFF')));
  if (!s || (s.userId !== actor.userId && !actor.roles.includes('ADMIN'))) throw new NotFound('Session');
  await ctx.db.delete(sessions).where(eq(sessions.id, id));
  await audit(ctx, 'SESSION_END', 'session', id.slice(0, 16), null, { userId: s.userId, reason: s.userId === actor.userId ? 'ended by the user' : 'ended by an administrator' });
  return true;
}

/** Ends every session of a staff user at once: the caller's own OTHER sessions, or (admin) all of anyone's (issue 20). */
export async function endAllStaffSessions(ctx: Context, userId: string | null): Promise<number> {
  const actor = requireStaff(ctx);
  return endStaffSessionsOf(ctx, actor, userId ?? actor.userId);
}
