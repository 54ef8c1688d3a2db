import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { passwordIssues } from '../src/modules/auth/password-policy.js';
import { DEMO_TOTP_SECRET, openTotpSecret, resealTotpSecrets, totpCode } from '../src/modules/auth/totp.service.js';
import { currentKeyId, initKeyRing, seal } from '../src/lib/secret-box.js';
import { makeClient } from './support/app.js';
import { cookieSecureOf, loadConfig, trustedProxiesOf } from '../src/config.js';
import { createApp } from '../src/http/app.js';
import { pino } from 'pino';

/** Issue 20: staff accounts (password policy, second factor, sessions, audit of authentication). docs/security.md § 3a–3d. */
let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 5, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  admin = app.client();
  await admin.login('admin@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const rules = (r: { errors?: { extensions?: { fields?: { field: string; rule: string }[] } }[] }) => r.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}`) ?? [];

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }`;
const input = (password: string, email = `new-${Math.random().toString(36).slice(2, 8)}@raty.test`) => ({ i: { email, name: 'Nowa Osoba', password, roles: ['NOTICES_VIEW'] } });

describe('password policy (§ 3a)', () => {
  it('the pure rule: length in code points, no composition rules, common, repeated and personal passwords refused', () => {
    expect(passwordIssues('correct horse battery', 'p')).toEqual([]);
    expect(passwordIssues('zażółć gęślą jaźń', 'p')).toEqual([]); // any characters, spaces, no "digit + capital"
    expect(passwordIssues('x'.repeat(64) + 'abcd', 'p')).toEqual([]); // long passphrases are fine (max 128)
    expect(passwordIssues('a'.repeat(129), 'p').map((i) => i.rule)).toContain('password.tooLong');
    expect(passwordIssues('1234567890', 'p').map((i) => i.rule)).toEqual(['password.tooShort', 'password.common']);
    expect(passwordIssues(' '.repeat(10), 'p').map((i) => i.rule)).toEqual(['password.tooShort', 'password.tooSimple']);
    expect(passwordIssues(' '.repeat(14), 'p').map((i) => i.rule)).toEqual(['password.tooSimple']);
    expect(passwordIssues('123456789012', 'p').map((i) => i.rule)).toEqual(['password.common']);
    expect(passwordIssues('Password1234', 'p').map((i) => i.rule)).toEqual(['password.common']); // case-insensitive
    expect(passwordIssues('jan.kowalski@bank.pl', 'p', { email: 'jan.kowalski@bank.pl' }).map((i) => i.rule)).toEqual(['password.personal']);
    expect(passwordIssues('my-kowalski-pass', 'p', { name: 'Jan Kowalski' }).map((i) => i.rule)).toEqual(['password.personal']);
    expect(passwordIssues('pesel 44051401359!', 'p', { nationalId: '44051401359' }).map((i) => i.rule)).toEqual(['password.personal']);
  });

  it('createUser refuses "1234567890", 10 spaces and the user\'s own e-mail with a field error; a passphrase is accepted', async () => {
    expect(rules(await admin.gql(CREATE, input('1234567890')))).toEqual(['input.password:password.tooShort', 'input.password:password.common']);
    expect(rules(await admin.gql(CREATE, input(' '.repeat(10))))).toEqual(['input.password:password.tooShort', 'input.password:password.tooSimple']);
    expect(rules(await admin.gql(CREATE, input('anna.nowa@raty.test', 'anna.nowa@raty.test')))).toEqual(['input.password:password.personal']);
    const ok = await admin.gql<{ createUser: { email: string } }>(CREATE, input('kasztan pod oknem 7', 'ok-user@raty.test'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createUser.email).toBe('ok-user@raty.test');
  });

  it('changePassword and resetUserPassword apply the same policy; the new password works and the old one does not', async () => {
    const u = app.client();
    await u.login('ok-user@raty.test', 'kasztan pod oknem 7');
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    expect(rules(await u.gql(CHANGE, { c: 'kasztan pod oknem 7', n: 'qwertyuiop12' }))).toEqual(['newPassword:password.common']);
    expect(rules(await u.gql(CHANGE, { c: 'wrong wrong wrong', n: 'lipa nad rzeką 12' }))).toEqual(['currentPassword:auth.wrongCurrentPassword']);
    expect((await u.gql(CHANGE, { c: 'kasztan pod oknem 7', n: 'lipa nad rzeką 12' })).data).toEqual({ changePassword: true });
    await expect(app.client().login('ok-user@raty.test', 'kasztan pod oknem 7')).rejects.toThrow(/invalidCredentials/);
    await app.client().login('ok-user@raty.test', 'lipa nad rzeką 12');

    const [{ id }] = await db.sql<{ id: string }[]>`select id from users where email = 'ok-user@raty.test'`;
    const RESET = `mutation($id: ID!, $n: String!) { resetUserPassword(id: $id, newPassword: $n) }`;
    expect(rules(await admin.gql(RESET, { id, n: 'ok-user-secret' }))).toEqual(['newPassword:password.personal']);
    expect((await admin.gql(RESET, { id, n: 'dąb przy drodze 3' })).data).toEqual({ resetUserPassword: true });
    // the reset ended the user's sessions
    expect((await u.gql(`{ me { email } }`)).data).toEqual({ me: null });
    await app.client().login('ok-user@raty.test', 'dąb przy drodze 3');
  });
});

const LOGIN = `mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, totpCode: $c) { email } }`;
const step = () => Math.floor(Date.now() / 30_000);

describe('second factor (§ 3b)', () => {
  it('admin@raty.demo cannot use the API without a TOTP code; the code from the demo secret works once', async () => {
    const c = app.client();
    const noCode = await c.gql(LOGIN, { e: 'admin@raty.demo', p: 'raty-demo-konto' });
    expect(rules(noCode)).toEqual(['totpCode:auth.totpRequired']);
    expect(c.cookie).toBeUndefined();
    expect((await c.gql(`{ users { email } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(rules(await c.gql(LOGIN, { e: 'admin@raty.demo', p: 'raty-demo-konto', c: '000000' }))).toEqual(['totpCode:auth.totpInvalid']);
    // the next step's code (the helper used the current one in beforeAll): accepted once, refused when replayed
    const code = totpCode(DEMO_TOTP_SECRET, (step() + 1) * 30_000);
    expect((await c.gql(LOGIN, { e: 'admin@raty.demo', p: 'raty-demo-konto', c: code })).data).toEqual({ login: { email: 'admin@raty.demo' } });
    expect((await c.gql(`{ users { email } }`)).errors).toBeUndefined();
    expect(rules(await app.client().gql(LOGIN, { e: 'admin@raty.demo', p: 'raty-demo-konto', c: code }))).toEqual(['totpCode:auth.totpInvalid']);
  });

  it('an ADMIN without a second factor only gets an enrolment session; enrolment, recovery codes (once each) and an audited reset', async () => {
    await admin.gql(CREATE, { i: { email: 'second-admin@raty.test', name: 'Druga Admin', password: 'sosna za płotem 9', roles: ['ADMIN'] } });
    const c = app.client();
    await c.login('second-admin@raty.test', 'sosna za płotem 9');
    const denied = await c.gql(`{ users { email } }`);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await c.gql(`{ mySecurity { totpEnabled enrolmentRequired } }`)).data).toEqual({ mySecurity: { totpEnabled: false, enrolmentRequired: true } });
    const start = await c.gql<{ startTotpEnrolment: { secret: string; uri: string; qrDataUrl: string } }>(`mutation { startTotpEnrolment { secret uri qrDataUrl } }`);
    const { secret, uri, qrDataUrl } = start.data!.startTotpEnrolment;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Raty:second-admin%40raty\.test\?.*secret=/);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(rules(await c.gql(`mutation($c: String!) { confirmTotpEnrolment(code: $c) }`, { c: '123456' }))).toEqual(['code:auth.totpInvalid']);
    const confirmed = await c.gql<{ confirmTotpEnrolment: string[] }>(`mutation($c: String!) { confirmTotpEnrolment(code: $c) }`, { c: totpCode(secret) });
    const codes = confirmed.data!.confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await c.gql(`{ users { email } }`)).errors).toBeUndefined(); // the session is a full one now
    const [stored] = await db.sql<{ n: number; clear: number }[]>`select count(*)::int as n, count(*) filter (where code_hash = ${codes[0]})::int as clear
      from staff_recovery_codes r join users u on u.id = r.user_id where u.email = 'second-admin@raty.test'`;
    expect(stored).toEqual({ n: 10, clear: 0 }); // hashed at rest

    // login with a recovery code: works once
    const r1 = app.client();
    expect((await r1.gql(LOGIN, { e: 'second-admin@raty.test', p: 'sosna za płotem 9', c: codes[3] })).data).toEqual({ login: { email: 'second-admin@raty.test' } });
    expect(rules(await app.client().gql(LOGIN, { e: 'second-admin@raty.test', p: 'sosna za płotem 9', c: codes[3] }))).toEqual(['totpCode:auth.totpInvalid']);
    expect((await r1.gql(`{ mySecurity { recoveryCodesLeft } }`)).data).toEqual({ mySecurity: { recoveryCodesLeft: 9 } });

    // reset by another admin: audited, the user's sessions end, the next login is an enrolment session again
    const [{ id }] = await db.sql<{ id: string }[]>`select id from users where email = 'second-admin@raty.test'`;
    expect((await r1.gql(`mutation($id: ID!) { resetUserTotp(id: $id) }`, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN'); // not one's own
    expect((await admin.gql(`mutation($id: ID!) { resetUserTotp(id: $id) }`, { id })).data).toEqual({ resetUserTotp: true });
    expect((await r1.gql(`{ me { email } }`)).data).toEqual({ me: null });
    const again = app.client();
    await again.login('second-admin@raty.test', 'sosna za płotem 9');
    expect((await again.gql(`{ mySecurity { totpEnabled enrolmentRequired } }`)).data).toEqual({ mySecurity: { totpEnabled: false, enrolmentRequired: true } });
    const events = await db.sql<{ action: string }[]>`select action from audit_log where entity_id = ${id} and action like 'TOTP_%' order by id`;
    expect(events.map((e) => e.action)).toEqual(['TOTP_ENROL', 'TOTP_RESET']);
  });
});

