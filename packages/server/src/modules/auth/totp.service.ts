import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { SqlHandle } from '../../db/client.js';
import { isSealed, open, seal, sealedWithCurrentKey } from '../../lib/secret-box.js';

/**
 * Staff second factor (issue 20, docs/security.md § 3b): TOTP after RFC 6238 (SHA-1, 6 digits, 30 s — what every
 * authenticator app reads), via `otpauth`; QR enrolment via `qrcode` (a data: URL, no third party sees the secret).
 * - a code is accepted for the current step ± 1 (clock drift) and ONCE: the accepted step is stored and a code of the
 *   same or an earlier step is refused (no replay), decided by one conditional UPDATE (parallel requests included);
 * - 10 recovery codes per enrolment, 80 random bits each (`xxxx-xxxx-xxxx-xxxx`, base32), stored as SHA-256 only and
 *   spent by one conditional UPDATE (`used_at is null`): each works once;
 * - the secret itself is stored encrypted (AES-256-GCM, key ring of lib/secret-box.ts, AAD = column + user id):
 *   `users.totp_secret` never holds the base32 secret (a CHECK constraint of migration 0024 refuses it).
 */
const TOTP_ISSUER = 'Raty';
const RECOVERY_CODES = 10;

/** The fixed secret of the demo admin (seed): printed by `npm start` and shown in the README. Demo data only. */
export const DEMO_TOTP_SECRET = 'RATYDEMOADMINTOTPSECRETKEY234567';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, label = 'staff') {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

const totpAad = (userId: string) => `users.totp_secret:${userId}`;

/** The value to store in `users.totp_secret` for a user's (base32) secret. */
export function sealTotpSecret(userId: string, secret: string): string {
  return seal(secret, totpAad(userId));
}

/** The base32 secret of a stored `users.totp_secret`. */
export function openTotpSecret(userId: string, stored: string): string {
  return open(stored, totpAad(userId));
}

/**
 * Startup step (main.ts, after the migrations): every stored secret that is not sealed under the current key — the
 * plain base32 secrets written before migration 0024 and the values sealed under a previous key while rotating — is
 * (re-)encrypted under the current key. Each row is replaced by one conditional UPDATE (the old value in the WHERE),
 * so two processes starting at once do not clash; a value under an unknown key is reported, not touched. Then the CHECK constraint of 0024 is validated once, so the
 * database itself guarantees that no row holds a plain secret. Answers how many rows were sealed.
 */
export async function resealTotpSecrets(sql: SqlHandle): Promise<{ sealed: number; rekeyed: number; unreadable: string[] }> {
  const rows = await sql<{ id: string; totp_secret: string }[]>`select id, totp_secret from users where totp_secret is not null`;
  let sealed = 0;
  let rekeyed = 0;
  const unreadable: string[] = [];
  for (const r of rows) {
    if (sealedWithCurrentKey(r.totp_secret)) continue;
    let plain: string;
    try {
      plain = isSealed(r.totp_secret) ? openTotpSecret(r.id, r.totp_secret) : r.totp_secret;
    } catch {
      // sealed under a key that is not in the ring (RATY_SECRETS_KEY changed without RATY_SECRETS_KEY_PREVIOUS):
      // left as it is; the server still starts, and an admin can reset that user's second factor
      unreadable.push(r.id);
      continue;
    }
    const res = await sql`update users set totp_secret = ${sealTotpSecret(r.id, plain)} where id = ${r.id} and totp_secret = ${r.totp_secret}`;
    if (res.count) {
      if (isSealed(r.totp_secret)) rekeyed++;
      else sealed++;
    }
  }
  const [c] = await sql<{ convalidated: boolean }[]>`select convalidated from pg_constraint where conname = 'users_totp_secret_sealed'`;
  if (c && !c.convalidated) await sql`alter table users validate constraint users_totp_secret_sealed`;
  return { sealed, rekeyed, unreadable };
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

function newRecoveryCode(): string {
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
