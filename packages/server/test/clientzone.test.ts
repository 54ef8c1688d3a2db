import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type GqlResult } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { startTestSmsapi, type SmsapiSandbox } from './support/sandboxes.js';
import { hashPassword } from '../src/lib/crypto.js';
import { initSecretsKey } from '../src/integrations/secrets.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { maskPhone } from '../src/modules/clientzone/access.service.js';

process.env.RATY_TODAY = '2026-11-25';

type Db = Awaited<ReturnType<typeof createTestDb>>;
type App = Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let app: App;
let sms: SmsapiSandbox;
let A: Awaited<ReturnType<typeof createLoan>> & { pesel: string };
let B: Awaited<ReturnType<typeof createLoan>> & { pesel: string };
let C: Awaited<ReturnType<typeof createLoan>>;
let noId: Awaited<ReturnType<typeof createLoan>>;
let noPhone: Awaited<ReturnType<typeof createLoan>>;
let staff: ReturnType<typeof makeClient>;
let viewer: ReturnType<typeof makeClient>;
let ipSeq = 10;

/** A client with its own (forwarded) IP so that per-IP limits of one test do not touch another. */
function borrowerClient(ip = `198.51.100.${ipSeq++}`) {
  const c = makeClient(app.url);
  return {
    raw: c,
    gql: <T = Record<string, unknown>>(q: string, v?: Record<string, unknown>) => c.gql<T>(q, v, { 'x-forwarded-for': ip }),
  };
}

const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const rule = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.fields?.[0]?.rule;

const PREVIEW = `query($l: ID!) { clientZoneAccessPreview(loanId: $l) { loanId partyId borrowerName login maskedPhone accountExists accountStatus canGrant issues { rule message } } }`;
const GRANT = `mutation($l: ID!) { grantClientZoneAccess(loanId: $l) { accountId login maskedPhone sentAt otpExpiresAt created smsId } }`;
const LOGIN = `mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { partyId login name mustChangePassword } }`;
const CHANGE = `mutation($c: String!, $n: String!) { clientChangePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }`;
const MY_LOANS = `{ myLoans { id number amount installmentsCount status product borrower myRole nextDueDate nextDueAmount overdueAmount canPayOnline } }`;
const MY_LOAN = `query($id: ID!) { myLoan(id: $id) { id number disbursementDate product amount installmentsCount interestRate gracePeriodMonths borrower repaymentAccount variableSymbol
  totalDebt overdueAmount penaltyInterestRate suggestedPaymentAmount deposit schedule { number date principal interest total status }
  repayments { date amount principal interest penaltyInterest other deposit method } onlinePayments { id status amount } } }`;
const START = `mutation($l: ID!, $a: Decimal!, $d: String) { startOnlinePayment(loanId: $l, amount: $a, description: $d) { onlinePaymentId redirectUrl transactionId gateway amount status } }`;

