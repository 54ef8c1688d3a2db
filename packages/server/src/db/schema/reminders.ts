import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    outcome: text('outcome').notNull(), // SENT | FAILED | SKIPPED_NO_CONTACT
    detail: text('detail'),
    runOn: date('run_on', { mode: 'string' }).notNull(), // business date of the run that sent it (rules read this)
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(), // audit stamp
  },
  (t) => [uniqueIndex('reminder_log_uq').on(t.loanId, t.installmentNumber, t.kind), index('reminder_log_created_idx').on(t.createdAt)],
);
