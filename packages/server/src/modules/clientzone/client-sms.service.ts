import { normaliseSmsText } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, IssueCollector } from '../../graphql/errors.js';
import { hashPassword } from '../../lib/crypto.js';
import { consume, type LimitSpec } from '../../lib/rate-limit.js';
import { appConfig } from '../../app-config.js';
import { getSmsGateway } from '../settings/index.js';
import { audit } from '../common/index.js';
import { claimLockSms, clearGuard, clientSubject, type GuardSubject } from '../auth/index.js';
import { generateOneTimePassword, maskPhone, otpSmsText } from './access.service.js';
import type { ClientAccountRow } from './client-auth.service.js';

/**
 * SMS the borrower gets without a staff action (issue 15), both sent in the background so that an answer never waits
 * for — and so never reveals — whether a national id has an account:
 * - the lockout notice, to the SMS-consented mobile only, at most one per account per 24 h (`login_guards.lock_sms_at`);
 * - a new one-time password asked for on the login page ("wyślij nowe hasło jednorazowe"), to the consented mobile
 *   only, at most 3 per national id per 24 h, only for an account whose own password is not set yet (a forgotten own
 *   password is reset by staff: otherwise anyone knowing a national id could replace the owner's password).
 * The SMS goes through the same gateway as the staff grant (getSmsGateway).
 */

const inFlight = new Set<Promise<void>>();

function background(ctx: Context, what: string, fn: () => Promise<void>) {
  const p = fn()
    .catch((err) => ctx.log.error({ err }, `client zone ${what} failed`))
    .finally(() => inFlight.delete(p));
  inFlight.add(p);
}

/** Tests: waits until every background SMS task has finished. */
export async function settleClientSms(): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight]);
}

/** The SMS-consented mobile of a party (null when it has none). */
async function consentedMobileOf(sql: SqlHandle, partyId: string): Promise<string | null> {
  const [c] = await sql<{ value: string }[]>`
    select value from contacts where party_id = ${partyId} and type = 'MOBILE' and sms_consent and trim(value) <> ''
    order by updated_at desc, created_at desc limit 1`;
  return c?.value.trim() ?? null;
}

function lockoutSmsText(): string {
  return normaliseSmsText('Raty: Z powodu wielu blednych hasel logowanie do Strefy Klienta jest czasowo zablokowane. Jesli to nie Ty, skontaktuj sie z nami.').text;
}

export function sendLockoutSms(ctx: Context, acc: Pick<ClientAccountRow, 'id' | 'party_id'>, subject: GuardSubject): void {
  background(ctx, 'lockout SMS', async () => {
    const phone = await consentedMobileOf(ctx.sql, acc.party_id);
    if (!phone) return;
    if (!(await claimLockSms(ctx.sql, subject))) return; // one per 24 h
    const gateway = await getSmsGateway(ctx.db, { notifyUrl: null });
    await gateway.send({ to: phone, text: lockoutSmsText(), idx: `clientzone-lock:${acc.id}:${Date.now()}` });
    await audit(ctx, 'LOCKOUT_SMS', 'client_account', acc.id, null, { smsTo: maskPhone(phone) });
  });
}

/** At most 3 new one-time passwords per national id per 24 h; 10 requests per address per hour. */
const OTP_REQUESTS_PER_LOGIN: LimitSpec = { name: 'otp-request-login', points: 3, durationSec: 24 * 3600 };
const OTP_REQUESTS_PER_IP: LimitSpec = { name: 'otp-request-ip', points: 10, durationSec: 3600 };

/**
 * "Wyślij nowe hasło jednorazowe": always the same answer (true) for a well-formed login, whether or not it has an
 * account; only the per-address limit answers differently (clientAuth.rateLimited, about the address, not the login).
 */
export async function requestOneTimePassword(ctx: Context, login: string): Promise<boolean> {
  const normLogin = (login ?? '').replace(/[\s-]/g, '');
  const issues = new IssueCollector();
  if (!normLogin) issues.add('login', 'required', 'Login (national id) is required');
  else if (normLogin.length > 64) issues.add('login', 'string.tooLong', 'The login (national id) may have at most 64 characters', { max: 64 });
  issues.throwIfAny();
  if (!(await consume(ctx.db, OTP_REQUESTS_PER_IP, ctx.ip)).ok) {
    throw BadUserInput.field('login', 'clientAuth.rateLimited', 'Too many requests from this address. Try again in an hour.', { minutes: 60 });
  }
  background(ctx, 'one-time password request', () => sendNewOneTimePassword(ctx, normLogin));
  return true;
}

async function sendNewOneTimePassword(ctx: Context, login: string): Promise<void> {
  if (!(await consume(ctx.db, OTP_REQUESTS_PER_LOGIN, login)).ok) return;
  const [acc] = await ctx.sql<ClientAccountRow[]>`select * from client_accounts where login = ${login} and revoked_at is null`;
  if (!acc || !acc.must_change_password) return;
  const phone = await consentedMobileOf(ctx.sql, acc.party_id);
  if (!phone) return;
  const cz = appConfig().clientZone;
  const gateway = await getSmsGateway(ctx.db, { notifyUrl: null });
  const password = generateOneTimePassword();
  const hash = await hashPassword(password);
  const otpExpiresAt = new Date(Date.now() + cz.otpTtlHours * 3600_000);
  const masked = maskPhone(phone);
  // like the staff grant: the SMS is sent inside the transaction, nothing changes when it cannot be sent
  await ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const [upd] = await tx<{ id: string }[]>`
      update client_accounts set password_hash = ${hash}, otp_expires_at = ${otpExpiresAt.toISOString()}::timestamptz, otp_used_at = null,
        last_sms_to = ${masked}, updated_at = now()
      where id = ${acc.id} and must_change_password and revoked_at is null returning id`;
    if (!upd) return;
    const ended = await tx`delete from sessions where kind = 'CLIENT' and client_account_id = ${acc.id} returning id`;
    await audit(ctx, 'CLIENT_OTP_REQUESTED', 'client_account', acc.id, null, { smsTo: masked, otpExpiresAt: otpExpiresAt.toISOString(), sessionsEnded: ended.length }, tx);
    await gateway.send({ to: phone, text: otpSmsText(password, cz.otpTtlHours), idx: `clientzone-otp:${acc.id}:${Date.now()}` });
  });
}

/** Staff: lifts the lockout of a borrower's login (attempts, lock and backoff level forgotten). */
export async function clearClientLockout(ctx: Context, acc: Pick<ClientAccountRow, 'id' | 'login'>): Promise<boolean> {
  const wasLocked = await clearGuard(ctx.sql, clientSubject(acc.login));
  await audit(ctx, 'CLEAR_CLIENT_ZONE_LOCKOUT', 'client_account', acc.id, { locked: wasLocked }, { locked: false });
  return wasLocked;
}
