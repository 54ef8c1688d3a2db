import { execFileSync } from 'node:child_process';
import { createHash, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NotificationRejected, TpayGateway } from '../src/integrations/payment-gateway/index.js';

/**
 * Tpay adapter without the network: a throw-away root CA and notification-signing certificate made with openssl,
 * served to the adapter through an injected fetch, as Tpay serves them at secure.tpay.com/x509/….
 */
const ROOT_URL = 'https://secure.tpay.com/x509/tpay-jws-root.pem';
const CERT_URL = 'https://secure.tpay.com/x509/notifications-jws.pem';
let pem: { root: string; cert: string; key: string; otherRoot: string; otherCert: string; otherKey: string };

function openssl(dir: string, ...args: string[]) {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpay-jws-'));
  const make = (prefix: string) => {
    openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${prefix}root.key`, '-out', `${prefix}root.pem`, '-days', '30', '-subj', `/CN=${prefix}Tpay Test Root`);
    openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${prefix}leaf.key`, '-out', `${prefix}leaf.csr`, '-subj', `/CN=${prefix}notifications`);
    openssl(dir, 'x509', '-req', '-in', `${prefix}leaf.csr`, '-CA', `${prefix}root.pem`, '-CAkey', `${prefix}root.key`, '-CAcreateserial', '-out', `${prefix}leaf.pem`, '-days', '30');
    const r = (f: string) => fs.readFileSync(path.join(dir, `${prefix}${f}`), 'utf8');
    return { root: r('root.pem'), cert: r('leaf.pem'), key: r('leaf.key') };
  };
  const a = make('a-');
  const b = make('b-');
  pem = { ...a, otherRoot: b.root, otherCert: b.cert, otherKey: b.key };
  fs.rmSync(dir, { recursive: true, force: true });
});

function fakeFetch(files: Record<string, string>, calls: { url: string; init?: RequestInit }[] = []): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    if (url in files) return new Response(files[url], { status: 200 });
    if (url.endsWith('/oauth/auth')) return Response.json({ access_token: 'tok-1', expires_in: 7200 });
    if (url.endsWith('/transactions')) {
      return Response.json({ result: 'success', transactionId: '01JTEST', title: 'TR-ABC-123XYZ', transactionPaymentUrl: 'https://secure.sandbox.tpay.com/?title=TR-ABC-123XYZ' });
    }
    return new Response('not found', { status: 404 });
  }) as typeof fetch;
}

function gateway(
  files: Record<string, string> = { [ROOT_URL]: pem.root, [CERT_URL]: pem.cert },
  extra: Partial<ConstructorParameters<typeof TpayGateway>[0]> = {},
  calls?: { url: string; init?: RequestInit }[],
) {
  return new TpayGateway({
    apiUrl: 'https://openapi.sandbox.tpay.com',
    clientId: 'cid',
    clientSecret: 'csecret',
    jwsRootUrl: ROOT_URL,
    jwsCertPrefix: 'https://secure.tpay.com',
    timeoutMs: 1000,
    fetch: fakeFetch(files, calls),
    ...extra,
  });
}

