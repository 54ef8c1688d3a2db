import { PERMISSIONS, permissionsOf } from '@raty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 30, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const ME = `{ me { email roles } }`;

describe('staff authentication', () => {
  it('logs in with a session cookie that is httpOnly and SameSite', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "collector@raty.demo", password: "raty-demo-konto") { email roles } }` }),
    });
    const body = (await res.json()) as { data: { login: unknown } };
    expect(body.data.login).toEqual({ email: 'collector@raty.demo', roles: ['NOTICES_EDIT', 'NOTICES_VIEW', 'SERVICING'] });
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^raty_sid=[\w-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // only the hash of the token is stored
    const token = cookie.split(';')[0].split('=')[1];
    const rows = await db.sql`select id from sessions where id = ${token}`;
    expect(rows).toHaveLength(0);
  });

  it('me is null when anonymous and the user after login; logout ends the session', async () => {
    const c = app.client();
    expect((await c.gql(ME)).data).toEqual({ me: null });
    await c.login('viewer@raty.demo');
    expect((await c.gql(ME)).data).toEqual({ me: { email: 'viewer@raty.demo', roles: ['NOTICES_VIEW'] } });
    const saved = c.cookie;
    await c.gql(`mutation { logout }`);
    c.cookie = saved; // replaying the old cookie must not work
    expect((await c.gql(ME)).data).toEqual({ me: null });
  });

  it('names the fields on missing input and says nothing about which part was wrong', async () => {
    const c = app.client();
    const empty = await c.gql(`mutation { login(email: "", password: "") { id } }`);
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].extensions?.fields?.map((f) => [f.field, f.rule])).toEqual([
      ['email', 'required'],
      ['password', 'required'],
    ]);
    const unknown = await c.gql(`mutation { login(email: "nobody@raty.demo", password: "whatever-1") { id } }`);
    const wrong = await c.gql(`mutation { login(email: "viewer@raty.demo", password: "whatever-1") { id } }`);
    expect(unknown.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'password', rule: 'auth.invalidCredentials' });
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('locks an account after 10 wrong passwords, even with the right one afterwards (same answer as a wrong password)', async () => {
    const c = app.client();
    for (let i = 0; i < 10; i++) {
      const r = await c.gql(`mutation { login(email: "analyst@raty.demo", password: "bad-password") { id } }`);
      expect(r.errors?.[0].extensions?.fields?.[0].rule).toBe('auth.invalidCredentials');
    }
    const locked = await c.gql(`mutation { login(email: "analyst@raty.demo", password: "raty-demo-konto") { id } }`);
    expect(locked.errors?.[0].extensions?.fields?.[0].rule).toBe('auth.invalidCredentials');
    await db.sql`delete from login_guards where subject = 'staff:analyst@raty.demo'`;
    const ok = await c.gql(`mutation { login(email: "analyst@raty.demo", password: "raty-demo-konto") { id } }`);
    expect(ok.errors).toBeUndefined();
  });
});

describe('roles and API tokens', () => {
  let admin: TestClient;
  beforeAll(async () => {
    admin = app.client();
    await admin.login('admin@raty.demo');
  });

  it('only ADMIN manages users and tokens', async () => {
    const c = app.client();
    await c.login('collector@raty.demo');
    const r = await c.gql(`mutation { createApiToken(name: "x", role: ANALYST) { token } }`);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await app.client().gql(`{ users { email } }`);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await admin.gql<{ users: { email: string }[] }>(`{ users { email } }`);
    expect(ok.data?.users.map((u) => u.email)).toContain('viewer@raty.demo');
  });

  it('me { permissions } comes from the permission table the role checks use (issue 22): the viewer may read, not edit', async () => {
    const viewer = app.client();
    await viewer.login('viewer@raty.demo');
    const me = await viewer.gql<{ me: { roles: string[]; permissions: string[] } }>(`{ me { roles permissions } }`);
    expect(me.data!.me.roles).toEqual(['NOTICES_VIEW']);
    expect(me.data!.me.permissions).toEqual(permissionsOf(['NOTICES_VIEW']));
    expect(me.data!.me.permissions).not.toContain('notices.edit');
    // the server refuses what the table does not grant, whatever the screen offers
    const refused = await viewer.gql(`mutation { deleteNoticeTemplate(id: "00000000-0000-0000-0000-000000000000") }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const adminMe = await admin.gql<{ me: { permissions: string[] } }>(`{ me { permissions } }`);
    expect(adminMe.data!.me.permissions).toEqual(Object.keys(PERMISSIONS));
  });

  it('an analyst token reads, cannot mutate, and stops working when revoked', async () => {
    const created = await admin.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(`mutation { createApiToken(name: "BI team", role: ANALYST) { token apiToken { id role } } }`);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^raty_an_/);
    const stored = await db.sql`select token_hash from api_tokens where id = ${apiToken.id}`;
    expect(stored[0].token_hash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    const c = app.client();
    const read = await c.gql<{ debtorFiles: { totalCount: number } }>(`{ debtorFiles { totalCount } }`, {}, bearer);
    expect(read.data?.debtorFiles.totalCount).toBe(30);
    const write = await c.gql(`mutation { createApiToken(name: "y", role: ANALYST) { token } }`, {}, bearer);
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await admin.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: apiToken.id });
    const after = await c.gql(`{ debtorFiles { totalCount } }`, {}, bearer);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates new users field by field and audits the change', async () => {
    const bad = await admin.gql(`mutation { createUser(input: { email: "not-an-email", name: " ", password: "short", roles: [] }) { id } }`);
    expect([...new Set(bad.errors?.[0].extensions?.fields?.map((f) => f.field))]).toEqual(['input.email', 'input.name', 'input.password', 'input.roles']);
    const ok = await admin.gql<{ createUser: { id: string } }>(
      `mutation { createUser(input: { email: "new.collector@raty.demo", name: "Nowy", password: "long-enough-1", roles: [NOTICES_VIEW] }) { id } }`,
    );
    const id = ok.data!.createUser.id;
    const entries = await db.sql`select action, actor_type from audit_log where entity = 'user' and entity_id = ${id}`;
    expect(entries).toEqual([{ action: 'CREATE', actor_type: 'STAFF' }]);
    const dup = await admin.gql(`mutation { createUser(input: { email: "NEW.collector@raty.demo", name: "Nowy", password: "long-enough-1", roles: [NOTICES_VIEW] }) { id } }`);
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('allows schema introspection only to staff and analysts', async () => {
    const q = `{ __schema { queryType { name } } }`;
    const anon = await app.client().gql(q);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.data ?? null).toBeNull();
    const c = app.client();
    await c.login('viewer@raty.demo');
    expect((await c.gql(q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('masks internal errors and never leaks a stack trace', async () => {
    const r = await app.client().gql(`{ __typename }`);
    expect(r.data).toEqual({ __typename: 'Query' });
    const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { ' });
    const body = await bad.json();
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/);
  });
});
