/**
 * Scenario C (docs/reliability.md): payment gateway notifications (client zone, local sandbox gateway with
 * HMAC-signed notifications) replayed, reordered, delivered concurrently and forged. Each PAID transaction must be
 * posted exactly once with the amount of the transaction; forged notifications must post nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { borrowerSession } from './support/faults.js';
import { appConfig } from '../src/app-config.js';
import { sandboxNotificationBody, signSandboxBody, SANDBOX_SIGNATURE_HEADER } from '../src/integrations/payment-gateway/index.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const START = `mutation($l: ID!, $a: Decimal!) { startOnlinePayment(loanId: $l, amount: $a) { onlinePaymentId transactionId amount } }`;
interface Started {
  onlinePaymentId: string;
  transactionId: string;
  amount: string;
  loanId: string;
}

function notify(body: string, headers: Record<string, string>) {
  return fetch(`${app.url}/api/payments/notify/sandbox`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));
}

describe('scenario C: gateway notifications replayed, reordered, forged', () => {
  it('each paid transaction is posted exactly once; forgeries are rejected and post nothing', async () => {
    expect(appConfig().clientZone.paymentGateway).toBe('sandbox');
    const secret = appConfig().clientZone.sandboxGatewaySecret;
    const rng = mulberry32(7);
    // 12 borrowers, 2 online payments each (24 transactions)
    const started: Started[] = [];
    for (let i = 0; i < 12; i++) {
      const loan = await createLoan(db);
      const c = makeClient(app.url);
      c.cookie = (await borrowerSession(db.sql, loan.partyId)).cookie;
      for (let k = 0; k < 2; k++) {
        const amount = `${100 + i * 7 + k}.${String(10 + k * 13).padStart(2, '0')}`;
        const r = await c.gql<{ startOnlinePayment: Omit<Started, 'loanId'> }>(START, { l: loan.loanId, a: amount });
        expect(r.errors).toBeUndefined();
        started.push({ ...r.data!.startOnlinePayment, loanId: loan.loanId });
      }
    }
    const body = (s: Started, status: 'PAID' | 'FAILED', amount = s.amount) => sandboxNotificationBody({ id: s.transactionId, crc: s.onlinePaymentId, amount, description: 'x' }, status);
    const sig = (b: string) => ({ [SANDBOX_SIGNATURE_HEADER]: signSandboxBody(secret, b) });

    // legitimate deliveries: 20 transactions PAID (each 4× — replays, some concurrently), 4 FAILED; plus reorderings:
    // FAILED arriving after PAID for 5 of the paid ones, and PAID arriving after FAILED for 2 of them (FAILED first)
    const paid = started.slice(0, 20);
    const failed = started.slice(20);
    const deliveries: { b: string; h: Record<string, string>; kind: string }[] = [];
    for (const s of paid)
      for (let k = 0; k < 4; k++) {
        const b = body(s, 'PAID');
        deliveries.push({ b, h: sig(b), kind: 'paid' });
      }
    for (const s of paid.slice(0, 5)) {
      const b = body(s, 'FAILED');
      deliveries.push({ b, h: sig(b), kind: 'failed-after' });
    }
    for (const s of failed) {
      const b = body(s, 'FAILED');
      deliveries.push({ b, h: sig(b), kind: 'failed' });
    }

    // forgeries
    const victim = failed[0];
    const forged: { b: string; h: Record<string, string>; why: string }[] = [
      { b: body(victim, 'PAID'), h: {}, why: 'no signature' },
      { b: body(victim, 'PAID'), h: { [SANDBOX_SIGNATURE_HEADER]: signSandboxBody('guessed-secret', body(victim, 'PAID')) }, why: 'signed with another key' },
      { b: body(victim, 'PAID'), h: sig(body(failed[1], 'PAID')), why: 'signature of another notification' },
      { b: body(victim, 'PAID').replace(/tr_status=FALSE/, 'tr_status=TRUE'), h: sig(body(victim, 'FAILED')), why: 'FAILED body flipped to PAID, old signature' },
      { b: body(victim, 'PAID', '1.00'), h: sig(body(victim, 'PAID', '1.00')), why: 'validly signed but another amount' },
      { b: body({ ...victim, transactionId: 'SBX-FORGED00000' }, 'PAID'), h: sig(body({ ...victim, transactionId: 'SBX-FORGED00000' }, 'PAID')), why: 'unknown transaction' },
      { b: body({ ...victim, onlinePaymentId: paid[0].onlinePaymentId }, 'PAID'), h: sig(body({ ...victim, onlinePaymentId: paid[0].onlinePaymentId }, 'PAID')), why: 'crc of another payment' },
      { b: `${body(victim, 'PAID')}&tr_paid=999999.00`, h: sig(body(victim, 'PAID')), why: 'extra parameter appended' },
      { b: body(victim, 'PAID'), h: { [SANDBOX_SIGNATURE_HEADER]: signSandboxBody(secret, body(victim, 'PAID')).toUpperCase().slice(0, 63) }, why: 'truncated signature' },
    ];
    for (const f of forged) deliveries.push({ b: f.b, h: f.h, kind: `forged: ${f.why}` });

    // shuffle and deliver in waves of 8 concurrent requests
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j], deliveries[i]];
    }
    const results: { kind: string; status: number; text: string }[] = [];
    for (let i = 0; i < deliveries.length; i += 8) {
      const wave = deliveries.slice(i, i + 8);
      results.push(...(await Promise.all(wave.map(async (d) => ({ kind: d.kind, ...(await notify(d.b, d.h)) })))));
    }
    // the late PAID after FAILED (the gateway said paid after all): posted once
    for (const s of failed.slice(2)) {
      const b = body(s, 'PAID');
      results.push({ kind: 'paid-after-failed', ...(await notify(b, sig(b))) });
      results.push({ kind: 'paid-after-failed', ...(await notify(b, sig(b))) });
    }

    for (const r of results.filter((x) => x.kind.startsWith('forged'))) {
      expect(r.status, r.kind).toBe(400);
      expect(r.text).toMatch(/^FALSE/);
    }
    for (const r of results.filter((x) => !x.kind.startsWith('forged'))) expect(r.status, `${r.kind}: ${r.text}`).toBe(200);

    const expectedPaid = [...paid, ...failed.slice(2)];
    for (const s of expectedPaid) {
      const rows = await db.sql<{ amount: string; method: string }[]>`select amount::text, method from payments where idempotency_key = ${'gateway:' + s.transactionId}`;
      expect(rows, s.transactionId).toEqual([{ amount: s.amount, method: 'ONLINE_GATEWAY' }]);
      const [op] = await db.sql<{ status: string }[]>`select status from online_payments where id = ${s.onlinePaymentId}`;
      expect(op.status).toBe('PAID');
    }
    for (const s of failed.slice(0, 2)) {
      expect(await db.sql`select 1 from payments where idempotency_key = ${'gateway:' + s.transactionId}`).toHaveLength(0);
      const [op] = await db.sql<{ status: string }[]>`select status from online_payments where id = ${s.onlinePaymentId}`;
      expect(op.status).toBe('FAILED');
    }
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from payments`;
    expect(n).toBe(expectedPaid.length);
    const outcomes = await db.sql<{ outcome: string; n: number }[]>`select outcome, count(*)::int as n from payment_notifications group by 1 order by 1`;
    const report = await checkInvariants(db.sql, { acceptedKeys: new Set(expectedPaid.map((s) => 'gateway:' + s.transactionId)) }, { asOf: TODAY });
    expect(report.violations).toEqual([]);
    console.log(
      `[reliability C] ${JSON.stringify({ transactions: started.length, deliveries: results.length, forged: forged.length, posted: n, outcomes: Object.fromEntries(outcomes.map((o) => [o.outcome, o.n])) })}`,
    );
  }, 60_000);
});
