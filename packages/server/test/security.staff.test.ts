import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { seedDemo } from '../src/seed/demo.js';
import { passwordIssues } from '../src/modules/auth/password-policy.js';

/** Issue 20: staff accounts (password policy, second factor, sessions, audit of authentication). docs/security.md § 3a–3d. */
let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db, { files: 5, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  admin = app.client();
  await admin.login('admin@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const rules = (r: { errors?: { extensions?: { fields?: { field: string; rule: string }[] } }[] }) =>
  r.errors?.[0]?.extensions?.fields?.map((f) => `${f.field}:${f.rule}`) ?? [];

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
