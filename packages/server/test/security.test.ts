/**
 * HTTP/GraphQL hardening (docs/security.md): security headers, CSRF prevention, request size limits, introspection
 * and GraphiQL, graphql-armor limits (analysts' documented queries pass, abusive ones get a clear error), batching
 * off, error masking on a forced DB error, rate limits, secrets write-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createTestDb } from './support/db.js';
import { startTestApp } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { apiToken, borrowerSession, staffSession } from './support/faults.js';
import { createApp, type RunningApp } from '../src/http/app.js';
import { loadConfig } from '../src/config.js';
import { setAppConfig } from '../src/app-config.js';
import { initSecretsKey } from '../src/integrations/secrets.js';
import { securityLimits, MAX_BODY_BYTES } from '../src/http/security.js';

process.env.RATY_TODAY = '2026-11-25';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
const h: Record<string, Record<string, string>> = {};
let loan: Awaited<ReturnType<typeof createLoan>>;

beforeAll(async () => {
  initSecretsKey({ secret: 'security-test-secret' });
  db = await createTestDb();
  app = await startTestApp(db);
  loan = await createLoan(db);
  h.admin = { cookie: (await staffSession(db.sql, ['ADMIN'])).cookie };
  h.servicing = { cookie: (await staffSession(db.sql, ['SERVICING'])).cookie };
  h.analyst = { authorization: (await apiToken(db.sql, 'ANALYST')).authorization };
  h.partner = { authorization: (await apiToken(db.sql, 'PARTNER')).authorization };
  h.borrower = { cookie: (await borrowerSession(db.sql, loan.partyId)).cookie };
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function post(body: unknown, headers: Record<string, string> = {}, url = app.url) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, ...json };
}

async function healthy(url = app.url) {
  const r = await fetch(`${url}/healthz`);
  return r.status === 200;
}

describe('security headers', () => {
  it('CSP, nosniff, frame-ancestors/X-Frame-Options, Referrer-Policy, HSTS, no X-Powered-By', async () => {
    for (const path of ['/graphql', '/healthz', '/api/lea/openapi.json']) {
      const res = await fetch(`${app.url}${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? '{"query":"{ me { id } }"}' : undefined,
      });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/); // no unsafe-inline / unsafe-eval for scripts
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('session cookies are HttpOnly + SameSite=Lax, and Secure with COOKIE_SECURE=1', async () => {
    const config = { ...loadConfig({ COOKIE_SECURE: '1' }), port: 0, host: '127.0.0.1', webDist: '/nonexistent' };
    setAppConfig(config);
    const secure = await createApp({ config, db, log: pino({ level: 'silent' }) });
    try {
      // a real login (the password of a DB-created user is unknown): create one through the admin API
      const made = await post({ query: `mutation { createUser(input: { email: "cookie@sec.test", name: "C", password: "Biscuit-Jar-2026", roles: [NOTICES_VIEW] }) { id } }` }, h.admin, secure.url);
      expect(made.errors).toBeUndefined();
      const res = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "cookie@sec.test", password: "Biscuit-Jar-2026") { id } }` }),
      });
      const c = res.headers.getSetCookie()[0];
      expect(c).toMatch(/HttpOnly/i);
      expect(c).toMatch(/SameSite=Lax/i);
      expect(c).toMatch(/;\s*Secure/i);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}; includeSubDomains/);
    } finally {
      await secure.apollo.stop();
      await new Promise<void>((r) => secure.server.close(() => r()));
      setAppConfig({ ...loadConfig({}), port: 0, host: '127.0.0.1', webDist: '/nonexistent' });
    }
  });
});

describe('CSRF prevention', () => {
  const mutation = `mutation { registerPayment(input: { loanId: "00000000-0000-0000-0000-000000000000", clientId: "00000000-0000-0000-0000-000000000000", paymentDate: "2026-03-01", amountPaid: "1.00", paymentMethod: BANK_TRANSFER, idempotencyKey: "csrf" }) { replayed } }`;
  it('a cookie POST with text/plain, form or multipart content type is refused before any resolver runs', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': type, ...h.servicing }, body: JSON.stringify({ query: mutation }) });
      expect(res.status, type).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toContain('replayed');
    }
    // a POST without content type at all
    const none = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { ...h.servicing }, body: JSON.stringify({ query: mutation }) });
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(await db.sql`select 1 from payments where idempotency_key = 'csrf'`).toHaveLength(0);
  });

  it('GET: mutations are refused; a simple GET query without a preflight header is blocked (Apollo csrfPrevention)', async () => {
    const m = await fetch(`${app.url}/graphql?query=${encodeURIComponent(mutation)}`, { headers: h.servicing });
    expect(m.status).toBeGreaterThanOrEqual(400);
    const q = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: h.servicing });
    expect(q.status).toBe(400);
    expect(await q.text()).toMatch(/Cross-Site Request Forgery/i);
  });
});

describe('request size limits', () => {
  it('a 10 MB JSON body → 413, the server stays up', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(10 * 1024 * 1024) } });
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(await healthy()).toBe(true);
  });

  it('a 10 MB chunked body (no content-length) → 413; 10 MB to the partner API and the payment notification route → 413', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent >= 10) return ctrl.close();
        sent += 1;
        ctrl.enqueue(sent === 1 ? new TextEncoder().encode('{"query":"{ me { id } }","variables":{"x":"') : chunk);
      },
    });
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    for (const path of ['/api/lea/contract', '/api/payments/notify/sandbox', '/api/integrations/smsapi/dlr/x']) {
      const r = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...h.partner }, body: 'a'.repeat(10 * 1024 * 1024) });
      expect(r.status, path).toBe(413);
    }
    expect(await healthy()).toBe(true);
  });

  it('a body just under the limit is still served', async () => {
    const ok = await post({ query: '{ me { id } }', variables: { x: 'a'.repeat(MAX_BODY_BYTES - 200) } }, h.admin);
    expect(ok.status).toBe(200);
  });
});

describe('introspection and GraphiQL', () => {
  const INTROSPECT = `{ __schema { queryType { name } types { name } } }`;
  it('schema only for staff and analysts; anonymous → UNAUTHENTICATED, borrower/partner → FORBIDDEN', async () => {
    expect((await post({ query: INTROSPECT })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post({ query: `{ __type(name: "Loan") { name fields { name } } }` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post({ query: INTROSPECT }, h.borrower)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await post({ query: INTROSPECT }, h.partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const who of [h.admin, h.servicing, h.analyst]) {
      const r = await post({ query: INTROSPECT }, who);
      expect(r.errors).toBeUndefined();
    }
    // an anonymous answer never contains schema details
    const anon = await post({ query: INTROSPECT });
    expect(anon.text).not.toContain('RegisterPaymentInput');
  });

  it('field suggestions are off (no schema leak through "Did you mean")', async () => {
    const r = await post({ query: `{ loann(id: "x") { id } }` });
    expect(r.text).not.toMatch(/Did you mean/i);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('the /graphiql page loads (bundled, same CSP), the schema does not without a login', async () => {
    const config = { ...loadConfig({}), port: 0, host: '127.0.0.1' };
    setAppConfig(config);
    let withSpa: RunningApp | undefined;
    try {
      withSpa = await createApp({ config, db, log: pino({ level: 'silent' }) });
      const page = await fetch(`${withSpa.url}/graphiql`);
      if (page.status === 404) return; // SPA not built in this checkout: nothing to serve
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/html/);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const html = await page.text();
      expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/i);
      expect((await post({ query: INTROSPECT }, {}, withSpa.url)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      if (withSpa) {
        await withSpa.apollo.stop();
        await new Promise<void>((r) => withSpa!.server.close(() => r()));
      }
      setAppConfig({ ...loadConfig({}), port: 0, host: '127.0.0.1', webDist: '/nonexistent' });
    }
  });
});

describe('query limits (graphql-armor) and batching', () => {
  // the analysts' examples of docs/api.md, verbatim apart from ids
  const ANALYST_QUERIES = [
    `query { portfolioSummary(asOf: "2026-11-25") { loans activeLoans currencies { currency loans outstanding outstandingPrincipal overdue collectedLast30Days byDaysPastDue { bucket loans overdue outstanding } } } }`,
    `query { parties(filter: { name: "kowal" }, first: 100) { totalCount edges { node { displayName nationalId smsConsent departed } } } }`,
    `query { debtorFiles(filter: { search: "GOK 544" }) { edges { node { displayNumber parties { role party { displayName } } } } } }`,
    `query { installments(filter: { dueFrom: "2026-11-01", dueTo: "2026-11-30", unpaid: true }, first: 200) { totalCount edges { node { loanNumber number dueDate unpaid } } } }`,
    `query { allPayments(filter: { from: "2026-11-01" }, first: 200) { totalCount edges { node { paymentDate amount currency method allocations { kind effectiveDate installmentNumber component amount } } } } }`,
    `query { loan(id: "LOAN") { currency allocationEvents(installmentNumber: 3) { paymentId kind effectiveDate component amount currency } } }`,
    `query { loans(filter: { status: ACTIVE, receivableKindCode: "GOK" }, first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { number principal } } } }`,
    `query { scheduleQuote(terms: { principal: "12000.00", annualRate: "12", installments: 12, disbursementDate: "2026-01-15", firstDueDate: "2026-02-15", method: ANNUITY, dayCount: D30_360 }) { installment totalInterest apr aprLegal lines { number dueDate principal interest total } } }`,
    `query { aprQuote(flows: [{ date: "2026-01-15", amount: "1000.00" }, { date: "2027-01-15", amount: "-1100.00" }]) }`,
    `query { loan(id: "LOAN") { number status principal annualRate penaltyRate apr scheduleVersion
        parties { role party { displayName nationalId smsConsent departed } }
        balances(asOf: "2026-11-25") { overdueBalance futureBalance overpaymentBalance penaltyInterest daysPastDue remainingBalance }
        schedule { number dueDate principal interest accumulatedInterest total paymentStatus principalPaid interestPaid penaltyInterest }
        scheduleVersions { version reason effectiveDate current }
        payments { paymentDate amount method status kind allocations { installmentNumber component amount } } } }`,
  ];

  it('every documented analyst query passes the limits (analyst token)', async () => {
    for (const q of ANALYST_QUERIES) {
      const r = await post({ query: q.replace('LOAN', loan.loanId) }, h.analyst);
      expect(r.errors, q.slice(0, 60)).toBeUndefined();
    }
  });

  it('a large legitimate report query (4 aliased pages of 200 payments with allocations) passes', async () => {
    const pages = Array.from(
      { length: 4 },
      (_, i) => `p${i}: allPayments(first: 200) { totalCount edges { node { paymentDate amount method allocations { component amount installmentNumber } } } }`,
    ).join('\n');
    const r = await post({ query: `{ ${pages} }` }, h.analyst);
    expect(r.errors).toBeUndefined();
  });

  it('abusive queries get a clear error: depth, aliases, tokens, cost, directives', async () => {
    // The schema has no cycles (its deepest path is < 12), so depth can only be abused through introspection, which
    // graphql-armor's depth rule ignores: there the token limit bounds the nesting.
    let deep = 'name';
    for (let i = 0; i < 1500; i++) deep = `ofType { ${deep} }`;
    const depth = await post({ query: `{ __schema { types { fields { type { ${deep} } } } } }` }, h.analyst);
    expect(depth.status).toBe(400);
    expect(depth.errors?.[0].message).toMatch(/token/i);

    const aliases = await post({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }, h.analyst);
    expect(aliases.errors?.[0].message).toMatch(/alias/i);

    const tokens = await post({ query: `{ me { ${Array.from({ length: 4100 }, () => 'id').join(' ')} } }` }, h.analyst);
    expect(tokens.errors?.[0].message).toMatch(/token/i);

    const costly = Array.from(
      { length: 30 },
      (_, i) =>
        `c${i}: loans(first: 200) { edges { node { parties { party { displayName nationalId } } schedule { number dueDate principal interest total } payments { amount allocations { component amount } } } } }`,
    ).join('\n');
    const cost = await post({ query: `{ ${costly} }` }, h.analyst);
    expect(cost.errors?.[0].message).toMatch(/cost/i);

    const directives = await post({ query: `{ me ${Array.from({ length: 40 }, () => '@include(if: true)').join(' ')} { id } }` }, h.analyst);
    expect(directives.errors?.[0].message).toMatch(/directive/i);

    for (const r of [depth, aliases, tokens, cost, directives]) {
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect(await healthy()).toBe(true);
  });

  it('batched requests (a JSON array) are refused', async () => {
    const r = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }], h.admin);
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/batch/i);
  });
});

describe('error masking', () => {
  it('a DB error (forced: the audit table is gone) → INTERNAL_SERVER_ERROR with an error id; no SQL, table name or stack', async () => {
    await db.sql`alter table audit_log rename to audit_log_hidden`;
    let r: Awaited<ReturnType<typeof post>>;
    try {
      r = await post({ query: `mutation { createContractType(input: { code: "MASK", name: "Masking test" }) { id } }` }, h.admin);
    } finally {
      await db.sql`alter table audit_log_hidden rename to audit_log`;
    }
    expect(r.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors?.[0].message).toMatch(/^Internal server error \(reference [0-9a-f-]{36}\)$/);
    expect(r.text).not.toMatch(/audit_log|relation|insert|select|postgres|stacktrace|\.ts:\d+|at [A-Za-z]+ \(/i);
    // and the transaction rolled back: no contract type without its audit entry
    expect(await db.sql`select 1 from contract_types where code = 'MASK'`).toHaveLength(0);
  });

  it('a malformed body, bad JSON and unknown operations answer 4xx without internals', async () => {
    for (const body of ['{"query":', 'null', '{"query": 5}', '{"query":"{ me { id } }","variables":"x"}']) {
      const r = await post(body);
      expect(r.status, body).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.text).not.toMatch(/node_modules|\.js:\d+|at [A-Za-z]+ \(/);
    }
  });
});

describe('rate limits', () => {
  it('staff login: 30 failed attempts per IP per 15 minutes, then auth.rateLimited', async () => {
    await securityLimits.reset(db.sql);
    let limited = -1;
    for (let i = 0; i < 32 && limited < 0; i++) {
      const r = await post({ query: `mutation { login(email: "nobody@sec.test", password: "wrong-password") { id } }` }, { 'x-forwarded-for': '203.0.113.7' });
      if (r.errors?.[0].extensions?.fields && JSON.stringify(r.errors[0].extensions.fields).includes('auth.rateLimited')) limited = i;
    }
    expect(limited).toBe(30);
  });

  it('borrower login: 30 failed attempts per IP per 15 minutes, then clientAuth.rateLimited', async () => {
    let limited = -1;
    for (let i = 0; i < 32 && limited < 0; i++) {
      const r = await post({ query: `mutation { clientLogin(login: "80010112345", password: "wrong-password") { partyId } }` }, { 'x-forwarded-for': '203.0.113.8' });
      if (JSON.stringify(r.errors ?? []).includes('clientAuth.rateLimited')) limited = i;
    }
    expect(limited).toBe(30);
  });

  it('password change: 5 per 15 minutes per session, then 429 RATE_LIMITED with Retry-After', async () => {
    await securityLimits.reset(db.sql);
    const q = { query: `mutation { clientChangePassword(currentPassword: "wrong-current-1", newPassword: "New-Password-2026") { mustChangePassword } }` };
    for (let i = 0; i < 5; i++) {
      const r = await post(q, h.borrower);
      expect(r.status).toBe(200);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const limited = await post(q, h.borrower);
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('SMS-sending mutations: 30 per minute per caller, then 429', async () => {
    await securityLimits.reset(db.sql);
    const q = { query: `mutation($l: ID!) { grantClientZoneAccess(loanId: $l) { login } }`, variables: { l: '00000000-0000-4000-8000-000000000000' } };
    const codes: (string | number)[] = [];
    for (let i = 0; i < 31; i++) {
      const r = await post(q, h.servicing);
      codes.push(r.status === 429 ? 429 : String(r.errors?.[0].extensions?.code));
    }
    expect(codes.slice(0, 30).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes[30]).toBe(429);
    // another caller is not affected
    const other = await post(q, h.admin);
    expect(other.status).toBe(200);
    await securityLimits.reset(db.sql);
  });
});

describe('secrets are write-only', () => {
  it('SMS tokens and API token secrets never come back in any answer or audit entry', async () => {
    const profileToken = 'PROFILE-secret-token-0123456789abcdef';
    const smsToken = 'SMS-secret-token-0123456789abcdefghij';
    const saved = await post(
      {
        query: `mutation($i: SmsIntegrationInput!) { updateSmsIntegrationSettings(input: $i) { profileTokenSet smsTokenSet endpointUrl } }`,
        variables: { i: { endpointUrl: 'http://127.0.0.1:9/', profileToken, smsToken, senderName: 'Raty' } },
      },
      h.admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.text).not.toContain(profileToken);
    expect(saved.text).not.toContain(smsToken);
    const created = await post({ query: `mutation { createApiToken(name: "secret test", role: ANALYST) { token apiToken { id } } }` }, h.admin);
    const secret = (created.data as { createApiToken: { token: string } }).createApiToken.token;
    expect(secret).toMatch(/^raty_an_/);
    const reads = [
      `{ softCollectionSettings { active sms { endpointUrl backupEndpointUrl senderName profileTokenSet smsTokenSet active lastTestMessage } } }`,
      `{ apiTokens { id name role createdAt lastUsedAt revokedAt } }`,
      `{ users { id email roles active } }`,
      `{ auditLog(first: 200) { edges { node { action entity entityId before after } } } }`,
    ];
    for (const q of reads) {
      const r = await post({ query: q }, h.admin);
      expect(r.errors, q).toBeUndefined();
      for (const s of [profileToken, smsToken, secret]) expect(r.text, q).not.toContain(s);
      expect(r.text).not.toMatch(/\$argon2|v1:[A-Za-z0-9+/]{20,}/);
    }
    // at rest: only ciphertext / hashes
    const rows = await db.sql`select * from integration_settings`;
    expect(JSON.stringify(rows)).not.toContain(smsToken);
    const tokens = await db.sql`select * from api_tokens`;
    expect(JSON.stringify(tokens)).not.toContain(secret);
  });
});
