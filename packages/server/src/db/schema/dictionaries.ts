import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ScheduleConventions } from '@raty/domain';
import { users } from './auth.js';
import { rate } from './common.js';

/** Receivable kind (rodzaj należności): for lenders, the loan product. Files are shown as `CODE NUMBER`. */
export const receivableKinds = pgTable('receivable_kinds', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 12 }).notNull().unique(),
  name: text('name').notNull(),
  currency: varchar('currency', { length: 3 }).notNull().default('PLN'),
  method: text('method').notNull().default('ANNUITY'), // ANNUITY | EQUAL_PRINCIPAL
  dayCount: text('day_count').notNull().default('30/360'), // 30/360 | ACT/365 | ACT/360 | ACT/ACT
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Contract type (typ zmluvy) with its "Frontend" settings (LOAN-3.1). */
export const contractTypes = pgTable('contract_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 20 }).notNull().unique(),
  name: text('name').notNull(),
  country: varchar('country', { length: 2 }).notNull().default('PL'),
  rateCalculatedBy: text('rate_calculated_by').notNull().default('SYSTEM'), // FRONTEND | SYSTEM (US, RPMN, Odplata)
  installmentCalculatedBy: text('installment_calculated_by').notNull().default('SYSTEM'), // FRONTEND | SYSTEM
  sellingChannelRequirement: text('selling_channel_requirement').notNull().default('OPTIONAL'), // REQUIRED | OPTIONAL
  aprCheckBy: text('apr_check_by').notNull().default('SIGNATURE_DATE'), // SIGNATURE_DATE | RECALCULATION_DATE
  interestMethod: varchar('interest_method', { length: 1 }).notNull().default('D'), // D | E | F (F only with FRONTEND)
  deferralMonths: integer('deferral_months').notNull().default(0),
  /** receivable kind of the debtor files of contracts of this type (partner API, LOAN-7.1) */
  receivableKindId: uuid('receivable_kind_id').references(() => receivableKinds.id),
  /** lender conventions passed to the loan engine (domain ScheduleConventions, docs/domain.md §3.8); {} = defaults */
  scheduleConventions: jsonb('schedule_conventions').$type<ScheduleConventions>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Selling channel (predajný kanál) dictionary. */
export const sellingChannels = pgTable('selling_channels', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 12 }).notNull().unique(),
  name: varchar('name', { length: 200 }).notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

/**
 * Sale places (obchodné miesto / predajňa, LOAN-7.1 `salePlaceCode`): a partner's shop; contracts are accepted only
 * while its cooperation runs (`cooperationTo` null or not before the signature date). Migration 0027.
 */
export const salePlaces = pgTable('sale_places', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 30 }).notNull().unique(),
  name: varchar('name', { length: 200 }).notNull(),
  cooperationFrom: date('cooperation_from', { mode: 'string' }).notNull(),
  cooperationTo: date('cooperation_to', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Dealers (predajca, LOAN-7.1 `dealerCode`): each belongs to one sale place. Migration 0027. */
export const dealers = pgTable('dealers', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: varchar('code', { length: 30 }).notNull().unique(),
  name: varchar('name', { length: 200 }).notNull(),
  salePlaceId: uuid('sale_place_id')
    .notNull()
    .references(() => salePlaces.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Retired dated table of legal caps (read-only since migration 0022): its SK rows moved to `legal_rates` (SK_MAX_RPMN,
 * SK_MAX_ODPLATA); the legacy PL rows it still holds are read by no rule.
 */
export const aprCaps = pgTable(
  'apr_caps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    country: varchar('country', { length: 2 }).notNull(),
    kind: text('kind').notNull(), // MAX_APR | MAX_ODPLATA | MAX_INTEREST | MAX_NON_INTEREST_COST
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    value: rate('value').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('apr_caps_uq').on(t.country, t.kind, t.validFrom)],
);

/**
 * Legal rate tables kept by admins (migration 0015): NBP reference rate rows (value), PL formula rows
 * (multiplier × (reference + spread)) and, since migration 0022, SK caps (SK_MAX_RPMN, SK_MAX_ODPLATA: value, percent). Append-only: a correction is a new row for the same kind and date with a reason.
 */
export const legalRates = pgTable(
  'legal_rates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(), // NBP_REFERENCE | PL_MAX_INTEREST_FORMULA | PL_MAX_LATE_INTEREST_FORMULA | SK_MAX_RPMN | SK_MAX_ODPLATA
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    value: rate('value'),
    multiplier: rate('multiplier'),
    spread: rate('spread'),
    source: text('source').notNull(),
    reason: text('reason'),
    correctsId: bigint('corrects_id', { mode: 'number' }).references((): AnyPgColumn => legalRates.id),
    withdrawn: boolean('withdrawn').notNull().default(false),
    /** business date an admin recorded the row (null for rows shipped by the migration) */
    recordedOn: date('recorded_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('legal_rates_kind_idx').on(t.kind, t.validFrom, t.id)],
);
