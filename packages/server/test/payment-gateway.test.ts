import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { hashPassword } from '../src/lib/crypto.js';
import { appConfig } from '../src/app-config.js';
import { sandboxNotificationBody, signSandboxBody, SANDBOX_SIGNATURE_HEADER } from '../src/integrations/payment-gateway/index.js';

process.env.RATY_TODAY = '2026-11-25';

type Db = Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let app: Awaited<ReturnType<typeof startTestApp>>;
let A: Awaited<ReturnType<typeof createLoan>>;
let B: Awaited<ReturnType<typeof createLoan>>;
let client: ReturnType<typeof makeClient>;
let secret: string;

const MY_LOAN = `query($id: ID!) { myLoan(id: $id) { totalDebt overdueAmount suggestedPaymentAmount repayments { date amount principal interest penaltyInterest other deposit method } onlinePayments { id status amount transactionId } } }`;
const START = `mutation($l: ID!, $a: Decimal!, $d: String) { startOnlinePayment(loanId: $l, amount: $a, description: $d) { onlinePaymentId redirectUrl transactionId gateway amount status } }`;

interface Started {
  onlinePaymentId: string;
  redirectUrl: string;
  transactionId: string;
  amount: string;
}
interface Loan {
  totalDebt: string;
  overdueAmount: string;
  suggestedPaymentAmount: string;
  repayments: { amount: string; method: string; date: string }[];
  onlinePayments: { id: string; status: string }[];
}

async function start(amount: string, loanId = A.loanId): Promise<Started> {
  const r = await client.gql<{ startOnlinePayment: Started }>(START, { l: loanId, a: amount, d: 'Spłata raty' });
  expect(r.errors).toBeUndefined();
  return r.data!.startOnlinePayment;
}

async function loan(): Promise<Loan> {
  const r = await client.gql<{ myLoan: Loan }>(MY_LOAN, { id: A.loanId });
  expect(r.errors).toBeUndefined();
  return r.data!.myLoan;
}

