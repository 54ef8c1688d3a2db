import { parseMoney, validateAmount } from '@raty/domain';
import type { Logger } from 'pino';
import type { DbHandle, SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector } from '../../graphql/errors.js';
import { createLoaders } from '../../graphql/loaders.js';
import { businessDate } from '../../lib/business-date.js';
import { appConfig } from '../../app-config.js';
import { activeGatewayName, getGateway, GatewayError, type GatewayNotification } from '../../integrations/payment-gateway/index.js';
import { FeatureDisabled } from '../settings/index.js';
import { audit } from '../common/index.js';
import { loanStateCached, remainingOf } from '../loans/index.js';
import { postPayment } from '../loans/index.js';
import { partyName } from './access.service.js';
import { requireOwnLoan } from './client-loans.service.js';

export const NOTIFY_PATH = '/api/payments/notify';

interface OnlinePaymentRow {
  id: string;
  loan_id: string;
  party_id: string;
  gateway: string;
  amount: string;
  description: string;
  status: string;
  transaction_id: string | null;
  paid_on: string | null;
  payment_id: string | null;
}

/** Public base URL of the app: RATY_PUBLIC_URL, else the origin the request came to. */
function publicBase(ctx: Pick<Context, 'req'>): string {
  const configured = appConfig().clientZone.publicUrl ?? appConfig().publicUrl;
  if (configured) return configured.replace(/\/+$/, '');
  const req = ctx.req;
  const host = req?.get?.('host') ?? 'localhost';
  return `${req?.protocol ?? 'http'}://${host}`;
}

/**
 * Starts an online payment for one of the borrower's loans: a PENDING online_payments row, then a transaction at
 * the configured gateway. Answers the gateway's redirect URL. NOT_FOUND for a loan that is not the borrower's.
 */
export async function startOnlinePayment(ctx: Context, partyId: string, clientAccountId: string, input: { loanId: string; amount: string; description?: string | null; email?: string | null }) {
  const loan = await requireOwnLoan(ctx, partyId, input.loanId);
  const gwName = activeGatewayName();
  const gw = gwName ? getGateway(gwName) : null;
  if (!gw) throw new FeatureDisabled('Online payments are not available', 'ONLINE_PAYMENTS');
  const issues = new IssueCollector();
  const amt = validateAmount(input.amount, { field: 'amount', allowZero: false });
  if (!amt.ok) issues.addAll(amt.issues);
  const description = (input.description ?? '').trim() || `Spłata pożyczki ${loan.number}`;
  if (description.length > 128) issues.add('description', 'maxLength', 'Description may have at most 128 characters', { max: 128 });
  const email = input.email?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) issues.add('email', 'email.format', 'Enter a valid e-mail address');
  issues.throwIfAny();
  const amount = (amt as { value: string }).value;
  if (loan.status === 'TO_BE_DISBURSED') throw BadUserInput.field('loanId', 'loan.notDisbursed', 'The loan has not been disbursed yet; it cannot be paid');
  const st = await loanStateCached(ctx, loan, businessDate());
  const debt = remainingOf(st.ledger.balances);
  if (parseMoney(debt) <= 0n) throw BadUserInput.field('amount', 'payment.nothingOwed', 'Nothing is owed on this loan');
  if (parseMoney(amount) > parseMoney(debt)) throw BadUserInput.field('amount', 'amount.max', `The amount must not exceed the total debt ${debt}`, { max: debt });
  const [party] = await ctx.sql<{ first_name: string | null; last_name: string | null; company_name: string | null; email: string | null }[]>`
    select first_name, last_name, company_name, email from parties where id = ${partyId}`;
  const payerEmail = email ?? party?.email ?? null;
  if (gw.requiresEmail && !payerEmail) throw BadUserInput.field('email', 'required', 'The payment operator needs your e-mail address');

  const [row] = await ctx.sql<OnlinePaymentRow[]>`
    insert into online_payments (loan_id, party_id, client_account_id, gateway, amount, currency, description)
    values (${loan.id}, ${partyId}, ${clientAccountId}, ${gw.name}, ${amount}, ${loan.currency}, ${description}) returning *`;
  const base = publicBase(ctx);
  const returnUrl = base + appConfig().clientZone.returnPath.replace(':loanId', encodeURIComponent(loan.id)).replace(':paymentId', encodeURIComponent(row.id));
  const notifyUrl = `${base}${NOTIFY_PATH}/${gw.name}`;
  try {
    const tx = await gw.createTransaction({ id: row.id, amount, description, email: payerEmail, name: party ? partyName(party) : null, returnUrl, notifyUrl });
    await ctx.sql`update online_payments set transaction_id = ${tx.transactionId}, redirect_url = ${tx.redirectUrl}, return_url = ${returnUrl}, updated_at = now() where id = ${row.id}`;
    await audit(ctx, 'START_ONLINE_PAYMENT', 'online_payment', row.id, null, { loanId: loan.id, amount, gateway: gw.name, transactionId: tx.transactionId });
    return { onlinePaymentId: row.id, redirectUrl: tx.redirectUrl, transactionId: tx.transactionId, gateway: gw.name, amount, status: 'PENDING' };
  } catch (err) {
    const message = err instanceof GatewayError ? err.message : 'unexpected error';
    await ctx.sql`update online_payments set status = 'FAILED', error = ${message}, failed_at = now(), updated_at = now() where id = ${row.id}`;
    if (err instanceof GatewayError) throw new Conflict('The payment operator is not available right now. Try again later.', { reason: 'gateway.unavailable' });
    throw err;
  }
}

