import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, boolean, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { parties } from './parties.js';
import { loans, payments } from './loans.js';

/**
 * Client zone (Strefa Klienta, CZ): one borrower account per party. Login = the party's national id (PESEL /
 * rodné číslo). Only the argon2id hash of the password is stored. A granted (or re-granted) account holds a one-time
 * password sent by SMS: `must_change_password` is true and `otp_expires_at` set until the borrower changes it.
 */
export const clientAccounts = pgTable(
  'client_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    login: text('login').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    /** expiry of the one-time password (null once the borrower has set their own password) */
    otpExpiresAt: timestamp('otp_expires_at', { withTimezone: true }),
    /** set by the first login with the one-time password: it opens only the forced change, a second login is refused */
    otpUsedAt: timestamp('otp_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** number of grants (1 at creation; +1 per re-grant = password reset) */
    grants: integer('grants').notNull().default(1),
    lastGrantedAt: timestamp('last_granted_at', { withTimezone: true }).notNull().defaultNow(),
    lastGrantedBy: uuid('last_granted_by'),
    /** masked number the last one-time password was sent to */
    lastSmsTo: text('last_sms_to'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('client_accounts_party_uq').on(t.partyId),
    // a login (national id) identifies one live account
    uniqueIndex('client_accounts_login_live_uq')
      .on(t.login)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * Online payments started from the client zone (Tpay / the local sandbox gateway). PENDING → PAID | FAILED;
 * a PAID row is final (a later FAILED notification does not undo it). `payment_id` is the posted payment
 * (idempotency key `gateway:<transaction id>`).
 */
export const onlinePayments = pgTable(
  'online_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    clientAccountId: uuid('client_account_id').references(() => clientAccounts.id),
    gateway: text('gateway').notNull(), // sandbox | tpay
    amount: money('amount').notNull(),
    currency: text('currency').notNull().default('PLN'),
    description: text('description').notNull(),
    status: text('status').notNull().default('PENDING'), // PENDING | PAID | FAILED | ERROR
    transactionId: text('transaction_id'),
    redirectUrl: text('redirect_url'),
    returnUrl: text('return_url'),
    /** business date of the first PAID notification: the payment date of the posted payment (stable across replays) */
    paidOn: date('paid_on', { mode: 'string' }),
    paymentId: uuid('payment_id').references(() => payments.id),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('online_payments_gateway_tx_uq').on(t.gateway, t.transactionId), index('online_payments_loan_idx').on(t.loanId, t.createdAt)],
);

/** Every notification received from a payment gateway, with what was done with it (forensics, support). */
export const paymentNotifications = pgTable(
  'payment_notifications',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    gateway: text('gateway').notNull(),
    transactionId: text('transaction_id'),
    onlinePaymentId: uuid('online_payment_id'),
    status: text('status'), // PAID | FAILED as notified
    amount: money('amount'),
    /** POSTED | REPLAY | FAILED_MARKED | IGNORED_AFTER_PAID | BAD_SIGNATURE | UNKNOWN_TRANSACTION | AMOUNT_MISMATCH | POST_ERROR */
    outcome: text('outcome').notNull(),
    detail: text('detail'),
    payload: jsonb('payload'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payment_notifications_tx_idx').on(t.gateway, t.transactionId)],
);
