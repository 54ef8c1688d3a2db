import { createHash } from 'node:crypto';
import { formatMoney, parseMoney, reamortiseAfterEarlyMoney, validateAmount } from '@raty/domain';
import { bulkInsert } from '../../db/bulk.js';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { audit } from '../common/index.js';
import { loadLoan, loanPayments, loanState, scheduleLines, storeLoanState, toScheduleLine, type InstallmentRow, type LoanRow, type PaymentRow } from './loans.service.js';
import { loanTermsOf, payoffForGuard } from './payoff.service.js';
import type { LoanState } from './loan-state.js';

export interface PaymentRequest {
  loanId: string;
  clientId: string | null;
  paymentDate: string;
  amountPaid: string;
  paymentMethod: string;
  idempotencyKey: string;
  description?: string | null;
  externalId?: string | null;
  /** the payer as a bank statement names them, and whether it is a borrower (issue 30; not part of the request hash) */
  payer?: { name: string | null; account: string | null; relation: 'BORROWER' | 'THIRD_PARTY' | 'UNKNOWN' } | null;
}

export interface PostedPayment {
  payment: PaymentRow;
  allocations: { kind: string; effective_date: string; installment_number: number | null; component: string; amount: string }[];
  currency: string;
  state: LoanState;
  replayed: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Canonical hash of what the request asks for: a retry must send the same body. */
function requestHash(r: PaymentRequest, amount: string): string {
  const canonical = JSON.stringify([r.loanId.toLowerCase(), r.clientId?.toLowerCase() ?? null, r.paymentDate, amount, r.paymentMethod, r.description ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

function validatePaymentRequest(r: PaymentRequest, today: string, prefix = 'input'): string {
  const issues = new IssueCollector();
  const amount = validateAmount(r.amountPaid, { field: `${prefix}.amountPaid`, allowZero: false });
  if (!amount.ok) issues.addAll(amount.issues);
  if (r.paymentDate > today) issues.add(`${prefix}.paymentDate`, 'date.future', `Payment date must not be after today (${today})`, { max: today });
  const key = r.idempotencyKey?.trim() ?? '';
  if (!key) issues.add(`${prefix}.idempotencyKey`, 'required', 'Idempotency key is required');
  else if (key.length > 128 || [...key].some((ch) => ch.charCodeAt(0) < 0x20)) issues.add(`${prefix}.idempotencyKey`, 'idempotencyKey.format', 'Idempotency key must be 1–128 printable characters');
  if (r.description && r.description.length > 500) issues.add(`${prefix}.description`, 'maxLength', 'Description may have at most 500 characters', { max: 500 });
  if (!UUID.test(r.loanId)) issues.add(`${prefix}.loanId`, 'id.format', 'Loan id is not a valid id');
  if (r.clientId !== null && !UUID.test(r.clientId)) issues.add(`${prefix}.clientId`, 'id.format', 'Client id is not a valid id');
  issues.throwIfAny();
  return (amount as { value: string }).value;
}

async function existingByKey(sql: SqlHandle, key: string): Promise<PaymentRow | null> {
  const rows = await sql<PaymentRow[]>`select * from payments where idempotency_key = ${key}`;
  return rows[0] ?? null;
}

async function replayAnswer(sql: SqlHandle, existing: PaymentRow, hash: string): Promise<PostedPayment> {
  if (existing.request_hash !== hash) {
    throw new Conflict('This idempotency key was already used for a different payment request', { field: 'input.idempotencyKey' });
  }
  const loan = (await loadLoan(sql, existing.loan_id))!;
  const state = await loanState(sql, loan, businessDate());
  const allocations = await sql<PostedPayment['allocations']>`
    select kind, effective_date, installment_number, component, amount from payment_allocations where payment_id = ${existing.id} order by id`;
  return { payment: existing, allocations, currency: loan.currency, state, replayed: true };
}

/**
 * Posts a payment exactly once per idempotency key (Stripe-style): the loan row is locked for the whole
 * transaction, the key is checked under the lock, the payment inserted, the ledger replayed (back-dated
 * payments re-allocate everything after them) and the derived allocations stored. A concurrent request with
 * the same key on another loan loses on the unique index and gets the first answer or a CONFLICT.
 */
export async function postPayment(ctx: Context, r: PaymentRequest, opts: { requireClient: boolean; createdBy: string; overpaymentGuard?: { accept: boolean } }): Promise<PostedPayment> {
  const today = businessDate();
  const amount = validatePaymentRequest(r, today);
  const hash = requestHash(r, amount);
  const key = r.idempotencyKey.trim();

  const prior = await existingByKey(ctx.sql, key);
  if (prior) return replayAnswer(ctx.sql, prior, hash);

  try {
    return await ctx.sql.begin(async (txRaw) => {
      const tx = txRaw;
      const loan = await loadLoan(tx, r.loanId, { forUpdate: true });
      if (!loan) throw new NotFound('Loan');
      if (opts.requireClient) {
        const own = await tx`select 1 from file_parties where file_id = ${loan.file_id} and party_id = ${r.clientId} and role in ('BORROWER', 'CO_BORROWER')`;
        if (!own.length) throw new NotFound('Loan');
      }
      const again = await existingByKey(tx, key);
      if (again) return replayAnswer(tx, again, hash);
      checkPostable(loan, r.paymentDate);
      // the guard's replay and the one after the insert share the schedule and the earlier payments
      let preloaded: { lines: InstallmentRow[]; payments: PaymentRow[] } | undefined;
      if (opts.overpaymentGuard && !opts.overpaymentGuard.accept) {
        preloaded = { lines: await scheduleLines(tx, loan.id, loan.schedule_version), payments: await loanPayments(tx, loan.id) };
        await checkNotAbovePayoff(tx, loan, r.paymentDate, amount, preloaded);
      }
      const [payment] = await tx<PaymentRow[]>`
        insert into payments (loan_id, payment_date, amount, method, idempotency_key, request_hash, description, external_id, created_by, payer_name, payer_account, payer_relation)
        values (${loan.id}, ${r.paymentDate}, ${amount}, ${r.paymentMethod}, ${key}, ${hash}, ${r.description ?? null}, ${r.externalId ?? null}, ${opts.createdBy},
          ${r.payer?.name ?? null}, ${r.payer?.account ?? null}, ${r.payer?.relation ?? null})
        returning *`;
      const pays = preloaded ? [...preloaded.payments, payment] : await loanPayments(tx, loan.id);
      const first = await loanState(tx, loan, today, preloaded ? { lines: preloaded.lines, payments: pays } : { payments: pays });
      const { loan: current, state } = await reamortiseEarlyMoney(ctx, tx, loan, payment, first, today, pays);
      await storeLoanState(tx, current, state);
      await maybeMarkRepaid(tx, current, state);
      await audit(ctx, 'POST', 'payment', payment.id, null, { loanId: loan.id, date: r.paymentDate, amount, method: r.paymentMethod }, tx);
      const allocations = state.allocations
        .filter((a) => a.paymentId === payment.id)
        .map((a) => ({ kind: a.kind, effective_date: a.effectiveDate, installment_number: a.installmentNumber, component: a.component, amount: a.amount }));
      return { payment, allocations, currency: loan.currency, state, replayed: false };
    });
  } catch (err) {
    if ((err as { code?: string; constraint_name?: string }).constraint_name === 'payments_idempotency_uq') {
      const winner = await existingByKey(ctx.sql, key);
      if (winner) return replayAnswer(ctx.sql, winner, hash);
    }
    throw err;
  }
}

/**
 * APPLY_AT_ONCE (docs/domain.md §3.8): the replay already paid the next installment at once (interest, then principal)
 * from a payment made before its due date; the rest it left as a deposit repays principal — a new schedule version
 * (reason EARLY_MONEY) carries it on that installment and re-amortises the later ones (lower installments), and the
 * replay over it books the rest there. Held as a deposit instead during a deferral (the replay did not pay at once),
 * with no installment left, or when the payment reached no installment not yet due.
 */
async function reamortiseEarlyMoney(
  ctx: Context,
  tx: SqlHandle,
  loan: LoanRow,
  payment: PaymentRow,
  state: LoanState,
  today: string,
  pays: PaymentRow[],
): Promise<{ loan: LoanRow; state: LoanState }> {
  if (loan.early_money !== 'APPLY_AT_ONCE') return { loan, state };
  const mine = state.allocations.filter((a) => a.paymentId === payment.id && a.kind === 'POSTING');
  const rest = mine.filter((a) => a.component === 'OVERPAYMENT').reduce((x, a) => x + parseMoney(a.amount), 0n);
  const dueOf = new Map(state.ledger.installments.map((i) => [i.number, i.dueDate]));
  const early = mine.filter((a) => a.installmentNumber !== null && (dueOf.get(a.installmentNumber) ?? '') > payment.payment_date).map((a) => a.installmentNumber!);
  if (rest <= 0n || !early.length) return { loan, state };
  const k = Math.max(...early);
  const lines = await scheduleLines(tx, loan.id, loan.schedule_version);
  const terms = await loanTermsOf(tx, loan);
  const re = reamortiseAfterEarlyMoney(terms, lines.map(toScheduleLine), k, formatMoney(rest));
  if (parseMoney(re.extraPrincipal) <= 0n) return { loan, state };
  const version = loan.schedule_version + 1;
  await bulkInsert(
    tx,
    'installments',
    [
      { name: 'loan_id', type: 'uuid' },
      { name: 'version', type: 'int' },
      { name: 'number', type: 'int' },
      { name: 'due_date', type: 'date' },
      { name: 'principal', type: 'numeric' },
      { name: 'interest', type: 'numeric' },
      { name: 'accumulated_interest', type: 'numeric' },
      { name: 'total', type: 'numeric' },
    ],
    re.lines.map((l) => [loan.id, version, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]),
  );
  const earlyMoney = { paymentId: payment.id, date: payment.payment_date, installmentNumber: k, extraPrincipal: re.extraPrincipal };
  await tx`insert into schedule_versions (loan_id, version, reason, effective_date, terms, created_by)
    values (${loan.id}, ${version}, 'EARLY_MONEY', ${payment.payment_date}, ${JSON.stringify({ ...terms, earlyMoney })}::jsonb, ${ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null})`;
  await tx`update loans set schedule_version = ${version}, installments_count = ${re.lines.length} where id = ${loan.id}`;
  const updated = { ...loan, schedule_version: version, installments_count: re.lines.length };
  await audit(ctx, 'EARLY_MONEY', 'loan', loan.id, { version: loan.schedule_version }, { version, ...earlyMoney }, tx);
  return { loan: updated, state: await loanState(tx, updated, today, { payments: pays }) };
}

function checkPostable(loan: LoanRow, paymentDate: string) {
  if (loan.status === 'TO_BE_DISBURSED') {
    throw BadUserInput.field('input.loanId', 'loan.notDisbursed', 'The loan has not been disbursed yet; payments cannot be registered');
  }
  if (paymentDate < loan.disbursement_date) {
    throw BadUserInput.field('input.paymentDate', 'date.beforeDisbursement', `Payment date must not be before the disbursement date ${loan.disbursement_date}`, { min: loan.disbursement_date });
  }
}

/** Margin above the payoff amount a payment may exceed it by without `acceptOverpayment` (RATY_OVERPAYMENT_MARGIN, default 0.00). */
function overpaymentMargin(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.RATY_OVERPAYMENT_MARGIN?.trim();
  if (!raw) return '0.00';
  const v = validateAmount(raw, { field: 'RATY_OVERPAYMENT_MARGIN', allowZero: true });
  if (!v.ok) throw new Error(`RATY_OVERPAYMENT_MARGIN must be an amount such as 0.00 or 10.00 (got ${raw})`);
  return v.value;
}

/**
 * Overpayment guard (issue 19): a payment above the payoff amount of its date by more than the margin is refused
 * (BAD_USER_INPUT on input.amountPaid, rule payment.exceedsPayoff, naming the payoff) unless the caller accepts it.
 * Only the staff door (registerPayment) asks; money that already arrived (gateway notifications) is always booked.
 */
async function checkNotAbovePayoff(tx: SqlHandle, loan: LoanRow, paymentDate: string, amount: string, preloaded: { lines: InstallmentRow[]; payments: PaymentRow[] }) {
  const margin = overpaymentMargin();
  const payoff = await payoffForGuard(tx, loan, paymentDate, preloaded);
  const excess = parseMoney(amount) - parseMoney(payoff);
  if (excess > parseMoney(margin)) {
    throw BadUserInput.field(
      'input.amountPaid',
      'payment.exceedsPayoff',
      `The amount ${amount} exceeds the payoff amount ${payoff} ${loan.currency} on ${paymentDate} by ${formatMoney(excess)}; send acceptOverpayment: true to book the excess as an overpayment`,
      { payoff, excess: formatMoney(excess), margin, currency: loan.currency, date: paymentDate },
    );
  }
}

/** ACTIVE → REPAID when nothing is owed any more; REPAID → ACTIVE when a reversal reopens it. */
async function maybeMarkRepaid(tx: SqlHandle, loan: LoanRow, state: LoanState) {
  const owed = state.ledger.balances.totalOutstanding;
  const nothingOwed = /^0(\.0+)?$/.test(owed);
  if (loan.status === 'ACTIVE' && nothingOwed) await tx`update loans set status = 'REPAID' where id = ${loan.id}`;
  if (loan.status === 'REPAID' && !nothingOwed) await tx`update loans set status = 'ACTIVE' where id = ${loan.id}`;
}

/** Reverses (never deletes) a payment and replays the ledger without it. */
export async function reversePayment(ctx: Context, paymentId: string, reason: string): Promise<PostedPayment> {
  const issues = new IssueCollector();
  if (!UUID.test(paymentId)) issues.add('id', 'id.format', 'Payment id is not a valid id');
  if (!reason?.trim()) issues.add('reason', 'required', 'A reason is required to reverse a payment');
  else if (reason.length > 500) issues.add('reason', 'maxLength', 'Reason may have at most 500 characters', { max: 500 });
  issues.throwIfAny();
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const [p0] = await tx<PaymentRow[]>`select * from payments where id = ${paymentId}`;
    if (!p0) throw new NotFound('Payment');
    const loan = (await loadLoan(tx, p0.loan_id, { forUpdate: true }))!;
    const [p] = await tx<PaymentRow[]>`select * from payments where id = ${paymentId}`;
    if (p.status === 'REVERSED') throw new Conflict('The payment is already reversed');
    if (p.kind !== 'REGULAR') throw BadUserInput.field('id', 'payment.notReversible', 'An extraordinary repayment changed the schedule; it cannot be reversed here');
    const [reamortised] = await tx`select version from schedule_versions where loan_id = ${loan.id} and reason = 'EARLY_MONEY' and terms->'earlyMoney'->>'paymentId' = ${p.id}`;
    if (reamortised) {
      throw BadUserInput.field('id', 'payment.notReversible', `The payment was applied at once and re-amortised the schedule (version ${reamortised.version}); it cannot be reversed here`, {
        version: reamortised.version,
      });
    }
    const [rev] = await tx<
      PaymentRow[]
    >`update payments set status = 'REVERSED', reversed_at = now(), reversed_on = ${businessDate()}::date, reversal_reason = ${reason.trim()} where id = ${p.id} returning *`;
    const state = await loanState(tx, loan, businessDate());
    await storeLoanState(tx, loan, state);
    await maybeMarkRepaid(tx, loan, state);
    await audit(ctx, 'REVERSE', 'payment', p.id, { status: 'POSTED' }, { status: 'REVERSED', reason: reason.trim() }, tx);
    return { payment: rev, allocations: [], currency: loan.currency, state, replayed: false };
  });
}
