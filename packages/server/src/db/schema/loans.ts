import { bigserial, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { money, rate } from './common.js';
import { contractTypes, receivableKinds, sellingChannels } from './dictionaries.js';
import { parties } from './parties.js';
import { users } from './auth.js';

/** Debtor file (kartoteka): an account of one receivable kind held by one or more debtors. Shown as `CODE NUMBER`. */
export const debtorFiles = pgTable(
  'debtor_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receivableKindId: uuid('receivable_kind_id')
      .notNull()
      .references(() => receivableKinds.id),
    number: integer('number').notNull(),
    status: text('status').notNull().default('ACTIVE'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // debtor_files_number_idx (migration 0031): a bare number in the staff search matches the file number in any kind
  (t) => [uniqueIndex('debtor_files_kind_number_uq').on(t.receivableKindId, t.number), index('debtor_files_number_idx').on(t.number)],
);

/** Parties of a file with their role. */
export const fileParties = pgTable(
  'file_parties',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    role: text('role').notNull(), // BORROWER | CO_BORROWER | GUARANTOR
  },
  (t) => [primaryKey({ columns: [t.fileId, t.partyId] }), index('file_parties_party_idx').on(t.partyId)],
);

/** A loan: the receivable of a debtor file. */
export const loans = pgTable(
  'loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id),
    number: text('number').notNull().unique(),
    /** the loan number's letters and digits upper-cased: what a statement title's number keys are matched on (issue 30, migration 0042) */
    numberKey: text('number_key').generatedAlwaysAs(sql`upper(regexp_replace(number, '[^A-Za-z0-9]', '', 'g'))`),
    contractTypeId: uuid('contract_type_id').references(() => contractTypes.id),
    sellingChannelId: uuid('selling_channel_id').references(() => sellingChannels.id),
    authorisationCode: text('authorisation_code').unique(),
    currency: varchar('currency', { length: 3 }).notNull().default('PLN'),
    principal: money('principal').notNull(),
    annualRate: rate('annual_rate').notNull(),
    penaltyRate: rate('penalty_rate').notNull(),
    method: text('method').notNull(), // ANNUITY | EQUAL_PRINCIPAL
    dayCount: text('day_count').notNull(),
    installmentsCount: integer('installments_count').notNull(),
    deferralMonths: integer('deferral_months').notNull().default(0),
    fixedInstallment: money('fixed_installment'),
    downPayment: money('down_payment'),
    contractPrice: money('contract_price'),
    fees: money('fees').notNull().default('0'),
    insurance: money('insurance').notNull().default('0'),
    signatureDate: date('signature_date', { mode: 'string' }),
    disbursementDate: date('disbursement_date', { mode: 'string' }).notNull(),
    firstDueDate: date('first_due_date', { mode: 'string' }).notNull(),
    recalculationDate: date('recalculation_date', { mode: 'string' }),
    repaymentAccount: text('repayment_account').notNull(),
    /** canonical repayment account, what statement lines are matched on (issue 30, migration 0042) */
    repaymentAccountKey: text('repayment_account_key').generatedAlwaysAs(sql`raty_account_key(repayment_account)`),
    /** SK: the contract's variable symbol (VS) transfers to the shared account carry; set on insert (migration 0025) */
    variableSymbol: text('variable_symbol'),
    status: text('status').notNull().default('ACTIVE'), // TO_BE_DISBURSED | ACTIVE | TERMINATED | REPAID | WRITTEN_OFF
    apr: rate('apr'),
    scheduleVersion: integer('schedule_version').notNull().default(1),
    /** money paid before its due date (contract type's conventions.earlyMoney when the schedule was built, migration 0023) */
    earlyMoney: text('early_money').notNull().default('DEPOSIT_UNTIL_DUE'), // DEPOSIT_UNTIL_DUE | APPLY_AT_ONCE
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('loans_status_idx').on(t.status),
    index('loans_file_idx').on(t.fileId),
    index('loans_repayment_account_key_idx').on(t.repaymentAccountKey),
    index('loans_number_key_idx').on(t.numberKey),
    check('loans_early_money_ck', sql`${t.earlyMoney} in ('DEPOSIT_UNTIL_DUE', 'APPLY_AT_ONCE')`),
  ],
);

/** Dated penalty-rate changes of a loan (the loan's penalty_rate is the rate from disbursement). */
export const penaltyRates = pgTable(
  'penalty_rates',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    rate: rate('rate').notNull(),
  },
  (t) => [index('penalty_rates_loan_idx').on(t.loanId, t.validFrom)],
);