describe('sessions (§ 3c)', () => {
  it('a staff user lists their sessions (IP, device, last seen), ends another one and its cookie stops working', async () => {
    const a = app.client();
    const b = app.client();
    await a.login('viewer@raty.demo');
    await b.gql(LOGIN, { e: 'viewer@raty.demo', p: 'raty-demo-konto' }, { 'user-agent': 'Phone Browser 1.0' });
    const list = await a.gql<{ staffSessions: { id: string; ip: string; userAgent: string; current: boolean; lastSeenAt: string }[] }>(`{ staffSessions { id ip userAgent current lastSeenAt } }`);
    const mine = list.data!.staffSessions;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const other = mine.find((s) => s.userAgent === 'Phone Browser 1.0')!;
    expect(other.current).toBe(false);
    expect(other.ip).toMatch(/127\.0\.0\.1/);
    expect(mine.filter((s) => s.current)).toHaveLength(1);
    // another user cannot see or end it
    const other2 = app.client();
    await other2.login('collector@raty.demo');
    expect((await other2.gql(`{ staffSessions(userId: "${(await db.sql`select id from users where email = 'viewer@raty.demo'`)[0].id}") { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await other2.gql(`mutation($id: ID!) { endStaffSession(id: $id) }`, { id: other.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await b.gql(`{ me { email } }`)).data).toEqual({ me: { email: 'viewer@raty.demo' } });
    expect((await a.gql(`mutation($id: ID!) { endStaffSession(id: $id) }`, { id: other.id })).data).toEqual({ endStaffSession: true });
    expect((await b.gql(`{ me { email } }`)).data).toEqual({ me: null });
    // an admin ends anyone's
    const s2 = (await a.gql<{ staffSessions: { id: string; current: boolean }[] }>(`{ staffSessions { id current } }`)).data!.staffSessions.find((s) => s.current)!;
    expect((await admin.gql(`mutation($id: ID!) { endStaffSession(id: $id) }`, { id: s2.id })).data).toEqual({ endStaffSession: true });
    expect((await a.gql(`{ me { email } }`)).data).toEqual({ me: null });
    const ends = await db.sql<{ after: { reason: string } }[]>`select after from audit_log where action = 'SESSION_END' order by id`;
    expect(ends.map((e) => e.after.reason)).toEqual(['ended by the user', 'ended by an administrator']);
  });
});

describe('cookies and proxies (§ 3c)', () => {
  it('COOKIE_SECURE defaults on when RATY_PUBLIC_URL is https; an explicit value wins', () => {
    expect(cookieSecureOf({ RATY_PUBLIC_URL: 'https://raty.bank.pl' })).toBe(true);
    expect(cookieSecureOf({ RATY_PUBLIC_URL: 'http://localhost:4000' })).toBe(false);
    expect(cookieSecureOf({})).toBe(false);
    expect(cookieSecureOf({ RATY_PUBLIC_URL: 'https://raty.bank.pl', COOKIE_SECURE: '0' })).toBe(false);
    expect(cookieSecureOf({ COOKIE_SECURE: '1' })).toBe(true);
    expect(loadConfig({ RATY_PUBLIC_URL: 'https://raty.bank.pl' }).cookieSecure).toBe(true);
  });

  it('the login cookie is Secure with an https public URL', async () => {
    const config = { ...loadConfig({ RATY_PUBLIC_URL: 'https://raty.bank.pl' }), port: 0, host: '127.0.0.1', webDist: '/nonexistent' };
    const { setAppConfig } = await import('../src/app-config.js');
    setAppConfig(config);
    const secureApp = await createApp({ config, db, log: pino({ level: 'silent' }) });
    try {
      const res = await fetch(`${secureApp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { e: 'collector@raty.demo', p: 'raty-demo-konto' } }),
      });
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/i);
    } finally {
      setAppConfig({ ...config, cookieSecure: false });
      await secureApp.close();
      await new Promise<void>((r) => secureApp.server.close(() => r()));
    }
  });

  it('X-Forwarded-For is honoured only from RATY_TRUSTED_PROXIES (none → the TCP peer is the client)', async () => {
    expect(trustedProxiesOf(undefined)).toEqual(['loopback']);
    expect(trustedProxiesOf('none')).toBe(false);
    expect(trustedProxiesOf('10.0.0.1, 10.0.0.2')).toEqual(['10.0.0.1', '10.0.0.2']);
    const config = { ...loadConfig({ RATY_TRUSTED_PROXIES: 'none' }), port: 0, host: '127.0.0.1', webDist: '/nonexistent' };
    const direct = await createApp({ config, db, log: pino({ level: 'silent' }) });
    try {
      await makeClient(direct.url).gql(LOGIN, { e: 'proxy-test@raty.test', p: 'wrong password x' }, { 'x-forwarded-for': '198.51.100.99' });
      const [row] = await db.sql<{ ip: string }[]>`select ip from audit_log where action = 'LOGIN_FAILED' and after->>'email' = 'proxy-test@raty.test'`;
      expect(row.ip).not.toBe('198.51.100.99');
      expect(row.ip).toMatch(/127\.0\.0\.1/);
    } finally {
      await direct.close();
      await new Promise<void>((r) => direct.server.close(() => r()));
    }
  });
});

