/**
 * Logins under attack (issue 15; docs/security.md § 3, controls L1–L15): guess budget per account under parallel
 * guesses, one answer for unknown/wrong/locked, per-address failures-only limit, lockout SMS, staff view/clear of
 * lockouts, rate limits counted from the validated operation and keyed on the principal, single-use one-time
 * passwords and their re-request, session rotation, no suggestions, introspection 401/403.
 * Real PostgreSQL, real HTTP, the SMSAPI sandbox.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { borrowerSession, distIsBuilt, spawnServer } from './support/faults.js';
import { startTestSmsapi, type SmsapiSandbox } from './support/sandboxes.js';
import { hashPassword } from '../src/lib/crypto.js';
import { initSecretsKey } from '../src/integrations/secrets.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { settleClientSms } from '../src/modules/clientzone/client-sms.service.js';
import { executedRootFields } from '../src/http/security.js';
import { parse, type OperationDefinitionNode } from 'graphql';

process.env.RATY_TODAY = '2026-11-25';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let sms: SmsapiSandbox;
let staff: ReturnType<typeof makeClient>;
let viewer: ReturnType<typeof makeClient>;
type Party = Awaited<ReturnType<typeof createLoan>> & { pesel: string };
/** K: consented mobile + own password; N: account whose mobile has no SMS consent; P: granted, one-time password pending */
let K: Party;
let N: Party;
let P: Party;
let ipSeq = 1;
const nextIp = () => `198.18.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`;

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;
const CLOGIN = `mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { partyId mustChangePassword } }`;
const CHANGE = `mutation($c: String!, $n: String!) { clientChangePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }`;
const REQUEST_OTP = `mutation($l: String!) { clientRequestOneTimePassword(login: $l) }`;
const PREVIEW = `query($l: ID!) { clientZoneAccessPreview(loanId: $l) { accountStatus lockedUntil } }`;
const CLEAR = `mutation($l: ID!) { clearClientZoneLockout(loanId: $l) { status lockedUntil } }`;
const GRANT = `mutation($l: ID!) { grantClientZoneAccess(loanId: $l) { login } }`;

interface Raw {
  status: number;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> & { fields?: { rule: string }[] } }[] };
  setCookie: string[];
  headers: Headers;
}

