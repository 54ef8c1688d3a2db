/**
 * Issue 21 "every door validates the same way": the partner REST door and its GraphQL twin refuse what the domain
 * validators refuse (phones, control/bidi/zero-width characters) and store nothing; bodies over the limit get 413
 * (chunked or not); the sandboxes' admin endpoints answer only an ADMIN session (or loopback with the explicit flag).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DEMO_TOTP_SECRET, sealTotpSecret } from '../src/modules/auth/totp.service.js';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { startTestSmsapi } from './support/sandboxes.js';
import { hashPassword } from '../src/lib/crypto.js';
import { sandboxAdminVerdict } from '../src/integrations/sandbox-admin.js';
import { startSmsapiSandbox } from '../src/integrations/smsapi-sandbox/server.js';
import { pointsAt } from '../src/integrations/bootstrap.js';
import { PARTNER_TOKEN, insertTokens, newClient, rc } from './fixtures/partner-setup.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  await insertTokens(db);
  const pw = await hashPassword('long-enough-1');
  // issue 20: an ADMIN needs a second factor (enrolled here with the demo secret; the login helper computes the code)
  // (stored encrypted, as the app stores it)
  const adminId = randomUUID();
  await db.sql`insert into users (id, email, name, password_hash, roles, totp_secret, totp_enabled_at) values
    (${adminId}, 'admin@test', 'A', ${pw}, '{ADMIN}', ${sealTotpSecret(adminId, DEMO_TOTP_SECRET)}, now()), (${randomUUID()}, 'analyst@test', 'B', ${pw}, '{ANALYST}', null, null)`;
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

interface Answer {
  status: number;
  body: { client?: string | null; resultCode: boolean; errorMessage: string | null; code?: string; errors?: { field: string; rule: string; message: string; params?: Record<string, unknown> }[] };
}

async function postClient(body: unknown): Promise<Answer> {
  const res = await fetch(`${app.url}/api/lea/client`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${PARTNER_TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const partyCount = async () => (await db.sql<{ n: number }[]>`select count(*)::int as n from parties`)[0].n;
const contactCount = async () => (await db.sql<{ n: number }[]>`select count(*)::int as n from contacts`)[0].n;

/** One admin login per file: a TOTP code is accepted once per 30-second step, so repeated logins would wait for the clock. */
let adminLoggedIn: Promise<TestClient> | undefined;
function adminClient(): Promise<TestClient> {
  adminLoggedIn ??= (async () => {
    const c = app.client();
    await c.login('admin@test', 'long-enough-1', DEMO_TOTP_SECRET);
    return c;
  })();
  return adminLoggedIn;
}
describe('POST /api/lea/client refuses what every other door refuses (done-when 1)', () => {
  it.each([
    ['mobile "123"', { mobilePhoneNumber: '123' }, 'mobilePhoneNumber', 'phone.invalid'],
    ['a newline-joined pair', { mobilePhoneNumber: '+48601234567\n+48700000000' }, 'mobilePhoneNumber', 'phone.format'],
    ['a pair joined without the newline', { mobilePhoneNumber: '+48601234567+48700000000' }, 'mobilePhoneNumber', 'phone.format'],
    ['a letter I for a 1', { mobilePhoneNumber: '+4860I234567' }, 'mobilePhoneNumber', 'phone.format'],
    ['a landline as the mobile', { mobilePhoneNumber: '+48 22 555 66 77' }, 'mobilePhoneNumber', 'phone.mobile'],
    ['a short home number', { homePhoneNumber: '12 34' }, 'homePhoneNumber', 'phone.invalid'],
    ['a name with U+202E', { surname: 'Nov\u202Eáková' }, 'surname', 'text.controlChar'],
    ['a name with a zero-width space', { firstName: 'Ja\u200Bna' }, 'firstName', 'text.controlChar'],
    ['a name with a control character', { firstName: 'Ja\u0007na' }, 'firstName', 'text.controlChar'],
    ['a name over 30 characters', { surname: 'N'.repeat(31) }, 'surname', 'text.maxLength'],
    ['a street with an isolate', { permanentAddressStreet: 'Hlavná \u2067x' }, 'permanentAddressStreet', 'text.controlChar'],
    ['a profile value with U+202E', { employer: { name: 'ACME\u202E' } }, 'employer.name', 'text.controlChar'],
    ['an invalid e-mail', { clientEmail: 'jana@@example' }, 'clientEmail', 'email.format'],
  ])('%s → 400 naming the field, nothing stored', async (_label, extra, field, rule) => {
    const [parties, contacts] = [await partyCount(), await contactCount()];
    const a = await postClient(newClient(rc(), extra));
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ contract: null, resultCode: false, code: 'BAD_USER_INPUT' });
    expect(a.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    expect([await partyCount(), await contactCount()]).toEqual([parties, contacts]);
  });

  it('names every bad field at once', async () => {
    const a = await postClient(newClient(rc(), { mobilePhoneNumber: '123', surname: 'X\u202E', homePhoneNumber: '+4860I234567' }));
    expect(a.status).toBe(400);
    expect(a.body.errors!.map((e) => e.field).sort()).toEqual(['homePhoneNumber', 'mobilePhoneNumber', 'surname']);
  });

  it('stores normalised values: PL numbers as 9 digits, SK numbers as +421…, e-mail domain lower-cased', async () => {
    const pin = rc();
    const a = await postClient(newClient(pin, { mobilePhoneNumber: '0905 123 456', homePhoneNumber: '+48 22 555 66 77', clientEmail: 'Jana@Example.SK' }));
    expect(a.status).toBe(200);
    const rows = await db.sql`select c.type, c.value from contacts c join parties p on p.id = c.party_id where p.national_id = ${pin} order by c.type`;
    expect(rows).toEqual([
      { type: 'EMAIL', value: 'Jana@example.sk' },
      { type: 'HOME', value: '225556677' },
      { type: 'MOBILE', value: '+421905123456' },
    ]);
  });

  it('the GraphQL twin (upsertClient) refuses the same values with the input. prefix', async () => {
    const staff = await adminClient();
    const before = await partyCount();
    const UPS = `mutation($i: PartnerClientInput!) { upsertClient(input: $i) { client } }`;
    const rules = (r: Awaited<ReturnType<typeof staff.gql>>) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.rule}`).sort();
    const phones = await staff.gql(UPS, { i: newClient(rc(), { mobilePhoneNumber: '+48601234567\n+48700000000', homePhoneNumber: '123', monthlyIncome: '0' }) });
    expect(rules(phones)).toEqual(['input.homePhoneNumber:phone.invalid', 'input.mobilePhoneNumber:phone.format']);
    const names = await staff.gql(UPS, { i: newClient(rc(), { surname: 'Nov\u202Eáková', firstName: 'Ja\u200Bna', monthlyIncome: '0' }) });
    expect(rules(names)).toEqual(['input.firstName:text.controlChar', 'input.surname:text.controlChar']);
    expect(await partyCount()).toBe(before);
  });
});

describe('GraphQL: one text rule for every argument (http/text-guard.ts)', () => {
  it('contacts, notes and any other free text refuse bidi, zero-width and control characters, naming the path', async () => {
    const staff = await adminClient();
    const r = await staff.gql(`mutation($id: ID!, $i: ContactInput!) { createContact(partyId: $id, input: $i) { id } }`, {
      id: '00000000-0000-4000-8000-000000000000',
      i: { type: 'OTHER', value: 'ok', note: 'line 1\nline 2 \u202Egnp.exe' },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.note', rule: 'text.controlChar', params: { codePoint: 'U+202E', kind: 'bidi' } }] });
    const inline = await staff.gql(`mutation { reversePayment(id: "00000000-0000-4000-8000-000000000000", reason: "x\u200By") { id } }`);
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'query', rule: 'text.controlChar' }] });
    // passwords are not echoed as validation issues: a login with odd characters is just a wrong password
    const login = await app.client().gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: 'admin@test', p: 'x\u202Ey' });
    expect(login.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'password', rule: 'auth.invalidCredentials' });
  });
});

/** Streams `total` bytes of JSON-ish text without a Content-Length (Transfer-Encoding: chunked). */
function chunkedBody(total: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"pad":"${'x'.repeat(64 * 1024 - 10)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

async function chunkedPost(path: string, headers: Record<string, string>) {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: chunkedBody(20 * 1024 * 1024),
    duplex: 'half',
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('body limits: 413 chunked or not (done-when 4)', () => {
  it('a 20 MB chunked POST to /api/lea/client → 413 in the seed shape', async () => {
    const before = await partyCount();
    const a = await chunkedPost('/api/lea/client', { authorization: `Bearer ${PARTNER_TOKEN}` });
    expect(a.status).toBe(413);
    expect(a.body).toMatchObject({ contract: null, resultCode: false, code: 'PAYLOAD_TOO_LARGE' });
    expect(await partyCount()).toBe(before);
  });

  it('a 20 MB chunked POST to /api/lea/contract and to /graphql → 413; a declared 20 MB body → 413 before it is read', async () => {
    expect((await chunkedPost('/api/lea/contract', { authorization: `Bearer ${PARTNER_TOKEN}` })).status).toBe(413);
    expect((await chunkedPost('/graphql', {})).status).toBe(413);
    const declared = await fetch(`${app.url}/api/lea/client`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${PARTNER_TOKEN}` },
      body: JSON.stringify({ pad: 'x'.repeat(20 * 1024 * 1024) }),
    });
    expect(declared.status).toBe(413);
  });

  it('every other REST route with a body: 20 MB chunked → 413 (payment notification, SMS delivery callback, sandbox)', async () => {
    expect((await chunkedPost('/api/payments/notify/sandbox', {})).status).toBe(413);
    expect((await chunkedPost('/api/integrations/smsapi/dlr/any-token', {})).status).toBe(413);
    const admin = await adminClient();
    expect((await chunkedPost('/sandbox-gateway/transactions/SBX-x/resend', { cookie: admin.cookie! })).status).toBe(413);
  });
});

