import 'reflect-metadata';
/**
 * Scenario B (docs/reliability.md): mass send of 1,000 SMS notices through the collection module's send job
 * (sendNotices → pg-boss 'notices-send' → SMSAPI with idx/check_idx) run by the BUILT server as a child process,
 * with the SMSAPI sandbox injecting 5xx answers, hanging calls (client timeouts), invalid numbers and — for a while —
 * answers slower than the client's timeout (accepted by the provider, answer lost), and the server SIGKILLed in the
 * middle of the job. Each notice must reach the provider at most once (counted at the sandbox per idx), end SENT or
 * FAILED with a reason, and the job must finish after the restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBoss } from 'pg-boss';
import { createTestDb } from './support/db.js';
import { createLoan } from './support/fixtures.js';
import { startTestSmsapi, type SmsapiSandbox } from './support/sandboxes.js';
import { distIsBuilt, gqlWithRetry, spawnServer, staffSession, type ChildServer } from './support/faults.js';
import { initSecretsKey } from '../src/integrations/secrets.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
const SECRET = 'reliability-sms-secret-key';
process.env.RATY_TODAY = TODAY;
const N = 1000;

let db: Awaited<ReturnType<typeof createTestDb>>;
let sb: SmsapiSandbox;
let server: ChildServer;
let cookie: string;

beforeAll(async () => {
  if (!distIsBuilt()) throw new Error('build the server first: npx tsc -p tsconfig.build.json');
  initSecretsKey({ secret: SECRET });
  db = await createTestDb();
  sb = await startTestSmsapi({ deliveryDelayMs: 60_000 }); // no delivery callbacks during the run (no public URL)
  await prefillSandboxSettings(db.db, { url: sb.url, token: 'test-sms-token', senderName: 'Raty' });
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  ({ cookie } = await staffSession(db.sql, ['NOTICES_EDIT', 'NOTICES_VIEW']));
  server = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: TODAY, RATY_SECRETS_KEY: SECRET, RATY_SMS_TIMEOUT_MS: '250' } });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await sb?.close();
  await db?.drop();
});

async function makeNotices(n: number): Promise<{ id: string; phone: string }[]> {
  const pairs: { file_id: string; party_id: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const l = await createLoan(db);
    pairs.push({ file_id: l.fileId, party_id: l.partyId });
  }
  const rows = Array.from({ length: n }, (_, i) => [pairs[i % pairs.length].file_id, pairs[i % pairs.length].party_id, `6002${String(i).padStart(5, '0')}`, `Przypomnienie o racie nr ${i}`]);
  return db.sql.unsafe<{ id: string; phone: string }[]>(
    `insert into notices (file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_consent)
     select (r->>0)::uuid, (r->>1)::uuid, 'OTHER', 'SMS', '${TODAY}', r->>2, r->>3, 'TEST', true from json_array_elements($1::json) r returning id, phone`,
    [JSON.stringify(rows)],
  );
}

async function progress(jobId: string) {
  const [j] = await db.sql<{ status: string; pending: number; sent: number; failed: number }[]>`select j.status,
    count(*) filter (where i.outcome = 'PENDING')::int as pending, count(*) filter (where i.outcome = 'SENT')::int as sent,
    count(*) filter (where i.outcome = 'FAILED')::int as failed
    from notice_send_jobs j join notice_send_job_items i on i.job_id = j.id where j.id = ${jobId} group by j.status`;
  return j;
}

describe('scenario B: 1,000 SMS, provider faults, worker SIGKILLed mid-job', () => {
  it('each notice reaches the provider at most once; all end SENT or FAILED with a reason; the job finishes', async () => {
    const notices = await makeNotices(N);
    const invalid = new Set(notices.filter((_, i) => i % 37 === 5).map((n) => n.phone));
    sb.configure({ latencyMs: 2, failureRate: 0.05, timeoutRate: 0.01, hangMs: 1000, invalidNumbers: [...invalid] });
    const t0 = Date.now();
    const deadline = t0 + 100_000;
    const started = await gqlWithRetry<{ sendNotices: string }>(server.url, `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids: notices.map((n) => n.id) }, { headers: { cookie }, deadline });
    expect(started.errors).toBeUndefined();
    const jobId = started.data!.sendNotices;
    const figures = { notices: N, invalidNumbers: invalid.size, killedAtProcessed: 0, slowWindowProcessed: [0, 0], resumedAutomaticallyWithinMs: -1, manualResume: false, ms: 0 };

    // run until ~30 %, then make answers slower than the client's timeout (accepted, answer lost) for a while
    for (;;) {
      const p = await progress(jobId);
      if (p.sent + p.failed >= N * 0.3) break;
      if (Date.now() > deadline) throw new Error(`no progress: ${JSON.stringify(p)}\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    let p = await progress(jobId);
    figures.slowWindowProcessed[0] = p.sent + p.failed;
    sb.configure({ latencyMs: 400 });
    await new Promise((r) => setTimeout(r, 1000));
    p = await progress(jobId);
    figures.slowWindowProcessed[1] = p.sent + p.failed;
    // SIGKILL in the middle of the job (a send may be in flight), with slow answers still on
    figures.killedAtProcessed = p.sent + p.failed;
    await server.kill();
    sb.configure({ latencyMs: 2 });
    await server.restart();

    // does pg-boss hand the job to the restarted worker by itself?
    const waitStart = Date.now();
    let auto = false;
    while (Date.now() - waitStart < 6_000) {
      const q = await progress(jobId);
      if (q.sent + q.failed > figures.killedAtProcessed + 5) {
        auto = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (auto) figures.resumedAutomaticallyWithinMs = Date.now() - waitStart;
    else {
      // GAP (see docs/reliability.md): the killed worker's job stays 'active' until expireInSeconds (900 s) because
      // no pg-boss heartbeat is configured. The operator's remedy: fail the stale job so that pg-boss retries it.
      figures.manualResume = true;
      const boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 1, supervise: false, schedule: false } as ConstructorParameters<typeof PgBoss>[0]);
      boss.on('error', () => {});
      await boss.start();
      const active = await db.sql<{ id: string }[]>`select id from pgboss.job where name = 'notices-send' and state = 'active'`;
      expect(active.length).toBe(1);
      await boss.fail('notices-send', active[0].id, { message: 'worker killed (SIGKILL) — resumed by the operator' });
      await boss.stop({ graceful: false, wait: false } as Parameters<PgBoss['stop']>[0]);
    }
    for (;;) {
      const q = await progress(jobId);
      if (q.status === 'DONE') break;
      if (Date.now() > deadline) throw new Error(`job did not finish: ${JSON.stringify(q)}\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    figures.ms = Date.now() - t0;

    // at the provider: at most one accepted message per idx
    const perIdx = new Map<string, number>();
    for (const m of sb.messages()) if (m.idx) perIdx.set(m.idx, (perIdx.get(m.idx) ?? 0) + 1);
    const dupes = [...perIdx.entries()].filter(([, c]) => c > 1);
    expect(dupes).toEqual([]);
    // every notice SENT (exactly one message at the provider) or FAILED with a reason
    const states = await db.sql<{ id: string; phone: string; send_status: string; failure_reason: string | null; sent_at: Date | null }[]>`
      select id, phone, send_status, failure_reason, sent_at from notices where id = any(${notices.map((n) => n.id)}::uuid[])`;
    const byStatus = new Map<string, number>();
    for (const s of states) byStatus.set(s.send_status, (byStatus.get(s.send_status) ?? 0) + 1);
    expect([...byStatus.keys()].sort()).toEqual(['FAILED', 'SENT'].filter((k) => byStatus.has(k)));
    const wrong = states.filter((s) => (s.send_status === 'SENT' && perIdx.get(`notice:${s.id}`) !== 1) || (s.send_status !== 'SENT' && perIdx.has(`notice:${s.id}`)));
    if (wrong.length) {
      // diagnostics: how did these notices get here (status history, job item, the provider's messages, the runs)
      const ids = wrong.slice(0, 5).map((s) => s.id);
      const history = await db.sql`select notice_id, status, source, applied, raw, at from notice_status_history where notice_id = any(${ids}::uuid[]) order by id`;
      const items = await db.sql`select notice_id, position, outcome, reason, claimed_by, updated_at from notice_send_job_items where notice_id = any(${ids}::uuid[])`;
      const runs = await db.sql`select * from notice_send_runs order by started_at`;
      const msgs = sb
        .messages()
        .filter((m) => ids.some((id) => m.idx === `notice:${id}`))
        .map((m) => ({ idx: m.idx, receivedAt: m.receivedAt }));
      console.log(`[reliability B] wrong statuses: ${JSON.stringify({ wrong: wrong.slice(0, 5), history, items, runs, msgs, figures }, null, 1)}`);
    }
    for (const s of states) {
      if (s.send_status === 'SENT') expect(perIdx.get(`notice:${s.id}`), s.id).toBe(1);
      else {
        expect(s.failure_reason, s.id).toBeTruthy();
        expect(perIdx.has(`notice:${s.id}`)).toBe(false);
      }
      if (invalid.has(s.phone)) expect(s.send_status).toBe('FAILED');
    }
    const alreadySent = await db.sql<{ n: number }[]>`select count(*)::int as n from notice_status_history where source = 'SEND' and (raw->>'alreadySent')::boolean`;
    const report = await checkInvariants(db.sql, {}, { asOf: TODAY });
    expect(report.violations).toEqual([]);
    const runs = await db.sql<{ n: number }[]>`select count(*)::int as n from notice_send_runs where job_id = ${jobId}`;
    const unknownLeft = (server.fullOutput().match(/send outcome unknown/g) ?? []).length;
    console.log(
      `[reliability B] ${JSON.stringify({ ...figures, byStatus: Object.fromEntries(byStatus), providerMessages: sb.messages().length, alreadySentAnswers: alreadySent[0].n, runs: runs[0].n, unknownLeftForNextRun: unknownLeft })}`,
    );
  }, 120_000);
});
