import { isSmsapiStatus, makeIssue, nextSendState, sendNoticeIssues, type NoticeSendState, type SendEvent, type SmsapiStatus, type ValidationIssue } from '@raty/domain';
import type { Logger } from 'pino';
import type { Db, DbHandle, Sql, SqlHandle } from '../../../db/client.js';
import type { Context } from '../../../graphql/context.js';
import { NotFound } from '../../../graphql/errors.js';
import { enqueue, registerWorker } from '../../../jobs/queue.js';
import { isDraining } from '../../../lib/lifecycle.js';
import { onSmsDeliveryReports, type SmsDeliveryReport } from '../../../integrations/sms-callbacks.js';
import { onMailBounces, type MailBounce } from '../../../integrations/mail-bounces.js';
import { bareMessageId, sendEmailNotice } from './email.js';
import { SmsGatewayError, type SmsGateway } from '../../../integrations/sms-gateway.js';
import { getSmsGateway } from '../../settings/index.js';
import { auditTx, isUuid, staffUserId, throwIssues } from '../common.js';
import { fixDates, loadNoticeRows, noticeLike, sendStateOf, type NoticeRow } from '../notices/notices.service.js';

export const NOTICE_SEND_QUEUE = 'notices-send';

/** SMSAPI idempotency key of a notice (check_idx=1): the same notice is never accepted twice by the provider. */
function noticeIdx(noticeId: string): string {
  return `notice:${noticeId}`;
}

/** Test hooks: simulate a worker crash between the provider's acceptance and the DB commit. */
export const sendHooks: {
  afterAccepted?: (noticeId: string, position: number) => void | Promise<void>;
  /** a run has seen its job's abort request (tests: act only once the abort has landed) */
  abortSeen?: (jobId: string) => void;
  attempts: number;
  retryDelayMs: number;
} = {
  attempts: 5,
  retryDelayMs: 50,
};

function transition(state: NoticeSendState, event: SendEvent): NoticeSendState {
  const t = nextSendState(state, event);
  if (!t.ok) throw new Error(`illegal send transition: ${t.issue.message}`);
  return t.state;
}

// ----------------------------------------------------------------------------------------------------------------
// start / abort / progress

/**
 * Starts a send job for SMS and e-mail notices: those that may be sent (domain `sendNoticeIssues` + `nextSendState`
 * QUEUE) go DRAFT/FAILED(retryable) → QUEUED in one statement; the others are reported as failures of the job at once.
 * With SMS notices among them and no active SMS integration the whole request is refused (FEATURE_DISABLED "SMS
 * integration is not active"); e-mail notices go through SMTP (issue 25).
 */
export async function startSendJob(ctx: Pick<Context, 'sql' | 'db' | 'actor' | 'requestId'>, ids: string[]): Promise<string> {
  if (!ids.length) throwIssues([makeIssue('ids', 'required', 'Choose at least one notice')]);
  const unique = [...new Set(ids)];
  const rows = await loadNoticeRows(ctx.sql, unique);
  if (!rows.length || rows.some((r) => r.channel !== 'EMAIL')) await getSmsGateway(ctx.db); // refuses when the integration is not active
  const found = new Map(rows.map((r) => [r.id, r]));
  const issues: ValidationIssue[] = [];
  unique.forEach((id, k) => {
    if (!found.has(id)) issues.push(makeIssue(`ids[${k}]`, 'notFound', 'Notice not found', { id }));
  });
  throwIssues(issues);
  const failures = new Map<string, string>();
  for (const r of rows) {
    const problems = sendNoticeIssues(noticeLike(r), { requireMobilePrefix: false });
    const q = nextSendState(sendStateOf(r), { type: 'QUEUE' });
    if (!q.ok) problems.unshift(q.issue);
    if (problems.length) failures.set(r.id, problems.map((p) => p.message).join('; '));
  }
  if (failures.size === rows.length) {
    throwIssues(rows.map((r) => makeIssue(`ids[${unique.indexOf(r.id)}]`, 'notice.notSendable', failures.get(r.id)!, { id: r.id })));
  }
  const jobId = await ctx.sql.begin(async (tx0) => {
    const tx = tx0;
    const [job] = await tx<{ id: string }[]>`insert into notice_send_jobs (total, created_by) values (${unique.length}, ${staffUserId(ctx)}) returning id`;
    const sendable = unique.filter((id) => !failures.has(id));
    const queued = await tx<{ id: string }[]>`update notices set send_status = 'QUEUED', send_job_id = ${job.id}, failure_reason = null, failure_retryable = null, updated_at = now()
      where id = any(${sendable}::uuid[]) and (send_status = 'DRAFT' or (send_status = 'FAILED' and failure_retryable)) and sent_at is null returning id`;
    const ok = new Set(queued.map((q) => q.id));
    for (const id of sendable) if (!ok.has(id)) failures.set(id, 'The notice has already been sent or is being sent');
    await tx.unsafe(
      `insert into notice_send_job_items (job_id, notice_id, position, outcome, reason)
       select $1::uuid, (r->>0)::uuid, (r->>1)::int, r->>2, r->>3 from json_array_elements($2::json) as r`,
      [job.id, JSON.stringify(unique.map((id, k) => [id, k, failures.has(id) ? 'FAILED' : 'PENDING', failures.get(id) ?? null]))],
    );
    await auditTx(tx, ctx, 'SEND', 'notice_send_job', job.id, null, { total: unique.length, queued: [...ok] });
    return job.id;
  });
  await enqueue(NOTICE_SEND_QUEUE, { jobId }, { retryLimit: 5, retryDelay: 1 });
  return jobId;
}

