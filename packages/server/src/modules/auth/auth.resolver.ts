import { eq, sql } from 'drizzle-orm';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { users } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, IssueCollector } from '../../graphql/errors.js';
import { hashPassword, verifyPassword } from '../../lib/crypto.js';
import { rateLimiter } from '../../lib/rate-limit.js';
import { appConfig } from '../../app-config.js';
import { audit } from '../common/audit.js';
import { RoleEnum, UserType } from './auth.types.js';
import { STAFF_COOKIE, createSession, deleteSession } from './session.service.js';

const MAX_FAILED = 5;
const LOCK_MINUTES = 15;
const loginLimiter = rateLimiter({ windowMs: 15 * 60_000, max: 30 });
// A fixed hash so that an unknown e-mail costs the same time as a wrong password (no user enumeration by timing).
let dummyHash: Promise<string> | undefined;

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The logged-in staff user, or null.' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    if (ctx.actor?.type !== 'STAFF') return null;
    const [u] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
    return u ? { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale } : null;
  }

  @Mutation(() => UserType, { description: 'Staff login: sets an httpOnly session cookie.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<UserType> {
    const issues = new IssueCollector();
    if (!email.trim()) issues.add('email', 'required', 'E-mail is required');
    if (!password) issues.add('password', 'required', 'Password is required');
    issues.throwIfAny();
    if (!loginLimiter.take(`ip:${ctx.ip}`)) {
      throw BadUserInput.field('email', 'auth.rateLimited', 'Too many login attempts from this address. Try again in 15 minutes.');
    }
    const [u] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
    if (!u) {
      dummyHash ??= hashPassword('not-a-real-password');
      await verifyPassword(await dummyHash, password);
      throw BadUserInput.field('password', 'auth.invalidCredentials', 'Wrong e-mail or password');
    }
    if (u.lockedUntil && u.lockedUntil.getTime() > Date.now()) {
      throw BadUserInput.field('email', 'auth.locked', `Account locked after ${MAX_FAILED} failed attempts. Try again after ${u.lockedUntil.toISOString()}.`, { until: u.lockedUntil.toISOString() });
    }
    const ok = u.active && (await verifyPassword(u.passwordHash, password));
    if (!ok) {
      const failed = u.failedLogins + 1;
      const lock = failed >= MAX_FAILED ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
      await ctx.db.update(users).set({ failedLogins: lock ? 0 : failed, lockedUntil: lock }).where(eq(users.id, u.id));
      throw BadUserInput.field('password', 'auth.invalidCredentials', 'Wrong e-mail or password');
    }
    await ctx.db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, u.id));
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

  @Mutation(() => Boolean, { description: 'Ends the staff session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const token = ctx.req?.cookies?.[STAFF_COOKIE];
    if (token) await deleteSession(ctx.db, token);
    ctx.res?.clearCookie(STAFF_COOKIE, { path: '/' });
    return true;
  }
}
