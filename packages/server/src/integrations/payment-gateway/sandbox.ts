import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { NotificationRejected, canonicalAmount, header, type CreateTransactionInput, type CreatedTransaction, type GatewayNotification, type Headers, type PaymentGatewayAdapter } from './types.js';

/**
 * Local SANDBOX payment gateway (development, demos, tests). It lives inside the app under /sandbox-gateway:
 * - createTransaction keeps the transaction in memory and answers /sandbox-gateway/pay/:txId as the redirect URL;
 * - the pay page lets the "borrower" pick a bank and press "Zapłać" (pay) or "Odrzuć" (reject);
 * - on either button the sandbox POSTs a notification, form-encoded like Tpay's (tr_id, tr_crc, tr_amount, tr_paid,
 *   tr_status TRUE|FALSE, tr_date, tr_desc), signed with HMAC-SHA256 of the raw body under the configured secret
 *   (header X-Sandbox-Signature: hex), to the transaction's notify URL, then redirects the browser to the return URL.
 */
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';
export const SANDBOX_BASE_PATH = '/sandbox-gateway';

export interface SandboxTransaction {
  id: string;
  crc: string;
  amount: string;
  description: string;
  email: string | null;
  name: string | null;
  returnUrl: string;
  notifyUrl: string;
  status: 'PENDING' | 'PAID' | 'FAILED';
  bank: string | null;
  createdAt: string;
  deliveries: { at: string; status: 'PAID' | 'FAILED'; httpStatus: number | null; body: string | null; error?: string }[];
}

const SANDBOX_BANKS = ['mBank', 'PKO BP (iPKO)', 'ING Bank Śląski', 'Bank Pekao', 'Santander', 'Millennium', 'Alior Bank', 'BLIK'];

