import { SMSAPI, type MessageStatus } from 'smsapi';

/**
 * SMS gateway over SMSAPI (https://www.smsapi.pl/docs).
 * - send and testConnection go through the official `smsapi` client (base URL = our configured endpoint, so the
 *   sandbox and the real SMSAPI differ only by URL and token);
 * - checkStatus uses SMSAPI's REST call `GET /sms.do?status=ID1|ID2&format=json` with fetch, because the client has
 *   no status call;
 * - the client's fetch takes no AbortSignal, so its calls are bounded by a timer (the request is abandoned, and
 *   reported as a retryable TIMEOUT); idempotency (idx + check_idx=1) makes a later retry safe.
 * With a backup endpoint, a retryable failure of the primary is retried once on the backup.
 */

type SmsStatus = MessageStatus | 'ALREADY_SENT';

export interface SmsGatewayOptions {
  /** primary first, then backups, e.g. ['https://api.smsapi.pl', 'https://api2.smsapi.pl'] */
  endpointUrls: string[];
  /** token with the "SMS" scope (sending, status) */
  smsToken: string;
  /** token with the "user profile" scope (test connection); defaults to smsToken */
  profileToken?: string;
  /** default sender; when absent SMSAPI uses the account's default sender */
  senderName?: string | null;
  /** per-call timeout, default 10 000 ms */
  timeoutMs?: number;
  /** default notify_url for delivery callbacks */
  notifyUrl?: string | null;
}

export interface SmsSendInput {
  /** phone number: 9-digit Polish numbers are accepted as such, else with country code */
  to: string;
  text: string;
  /** overrides the configured sender */
  from?: string | null;
  /** idempotency key (≤ 255 chars): e.g. `notice:<id>`; sent with check_idx=1 */
  idx: string;
  notifyUrl?: string | null;
  /** SMSAPI test mode: validated and answered, never delivered */
  test?: boolean;
}

export interface SmsSendResult {
  /** SMSAPI message id; null when the provider refused a duplicate idx (already sent before) */
  providerId: string | null;
  status: SmsStatus;
  points: number;
  parts: number | null;
  number: string | null;
  /** true when the provider refused the idx as already used (code 105): the message was sent by an earlier attempt */
  alreadySent: boolean;
}

export interface SmsStatusInfo {
  providerId: string;
  status: MessageStatus;
  number: string | null;
  idx: string | null;
  points: number | null;
}

export interface SmsConnectionInfo {
  ok: true;
  endpointUrl: string;
  points: number | null;
  username: string | null;
  paymentType: string | null;
  /** registered sender names, when the SMS token may list them */
  senderNames: string[] | null;
}

export type SmsErrorReason = 'NETWORK' | 'TIMEOUT' | 'SERVER' | 'AUTH' | 'INVALID_NUMBER' | 'BAD_SENDER' | 'MESSAGE_TOO_LONG' | 'INSUFFICIENT_POINTS' | 'NOT_FOUND' | 'PROVIDER';

/** Error of the gateway: `retryable` for network errors, timeouts and 5xx; permanent otherwise. */
export class SmsGatewayError extends Error {
  override name = 'SmsGatewayError';
  constructor(
    message: string,
    readonly reason: SmsErrorReason,
    readonly retryable: boolean,
    /** SMSAPI error code (e.g. 13, 14, 101) when the provider answered one */
    readonly providerCode: number | null = null,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.unanswered = reason === 'TIMEOUT' || reason === 'NETWORK' || (reason === 'SERVER' && providerCode === null && httpStatus === null);
  }

  /**
   * No answer of the provider came back (timeout, connection lost, unreadable answer) — on this endpoint or an earlier
   * one of the failover: a send may still have been ACCEPTED (its answer lost). Not a verdict that nothing was sent.
   */
  unanswered: boolean;
}

const REASON_BY_CODE: Record<number, SmsErrorReason> = {
  11: 'MESSAGE_TOO_LONG',
  13: 'INVALID_NUMBER',
  14: 'BAD_SENDER',
  101: 'AUTH',
  102: 'AUTH',
  103: 'INSUFFICIENT_POINTS',
  301: 'NOT_FOUND',
};
/** SMSAPI codes meaning "internal error, try again" */
const RETRYABLE_CODES = new Set([8, 201, 202, 999]);