function notify(body: string, signature: string | null, gateway = 'sandbox') {
  return fetch(`${app.url}/api/payments/notify/${gateway}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { [SANDBOX_SIGNATURE_HEADER]: signature }) },
    body,
  }).then(async (r) => ({ status: r.status, text: await r.text() }));
}

function signed(s: Started, status: 'PAID' | 'FAILED', amount = s.amount) {
  const body = sandboxNotificationBody({ id: s.transactionId, crc: s.onlinePaymentId, amount, description: 'Spłata raty' }, status);
  return { body, sig: signSandboxBody(secret, body) };
}

async function paymentsOf(tx: string) {
  return db.sql<{ id: string; amount: string; method: string; payment_date: string; status: string }[]>`
    select id, amount::text, method, payment_date::text, status from payments where idempotency_key = ${'gateway:' + tx}`;
}

async function onlinePayment(id: string) {
  const [r] = await db.sql<{ status: string; payment_id: string | null }[]>`select status, payment_id from online_payments where id = ${id}`;
  return r;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await startTestApp(db);
  secret = appConfig().clientZone.sandboxGatewaySecret;
  A = await createLoan(db);
  B = await createLoan(db);
  // a borrower account ready to use (the grant/SMS path is covered in clientzone.test.ts)
  const [p] = await db.sql<{ national_id: string }[]>`select national_id from parties where id = ${A.partyId}`;
  await db.sql`insert into client_accounts (party_id, login, password_hash, must_change_password) values (${A.partyId}, ${p.national_id}, ${await hashPassword('Haslo-Platnosci-1')}, false)`;
  client = makeClient(app.url);
  const li = await client.gql(`mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { mustChangePassword } }`, { l: p.national_id, p: 'Haslo-Platnosci-1' });
  expect(li.errors).toBeUndefined();
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('online payment through the sandbox gateway', () => {
  let first: Started;
  let before: Loan;

  it('create → sandbox pay page → "Zapłać" → signed notification → exactly one payment posted, the balance falls', async () => {
    before = await loan();
    expect(Number(before.overdueAmount)).toBeGreaterThan(0);
    expect(before.suggestedPaymentAmount).toBe(before.overdueAmount);
    first = await start(before.suggestedPaymentAmount);
    expect(first.redirectUrl).toBe(`${app.url}/sandbox-gateway/pay/${first.transactionId}`);
    expect(first.amount).toBe(before.suggestedPaymentAmount);

    const pageRes = await fetch(first.redirectUrl);
    expect(pageRes.status).toBe(200);
    const html = await pageRes.text();
    expect(html).toContain('Zapłać');
    expect(html).toContain('Odrzuć');
    expect(html).toContain(`${first.amount} PLN`);
    expect(html).toContain('mBank');

    const pay = await fetch(first.redirectUrl, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'bank=mBank&action=pay' });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe(`${app.url}/clientzone/loans/${A.loanId}?payment=${first.onlinePaymentId}`);

    const posted = await paymentsOf(first.transactionId);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ amount: first.amount, method: 'ONLINE_GATEWAY', payment_date: '2026-11-25', status: 'POSTED' });
    expect(await onlinePayment(first.onlinePaymentId)).toEqual({ status: 'PAID', payment_id: posted[0].id });

    const after = await loan();
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(cents(after.totalDebt)).toBe(cents(before.totalDebt) - cents(first.amount));
    expect(cents(after.overdueAmount)).toBeLessThan(cents(before.overdueAmount));
    expect(after.repayments).toEqual([expect.objectContaining({ amount: first.amount, method: 'ONLINE_GATEWAY', date: '2026-11-25' })]);
    expect(after.onlinePayments[0]).toMatchObject({ id: first.onlinePaymentId, status: 'PAID' });
  });

  it('the same notification replayed 5 times, then 5 times concurrently → still one payment, every answer 200 TRUE', async () => {
    const { body, sig } = signed(first, 'PAID');
    for (let i = 0; i < 5; i++) expect(await notify(body, sig)).toEqual({ status: 200, text: 'TRUE' });
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => notify(body, sig)));
    for (const r of concurrent) expect(r).toEqual({ status: 200, text: 'TRUE' });
    expect(await paymentsOf(first.transactionId)).toHaveLength(1);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from payments where loan_id = ${A.loanId}`;
    expect(n).toBe(1);
  });

  it('a FAILED notification after PAID (reordered delivery) does not undo the posted payment', async () => {
    const { body, sig } = signed(first, 'FAILED');
    expect(await notify(body, sig)).toEqual({ status: 200, text: 'TRUE' });
    expect((await onlinePayment(first.onlinePaymentId)).status).toBe('PAID');
    const posted = await paymentsOf(first.transactionId);
    expect(posted).toHaveLength(1);
    expect(posted[0].status).toBe('POSTED');
    const [{ outcome }] = await db.sql<{ outcome: string }[]>`select outcome from payment_notifications where transaction_id = ${first.transactionId} and status = 'FAILED'`;
    expect(outcome).toBe('IGNORED_AFTER_PAID');
  });

  it('forged or altered signatures → 400 and nothing posted', async () => {
    const s = await start('25.00');
    const { body, sig } = signed(s, 'PAID');
    const altered = body.replace('tr_paid=25.00', 'tr_paid=2500.00').replace('tr_amount=25.00', 'tr_amount=2500.00');
    expect(altered).not.toBe(body);
    expect((await notify(altered, sig)).status).toBe(400);
    expect((await notify(body, signSandboxBody('not-the-secret', body))).status).toBe(400);
    expect((await notify(body, null)).status).toBe(400);
    expect(
      (
        await notify(
          body,
          sig.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        )
      ).status,
    ).toBe(400);
    expect(await paymentsOf(s.transactionId)).toHaveLength(0);
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('PENDING');
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from payment_notifications where outcome = 'BAD_SIGNATURE'`;
    expect(n).toBe(4);
    // the genuine one still works afterwards
    expect(await notify(body, sig)).toEqual({ status: 200, text: 'TRUE' });
    expect(await paymentsOf(s.transactionId)).toHaveLength(1);
  });

  it('a correctly signed notification with an amount differing from the created transaction is rejected', async () => {
    const s = await start('30.00');
    const { body, sig } = signed(s, 'PAID', '29.99');
    expect(await notify(body, sig)).toMatchObject({ status: 400, text: 'FALSE - amount mismatch' });
    expect(await paymentsOf(s.transactionId)).toHaveLength(0);
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('PENDING');
  });

  it('concurrent first deliveries of a new transaction post exactly one payment', async () => {
    const s = await start('40.00');
    const { body, sig } = signed(s, 'PAID');
    const res = await Promise.all(Array.from({ length: 8 }, () => notify(body, sig)));
    for (const r of res) expect(r).toEqual({ status: 200, text: 'TRUE' });
    expect(await paymentsOf(s.transactionId)).toHaveLength(1);
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('PAID');
  });

  it('"Odrzuć" sends a FAILED notification: the online payment fails, nothing is posted', async () => {
    const s = await start('15.00');
    const rej = await fetch(s.redirectUrl, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'bank=ING&action=reject' });
    expect(rej.status).toBe(303);
    expect(await onlinePayment(s.onlinePaymentId)).toEqual({ status: 'FAILED', payment_id: null });
    expect(await paymentsOf(s.transactionId)).toHaveLength(0);
    expect(await (await fetch(s.redirectUrl)).text()).toContain('odrzucona');
  });

  it('payment history (issue 26): every attempt with its status; a failed one stays, an abandoned one shows as CANCELLED', async () => {
    const failed = await start('7.00');
    await fetch(failed.redirectUrl, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'bank=ING&action=reject' });
    const abandoned = await start('8.00');
    const pending = await start('9.00');
    // the borrower left the gateway page 31 minutes ago without paying (RATY_CZ_PAYMENT_ABANDON_MINUTES, default 30)
    await db.sql`update online_payments set created_at = now() - interval '31 minutes' where id = ${abandoned.onlinePaymentId}`;
    const r = await client.gql<{ myLoan: { onlinePayments: { id: string; status: string; amount: string; createdAt: string; failedAt: string | null }[] } }>(
      `query($id: ID!) { myLoan(id: $id) { onlinePayments { id status amount createdAt failedAt } } }`,
      { id: A.loanId },
    );
    const byId = new Map(r.data!.myLoan.onlinePayments.map((p) => [p.id, p]));
    expect(byId.get(failed.onlinePaymentId)).toMatchObject({ status: 'FAILED', amount: '7.00' });
    expect(byId.get(failed.onlinePaymentId)!.failedAt).not.toBeNull();
    expect(byId.get(abandoned.onlinePaymentId)).toMatchObject({ status: 'CANCELLED', amount: '8.00' });
    expect(byId.get(pending.onlinePaymentId)).toMatchObject({ status: 'PENDING', amount: '9.00' });
    expect(byId.get(first.onlinePaymentId)).toMatchObject({ status: 'PAID' });
    // stored status unchanged: a late PAID notification for the abandoned attempt still posts it
    expect((await onlinePayment(abandoned.onlinePaymentId)).status).toBe('PENDING');
    const late = signed(abandoned, 'PAID');
    expect((await notify(late.body, late.sig)).status).toBe(200);
    expect((await onlinePayment(abandoned.onlinePaymentId)).status).toBe('PAID');
  });

  it('a PAID notification after a FAILED one still posts the payment once (money arrived)', async () => {
    const s = await start('12.00');
    const f = signed(s, 'FAILED');
    expect(await notify(f.body, f.sig)).toEqual({ status: 200, text: 'TRUE' });
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('FAILED');
    const p = signed(s, 'PAID');
    expect(await notify(p.body, p.sig)).toEqual({ status: 200, text: 'TRUE' });
    expect(await notify(p.body, p.sig)).toEqual({ status: 200, text: 'TRUE' });
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('PAID');
    expect(await paymentsOf(s.transactionId)).toHaveLength(1);
  });

  it('unknown transactions and gateways that are not configured are refused', async () => {
    const body = sandboxNotificationBody({ id: 'SBX-NOPE', crc: '00000000-0000-4000-8000-000000000000', amount: '10.00', description: 'x' }, 'PAID');
    expect(await notify(body, signSandboxBody(secret, body))).toMatchObject({ status: 400 });
    expect((await notify(body, 'x', 'tpay')).status).toBe(404);
  });

  it("validates the amount and refuses another borrower's loan", async () => {
    const l = await loan();
    const tooMuch = await client.gql(START, { l: A.loanId, a: (Number(l.totalDebt) + 1).toFixed(2) });
    expect(tooMuch.errors![0].extensions!.fields![0].rule).toBe('amount.max');
    const zero = await client.gql(START, { l: A.loanId, a: '0.00' });
    expect(zero.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const long = await client.gql(START, { l: A.loanId, a: '1.00', d: 'x'.repeat(129) });
    expect(long.errors![0].extensions!.fields![0].rule).toBe('maxLength');
    const foreign = await client.gql(START, { l: B.loanId, a: '1.00' });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from online_payments where loan_id = ${B.loanId}`;
    expect(n).toBe(0);
  });
});

describe('overpayment guard (issue 19) does not apply to money that arrived', () => {
  it('a PAID notification for the whole debt (future interest included, so above the payoff) is booked', async () => {
    const debt = (await loan()).totalDebt;
    const s = await start(debt);
    const p = signed(s, 'PAID');
    expect(await notify(p.body, p.sig)).toEqual({ status: 200, text: 'TRUE' });
    const posted = await paymentsOf(s.transactionId);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ amount: debt, status: 'POSTED' });
    expect((await onlinePayment(s.onlinePaymentId)).status).toBe('PAID');
  });
});
