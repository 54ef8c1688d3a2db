import { randomInt } from 'node:crypto';
import { normaliseSmsText } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, NotFound } from '../../graphql/errors.js';
import { hashPassword } from '../../lib/crypto.js';
import { appConfig } from '../../app-config.js';
import { SmsGatewayError } from '../../integrations/sms-gateway.js';
import { getSmsGateway } from '../settings/index.js';
import { audit } from '../common/index.js';
import { ClientZoneAccountStatus } from './clientzone.types.js';
import { mapAccount, type ClientAccountRow } from './client-auth.service.js';
import { clientSubject } from '../auth/index.js';
import { clearClientLockout } from './client-sms.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface BorrowerRow {
  party_id: string;
  departed: boolean;
  role: string;
  kind: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  national_id: string | null;
}

export function partyName(p: { first_name: string | null; last_name: string | null; company_name: string | null }): string {
  return p.company_name?.trim() || [p.first_name, p.last_name].filter(Boolean).join(' ').trim() || '—';
}

/** "661356141" → "661 *** *41"; "+421905123456" → "+421 905 *** *56": the first three and the last two digits stay. */
export function maskPhone(raw: string): string {
  const s = raw.replace(/[\s\-()]/g, '');
  const plus = s.startsWith('+') ? '+' : '';
  let d = s.replace(/^\+/, '');
  let cc = '';
  if (plus || d.length > 9) {
    const m = /^(48|421|420)(\d{9})$/.exec(d);
    if (m) {
      cc = `${plus}${m[1]} `;
      d = m[2];
    }
  }
  if (d.length < 6) return `${cc}${'*'.repeat(d.length)}`;
  return `${cc}${d.slice(0, 3)} ${'*'.repeat(3)} ${'*'.repeat(Math.max(1, d.length - 8))}${d.slice(-2)}`;
}

/** 8 characters from an alphabet without look-alikes (0/O, 1/I/l): about 40 bits, GSM-7 safe. */
export function generateOneTimePassword(length = 8): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function otpSmsText(password: string, ttlHours: number): string {
  // GSM-7 (Polish letters transliterated) keeps it to one SMS part
  return normaliseSmsText(`Raty: Twoje hasło do Strefy Klienta: ${password} (ważne ${ttlHours} h). Zmień je przy pierwszym logowaniu.`).text;
}

export function accountStatus(a: Pick<ClientAccountRow, 'revoked_at' | 'locked_until' | 'must_change_password' | 'otp_expires_at'> | null | undefined): ClientZoneAccountStatus {
  if (!a) return ClientZoneAccountStatus.NONE;
  if (a.revoked_at) return ClientZoneAccountStatus.REVOKED;
  if (a.locked_until && a.locked_until.getTime() > Date.now()) return ClientZoneAccountStatus.LOCKED;
  if (a.must_change_password) {
    return a.otp_expires_at && a.otp_expires_at.getTime() <= Date.now() ? ClientZoneAccountStatus.OTP_EXPIRED : ClientZoneAccountStatus.PASSWORD_CHANGE_REQUIRED;
  }
  return ClientZoneAccountStatus.ACTIVE;
}

/**
 * The party whose access is managed: the loan's BORROWER, or `partyId` when given (it must be a BORROWER or
 * CO_BORROWER of the loan's file).
 */
async function borrowerOf(sql: SqlHandle, loanId: string, partyId?: string | null): Promise<BorrowerRow & { loan_id: string }> {
  if (!UUID.test(loanId)) throw new NotFound('Loan');
  if (partyId && !UUID.test(partyId)) throw BadUserInput.field('partyId', 'id.format', 'Party id is not a valid id');
  const rows = await sql<(BorrowerRow & { loan_id: string })[]>`
    select l.id as loan_id, fp.party_id, fp.role, p.kind, p.first_name, p.last_name, p.company_name, p.national_id,
      (p.death_date is not null or p.bankruptcy_date is not null) as departed
    from loans l join file_parties fp on fp.file_id = l.file_id join parties p on p.id = fp.party_id
    where l.id = ${loanId} and fp.role in ('BORROWER', 'CO_BORROWER')
    order by (fp.role = 'BORROWER') desc, p.created_at, p.id`;
  const [loan] = await sql`select 1 from loans where id = ${loanId}`;
  if (!loan) throw new NotFound('Loan');
  const row = partyId ? rows.find((r) => r.party_id === partyId) : rows[0];
  if (!row) {
    if (partyId) throw BadUserInput.field('partyId', 'clientZone.notABorrower', 'This party is not a borrower or co-borrower of the loan');
    throw BadUserInput.field('loanId', 'clientZone.noBorrower', 'The loan has no borrower');
  }
  return row;
}