describe('audit of authentication (§ 3d)', () => {
  it('6 failed logins are audit events with IP and time, filterable by action; a permission denial too', async () => {
    const c = makeClient(app.url);
    for (let i = 0; i < 6; i++) await c.gql(LOGIN, { e: 'analyst@raty.demo', p: `wrong password ${i}` }, { 'x-forwarded-for': '203.0.113.77' });
    const q = await admin.gql<{ auditLog: { edges: { node: { action: string; ip: string; at: string } }[] } }>(
      `query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action ip at } } } }`,
      { f: { authOnly: true, ip: '203.0.113.77' } },
    );
    expect(q.errors).toBeUndefined();
    const failed = q.data!.auditLog.edges.map((e) => e.node).filter((i) => i.action === 'LOGIN_FAILED');
    expect(failed).toHaveLength(6);
    for (const f of failed) expect(Date.now() - Date.parse(f.at)).toBeLessThan(120_000);
    const viewer = app.client();
    await viewer.login('viewer@raty.demo');
    await viewer.gql(`{ users { email } }`);
    const [denied] = await db.sql<{ entity_id: string; ip: string }[]>`select entity_id, ip from audit_log where action = 'PERMISSION_DENIED' and entity_id = 'Query.users' order by id desc limit 1`;
    expect(denied).toMatchObject({ entity_id: 'Query.users' });
    expect(denied.ip).toBeTruthy();
  });
});

