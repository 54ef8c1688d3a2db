/**
 * The staff session cache (issue 28, src/modules/auth/session-cache.ts, migration 0043): two apps on one database, each
 * with its own pool and so its own cache — as two processes. A session is answered from memory once read, and any
 * change to sessions or users is in force in both apps once the request that made it has answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { createTestDb } from './support/db.js';
import { makeClient, startTestApp, type TestClient } from './support/app.js';
import { waitFor } from './support/sandboxes.js';
import { connect, type DbHandle } from '../src/db/client.js';
import { createDemoData } from '../src/demo/index.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let db2: DbHandle;
let a: Awaited<ReturnType<typeof startTestApp>>;
let b: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 5, asOf: '2026-11-25', withPayments: false });
  db2 = connect(db.url, { max: 5 });
  a = await startTestApp(db);
  b = await startTestApp(db2);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db2?.close();
  await db?.drop();
});

const ME = `{ me { id email roles } }`;
type Me = { me: { id: string; email: string; roles: string[] } | null };

function sameSession(from: TestClient, url: string): TestClient {
  const c = makeClient(url);
  c.cookie = from.cookie;
  return c;
}

describe('staff session cache', () => {
  it('answers a session read once from memory, and a change made outside the app empties it', async () => {
    const c = a.client();
    await c.login('viewer@raty.demo');
    expect((await c.gql<Me>(ME)).data?.me?.email).toBe('viewer@raty.demo');
    const [{ id }] = await db.sql<{ id: string }[]>`select s.id from sessions s join users u on u.id = s.user_id where u.email = 'viewer@raty.demo'`;
    // the session row goes without telling anyone (trigger off): the cache still answers — it is not read again
    await db.sql.begin(async (tx) => {
      await tx`alter table sessions disable trigger sessions_auth_changed`;
      await tx`delete from sessions where id = ${id}`;
      await tx`alter table sessions enable trigger sessions_auth_changed`;
    });
    expect((await c.gql<Me>(ME)).data?.me?.email).toBe('viewer@raty.demo');
    // any statement on sessions by any path (here: one deleting nothing, as from psql) empties every cache
    await db.sql`delete from sessions where false`;
    await waitFor(async () => (await c.gql<Me>(ME)).data?.me === null, 2000);
  });

  it('a logout on one app is refused by the other, which had the session cached, as soon as the logout answered', async () => {
    for (let i = 0; i < 5; i++) {
      const onA = a.client();
      await onA.login('collector@raty.demo');
      const onB = sameSession(onA, b.url);
      expect((await onB.gql<Me>(ME)).data?.me?.email).toBe('collector@raty.demo');
      expect((await onB.gql<Me>(ME)).data?.me?.email).toBe('collector@raty.demo');
      expect((await onA.gql(`mutation { logout }`)).errors).toBeUndefined();
      expect((await onB.gql<Me>(ME)).data?.me ?? null).toBeNull();
      expect((await onA.gql<Me>(ME)).data?.me ?? null).toBeNull();
    }
  });

  it("a role change by an admin on one app is in force at once on the other, where the user's session was cached", async () => {
    const admin = a.client();
    await admin.login('admin@raty.demo');
    const onB = b.client();
    await onB.login('viewer@raty.demo');
    const before = (await onB.gql<Me>(ME)).data!.me!;
    expect(before.roles).toEqual(['NOTICES_VIEW']);
    const r = await admin.gql(`mutation($id: ID!) { updateUserRoles(id: $id, roles: [NOTICES_VIEW, NOTICES_EDIT]) { id } }`, { id: before.id });
    expect(r.errors).toBeUndefined();
    expect((await onB.gql<Me>(ME)).data?.me?.roles).toEqual(['NOTICES_VIEW', 'NOTICES_EDIT']);
    const off = await admin.gql(`mutation($id: ID!) { updateUserRoles(id: $id, roles: [NOTICES_VIEW, NOTICES_EDIT], active: false) { id } }`, { id: before.id });
    expect(off.errors).toBeUndefined();
    expect((await onB.gql<Me>(ME)).data?.me ?? null).toBeNull();
  });

  it('RATY_SESSION_CACHE=0: every request reads its session (no listener connection)', async () => {
    const db3 = connect(db.url, { max: 3 });
    const off = await startTestApp(db3, { config: { sessionCache: false } });
    try {
      const c = off.client();
      await c.login('analyst@raty.demo');
      expect((await c.gql<Me>(ME)).data?.me?.email).toBe('analyst@raty.demo');
      const [{ id }] = await db.sql<{ id: string }[]>`select s.id from sessions s join users u on u.id = s.user_id where u.email = 'analyst@raty.demo' order by s.created_at desc limit 1`;
      await db.sql.begin(async (tx) => {
        await tx`alter table sessions disable trigger sessions_auth_changed`;
        await tx`delete from sessions where id = ${id}`;
        await tx`alter table sessions enable trigger sessions_auth_changed`;
      });
      expect((await c.gql<Me>(ME)).data?.me ?? null).toBeNull();
    } finally {
      await off.close();
      await db3.close();
    }
  });

  it('a listener that never acknowledges holds the revoking answer until cached entries have expired', async () => {
    // a "process" that listens but is frozen: it never acks
    const ghost = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      await ghost`listen raty_auth_changed`;
      await ghost`select set_config('application_name', 'raty-auth:ghost', false)`;
      const onA = a.client();
      await onA.login('collector@raty.demo');
      const onB = sameSession(onA, b.url);
      expect((await onB.gql<Me>(ME)).data?.me?.email).toBe('collector@raty.demo');
      const t0 = performance.now();
      expect((await onA.gql(`mutation { logout }`)).errors).toBeUndefined();
      expect(performance.now() - t0).toBeGreaterThanOrEqual(4_900); // the cache entries' lifetime (5 s)
      expect((await onB.gql<Me>(ME)).data?.me ?? null).toBeNull();
    } finally {
      await ghost.end({ timeout: 1 });
    }
  }, 20_000);
});