type NotificationOutcome = 'POSTED' | 'REPLAY' | 'FAILED_MARKED' | 'IGNORED_AFTER_PAID' | 'IGNORED_FAILED' | 'BAD_SIGNATURE' | 'UNKNOWN_TRANSACTION' | 'AMOUNT_MISMATCH' | 'POST_ERROR';

async function record(sql: SqlHandle, gateway: string, n: Partial<GatewayNotification> | null, onlinePaymentId: string | null, outcome: NotificationOutcome, detail: string | null, payload: unknown) {
  await sql`insert into payment_notifications (gateway, transaction_id, online_payment_id, status, amount, outcome, detail, payload)
    values (${gateway}, ${n?.transactionId ?? null}, ${onlinePaymentId}, ${n?.status ?? null}, ${n?.amount ?? null}, ${outcome}, ${detail},
      ${payload === null ? null : JSON.stringify(payload)}::jsonb)`;
}

/** A GraphQL-less service context for the notification route (the gateway is the actor: audit shows ANONYMOUS + request id). */
function systemCtx(deps: { db: DbHandle; log: Logger }, requestId: string): Context {
  return { requestId, db: deps.db.db, sql: deps.db.sql, log: deps.log, actor: null, loaders: createLoaders(deps.db.db, deps.db.sql), ip: 'gateway' };
}

/**
 * Handles a gateway notification. Returns the HTTP status and body to answer:
 * - bad signature → 400 (nothing stored but the rejection log line);
 * - unknown transaction / amount differing from the created transaction → 400, nothing posted;
 * - PAID → the payment is posted EXACTLY ONCE (idempotency key `gateway:<transactionId>`, payment date = business
 *   date of the first PAID notification, kept on the row so that replays send the identical request) and the online
 *   payment is marked PAID; replays answer 200 'TRUE' without a second payment;
 * - FAILED → a PENDING online payment becomes FAILED; after PAID it is ignored (a posted payment is never undone).
 */