describe('sandbox tools answer only an ADMIN session (done-when 3)', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });

  it('GET /sandbox-gateway/transactions: 401 anonymous, 403 for a non-admin session, 200 for ADMIN', async () => {
    const anon = await get('/sandbox-gateway/transactions');
    expect(anon.status).toBe(401);
    const resend = await fetch(`${app.url}/sandbox-gateway/transactions/SBX-any/resend`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"status":"PAID"}' });
    expect(resend.status).toBe(401);
    const analyst = app.client();
    await analyst.login('analyst@test', 'long-enough-1');
    expect((await get('/sandbox-gateway/transactions', { cookie: analyst.cookie! })).status).toBe(403);
    const admin = await adminClient();
    const ok = await get('/sandbox-gateway/transactions', { cookie: admin.cookie! });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty('transactions');
  });

  it('loopback passes only with RATY_SANDBOX_ADMIN_LOOPBACK=1 and never when a proxy forwarded the request', async () => {
    process.env.RATY_SANDBOX_ADMIN_LOOPBACK = '1';
    try {
      expect((await get('/sandbox-gateway/transactions')).status).toBe(200);
      expect((await get('/sandbox-gateway/transactions', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    } finally {
      delete process.env.RATY_SANDBOX_ADMIN_LOOPBACK;
    }
    expect((await get('/sandbox-gateway/transactions')).status).toBe(401);
  });

  it("the SMSAPI sandbox /__sandbox/*: 403 by default, the app's ADMIN-session guard, loopback only with the flag", async () => {
    const closed = await startSmsapiSandbox({ token: 't' });
    const guarded = await startSmsapiSandbox({ token: 't', adminGuard: (req) => sandboxAdminVerdict(db.db, req, { allowLoopback: false }) });
    const open = await startTestSmsapi();
    try {
      expect((await fetch(`${closed.url}/__sandbox/messages`)).status).toBe(403);
      expect((await fetch(`${closed.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"failNext":5}' })).status).toBe(403);
      expect(closed.knobs().failNext).toBe(0);
      expect((await fetch(`${guarded.url}/__sandbox/messages`)).status).toBe(401);
      const analyst = app.client();
      await analyst.login('analyst@test', 'long-enough-1');
      expect((await fetch(`${guarded.url}/__sandbox/messages`, { headers: { cookie: analyst.cookie! } })).status).toBe(403);
      const admin = await adminClient();
      expect((await fetch(`${guarded.url}/__sandbox/messages`, { headers: { cookie: admin.cookie! } })).status).toBe(200);
      expect((await fetch(`${open.url}/__sandbox/messages`)).status).toBe(200);
      expect((await fetch(`${open.url}/__sandbox/messages`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
      // the app's guard also requires the SMS integration to point at the sandbox (never when a real SMSAPI is configured)
      expect([pointsAt('http://127.0.0.1:4010', 4010), pointsAt('http://localhost:4010/api', 4010)]).toEqual([true, true]);
      expect([pointsAt('https://api.smsapi.pl/', 4010), pointsAt('http://127.0.0.1:4011', 4010), pointsAt(null, 4010)]).toEqual([false, false, false]);
      // the SMSAPI itself still answers its bearer token
      expect((await fetch(`${closed.url}/profile`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
    } finally {
      await Promise.all([closed.close(), guarded.close(), open.close()]);
    }
  });
});
