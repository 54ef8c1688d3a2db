import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Settings of an external integration (one row per provider, e.g. 'SMSAPI').
 * `config` holds the public part (endpoint URLs, sender name); secrets live in their own columns, encrypted with
 * AES-256-GCM (see integrations/secrets.ts) and are never returned by the API.
 */
export const integrationSettings = pgTable('integration_settings', {
  provider: text('provider').primaryKey(),
  config: jsonb('config').notNull().default({}),
  /** AES-256-GCM ciphertext `v1:<base64(iv|tag|ct)>` of the profile (account) token, or null. */
  profileTokenEnc: text('profile_token_enc'),
  /** AES-256-GCM ciphertext of the SMS (sending) token, or null. */
  smsTokenEnc: text('sms_token_enc'),
  active: boolean('active').notNull().default(false),
  /** Result of the last "test connection"; reset to null whenever the settings change. */
  lastTestAt: timestamp('last_test_at', { withTimezone: true }),
  lastTestOk: boolean('last_test_ok'),
  lastTestMessage: text('last_test_message'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Feature switches set by an administrator (e.g. 'SOFT_COLLECTION'). A missing row means "off". */
export const featureSwitches = pgTable('feature_switches', {
  key: text('key').primaryKey(),
  enabled: boolean('enabled').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Delivery reports (DLR callbacks) received from the SMS provider, stored as received, one row per message. */
export const smsDeliveryReports = pgTable(
  'sms_delivery_reports',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    providerId: text('provider_id').notNull(),
    idx: text('idx'),
    status: text('status').notNull(),
    statusCode: text('status_code'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    raw: jsonb('raw').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sms_dlr_provider_id_idx').on(t.providerId), index('sms_dlr_idx_idx').on(t.idx)],
);
