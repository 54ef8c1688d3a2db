/**
 * Several app processes on one database (issue 29, docs/operations.md "Several processes"): two BUILT servers
 * (`node dist/main.js`, child processes inheriting the test run's clock) on one test database prove that nothing a
 * user relies on lives in one process's memory:
 * - a cron occurrence runs once (pg-boss: one instance claims the cron pass, the occurrence is a singleton job);
 * - a send job's messages reach the SMSAPI-compatible server once each, even when both processes run the same job and
 *   take its batches (notice_send_runs: a run sends only what it claimed);
 * - a login lockout counts wrong passwords made on both processes and refuses the right one on either;
 * - a session ended on one process is refused by the other at once (each caches sessions; the change waits for both
 *   caches to be emptied before it answers: modules/auth/session-cache.ts);
 * - a mass-generation creation on the process that did not prepare it prepares again and gives the same notices;
 * - /readyz answers 503 while a process drains after SIGTERM, the other stays ready, and the drained one exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBoss } from 'pg-boss';
import { createTestDb } from './support/db.js';
import { createLoan } from './support/fixtures.js';
import { makeClient, type TestClient } from './support/app.js';
import { startTestSmsapi, waitFor, type SmsapiSandbox } from './support/sandboxes.js';
import { distIsBuilt, spawnServer, type ChildServer } from './support/faults.js';
import { createDemoData } from '../src/demo/index.js';
import { initSecretsKey } from '../src/integrations/secrets.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';

const TODAY = '2026-11-25';
const SECRET = 'cluster-test-secret-key';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let sb: SmsapiSandbox;
let a: ChildServer;
let b: ChildServer;
const startedAt = Date.now();

beforeAll(async () => {
  if (!distIsBuilt()) throw new Error('build the server first: npx tsc -p tsconfig.build.json');
  initSecretsKey({ secret: SECRET });
  db = await createTestDb();
  await createDemoData(db, { files: 60, asOf: TODAY, withPayments: true });
  sb = await startTestSmsapi({ deliveryDelayMs: 60_000, latencyMs: 60 });
  await prefillSandboxSettings(db.db, { url: sb.url, token: 'test-sms-token', senderName: 'Raty' });
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  const env = { RATY_TODAY: TODAY, RATY_SECRETS_KEY: SECRET, RATY_CRON_MONITOR_SECONDS: '1', RATY_DRAIN_DELAY_MS: '8000', RATY_DB_POOL: '8' };
  [a, b] = await Promise.all([spawnServer({ dbUrl: db.url, env }), spawnServer({ dbUrl: db.url, env })]);
}, 240_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await sb?.close();
  await db?.drop();
});

const ME = `{ me { id } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

/** A client on `url` sharing `from`'s session cookie. */
function sameSession(from: TestClient, url: string): TestClient {
  const c = makeClient(url);
  c.cookie = from.cookie;
  return c;
}