/**
 * Jobs whose abort was requested in this process: a run of this process stops handing messages over at once (runs of
 * other processes see the flag at their next poll, `sendTuning.abortPollMs`), so that an abort at "n / N" leaves at most
 * the window in flight (issue 22).
 */
const abortsHere = new Set<string>();

/** "Przerwij": the worker stops handing messages over; those in flight finish; the rest go back to DRAFT. */
export async function abortSendJob(ctx: Context, jobId: string) {
  const rows = await ctx.sql`update notice_send_jobs set abort_requested = true, status = case when status = 'RUNNING' then 'ABORTING' else status end
    where id = ${jobId} returning status`;
  if (!rows.length) throw new NotFound('Send job');
  if (rows[0].status === 'ABORTING') abortsHere.add(jobId);
  await auditTx(ctx.sql, ctx, 'ABORT', 'notice_send_job', jobId, null, null);
  return sendJobProgress(ctx.sql, jobId);
}

export async function sendJobProgress(sql: SqlHandle, jobId: string) {
  if (!isUuid(jobId)) throw new NotFound('Send job');
  // one round trip (polled every few ms by the SPA while a job runs): counted in SQL, only the failures listed
  const [job] = await sql<
    {
      id: string;
      status: string;
      total: number;
      abort_requested: boolean;
      created_at: Date;
      finished_at: Date | null;
      sent: number;
      failed: number;
      aborted: number;
      pending: number;
      handed: number;
      in_flight: number;
      delivered: number;
      n: number;
      failures: string;
    }[]
  >`
    select j.id, j.status, j.total, j.abort_requested, j.created_at, j.finished_at, c.sent, c.failed, c.aborted, c.pending, c.handed, c.in_flight, d.delivered, c.n,
      coalesce(fl.list, '[]')::text as failures
    from notice_send_jobs j
    cross join lateral (
      select count(*) filter (where outcome = 'SENT')::int as sent, count(*) filter (where outcome = 'FAILED')::int as failed,
        count(*) filter (where outcome = 'ABORTED')::int as aborted, count(*) filter (where outcome = 'PENDING')::int as pending,
        count(*) filter (where handed_at is not null or outcome = 'SENT')::int as handed,
        count(*) filter (where handed_at is not null and outcome = 'PENDING')::int as in_flight, count(*)::int as n
      from notice_send_job_items where job_id = j.id
    ) c
    cross join lateral (
      select count(*)::int as delivered from notice_send_job_items i join notices n on n.id = i.notice_id
      where i.job_id = j.id and i.outcome = 'SENT' and n.delivery_status = 'DELIVERED'
    ) d
    cross join lateral (
      select json_agg(json_build_array(notice_id, reason) order by position) as list
      from notice_send_job_items where job_id = j.id and outcome = 'FAILED'
    ) fl
    where j.id = ${jobId}`;
  if (!job) throw new NotFound('Send job');
  const failures = JSON.parse(job.failures) as [string, string | null][];
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    sent: job.sent,
    failed: job.failed,
    aborted: job.aborted,
    pending: job.pending,
    processed: job.n - job.pending,
    handedOver: job.handed,
    inFlight: job.in_flight,
    delivered: job.delivered,
    abortRequested: job.abort_requested,
    createdAt: new Date(job.created_at),
    finishedAt: job.finished_at ? new Date(job.finished_at) : null,
    failures: failures.map(([noticeId, reason]) => ({ noticeId, reason: reason ?? '' })),
  };
}

// ----------------------------------------------------------------------------------------------------------------
// the worker

async function abortRest(sql: Sql, jobId: string, claimedNotStarted: string[] = []) {
  await sql.begin(async (tx0) => {
    const tx = tx0;
    if (claimedNotStarted.length) {
      // claimed by this worker but certainly not handed over to the provider: as if never claimed
      await tx`update notices set send_status = 'QUEUED', updated_at = now() where id = any(${claimedNotStarted}::uuid[]) and send_status = 'SENDING' and send_job_id = ${jobId}`;
    }
    transition({ status: 'QUEUED' }, { type: 'ABORT' }); // QUEUED → DRAFT (the UPDATE locks the rows it changes)
    await tx`update notices set send_status = 'DRAFT', send_job_id = null, updated_at = now() where send_job_id = ${jobId} and send_status = 'QUEUED'`;
    await tx`update notice_send_job_items set outcome = 'ABORTED', reason = 'Aborted before sending', updated_at = now() where job_id = ${jobId} and outcome = 'PENDING'`;
    await tx`update notice_send_jobs set status = 'ABORTED', finished_at = now() where id = ${jobId}`;
  });
}