function otpFrom(number: string): string {
  const msgs = sms.messages().filter((m) => m.number.endsWith(number));
  const last = msgs.at(-1);
  if (!last) throw new Error(`no SMS to ${number}`);
  const m = /Klienta: (\S{8}) \(/.exec(last.text);
  if (!m) throw new Error(`no password in "${last.text}"`);
  return m[1];
}

async function grant(loanId: string) {
  const r = await staff.gql<{ grantClientZoneAccess: { login: string } }>(GRANT, { l: loanId });
  expect(r.errors).toBeUndefined();
  return r.data!.grantClientZoneAccess;
}

/** grant, log in with the SMS password, set an own password; returns the logged-in client */
async function readyClient(who: { loanId: string; pesel: string }, phone: string, password = 'Moje-Haslo-2026') {
  await grant(who.loanId);
  const c = borrowerClient();
  const r = await c.gql(LOGIN, { l: who.pesel, p: otpFrom(phone) });
  expect(r.errors).toBeUndefined();
  const ch = await c.gql(CHANGE, { c: otpFrom(phone), n: password });
  expect(ch.errors).toBeUndefined();
  return c;
}

beforeAll(async () => {
  db = await createTestDb();
  sms = await startTestSmsapi();
  app = await startTestApp(db);
  initSecretsKey({ secret: 'clientzone-test-secret' });
  await prefillSandboxSettings(db.db, { url: sms.url, token: sms.token, senderName: 'Raty' });
  const hash = await hashPassword('raty-demo-konto');
  await db.sql`insert into users (email, name, password_hash, roles) values
    ('servicing@cz.test', 'Serwis', ${hash}, ${['SERVICING']}), ('viewer@cz.test', 'Podgląd', ${hash}, ${['NOTICES_VIEW']})`;
  staff = app.client();
  await staff.login('servicing@cz.test');
  viewer = app.client();
  await viewer.login('viewer@cz.test');

  const withPesel = async (l: Awaited<ReturnType<typeof createLoan>>) => {
    const [p] = await db.sql<{ national_id: string }[]>`select national_id from parties where id = ${l.partyId}`;
    return { ...l, pesel: p.national_id };
  };
  A = await withPesel(await createLoan(db));
  B = await withPesel(await createLoan(db));
  C = await createLoan(db, { principal: '3000.00', installments: 6 });
  noId = await createLoan(db);
  noPhone = await createLoan(db);
  await db.sql`update parties set national_id = null where id = ${noId.partyId}`;
  await db.sql`insert into contacts (party_id, type, value, sms_consent) values
    (${A.partyId}, 'MOBILE', '600100200', true), (${A.partyId}, 'MOBILE', '600999888', false),
    (${B.partyId}, 'MOBILE', '600300400', false), (${noId.partyId}, 'MOBILE', '600500600', true), (${noPhone.partyId}, 'HOME', '221234567', false)`;
  // A is also the co-borrower of C's loan
  await db.sql`insert into file_parties (file_id, party_id, role) values (${C.fileId}, ${A.partyId}, 'CO_BORROWER')`;
});

afterAll(async () => {
  await app?.close();
  await sms?.close();
  await db?.drop();
});

beforeEach(async () => {
  await db.sql`delete from rate_limits`;
  await db.sql`delete from login_guards`;
});

describe('client zone: staff grant access (CZ-2 "Dostęp do strefy klienta")', () => {
  it('previews the login (national id) and the masked consented mobile; no account yet', async () => {
    const r = await staff.gql<{ clientZoneAccessPreview: Record<string, unknown> }>(PREVIEW, { l: A.loanId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.clientZoneAccessPreview).toMatchObject({
      partyId: A.partyId,
      login: A.pesel,
      maskedPhone: '600 *** *00',
      accountExists: false,
      accountStatus: 'NONE',
      canGrant: true,
      issues: [],
    });
    expect(maskPhone('661356141')).toBe('661 *** *41');
    expect(maskPhone('+48661356141')).toBe('+48 661 *** *41');
  });

  it('names missing national id and missing mobile clearly, in the preview and on grant', async () => {
    const p1 = await staff.gql<{ clientZoneAccessPreview: { canGrant: boolean; issues: { rule: string }[] } }>(PREVIEW, { l: noId.loanId });
    expect(p1.data!.clientZoneAccessPreview.canGrant).toBe(false);
    expect(p1.data!.clientZoneAccessPreview.issues.map((i) => i.rule)).toEqual(['clientZone.noNationalId']);
    const g1 = await staff.gql(GRANT, { l: noId.loanId });
    expect(code(g1)).toBe('BAD_USER_INPUT');
    expect(rule(g1)).toBe('clientZone.noNationalId');
    const g2 = await staff.gql(GRANT, { l: noPhone.loanId });
    expect(rule(g2)).toBe('clientZone.noMobile');
    expect(g2.errors![0].message).toMatch(/no mobile/);
    const p2 = await staff.gql<{ clientZoneAccessPreview: { issues: { rule: string }[] } }>(PREVIEW, { l: noPhone.loanId });
    expect(p2.data!.clientZoneAccessPreview.issues.map((i) => i.rule)).toEqual(['clientZone.noMobile']);
  });

  it('a departed borrower (death or bankruptcy) gets no access: named in the preview, refused on grant (issue #22)', async () => {
    const dead = await createLoan(db);
    await db.sql`insert into contacts (party_id, type, value, sms_consent) values (${dead.partyId}, 'MOBILE', '600700800', true)`;
    await db.sql`update parties set death_date = '2026-01-10' where id = ${dead.partyId}`;
    const p = await staff.gql<{ clientZoneAccessPreview: { canGrant: boolean; issues: { rule: string }[] } }>(PREVIEW, { l: dead.loanId });
    expect(p.data!.clientZoneAccessPreview.canGrant).toBe(false);
    expect(p.data!.clientZoneAccessPreview.issues.map((i) => i.rule)).toEqual(['clientZone.departed']);
    const g = await staff.gql(GRANT, { l: dead.loanId });
    expect(code(g)).toBe('BAD_USER_INPUT');
    expect(rule(g)).toBe('clientZone.departed');
    const [acc] = await db.sql`select count(*)::int as n from client_accounts where party_id = ${dead.partyId}`;
    expect(acc.n).toBe(0);
  });

  it('requires the SERVICING role (a viewer is FORBIDDEN, anonymous UNAUTHENTICATED)', async () => {
    expect(code(await viewer.gql(PREVIEW, { l: A.loanId }))).toBe('FORBIDDEN');
    expect(code(await viewer.gql(GRANT, { l: A.loanId }))).toBe('FORBIDDEN');
    expect(code(await makeClient(app.url).gql(GRANT, { l: A.loanId }))).toBe('UNAUTHENTICATED');
  });
});

describe('client zone: borrower login, password change, own loans only', () => {
  it('grant → SMS with the password at the SMSAPI sandbox → login → password change enforced → change → own loans', async () => {
    sms.clear();
    const g = await staff.gql<{ grantClientZoneAccess: Record<string, unknown> }>(GRANT, { l: A.loanId });
    expect(g.errors).toBeUndefined();
    const res = g.data!.grantClientZoneAccess;
    expect(res).toMatchObject({ login: A.pesel, maskedPhone: '600 *** *00', created: true });
    expect(JSON.stringify(res)).not.toMatch(/password/i);
    const [msg] = sms.messages();
    expect(msg.number).toBe('48600100200');
    expect(msg.text).toMatch(/^Raty: Twoje haslo do Strefy Klienta: \S{8} \(wazne 72 h\)\. Zmien je przy pierwszym logowaniu\.$/);
    const otp = otpFrom('600100200');
    // the audit trail never holds the password
    const audits = await db.sql<{ after: unknown }[]>`select after from audit_log where action = 'GRANT_CLIENT_ZONE_ACCESS'`;
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(otp);

    const c = borrowerClient();
    const wrongLogin = await c.gql(LOGIN, { l: B.pesel, p: otp });
    expect(rule(wrongLogin)).toBe('clientAuth.invalidCredentials');
    const li = await c.gql<{ clientLogin: { mustChangePassword: boolean; name: string; login: string } }>(LOGIN, { l: A.pesel, p: otp });
    expect(li.errors).toBeUndefined();
    expect(li.data!.clientLogin).toMatchObject({ mustChangePassword: true, login: A.pesel });
    expect(c.raw.cookie).toMatch(/^raty_cz=/);

    const me = await c.gql<{ clientMe: { mustChangePassword: boolean } }>(`{ clientMe { name mustChangePassword } }`);
    expect(me.data!.clientMe.mustChangePassword).toBe(true);
    for (const [q, v] of [
      [MY_LOANS, {}],
      [MY_LOAN, { id: A.loanId }],
      [START, { l: A.loanId, a: '10.00' }],
    ] as const) {
      const r = await c.gql(q, v);
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    // the one password policy of staff and borrowers (docs/security.md § 3a): 12+ characters, no common password, not
    // the login; at most 5 changes per 15 minutes (the passwordChange limit), so three refusals, one wrong current, one change
    const allRules = (r: GqlResult<unknown>) => (r.errors?.[0]?.extensions?.fields as { rule: string }[] | undefined)?.map((f) => f.rule);
    expect(allRules(await c.gql(CHANGE, { c: otp, n: 'Haslo-12345' }))).toEqual(['password.tooShort']);
    expect(allRules(await c.gql(CHANGE, { c: otp, n: '1234567890' }))).toEqual(['password.tooShort', 'password.common']);
    expect(rule(await c.gql(CHANGE, { c: otp, n: A.pesel }))).toBe('password.equalsLogin');
    const wrongCurrent = await c.gql(CHANGE, { c: 'wrong-current', n: 'Dobre-Haslo-123' });
    expect(rule(wrongCurrent), JSON.stringify(wrongCurrent.errors)).toBe('clientAuth.wrongPassword');
    const ch = await c.gql<{ clientChangePassword: { mustChangePassword: boolean } }>(CHANGE, { c: otp, n: 'Dobre-Haslo-123' });
    expect(ch.errors).toBeUndefined();
    expect(ch.data!.clientChangePassword.mustChangePassword).toBe(false);

    const list = await c.gql<{ myLoans: { id: string; myRole: string; overdueAmount: string; canPayOnline: boolean; borrower: string }[] }>(MY_LOANS);
    expect(list.errors).toBeUndefined();
    const ids = list.data!.myLoans.map((l) => l.id).sort();
    expect(ids).toEqual([A.loanId, C.loanId].sort());
    expect(ids).not.toContain(B.loanId);
    const own = list.data!.myLoans.find((l) => l.id === A.loanId)!;
    expect(own.myRole).toBe('BORROWER');
    expect(Number(own.overdueAmount)).toBeGreaterThan(0);
    expect(own.canPayOnline).toBe(true);
    expect(list.data!.myLoans.find((l) => l.id === C.loanId)!.myRole).toBe('CO_BORROWER');

    const d = await c.gql<{ myLoan: Record<string, unknown> & { schedule: unknown[]; suggestedPaymentAmount: string; overdueAmount: string } }>(MY_LOAN, { id: A.loanId });
    expect(d.errors).toBeUndefined();
    expect(d.data!.myLoan).toMatchObject({
      id: A.loanId,
      amount: '12000.00',
      installmentsCount: 12,
      interestRate: '12.0000',
      gracePeriodMonths: 0,
      penaltyInterestRate: '18.5000',
      repaymentAccount: 'PL61109010140000071219812874',
      variableSymbol: null, // a PL loan has no VS
    });
    expect(d.data!.myLoan.schedule).toHaveLength(12);
    // an SK loan's variable symbol is shown to the borrower (to quote on a transfer)
    await db.sql`update loans set variable_symbol = '4400999' where id = ${A.loanId}`;
    const vs = await c.gql<{ myLoan: { variableSymbol: string | null } }>(MY_LOAN, { id: A.loanId });
    expect(vs.data!.myLoan.variableSymbol).toBe('4400999');
    await db.sql`update loans set variable_symbol = null where id = ${A.loanId}`;
    expect(d.data!.myLoan.suggestedPaymentAmount).toBe(d.data!.myLoan.overdueAmount);

    // the new password works, the one-time one no longer does
    const c2 = borrowerClient();
    expect(rule(await c2.gql(LOGIN, { l: A.pesel, p: otp }))).toBe('clientAuth.invalidCredentials');
    const ok = await c2.gql<{ clientLogin: { mustChangePassword: boolean } }>(LOGIN, { l: A.pesel, p: 'Dobre-Haslo-123' });
    expect(ok.data!.clientLogin.mustChangePassword).toBe(false);
    // logout ends the session
    expect((await c2.gql(`mutation { clientLogout }`)).data).toEqual({ clientLogout: true });
    expect(code(await c2.gql(MY_LOANS))).toBe('UNAUTHENTICATED');
  });

  it('sets the borrower cookie raty_cz httpOnly, SameSite=Lax, apart from the staff cookie', async () => {
    await grant(B.loanId);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.250' },
      body: JSON.stringify({ query: LOGIN, variables: { l: B.pesel, p: otpFrom('600300400') } }),
    });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^raty_cz=[\w-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it("another borrower's loan id → NOT_FOUND in every client-zone operation, whatever ids are sent", async () => {
    const c = await readyClient(B, '600300400');
    const mine = await c.gql<{ myLoans: { id: string }[] }>(MY_LOANS);
    expect(mine.data!.myLoans.map((l) => l.id)).toEqual([B.loanId]);
    for (const foreign of [A.loanId, C.loanId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const d = await c.gql(MY_LOAN, { id: foreign });
      expect(code(d)).toBe('NOT_FOUND');
      expect(d.data).toBeNull();
      expect(code(await c.gql(START, { l: foreign, a: '10.00' }))).toBe('NOT_FOUND');
    }
    const before = await db.sql`select count(*)::int as n from online_payments where loan_id = ${A.loanId}`;
    expect(before[0].n).toBe(0);
  });

  it('a staff cookie cannot call client-zone operations and a borrower cookie cannot call staff operations', async () => {
    for (const [q, v] of [
      [MY_LOANS, {}],
      [MY_LOAN, { id: A.loanId }],
      [START, { l: A.loanId, a: '10.00' }],
      [CHANGE, { c: 'x', n: 'Dobre-Haslo-123' }],
    ] as const) {
      expect(code(await staff.gql(q, v))).toBe('FORBIDDEN');
      expect(code(await makeClient(app.url).gql(q, v))).toBe('UNAUTHENTICATED');
    }
    expect((await staff.gql(`{ clientMe { login } }`)).data).toEqual({ clientMe: null });
    const c = await readyClient(B, '600300400', 'Inne-Haslo-456');
    expect(code(await c.gql(PREVIEW, { l: B.loanId }))).toBe('FORBIDDEN');
    expect(code(await c.gql(GRANT, { l: B.loanId }))).toBe('FORBIDDEN');
    expect(code(await c.gql(`query($id: ID!) { loan(id: $id) { id } }`, { id: B.loanId }))).toBe('FORBIDDEN');
    expect(code(await c.gql(`{ me { id } }`))).toBeUndefined();
    expect((await c.gql(`{ me { id } }`)).data).toEqual({ me: null });
    const reg = await c.gql(`mutation($i: RegisterPaymentInput!) { registerPayment(input: $i) { replayed } }`, {
      i: { loanId: B.loanId, clientId: B.partyId, paymentDate: '2026-11-25', amountPaid: '1.00', paymentMethod: 'CASH', idempotencyKey: 'cz-x' },
    });
    expect(code(reg)).toBe('FORBIDDEN');
  });
});

describe('client zone: lockout, per-IP failures limit, OTP expiry, re-grant, revoke', () => {
  it('locks the login for 15 minutes after 10 wrong passwords; even the right password is refused while locked', async () => {
    await readyClient(B, '600300400', 'Haslo-Lockout-1');
    const c = borrowerClient();
    for (let i = 1; i <= 10; i++) {
      const r = await c.gql(LOGIN, { l: B.pesel, p: `wrong-${i}` });
      expect(rule(r)).toBe('clientAuth.invalidCredentials');
      expect((r.errors![0].extensions!.fields![0] as Record<string, unknown>).params).toBeUndefined(); // no attemptsLeft: that told accounts apart
    }
    const right = await c.gql(LOGIN, { l: B.pesel, p: 'Haslo-Lockout-1' });
    expect(rule(right)).toBe('clientAuth.invalidCredentials');
    const [g] = await db.sql<{ locked_until: string }[]>`select locked_until from login_guards where subject = ${`client:${B.pesel}`}`;
    const minutes = (new Date(g.locked_until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // the lock expires
    await db.sql`update login_guards set locked_until = now() - interval '1 second' where subject = ${`client:${B.pesel}`}`;
    expect((await c.gql(LOGIN, { l: B.pesel, p: 'Haslo-Lockout-1' })).errors).toBeUndefined();
  });

  it('limits failed logins per IP address (30 from one address), whatever the account', async () => {
    const ip = '203.0.113.77';
    const c = borrowerClient(ip);
    let limited: GqlResult<unknown> | undefined;
    for (let i = 0; i < 35 && !limited; i++) {
      const r = await c.gql(LOGIN, { l: `9001010000${i % 10}`, p: 'guess-password' });
      if (rule(r) === 'clientAuth.rateLimited') limited = r;
      else expect(rule(r)).toBe('clientAuth.invalidCredentials');
    }
    expect(limited).toBeDefined();
    expect(limited!.errors![0].message).toMatch(/Too many failed logins from this address/);
    // another address is not affected
    const other = borrowerClient('203.0.113.78');
    expect(rule(await other.gql(LOGIN, { l: '90010100001', p: 'guess-password' }))).toBe('clientAuth.invalidCredentials');
  });

  it('refuses an expired one-time password with a clear message', async () => {
    await grant(B.loanId);
    const otp = otpFrom('600300400');
    await db.sql`update client_accounts set otp_expires_at = now() - interval '1 minute' where party_id = ${B.partyId}`;
    const r = await borrowerClient().gql(LOGIN, { l: B.pesel, p: otp });
    expect(rule(r)).toBe('clientAuth.otpExpired');
    expect(r.errors![0].message).toMatch(/one-time password has expired/);
    const p = await staff.gql<{ clientZoneAccessPreview: { accountStatus: string } }>(PREVIEW, { l: B.loanId });
    expect(p.data!.clientZoneAccessPreview.accountStatus).toBe('OTP_EXPIRED');
  });

  it("re-granting resets the password (new OTP) and ends the account's sessions", async () => {
    const c = await readyClient(B, '600300400', 'Haslo-Przed-Reset');
    expect((await c.gql(MY_LOANS)).errors).toBeUndefined();
    const g = await staff.gql<{ grantClientZoneAccess: { created: boolean } }>(GRANT, { l: B.loanId });
    expect(g.data!.grantClientZoneAccess.created).toBe(false);
    expect(code(await c.gql(MY_LOANS))).toBe('UNAUTHENTICATED');
    const fresh = borrowerClient();
    expect(rule(await fresh.gql(LOGIN, { l: B.pesel, p: 'Haslo-Przed-Reset' }))).toBe('clientAuth.invalidCredentials');
    const li = await fresh.gql<{ clientLogin: { mustChangePassword: boolean } }>(LOGIN, { l: B.pesel, p: otpFrom('600300400') });
    expect(li.data!.clientLogin.mustChangePassword).toBe(true);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'RESET_CLIENT_ZONE_ACCESS'`;
    expect(n).toBeGreaterThan(0);
  });

  it('revoking access ends the sessions and refuses logins', async () => {
    const c = await readyClient(B, '600300400', 'Haslo-Przed-Revoke');
    const r = await staff.gql<{ revokeClientZoneAccess: { status: string } }>(`mutation($p: ID) { revokeClientZoneAccess(partyId: $p) { status revokedAt } }`, { p: B.partyId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.revokeClientZoneAccess.status).toBe('REVOKED');
    expect(code(await c.gql(MY_LOANS))).toBe('UNAUTHENTICATED');
    expect(rule(await borrowerClient().gql(LOGIN, { l: B.pesel, p: 'Haslo-Przed-Revoke' }))).toBe('clientAuth.invalidCredentials');
    // granting again restores access
    await readyClient(B, '600300400', 'Haslo-Po-Revoke');
  });
});
