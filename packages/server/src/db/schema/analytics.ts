import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { loans } from './loans.js';

/**
 * Month-end snapshot of every disbursed loan (issue #27, docs/analytics.md § Month-end snapshots): what the loan engine's
 * replay gives as of the month end (migration 0032). Kept by the daily `analytics.month-end` job, which also backfills
 * every missing past month end; the KPIs (roll rates, vintage, cure) read it.
 */
export const loanMonthEnds = pgTable(
  'loan_month_ends',
  {
    monthEnd: date('month_end', { mode: 'string' }).notNull(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    currency: varchar('currency', { length: 3 }).notNull(),
    /** the loan's status when the snapshot was taken */
    status: text('status').notNull(),
    /** principal + interest unpaid, all lines */
    outstanding: money('outstanding').notNull(),
    outstandingPrincipal: money('outstanding_principal').notNull(),
    /** principal + interest unpaid of the lines due before the month end (no penalty interest) */
    overdue: money('overdue').notNull(),
    daysPastDue: integer('days_past_due').notNull(),
    /** dpdBucket(daysPastDue) of the domain */
    bucket: text('bucket').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.monthEnd, t.loanId] }), index('loan_month_ends_loan_idx').on(t.loanId, t.monthEnd)],
);