/** One POST /graphql from the given address (X-Forwarded-For is trusted from loopback) with the given headers. */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, ip = nextIp(), url = app.url): Promise<Raw> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text), setCookie: res.headers.getSetCookie(), headers: res.headers };
}
const rule = (r: Raw) => r.json.errors?.[0]?.extensions?.fields?.[0]?.rule;
const code = (r: Raw) => r.json.errors?.[0]?.extensions?.code;
const cookieOf = (r: Raw, name: string) => r.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`) && !c.endsWith('='));

function otpsTo(number: string): string[] {
  return sms
    .messages()
    .filter((m) => m.number.endsWith(number))
    .map((m) => /Klienta: (\S{8}) \(/.exec(m.text)?.[1])
    .filter((x): x is string => !!x);
}

async function withPesel(l: Awaited<ReturnType<typeof createLoan>>): Promise<Party> {
  const [p] = await db.sql<{ national_id: string }[]>`select national_id from parties where id = ${l.partyId}`;
  return { ...l, pesel: p.national_id };
}

async function setOwnPassword(p: Party, password: string) {
  await db.sql`delete from client_accounts where party_id = ${p.partyId}`;
  await db.sql`insert into client_accounts (party_id, login, password_hash, must_change_password, password_changed_at)
    values (${p.partyId}, ${p.pesel}, ${await hashPassword(password)}, false, now())`;
}

beforeAll(async () => {
  initSecretsKey({ secret: 'security-login-test-secret' });
  db = await createTestDb();
  sms = await startTestSmsapi();
  app = await startTestApp(db);
  await prefillSandboxSettings(db.db, { url: sms.url, token: sms.token, senderName: 'Raty' });
  const hash = await hashPassword('raty-demo-konto');
  await db.sql`insert into users (email, name, password_hash, roles) values
    ('viewer@raty.demo', 'Podgląd', ${hash}, ${['NOTICES_VIEW']}), ('servicing@raty.demo', 'Serwis', ${hash}, ${['SERVICING']}),
    ('office@raty.demo', 'Biuro', ${hash}, ${['NOTICES_VIEW']})`;
  staff = makeClient(app.url);
  await staff.login('servicing@raty.demo');
  viewer = makeClient(app.url);
  await viewer.login('viewer@raty.demo');
  K = await withPesel(await createLoan(db));
  N = await withPesel(await createLoan(db));
  P = await withPesel(await createLoan(db));
  await db.sql`insert into contacts (party_id, type, value, sms_consent) values
    (${K.partyId}, 'MOBILE', '600111222', true), (${K.partyId}, 'MOBILE', '600111999', false),
    (${N.partyId}, 'MOBILE', '600222333', false), (${P.partyId}, 'MOBILE', '600333444', true)`;
});

afterAll(async () => {
  await settleClientSms();
  await app?.close();
  await sms?.close();
  await db?.drop();
});

beforeEach(async () => {
  await settleClientSms();
  await db.sql`delete from rate_limits`;
  await db.sql`delete from login_guards`;
  sms.clear();
});

describe('L1–L3 guess budget per account (atomic in PostgreSQL)', () => {
  it('L1 staff: 50 parallel wrong passwords for viewer@raty.demo from 50 addresses, then the right one → refused', async () => {
    const wrong = await Promise.all(Array.from({ length: 50 }, (_, i) => post(LOGIN, { e: 'viewer@raty.demo', p: `wrong-${i}` })));
    expect(wrong.every((r) => rule(r) === 'auth.invalidCredentials')).toBe(true);
    const right = await post(LOGIN, { e: 'viewer@raty.demo', p: 'raty-demo-konto' });
    expect(rule(right)).toBe('auth.invalidCredentials');
    expect(right.text).toBe(wrong[0].text); // the same answer as a wrong password
    const [g] = await db.sql<{ locked: boolean; minutes: number }[]>`
      select locked_until > now() as locked, extract(epoch from locked_until - now()) / 60 as minutes from login_guards where subject = 'staff:viewer@raty.demo'`;
    expect(g.locked).toBe(true);
    expect(Number(g.minutes)).toBeGreaterThan(14);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'LOCK' and entity = 'user'`;
    expect(n).toBe(1);
  });

  it('L2 borrower: 11 parallel wrong guesses, then the right one → refused (the lock is decided before the password)', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    const wrong = await Promise.all(Array.from({ length: 11 }, (_, i) => post(CLOGIN, { l: K.pesel, p: `wrong-${i}` })));
    expect(wrong.every((r) => rule(r) === 'clientAuth.invalidCredentials')).toBe(true);
    expect(rule(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }))).toBe('clientAuth.invalidCredentials');
    const [g] = await db.sql<{ locked: boolean }[]>`select locked_until > now() as locked from login_guards where subject = ${`client:${K.pesel}`}`;
    expect(g.locked).toBe(true);
  });

  it('L2 borrower: 50 parallel wrong passwords from 50 addresses, then the right one → refused', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    await Promise.all(Array.from({ length: 50 }, (_, i) => post(CLOGIN, { l: K.pesel, p: `wrong-${i}` })));
    expect(rule(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }))).toBe('clientAuth.invalidCredentials');
  });

  it('L3 exponential backoff: the second lock in a row lasts 30 minutes, the third 60; a success resets the level', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    const subject = `client:${K.pesel}`;
    const lockMinutes = async () => {
      const [g] = await db.sql<{ m: number }[]>`select extract(epoch from locked_until - now()) / 60 as m from login_guards where subject = ${subject}`;
      return Number(g.m);
    };
    for (const expected of [15, 30, 60]) {
      for (let i = 0; i < 10; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-${i}` });
      const m = await lockMinutes();
      expect(m).toBeGreaterThan(expected - 1);
      expect(m).toBeLessThanOrEqual(expected);
      await db.sql`update login_guards set locked_until = now() - interval '1 second' where subject = ${subject}`; // the lock ends
    }
    expect((await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' })).json.errors).toBeUndefined();
    for (let i = 0; i < 10; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-${i}` });
    expect(await lockMinutes()).toBeLessThanOrEqual(15);
  });
});

