/**
 * Payment gateway adapter (Tpay, formerly Transferuj.pl; the local sandbox gateway). The client zone creates a
 * transaction and sends the borrower to `redirectUrl`; the gateway later POSTs a signed notification to
 * `notifyUrl`, which the app verifies with `verifyNotification` before posting anything.
 */
export type GatewayName = 'sandbox' | 'tpay';

export interface CreateTransactionInput {
  /** our online payment id (sent to the gateway as the merchant's control value, e.g. Tpay hiddenDescription / tr_crc) */
  id: string;
  /** decimal string with 2 decimals, e.g. "123.45" */
  amount: string;
  description: string;
  email?: string | null;
  name?: string | null;
  /** where the gateway sends the browser back (the SPA's loan page) */
  returnUrl: string;
  /** where the gateway POSTs the notification (POST /api/payments/notify/:gateway) */
  notifyUrl: string;
}

export interface CreatedTransaction {
  /** the gateway's transaction id, as it appears in notifications (Tpay: the title "TR-…" = tr_id) */
  transactionId: string;
  redirectUrl: string;
}

export interface GatewayNotification {
  transactionId: string;
  /** amount paid, decimal string with 2 decimals */
  amount: string;
  status: 'PAID' | 'FAILED';
  /** our online payment id echoed back (Tpay tr_crc), when the gateway sends it */
  crc: string | null;
  /** the verified fields as received */
  fields: Record<string, string>;
}

export type Headers = Record<string, string | string[] | undefined>;

export interface PaymentGatewayAdapter {
  readonly name: GatewayName;
  /** true when the gateway needs the payer's e-mail (Tpay Open API) */
  readonly requiresEmail: boolean;
  createTransaction(input: CreateTransactionInput): Promise<CreatedTransaction>;
  /** Verifies the signature of a notification and parses it; throws NotificationRejected on a bad signature or body. */
  verifyNotification(rawBody: Buffer | string, headers: Headers): Promise<GatewayNotification>;
}

/** A notification that must not be trusted (bad/missing signature, unreadable body). */
export class NotificationRejected extends Error {
  override name = 'NotificationRejected';
  constructor(
    message: string,
    readonly reason: 'BAD_SIGNATURE' | 'BAD_BODY' = 'BAD_SIGNATURE',
  ) {
    super(message);
  }
}

/** The gateway could not create a transaction (network, auth, validation at the gateway). */
export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

export function header(headers: Headers, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** "12.5" → "12.50"; null when not a non-negative decimal with at most 2 decimals. */
export function canonicalAmount(v: string | undefined | null): string | null {
  if (v === undefined || v === null) return null;
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(String(v).trim());
  if (!m) return null;
  return `${BigInt(m[1])}.${(m[2] ?? '').padEnd(2, '0')}`;
}
