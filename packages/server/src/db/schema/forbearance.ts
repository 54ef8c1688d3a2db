import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { contractTypes } from './dictionaries.js';
import { debtorFiles, loans } from './loans.js';

/** Forbearance cases (issue 32, migration 0040): request → assessment → offer → acceptance → in force → completed / broken. */
export const forbearanceCases = pgTable(
  'forbearance_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id),
    status: text('status').notNull().default('REQUESTED'), // REQUESTED | ASSESSED | OFFERED | ACCEPTED | IN_FORCE | COMPLETED | BROKEN | REFUSED | WITHDRAWN
    requestedBy: text('requested_by').notNull(), // STAFF | BORROWER
    requestedByUser: uuid('requested_by_user'),
    requestedByParty: uuid('requested_by_party'),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    monthlyIncome: money('monthly_income'),
    monthlyExpenses: money('monthly_expenses'),
    situation: text('situation'),
    helpAsked: text('help_asked').notNull(),
    helpNote: text('help_note'),
    assessmentNote: text('assessment_note'),
    assessedOn: date('assessed_on', { mode: 'string' }),
    assessedBy: uuid('assessed_by'),
    offer: jsonb('offer'),
    offerSummary: jsonb('offer_summary'),
    offeredOn: date('offered_on', { mode: 'string' }),
    offeredBy: uuid('offered_by'),
    acceptanceChannel: text('acceptance_channel'), // CLIENT_ZONE | PHONE | LETTER | EMAIL | IN_PERSON
    acceptedOn: date('accepted_on', { mode: 'string' }),
    acceptedByParty: uuid('accepted_by_party'),
    acceptanceRecordedBy: uuid('acceptance_recorded_by'),
    inForceOn: date('in_force_on', { mode: 'string' }),
    scheduleVersion: integer('schedule_version'),
    keptInstallments: integer('kept_installments'),
    graceDays: integer('grace_days'),
    endedOn: date('ended_on', { mode: 'string' }),
    endNote: text('end_note'),
    amountForgiven: money('amount_forgiven').notNull().default('0'),
    currency: text('currency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('forbearance_cases_loan_idx').on(t.loanId),
    index('forbearance_cases_file_idx').on(t.fileId),
    uniqueIndex('forbearance_cases_open_uq')
      .on(t.loanId)
      .where(sql`${t.status} in ('REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE')`),
    check('forbearance_cases_status_ck', sql`${t.status} in ('REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE', 'COMPLETED', 'BROKEN', 'REFUSED', 'WITHDRAWN')`),
    check('forbearance_cases_requested_by_ck', sql`${t.requestedBy} in ('STAFF', 'BORROWER')`),
    check('forbearance_cases_help_ck', sql`${t.helpAsked} in ('TERM_EXTENSION', 'PAYMENT_HOLIDAY', 'RATE_REDUCTION', 'ARREARS_PLAN', 'PARTIAL_FORGIVENESS', 'REFINANCING', 'OTHER')`),
    check('forbearance_cases_channel_ck', sql`${t.acceptanceChannel} is null or ${t.acceptanceChannel} in ('CLIENT_ZONE', 'PHONE', 'LETTER', 'EMAIL', 'IN_PERSON')`),
  ],
);

/** Forbearance policy per contract type (null = every other type): grace before a measure breaks, cap on default charges. */
export const forbearancePolicies = pgTable(
  'forbearance_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractTypeId: uuid('contract_type_id').references(() => contractTypes.id),
    graceDays: integer('grace_days').notNull().default(30),
    defaultChargeCap: money('default_charge_cap'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('forbearance_policies_type_uq').on(sql`coalesce(${t.contractTypeId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    check('forbearance_policies_grace_ck', sql`${t.graceDays} between 0 and 365`),
    check('forbearance_policies_cap_ck', sql`${t.defaultChargeCap} is null or ${t.defaultChargeCap} >= 0`),
  ],
);

/** A loan handed to hard collection or enforcement (issue 32): the event the pre-enforcement report reads. */
export const loanHandovers = pgTable(
  'loan_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id),
    kind: text('kind').notNull(), // HARD_COLLECTION | ENFORCEMENT
    handedOn: date('handed_on', { mode: 'string' }).notNull(),
    /** required when no forbearance was offered on the loan */
    noForbearanceReason: text('no_forbearance_reason'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('loan_handovers_loan_kind_uq').on(t.loanId, t.kind), check('loan_handovers_kind_ck', sql`${t.kind} in ('HARD_COLLECTION', 'ENFORCEMENT')`)],
);
