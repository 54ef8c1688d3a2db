import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionEnv, fieldsOf, type CollectionEnv } from './collection-helpers.js';
import { startTestSmsapi, startTestQueue, stopTestQueue, waitFor, type SmsapiSandbox } from './support/sandboxes.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { setPublicBaseUrl } from '../src/integrations/sms-callbacks.js';
import { unregisterWorker } from '../src/jobs/queue.js';
import { NOTICE_SEND_QUEUE, registerNoticeSendWorker, resetNoticeSendWorkerRegistration, sendHooks } from '../src/modules/collection/sending/sending.service.js';
import { appConfig, setAppConfig } from '../src/app-config.js';

process.env.RATY_SECRETS_KEY = 'test-secrets-key-for-collection-sending';

let env: CollectionEnv;
let sb: SmsapiSandbox;

const SEND = `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`;
const JOB = `query($id: ID!) { noticeSendJob(id: $id) { id status total handedOver inFlight sent delivered failed aborted pending processed failures { noticeId reason } } }`;
type Job = {
  id: string;
  status: string;
  total: number;
  handedOver: number;
  inFlight: number;
  sent: number;
  delivered: number;
  failed: number;
  aborted: number;
  pending: number;
  processed: number;
  failures: { noticeId: string; reason: string }[];
};

/** n SMS notices (DRAFT) with distinct phone numbers 6001xxxxx, inserted directly (the send path is under test). */
async function makeNotices(n: number, offset: number): Promise<{ id: string; phone: string }[]> {
  const pairs = await env.db.sql`select fp.file_id, fp.party_id from file_parties fp order by fp.file_id, fp.party_id limit 50`;
  const out: { id: string; phone: string }[] = [];
  for (let i = 0; i < n; i++) {
    const p = pairs[i % pairs.length];
    const phone = `6001${String(offset + i).padStart(5, '0')}`;
    const [r] = await env.db.sql`insert into notices (file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_consent)
      values (${p.file_id}, ${p.party_id}, 'OTHER', 'SMS', '2026-11-25', ${phone}, ${`Przypomnienie nr ${offset + i}`}, 'TEST', true) returning id`;
    out.push({ id: r.id, phone });
  }
  return out;
}

async function job(id: string): Promise<Job> {
  const r = await env.viewer.gql<{ noticeSendJob: Job }>(JOB, { id });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.noticeSendJob;
}

beforeAll(async () => {
  env = await collectionEnv({ files: 30 });
  sb = await startTestSmsapi({ deliveryDelayMs: 100 });
  await prefillSandboxSettings(env.db.db, { url: sb.url, token: 'test-sms-token', senderName: 'Raty' });
  setPublicBaseUrl(env.app.url);
  await startTestQueue(env.db.url);
  await registerNoticeSendWorker(env.db);
}, 60_000);
afterAll(async () => {
  await unregisterWorker(NOTICE_SEND_QUEUE).catch(() => {});
  resetNoticeSendWorkerRegistration();
  await stopTestQueue().catch(() => {});
  await sb?.close();
  await env?.close();
});

