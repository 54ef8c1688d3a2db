import { GraphQLError } from 'graphql';
import type { SqlHandle } from '../../db/client.js';
import type { Actor, Context } from '../../graphql/context.js';
import { BadUserInput, IssueCollector, Unauthenticated, Forbidden } from '../../graphql/errors.js';
import { hashPassword, sha256, verifyPassword } from '../../lib/crypto.js';
import { clientIpFailures, clientSubject, guessSucceeded, ipSucceeded, passwordIssues, reserveGuess, reserveIpFailure, verifyOrDummy } from '../auth/index.js';
import { sendLockoutSms } from './client-sms.service.js';
import { appConfig } from '../../app-config.js';
import { audit } from '../common/index.js';
import { CLIENT_COOKIE, createSession, deleteSession } from '../auth/index.js';

export { CLIENT_COOKIE };

export interface ClientAccountRow {
  id: string;
  party_id: string;
  login: string;
  password_hash: string;
  must_change_password: boolean;
  otp_expires_at: Date | null;
  otp_used_at: Date | null;
  /** not a column: the lock of the login (login_guards), filled by the queries that show it */
  locked_until?: Date | null;
  revoked_at: Date | null;
  last_login_at: Date | null;
}

/** Raw queries read timestamptz as strings (drizzle's driver setup): normalise an account row's timestamps to Date. */
export function ts(v: Date | string | null | undefined): Date | null {
  return v === null || v === undefined ? null : v instanceof Date ? v : new Date(v);
}
export function mapAccount<T extends ClientAccountRow | undefined>(r: T): T {
  if (!r) return r;
  return { ...r, otp_expires_at: ts(r.otp_expires_at), otp_used_at: ts(r.otp_used_at), locked_until: ts(r.locked_until), revoked_at: ts(r.revoked_at), last_login_at: ts(r.last_login_at) };
}

type ClientActor = Extract<Actor, { type: 'CLIENT' }>;

/** Resolves the borrower actor from the `raty_cz` cookie token: a live CLIENT session of a non-revoked account. */
export async function clientActorFromSession(sql: SqlHandle, token: string): Promise<Actor | null> {
  const id = sha256(token);
  const rows = await sql<{ account_id: string; party_id: string }[]>`
    select a.id as account_id, a.party_id from sessions s join client_accounts a on a.id = s.client_account_id
    where s.id = ${id} and s.kind = 'CLIENT' and s.expires_at > now() and a.revoked_at is null`;
  const r = rows[0];
  if (!r) return null;
  return { type: 'CLIENT', clientAccountId: r.account_id, partyId: r.party_id, sessionId: id };
}