export async function handleNotification(
  deps: { db: DbHandle; log: Logger },
  gatewayName: string,
  rawBody: Buffer,
  headers: Record<string, string | string[] | undefined>,
  requestId: string,
): Promise<{ status: number; body: string }> {
  const sql = deps.db.sql;
  const gw = getGateway(gatewayName);
  if (!gw) return { status: 404, body: 'FALSE - unknown gateway' };
  let n: GatewayNotification;
  try {
    n = await gw.verifyNotification(rawBody, headers);
  } catch (err) {
    const message = (err as Error).message;
    deps.log.warn({ gateway: gatewayName, requestId, err: message }, 'payment notification rejected');
    await record(sql, gatewayName, null, null, 'BAD_SIGNATURE', message, { body: rawBody.toString('utf8').slice(0, 2000) });
    return { status: 400, body: 'FALSE - invalid signature' };
  }
  const [op] = await sql<OnlinePaymentRow[]>`select * from online_payments where gateway = ${gw.name} and transaction_id = ${n.transactionId}`;
  if (!op) {
    await record(sql, gw.name, n, null, 'UNKNOWN_TRANSACTION', null, n.fields);
    return { status: 400, body: 'FALSE - unknown transaction' };
  }
  if (n.crc && n.crc !== op.id) {
    await record(sql, gw.name, n, op.id, 'UNKNOWN_TRANSACTION', 'crc does not match the transaction', n.fields);
    return { status: 400, body: 'FALSE - control value mismatch' };
  }
  if (n.status === 'FAILED') {
    const [u] = await sql<OnlinePaymentRow[]>`update online_payments set status = 'FAILED', failed_at = now(), updated_at = now() where id = ${op.id} and status = 'PENDING' returning *`;
    const outcome: NotificationOutcome = u ? 'FAILED_MARKED' : op.status === 'PAID' ? 'IGNORED_AFTER_PAID' : 'IGNORED_FAILED';
    await record(sql, gw.name, n, op.id, outcome, null, n.fields);
    if (u) await audit(systemCtx(deps, requestId), 'ONLINE_PAYMENT_FAILED', 'online_payment', op.id, { status: op.status }, { status: 'FAILED' });
    return { status: 200, body: 'TRUE' };
  }
  if (parseMoney(n.amount) !== parseMoney(op.amount)) {
    deps.log.warn({ onlinePaymentId: op.id, expected: op.amount, got: n.amount }, 'payment notification amount mismatch');
    await record(sql, gw.name, n, op.id, 'AMOUNT_MISMATCH', `expected ${op.amount}, notified ${n.amount}`, n.fields);
    return { status: 400, body: 'FALSE - amount mismatch' };
  }
  if (op.status === 'PAID' && op.payment_id) {
    await record(sql, gw.name, n, op.id, 'REPLAY', null, n.fields);
    return { status: 200, body: 'TRUE' };
  }
  // the payment date is fixed by the first PAID notification (row lock serialises concurrent deliveries)
  const [{ paid_on: paidOn }] = await sql<{ paid_on: string }[]>`
    update online_payments set paid_on = coalesce(paid_on, ${businessDate()}::date), updated_at = now() where id = ${op.id} returning paid_on::text`;
  const ctx = systemCtx(deps, requestId);
  const key = `gateway:${n.transactionId}`;
  try {
    const res = await postPayment(
      ctx,
      {
        loanId: op.loan_id,
        clientId: op.party_id,
        paymentDate: paidOn,
        amountPaid: op.amount,
        paymentMethod: 'ONLINE_GATEWAY',
        idempotencyKey: key,
        description: op.description,
        externalId: `${gw.name}:${n.transactionId}`,
      },
      { requireClient: false, createdBy: `gateway:${gw.name}` },
    );
    const [u] = await sql<OnlinePaymentRow[]>`
      update online_payments set status = 'PAID', payment_id = ${res.payment.id}, paid_at = coalesce(paid_at, now()), error = null, updated_at = now()
      where id = ${op.id} and (status <> 'PAID' or payment_id is null) returning *`;
    await record(sql, gw.name, n, op.id, res.replayed || !u ? 'REPLAY' : 'POSTED', null, n.fields);
    if (u) await audit(ctx, 'ONLINE_PAYMENT_PAID', 'online_payment', op.id, { status: op.status }, { status: 'PAID', paymentId: res.payment.id, replayed: res.replayed });
    return { status: 200, body: 'TRUE' };
  } catch (err) {
    // the money was taken by the gateway: never ask it to retry forever; staff see status ERROR and post by hand
    const message = (err as Error).message;
    deps.log.error({ err, onlinePaymentId: op.id }, 'online payment could not be posted');
    const [existing] = await sql<{ id: string }[]>`select id from payments where idempotency_key = ${key}`;
    if (existing) {
      await sql`update online_payments set status = 'PAID', payment_id = ${existing.id}, paid_at = coalesce(paid_at, now()), updated_at = now() where id = ${op.id}`;
      await record(sql, gw.name, n, op.id, 'REPLAY', message, n.fields);
      return { status: 200, body: 'TRUE' };
    }
    await sql`update online_payments set status = 'ERROR', error = ${message.slice(0, 500)}, updated_at = now() where id = ${op.id} and status <> 'PAID'`;
    await record(sql, gw.name, n, op.id, 'POST_ERROR', message.slice(0, 500), n.fields);
    await audit(ctx, 'ONLINE_PAYMENT_POST_ERROR', 'online_payment', op.id, { status: op.status }, { status: 'ERROR', error: message.slice(0, 500) });
    return { status: 200, body: 'TRUE' };
  }
}
