import { date, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { loans } from './loans.js';

/**
 * Cached balances of a loan, kept true by the daily tick (modules/loans/daily-tick.ts) — a cache of the ledger
 * replay (`loanState`) as of `as_of`. A row stays valid for later days until the loan's next change: the tick
 * recomputes exactly the loans whose figures can change (something past due and unpaid, an installment falling due
 * while overpayment is held, a payment or reversal since `computed_at`, no row yet).
 */
export const loanBalances = pgTable(
  'loan_balances',
  {
    loanId: uuid('loan_id').primaryKey().references(() => loans.id, { onDelete: 'cascade' }),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    overduePrincipal: money('overdue_principal').notNull(),
    overdueInterest: money('overdue_interest').notNull(),
    penaltyInterest: money('penalty_interest').notNull(),
    overpayment: money('overpayment').notNull(),
    daysPastDue: integer('days_past_due').notNull(),
    outstanding: money('outstanding').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('loan_balances_dpd_idx').on(t.daysPastDue)],
);