/**
 * The outcome of a notice's send is not known: an attempt got no answer (timeout, connection lost — the provider may
 * have accepted it and the answer was lost) and no later attempt got the provider's verdict on the idx (accepted, or
 * 105 "already sent"). Such a notice is NOT failed (it may be at the provider): it stays SENDING and is sent again
 * later with the same idx (`sendTuning.unknownRetries`), and if still unknown, by the job's next run.
 */
class SendOutcomeUnknown extends Error {
  constructor(readonly last: SmsGatewayError) {
    super(`outcome unknown (no answer from the provider): ${last.reason}: ${last.message}`);
  }
}

async function sendWithRetry(gw: SmsGateway, input: Parameters<SmsGateway['send']>[0]) {
  let last: SmsGatewayError | undefined;
  let unanswered = false;
  for (let attempt = 0; attempt < sendHooks.attempts; attempt++) {
    try {
      return await gw.send(input);
    } catch (err) {
      last = err instanceof SmsGatewayError ? err : new SmsGatewayError(String((err as Error)?.message ?? err), 'PROVIDER', false);
      if (last.unanswered) unanswered = true;
      if (!last.retryable) {
        // the provider's own refusal (an SMSAPI error code) of a request with this idx and check_idx=1 is a verdict:
        // had an earlier attempt been accepted, it would have answered 105 "already sent"
        if (unanswered && last.providerCode === null) throw new SendOutcomeUnknown(last);
        throw last;
      }
      await new Promise((r) => setTimeout(r, sendHooks.retryDelayMs * (attempt + 1)));
    }
  }
  // only errors: FAILED only when every one of them was an answer (nothing can have been accepted)
  if (unanswered) throw new SendOutcomeUnknown(last!);
  throw last!;
}

/**
 * Send job tuning: notices claimed per batch (one UPDATE … RETURNING), sends in flight, completions that start a write.
 * RATY_SMS_SEND_CONCURRENCY overrides the sends in flight (e.g. 1 to send strictly one by one).
 */
const sendTuning = {
  batchSize: 100,
  // 4 (issue 22): an abort at "n / N" leaves at most 4 more on their way; the bench keeps ≥ 500 notices/s with it
  concurrency: Math.max(1, Math.min(64, Number(process.env.RATY_SMS_SEND_CONCURRENCY) || 4)),
  flushEvery: 1,
  abortPollMs: 50,
  /** a send whose outcome is unknown (SendOutcomeUnknown) is tried again this many times, after 1×, 2×, … this pause */
  unknownRetries: 3,
  unknownPauseMs: 1000,
};

interface Claimed {
  id: string;
  position: number;
  channel: string;
  phone: string;
  email: string | null;
  subject: string | null;
  text: string;
}
type Outcome =
  | { kind: 'SENT'; id: string; sentAt: string; providerId: string | null; delivery: string | null; raw: unknown; reason: string | null }
  | { kind: 'FAILED'; id: string; reason: string; retryable: boolean; handed: boolean };

/**
 * A run's lease (issue 29): a run of a send job is alive while `notice_send_runs.alive_until` is in the future; it renews
 * the lease every `renewSec`. Items claimed by a live run are never touched by another run; those of a run whose lease
 * lapsed (its process died) are resumed.
 */
const sendRunLease = { leaseSec: 30, renewSec: 5, waitForOthersMs: 250 };

/**
 * Claims the next batch of PENDING items of the job (by position) for run `runId` in one statement: items unclaimed or
 * claimed by a run that is no longer alive (`for update skip locked`: two runs claiming at once get different items);
 * their QUEUED notices go → SENDING; notices found SENDING for this job (claimed by a dead run, which may have handed
 * them over) are resumed; any other item is settled at once (SENT stays SENT, anything else FAILED "Not sent: …").
 * `held` counts the PENDING items of the job claimed by other runs (alive, or dead but not yet lapsed).
 */