describe('L4–L5 one answer for unknown login, wrong password and locked account', () => {
  it('L4 known and unknown PESELs (and a locked one) get byte-identical answers on a wrong password; staff e-mails too', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    const unknownPesel = '90010112345';
    await db.sql`delete from client_accounts where login = ${unknownPesel}`;
    const known = await post(CLOGIN, { l: K.pesel, p: 'wrong-password' });
    const unknown = await post(CLOGIN, { l: unknownPesel, p: 'wrong-password' });
    expect(known.status).toBe(unknown.status);
    expect(known.text).toBe(unknown.text);
    expect(known.json.errors?.[0].message).toMatch(/Wrong login or password, or the account is temporarily locked$/);
    expect(known.text).not.toMatch(/attemptsLeft|"until"|"locked"|clientAuth.locked/);
    for (let i = 0; i < 10; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-${i}` });
    const locked = await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' });
    expect(locked.text).toBe(unknown.text);
    // response headers differ only by request id and date
    const strip = (h: Headers) => [...h.entries()].filter(([k]) => !['x-request-id', 'date'].includes(k));
    expect(strip(known.headers)).toEqual(strip(unknown.headers));

    const staffKnown = await post(LOGIN, { e: 'office@raty.demo', p: 'wrong-password' });
    const staffUnknown = await post(LOGIN, { e: 'nobody@raty.demo', p: 'wrong-password' });
    expect(staffKnown.text).toBe(staffUnknown.text);
    expect(staffKnown.status).toBe(staffUnknown.status);
  });

  it('L5 the same timing: unknown and known logins both verify an argon2 hash (medians within a factor of 2)', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    const time = async (login: string) => {
      const t = performance.now();
      await post(CLOGIN, { l: login, p: 'wrong-password' });
      return performance.now() - t;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time(K.pesel));
      unknown.push(await time('90010112345'));
    }
    const ratio = median(known) / median(unknown);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('L6 per-address limit: failures only', () => {
  it('L6 35 successful logins from one address do not count; 30 failures do, then auth.rateLimited', async () => {
    const ip = '198.19.0.1';
    for (let i = 0; i < 35; i++) expect((await post(LOGIN, { e: 'office@raty.demo', p: 'raty-demo-konto' }, {}, ip)).json.errors).toBeUndefined();
    let limitedAt = -1;
    for (let i = 0; i < 31 && limitedAt < 0; i++) {
      if (rule(await post(LOGIN, { e: `nobody-${i}@raty.demo`, p: 'x' }, {}, ip)) === 'auth.rateLimited') limitedAt = i;
    }
    expect(limitedAt).toBe(30);
  });
});

describe('L7–L8 lockout notice by SMS and staff view/clear', () => {
  it('L7 the owner gets one lockout SMS at the consented number per 24 h; no SMS without a consented number', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    for (let round = 0; round < 2; round++) {
      await Promise.all(Array.from({ length: 12 }, (_, i) => post(CLOGIN, { l: K.pesel, p: `wrong-${i}` })));
      await settleClientSms();
      await db.sql`update login_guards set locked_until = now() - interval '1 second' where subject = ${`client:${K.pesel}`}`;
    }
    const msgs = sms.messages();
    expect(msgs).toHaveLength(1);
    expect(msgs[0].number).toBe('48600111222');
    expect(msgs[0].text).toMatch(/czasowo zablokowane/);
    // a day later the next lock is notified again
    await db.sql`update login_guards set lock_sms_at = now() - interval '25 hours' where subject = ${`client:${K.pesel}`}`;
    for (let i = 0; i < 10; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-${i}` });
    await settleClientSms();
    expect(sms.messages()).toHaveLength(2);

    sms.clear();
    await setOwnPassword(N, 'Moje-Haslo-2026');
    for (let i = 0; i < 10; i++) await post(CLOGIN, { l: N.pesel, p: `wrong-${i}` });
    await settleClientSms();
    expect(sms.messages()).toHaveLength(0);
  });

  it('L8 staff see the lock in the access preview and clear it (SERVICING only); the password then works', async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    for (let i = 0; i < 10; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-${i}` });
    const p = await staff.gql<{ clientZoneAccessPreview: { accountStatus: string; lockedUntil: string | null } }>(PREVIEW, { l: K.loanId });
    expect(p.data!.clientZoneAccessPreview.accountStatus).toBe('LOCKED');
    expect(new Date(p.data!.clientZoneAccessPreview.lockedUntil!).getTime()).toBeGreaterThan(Date.now());
    expect((await viewer.gql(CLEAR, { l: K.loanId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(code(await post(CLEAR, { l: K.loanId }))).toBe('UNAUTHENTICATED');
    const cleared = await staff.gql<{ clearClientZoneLockout: { status: string; lockedUntil: string | null } }>(CLEAR, { l: K.loanId });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.clearClientZoneLockout).toEqual({ status: 'ACTIVE', lockedUntil: null });
    const p2 = await staff.gql<{ clientZoneAccessPreview: { accountStatus: string; lockedUntil: string | null } }>(PREVIEW, { l: K.loanId });
    expect(p2.data!.clientZoneAccessPreview).toEqual({ accountStatus: 'ACTIVE', lockedUntil: null });
    expect((await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' })).json.errors).toBeUndefined();
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'CLEAR_CLIENT_ZONE_LOCKOUT'`;
    expect(n).toBe(1);
  });
});

