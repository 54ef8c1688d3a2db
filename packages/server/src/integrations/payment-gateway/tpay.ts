import { X509Certificate, createHash, timingSafeEqual, verify as cryptoVerify } from 'node:crypto';
import {
  GatewayError,
  NotificationRejected,
  canonicalAmount,
  header,
  type CreateTransactionInput,
  type CreatedTransaction,
  type GatewayNotification,
  type Headers,
  type PaymentGatewayAdapter,
} from './types.js';

/**
 * Tpay (formerly Transferuj.pl) through its current **Open API** (https://docs-api.tpay.com):
 * - OAuth 2 client credentials: POST {apiUrl}/oauth/auth (client_id, client_secret) → access_token (cached until
 *   shortly before expires_in);
 * - POST {apiUrl}/transactions with amount, description, hiddenDescription (= our online payment id, echoed as
 *   tr_crc), payer {email, name}, callbacks.payerUrls {success, error} (= return URL) and
 *   callbacks.notification.url (= our notify URL) → { transactionId, title, transactionPaymentUrl };
 *   the title ("TR-…") is what notifications carry as tr_id, so it is our transaction id;
 * - notifications: POST application/x-www-form-urlencoded (id, tr_id, tr_date, tr_crc, tr_amount, tr_paid, tr_desc,
 *   tr_status TRUE|FALSE|CHARGEBACK, tr_error, tr_email, md5sum, test_mode) with header X-JWS-Signature: a detached
 *   JWS (RFC 7515, RS256) over the raw body. We check that the header's x5u points into Tpay's certificate host,
 *   that the certificate is signed by Tpay's root certificate and currently valid, then the RS256 signature over
 *   `<protected header>.<base64url(raw body)>`. With TPAY_SECURITY_CODE set, md5sum = md5(id + tr_id + tr_amount +
 *   tr_crc + security code) is checked too. The answer Tpay expects is the text `TRUE`.
 * Env: TPAY_API_URL, TPAY_CLIENT_ID, TPAY_CLIENT_SECRET, TPAY_SECURITY_CODE, TPAY_MERCHANT_ID, TPAY_JWS_ROOT_URL,
 * TPAY_JWS_CERT_PREFIX (docs/clientzone.md). Not exercised against the real service in tests (closed network).
 */