/** Schedule versions: every change of a schedule (extraordinary repayment, recalculation) makes a new version. */
export const scheduleVersions = pgTable(
  'schedule_versions',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason').notNull(), // INITIAL | EXTRAORDINARY_REPAYMENT | RECALCULATION
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    terms: jsonb('terms').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('schedule_versions_uq').on(t.loanId, t.version)],
);

/** Installments (należności / raty) of a schedule version. */
export const installments = pgTable(
  'installments',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(1),
    number: integer('number').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    principal: money('principal').notNull(),
    interest: money('interest').notNull(),
    accumulatedInterest: money('accumulated_interest').notNull().default('0'),
    fee: money('fee').notNull().default('0'),
    total: money('total').notNull(),
    /** Maintained by the allocation replay (cache of sum of allocations, kept true in the same transaction). */
    paidPrincipal: money('paid_principal').notNull().default('0'),
    paidInterest: money('paid_interest').notNull().default('0'),
    paidFee: money('paid_fee').notNull().default('0'),
    paidAt: date('paid_at', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('installments_loan_version_number_uq').on(t.loanId, t.version, t.number),
    index('installments_due_date_idx').on(t.dueDate),
    // perf: mass generation reads the unpaid installments of the candidate loans (docs/performance.md "Mass generation")
    index('installments_unpaid_idx')
      .on(t.loanId, t.version, t.dueDate)
      .where(sql`${t.principal} + ${t.interest} > ${t.paidPrincipal} + ${t.paidInterest}`),
  ],
);

/** Payments: never deleted; reversal marks them REVERSED. Idempotency key is unique per payment. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    paymentDate: date('payment_date', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    method: text('method').notNull(), // BANK_TRANSFER | CREDIT_CARD | ONLINE_GATEWAY | CASH
    kind: text('kind').notNull().default('REGULAR'), // REGULAR | EXTRAORDINARY (prepayment applied to principal by a new schedule version)
    status: text('status').notNull().default('POSTED'), // POSTED | REVERSED
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    externalId: text('external_id'),
    description: text('description'),
    reversedAt: timestamp('reversed_at', { withTimezone: true }), // audit stamp (wall clock)
    reversedOn: date('reversed_on', { mode: 'string' }), // business date the reversal takes effect in the ledger
    reversalReason: text('reversal_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by'),
    /** from a bank statement line (migration 0035): the payer as the statement names them, and whether it is a borrower */
    payerName: text('payer_name'),
    payerAccount: text('payer_account'),
    payerRelation: text('payer_relation'), // BORROWER | THIRD_PARTY | UNKNOWN
  },
  (t) => [
    index('payments_loan_date_idx').on(t.loanId, t.paymentDate),
    // perf: "is the loan_balances row older than the loan's last payment / reversal" (mass generation, daily tick)
    index('payments_loan_created_idx').on(t.loanId, t.createdAt),
    index('payments_loan_reversed_idx')
      .on(t.loanId, t.reversedAt)
      .where(sql`${t.reversedAt} is not null`),
    uniqueIndex('payments_idempotency_uq').on(t.idempotencyKey),
    check('payments_reversed_on_ck', sql`${t.status} <> 'REVERSED' or ${t.reversedOn} is not null`),
    check('payments_payer_relation_ck', sql`${t.payerRelation} IN ('BORROWER', 'THIRD_PARTY', 'UNKNOWN')`),
    uniqueIndex('payments_external_uq').on(t.externalId),
  ],
);

/**
 * Allocation events of payments (docs/domain.md §5.4): the POSTING of each payment on its value date and every later
 * APPLICATION of its deposit as a pair (OVERPAYMENT −x, component +x) on the date it was applied. Per payment the
 * events sum to its amount. Derived data: rewritten by the replay (back-dated payments, reversals, the daily tick).
 */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    installmentNumber: integer('installment_number'),
    component: text('component').notNull(), // PENALTY_INTEREST | FEE | INTEREST | PRINCIPAL | OVERPAYMENT
    amount: money('amount').notNull(), // negative only for the OVERPAYMENT half of an APPLICATION pair
    kind: text('kind').notNull().default('POSTING'), // POSTING | APPLICATION | REVERSAL (migration 0023)
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('payment_allocations_payment_idx').on(t.paymentId),
    index('payment_allocations_loan_idx').on(t.loanId),
    // perf: settlement status of notices and the daily tick look allocations up by (loan, installment)
    index('payment_allocations_loan_inst_idx').on(t.loanId, t.installmentNumber),
    check('payment_allocations_kind_ck', sql`${t.kind} in ('POSTING', 'APPLICATION', 'REVERSAL')`),
  ],
);

/** One row per data backfill that ran (migration 0019: allocation events by replay); makes it idempotent. */
export const ledgerBackfills = pgTable('ledger_backfills', {
  name: text('name').primaryKey(),
  loans: integer('loans').notNull(),
  doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
});