function providerError(code: number, message: string, httpStatus: number | null): SmsGatewayError {
  const retryable = RETRYABLE_CODES.has(code);
  return new SmsGatewayError(`SMSAPI error ${code}: ${message}`, REASON_BY_CODE[code] ?? (retryable ? 'SERVER' : 'PROVIDER'), retryable, code, httpStatus);
}

function parseErrorBody(text: unknown): { error: number; message: string } | null {
  try {
    const o = (typeof text === 'string' ? JSON.parse(text) : text) as { error?: unknown; message?: unknown };
    if (o && typeof o === 'object' && o.error !== undefined && o.error !== null && Number.isFinite(Number(o.error))) {
      return { error: Number(o.error), message: String(o.message ?? '') };
    }
  } catch {
    /* not JSON */
  }
  return null;
}

function httpFailure(status: number, body: unknown): SmsGatewayError {
  const parsed = parseErrorBody(body);
  if (parsed) return providerError(parsed.error, parsed.message, status);
  if (status === 401 || status === 403) return new SmsGatewayError(`SMSAPI refused the token (HTTP ${status})`, 'AUTH', false, null, status);
  if (status >= 500 || status === 429 || status === 408) return new SmsGatewayError(`SMSAPI unavailable (HTTP ${status})`, 'SERVER', true, null, status);
  return new SmsGatewayError(`SMSAPI answered HTTP ${status}`, 'PROVIDER', false, null, status);
}

/** Maps whatever the smsapi client or fetch threw to an SmsGatewayError. */
export function toGatewayError(err: unknown): SmsGatewayError {
  if (err instanceof SmsGatewayError) return err;
  const e = err as { name?: string; status?: number; responseBody?: unknown; data?: unknown; message?: string; cause?: unknown };
  if (e?.name === 'MessageError') {
    const parsed = parseErrorBody(e.data);
    if (parsed) return providerError(parsed.error, parsed.message, 200);
  }
  if (e?.name === 'HttpError' && typeof e.status === 'number') return httpFailure(e.status, e.responseBody);
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new SmsGatewayError('SMSAPI did not answer in time', 'TIMEOUT', true);
  if (e?.name === 'SyntaxError') return new SmsGatewayError('SMSAPI sent an unreadable answer', 'SERVER', true);
  return new SmsGatewayError(`Cannot reach SMSAPI: ${e?.message ?? String(err)}${e?.cause ? ` (${(e.cause as Error).message ?? e.cause})` : ''}`, 'NETWORK', true);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SmsGatewayError(`SMSAPI did not answer within ${ms} ms`, 'TIMEOUT', true)), ms);
  });
  p.catch(() => {}); // an abandoned request may fail later
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function trimUrl(u: string): string {
  return u.replace(/\/+$/, '');
}

export class SmsGateway {
  readonly endpointUrls: string[];
  readonly timeoutMs: number;
  private readonly smsClients: SMSAPI[];
  private readonly profileClients: SMSAPI[];

  constructor(private readonly opts: SmsGatewayOptions) {
    this.endpointUrls = opts.endpointUrls
      .map((u) => u.trim())
      .filter(Boolean)
      .map(trimUrl);
    if (!this.endpointUrls.length) throw new Error('SMS gateway: no endpoint URL');
    if (!opts.smsToken) throw new Error('SMS gateway: no SMS token');
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.smsClients = this.endpointUrls.map((u) => new SMSAPI(opts.smsToken, u));
    this.profileClients = this.endpointUrls.map((u) => new SMSAPI(opts.profileToken || opts.smsToken, u));
  }

  /** Runs `call` on the primary endpoint and, on a retryable failure, once on each backup. */
  private async failover<T>(call: (i: number) => Promise<T>): Promise<T> {
    let last: SmsGatewayError | undefined;
    for (let i = 0; i < this.endpointUrls.length; i++) {
      try {
        return await withTimeout(call(i), this.timeoutMs);
      } catch (err) {
        const e = toGatewayError(err);
        // a backup's answer does not tell whether the primary's unanswered call was accepted
        if (last?.unanswered) e.unanswered = true;
        last = e;
        if (!last.retryable) throw last;
      }
    }
    throw last!;
  }