export interface TpayOptions {
  apiUrl: string;
  clientId?: string;
  clientSecret?: string;
  securityCode?: string;
  merchantId?: string;
  jwsRootUrl: string;
  jwsCertPrefix: string;
  timeoutMs: number;
  /** injectable for tests */
  fetch?: typeof fetch;
  now?: () => Date;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export class TpayGateway implements PaymentGatewayAdapter {
  readonly name = 'tpay' as const;
  readonly requiresEmail = true;
  private token: { value: string; until: number } | null = null;
  private readonly certs = new Map<string, { cert: X509Certificate; until: number }>();
  private readonly f: typeof fetch;

  constructor(private readonly o: TpayOptions) {
    this.f = o.fetch ?? fetch;
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value;
    if (!this.o.clientId || !this.o.clientSecret) throw new GatewayError('Tpay is not configured (TPAY_CLIENT_ID / TPAY_CLIENT_SECRET)');
    const res = await this.call(`${this.o.apiUrl}/oauth/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: this.o.clientId, client_secret: this.o.clientSecret }).toString(),
    });
    const body = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
    if (!res.ok || !body.access_token) throw new GatewayError(`Tpay refused the OAuth credentials (HTTP ${res.status})`, res.status);
    this.token = { value: body.access_token, until: Date.now() + Math.max(60, (body.expires_in ?? 7200) - 60) * 1000 };
    return body.access_token;
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.f(url, { ...init, signal: AbortSignal.timeout(this.o.timeoutMs) });
    } catch (err) {
      throw new GatewayError(`Cannot reach Tpay: ${(err as Error).message}`);
    }
  }

  async createTransaction(input: CreateTransactionInput): Promise<CreatedTransaction> {
    const send = async (token: string) =>
      this.call(`${this.o.apiUrl}/transactions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          amount: Number(input.amount),
          description: input.description.slice(0, 128),
          hiddenDescription: input.id,
          lang: 'pl',
          payer: { email: input.email ?? undefined, name: input.name ?? undefined },
          callbacks: { payerUrls: { success: input.returnUrl, error: input.returnUrl }, notification: { url: input.notifyUrl } },
        }),
      });
    let res = await send(await this.accessToken());
    if (res.status === 401) {
      this.token = null;
      res = await send(await this.accessToken());
    }
    const body = (await res.json().catch(() => ({}))) as { result?: string; title?: string; transactionId?: string; transactionPaymentUrl?: string; errors?: unknown };
    if (!res.ok || body.result !== 'success' || !body.title || !body.transactionPaymentUrl) {
      throw new GatewayError(`Tpay did not create the transaction (HTTP ${res.status}${body.errors ? `: ${JSON.stringify(body.errors).slice(0, 300)}` : ''})`, res.status);
    }
    return { transactionId: body.title, redirectUrl: body.transactionPaymentUrl };
  }

  private async certificate(url: string): Promise<X509Certificate> {
    const hit = this.certs.get(url);
    if (hit && hit.until > Date.now()) return hit.cert;
    const res = await this.call(url, { method: 'GET' });
    if (!res.ok) throw new NotificationRejected(`Cannot fetch the Tpay certificate ${url} (HTTP ${res.status})`);
    const cert = new X509Certificate(await res.text());
    this.certs.set(url, { cert, until: Date.now() + 3600_000 });
    return cert;
  }

  async verifyNotification(rawBody: Buffer | string, headers: Headers): Promise<GatewayNotification> {
    const raw = Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody);
    const jws = header(headers, 'x-jws-signature');
    if (!jws) throw new NotificationRejected('Missing X-JWS-Signature header');
    const [protectedB64, detached, signatureB64] = jws.split('.');
    if (!protectedB64 || detached !== '' || !signatureB64) throw new NotificationRejected('Malformed JWS');
    let jwsHeader: { alg?: string; x5u?: string };
    try {
      jwsHeader = JSON.parse(Buffer.from(protectedB64, 'base64url').toString('utf8'));
    } catch {
      throw new NotificationRejected('Malformed JWS header');
    }
    if (jwsHeader.alg !== 'RS256') throw new NotificationRejected(`Unsupported JWS algorithm ${jwsHeader.alg}`);
    const x5u = jwsHeader.x5u ?? '';
    if (!x5u.startsWith(`${this.o.jwsCertPrefix}/`)) throw new NotificationRejected("JWS certificate URL is not Tpay's");
    const [cert, root] = await Promise.all([this.certificate(x5u), this.certificate(this.o.jwsRootUrl)]);
    const now = (this.o.now ?? (() => new Date()))();
    if (!cert.verify(root.publicKey)) throw new NotificationRejected('JWS certificate is not signed by the Tpay root certificate');
    if (new Date(cert.validFrom) > now || new Date(cert.validTo) < now) throw new NotificationRejected('JWS certificate is not valid now');
    const signingInput = Buffer.from(`${protectedB64}.${b64url(raw)}`);
    const ok = cryptoVerify('RSA-SHA256', signingInput, cert.publicKey, Buffer.from(signatureB64, 'base64url'));
    if (!ok) throw new NotificationRejected('Invalid JWS signature');

    const fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) as Record<string, string>;
    if (this.o.securityCode) {
      const expected = createHash('md5')
        .update(`${this.o.merchantId ?? fields.id}${fields.tr_id}${fields.tr_amount}${fields.tr_crc}${this.o.securityCode}`)
        .digest('hex');
      const a = Buffer.from(expected);
      const b = Buffer.from(String(fields.md5sum ?? '').toLowerCase());
      if (a.length !== b.length || !timingSafeEqual(a, b)) throw new NotificationRejected('Invalid md5sum');
    }
    const status = fields.tr_status === 'TRUE' || fields.tr_status === 'PAID' ? 'PAID' : fields.tr_status === 'FALSE' ? 'FAILED' : null;
    const amount = canonicalAmount(status === 'PAID' ? (fields.tr_paid ?? fields.tr_amount) : fields.tr_amount);
    if (!fields.tr_id || !status || !amount) throw new NotificationRejected(`Unsupported Tpay notification (tr_status ${fields.tr_status ?? '?'})`, 'BAD_BODY');
    return { transactionId: fields.tr_id, amount, status, crc: fields.tr_crc ?? null, fields };
  }
}