/** The mobile the password goes to: the SMS-consented mobile, else the most recently updated mobile. */
async function mobileOf(sql: SqlHandle, partyId: string): Promise<string | null> {
  const [c] = await sql<{ value: string }[]>`
    select value from contacts where party_id = ${partyId} and type = 'MOBILE' and trim(value) <> ''
    order by sms_consent desc, updated_at desc, created_at desc limit 1`;
  return c?.value.trim() ?? null;
}

/** The party's account with the lock of its login (login_guards), if any. */
async function accountOfParty(sql: SqlHandle, partyId: string): Promise<ClientAccountRow | null> {
  const [a] = await sql<ClientAccountRow[]>`
    select a.*, g.locked_until from client_accounts a
    left join login_guards g on g.subject = 'client:' || a.login and g.locked_until > now()
    where a.party_id = ${partyId}`;
  return mapAccount(a) ?? null;
}

export async function previewAccess(ctx: Context, loanId: string, partyId?: string | null) {
  const b = await borrowerOf(ctx.sql, loanId, partyId);
  const phone = await mobileOf(ctx.sql, b.party_id);
  const acc = await accountOfParty(ctx.sql, b.party_id);
  const login = b.national_id?.replace(/[\s-]/g, '') || null;
  const issues: { rule: string; message: string }[] = [];
  // a departed borrower (death or bankruptcy, "Ubyły") is never messaged, so no password goes out by SMS (issue #22)
  if (b.departed) issues.push({ rule: 'clientZone.departed', message: 'The borrower is departed (death or bankruptcy): no client zone access is granted' });
  if (!login) issues.push({ rule: 'clientZone.noNationalId', message: 'The borrower has no national id (PESEL / rodné číslo): it is the client zone login' });
  if (!phone) issues.push({ rule: 'clientZone.noMobile', message: 'The borrower has no mobile phone number to send the password to' });
  if (login && !acc) {
    const [other] = await ctx.sql`select 1 from client_accounts where login = ${login} and revoked_at is null and party_id <> ${b.party_id}`;
    if (other) issues.push({ rule: 'clientZone.loginTaken', message: 'Another party with the same national id already has a client zone account' });
  }
  return {
    loanId: b.loan_id,
    partyId: b.party_id,
    borrowerName: partyName(b),
    login,
    maskedPhone: phone ? maskPhone(phone) : null,
    accountExists: !!acc,
    accountStatus: accountStatus(acc),
    lockedUntil: acc?.locked_until ?? null,
    canGrant: issues.length === 0,
    issues,
  };
}

function staffId(ctx: Context): string | null {
  return ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
}

/**
 * Creates the borrower's account (or resets it: new one-time password, failed attempts and lock cleared, revocation
 * lifted, all its sessions ended) and sends the one-time password by SMS. The SMS is sent inside the transaction:
 * when it cannot be sent nothing changes. The password is never returned nor logged.
 */