async function claimBatch(sql: SqlHandle, jobId: string, runId: string, limit: number, afterPosition = -1): Promise<{ claimed: Claimed[]; pending: number; last: number; held: number }> {
  const rows = await sql<
    {
      notice_id: string;
      position: number;
      cur: string | null;
      job: string | null;
      claimed: boolean;
      channel: string;
      phone: string | null;
      email: string | null;
      subject: string | null;
      text: string | null;
    }[]
  >`
    with pend as (
      select i.notice_id, i.position from notice_send_job_items i
      where i.job_id = ${jobId} and i.outcome = 'PENDING' and i.position > ${afterPosition}
        and (i.claimed_by is null or (i.claimed_by <> ${runId}
          and not exists (select 1 from notice_send_runs r where r.id = i.claimed_by and r.alive_until > now())))
      order by i.position limit ${limit}
      for update of i skip locked
    ), mine as (
      update notice_send_job_items i set claimed_by = ${runId}, updated_at = now() from pend
      where i.job_id = ${jobId} and i.notice_id = pend.notice_id returning i.notice_id
    ), cl as (
      update notices n set send_status = 'SENDING', updated_at = now() from pend
      where n.id = pend.notice_id and n.send_status = 'QUEUED' and n.send_job_id = ${jobId} returning n.id
    )
    select pend.notice_id, pend.position, n.send_status as cur, n.send_job_id as job, (cl.id is not null) as claimed, n.channel, n.phone, n.email, n.subject, n.text
    from pend left join notices n on n.id = pend.notice_id left join cl on cl.id = pend.notice_id
    order by pend.position`;
  const claimed: Claimed[] = [];
  const settled: [string, string, string | null][] = [];
  for (const r of rows) {
    if (r.claimed || (r.cur === 'SENDING' && r.job === jobId)) {
      claimed.push({ id: r.notice_id, position: r.position, channel: r.channel, phone: r.phone!, email: r.email, subject: r.subject, text: r.text! });
    } else settled.push([r.notice_id, r.cur === 'SENT' ? 'SENT' : 'FAILED', r.cur === 'SENT' ? null : `Not sent: the notice is ${r.cur ?? 'deleted'}`]);
  }
  if (settled.length) {
    await sql.unsafe(
      `update notice_send_job_items i set outcome = r->>1, reason = r->>2, updated_at = now()
       from json_array_elements($2::json) r where i.job_id = $1::uuid and i.notice_id = (r->>0)::uuid`,
      [jobId, JSON.stringify(settled)],
    );
  }
  let held = 0;
  if (!rows.length) {
    const [h] = await sql<{ n: number }[]>`select count(*)::int as n from notice_send_job_items
      where job_id = ${jobId} and outcome = 'PENDING' and claimed_by is not null and claimed_by <> ${runId}`;
    held = h.n;
  }
  return { claimed, pending: rows.length, last: rows.length ? rows[rows.length - 1].position : afterPosition, held };
}

/** Thrown by a run that stopped because its process drains: pg-boss retries the job (another process takes it). */
class SendRunHandedBack extends Error {
  constructor(jobId: string) {
    super(`send job ${jobId}: this process is shutting down; the rest of the job is handed back to the queue`);
  }
}

/**
 * Records the outcomes of sent/failed notices set-based in ONE statement (data-modifying CTEs: notices SENDING → SENT
 * with the provider id / → FAILED with the reason, their history rows, the job items) — atomic like a transaction,
 * one round trip instead of six (BEGIN, 4 statements, COMMIT).
 */
async function recordOutcomes(sql: SqlHandle, jobId: string, outs: Outcome[], handed: string[] = []) {
  if (!outs.length && !handed.length) return;
  const rows = outs.map((o) =>
    o.kind === 'SENT'
      ? [o.id, 'SENT', o.reason, o.sentAt, o.providerId, o.delivery, null, o.raw, true]
      : [o.id, 'FAILED', o.reason, null, null, null, o.retryable, { reason: o.reason, retryable: o.retryable }, o.handed],
  );
  await sql.unsafe(
    `with r as (
       select (e->>0)::uuid as id, e->>1 as kind, e->>2 as reason, (e->>3)::timestamptz as sent_at, e->>4 as provider_id,
              e->>5 as delivery, (e->>6)::boolean as retryable, (e->7)::jsonb as raw, (e->>8)::boolean as handed
       from json_array_elements($2::json) e
     ), s as (
       update notices n set send_status = 'SENT', sent_at = r.sent_at, provider_message_id = r.provider_id, delivery_status = r.delivery,
         delivery_status_at = r.sent_at, failure_reason = null, failure_retryable = null, updated_at = now()
       from r where r.kind = 'SENT' and n.id = r.id and n.send_status = 'SENDING' returning n.id
     ), f as (
       update notices n set send_status = 'FAILED', failure_reason = r.reason, failure_retryable = r.retryable, updated_at = now()
       from r where r.kind = 'FAILED' and n.id = r.id and n.send_status = 'SENDING' returning n.id
     ), h as (
       insert into notice_status_history (notice_id, status, source, applied, raw)
       select r.id, case when r.kind = 'SENT' then coalesce(r.delivery, 'SENT') else 'FAILED' end, 'SEND', true, r.raw from r returning 1
     ), i as (
       update notice_send_job_items i set outcome = r.kind, reason = r.reason, updated_at = now(),
         handed_at = coalesce(i.handed_at, case when r.handed then now() end)
       from r where i.job_id = $1::uuid and i.notice_id = r.id returning 1
     ), o as (
       update notice_send_job_items i set handed_at = now()
       where i.job_id = $1::uuid and i.notice_id = any($3::uuid[]) and i.handed_at is null and i.outcome = 'PENDING'
         and not exists (select 1 from r where r.id = i.notice_id) returning 1
     )
     select (select count(*) from s)::int as sent, (select count(*) from f)::int as failed, (select count(*) from h)::int as history,
       (select count(*) from i)::int as items, (select count(*) from o)::int as handed`,
    [jobId, JSON.stringify(rows), handed],
  );
}