class PasswordChangeRequired extends GraphQLError {
  constructor() {
    super('You must change the one-time password before using the client zone', { extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' } });
  }
}

/**
 * Guard of every borrower operation: a CLIENT actor (else UNAUTHENTICATED / FORBIDDEN), and — unless
 * `allowPendingPassword` — an account whose one-time password has been changed (else FORBIDDEN with
 * extensions.reason PASSWORD_CHANGE_REQUIRED). The party always comes from the session, never from arguments.
 */
export async function requireClient(ctx: Context, opts: { allowPendingPassword?: boolean } = {}): Promise<ClientActor & { account: ClientAccountRow }> {
  const a = ctx.actor;
  if (!a) throw new Unauthenticated();
  if (a.type !== 'CLIENT') throw new Forbidden();
  const account = mapAccount((await ctx.sql<ClientAccountRow[]>`select * from client_accounts where id = ${a.clientAccountId} and revoked_at is null`)[0]);
  if (!account) throw new Unauthenticated('Your client zone session has ended');
  if (account.must_change_password && !opts.allowPendingPassword) throw new PasswordChangeRequired();
  return { ...a, account };
}

/**
 * The one answer for an unknown login, a wrong password and a locked account (same rule, message and field; the same
 * argon2 work): nobody learns whether a national id is a borrower of this lender, nor whether it is locked. The owner
 * learns of a lock by SMS (lockoutSms); staff see and clear it in the client-zone access panel.
 */
function clientInvalidCredentials() {
  return BadUserInput.field('password', 'clientAuth.invalidCredentials', 'Wrong login or password, or the account is temporarily locked');
}

export async function clientLogin(ctx: Context, login: string, password: string): Promise<ClientAccountRow> {
  const cfg = appConfig();
  const cz = cfg.clientZone;
  const issues = new IssueCollector();
  const normLogin = (login ?? '').replace(/[\s-]/g, '');
  if (!normLogin) issues.add('login', 'required', 'Login (national id) is required');
  else if (normLogin.length > 64) issues.add('login', 'string.tooLong', 'The login (national id) may have at most 64 characters', { max: 64 });
  if (!password) issues.add('password', 'required', 'Password is required');
  issues.throwIfAny();
  const ipSpec = clientIpFailures(cz.ipMaxAttempts);
  if (!(await reserveIpFailure(ctx.db, ipSpec, ctx.ip)).ok) {
    throw BadUserInput.field('login', 'clientAuth.rateLimited', 'Too many failed logins from this address. Try again in 15 minutes.', { minutes: 15 });
  }
  const acc = mapAccount((await ctx.sql<ClientAccountRow[]>`select * from client_accounts where login = ${normLogin} and revoked_at is null`)[0]);
  const guess = await reserveGuess(ctx.sql, clientSubject(normLogin));
  const ok = (await verifyOrDummy(acc?.password_hash, password)) && guess.allowed;
  if (!ok || !acc) {
    if (acc && guess.lockedNow) {
      await audit(ctx, 'LOCK', 'client_account', acc.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'failed logins' });
      sendLockoutSms(ctx, acc, guess.subject); // in the background: the answer does not wait for (or reveal) it
    }
    throw clientInvalidCredentials();
  }
  await guessSucceeded(ctx.sql, guess);
  await ipSucceeded(ctx.db, ipSpec, ctx.ip);
  if (acc.must_change_password) {
    if (acc.otp_expires_at && acc.otp_expires_at.getTime() <= Date.now()) {
      throw BadUserInput.field('password', 'clientAuth.otpExpired', 'The one-time password has expired. Ask for a new one on the login page or from your lender.', {
        expiredAt: acc.otp_expires_at.toISOString(),
      });
    }
    // single use: only the first login with a one-time password gets a session (which can only change the password)
    const claimed = await ctx.sql`update client_accounts set otp_used_at = now() where id = ${acc.id} and must_change_password and otp_used_at is null returning id`;
    if (!claimed.length) {
      throw BadUserInput.field('password', 'clientAuth.otpUsed', 'This one-time password has already been used. Ask for a new one on the login page or from your lender.');
    }
  }
  await ctx.sql`update client_accounts set last_login_at = now(), updated_at = now() where id = ${acc.id}`;
  // session rotation: the browser's previous borrower session ends
  const previous = ctx.req?.cookies?.[CLIENT_COOKIE];
  if (previous) await deleteSession(ctx.db, previous);
  const s = await createSession(ctx.db, 'CLIENT', { clientAccountId: acc.id }, cz.sessionTtlHours);
  ctx.res?.cookie(CLIENT_COOKIE, s.token, { httpOnly: true, sameSite: 'lax', secure: cfg.cookieSecure, path: '/', expires: s.expiresAt });
  ctx.actor = { type: 'CLIENT', clientAccountId: acc.id, partyId: acc.party_id, sessionId: s.id };
  await audit(ctx, 'LOGIN', 'client_account', acc.id, null, null);
  return acc;
}

export async function clientLogout(ctx: Context): Promise<boolean> {
  const token = ctx.req?.cookies?.[CLIENT_COOKIE];
  if (token) await deleteSession(ctx.db, token);
  ctx.res?.clearCookie(CLIENT_COOKIE, { path: '/' });
  if (ctx.actor?.type === 'CLIENT') await audit(ctx, 'LOGOUT', 'client_account', ctx.actor.clientAccountId, null, null);
  return true;
}

/**
 * Changes the password (required after login with a one-time password); ends the account's other sessions. The new
 * password follows the one password policy of staff and borrowers (auth/password-policy.ts: 12+ characters, not a
 * common or breached password, not the borrower's name, e-mail or national id; docs/security.md § 3a).
 */
export async function clientChangePassword(ctx: Context, current: string, next: string): Promise<ClientAccountRow> {
  const me = await requireClient(ctx, { allowPendingPassword: true });
  const acc = me.account;
  const issues = new IssueCollector();
  if (!current) issues.add('currentPassword', 'required', 'Current password is required');
  if (!next) issues.add('newPassword', 'required', 'New password is required');
  else {
    const equalsLogin = next.replace(/[\s-]/g, '') === acc.login;
    if (equalsLogin) issues.add('newPassword', 'password.equalsLogin', 'The new password must not be your login (national id)');
    const [party] = await ctx.sql<{ name: string | null; email: string | null }[]>`
      select coalesce(company_name, concat_ws(' ', first_name, last_name)) as name, email from parties where id = ${acc.party_id}`;
    const policy = passwordIssues(next, 'newPassword', { nationalId: acc.login, name: party?.name, email: party?.email });
    // the login itself is named by its own rule (password.equalsLogin), not again as "personal"
    issues.addAll(equalsLogin ? policy.filter((i) => i.rule !== 'password.personal') : policy);
    if (current && next === current) issues.add('newPassword', 'password.unchanged', 'The new password must differ from the current one');
  }
  issues.throwIfAny();
  // a wrong current password spends the account's guess budget like a wrong login (same lock, same backoff)
  const guess = await reserveGuess(ctx.sql, clientSubject(acc.login));
  const right = await verifyPassword(acc.password_hash, current);
  if (!guess.allowed) {
    throw BadUserInput.field('currentPassword', 'clientAuth.locked', 'Too many wrong passwords: the account is temporarily locked. Try again later.');
  }
  if (!right) {
    if (guess.lockedNow) {
      await audit(ctx, 'LOCK', 'client_account', acc.id, null, { until: guess.lockedUntil?.toISOString(), reason: 'wrong current passwords' });
      sendLockoutSms(ctx, acc, guess.subject);
    }
    throw BadUserInput.field('currentPassword', 'clientAuth.wrongPassword', 'The current password is wrong');
  }
  await guessSucceeded(ctx.sql, guess);
  const hash = await hashPassword(next);
  const updated = mapAccount(
    (
      await ctx.sql<ClientAccountRow[]>`
    update client_accounts set password_hash = ${hash}, must_change_password = false, otp_expires_at = null, otp_used_at = null, password_changed_at = now(), updated_at = now()
    where id = ${acc.id} returning *`
    )[0],
  );
  // every session of the account ends, this one included; this browser gets a fresh session (rotation)
  await ctx.sql`delete from sessions where kind = 'CLIENT' and client_account_id = ${acc.id}`;
  const cfg = appConfig();
  const s = await createSession(ctx.db, 'CLIENT', { clientAccountId: acc.id }, cfg.clientZone.sessionTtlHours);
  ctx.res?.cookie(CLIENT_COOKIE, s.token, { httpOnly: true, sameSite: 'lax', secure: cfg.cookieSecure, path: '/', expires: s.expiresAt });
  ctx.actor = { type: 'CLIENT', clientAccountId: acc.id, partyId: acc.party_id, sessionId: s.id };
  await audit(ctx, 'CHANGE_PASSWORD', 'client_account', acc.id, { mustChangePassword: acc.must_change_password }, { mustChangePassword: false });
  return updated;
}
