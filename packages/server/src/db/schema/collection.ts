import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { money } from './common.js';
import { debtorFiles, loans } from './loans.js';
import { parties } from './parties.js';

/** Soft collection (COLL-4.2): notice templates. */
export const noticeTemplates = pgTable(
  'notice_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    channel: text('channel').notNull(), // SMS | EXTERNAL_SMS | PHONE_CALL | EMAIL
    reason: text('reason').notNull(), // OVERDUE | UPCOMING | OTHER
    text: text('text').notNull(),
    promiseAddendum: text('promise_addendum'),
    /** EMAIL only: the subject line (same placeholders as the text; issue 25) */
    subject: text('subject'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [index('notice_templates_reason_idx').on(t.reason, t.name)],
);

/**
 * A soft-collection notice (powiadomienie) of a debtor file to one addressee. Send state machine columns mirror the
 * domain's NoticeSendState (DRAFT → QUEUED → SENDING → SENT | FAILED).
 */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    reason: text('reason').notNull(),
    channel: text('channel').notNull(),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    promiseDate: date('promise_date', { mode: 'string' }),
    phone: text('phone'),
    manualPhone: boolean('manual_phone').notNull().default(false),
    /** EMAIL channel: the address, the rendered subject, typed by hand without a consented e-mail contact (issue 25) */
    email: text('email'),
    subject: text('subject'),
    manualEmail: boolean('manual_email').notNull().default(false),
    text: text('text'),
    note: text('note'),
    templateId: uuid('template_id').references(() => noticeTemplates.id, { onDelete: 'restrict' }),
    /** addressee snapshot at creation (name, address, consent, departed) */
    addresseeName: text('addressee_name').notNull(),
    addresseeAddress: text('addressee_address'),
    addresseeConsent: boolean('addressee_consent').notNull().default(false),
    addresseeDeparted: boolean('addressee_departed').notNull().default(false),
    /** Σ of the items' amounts (overdue + future) as of creation: registry totals */
    totalAmount: money('total_amount').notNull().default('0'),
    sendStatus: text('send_status').notNull().default('DRAFT'), // DRAFT | QUEUED | SENDING | SENT | FAILED | BOUNCED (e-mail)
    /** when a bounce of the accepted e-mail arrived (send_status BOUNCED) */
    bouncedAt: timestamp('bounced_at', { withTimezone: true }),
    /** the reminder job that created the notice (UPCOMING | SK_DELAY): created by "system" */
    reminderRule: text('reminder_rule'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    providerMessageId: text('provider_message_id'),
    deliveryStatus: text('delivery_status'),
    deliveryStatusAt: timestamp('delivery_status_at', { withTimezone: true }),
    failureReason: text('failure_reason'),
    failureRetryable: boolean('failure_retryable'),
    sendJobId: uuid('send_job_id'),
    /**
     * Settlement status (UNSETTLED | PARTIALLY_SETTLED | SETTLED), stored so the registry can filter on it. Kept true by
     * statement-level triggers (migration 0008_collection_settlement): any change of payment_allocations or payments
     * of a loan, or of a notice's items, recomputes `notice_settlement_of(id, created_on)` for the notices concerned.
     */
    settlementStatus: text('settlement_status').notNull().default('UNSETTLED'),
    /** a call task (phone-call step of a strategy, issue 31): OPEN → DONE | CANCELLED; null for other notices */
    taskStatus: text('task_status'),
    /** the day a task or letter is due */
    dueOn: date('due_on', { mode: 'string' }),
    /** the collector a task is assigned to (users.id) */
    assignedTo: uuid('assigned_to'),
    /** a logged call's outcome: REACHED | NO_ANSWER | WRONG_NUMBER | PROMISE | DISPUTE */
    callOutcome: text('call_outcome'),
    /** a promise to pay: the amount promised by promise_date (null: the notice's items) */
    promiseAmount: money('promise_amount'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notices_file_idx').on(t.fileId, t.createdOn),
    index('notices_party_idx').on(t.partyId),
    index('notices_created_idx').on(t.createdAt, t.id),
    // created_on ranges sorted by created_at: an index-only scan of the range, then a top-N sort (registry)
    index('notices_created_on_idx').on(t.createdOn, t.createdAt, t.id),
    index('notices_send_idx').on(t.sendStatus),
    index('notices_settlement_idx').on(t.settlementStatus, t.createdAt, t.id),
    index('notices_provider_idx').on(t.providerMessageId),
    index('notices_template_idx').on(t.templateId),
    // registry: "sorted by amount" walks this index; "sent from / to" (the Warsaw day of sent_at) is sargable
    index('notices_amount_idx').on(t.totalAmount, t.id),
    index('notices_tasks_idx')
      .on(t.assignedTo, t.dueOn)
      .where(sql`${t.taskStatus} = 'OPEN'`),
    index('notices_sent_day_idx').using('btree', sql`((${t.sentAt} at time zone 'Europe/Warsaw')::date)`),
  ],
);

/** Items (installments) of a notice with their balances as of the notice's creation. */
export const noticeItems = pgTable(
  'notice_items',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id),
    installmentNumber: integer('installment_number').notNull(),
    kindCode: text('kind_code').notNull(),
    year: integer('year').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    itemType: text('item_type'),
    /** ticked in the items table (all ticked by default); only selected items count in texts, totals and settlement */
    selected: boolean('selected').notNull().default(true),
    overdueBalance: money('overdue_balance').notNull(),
    futureBalance: money('future_balance').notNull(),
    overpaymentBalance: money('overpayment_balance').notNull(),
    /** overdue + future: the amount payments must cover (settlement status) */
    amountDue: money('amount_due').notNull(),
  },
  (t) => [index('notice_items_notice_idx').on(t.noticeId), index('notice_items_loan_idx').on(t.loanId, t.installmentNumber)],
);