export function signSandboxBody(secret: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** The form body of a sandbox notification (also used by tests to build replays and forgeries). */
export function sandboxNotificationBody(t: Pick<SandboxTransaction, 'id' | 'crc' | 'amount' | 'description'>, status: 'PAID' | 'FAILED', at = new Date()): string {
  return new URLSearchParams({
    id: 'sandbox',
    tr_id: t.id,
    tr_date: at.toISOString().replace('T', ' ').slice(0, 19),
    tr_crc: t.crc,
    tr_amount: t.amount,
    tr_paid: status === 'PAID' ? t.amount : '0.00',
    tr_desc: t.description,
    tr_status: status === 'PAID' ? 'TRUE' : 'FALSE',
    tr_error: status === 'PAID' ? 'none' : 'rejected',
  }).toString();
}

export class SandboxGateway implements PaymentGatewayAdapter {
  readonly name = 'sandbox' as const;
  readonly requiresEmail = false;
  readonly transactions = new Map<string, SandboxTransaction>();

  constructor(private readonly secret: string) {}

  async createTransaction(input: CreateTransactionInput): Promise<CreatedTransaction> {
    const id = `SBX-${randomBytes(6).toString('hex').toUpperCase()}`;
    this.transactions.set(id, {
      id,
      crc: input.id,
      amount: input.amount,
      description: input.description,
      email: input.email ?? null,
      name: input.name ?? null,
      returnUrl: input.returnUrl,
      notifyUrl: input.notifyUrl,
      status: 'PENDING',
      bank: null,
      createdAt: new Date().toISOString(),
      deliveries: [],
    });
    // the sandbox is served by the app itself: its pages live at the origin the notifications go to
    const origin = new URL(input.notifyUrl).origin;
    return { transactionId: id, redirectUrl: `${origin}${SANDBOX_BASE_PATH}/pay/${id}` };
  }

  sign(body: string | Buffer): string {
    return signSandboxBody(this.secret, body);
  }

  async verifyNotification(rawBody: Buffer | string, headers: Headers): Promise<GatewayNotification> {
    const given = header(headers, SANDBOX_SIGNATURE_HEADER) ?? '';
    const expected = this.sign(rawBody);
    const a = Buffer.from(given.trim().toLowerCase());
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw new NotificationRejected('Invalid sandbox notification signature');
    const fields = Object.fromEntries(new URLSearchParams(rawBody.toString('utf8'))) as Record<string, string>;
    const status = fields.tr_status === 'TRUE' ? 'PAID' : fields.tr_status === 'FALSE' ? 'FAILED' : null;
    const amount = canonicalAmount(status === 'PAID' ? fields.tr_paid : fields.tr_amount);
    if (!fields.tr_id || !status || !amount) throw new NotificationRejected('Unreadable sandbox notification', 'BAD_BODY');
    return { transactionId: fields.tr_id, amount, status, crc: fields.tr_crc ?? null, fields };
  }

  /** Sends the signed notification for `status` to the transaction's notify URL (what the pay/reject buttons do). */
  async deliver(id: string, status: 'PAID' | 'FAILED'): Promise<SandboxTransaction['deliveries'][number]> {
    const t = this.transactions.get(id);
    if (!t) throw new Error(`unknown sandbox transaction ${id}`);
    const body = sandboxNotificationBody(t, status);
    const rec: SandboxTransaction['deliveries'][number] = { at: new Date().toISOString(), status, httpStatus: null, body: null };
    try {
      const res = await fetch(t.notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [SANDBOX_SIGNATURE_HEADER]: this.sign(body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      rec.httpStatus = res.status;
      rec.body = (await res.text()).slice(0, 200);
    } catch (err) {
      rec.error = (err as Error).message;
    }
    t.deliveries.push(rec);
    return rec;
  }
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>
body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;padding:2rem;color:#1d2733}
main{max-width:34rem;margin:auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem}.banner{background:#fff3cd;border:1px solid #e0c46c;padding:.5rem .8rem;border-radius:4px;font-size:.9rem}
dl{display:grid;grid-template-columns:9rem 1fr;gap:.3rem}dt{color:#667}dd{margin:0;font-weight:600}
fieldset{border:1px solid #ccd;border-radius:6px;margin:1rem 0}label{display:block;padding:.2rem 0}
button{font-size:1rem;padding:.6rem 1.4rem;border-radius:5px;border:0;margin-right:.5rem;cursor:pointer}
.pay{background:#1a7f37;color:#fff}.reject{background:#c62828;color:#fff}
</style></head><body><main>${body}</main></body></html>`;
}

/** Express router of the sandbox gateway's pages (mounted at /sandbox-gateway in dev/embedded mode only). */
export function sandboxGatewayRouter(gw: SandboxGateway): Router {
  const r = express.Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });

  r.get('/pay/:txId', (req, res) => {
    const t = gw.transactions.get(String(req.params.txId));
    if (!t) return void res.status(404).type('html').send(page('Nie znaleziono', '<h1>Nie znaleziono transakcji</h1>'));
    if (t.status !== 'PENDING') {
      return void res
        .type('html')
        .send(page('Transakcja zakończona', `<h1>Transakcja ${esc(t.id)}: ${t.status === 'PAID' ? 'opłacona' : 'odrzucona'}</h1><p><a href="${esc(t.returnUrl)}">Powrót do serwisu</a></p>`));
    }
    const banks = SANDBOX_BANKS.map((b, i) => `<label><input type="radio" name="bank" value="${esc(b)}"${i === 0 ? ' checked' : ''}> ${esc(b)}</label>`).join('');
    res.type('html').send(
      page(
        'Sandbox — płatność',
        `<p class="banner">Bramka testowa (sandbox) — żadne pieniądze nie są pobierane.</p>
<h1>Płatność ${esc(t.id)}</h1>
<dl><dt>Kwota</dt><dd>${esc(t.amount)} PLN</dd><dt>Opis</dt><dd>${esc(t.description)}</dd>${t.name ? `<dt>Płatnik</dt><dd>${esc(t.name)}</dd>` : ''}${t.email ? `<dt>E-mail</dt><dd>${esc(t.email)}</dd>` : ''}</dl>
<form method="post" action="${SANDBOX_BASE_PATH}/pay/${esc(t.id)}">
<fieldset><legend>Wybierz bank</legend>${banks}</fieldset>
<button class="pay" type="submit" name="action" value="pay">Zapłać</button>
<button class="reject" type="submit" name="action" value="reject">Odrzuć</button>
</form>`,
      ),
    );
  });

  r.post('/pay/:txId', form, async (req, res) => {
    const t = gw.transactions.get(String(req.params.txId));
    if (!t) return void res.status(404).type('html').send(page('Nie znaleziono', '<h1>Nie znaleziono transakcji</h1>'));
    const body = (req.body ?? {}) as { action?: string; bank?: string };
    if (t.status === 'PENDING') {
      const status = body.action === 'reject' ? 'FAILED' : 'PAID';
      t.status = status;
      t.bank = body.bank ? String(body.bank).slice(0, 60) : null;
      await gw.deliver(t.id, status);
    }
    res.redirect(303, t.returnUrl);
  });

  /** developer aids: list transactions, re-send a notification */
  r.get('/transactions', (_req, res) => void res.json({ transactions: [...gw.transactions.values()] }));
  r.post('/transactions/:txId/resend', express.json({ limit: '4kb' }), async (req, res) => {
    const t = gw.transactions.get(String(req.params.txId));
    if (!t) return void res.status(404).json({ error: 'unknown transaction' });
    const status = (req.body as { status?: string } | undefined)?.status === 'FAILED' ? 'FAILED' : t.status === 'FAILED' ? 'FAILED' : 'PAID';
    res.json(await gw.deliver(t.id, status));
  });
  return r;
}