export async function grantAccess(ctx: Context, loanId: string, partyId?: string | null) {
  const b = await borrowerOf(ctx.sql, loanId, partyId);
  const login = b.national_id?.replace(/[\s-]/g, '') || null;
  const phone = await mobileOf(ctx.sql, b.party_id);
  if (b.departed) throw BadUserInput.field('loanId', 'clientZone.departed', 'The borrower is departed (death or bankruptcy): no client zone access is granted');
  if (!login) throw BadUserInput.field('loanId', 'clientZone.noNationalId', 'The borrower has no national id (PESEL / rodné číslo): it is the client zone login. Add it first.');
  if (!phone) throw BadUserInput.field('loanId', 'clientZone.noMobile', 'The borrower has no mobile phone number to send the password to. Add one first.');
  const gateway = await getSmsGateway(ctx.db, { notifyUrl: null });
  const cz = appConfig().clientZone;
  const password = generateOneTimePassword();
  const hash = await hashPassword(password);
  const otpExpiresAt = new Date(Date.now() + cz.otpTtlHours * 3600_000);
  const masked = maskPhone(phone);
  try {
    return await ctx.sql.begin(async (txRaw) => {
      const tx = txRaw;
      await tx`select id from parties where id = ${b.party_id} for update`;
      const before = await accountOfParty(tx, b.party_id);
      const [clash] = await tx`select 1 from client_accounts where login = ${login} and revoked_at is null and party_id <> ${b.party_id}`;
      if (clash) throw new Conflict('Another party with the same national id already has a client zone account; revoke it first', { reason: 'clientZone.loginTaken' });
      const [acc] = await tx<ClientAccountRow[]>`
        insert into client_accounts (party_id, login, password_hash, must_change_password, otp_expires_at, last_granted_by, last_sms_to)
        values (${b.party_id}, ${login}, ${hash}, true, ${otpExpiresAt.toISOString()}::timestamptz, ${staffId(ctx)}, ${masked})
        on conflict (party_id) do update set login = excluded.login, password_hash = excluded.password_hash, must_change_password = true,
          otp_expires_at = excluded.otp_expires_at, otp_used_at = null, revoked_at = null,
          grants = client_accounts.grants + 1, last_granted_at = now(), last_granted_by = excluded.last_granted_by,
          last_sms_to = excluded.last_sms_to, updated_at = now()
        returning *`;
      const ended = await tx`delete from sessions where kind = 'CLIENT' and client_account_id = ${acc.id} returning id`;
      // a new password lifts the lockout of the login (attempts and backoff forgotten)
      await tx`delete from login_guards where subject = ${clientSubject(login)}`;
      await audit(
        ctx,
        before ? 'RESET_CLIENT_ZONE_ACCESS' : 'GRANT_CLIENT_ZONE_ACCESS',
        'client_account',
        acc.id,
        before ? { status: accountStatus(before) } : null,
        { partyId: b.party_id, loanId: b.loan_id, login, smsTo: masked, otpExpiresAt: otpExpiresAt.toISOString(), sessionsEnded: ended.length },
        tx,
      );
      const sent = await gateway.send({ to: phone, text: otpSmsText(password, cz.otpTtlHours), idx: `clientzone-otp:${acc.id}:${Date.now()}` });
      return {
        accountId: acc.id,
        partyId: b.party_id,
        login,
        maskedPhone: masked,
        sentAt: new Date(),
        otpExpiresAt,
        created: !before,
        smsId: sent.providerId,
      };
    });
  } catch (err) {
    if (err instanceof SmsGatewayError) {
      if (err.reason === 'INVALID_NUMBER') throw BadUserInput.field('loanId', 'clientZone.invalidMobile', `The SMS gateway refused the mobile number ${masked}: correct it first`);
      throw new Conflict(`The password SMS could not be sent (${err.message}); nothing was changed, try again`, { reason: 'clientZone.smsFailed', retryable: err.retryable });
    }
    throw err;
  }
}

/** Staff: lifts the lockout of the borrower's login (by loan, or a co-borrower by partyId). */
export async function clearLockout(ctx: Context, loanId: string, partyId?: string | null) {
  const b = await borrowerOf(ctx.sql, loanId, partyId);
  const acc = await accountOfParty(ctx.sql, b.party_id);
  if (!acc) throw new NotFound('Client zone account');
  await clearClientLockout(ctx, acc);
  return { ...acc, locked_until: null };
}

/** Revokes access: the account can no longer log in and its sessions end. By loan (its borrower) or by party. */
export async function revokeAccess(ctx: Context, loanId?: string | null, partyId?: string | null) {
  let pid: string;
  if (loanId) pid = (await borrowerOf(ctx.sql, loanId, partyId)).party_id;
  else if (partyId) {
    if (!UUID.test(partyId)) throw new NotFound('Client zone account');
    pid = partyId;
  } else throw BadUserInput.field('loanId', 'required', 'Give the loan id or the party id');
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const before = mapAccount((await tx<ClientAccountRow[]>`select * from client_accounts where party_id = ${pid} for update`)[0]);
    if (!before) throw new NotFound('Client zone account');
    const acc = before.revoked_at ? before : mapAccount((await tx<ClientAccountRow[]>`update client_accounts set revoked_at = now(), updated_at = now() where id = ${before.id} returning *`)[0]);
    const ended = await tx`delete from sessions where kind = 'CLIENT' and client_account_id = ${acc.id} returning id`;
    if (!before.revoked_at) await audit(ctx, 'REVOKE_CLIENT_ZONE_ACCESS', 'client_account', acc.id, { status: accountStatus(before) }, { status: 'REVOKED', sessionsEnded: ended.length }, tx);
    return acc;
  });
}