describe('L9–L10 rate limits: every executed root field, keyed on the principal', () => {
  it('L9 root fields are counted through fragments, inline fragments and aliases (parsed, validated operation)', () => {
    const doc = parse(`mutation M($no: Boolean!) { a: login(email: "x", password: "y") { id } b: login(email: "x", password: "y") { id }
      ... on Mutation { clientChangePassword(currentPassword: "x", newPassword: "y") { login } } ...F
      s: sendNotices(ids: []) @skip(if: $no) { id } }
      fragment F on Mutation { grantClientZoneAccess(loanId: "x") { login } ... on Mutation { g2: grantClientZoneAccess(loanId: "y") { login } } }`);
    const op = doc.definitions[0] as OperationDefinitionNode;
    expect(executedRootFields(doc, op, { no: true }).sort()).toEqual(['clientChangePassword', 'grantClientZoneAccess', 'grantClientZoneAccess', 'login', 'login']);
    expect(executedRootFields(doc, op, { no: false })).toContain('sendNotices');
  });

  it('L9 a fragment-wrapped or junk-cookie call over the SMS limit is refused like a plain one (429)', async () => {
    const loanId = '00000000-0000-4000-8000-000000000000';
    const plain = `mutation($l: ID!) { grantClientZoneAccess(loanId: $l) { login } }`;
    const inline = `mutation($l: ID!) { ... on Mutation { grantClientZoneAccess(loanId: $l) { login } } }`;
    const spread = `mutation($l: ID!) { ...G } fragment G on Mutation { grantClientZoneAccess(loanId: $l) { login } }`;
    const aliased = `mutation($l: ID!) { a: grantClientZoneAccess(loanId: $l) { login } b: grantClientZoneAccess(loanId: $l) { login } }`;
    const cookie = staff.cookie!;
    for (const [q, n] of [
      [plain, 10],
      [inline, 9],
      [spread, 5],
      [aliased, 3],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const r = await post(q, { l: loanId }, { cookie: `${cookie}; junk=${Math.random()}` });
        expect(r.status).toBe(200);
      }
    }
    // 10 + 9 + 5 + 3×2 = 30: every form is now refused, whatever junk the cookie header carries
    for (const q of [plain, inline, spread, aliased]) {
      const r = await post(q, { l: loanId }, { cookie: `junk=${Math.random()}; ${cookie}; more=junk` });
      expect(r.status).toBe(429);
      expect(code(r)).toBe('RATE_LIMITED');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // anonymous callers are keyed on the address: junk cookies open no new bucket
    const ip = '198.19.1.1';
    for (let i = 0; i < 30; i++) expect((await post(REQUEST_OTP, { l: `9001011${String(i).padStart(4, '0')}` }, { cookie: `raty_sid=junk${i}` }, ip)).status).toBe(200);
    expect((await post(REQUEST_OTP, { l: '90010110000' }, { cookie: 'raty_sid=junk-new' }, ip)).status).toBe(429);
  });

  it("L10 wrong current passwords on clientChangePassword spend the account's guess budget (and an inline fragment counts too)", async () => {
    await setOwnPassword(K, 'Moje-Haslo-2026');
    const li = await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' });
    const cookie = cookieOf(li, 'raty_cz')!;
    const inline = `mutation($c: String!, $n: String!) { ... on Mutation { clientChangePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } } }`;
    for (let i = 0; i < 5; i++) expect(rule(await post(i % 2 ? inline : CHANGE, { c: `wrong-${i}`, n: 'Nowe-Haslo-2026' }, { cookie }))).toBe('clientAuth.wrongPassword');
    expect((await post(inline, { c: 'wrong-5', n: 'Nowe-Haslo-2026' }, { cookie })).status).toBe(429); // 5 per 15 min per principal
    for (let i = 0; i < 5; i++) await post(CLOGIN, { l: K.pesel, p: `wrong-login-${i}` });
    // 5 wrong current passwords + 5 wrong logins = 10: locked, the right password is refused
    expect(rule(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }))).toBe('clientAuth.invalidCredentials');
  });
});

