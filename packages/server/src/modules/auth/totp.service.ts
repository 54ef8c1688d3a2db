import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { SqlHandle } from '../../db/client.js';

/**
 * Staff second factor (issue 20, docs/security.md § 3b): TOTP after RFC 6238 (SHA-1, 6 digits, 30 s — what every
 * authenticator app reads), via `otpauth`; QR enrolment via `qrcode` (a data: URL, no third party sees the secret).
 * - a code is accepted for the current step ± 1 (clock drift) and ONCE: the accepted step is stored and a code of the
 *   same or an earlier step is refused (no replay), decided by one conditional UPDATE (parallel requests included);
 * - 10 recovery codes per enrolment, 80 random bits each (`xxxx-xxxx-xxxx-xxxx`, base32), stored as SHA-256 only and
 *   spent by one conditional UPDATE (`used_at is null`): each works once.
 */
export const TOTP_ISSUER = 'Raty';
export const RECOVERY_CODES = 10;

/** The fixed secret of the demo admin (seed): printed by `npm start` and shown in the README. Demo data only. */
export const DEMO_TOTP_SECRET = 'RATYDEMOADMINTOTPSECRETKEY234567';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, label = 'staff') {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** The current code of a secret (demo/tests; the e2e helper computes the same). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return totpOf(secret).generate({ timestamp });
}

export async function enrolmentData(secret: string, email: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totpOf(secret, email).toString();
  return { uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 }) };
}

/**
 * Checks a 6-digit code and spends its time step (wall clock: this is authentication, not a business rule).
 * Answers false for a wrong code and for a code already used.
 */
export async function verifyTotp(sql: SqlHandle, userId: string, secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  const now = Date.now();
  const delta = totpOf(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 30_000) + delta;
  const rows = await sql`update users set totp_last_step = ${step} where id = ${userId} and (totp_last_step is null or totp_last_step < ${step}) returning 1`;
  return rows.length > 0;
}

const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  let s = '';
  for (let i = 0; i < 16; i++) s += B32[bytes[i] & 31];
  return s.match(/.{4}/g)!.join('-');
}

export const looksLikeRecoveryCode = (code: string) => /^[A-Z2-7]{16}$/i.test(code.replace(/[\s-]/g, ''));

/** Replaces the user's recovery codes with 10 new ones; returns them in clear (shown once). */
export async function issueRecoveryCodes(sql: SqlHandle, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await sql`delete from staff_recovery_codes where user_id = ${userId}`;
  await sql`insert into staff_recovery_codes ${sql(codes.map((c) => ({ user_id: userId, code_hash: hashCode(c) })))}`;
  return codes;
}

/** Spends one recovery code (true once per code). */
export async function useRecoveryCode(sql: SqlHandle, userId: string, code: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const rows = await sql`update staff_recovery_codes set used_at = now() where user_id = ${userId} and code_hash = ${hashCode(code)} and used_at is null returning 1`;
  return rows.length > 0;
}

export async function recoveryCodesLeft(sql: SqlHandle, userId: string): Promise<number> {
  const [r] = await sql<{ n: number }[]>`select count(*)::int as n from staff_recovery_codes where user_id = ${userId} and used_at is null`;
  return r.n;
}