describe('permission denials of resolvers are audited too (§ 3d)', () => {
  it('a FORBIDDEN answer of a resolver or service is a PERMISSION_DENIED entry; a role check is audited once', async () => {
    const count = async (entityId: string) => (await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'PERMISSION_DENIED' and entity_id = ${entityId}`)[0].n;
    const viewer = app.client();
    await viewer.login('viewer@raty.demo');
    const [{ id: adminId }] = await db.sql<{ id: string }[]>`select id from users where email = 'admin@raty.demo'`;
    const before = { sessions: await count('Query.staffSessions'), reset: await count('Mutation.resetUserTotp'), users: await count('Query.users') };
    expect((await viewer.gql(`query($u: ID) { staffSessions(userId: $u) { id } }`, { u: adminId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin.gql(`mutation($id: ID!) { resetUserTotp(id: $id) }`, { id: adminId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await viewer.gql(`{ users { email } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect({ sessions: await count('Query.staffSessions'), reset: await count('Mutation.resetUserTotp'), users: await count('Query.users') }).toEqual({
      sessions: before.sessions + 1,
      reset: before.reset + 1,
      users: before.users + 1,
    });
    const [last] = await db.sql<{ actor_id: string; ip: string; after: { reason: string } }[]>`
      select actor_id, ip, after from audit_log where action = 'PERMISSION_DENIED' and entity_id = 'Mutation.resetUserTotp' order by id desc limit 1`;
    expect(last.actor_id).toBe(adminId);
    expect(last.ip).toBeTruthy();
    expect(last.after.reason).toMatch(/Another administrator/);
  });
});

describe('unlock and ending all sessions (§ 3c–3d)', () => {
  const USERS = `{ users { id email lockedUntil totpEnabled } }`;
  const UNLOCK = `mutation($id: ID!) { unlockStaffUser(id: $id) { email lockedUntil } }`;
  const xff = { 'x-forwarded-for': '198.51.100.10' };

  it('10 wrong passwords lock a staff account; the list shows "locked until"; an admin unlocks it (audited) and the right password works again', async () => {
    await admin.gql(CREATE, { i: { email: 'locked-user@raty.test', name: 'Zablokowana Osoba', password: 'jesion nad wodą 5', roles: ['SERVICING'] } });
    for (let i = 0; i < 10; i++) await app.client().gql(LOGIN, { e: 'locked-user@raty.test', p: `wrong password ${i}` }, xff);
    await expect(app.client().login('locked-user@raty.test', 'jesion nad wodą 5')).rejects.toThrow(/invalidCredentials/);
    const before = await admin.gql<{ users: { id: string; email: string; lockedUntil: string | null; totpEnabled: boolean }[] }>(USERS);
    const u = before.data!.users.find((x) => x.email === 'locked-user@raty.test')!;
    expect(Date.parse(u.lockedUntil!)).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(u.totpEnabled).toBe(false);
    expect(before.data!.users.find((x) => x.email === 'admin@raty.demo')).toMatchObject({ totpEnabled: true, lockedUntil: null });

    // only an admin may unlock
    const viewer = app.client();
    await viewer.login('viewer@raty.demo');
    expect((await viewer.gql(UNLOCK, { id: u.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin.gql(UNLOCK, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const unlocked = await admin.gql(UNLOCK, { id: u.id });
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data).toEqual({ unlockStaffUser: { email: 'locked-user@raty.test', lockedUntil: null } });
    await app.client().login('locked-user@raty.test', 'jesion nad wodą 5');
    const events = await db.sql<{ action: string; actor_type: string; ip: string | null; before: { lockedUntil: string | null }; after: { wasLocked: boolean } }[]>`
      select action, actor_type, ip, before, after from audit_log where entity = 'user' and entity_id = ${u.id} and action in ('LOCK', 'UNLOCK') order by id`;
    expect(events.map((e) => e.action)).toEqual(['LOCK', 'UNLOCK']);
    expect(events[1]).toMatchObject({ actor_type: 'STAFF', after: { wasLocked: true } });
    expect(events[1].before.lockedUntil).toBe(u.lockedUntil);
    expect(events[1].ip).toBeTruthy();
    // UNLOCK is an authentication event of the audit screen's filter
    const q = await admin.gql<{ auditLog: { edges: { node: { action: string; entityId: string } }[] } }>(`query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action entityId } } } }`, {
      f: { authOnly: true, action: 'UNLOCK' },
    });
    expect(q.data!.auditLog.edges.map((e) => e.node)).toContainEqual({ action: 'UNLOCK', entityId: u.id });
  });

  it('an admin ends all sessions of another user (their cookies stop working); a user ends all their other sessions', async () => {
    const [{ id }] = await db.sql<{ id: string }[]>`select id from users where email = 'locked-user@raty.test'`;
    const s1 = app.client();
    const s2 = app.client();
    await s1.login('locked-user@raty.test', 'jesion nad wodą 5');
    await s2.login('locked-user@raty.test', 'jesion nad wodą 5');
    const listed = await admin.gql<{ staffSessions: { id: string; ip: string; lastSeenAt: string }[] }>(`query($u: ID) { staffSessions(userId: $u) { id ip lastSeenAt } }`, { u: id });
    expect(listed.data!.staffSessions.length).toBeGreaterThanOrEqual(2);
    const ALL = `mutation($u: ID) { endAllStaffSessions(userId: $u) }`;
    // not for another user without ADMIN
    expect((await s1.gql(ALL, { u: (await db.sql`select id from users where email = 'viewer@raty.demo'`)[0].id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // own: every OTHER session ends, this one stays
    expect((await s1.gql(ALL, {})).data!.endAllStaffSessions).toBeGreaterThanOrEqual(1);
    expect((await s2.gql(`{ me { email } }`)).data).toEqual({ me: null });
    expect((await s1.gql(`{ me { email } }`)).data).toEqual({ me: { email: 'locked-user@raty.test' } });
    // admin: all of them
    const s3 = app.client();
    await s3.login('locked-user@raty.test', 'jesion nad wodą 5');
    expect((await admin.gql(ALL, { u: id })).data).toEqual({ endAllStaffSessions: 2 });
    expect((await s1.gql(`{ me { email } }`)).data).toEqual({ me: null });
    expect((await s3.gql(`{ me { email } }`)).data).toEqual({ me: null });
    const ends = await db.sql<{ after: { userId: string; reason: string }; actor_type: string }[]>`
      select after, actor_type from audit_log where action = 'SESSION_END' and after->>'userId' = ${id} order by id`;
    expect(ends.map((e) => e.after.reason).slice(-2)).toEqual(['all sessions ended by an administrator', 'all sessions ended by an administrator']);
  });

  it('a user made ADMIN without a second factor: their open session may only enrol one', async () => {
    const [{ id }] = await db.sql<{ id: string }[]>`select id from users where email = 'locked-user@raty.test'`;
    const c = app.client();
    await c.login('locked-user@raty.test', 'jesion nad wodą 5');
    expect((await c.gql(`{ staffSessions { id } }`)).errors).toBeUndefined();
    expect((await admin.gql(`mutation($id: ID!) { updateUserRoles(id: $id, roles: [ADMIN]) { roles totpEnabled } }`, { id })).data).toEqual({
      updateUserRoles: { roles: ['ADMIN'], totpEnabled: false },
    });
    expect((await c.gql(`{ users { email } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await c.gql(`{ mySecurity { enrolmentRequired } }`)).data).toEqual({ mySecurity: { enrolmentRequired: true } });
  });
});

/** Logs the demo admin in with the code of a step not used yet (read from the database: tests above spent steps by hand). */
async function freshAdminLogin(): Promise<TestClient> {
  for (;;) {
    const [{ last }] = await db.sql<{ last: string | null }[]>`select totp_last_step::text as last from users where email = 'admin@raty.demo'`;
    const s = Math.max(step(), last === null ? 0 : Number(last) + 1);
    if (s <= step() + 1) {
      const c = app.client();
      const r = await c.gql(LOGIN, { e: 'admin@raty.demo', p: 'raty-demo-konto', c: totpCode(DEMO_TOTP_SECRET, s * 30_000) });
      expect(r.errors).toBeUndefined();
      return c;
    }
    await new Promise((r) => setTimeout(r, (step() + 1) * 30_000 - Date.now() + 50));
  }
}

describe('TOTP secrets encrypted at rest (§ 3b)', () => {
  it('the column holds no plain secret (the database refuses one); a value moved to another user does not open; login works', async () => {
    const rows = await db.sql<{ email: string; totp_secret: string; id: string }[]>`select id, email, totp_secret from users where totp_secret is not null`;
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) {
      expect(r.totp_secret).toMatch(/^gcm1:[0-9a-f]{8}:[A-Za-z0-9+/=]+$/);
      expect(r.totp_secret).not.toContain(DEMO_TOTP_SECRET);
    }
    const demo = rows.find((r) => r.email === 'admin@raty.demo')!;
    expect(openTotpSecret(demo.id, demo.totp_secret)).toBe(DEMO_TOTP_SECRET);
    const [other] = await db.sql<{ id: string }[]>`select id from users where email = 'viewer@raty.demo'`;
    expect(() => openTotpSecret(other.id, demo.totp_secret)).toThrow(/cannot be decrypted/);
    await expect(db.sql`update users set totp_secret = ${DEMO_TOTP_SECRET} where id = ${demo.id}`).rejects.toThrow(/users_totp_secret_sealed/);
    const c = await freshAdminLogin();
    expect((await c.gql(`{ users { email } }`)).errors).toBeUndefined();
  });

  it('startup step: plain secrets from before migration 0024 are encrypted and the constraint validated; a key rotation re-encrypts under the new key', async () => {
    const [demo] = await db.sql<{ id: string; totp_secret: string }[]>`select id, totp_secret from users where email = 'admin@raty.demo'`;
    // the state of a database migrated to 0024 whose rows were written before it
    await db.sql`alter table users drop constraint users_totp_secret_sealed`;
    await db.sql`update users set totp_secret = ${DEMO_TOTP_SECRET} where id = ${demo.id}`;
    await db.sql`alter table users add constraint users_totp_secret_sealed check (totp_secret is null or totp_secret like 'gcm1:%') not valid`;
    const first = await resealTotpSecrets(db.sql);
    expect(first).toMatchObject({ sealed: 1, rekeyed: 0, unreadable: [] });
    const [after] = await db.sql<{ totp_secret: string }[]>`select totp_secret from users where id = ${demo.id}`;
    expect(after.totp_secret.startsWith(`gcm1:${currentKeyId()}:`)).toBe(true);
    const [con] = await db.sql<{ convalidated: boolean }[]>`select convalidated from pg_constraint where conname = 'users_totp_secret_sealed'`;
    expect(con.convalidated).toBe(true);
    expect(await resealTotpSecrets(db.sql)).toMatchObject({ sealed: 0, rekeyed: 0 }); // idempotent

    // rotation: new RATY_SECRETS_KEY, the old one as RATY_SECRETS_KEY_PREVIOUS
    const oldKeyId = currentKeyId();
    initKeyRing({ secret: 'a new secrets key after rotation', previous: [process.env.RATY_SECRETS_KEY!] });
    expect(currentKeyId()).not.toBe(oldKeyId);
    const rotated = await resealTotpSecrets(db.sql);
    expect(rotated.rekeyed).toBeGreaterThanOrEqual(1);
    const left = await db.sql<{ n: number }[]>`select count(*)::int as n from users where totp_secret is not null and totp_secret not like ${`gcm1:${currentKeyId()}:%`}`;
    expect(left[0].n).toBe(0);
    const c = await freshAdminLogin();
    expect((await c.gql(`{ users { email } }`)).errors).toBeUndefined();
    // without the previous key an old value no longer opens (and the startup step reports it instead of failing)
    initKeyRing({ secret: 'yet another key' });
    await db.sql`update users set totp_secret = ${seal('X', 'users.totp_secret:' + demo.id)} where id = ${demo.id}`;
    initKeyRing({ secret: 'a new secrets key after rotation' });
    expect((await resealTotpSecrets(db.sql)).unreadable).toEqual([demo.id]);
  });
});