/** Delivery-status history of a sent notice (send, polling, callback). */
export const noticeStatusHistory = pgTable(
  'notice_status_history',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    source: text('source').notNull(), // SEND | CHECK | CALLBACK
    applied: boolean('applied').notNull().default(true),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    raw: jsonb('raw'),
  },
  (t) => [index('notice_status_history_notice_idx').on(t.noticeId, t.at)],
);

/** A send job (pg-boss) over one or many SMS notices; progress is polled by the SPA. */
export const noticeSendJobs = pgTable('notice_send_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  status: text('status').notNull().default('RUNNING'), // RUNNING | ABORTING | ABORTED | DONE
  total: integer('total').notNull(),
  abortRequested: boolean('abort_requested').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/**
 * Runs of a send job (migration 0026, issue 29): one row per worker attempt, alive while `alive_until` is in the
 * future (renewed every few seconds by the run). Two live runs of one job share its items; neither touches the other's.
 */
export const noticeSendRuns = pgTable(
  'notice_send_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => noticeSendJobs.id, { onDelete: 'cascade' }),
    pid: integer('pid'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    aliveUntil: timestamp('alive_until', { withTimezone: true }).notNull(),
  },
  (t) => [index('notice_send_runs_job_idx').on(t.jobId)],
);

/** Per-notice outcome within a send job. */
export const noticeSendJobItems = pgTable(
  'notice_send_job_items',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => noticeSendJobs.id, { onDelete: 'cascade' }),
    noticeId: uuid('notice_id').notNull(),
    position: integer('position').notNull(),
    outcome: text('outcome').notNull().default('PENDING'), // PENDING | SENT | FAILED | ABORTED
    reason: text('reason'),
    /** the run (notice_send_runs) that claimed this item; a SENDING notice is resumed only when that run is dead */
    claimedBy: uuid('claimed_by'),
    /** when the message was handed over to SMSAPI (COLL-4.3.3: the "12" of "12/20"); null = not handed over */
    handedAt: timestamp('handed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.noticeId] }),
    index('notice_send_job_items_pos_idx').on(t.jobId, t.position),
    /** the send worker's "next PENDING items of the job" without walking the processed ones */
    index('notice_send_job_items_pending_idx')
      .on(t.jobId, t.position)
      .where(sql`outcome = 'PENDING'`),
  ],
);

/**
 * A hold takes a debtor file (or one loan of it) out of automatic collection while active (`clearedOn` null): a dispute
 * or complaint flagged by staff, a forbearance request or measure in force, a hand-over to hard collection (issues 31,
 * 32). Strategies, mass generation and reminders skip files with an active hold.
 */
export const collectionHolds = pgTable(
  'collection_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => debtorFiles.id),
    loanId: uuid('loan_id').references(() => loans.id),
    reason: text('reason').notNull(), // DISPUTE | COMPLAINT | FORBEARANCE | HARD_COLLECTION | OTHER
    note: text('note'),
    /** what placed it (e.g. the forbearance case) */
    sourceId: uuid('source_id'),
    since: date('since', { mode: 'string' }).notNull(),
    clearedOn: date('cleared_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    clearedBy: uuid('cleared_by'),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
  },
  (t) => [
    index('collection_holds_active_idx')
      .on(t.fileId)
      .where(sql`${t.clearedOn} is null`),
    index('collection_holds_source_idx').on(t.sourceId),
  ],
);