describe('L11–L12 one-time passwords', () => {
  it('L11 an OTP works once: the first login opens only the change, a second login (also in parallel) is refused', async () => {
    expect((await staff.gql(GRANT, { l: P.loanId })).errors).toBeUndefined();
    const [otp] = otpsTo('600333444');
    const parallel = await Promise.all(Array.from({ length: 5 }, () => post(CLOGIN, { l: P.pesel, p: otp })));
    const ok = parallel.filter((r) => !r.json.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0].json.data).toMatchObject({ clientLogin: { mustChangePassword: true } });
    expect(parallel.filter((r) => r.json.errors).every((r) => rule(r) === 'clientAuth.otpUsed')).toBe(true);
    const cookie = cookieOf(ok[0], 'raty_cz')!;
    expect(code(await post(`{ myLoans { id } }`, {}, { cookie }))).toBe('FORBIDDEN');
    expect(rule(await post(CLOGIN, { l: P.pesel, p: otp }))).toBe('clientAuth.otpUsed');
    // the first session can still change the password
    const ch = await post(CHANGE, { c: otp, n: 'Wlasne-Haslo-2026' }, { cookie });
    expect(ch.json.errors).toBeUndefined();
  });

  it('L12 "wyślij nowe hasło jednorazowe": same answer with or without an account, consented number only, 3 a day', async () => {
    expect((await staff.gql(GRANT, { l: P.loanId })).errors).toBeUndefined();
    const [first] = otpsTo('600333444');
    expect((await post(CLOGIN, { l: P.pesel, p: first })).json.errors).toBeUndefined(); // used, change abandoned
    sms.clear();
    const unknown = await post(REQUEST_OTP, { l: '90010154321' });
    const known = await post(REQUEST_OTP, { l: P.pesel });
    expect(known.status).toBe(unknown.status);
    expect(known.text).toBe(unknown.text);
    expect(known.json.data).toEqual({ clientRequestOneTimePassword: true });
    await settleClientSms();
    const msgs = sms.messages();
    expect(msgs).toHaveLength(1);
    expect(msgs[0].number).toBe('48600333444');
    const [fresh] = otpsTo('600333444');
    expect(fresh).not.toBe(first);
    expect(rule(await post(CLOGIN, { l: P.pesel, p: first }))).toBe('clientAuth.invalidCredentials');
    const li = await post(CLOGIN, { l: P.pesel, p: fresh });
    expect(li.json.data).toMatchObject({ clientLogin: { mustChangePassword: true } });
    // at most 3 a day per login (the answer stays the same)
    for (let i = 0; i < 3; i++) expect((await post(REQUEST_OTP, { l: P.pesel })).text).toBe(unknown.text);
    await settleClientSms();
    expect(otpsTo('600333444')).toHaveLength(3);
    // an account without a consented mobile, or with its own password, gets nothing
    sms.clear();
    await db.sql`delete from rate_limits`;
    await setOwnPassword(K, 'Moje-Haslo-2026');
    await db.sql`insert into client_accounts (party_id, login, password_hash, must_change_password, otp_expires_at) values
      (${N.partyId}, ${N.pesel}, 'x', true, now() + interval '1 day') on conflict (party_id) do update set must_change_password = true, password_hash = 'x'`;
    for (const l of [K.pesel, N.pesel]) expect((await post(REQUEST_OTP, { l })).text).toBe(unknown.text);
    await settleClientSms();
    expect(sms.messages()).toHaveLength(0);
  });
});

