/**
 * Audit and privacy (docs/security.md): every state-changing mutation exercised here leaves an audit entry written
 * under its request id; the admin-only auditLog query filters and pages; personal data (national id, phone, e-mail)
 * and secrets never reach the log of the BUILT server (its real pino logger, captured from the child's stdout) —
 * including the log line of an internal error whose PostgreSQL error detail carries the failing row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { createLoan } from './support/fixtures.js';
import { apiToken, borrowerSession, distIsBuilt, spawnServer, staffSession, type ChildServer } from './support/faults.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let server: ChildServer;
const h: Record<string, Record<string, string>> = {};
let adminId: string;
let loan: Awaited<ReturnType<typeof createLoan>>;

const PESEL = '44051401359';
const PHONE = '601234567';
const EMAIL = 'jan.kowalski@example.com';

beforeAll(async () => {
  if (!distIsBuilt()) throw new Error('build the server first: npx tsc -p tsconfig.build.json');
  db = await createTestDb();
  loan = await createLoan(db);
  const admin = await staffSession(db.sql, ['ADMIN']);
  adminId = admin.userId;
  h.admin = { cookie: admin.cookie };
  h.servicing = { cookie: (await staffSession(db.sql, ['SERVICING'])).cookie };
  h.partner = { authorization: (await apiToken(db.sql, 'PARTNER')).authorization };
  h.borrower = { cookie: (await borrowerSession(db.sql, loan.partyId)).cookie };
  server = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: TODAY, LOG_LEVEL: 'info', RATY_SECRETS_KEY: 'privacy-test-secret', RATY_PAYMENT_GATEWAY: 'sandbox' }, outputLimit: 4_000_000 });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function call(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  return { requestId: res.headers.get('x-request-id')!, ...body };
}

describe('audit trail', () => {
  it('every state-changing mutation exercised leaves an audit entry under its request id, readable with auditLog', async () => {
    const pay = await call(
      `mutation($i: RegisterPaymentInput!) { registerPayment(input: $i) { payment { id } } }`,
      { i: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-03-01', amountPaid: '250.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'audit-1' } },
      h.servicing,
    );
    const paymentId = (pay.data!.registerPayment as { payment: { id: string } }).payment.id;
    const user = await call(`mutation { createUser(input: { email: "audit@sec.test", name: "Audit", password: "Ledger-Owl-2026", roles: [NOTICES_VIEW] }) { id } }`, {}, h.admin);
    const userId = (user.data!.createUser as { id: string }).id;
    const token = await call(`mutation { createApiToken(name: "audit", role: ANALYST) { apiToken { id } } }`, {}, h.admin);
    const tokenId = (token.data!.createApiToken as { apiToken: { id: string } }).apiToken.id;
    const steps: { name: string; r: Awaited<ReturnType<typeof call>> }[] = [
      { name: 'registerPayment', r: pay },
      { name: 'reversePayment', r: await call(`mutation($id: ID!) { reversePayment(id: $id, reason: "returned by the bank") { status } }`, { id: paymentId }, h.servicing) },
      { name: 'createUser', r: user },
      { name: 'updateUserRoles', r: await call(`mutation($id: ID!) { updateUserRoles(id: $id, roles: [NOTICES_VIEW, NOTICES_EDIT]) { id } }`, { id: userId }, h.admin) },
      { name: 'login', r: await call(`mutation { login(email: "audit@sec.test", password: "Ledger-Owl-2026") { id } }`, {}, {}) },
      { name: 'createApiToken', r: token },
      { name: 'revokeApiToken', r: await call(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: tokenId }, h.admin) },
      { name: 'createContractType', r: await call(`mutation { createContractType(input: { code: "AUD", name: "Audit type", receivableKindCode: "TST" }) { id } }`, {}, h.admin) },
      { name: 'createSellingChannel', r: await call(`mutation { createSellingChannel(input: { code: "AUD", name: "Audit channel", validFrom: "2026-01-01" }) { id } }`, {}, h.admin) },
      { name: 'updateReminderSettings', r: await call(`mutation { updateReminderSettings(skDelayEnabled: true, upcomingDays: 5, upcomingEnabled: true) { upcomingDays } }`, {}, h.admin) },
      { name: 'activateSoftCollection', r: await call(`mutation { activateSoftCollection { active } }`, {}, h.admin) },
      {
        name: 'updateSmsIntegrationSettings',
        r: await call(
          `mutation { updateSmsIntegrationSettings(input: { endpointUrl: "http://127.0.0.1:9/", smsToken: "tok-abcdefghijklmnopqrstuvwxyz0123", profileToken: "tok-abcdefghijklmnopqrstuvwxyz0124" }) { smsTokenSet } }`,
          {},
          h.admin,
        ),
      },
      { name: 'createNoticeTemplate', r: await call(`mutation { createNoticeTemplate(input: { channel: SMS, name: "Audit", reason: OTHER, text: "Prosimy o wpłatę" }) { __typename } }`, {}, h.admin) },
      {
        name: 'createContact',
        r: await call(`mutation($p: ID!) { createContact(partyId: $p, input: { type: MOBILE, value: "${PHONE}", smsConsent: true, consentSource: "test" }) { id } }`, { p: loan.partyId }, h.servicing),
      },
      { name: 'startOnlinePayment', r: await call(`mutation($l: ID!) { startOnlinePayment(loanId: $l, amount: "10.00") { onlinePaymentId } }`, { l: loan.loanId }, h.borrower) },
      { name: 'revokeClientZoneAccess', r: await call(`mutation($p: ID!) { revokeClientZoneAccess(partyId: $p) { __typename } }`, { p: loan.partyId }, h.servicing) },
      { name: 'deactivateSoftCollection', r: await call(`mutation { deactivateSoftCollection { active } }`, {}, h.admin) },
    ];
    const missing: string[] = [];
    for (const s of steps) {
      expect(s.r.errors, `${s.name}: ${JSON.stringify(s.r.errors)}`).toBeUndefined();
      const rows = await db.sql`select 1 from audit_log where request_id = ${s.r.requestId}`;
      if (!rows.length) missing.push(s.name);
    }
    expect(missing, 'mutations without an audit entry').toEqual([]);

    // auditLog (ADMIN): filters by entity/entityId, actor, time; keyset pagination without gaps or repeats
    const Q = `query($f: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $f, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id at actorType actorId action entity entityId before after requestId } } } }`;
    type Page = {
      auditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; action: string; entity: string; entityId: string; actorId: string; after: string | null } }[];
      };
    };
    const byPayment = await call(Q, { f: { entity: 'payment', entityId: paymentId } }, h.admin);
    const pnodes = (byPayment.data as unknown as Page).auditLog.edges.map((e) => e.node);
    expect(pnodes.map((n) => n.action).sort()).toEqual(['POST', 'REVERSE']);
    const byActor = await call(Q, { f: { actorId: adminId, from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' } }, h.admin);
    expect((byActor.data as unknown as Page).auditLog.edges.every((e) => e.node.actorId === adminId)).toBe(true);
    expect((byActor.data as unknown as Page).auditLog.totalCount).toBeGreaterThanOrEqual(8);
    const future = await call(Q, { f: { from: '2100-01-01T00:00:00Z' } }, h.admin);
    expect((future.data as unknown as Page).auditLog.totalCount).toBe(0);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r = await call(Q, { first: 3, after }, h.admin);
      const page = (r.data as unknown as Page).auditLog;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log`;
    expect(seen.length).toBe(n);
    expect(new Set(seen).size).toBe(n);
    // bad input names the field; other roles are refused (the full matrix is in security.authz.test.ts)
    const bad = await call(Q, { f: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, h.admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('filter.to');
    const badCursor = await call(Q, { after: 'not-a-cursor' }, h.admin);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(Q, {}, h.servicing)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // the audit payloads hold no secrets
    const all = await call(Q, { first: 200 }, h.admin);
    expect(JSON.stringify(all.data)).not.toMatch(/tok-abcdefghijklmnopqrstuvwxyz012|Ledger-Owl-2026|\$argon2/);
  }, 60_000);
});

describe('personal data never reaches the log', () => {
  it('national id, phone and e-mail are masked in every log line (including an internal error with the failing row)', async () => {
    const before = server.fullOutput().length;
    // requests carrying PII that fail in different ways
    await call(`mutation { login(email: "${EMAIL}", password: "wrong-password-1") { id } }`, {}, {});
    await call(`mutation { clientLogin(login: "${PESEL}", password: "wrong-password-1") { partyId } }`, {}, {});
    await call(
      `mutation($i: NotifyUpcomingInstallmentInput!) { notifyUpcomingInstallment(input: $i) { status } }`,
      { i: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-15', amountDue: '100.00', notificationType: 'SMS', contactInfo: PHONE } },
      h.servicing,
    );
    // forced internal errors whose PostgreSQL error detail ("Failing row contains (…)") holds the personal data
    await db.sql.unsafe(`alter table contacts add constraint sec_pii_ck check (value <> '${EMAIL}') not valid`);
    await db.sql.unsafe(`alter table parties add constraint sec_pii_ck check (national_id is distinct from '${PESEL}') not valid`);
    try {
      const c = await call(`mutation($p: ID!) { createContact(partyId: $p, input: { type: EMAIL, value: "${EMAIL}" }) { id } }`, { p: loan.partyId }, h.servicing);
      expect(c.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const u = await call(
        `mutation($i: PartnerClientInput!) { upsertClient(input: $i) { __typename } }`,
        { i: { pin: PESEL, firstName: 'Jan', surname: 'Kowalski', clientEmail: EMAIL, mobilePhoneNumber: PHONE, country: 'PL' } },
        h.partner,
      );
      expect(u.errors?.[0].extensions?.code ?? 'none').not.toBe('BAD_USER_INPUT_IGNORED');
      const rest = await fetch(`${server.url}/api/lea/client`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...h.partner },
        body: JSON.stringify({ pin: PESEL, firstName: 'Jan', surname: 'Kowalski', clientEmail: EMAIL, mobilePhoneNumber: PHONE, country: 'PL' }),
      });
      await rest.text();
    } finally {
      await db.sql.unsafe(`alter table contacts drop constraint sec_pii_ck`);
      await db.sql.unsafe(`alter table parties drop constraint sec_pii_ck`);
    }
    await new Promise((r) => setTimeout(r, 300)); // let the child flush its log
    const log = server.fullOutput().slice(before);
    expect(log).toMatch(/internal error/); // the internal errors were logged…
    const leaks = log.split('\n').filter((l) => l.includes(PESEL) || l.includes(PHONE) || l.includes(EMAIL) || /raty_(sid|cz)=|Bearer raty_/.test(l));
    const around = (l: string) => {
      const i = Math.max(...[PESEL, PHONE, EMAIL, 'raty_sid=', 'raty_cz=', 'Bearer raty_'].map((x) => l.indexOf(x)));
      return `…${l.slice(Math.max(0, i - 250), i + 80)}…`;
    };
    expect(leaks.map(around), 'log lines with personal data or credentials').toEqual([]);
  }, 60_000);
});