/**
 * Processes one send job, resumable after a crash, as a pipeline:
 * - claims: the next PENDING items (by position, after the last one claimed by this run) are claimed with one
 *   `UPDATE … WHERE send_status = 'QUEUED' … RETURNING` (QUEUED → SENDING), one batch ahead of the senders, so the
 *   senders never wait for a claim round trip; a notice found SENDING (a previous attempt died after claiming it)
 *   is sent again with the same idx, so the provider either accepts it now or answers "already sent" (check_idx) —
 *   never a second message;
 * - sends: `sendTuning.concurrency` in flight on the gateway (keep-alive connections);
 * - outcomes: written set-based in one statement by one writer at a time, each write taking everything completed
 *   meanwhile (group commit); progress (the job items) moves with every write.
 * The abort flag is polled every 50 ms (and checked before each send): the sends in flight finish and are recorded,
 * the notices claimed but not handed over go back to QUEUED and then, with the rest, to DRAFT.
 */
async function runSendJob(db: DbHandle, jobId: string, log?: Logger): Promise<void> {
  const sql = db.sql;
  const [job] = await sql<{ status: string }[]>`select status from notice_send_jobs where id = ${jobId}`;
  if (!job || job.status === 'DONE' || job.status === 'ABORTED') return;
  const abortRequested = async () => {
    const [j] = await sql<{ abort_requested: boolean }[]>`select abort_requested from notice_send_jobs where id = ${jobId}`;
    return !j || j.abort_requested;
  };
  if (await abortRequested()) {
    abortsHere.delete(jobId);
    await abortRest(sql, jobId);
    return;
  }
  let gw: SmsGateway | null = null;
  let aborted = false;
  let crash: unknown = null;
  // draining (SIGTERM): stop claiming, finish and record the sends in flight, hand the rest back (SendRunHandedBack)
  let handingBack = isDraining();
  const [run] = await sql<{ id: string }[]>`insert into notice_send_runs (job_id, pid, alive_until)
    values (${jobId}, ${process.pid}, now() + make_interval(secs => ${sendRunLease.leaseSec})) returning id`;
  const runId = run.id;
  let renewedAt = Date.now();
  const seeAbort = () => {
    if (!aborted && abortsHere.has(jobId)) {
      aborted = true;
      sendHooks.abortSeen?.(jobId);
    }
    return aborted;
  };
  const poll = setInterval(() => {
    seeAbort();
    abortRequested().then(
      (a) => {
        if (a && !aborted) {
          aborted = true;
          sendHooks.abortSeen?.(jobId);
        }
      },
      () => {},
    );
    if (isDraining()) handingBack = true;
    if (Date.now() - renewedAt >= sendRunLease.renewSec * 1000) {
      renewedAt = Date.now();
      sql`update notice_send_runs set alive_until = now() + make_interval(secs => ${sendRunLease.leaseSec}) where id = ${runId}`.then(
        () => {},
        () => {},
      );
    }
  }, sendTuning.abortPollMs);
  poll.unref?.();

  // ---- outcomes: one writer at a time, each write taking everything completed meanwhile (group commit)
  const done: Outcome[] = [];
  /** handed over to the provider since the last write (progress "przekazano n / N", "w drodze k"; issue 22) */
  const handed: string[] = [];
  let flushing: Promise<void> | null = null;
  const flush = (): Promise<void> => {
    flushing ??= (async () => {
      try {
        while (done.length || handed.length) await recordOutcomes(sql, jobId, done.splice(0), handed.splice(0));
      } catch (err) {
        crash ??= err;
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  };

  // ---- claims: one at a time, keeping about one batch claimed ahead of the senders
  const queue: Claimed[] = [];
  let lastPosition = -1;
  let exhausted = false;
  let claiming: Promise<void> | null = null;
  const refill = (): Promise<void> => {
    claiming ??= (async () => {
      try {
        while (!exhausted && !aborted && !handingBack && !crash && queue.length < sendTuning.batchSize) {
          const { claimed, pending, last, held } = await claimBatch(sql, jobId, runId, sendTuning.batchSize, lastPosition);
          if (!pending) {
            if (!held && lastPosition < 0) {
              exhausted = true;
              break;
            }
            // items claimed by another run (or skipped past): look again from the start once they are settled or
            // their run's lease has lapsed; the job ends when no PENDING item is left
            if (held && !queue.length) await new Promise((r) => setTimeout(r, sendRunLease.waitForOthersMs));
            lastPosition = -1;
            if (queue.length) break;
            continue;
          }
          lastPosition = last;
          if (!claimed.length) continue;
          try {
            if (claimed.some((c) => c.channel !== 'EMAIL')) gw ??= await getSmsGateway(db.db);
          } catch (err) {
            // integration switched off meanwhile: certainly not handed over → retryable failure
            const reason = (err as Error).message;
            transition({ status: 'SENDING' }, { type: 'FAIL', reason, retryable: true });
            done.push(...claimed.map((c): Outcome => ({ kind: 'FAILED', id: c.id, reason, retryable: true, handed: false })));
            await flush();
            continue;
          }
          queue.push(...claimed);
        }
      } catch (err) {
        crash ??= err;
      } finally {
        claiming = null;
      }
    })();
    return claiming;
  };
  // ---- sends whose outcome is unknown: sent again (same idx) after a pause, before anything new and even while
  // aborting or handing back (they are sends in flight); still unknown after the last round → left SENDING, and the
  // run ends like a crash (pg-boss retries the job; the next run resumes them)
  const again: Claimed[] = [];
  const rounds = new Map<string, number>();
  const unresolved: string[] = [];
  let waitingAgain = 0;
  const sendLater = (c: Claimed, err: SendOutcomeUnknown) => {
    const round = (rounds.get(c.id) ?? 0) + 1;
    rounds.set(c.id, round);
    if (round > sendTuning.unknownRetries) {
      unresolved.push(c.id);
      log?.warn({ jobId, noticeId: c.id, err: err.last }, 'send outcome unknown; the notice stays SENDING for the next run');
      return;
    }
    waitingAgain++;
    setTimeout(() => {
      waitingAgain--;
      again.push(c);
    }, sendTuning.unknownPauseMs * round).unref?.();
  };
  const nextClaimed = async (): Promise<Claimed | null> => {
    for (;;) {
      if (crash) return null;
      const a = again.shift();
      if (a) return a;
      const stopping = seeAbort() || handingBack;
      if (!stopping) {
        if (queue.length < sendTuning.batchSize && !exhausted) void refill();
        const c = queue.shift();
        if (c) return c;
      }
      if (stopping || (exhausted && !claiming)) {
        if (!waitingAgain) return null;
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      await (claiming ?? refill());
    }
  };

  // ---- senders
  const sender = async () => {
    for (;;) {
      const c = await nextClaimed();
      if (!c) return;
      handed.push(c.id);
      void flush();
      if (c.channel === 'EMAIL') {
        // e-mail (issue 25): SENT when the SMTP server accepted it, FAILED with the SMTP error
        const r = await sendEmailNotice({ to: c.email ?? '', subject: c.subject ?? '', text: c.text });
        if (r.ok) {
          const sentAt = new Date().toISOString();
          transition({ status: 'SENDING' }, { type: 'ACCEPTED', providerMessageId: r.messageId, sentAt });
          done.push({ kind: 'SENT', id: c.id, sentAt, providerId: r.messageId, delivery: null, raw: { messageId: r.messageId }, reason: null });
        } else {
          transition({ status: 'SENDING' }, { type: 'FAIL', reason: r.reason, retryable: r.retryable });
          done.push({ kind: 'FAILED', id: c.id, reason: r.reason, retryable: r.retryable, handed: true });
        }
        if (done.length >= sendTuning.flushEvery) void flush();
        continue;
      }
      try {
        const res = await sendWithRetry(gw!, { to: c.phone, text: c.text, idx: noticeIdx(c.id) });
        if (sendHooks.afterAccepted) await sendHooks.afterAccepted(c.id, c.position);
        const sentAt = new Date().toISOString();
        const state = transition(
          { status: 'SENDING' },
          {
            type: 'ACCEPTED',
            providerMessageId: res.providerId ?? `idx:${noticeIdx(c.id)}`,
            sentAt,
            deliveryStatus: isSmsapiStatus(res.status) ? (res.status as SmsapiStatus) : 'QUEUE',
          },
        );
        done.push({
          kind: 'SENT',
          id: c.id,
          sentAt,
          providerId: res.providerId,
          delivery: state.deliveryStatus ?? 'QUEUE',
          raw: { providerId: res.providerId, alreadySent: res.alreadySent, points: res.points },
          reason: res.alreadySent ? 'Already handed over to the provider by an earlier attempt (idx)' : null,
        });
      } catch (err) {
        if (err instanceof SendOutcomeUnknown) sendLater(c, err);
        else if (err instanceof SmsGatewayError) {
          const reason = `${err.reason}: ${err.message}`;
          transition({ status: 'SENDING' }, { type: 'FAIL', reason, retryable: err.retryable });
          done.push({ kind: 'FAILED', id: c.id, reason, retryable: err.retryable, handed: true });
        } else {
          crash ??= err;
          log?.warn({ err, jobId, noticeId: c.id }, 'send job interrupted');
        }
      }
      if (done.length >= sendTuning.flushEvery) void flush();
    }
  };

  let notStarted: string[] = [];
  try {
    await Promise.all(Array.from({ length: sendTuning.concurrency }, sender));
    while (claiming) await claiming;
    notStarted = queue.splice(0).map((c) => c.id); // claimed but certainly not handed over (abort or crash)
    while (flushing || done.length || handed.length) await flush();
  } finally {
    clearInterval(poll);
    if (aborted) abortsHere.delete(jobId);
  }
  // this run is over: its lease ends now (anything it still holds may be resumed by another run at once)
  const endRun = () => sql`update notice_send_runs set alive_until = now() where id = ${runId}`;
  if (!crash && unresolved.length) {
    crash = new Error(`send job ${jobId}: the outcome of ${unresolved.length} send(s) is unknown (no answer from the provider); they stay SENDING for the next run`);
  }
  if (crash) {
    await endRun().catch(() => {});
    throw crash; // a crash: pg-boss retries the job, which resumes here (SENDING notices re-sent with the same idx)
  }
  if (aborted) {
    // claimed but certainly not handed over: back to QUEUED, then with the rest → DRAFT (one transaction)
    await abortRest(sql, jobId, notStarted);
    await endRun();
    return;
  }
  if (handingBack) {
    // claimed but certainly not handed over: back to QUEUED and unclaimed, for the run that takes the retry
    if (notStarted.length) {
      await sql.begin(async (tx0) => {
        const tx = tx0;
        await tx`update notices set send_status = 'QUEUED', updated_at = now() where id = any(${notStarted}::uuid[]) and send_status = 'SENDING' and send_job_id = ${jobId}`;
        await tx`update notice_send_job_items set claimed_by = null, updated_at = now() where job_id = ${jobId} and notice_id = any(${notStarted}::uuid[]) and outcome = 'PENDING'`;
      });
    }
    await endRun();
    const [left] = await sql<{ n: number }[]>`select count(*)::int as n from notice_send_job_items where job_id = ${jobId} and outcome = 'PENDING'`;
    if (left.n) throw new SendRunHandedBack(jobId);
  }
  await endRun();
  // the last run of the job to finish closes it (a run waits above for items held by other live runs)
  await sql`update notice_send_jobs set status = case when abort_requested then 'ABORTED' else 'DONE' end, finished_at = now()
    where id = ${jobId} and status not in ('DONE', 'ABORTED')
      and not exists (select 1 from notice_send_job_items where job_id = ${jobId} and outcome = 'PENDING')`;
}

let registered = false;
/** Registers the send worker (main.ts, tests). */
export async function registerNoticeSendWorker(db: DbHandle, log?: Logger): Promise<void> {
  if (registered) return;
  registered = true;
  await registerWorker<{ jobId: string }>(NOTICE_SEND_QUEUE, async (job) => runSendJob(db, job.data.jobId, log), {
    retryLimit: 5,
    retryDelay: 1,
    expireInSeconds: 900,
    pollingIntervalSeconds: 0.5,
  });
}

export function resetNoticeSendWorkerRegistration() {
  registered = false;
}

// ----------------------------------------------------------------------------------------------------------------
// delivery status: check (polling) and callback

type DeliveryRow = Pick<NoticeRow, 'id' | 'send_status' | 'sent_at' | 'provider_message_id' | 'delivery_status' | 'delivery_status_at' | 'failure_reason' | 'failure_retryable'>;
interface DeliveryItem {
  row: DeliveryRow;
  status: string;
  source: 'CHECK' | 'CALLBACK';
  raw: unknown;
}

/**
 * Applies delivery reports with the domain's state machine (older reports and anything after a final status are
 * ignored), set-based: the reports are folded per notice in order in memory, then ONE statement updates the notices
 * whose status changed (guarded by the status read, so a concurrent writer is never overwritten) and inserts one
 * history row per report (`applied` true/false). Answers `applied` per report.
 */
async function applyDeliveries(sql: SqlHandle, items: DeliveryItem[]): Promise<boolean[]> {
  if (!items.length) return [];
  const byNotice = new Map<string, { state: NoticeSendState; read: string | null; next: string | null }>();
  const applied: boolean[] = [];
  const history: unknown[][] = [];
  const at = new Date().toISOString();
  for (const it of items) {
    let cur = byNotice.get(it.row.id);
    if (!cur) {
      fixDates(it.row as NoticeRow);
      cur = { state: sendStateOf(it.row), read: it.row.delivery_status, next: null };
      byNotice.set(it.row.id, cur);
    }
    let ok = false;
    if (isSmsapiStatus(it.status)) {
      const t = nextSendState(cur.state, { type: 'DELIVERY', status: it.status, at });
      if (t.ok && t.changed) {
        cur.state = t.state;
        cur.next = it.status;
        ok = true;
      }
    }
    applied.push(ok);
    history.push([it.row.id, it.status, it.source, ok, it.raw ?? null]);
  }
  const updates = [...byNotice].filter(([, c]) => c.next !== null).map(([id, c]) => [id, c.next, c.read]);
  await sql.unsafe(
    `with u as (
       update notices n set delivery_status = r->>1, delivery_status_at = now(), updated_at = now()
       from json_array_elements($1::json) r
       where n.id = (r->>0)::uuid and n.send_status = 'SENT' and n.delivery_status is not distinct from (r->>2) returning n.id
     ), h as (
       insert into notice_status_history (notice_id, status, source, applied, raw)
       select (r->>0)::uuid, r->>1, r->>2, (r->>3)::boolean, case when json_typeof(r->4) = 'null' then null else (r->4)::jsonb end
       from json_array_elements($2::json) r returning 1
     )
     select (select count(*) from u)::int as updated, (select count(*) from h)::int as history`,
    [JSON.stringify(updates), JSON.stringify(history)],
  );
  return applied;
}

/** "Sprawdź status": asks the provider for the status of sent SMS notices (until DELIVERED). */
export async function checkNoticeStatus(ctx: Context, ids: string[]) {
  const rows = await loadNoticeRows(ctx.sql, ids);
  const pending = rows.filter((r) => r.send_status === 'SENT' && r.provider_message_id && r.delivery_status !== 'DELIVERED');
  if (pending.length) {
    const gw = await getSmsGateway(ctx.db);
    const infos = await gw.checkStatus(pending.map((r) => r.provider_message_id!));
    const byId = new Map(infos.map((i) => [i.providerId, i]));
    const items: DeliveryItem[] = [];
    for (const r of pending) {
      const info = byId.get(r.provider_message_id!);
      if (info) items.push({ row: r, status: String(info.status), source: 'CHECK', raw: info });
    }
    await applyDeliveries(ctx.sql, items);
  }
  return loadNoticeRows(ctx.sql, ids);
}

function sqlOf(db: Db): Sql {
  return db.$client;
}

function idxNoticeId(report: SmsDeliveryReport): string | null {
  const id = report.idx?.startsWith('notice:') ? report.idx.slice('notice:'.length) : null;
  return id && isUuid(id) ? id : null;
}

/**
 * Delivery callbacks (SMSAPI notify_url; one request may carry several reports): the notices are found by provider
 * id (or, for a notice whose provider id is not known — sent by an earlier attempt, answered "already sent" — by idx)
 * in one query, and the statuses applied set-based (applyDeliveries).
 */
async function onDeliveryReports(reports: SmsDeliveryReport[], db: Db): Promise<void> {
  if (!reports.length) return;
  const sql = sqlOf(db);
  const providerIds = [...new Set(reports.map((r) => r.providerId))];
  const idxIds = [...new Set(reports.map(idxNoticeId).filter((x): x is string => x !== null))];
  const rows = await sql<DeliveryRow[]>`
    select id, send_status, sent_at, provider_message_id, delivery_status, delivery_status_at, failure_reason, failure_retryable
    from notices where provider_message_id = any(${providerIds}::text[])
    ${idxIds.length ? sql`or (id = any(${idxIds}::uuid[]) and provider_message_id is null)` : sql``}`;
  const byProvider = new Map(rows.filter((r) => r.provider_message_id).map((r) => [r.provider_message_id!, r]));
  const byIdx = new Map(rows.filter((r) => !r.provider_message_id).map((r) => [r.id, r]));
  const items: DeliveryItem[] = [];
  for (const r of reports) {
    const idx = idxNoticeId(r);
    const row = byProvider.get(r.providerId) ?? (idx ? byIdx.get(idx) : undefined);
    if (row) items.push({ row, status: r.status, source: 'CALLBACK', raw: r.raw });
  }
  await applyDeliveries(sql, items);
}

let listening = false;
export function listenForDeliveryReports(): void {
  if (listening) return;
  listening = true;
  onSmsDeliveryReports(onDeliveryReports);
}

/**
 * Bounces of e-mail notices (issue 25; integrations/mail-bounces.ts): a SENT e-mail notice whose Message-ID the bounce
 * names goes → BOUNCED (domain `nextSendState` BOUNCE) with the diagnostic as its failure reason; every report is kept
 * in its status history (source BOUNCE; applied false for a repeated one or an unknown state).
 */
async function applyMailBounces(sql: SqlHandle, bounces: MailBounce[]): Promise<number> {
  if (!bounces.length) return 0;
  const ids = [...new Set(bounces.map((b) => bareMessageId(b.messageId)))];
  const rows = await sql<DeliveryRow[]>`
    select id, send_status, sent_at, provider_message_id, delivery_status, delivery_status_at, failure_reason, failure_retryable
    from notices where channel = 'EMAIL' and provider_message_id is not null and btrim(provider_message_id, '<>') = any(${ids}::text[])`;
  const byId = new Map(rows.map((r) => [bareMessageId(r.provider_message_id!), r]));
  let applied = 0;
  for (const b of bounces) {
    const row = byId.get(bareMessageId(b.messageId));
    if (!row) continue;
    fixDates(row as NoticeRow);
    const t = nextSendState(sendStateOf(row), { type: 'BOUNCE', reason: b.diagnostic });
    const ok = t.ok && t.changed;
    const raw = JSON.stringify({ recipient: b.recipient, diagnostic: b.diagnostic });
    if (ok) {
      // the new status and its history row in one statement: nobody reads BOUNCED without its history
      const [u] = await sql<{ updated: number }[]>`
        with u as (
          update notices set send_status = 'BOUNCED', bounced_at = now(), failure_reason = ${b.diagnostic}, failure_retryable = false, updated_at = now()
           where id = ${row.id} and send_status = 'SENT' returning id)
        insert into notice_status_history (notice_id, status, source, applied, raw)
        values (${row.id}, 'BOUNCED', 'BOUNCE', true, ${raw}::jsonb)
        returning (select count(*)::int from u) as updated`;
      if (u?.updated) applied++;
      row.send_status = 'BOUNCED';
    } else {
      await sql`insert into notice_status_history (notice_id, status, source, applied, raw) values (${row.id}, 'BOUNCED', 'BOUNCE', false, ${raw}::jsonb)`;
    }
  }
  return applied;
}

let listeningBounces = false;
export function listenForMailBounces(): void {
  if (listeningBounces) return;
  listeningBounces = true;
  onMailBounces(async (bounces, db) => {
    await applyMailBounces(sqlOf(db), bounces);
  });
}