describe('L13 session rotation', () => {
  it("L13 logging in ends the browser's previous session (staff and borrower); a password change ends every session of the account", async () => {
    const first = await post(LOGIN, { e: 'office@raty.demo', p: 'raty-demo-konto' });
    const sid1 = cookieOf(first, 'raty_sid')!;
    const second = await post(LOGIN, { e: 'office@raty.demo', p: 'raty-demo-konto' }, { cookie: sid1 });
    const sid2 = cookieOf(second, 'raty_sid')!;
    expect(sid2).not.toBe(sid1);
    expect((await post(`{ me { email } }`, {}, { cookie: sid1 })).json.data).toEqual({ me: null });
    expect((await post(`{ me { email } }`, {}, { cookie: sid2 })).json.data).toEqual({ me: { email: 'office@raty.demo' } });

    await setOwnPassword(K, 'Moje-Haslo-2026');
    const a = cookieOf(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }), 'raty_cz')!;
    const a2 = cookieOf(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }, { cookie: a }), 'raty_cz')!;
    const other = cookieOf(await post(CLOGIN, { l: K.pesel, p: 'Moje-Haslo-2026' }), 'raty_cz')!; // another browser
    expect(code(await post(`{ myLoans { id } }`, {}, { cookie: a }))).toBe('UNAUTHENTICATED');
    expect((await post(`{ myLoans { id } }`, {}, { cookie: a2 })).json.errors).toBeUndefined();
    const ch = await post(CHANGE, { c: 'Moje-Haslo-2026', n: 'Nowe-Haslo-2026' }, { cookie: a2 });
    expect(ch.json.errors).toBeUndefined();
    const a3 = cookieOf(ch, 'raty_cz')!;
    expect(a3).not.toBe(a2);
    expect(code(await post(`{ myLoans { id } }`, {}, { cookie: a2 }))).toBe('UNAUTHENTICATED');
    expect(code(await post(`{ myLoans { id } }`, {}, { cookie: other }))).toBe('UNAUTHENTICATED');
    expect((await post(`{ myLoans { id } }`, {}, { cookie: a3 })).json.errors).toBeUndefined();
  });
});

describe('L14–L15 no schema leaks to anonymous callers', () => {
  it('L14 no "Did you mean" in any anonymous answer: fields, arguments, enum literals and enum variables', async () => {
    const probes: [string, Record<string, unknown>][] = [
      [`{ loann(id: "x") { id } }`, {}],
      [`mutation { clientLogin(logn: "x", password: "y") { partyId } }`, {}],
      [`mutation { createApiToken(name: "x", role: ANALYS) { token } }`, {}],
      [`mutation($r: Role!) { createApiToken(name: "x", role: $r) { token } }`, { r: 'ANALYS' }],
      [`query($s: ClientZoneAccountStatu) { me { id } }`, {}],
    ];
    for (const [q, v] of probes) {
      const r = await post(q, v);
      expect(r.json.errors?.length, q).toBeGreaterThan(0);
      expect(r.text, q).not.toMatch(/Did you mean/i);
    }
  });

  it('L15 refused introspection answers 401 (anonymous) / 403 (borrower), not 500', async () => {
    const q = `{ __schema { types { name } } }`;
    const anon = await post(q);
    expect(anon.status).toBe(401);
    expect(code(anon)).toBe('UNAUTHENTICATED');
    const b = await borrowerSession(db.sql, (await createLoan(db)).partyId);
    const borrower = await post(q, {}, { cookie: b.cookie });
    expect(borrower.status).toBe(403);
    expect(code(borrower)).toBe('FORBIDDEN');
    expect((await post(q, {}, { cookie: staff.cookie! })).status).toBe(200);
  });
});

describe('L16 across processes', () => {
  // the built server (`npm run build`) as a second process on the same database
  it.skipIf(!distIsBuilt())(
    'the guess budget and the per-operation limits hold across two app processes',
    async () => {
      const child = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: '2026-11-25' } });
      try {
        const urls = [app.url, child.url];
        const wrong = await Promise.all(Array.from({ length: 30 }, (_, i) => post(LOGIN, { e: 'viewer@raty.demo', p: `wrong-${i}` }, {}, nextIp(), urls[i % 2])));
        expect(wrong.every((r) => rule(r) === 'auth.invalidCredentials')).toBe(true);
        for (const url of urls) expect(rule(await post(LOGIN, { e: 'viewer@raty.demo', p: 'raty-demo-konto' }, {}, nextIp(), url))).toBe('auth.invalidCredentials');
        const q = `mutation($l: ID!) { grantClientZoneAccess(loanId: $l) { login } }`;
        const v = { l: '00000000-0000-4000-8000-000000000000' };
        const calls = await Promise.all(Array.from({ length: 30 }, (_, i) => post(q, v, { cookie: staff.cookie! }, nextIp(), urls[i % 2])));
        expect(calls.every((r) => r.status === 200 && code(r) === 'NOT_FOUND')).toBe(true);
        for (const url of urls) expect((await post(q, v, { cookie: staff.cookie! }, nextIp(), url)).status).toBe(429);
      } finally {
        await child.stop();
      }
    },
    60_000,
  );
});
