import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SmsGateway, SmsGatewayError } from '../src/integrations/sms-gateway.js';
import { parseDeliveryReports } from '../src/integrations/sms-callbacks.js';
import { startTestSmsapi, waitFor, type SmsapiSandbox } from './support/sandboxes.js';

let sb: SmsapiSandbox;
let gw: SmsGateway;
let hook: http.Server;
let hookUrl: string;
const received: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  sb = await startTestSmsapi();
  gw = new SmsGateway({ endpointUrls: [sb.url], smsToken: sb.token, profileToken: sb.token, senderName: 'Raty', timeoutMs: 800 });
  hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, body });
      res.end('OK');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/dlr`;
});
afterAll(async () => {
  await sb?.close();
  await new Promise<void>((r) => hook?.close(() => r()));
});
beforeEach(() => {
  sb.clear();
  sb.configure({ failNext: 0, timeoutNext: 0, failureRate: 0, timeoutRate: 0, invalidNumbers: [], latencyMs: 0, outcomes: { DELIVERED: 1 }, deliveryDelayMs: 100 });
});

async function expectGatewayError(p: Promise<unknown>): Promise<SmsGatewayError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SmsGatewayError);
  return err as SmsGatewayError;
}

describe('SMS gateway (official smsapi client) against the SMSAPI sandbox', () => {
  it('sends an SMS: the sandbox receives the text, sender, number and idx', async () => {
    const r = await gw.send({ to: '600100200', text: 'Przypomnienie: rata 120,00 PLN do 2026-12-01.', idx: 'notice:1' });
    expect(r.alreadySent).toBe(false);
    expect(r.providerId).toMatch(/^\w+$/);
    expect(r.status).toBe('QUEUE');
    expect(r.points).toBeGreaterThan(0);
    expect(r.number).toBe('48600100200');
    const [m] = sb.messages();
    expect(m).toMatchObject({ id: r.providerId, number: '48600100200', from: 'Raty', idx: 'notice:1', text: 'Przypomnienie: rata 120,00 PLN do 2026-12-01.', parts: 1 });
    // the admin listing over HTTP shows the same
    const listing = (await (await fetch(`${sb.url}/__sandbox/messages?idx=notice:1`)).json()) as { count: number; messages: { text: string }[] };
    expect(listing.count).toBe(1);
    expect(listing.messages[0].text).toContain('rata 120,00 PLN');
  });

  it('refuses a second send with the same idx (check_idx=1, code 105) and reports it as already sent', async () => {
    const first = await gw.send({ to: '600100201', text: 'Hello', idx: 'notice:dup' });
    expect(first.alreadySent).toBe(false);
    const again = await gw.send({ to: '600100201', text: 'Hello', idx: 'notice:dup' });
    expect(again).toMatchObject({ alreadySent: true, providerId: null, status: 'ALREADY_SENT' });
    expect(sb.messages()).toHaveLength(1);
  });

  it('maps an invalid number to permanent error 13', async () => {
    sb.configure({ invalidNumbers: ['600999999'] });
    const e1 = await expectGatewayError(gw.send({ to: '600999999', text: 'x', idx: 'n:13a' }));
    expect(e1).toMatchObject({ providerCode: 13, reason: 'INVALID_NUMBER', retryable: false });
    const e2 = await expectGatewayError(gw.send({ to: '12ab', text: 'x', idx: 'n:13b' }));
    expect(e2.providerCode).toBe(13);
  });

  it('maps a bad sender (14), a too long message (11) and a bad token (101)', async () => {
    const e14 = await expectGatewayError(gw.send({ to: '600100202', text: 'x', from: '1234567890123', idx: 'n:14' }));
    expect(e14).toMatchObject({ providerCode: 14, reason: 'BAD_SENDER', retryable: false });
    const e11 = await expectGatewayError(gw.send({ to: '600100202', text: 'a'.repeat(1600), idx: 'n:11' }));
    expect(e11).toMatchObject({ providerCode: 11, retryable: false });
    const bad = new SmsGateway({ endpointUrls: [sb.url], smsToken: 'wrong', timeoutMs: 800 });
    const e101 = await expectGatewayError(bad.send({ to: '600100202', text: 'x', idx: 'n:101' }));
    expect(e101).toMatchObject({ providerCode: 101, reason: 'AUTH', retryable: false });
    expect(e101.message).toContain('Authorization failed');
    expect(sb.messages()).toHaveLength(0);
  });

  it('treats HTTP 5xx as retryable, and fails over to the backup endpoint', async () => {
    sb.configure({ failNext: 1 });
    const e = await expectGatewayError(gw.send({ to: '600100203', text: 'x', idx: 'n:5xx' }));
    expect(e).toMatchObject({ reason: 'SERVER', retryable: true, httpStatus: 503 });
    // a retry of the same idx after the failure goes through (the failed call stored nothing)
    const ok = await gw.send({ to: '600100203', text: 'x', idx: 'n:5xx' });
    expect(ok.alreadySent).toBe(false);

    const backup = await startTestSmsapi({ token: sb.token });
    try {
      sb.configure({ failNext: 1 });
      const both = new SmsGateway({ endpointUrls: [sb.url, backup.url], smsToken: sb.token, timeoutMs: 800 });
      const r = await both.send({ to: '600100204', text: 'via backup', idx: 'n:backup' });
      expect(r.alreadySent).toBe(false);
      expect(backup.messages().map((m) => m.text)).toEqual(['via backup']);
    } finally {
      await backup.close();
    }
  });

  it('times out within the configured timeout as a retryable error', async () => {
    sb.configure({ timeoutNext: 1 });
    const t0 = Date.now();
    const e = await expectGatewayError(gw.send({ to: '600100205', text: 'x', idx: 'n:timeout' }));
    const took = Date.now() - t0;
    expect(e).toMatchObject({ reason: 'TIMEOUT', retryable: true });
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(2000);
    sb.configure({ timeoutNext: 1 });
    const e2 = await expectGatewayError(gw.checkStatus(['X']));
    expect(e2.reason).toBe('TIMEOUT');
  });

  it('reports a network error as retryable', async () => {
    const down = new SmsGateway({ endpointUrls: ['http://127.0.0.1:1'], smsToken: 't', timeoutMs: 800 });
    const e = await expectGatewayError(down.send({ to: '600100206', text: 'x', idx: 'n:net' }));
    expect(e).toMatchObject({ reason: 'NETWORK', retryable: true });
  });

  it('checks delivery status: QUEUE, then DELIVERED (or the configured outcome)', async () => {
    // 1.5 s before the outcome: long enough that the first check sees QUEUE even on a loaded machine
    sb.configure({ outcomes: { UNDELIVERED: 1 }, deliveryDelayMs: 1500 });
    const a = await gw.send({ to: '600100207', text: 'a', idx: 'n:st1' });
    sb.configure({ outcomes: { DELIVERED: 1 } });
    const b = await gw.send({ to: '600100208', text: 'b', idx: 'n:st2' });
    const first = await gw.checkStatus([a.providerId!, b.providerId!]);
    expect(first.map((s) => s.status)).toEqual(['QUEUE', 'QUEUE']);
    const final = await waitFor(async () => {
      const s = await gw.checkStatus([a.providerId!, b.providerId!, 'UNKNOWN-ID']);
      return s.every((x) => x.status !== 'QUEUE' && x.status !== 'SENT') ? s : null;
    }, 10_000);
    expect(final.map((s) => [s.providerId, s.status, s.idx])).toEqual([
      [a.providerId, 'UNDELIVERED', 'n:st1'],
      [b.providerId, 'DELIVERED', 'n:st2'],
    ]);
    expect(await gw.checkStatus(['NOPE'])).toEqual([]);
  });

  it('posts a delivery callback to notify_url in SMSAPI format', async () => {
    received.length = 0;
    const r = await gw.send({ to: '600100209', text: 'callback please', idx: 'notice:cb', notifyUrl: hookUrl });
    const cb = await waitFor(() => received[0]);
    expect(cb.method).toBe('POST');
    expect(cb.url).toBe('/dlr');
    const params = Object.fromEntries(new URLSearchParams(cb.body));
    expect(params).toMatchObject({ MsgId: r.providerId, status: '404', status_name: 'DELIVERED', idx: 'notice:cb', to: '48600100209', from: 'Raty' });
    expect(Number(params.donedate)).toBeGreaterThan(1_700_000_000);
    const [report] = parseDeliveryReports(params);
    expect(report).toMatchObject({ providerId: r.providerId, status: 'DELIVERED', idx: 'notice:cb', statusCode: '404' });
    // the sandbox records our answer once the response is back, which can be after the hook has seen the request
    expect(await waitFor(() => sb.messages()[0]?.callbacks[0]?.httpStatus)).toBe(200);
  });

  it('test connection returns the account and points; a bad token answers 101', async () => {
    const info = await gw.testConnection();
    expect(info).toMatchObject({ ok: true, endpointUrl: sb.url, username: 'sandbox' });
    expect(info.points).toBeGreaterThan(0);
    const bad = new SmsGateway({ endpointUrls: [sb.url], smsToken: sb.token, profileToken: 'nope', timeoutMs: 800 });
    const e = await expectGatewayError(bad.testConnection());
    expect(e).toMatchObject({ providerCode: 101, reason: 'AUTH' });
  });

  it('sandbox knobs are settable over HTTP', async () => {
    const res = await fetch(`${sb.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 50, bogus: 1 }) });
    const knobs = (await res.json()) as Record<string, unknown>;
    expect(knobs.latencyMs).toBe(50);
    expect(knobs.bogus).toBeUndefined();
    const t0 = Date.now();
    await gw.send({ to: '600100210', text: 'slow', idx: 'n:slow' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    await fetch(`${sb.url}/__sandbox/messages`, { method: 'DELETE' });
    expect(sb.messages()).toHaveLength(0);
  });
});
