import type { SqlHandle } from '../../db/client.js';
import type { Db } from '../../db/client.js';
import { hashPassword, verifyPassword } from '../../lib/crypto.js';
import { consume, refund, type LimitSpec } from '../../lib/rate-limit.js';

/**
 * Guess budget per login name (issue 15, docs/security.md § 3), for staff (`staff:<lower e-mail>`) and borrowers
 * (`client:<national id>`) alike, known accounts and unknown names alike — so the answers cannot tell them apart.
 *
 * Every attempt first RESERVES a guess with one atomic statement on the subject's `login_guards` row (the row lock of
 * the upsert serialises parallel attempts), and only then is the password checked:
 * - attempts 1…10 of a 15-minute window are evaluated; the 10th also opens a lock (`locked_until`);
 * - while locked, every attempt is refused without looking at the password (the right one included);
 * - the lock lasts 15 min × 2^level (level = locks in a row; capped at 24 h); the level falls back to 0 after a day
 *   without a lock or on a successful login.
 * A success gives its own reservation back (wrong passwords keep counting) and lifts a lock only if its own
 * reservation opened it.
 * So 50 parallel wrong passwords from 50 addresses get 10 evaluations at most, and the right one after them is refused.
 */
const GUESS_BUDGET = 10;
const GUESS_WINDOW_MINUTES = 15;
const BASE_LOCK_MINUTES = 15;
const MAX_LOCK_MINUTES = 24 * 60;

export type GuardSubject = `staff:${string}` | `client:${string}`;

export const staffSubject = (email: string): GuardSubject => `staff:${email.trim().toLowerCase()}`;
export const clientSubject = (login: string): GuardSubject => `client:${login}`;

export interface Reservation {
  subject: GuardSubject;
  /** the password may be checked */
  allowed: boolean;
  /** this attempt opened the lock (the lockout SMS goes out once) */
  lockedNow: boolean;
  lockedUntil: Date | null;
  /** `locked_at` as PostgreSQL text (microseconds kept: it identifies the lock this attempt opened) */
  lockedAt: string | null;
}

const ts = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

export async function reserveGuess(sql: SqlHandle, subject: GuardSubject): Promise<Reservation> {
  // `now()` is the statement's transaction time: `locked_at = now()` in RETURNING means "locked by this statement".
  const [r] = await sql<{ locked_until: Date | string | null; locked_at: string | null; locked_now: boolean; allowed: boolean }[]>`
    insert into login_guards as g (subject, attempts, window_ends)
    values (${subject}, 1, now() + make_interval(mins => ${GUESS_WINDOW_MINUTES}))
    on conflict (subject) do update set
      attempts = case
        when g.locked_until > now() then g.attempts
        when (case when g.window_ends <= now() then 1 else g.attempts + 1 end) >= ${GUESS_BUDGET} then 0
        else (case when g.window_ends <= now() then 1 else g.attempts + 1 end) end,
      window_ends = case
        when g.locked_until > now() then g.window_ends
        when g.window_ends <= now() then now() + make_interval(mins => ${GUESS_WINDOW_MINUTES})
        else g.window_ends end,
      lock_level = case
        when g.locked_until > now() then g.lock_level
        when (case when g.window_ends <= now() then 1 else g.attempts + 1 end) >= ${GUESS_BUDGET}
          then (case when g.locked_until is null or g.locked_until > now() - interval '24 hours' then g.lock_level else 0 end) + 1
        else g.lock_level end,
      locked_until = case
        when g.locked_until > now() then g.locked_until
        when (case when g.window_ends <= now() then 1 else g.attempts + 1 end) >= ${GUESS_BUDGET}
          then now() + make_interval(mins => least(${MAX_LOCK_MINUTES}, ${BASE_LOCK_MINUTES} * power(2,
            case when g.locked_until is null or g.locked_until > now() - interval '24 hours' then g.lock_level else 0 end))::int)
        else g.locked_until end,
      locked_at = case
        when g.locked_until > now() then g.locked_at
        when (case when g.window_ends <= now() then 1 else g.attempts + 1 end) >= ${GUESS_BUDGET} then now()
        else g.locked_at end,
      updated_at = now()
    returning locked_until, locked_at::text as locked_at, (locked_at = now()) as locked_now,
      (locked_until is null or locked_until <= now() or locked_at = now()) as allowed`;
  return { subject, allowed: r.allowed, lockedNow: r.locked_now, lockedUntil: ts(r.locked_until), lockedAt: r.locked_at };
}

/**
 * After the right password: the attempt gives its reservation back (the budget counts WRONG passwords: successes in
 * between do not buy an attacker more guesses) and the backoff level starts over; a lock opened by this very attempt
 * is lifted (the budget then stands at 9 of 10).
 */
export async function guessSucceeded(sql: SqlHandle, res: Reservation): Promise<void> {
  const mine = res.lockedNow && res.lockedAt !== null;
  await sql`
    update login_guards set lock_level = 0, updated_at = now(),
      attempts = case when ${mine} and locked_at = ${res.lockedAt}::timestamptz then ${GUESS_BUDGET - 1}::int else greatest(attempts - 1, 0) end,
      locked_until = case when ${mine} and locked_at = ${res.lockedAt}::timestamptz then null else locked_until end
    where subject = ${res.subject}`;
}

/** Staff "unlock": forgets the subject's attempts, lock and backoff level. Answers whether it was locked. */
export async function clearGuard(sql: SqlHandle, subject: GuardSubject): Promise<boolean> {
  const rows = await sql<{ locked: boolean }[]>`delete from login_guards where subject = ${subject} returning (locked_until > now()) as locked`;
  return rows.some((r) => r.locked);
}

/** At most one lockout SMS per subject per 24 h: true for the one caller that may send it now. */
export async function claimLockSms(sql: SqlHandle, subject: GuardSubject): Promise<boolean> {
  const rows = await sql`update login_guards set lock_sms_at = now() where subject = ${subject} and (lock_sms_at is null or lock_sms_at <= now() - interval '24 hours') returning 1`;
  return rows.length > 0;
}

/** Per source address: failures only (a success gives its point back), 30 per 15 minutes, per kind of login. */
export const STAFF_IP_FAILURES: LimitSpec = { name: 'login-fail-ip-staff', points: 30, durationSec: 15 * 60 };
export function clientIpFailures(max: number): LimitSpec {
  return { name: 'login-fail-ip-client', points: max, durationSec: 15 * 60 };
}

/** Reserves one failure of the address (refused when over); give it back with `ipSucceeded` after a success. */
export async function reserveIpFailure(db: Db, spec: LimitSpec, ip: string) {
  return consume(db, spec, ip);
}
export async function ipSucceeded(db: Db, spec: LimitSpec, ip: string) {
  await refund(db, spec, ip);
}

/**
 * The same argon2 work whatever the case: the stored hash when there is an account, else a fixed dummy hash (unknown
 * names cost the same time as wrong passwords).
 */
let dummyHash: Promise<string> | undefined;
export async function verifyOrDummy(stored: string | null | undefined, password: string): Promise<boolean> {
  if (stored) return verifyPassword(stored, password);
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
