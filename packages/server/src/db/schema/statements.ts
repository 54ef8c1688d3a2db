import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { loans, payments } from './loans.js';

/** Bank statements (issue 30, migration 0025): MT940 / camt.053 as received. */
export const bankStatements = pgTable(
  'bank_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    format: text('format').notNull(), // MT940 | CAMT053
    dialect: text('dialect').notNull(),
    account: text('account').notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    statementNumber: text('statement_number'),
    sequence: integer('sequence'),
    openingBalance: money('opening_balance').notNull(),
    openingDate: date('opening_date', { mode: 'string' }).notNull(),
    closingBalance: money('closing_balance').notNull(),
    closingDate: date('closing_date', { mode: 'string' }).notNull(),
    lineCount: integer('line_count').notNull(),
    newLines: integer('new_lines').notNull(),
    sequenceGap: jsonb('sequence_gap'),
    source: text('source').notNull(), // UPLOAD | API
    fileName: text('file_name'),
    content: text('content').notNull(),
    contentSha256: text('content_sha256').notNull(),
    status: text('status').notNull().default('IMPORTING'), // IMPORTING | IMPORTED
    receivedBy: text('received_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('bank_statements_account_idx').on(t.account, t.closingDate),
    check('bank_statements_format_ck', sql`${t.format} IN ('MT940', 'CAMT053')`),
    check('bank_statements_status_ck', sql`${t.status} IN ('IMPORTING', 'IMPORTED')`),
  ],
);

/** One transaction line of a statement as received, with its match decision and what was posted from it. */
export const bankStatementLines = pgTable(
  'bank_statement_lines',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => bankStatements.id),
    ordinal: integer('ordinal').notNull(),
    /** SHA-256 of the exactly-once key (domain statements/keys.ts) */
    lineKey: text('line_key').notNull(),
    account: text('account').notNull(),
    bookingDate: date('booking_date', { mode: 'string' }).notNull(),
    valueDate: date('value_date', { mode: 'string' }).notNull(),
    direction: text('direction').notNull(),
    amount: money('amount').notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    bankReference: text('bank_reference'),
    counterpartyName: text('counterparty_name'),
    counterpartyAccount: text('counterparty_account'),
    creditedAccount: text('credited_account'),
    title: text('title').notNull(),
    variableSymbol: text('variable_symbol'),
    transactionCode: text('transaction_code'),
    raw: text('raw').notNull(),
    status: text('status').notNull().default('NEW'), // NEW | MATCHED | POSTED | UNMATCHED | RETURNED | NOT_OURS
    matchRule: text('match_rule'),
    matchReason: text('match_reason'),
    matchDetail: text('match_detail'),
    candidateLoanIds: uuid('candidate_loan_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    loanId: uuid('loan_id').references(() => loans.id),
    paymentId: uuid('payment_id').references(() => payments.id),
    generation: integer('generation').notNull().default(0),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
    /** BORROWER | THIRD_PARTY | UNKNOWN (migration 0035; domain statements/payer.ts) */
    payerRelation: text('payer_relation'),
    payerDetail: text('payer_detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bank_statement_lines_key_uq').on(t.lineKey),
    index('bank_statement_lines_statement_idx').on(t.statementId, t.ordinal),
    index('bank_statement_lines_status_idx')
      .on(t.status)
      .where(sql`${t.status} IN ('NEW', 'MATCHED', 'UNMATCHED')`),
    index('bank_statement_lines_payer_idx')
      .on(t.counterpartyAccount)
      .where(sql`${t.status} = 'POSTED'`),
    check('bank_statement_lines_direction_ck', sql`${t.direction} IN ('CREDIT', 'DEBIT')`),
    check('bank_statement_lines_status_ck', sql`${t.status} IN ('NEW', 'MATCHED', 'POSTED', 'UNMATCHED', 'RETURNED', 'NOT_OURS')`),
    check('bank_statement_lines_payer_ck', sql`${t.payerRelation} IN ('BORROWER', 'THIRD_PARTY', 'UNKNOWN')`),
  ],
);

/** The payments posted from a line: one part for a match or an assignment, several for a split. */
export const bankLinePostings = pgTable(
  'bank_line_postings',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    lineId: bigint('line_id', { mode: 'bigint' })
      .notNull()
      .references(() => bankStatementLines.id),
    generation: integer('generation').notNull(),
    part: integer('part').notNull(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    amount: money('amount').notNull(),
    paymentId: uuid('payment_id').references(() => payments.id),
    status: text('status').notNull().default('PENDING'), // PENDING | POSTED | REVERSED | REFUSED
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bank_line_postings_part_uq').on(t.lineId, t.generation, t.part),
    index('bank_line_postings_line_idx').on(t.lineId),
    check('bank_line_postings_status_ck', sql`${t.status} IN ('PENDING', 'POSTED', 'REVERSED', 'REFUSED')`),
  ],
);

/** Refund of an overpayment (migration 0035): an outgoing transfer request, exported as a CSV file for the bank. */
export const refundRequests = pgTable(
  'refund_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    lineId: bigint('line_id', { mode: 'bigint' }).references(() => bankStatementLines.id),
    amount: money('amount').notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    beneficiaryName: text('beneficiary_name').notNull(),
    beneficiaryAccount: text('beneficiary_account').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('REQUESTED'), // REQUESTED | EXPORTED | CANCELLED
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    exportId: uuid('export_id'),
    exportedBy: text('exported_by'),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('refund_requests_loan_idx').on(t.loanId),
    index('refund_requests_status_idx').on(t.status, t.requestedAt),
    check('refund_requests_amount_ck', sql`${t.amount} > 0`),
    check('refund_requests_status_ck', sql`${t.status} IN ('REQUESTED', 'EXPORTED', 'CANCELLED')`),
  ],
);