describe('two app processes on one database', () => {
  it('a login lockout counts wrong passwords made on both processes and holds on both', async () => {
    const onA = makeClient(a.url);
    const onB = makeClient(b.url);
    const refusals = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const r = await (i % 2 ? onB : onA).gql(LOGIN, { e: 'viewer@raty.demo', p: `wrong-password-${i}` });
      expect(r.data?.login ?? null).toBeNull();
      refusals.add(JSON.stringify(r.errors?.map((e) => [e.message, e.extensions?.code])));
    }
    expect(refusals.size).toBe(1); // one answer for every wrong password
    const [g] = await db.sql<{ locked: boolean }[]>`select locked_until > now() as locked from login_guards where subject = 'staff:viewer@raty.demo'`;
    expect(g.locked).toBe(true);
    for (const c of [onA, onB]) {
      const right = await c.gql(LOGIN, { e: 'viewer@raty.demo', p: 'raty-demo-konto' });
      expect(right.data?.login ?? null).toBeNull();
      expect(refusals.has(JSON.stringify(right.errors?.map((e) => [e.message, e.extensions?.code])))).toBe(true);
    }
    // another account is not locked (control)
    const other = await onB.gql(LOGIN, { e: 'collector@raty.demo', p: 'raty-demo-konto' });
    expect(other.errors).toBeUndefined();
  });

  it('a session ended on one process is refused by the other at once', async () => {
    const onA = makeClient(a.url);
    await onA.login('collector@raty.demo');
    const onB = sameSession(onA, b.url);
    expect((await onB.gql<{ me: { id: string } | null }>(ME)).data?.me?.id).toBeTruthy();
    const out = await onA.gql(`mutation { logout }`);
    expect(out.errors).toBeUndefined();
    const after = await onB.gql<{ me: { id: string } | null }>(ME);
    expect(after.data?.me ?? null).toBeNull();
  });

  it('a mass-generation creation on the other process prepares again and gives the same notices', async () => {
    const onA = makeClient(a.url);
    await onA.login('collector@raty.demo');
    const onB = sameSession(onA, b.url);
    const P = { kindCode: 'GOK', reason: 'OVERDUE', dueWithinDays: 60 };
    const prep = await onA.gql<{ prepareMassNotices: { preparationId: string; rows: { fileId: string; partyId: string }[] } }>(
      `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { preparationId rows { fileId partyId } } }`,
      { p: P },
    );
    expect(prep.errors).toBeUndefined();
    const { preparationId, rows } = prep.data!.prepareMassNotices;
    expect(rows.length).toBeGreaterThan(0);
    const CREATE = `mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids count reusedFiles } }`;
    const input = { params: P, preparationId, rows: rows.map((r) => ({ fileId: r.fileId, partyId: r.partyId })), text: 'Przypominamy o racie' };
    const content = async (ids: string[]) =>
      (
        await db.sql<{ c: string }[]>`
      select concat_ws('|', n.file_id, n.party_id, n.phone, n.addressee_name, n.total_amount, n.text,
        (select string_agg(concat_ws(':', i.loan_id, i.installment_number, i.overdue_balance, i.future_balance, i.amount_due), ',' order by i.loan_id, i.installment_number)
         from notice_items i where i.notice_id = n.id)) as c
      from notices n where n.id = any(${ids}::uuid[]) order by 1`
      ).map((r) => r.c);

    const onOther = await onB.gql<{ createMassNotices: { ids: string[]; count: number; reusedFiles: number } }>(CREATE, { i: input });
    expect(onOther.errors).toBeUndefined();
    expect(onOther.data!.createMassNotices.reusedFiles).toBe(0); // B has no such preparation: it prepared again
    const other = await content(onOther.data!.createMassNotices.ids);
    await db.sql`delete from notices where id = any(${onOther.data!.createMassNotices.ids}::uuid[])`;

    const onSame = await onA.gql<{ createMassNotices: { ids: string[]; count: number; reusedFiles: number } }>(CREATE, { i: input });
    expect(onSame.errors).toBeUndefined();
    expect(onSame.data!.createMassNotices.reusedFiles).toBeGreaterThan(0); // A reused its kept preparation
    expect(await content(onSame.data!.createMassNotices.ids)).toEqual(other);
    await db.sql`delete from notices where id = any(${onSame.data!.createMassNotices.ids}::uuid[])`;
  });

  it('a send job run by both processes at once hands each message over once', async () => {
    const pairs: { fileId: string; partyId: string }[] = [];
    for (let i = 0; i < 10; i++) pairs.push(await createLoan(db));
    const N = 400;
    const rows = Array.from({ length: N }, (_, i) => [pairs[i % pairs.length].fileId, pairs[i % pairs.length].partyId, `6013${String(i).padStart(5, '0')}`, `Przypomnienie ${i}`]);
    const notices = await db.sql.unsafe<{ id: string }[]>(
      `insert into notices (file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_consent)
       select (r->>0)::uuid, (r->>1)::uuid, 'OTHER', 'SMS', '${TODAY}', r->>2, r->>3, 'TEST', true from json_array_elements($1::json) r returning id`,
      [JSON.stringify(rows)],
    );
    const editor = makeClient(a.url);
    await editor.login('collector@raty.demo');
    const started = await editor.gql<{ sendNotices: string }>(`mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids: notices.map((n) => n.id) });
    expect(started.errors).toBeUndefined();
    const jobId = started.data!.sendNotices;
    // the same job a second time (as a retry would, while the first attempt still runs): the other process takes it
    const boss = new PgBoss({ connectionString: db.url, supervise: false, schedule: false, max: 1 });
    await boss.start();
    await boss.send('notices-send', { jobId });
    await boss.stop({ graceful: false });

    await waitFor(
      async () => {
        const [j] = await db.sql<{ status: string }[]>`select status from notice_send_jobs where id = ${jobId}`;
        return j.status === 'DONE' ? j : null;
      },
      90_000,
      200,
    );
    const perIdx = new Map<string, number>();
    for (const m of sb.messages()) if (m.idx?.startsWith('notice:')) perIdx.set(m.idx, (perIdx.get(m.idx) ?? 0) + 1);
    const ours = notices.map((n) => perIdx.get(`notice:${n.id}`) ?? 0);
    expect(ours.filter((c) => c !== 1)).toEqual([]); // every notice: exactly one message at the provider
    const [s] = await db.sql<{ sent: number; again: number; runs: number; pids: number }[]>`
      select count(*) filter (where n.send_status = 'SENT')::int as sent,
        count(*) filter (where i.reason like 'Already handed over%')::int as again,
        count(distinct i.claimed_by)::int as runs,
        (select count(distinct r.pid)::int from notice_send_runs r where r.job_id = ${jobId} and r.id in (select claimed_by from notice_send_job_items where job_id = ${jobId})) as pids
      from notice_send_job_items i join notices n on n.id = i.notice_id where i.job_id = ${jobId}`;
    expect(s.sent).toBe(N);
    expect(s.again).toBe(0); // no second hand-over attempt answered "already sent" by the provider
    expect(s.runs).toBe(2); // both runs took batches…
    expect(s.pids).toBe(2); // …in two processes
  }, 120_000);

  it('a cron occurrence runs once across both processes', async () => {
    // collection.notice-totals-compact runs every minute; both processes scheduled it
    const [sched] = await db.sql<{ n: number }[]>`select count(*)::int as n from pgboss.schedule where name = 'collection.notice-totals-compact'`;
    expect(sched.n).toBe(1);
    // the occurrences are forwarded by pg-boss as jobs of the queue: wait for one made while both processes ran
    const jobs = await waitFor(
      async () => {
        const r = await db.sql<{ at: string; state: string }[]>`
        select (extract(epoch from created_on) * 1000)::bigint::text as at, state from pgboss.job where name = 'collection.notice-totals-compact' order by created_on`;
        // the completed ones (a later occurrence may be running at this very moment)
        const completed = r.filter((x) => x.state === 'completed');
        return completed.length >= 1 ? r : null;
      },
      // a cron of every minute: within 90 s of now there is a minute boundary after both processes started
      90_000,
      500,
    );
    // Each occurrence is filed by the pass that found it due under its own minute slot (pg-boss' send-it queue, a
    // singleton per slot), so two processes finding the same occurrence file one job. A pass that ran late (a loaded
    // machine) also files the occurrence it missed, under that earlier slot: two jobs seconds apart are then two
    // occurrences, not a duplicate. So: every slot once, and every filed occurrence forwarded as exactly one job.
    const filed = await db.sql<{ slot: string }[]>`
      select data->>'slot' as slot from pgboss.job where name = '__pgboss__send-it' and data->>'name' = 'collection.notice-totals-compact'`;
    const slots = filed.map((f) => f.slot);
    expect(slots.length).toBeGreaterThanOrEqual(1);
    expect(slots.every((x) => typeof x === 'string' && x.length > 0)).toBe(true);
    expect(new Set(slots).size, `slots ${slots.join(', ')}`).toBe(slots.length);
    const [forwarded] = await db.sql<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'collection.notice-totals-compact'`;
    expect(forwarded.n).toBeLessThanOrEqual(slots.length);
    const minutes = Math.ceil((Date.now() - startedAt) / 60_000) + 1;
    expect(jobs.length).toBeLessThanOrEqual(minutes);
  }, 120_000);

  it('/readyz answers 503 while a process drains; the other stays ready; the drained one exits 0', async () => {
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    const exited = b.terminate('SIGTERM');
    const draining = await waitFor(
      async () => {
        const r = await fetch(`${b.url}/readyz`).catch(() => null);
        return r?.status === 503 ? ((await r.json()) as { status: string }) : null;
      },
      8000,
      50,
    );
    expect(draining.status).toBe('draining');
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
    expect(await exited).toBe(0);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  }, 30_000);
});
