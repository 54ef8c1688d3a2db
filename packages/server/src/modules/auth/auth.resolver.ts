import { eq, sql } from 'drizzle-orm';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { users } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, IssueCollector } from '../../graphql/errors.js';
import { appConfig } from '../../app-config.js';
import { audit } from '../common/audit.js';
import { RoleEnum, UserType } from './auth.types.js';
import { STAFF_COOKIE, createSession, deleteSession } from './session.service.js';
import { passwordIssues } from './password-policy.js';
import { hashPassword, verifyPassword } from '../../lib/crypto.js';
import { requireStaff } from '../../graphql/auth-checker.js';
import { STAFF_IP_FAILURES, guessSucceeded, ipSucceeded, reserveGuess, reserveIpFailure, staffSubject, verifyOrDummy } from './login-guard.js';

/**
 * The one answer for an unknown e-mail, a wrong password and a locked account (same rule, message, field and — by
 * verifyOrDummy — the same argon2 work): nothing tells whether an account exists or is locked.
 */
export function invalidCredentials() {
  return BadUserInput.field('password', 'auth.invalidCredentials', 'Wrong login or password, or the account is temporarily locked');
}

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The logged-in staff user, or null.' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    if (ctx.actor?.type !== 'STAFF') return null;
    const [u] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
    return u ? { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale } : null;
  }

  @Mutation(() => UserType, { description: 'Staff login: sets an httpOnly session cookie (and ends the browser\'s previous staff session).' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<UserType> {
    const issues = new IssueCollector();
    if (!email.trim()) issues.add('email', 'required', 'E-mail is required');
    else if (email.trim().length > 320) issues.add('email', 'string.tooLong', 'The e-mail may have at most 320 characters', { max: 320 });
    if (!password) issues.add('password', 'required', 'Password is required');
    issues.throwIfAny();
    // per address: failures only (the point is given back after a success)
    if (!(await reserveIpFailure(ctx.db, STAFF_IP_FAILURES, ctx.ip)).ok) {
      throw BadUserInput.field('email', 'auth.rateLimited', 'Too many failed logins from this address. Try again in 15 minutes.');
    }
    const [u] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
    // per account (and per unknown name alike): one atomic reservation before the password is looked at
    const guess = await reserveGuess(ctx.sql, staffSubject(email));
    const ok = (await verifyOrDummy(u?.passwordHash, password)) && !!u && u.active && guess.allowed;
    if (!ok || !u) {
      if (u && guess.lockedNow) await audit(ctx, 'LOCK', 'user', u.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'failed logins' });
      throw invalidCredentials();
    }
    await guessSucceeded(ctx.sql, guess);
    await ipSucceeded(ctx.db, STAFF_IP_FAILURES, ctx.ip);
    // session rotation: the browser's previous staff session ends
    const previous = ctx.req?.cookies?.[STAFF_COOKIE];
    if (previous) await deleteSession(ctx.db, previous);
    const cfg = appConfig();
    const s = await createSession(ctx.db, 'STAFF', { userId: u.id }, cfg.sessionTtlHours);
    ctx.res?.cookie(STAFF_COOKIE, s.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cfg.cookieSecure,
      path: '/',
      expires: s.expiresAt,
    });
    ctx.actor = { type: 'STAFF', userId: u.id, email: u.email, name: u.name, roles: u.roles as never, sessionId: s.id };
    await audit(ctx, 'LOGIN', 'user', u.id, null, null);
    return { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale };
  }

  @Mutation(() => Boolean, {
    description: 'Changes the logged-in staff user\'s password (policy: docs/security.md § 3a). A wrong current password spends the account\'s guess budget; every OTHER session of the user ends.',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
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
    await ctx.db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, u.id));
    await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${u.id} and id <> ${actor.sessionId}`;
    await audit(ctx, 'PASSWORD_CHANGE', 'user', u.id, null, null);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends the staff session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const token = ctx.req?.cookies?.[STAFF_COOKIE];
    if (token) await deleteSession(ctx.db, token);
    ctx.res?.clearCookie(STAFF_COOKIE, { path: '/' });
    return true;
  }
}