  /** Sends one SMS. Throws SmsGatewayError; a duplicate idx (code 105) answers `alreadySent: true`. */
  async send(input: SmsSendInput): Promise<SmsSendResult> {
    const from = input.from ?? this.opts.senderName ?? undefined;
    const notifyUrl = input.notifyUrl ?? this.opts.notifyUrl ?? undefined;
    try {
      const res = await this.failover((i) =>
        this.smsClients[i].sms.sendSms(input.to, input.text, {
          ...(from ? { from } : {}),
          idx: input.idx,
          checkIdx: true,
          ...(notifyUrl ? { notifyUrl } : {}),
          ...(input.test ? { test: true } : {}),
        }),
      );
      const m = res.list[0];
      if (!m) throw new SmsGatewayError('SMSAPI accepted no message', 'PROVIDER', false);
      return { providerId: String(m.id), status: m.status, points: Number(m.points ?? 0), parts: m.parts ?? res.parts ?? null, number: m.number ?? null, alreadySent: false };
    } catch (err) {
      const e = toGatewayError(err);
      if (e.providerCode === 105) return { providerId: null, status: 'ALREADY_SENT', points: 0, parts: null, number: null, alreadySent: true };
      throw e;
    }
  }

  /** Current delivery status of sent messages (REST: GET /sms.do?status=…; the client has no such call). */
  async checkStatus(providerIds: string[]): Promise<SmsStatusInfo[]> {
    const ids = [...new Set(providerIds.filter(Boolean))];
    if (!ids.length) return [];
    const out: SmsStatusInfo[] = [];
    for (let k = 0; k < ids.length; k += 100) {
      const chunk = ids.slice(k, k + 100);
      try {
        const body = await this.failover(async (i) => {
          const url = `${this.endpointUrls[i]}/sms.do?status=${encodeURIComponent(chunk.join('|'))}&format=json`;
          const res = await fetch(url, {
            headers: { authorization: `Bearer ${this.opts.smsToken}`, accept: 'application/json' },
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          const text = await res.text();
          if (!res.ok) throw httpFailure(res.status, text);
          const parsed = JSON.parse(text) as { list?: Record<string, unknown>[] } & Record<string, unknown>;
          const err = parseErrorBody(parsed);
          if (err) throw providerError(err.error, err.message, res.status);
          return parsed;
        });
        for (const m of body.list ?? []) {
          out.push({
            providerId: String(m.id),
            status: String(m.status) as MessageStatus,
            number: m.number == null ? null : String(m.number),
            idx: m.idx == null ? null : String(m.idx),
            points: m.points == null ? null : Number(m.points),
          });
        }
      } catch (err) {
        const e = toGatewayError(err);
        if (e.providerCode === 301) continue; // none of these ids is known
        throw e;
      }
    }
    return out;
  }

  /** "Test connection": the profile (points) with the profile token, and the sender names with the SMS token. */
  async testConnection(): Promise<SmsConnectionInfo> {
    let endpointUrl = this.endpointUrls[0];
    const profile = await this.failover(async (i) => {
      endpointUrl = this.endpointUrls[i];
      return this.profileClients[i].profile.get();
    });
    let senderNames: string[] | null = null;
    try {
      const names = await this.failover((i) => this.smsClients[i].sendernames.get());
      senderNames = names.collection.filter((n) => String(n.status) === 'ACTIVE').map((n) => n.sender);
    } catch (err) {
      const e = toGatewayError(err);
      if (e.reason === 'AUTH' && this.opts.profileToken && this.opts.profileToken !== this.opts.smsToken) {
        throw new SmsGatewayError(`The SMS token was refused: ${e.message}`, 'AUTH', false, e.providerCode, e.httpStatus);
      }
      if (e.reason === 'AUTH' || e.retryable) throw e;
      senderNames = null; // listing sender names is not essential
    }
    return {
      ok: true,
      endpointUrl,
      points: profile.points ?? null,
      username: profile.username ?? null,
      paymentType: profile.paymentType ?? null,
      senderNames,
    };
  }
}
