import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { loans } from './loans.js';

/**
 * One row per automatic reminder of an installment: UPCOMING (due in N days) and SK_DELAY (zákon 129/2010: the
 * consumer is told of a delay within 15 days of the due date). The unique index makes "never twice for the same
 * installment" hold even with two workers or a retried job.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    installmentNumber: integer('installment_number').notNull(),
    kind: text('kind').notNull(), // UPCOMING | SK_DELAY
    noticeId: uuid('notice_id'),
    outcome: text('outcome').notNull(), // PENDING | SENT | FAILED | SKIPPED_NO_CONTACT | SKIPPED_NO_CONSENT
    channel: text('channel'), // SMS | EMAIL (by the borrower's consent)
    detail: text('detail'),
    runOn: date('run_on', { mode: 'string' }).notNull(), // business date of the run that sent it (rules read this)
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(), // audit stamp
  },
  (t) => [uniqueIndex('reminder_log_uq').on(t.loanId, t.installmentNumber, t.kind), index('reminder_log_created_idx').on(t.createdAt)],
);

/** One row per run of a reminder job (the daily schedule or an admin's "run now"): the settings screen shows the last one. */
export const reminderRuns = pgTable(
  'reminder_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // UPCOMING | SK_DELAY
    runOn: date('run_on', { mode: 'string' }).notNull(), // business date of the run
    trigger: text('trigger').notNull(), // SCHEDULE | MANUAL
    triggeredBy: uuid('triggered_by'),
    considered: integer('considered').notNull().default(0),
    sent: integer('sent').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    skippedReasons: jsonb('skipped_reasons').notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reminder_runs_kind_idx').on(t.kind, t.startedAt)],
);
