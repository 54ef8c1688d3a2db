import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { money, rate } from './common.js';
import { loans } from './loans.js';
import { dealers, salePlaces } from './dictionaries.js';
import { parties } from './parties.js';

/**
 * Partner API (LOAN-7, "Lea API"): the numeric client id ("clientId" / zakaznik_id) a partner front end uses to
 * refer to a client. One per party; numbers come from the bigserial unless given explicitly (migration of old ids).
 */
export const clientNumbers = pgTable('client_numbers', {
  clientId: bigserial('client_id', { mode: 'number' }).primaryKey(),
  partyId: uuid('party_id')
    .notNull()
    .unique()
    .references(() => parties.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Client attributes sent by partner front ends that have no column of their own (marital status, education,
 * income, employer, personalData…). Merged key by key: a key missing from a request keeps its stored value.
 */
export const clientProfiles = pgTable('client_profiles', {
  partyId: uuid('party_id')
    .primaryKey()
    .references(() => parties.id, { onDelete: 'cascade' }),
  data: jsonb('data').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Contract data of a loan registered through the partner API (fields of LOAN-7.1 that the loan itself does not hold). */
export const contractDetails = pgTable('contract_details', {
  loanId: uuid('loan_id')
    .primaryKey()
    .references(() => loans.id, { onDelete: 'cascade' }),
  applicationId: text('application_id'),
  actionId: text('action_id'),
  paymentForm: text('payment_form'),
  invoiceNumber: text('invoice_number'),
  salePlaceCode: text('sale_place_code'),
  dealerCode: text('dealer_code'),
  /** the dictionary rows the codes resolved to at registration (migration 0027) */
  salePlaceId: uuid('sale_place_id').references(() => salePlaces.id),
  dealerId: uuid('dealer_id').references(() => dealers.id),
  contractStatusCode: text('contract_status_code'),
  firstPaymentPercentage: rate('first_payment_percentage'),
  /** interest calculation method used (D | E | F) */
  methodRpmn: varchar('method_rpmn', { length: 1 }),
  /** who computed US / RPMN / Odplata and the installment (FRONTEND | SYSTEM) */
  rateCalculatedBy: text('rate_calculated_by').notNull(),
  installmentCalculatedBy: text('installment_calculated_by').notNull(),
  rpmn: rate('rpmn'),
  odplata: rate('odplata'),
  interestRate: rate('interest_rate'),
  lastInstallment: money('last_installment'),
  receivedAt: date('received_at', { mode: 'string' }),
  barcode: text('barcode'),
  /** the request as received (audit trail of what the partner sent) */
  request: jsonb('request').notNull(),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Products (výrobky) of a contract. */
export const contractProducts = pgTable(
  'contract_products',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productCode: text('product_code').notNull(),
    price: money('price').notNull(),
    contractPrice: money('contract_price').notNull(),
    producer: text('producer'),
    brand: text('brand'),
    serialNo: text('serial_no'),
  },
  (t) => [index('contract_products_loan_idx').on(t.loanId)],
);

/** Notes (poznámky) of a contract. */
export const contractNotes = pgTable(
  'contract_notes',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    value: text('value'),
    date: date('date', { mode: 'string' }),
    date2: date('date2', { mode: 'string' }),
  },
  (t) => [index('contract_notes_loan_idx').on(t.loanId)],
);

/** Optional data (voliteľné údaje) of a contract. */
export const contractOptionalData = pgTable(
  'contract_optional_data',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    dataCode: text('data_code'),
    dataDesc: text('data_desc'),
    dataNocode: text('data_nocode'),
  },
  (t) => [index('contract_optional_data_loan_idx').on(t.loanId)],
);

/** Approvals / consents (súhlasy) of a contract. */
export const contractApprovals = pgTable(
  'contract_approvals',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    approvalCode: text('approval_code').notNull(),
    value: text('value'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    text: text('text'),
  },
  (t) => [index('contract_approvals_loan_idx').on(t.loanId)],
);
