import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uuid, jsonb, bigserial, uniqueIndex } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    locale: text('locale').notNull().default('pl'),
    active: boolean('active').notNull().default(true),
    /**
     * TOTP (RFC 6238) secret, set at enrolment start, in force once `totpEnabledAt` is set (migration 0021); stored
     * encrypted as `gcm1:<key id>:<base64>` (modules/auth/totp.service.ts, migration 0024's CHECK refuses plain text)
     */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** last accepted 30-second step: a code is accepted once (no replay) */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`), check('users_totp_secret_sealed', sql`${t.totpSecret} is null or ${t.totpSecret} like 'gcm1:%'`)],
);

/**
 * Guess budget per login name (migration 0014; modules/auth/login-guard.ts): `subject` is `staff:<lower e-mail>` or
 * `client:<national id>`, known accounts and unknown names alike (no oracle). `attempts` counts the attempts of the
 * current window (reserved before the password is checked, cleared by a success); the 10th opens a lock of
 * 15 min × 2^lock_level. `lock_sms_at`: last lockout SMS (at most one per 24 h).
 */
export const loginGuards = pgTable(
  'login_guards',
  {
    subject: text('subject').primaryKey(),
    attempts: integer('attempts').notNull().default(0),
    windowEnds: timestamp('window_ends', { withTimezone: true }).notNull().defaultNow(),
    lockLevel: integer('lock_level').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockSmsAt: timestamp('lock_sms_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_guards_locked_idx')
      .on(t.lockedUntil)
      .where(sql`${t.lockedUntil} is not null`),
  ],
);

/** rate-limiter-flexible's drizzle store (lib/rate-limit.ts): one row per bucket key (`<limit>:<caller>`). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: timestamp('expire', { withTimezone: true }),
});

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256(token) hex
    kind: text('kind').notNull(), // STAFF | CLIENT
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    clientAccountId: uuid('client_account_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** an ADMIN logged in without a second factor: the session may only enrol one (issue 20) */
    enrolmentOnly: boolean('enrolment_only').notNull().default(false),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Bearer tokens for analysts (ANALYST) and partner front ends (PARTNER). Only the SHA-256 of the token is stored. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  role: text('role').notNull(), // ANALYST | PARTNER | BANK
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Append-only audit log of every state change. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type').notNull(), // STAFF | CLIENT | API_TOKEN | SYSTEM
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** source address of the request (issue 20) */
    ip: text('ip'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_at_idx').on(t.at), index('audit_action_at_idx').on(t.action, t.at)],
);

/** One-time recovery codes of a staff user's second factor (10 per enrolment; SHA-256 of 80-bit random codes). */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_recovery_codes_user_idx').on(t.userId)],
);
