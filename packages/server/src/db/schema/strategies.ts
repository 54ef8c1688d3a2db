import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { noticeTemplates, notices } from './collection.js';
import { contractTypes, receivableKinds } from './dictionaries.js';
import { loans } from './loans.js';
import { parties } from './parties.js';

/** Collection strategies (issue 31, migration 0037): one per receivable kind (+ segment), versioned. */
export const strategies = pgTable(
  'strategies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receivableKindId: uuid('receivable_kind_id')
      .notNull()
      .references(() => receivableKinds.id),
    name: text('name').notNull(),
    status: text('status').notNull().default('DRAFT'), // DRAFT | ACTIVE | INACTIVE
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    uniqueIndex('strategies_default_uq')
      .on(t.receivableKindId)
      .where(sql`${t.isDefault}`),
    check('strategies_status_ck', sql`${t.status} IN ('DRAFT', 'ACTIVE', 'INACTIVE')`),
  ],
);

/** A saved edit of a strategy: the run reads the newest version when it starts (an edit applies from the next run). */
export const strategyVersions = pgTable(
  'strategy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    outstandingFrom: money('outstanding_from'),
    outstandingTo: money('outstanding_to'),
    contractTypeId: uuid('contract_type_id').references(() => contractTypes.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [unique('strategy_versions_uq').on(t.strategyId, t.version)],
);

/** A step of a version; `step_key` is stable across versions. `rule` marks the reminders' steps (UPCOMING, SK_DELAY). */
export const strategySteps = pgTable(
  'strategy_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => strategyVersions.id, { onDelete: 'cascade' }),
    stepKey: uuid('step_key').notNull(),
    position: integer('position').notNull(),
    offsetDays: integer('offset_days').notNull(),
    channel: text('channel').notNull(),
    templateId: uuid('template_id').references(() => noticeTemplates.id, { onDelete: 'restrict' }),
    mode: text('mode').notNull().default('AUTO'),
    atTime: text('at_time'),
    rule: text('rule'),
    minOverdue: money('min_overdue'),
    noPromisePending: boolean('no_promise_pending').notNull().default(true),
    notContactedDays: integer('not_contacted_days'),
    requireConsent: boolean('require_consent').notNull().default(true),
    notDeparted: boolean('not_departed').notNull().default(true),
    coDebtorsFromDpd: integer('co_debtors_from_dpd'),
  },
  (t) => [
    unique('strategy_steps_uq').on(t.versionId, t.offsetDays),
    check('strategy_steps_channel_ck', sql`${t.channel} IN ('SMS', 'EMAIL', 'PHONE_CALL', 'LETTER')`),
    check('strategy_steps_mode_ck', sql`${t.mode} IN ('AUTO', 'REVIEW')`),
    check('strategy_steps_rule_ck', sql`${t.rule} IN ('UPCOMING', 'SK_DELAY')`),
  ],
);

/** Each daily run of the strategies with its counts. */
export const strategyRuns = pgTable('strategy_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  runOn: date('run_on', { mode: 'string' }).notNull(),
  trigger: text('trigger').notNull(),
  triggeredBy: uuid('triggered_by'),
  created: integer('created').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  skippedReasons: jsonb('skipped_reasons').notNull().default({}),
  byStep: jsonb('by_step').notNull().default([]),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** One row per step × loan × episode × addressee: a re-run of a day creates nothing. */
export const strategyExecutions = pgTable(
  'strategy_executions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => strategyVersions.id),
    stepKey: uuid('step_key').notNull(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    episode: integer('episode').notNull(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    runId: uuid('run_id').references(() => strategyRuns.id),
    runOn: date('run_on', { mode: 'string' }).notNull(),
    noticeId: uuid('notice_id').references(() => notices.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('strategy_executions_uq').on(t.stepKey, t.loanId, t.episode, t.partyId), index('strategy_executions_loan_idx').on(t.loanId, t.episode)],
);
