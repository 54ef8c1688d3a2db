import { bigint, date, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    loanId: uuid('loan_id')
      .primaryKey()
      .references(() => loans.id, { onDelete: 'cascade' }),
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

/**
 * Registry totals rollup (docs/performance.md "Registry search"): count and amount of notices per combination of the
 * registry's filterable dimensions (the file's receivable kind, channel, reason, send / delivery / settlement status,
 * creation day, sending day in Europe/Warsaw, author). The registry's "total count / total amount" of a filter that
 * only uses these dimensions is a sum over a few thousand rows instead of a scan of every matching notice.
 *
 * Kept true by statement-level triggers on `notices` (insert / update / delete / truncate) and on
 * `debtor_files.receivable_kind_id`, which never update this table directly: they APPEND signed deltas to
 * `notice_totals_delta` (no unique key, so concurrent writers never wait for each other and cannot deadlock), and
 * `notice_totals_compact()` (pg-boss job every minute, single runner by advisory lock) moves the deltas into this table
 * in one transaction. The truth at any instant = this table + the deltas; readers always sum both in one statement.
 */
/** The rollup's dimensions and measures (a fresh set of column builders per table). */
const noticeTotalsColumns = () => ({
  kindId: uuid('kind_id').notNull(),
  channel: text('channel').notNull(),
  reason: text('reason').notNull(),
  sendStatus: text('send_status').notNull(),
  deliveryStatus: text('delivery_status'),
  settlementStatus: text('settlement_status').notNull(),
  createdOn: date('created_on', { mode: 'string' }).notNull(),
  sentDay: date('sent_day', { mode: 'string' }),
  createdBy: uuid('created_by'),
  notices: bigint('notices', { mode: 'bigint' }).notNull(),
  amount: numeric('amount', { precision: 17, scale: 2 }).notNull(),
});

export const noticeTotals = pgTable('notice_totals', noticeTotalsColumns(), (t) => [
  unique('notice_totals_key').on(t.kindId, t.channel, t.reason, t.sendStatus, t.deliveryStatus, t.settlementStatus, t.createdOn, t.sentDay, t.createdBy).nullsNotDistinct(),
]);

/** Signed deltas of the rollup not yet compacted into notice_totals (same dimensions). */
export const noticeTotalsDelta = pgTable('notice_totals_delta', noticeTotalsColumns());

/**
 * Change log of the data a mass-generation preparation reads (docs/performance.md "Mass generation"): one row per
 * debtor file touched by a statement on its files, parties, contacts, addresses, loans, installments, payments,
 * allocations, penalty rates, schedule versions or cached balances (statement-level triggers, migration 0013), with
 * the writing transaction's id. `file_id` null = every file (a bulk job such as the daily tick, or a receivable kind
 * changed). A preparation remembers the snapshot taken before its reads; at creation, the files of the rows whose
 * transaction is not visible in that snapshot are prepared again, the others are reused. Pruned after an hour by
 * `pruneFileChanges`, which records the newest pruned transaction in `file_changes_horizon`: a preparation older than
 * that horizon is prepared again in full.
 */
export const fileChanges = pgTable(
  'file_changes',
  {
    id: bigint('id', { mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    fileId: uuid('file_id'),
    /** pg_current_xact_id() of the writing transaction, as bigint */
    xid: bigint('xid', { mode: 'bigint' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('file_changes_xid_idx').on(t.xid), index('file_changes_at_idx').on(t.at)],
);

/** One row: the newest transaction id pruned from `file_changes` (0 = nothing pruned yet). */
export const fileChangesHorizon = pgTable('file_changes_horizon', {
  id: integer('id').primaryKey(),
  prunedXid: bigint('pruned_xid', { mode: 'bigint' }).notNull(),
});