describe('sending SMS notices (COLL-4.3.3)', () => {
  it('sends 200 notices with 10 % provider failures and a worker crash mid-job: each sent at most once, failures reported', async () => {
    const notices = await makeNotices(200, 0);
    const invalid = notices.filter((_, i) => i % 10 === 3).map((n) => n.phone); // 20 numbers refused by the provider (error 13)
    sb.configure({ invalidNumbers: invalid, failureRate: 0.05 }); // plus transient 503s, retried
    let crashed = 0;
    sendHooks.afterAccepted = (_id, position) => {
      if (position === 57 && crashed === 0) {
        crashed++;
        throw new Error('simulated worker crash after the provider accepted the message');
      }
    };
    try {
      const r = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: notices.map((n) => n.id) });
      expect(r.errors).toBeUndefined();
      const jobId = r.data!.sendNotices;
      let last: Job | undefined;
      const done = await waitFor(
        async () => {
          const j = (last = await job(jobId));
          return j.status === 'DONE' ? j : null;
        },
        80_000,
        200,
      ).catch((err) => {
        throw new Error(`${(err as Error).message}; last progress ${JSON.stringify({ ...last, failures: last?.failures.length })}`);
      });
      expect(crashed).toBe(1);
      expect(done).toMatchObject({ total: 200, sent: 180, failed: 20, pending: 0, processed: 200 });
      expect(done.failures.map((f) => f.noticeId).sort()).toEqual(
        notices
          .filter((n) => invalid.includes(n.phone))
          .map((n) => n.id)
          .sort(),
      );
      expect(done.failures.every((f) => /INVALID_NUMBER/.test(f.reason))).toBe(true);
      // at the provider: at most one message per idx, exactly the 180 good ones
      const perIdx = new Map<string, number>();
      for (const m of sb.messages()) if (m.idx) perIdx.set(m.idx, (perIdx.get(m.idx) ?? 0) + 1);
      expect([...perIdx.values()].every((c) => c === 1)).toBe(true);
      expect(notices.filter((n) => perIdx.has(`notice:${n.id}`)).length).toBe(180);
      const states = await env.db
        .sql`select send_status, failure_retryable, count(*)::int as n, count(sent_at)::int as with_date from notices where id = any(${notices.map((n) => n.id)}::uuid[]) group by 1, 2 order by 1`;
      expect(states).toEqual([
        { send_status: 'FAILED', failure_retryable: false, n: 20, with_date: 0 },
        { send_status: 'SENT', failure_retryable: null, n: 180, with_date: 180 },
      ]);
      // the crashed one was resumed: the provider answered "already sent" (check_idx), no second message
      const crashedNotice = notices[57];
      const [h] = await env.db.sql`select raw from notice_status_history where notice_id = ${crashedNotice.id} and source = 'SEND'`;
      expect(h.raw.alreadySent).toBe(true);
    } finally {
      sendHooks.afterAccepted = undefined;
      sb.configure({ invalidNumbers: [], failureRate: 0 });
    }
  }, 90_000);

  it('never sends a notice twice: sending already sent notices is refused', async () => {
    const [sent] = await env.db.sql`select id from notices where send_status = 'SENT' limit 1`;
    const r = await env.editor.gql(SEND, { ids: [sent.id] });
    expect(fieldsOf(r)[0]).toMatchObject({ field: 'ids[0]', rule: 'notice.notSendable' });
    expect(fieldsOf(r)[0].message).toMatch(/already been sent/);
  });

  it('a send whose answers are lost (accepted, answered after the client timeout on every attempt) ends SENT, never FAILED', async () => {
    // the rule: a notice is SENT with exactly one message at the provider, or FAILED and never sent. Timeouts do not
    // tell whether the provider accepted the message: such a notice stays SENDING and is sent again later with the
    // same idx, until the provider answers (here 105 "already sent")
    const notices = await makeNotices(6, 3000);
    const config = appConfig();
    setAppConfig({ ...config, smsTimeoutMs: 100 });
    sb.configure({ latencyMs: 300 }); // every attempt accepted (the first) or refused 105 (the others), answered too late
    const restore = setTimeout(() => sb.configure({ latencyMs: 0 }), 2000); // 5 attempts take ~1 s: all time out
    try {
      const before = sb.messages().length;
      const r = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: notices.map((n) => n.id) });
      expect(r.errors).toBeUndefined();
      const done = await waitFor(
        async () => {
          const j = await job(r.data!.sendNotices);
          return j.status === 'DONE' ? j : null;
        },
        60_000,
        50,
      );
      expect(done).toMatchObject({ total: 6, sent: 6, failed: 0, pending: 0 });
      const ids = notices.map((n) => n.id);
      const msgs = sb.messages().slice(before);
      expect(msgs.map((m) => m.idx).sort()).toEqual(ids.map((id) => `notice:${id}`).sort()); // one message each
      const rows = await env.db.sql`select send_status, count(*)::int as n from notices where id = any(${ids}::uuid[]) group by 1`;
      expect(rows).toEqual([{ send_status: 'SENT', n: 6 }]);
      const history = await env.db.sql`select status, raw from notice_status_history where notice_id = any(${ids}::uuid[]) and source = 'SEND'`;
      expect(history).toHaveLength(6); // no FAILED row before the SENT one
      expect(history.every((h) => h.status !== 'FAILED' && h.raw.alreadySent === true)).toBe(true);
    } finally {
      clearTimeout(restore);
      sb.configure({ latencyMs: 0 });
      setAppConfig(config);
    }
  }, 90_000);

  it('abort at about half way keeps the ones handed over and returns the rest to DRAFT; the provider receives exactly the "handed over" count', async () => {
    const notices = await makeNotices(100, 1000);
    // the provider stalls once 50 of these messages are held (deterministic, whatever the machine's load): the job is
    // then mid-way with its in-flight sends waiting; the abort lands there and the provider is released
    const before = sb.messages().length;
    const abortSeen = new Set<string>();
    sendHooks.abortSeen = (id) => abortSeen.add(id);
    sb.configure({ holdAtMessages: before + 50 });
    try {
      const r = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: notices.map((n) => n.id) });
      const jobId = r.data!.sendNotices;
      // the progress the dialog shows at the click (issue 22): k handed over, the window (4) of them still in flight
      const shown = await waitFor(
        async () => {
          const j = await job(jobId);
          return j.sent >= 50 && j.inFlight === 4 && j.handedOver === j.sent + j.inFlight && j.sent === sb.messages().length - before ? j : null;
        },
        60_000,
        20,
      );
      const k = shown.handedOver;
      const a = await env.editor.gql<{ abortNoticeSendJob: Job }>(`mutation($id: ID!) { abortNoticeSendJob(id: $id) { status handedOver inFlight } }`, { id: jobId });
      expect(a.errors).toBeUndefined();
      // the abort's answer says how many are already on their way
      expect(a.data!.abortNoticeSendJob).toMatchObject({ status: 'ABORTING', handedOver: k, inFlight: 4 });
      // the run sees the abort while the provider still holds its in-flight sends; then the provider answers
      await waitFor(() => abortSeen.has(jobId), 30_000, 20);
      sb.configure({ holdAtMessages: 0 });
      const done = await waitFor(
        async () => {
          const j = await job(jobId);
          return j.status === 'ABORTED' ? j : null;
        },
        60_000,
        50,
      );
      const received = sb.messages().length - before;
      // Done when (issue 22): abort at k/N → the gateway receives at most k + 4; the final numbers equal its count
      expect(received).toBeLessThanOrEqual(k + 4);
      expect(received).toBe(k);
      expect(done).toMatchObject({ handedOver: received, sent: received, inFlight: 0, failed: 0, aborted: 100 - received });
      const rows = await env.db.sql`select send_status, count(*)::int as n from notices where id = any(${notices.map((n) => n.id)}::uuid[]) group by 1`;
      const by = Object.fromEntries(rows.map((x) => [x.send_status, x.n]));
      expect(by.SENT).toBe(done.sent);
      expect(by.DRAFT).toBe(done.aborted);
      // delivered is counted separately, as the operator's reports come in
      const delivered = await waitFor(
        async () => {
          const j = await job(jobId);
          return j.delivered === received ? j : null;
        },
        30_000,
        100,
      );
      expect(delivered.delivered).toBe(received);
    } finally {
      sb.configure({ holdAtMessages: 0 });
      sendHooks.abortSeen = undefined;
    }
  }, 90_000);

  it('a batch smaller than the window: each message counts as handed over when it leaves, before any answer', async () => {
    const notices = await makeNotices(3, 3000);
    const before = sb.messages().length;
    expect(before).toBeGreaterThan(0); // holdAtMessages 0 means "no hold"
    sb.configure({ holdAtMessages: before }); // the provider holds every request until released
    try {
      const r = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: notices.map((n) => n.id) });
      const jobId = r.data!.sendNotices;
      const mid = await waitFor(
        async () => {
          const j = await job(jobId);
          return j.handedOver === 3 ? j : null;
        },
        30_000,
        20,
      );
      expect(mid).toMatchObject({ total: 3, handedOver: 3, inFlight: 3, sent: 0, processed: 0, status: 'RUNNING' });
      expect(sb.messages().length - before).toBe(0);
      sb.configure({ holdAtMessages: 0 });
      const done = await waitFor(
        async () => {
          const j = await job(jobId);
          return j.status === 'DONE' ? j : null;
        },
        30_000,
        50,
      );
      expect(done).toMatchObject({ handedOver: 3, inFlight: 0, sent: 3, processed: 3 });
      expect(sb.messages().length - before).toBe(3);
    } finally {
      sb.configure({ holdAtMessages: 0 });
    }
  }, 60_000);

  it('delivery callback → DELIVERED, which is final; check status asks the provider; history kept', async () => {
    const [n] = await makeNotices(1, 5000);
    const r = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: [n.id] });
    await waitFor(async () => (await job(r.data!.sendNotices)).status === 'DONE', 40_000, 50);
    const delivered = await waitFor(
      async () => {
        const [x] = await env.db.sql`select delivery_status, provider_message_id from notices where id = ${n.id}`;
        return x.delivery_status === 'DELIVERED' ? x : null;
      },
      40_000,
      50,
    );
    // a late, contradicting report is ignored: DELIVERED is final
    await sb.setStatus(delivered.provider_message_id, 'UNDELIVERED');
    await waitFor(async () => (await env.db.sql`select 1 from notice_status_history where notice_id = ${n.id} and status = 'UNDELIVERED'`).length > 0, 10_000, 50);
    const [after] = await env.db.sql`select delivery_status from notices where id = ${n.id}`;
    expect(after.delivery_status).toBe('DELIVERED');
    const hist = await env.db.sql`select status, source, applied from notice_status_history where notice_id = ${n.id} order by id`;
    expect(hist.find((h) => h.status === 'DELIVERED')).toMatchObject({ source: 'CALLBACK', applied: true });
    expect(hist.find((h) => h.status === 'UNDELIVERED')).toMatchObject({ source: 'CALLBACK', applied: false });
    const can = await env.viewer.gql<{
      notice: { canCheckStatus: boolean; deliveryStatus: string; sentAt: string; statusHistory: { status: string; source: string; applied: boolean; at: string }[] };
    }>(`query($id: ID!) { notice(id: $id) { canCheckStatus deliveryStatus sentAt statusHistory { status source applied at } } }`, { id: n.id });
    expect(can.errors).toBeUndefined();
    expect(can.data!.notice).toMatchObject({ canCheckStatus: false, deliveryStatus: 'DELIVERED' });
    expect(can.data!.notice.statusHistory.map((h) => [h.status, h.source, h.applied])).toEqual(
      expect.arrayContaining([
        ['DELIVERED', 'CALLBACK', true],
        ['UNDELIVERED', 'CALLBACK', false],
      ]),
    );
    expect(can.data!.notice.statusHistory[0].source).toBe('SEND');
    // polling: a notice whose callback was lost gets its status from the provider
    const [m] = await makeNotices(1, 6000);
    sb.configure({ deliveryDelayMs: 60_000 });
    const r2 = await env.editor.gql<{ sendNotices: string }>(SEND, { ids: [m.id] });
    await waitFor(async () => (await job(r2.data!.sendNotices)).status === 'DONE', 40_000, 50);
    const [sent] = await env.db.sql`select provider_message_id from notices where id = ${m.id}`;
    sb.configure({ deliveryDelayMs: 100 });
    const pm = sb.messages().find((x) => x.id === sent.provider_message_id)!;
    pm.notifyUrl = null; // the callback gets lost
    await sb.setStatus(sent.provider_message_id, 'DELIVERED');
    const c = await env.editor.gql<{ checkNoticeStatus: { id: string; deliveryStatus: string }[] }>(`mutation($ids: [ID!]!) { checkNoticeStatus(ids: $ids) { id deliveryStatus } }`, { ids: [m.id] });
    expect(c.errors).toBeUndefined();
    expect(c.data!.checkNoticeStatus[0].deliveryStatus).toBe('DELIVERED');
    const [hc] = await env.db.sql`select source from notice_status_history where notice_id = ${m.id} and status = 'DELIVERED'`;
    expect(hc.source).toBe('CHECK');
  }, 90_000);

  it('without an active SMS integration sending is refused with a clear message; a viewer cannot send', async () => {
    const [n] = await makeNotices(1, 7000);
    await env.db.sql`update integration_settings set active = false`;
    try {
      const r = await env.editor.gql(SEND, { ids: [n.id] });
      expect(r.errors?.[0].extensions?.code).toBe('FEATURE_DISABLED');
      expect(r.errors?.[0].message).toBe('SMS integration is not active');
      const [x] = await env.db.sql`select send_status from notices where id = ${n.id}`;
      expect(x.send_status).toBe('DRAFT');
    } finally {
      await env.db.sql`update integration_settings set active = true`;
    }
    const v = await env.viewer.gql(SEND, { ids: [n.id] });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