function jws(body: string, key = pem.key, x5u = CERT_URL): string {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', x5u })).toString('base64url');
  const payload = Buffer.from(body).toString('base64url');
  const sig = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}..${sig}`;
}

const BODY = new URLSearchParams({
  id: '1010',
  tr_id: 'TR-ABC-123XYZ',
  tr_date: '2026-11-25 10:00:00',
  tr_crc: '6f1c0e4e-0000-4000-8000-000000000001',
  tr_amount: '120.50',
  tr_paid: '120.50',
  tr_desc: 'Spłata',
  tr_status: 'TRUE',
  tr_error: 'none',
  tr_email: 'jan@example.com',
  test_mode: '1',
}).toString();

async function rejected(p: Promise<unknown>): Promise<NotificationRejected> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NotificationRejected);
  return err as NotificationRejected;
}

describe('Tpay adapter (Open API)', () => {
  it('creates a transaction with OAuth client credentials and answers the title (tr_id) and the payment URL', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const gw = gateway(undefined, {}, calls);
    const tx = await gw.createTransaction({
      id: 'op-1',
      amount: '120.50',
      description: 'Spłata pożyczki 11',
      email: 'jan@example.com',
      name: 'Jan Nowakowski',
      returnUrl: 'https://raty.example/clientzone/loans/1',
      notifyUrl: 'https://raty.example/api/payments/notify/tpay',
    });
    expect(tx).toEqual({ transactionId: 'TR-ABC-123XYZ', redirectUrl: 'https://secure.sandbox.tpay.com/?title=TR-ABC-123XYZ' });
    expect(calls.map((c) => c.url)).toEqual(['https://openapi.sandbox.tpay.com/oauth/auth', 'https://openapi.sandbox.tpay.com/transactions']);
    expect(String(calls[0].init!.body)).toBe('client_id=cid&client_secret=csecret');
    const sent = JSON.parse(String(calls[1].init!.body));
    expect(sent).toMatchObject({
      amount: 120.5,
      description: 'Spłata pożyczki 11',
      hiddenDescription: 'op-1',
      payer: { email: 'jan@example.com', name: 'Jan Nowakowski' },
      callbacks: { payerUrls: { success: 'https://raty.example/clientzone/loans/1' }, notification: { url: 'https://raty.example/api/payments/notify/tpay' } },
    });
    expect((calls[1].init!.headers as Record<string, string>).authorization).toBe('Bearer tok-1');
    // the token is cached
    await gw.createTransaction({ id: 'op-2', amount: '1.00', description: 'x', returnUrl: 'https://r', notifyUrl: 'https://n' });
    expect(calls.filter((c) => c.url.endsWith('/oauth/auth'))).toHaveLength(1);
  });

  it('accepts a notification whose detached JWS is signed with a certificate issued by the Tpay root', async () => {
    const n = await gateway().verifyNotification(Buffer.from(BODY), { 'x-jws-signature': jws(BODY) });
    expect(n).toMatchObject({ transactionId: 'TR-ABC-123XYZ', amount: '120.50', status: 'PAID', crc: '6f1c0e4e-0000-4000-8000-000000000001' });
    const failed = BODY.replace('tr_status=TRUE', 'tr_status=FALSE');
    expect((await gateway().verifyNotification(failed, { 'x-jws-signature': jws(failed) })).status).toBe('FAILED');
  });

  it('rejects altered bodies, missing or malformed signatures, foreign certificates and certificate URLs', async () => {
    const altered = BODY.replace('tr_paid=120.50', 'tr_paid=1200.50');
    expect((await rejected(gateway().verifyNotification(altered, { 'x-jws-signature': jws(BODY) }))).message).toMatch(/Invalid JWS signature/);
    expect((await rejected(gateway().verifyNotification(BODY, {}))).message).toMatch(/Missing X-JWS-Signature/);
    await rejected(gateway().verifyNotification(BODY, { 'x-jws-signature': 'abc.def.ghi' }));
    // signed by a key whose certificate is not issued by the Tpay root
    const evil = { [ROOT_URL]: pem.root, [CERT_URL]: pem.otherCert };
    expect((await rejected(gateway(evil).verifyNotification(BODY, { 'x-jws-signature': jws(BODY, pem.otherKey) }))).message).toMatch(/root certificate/);
    // x5u pointing outside Tpay's certificate host
    expect((await rejected(gateway().verifyNotification(BODY, { 'x-jws-signature': jws(BODY, pem.key, 'https://evil.example/x509/cert.pem') }))).message).toMatch(/not Tpay/);
  });

  it('checks md5sum when the merchant security code is configured', async () => {
    const code = 'sekret-kupca';
    const md5 = createHash('md5').update(`1010TR-ABC-123XYZ120.506f1c0e4e-0000-4000-8000-000000000001${code}`).digest('hex');
    const good = `${BODY}&md5sum=${md5}`;
    const gw = gateway(undefined, { securityCode: code });
    expect((await gw.verifyNotification(good, { 'x-jws-signature': jws(good) })).status).toBe('PAID');
    const bad = `${BODY}&md5sum=${'0'.repeat(32)}`;
    expect((await rejected(gw.verifyNotification(bad, { 'x-jws-signature': jws(bad) }))).message).toMatch(/md5sum/);
  });
});
