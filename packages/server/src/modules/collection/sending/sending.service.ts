import {
  isSmsapiStatus, makeIssue, nextSendState, sendNoticeIssues, type NoticeSendState, type SendEvent, type SmsapiStatus, type ValidationIssue,
} from '@raty/domain';
import type { Logger } from 'pino';
import type { Db, DbHandle, Sql } from '../../../db/client.js';
import type { Context } from '../../../graphql/context.js';
import { NotFound } from '../../../graphql/errors.js';
import { enqueue, registerWorker } from '../../../jobs/queue.js';
import { onSmsDeliveryReport, type SmsDeliveryReport } from '../../../integrations/sms-callbacks.js';
import { SmsGatewayError, type SmsGateway } from '../../../integrations/sms-gateway.js';
import { getSmsGateway } from '../../settings/index.js';
import { auditTx, isUuid, staffUserId, throwIssues } from '../common.js';
import { fixDates, loadNoticeRows, noticeLike, sendStateOf, type NoticeRow } from '../notices/notices.service.js';

export const NOTICE_SEND_QUEUE = 'notices-send';

/** SMSAPI idempotency key of a notice (check_idx=1): the same notice is never accepted twice by the provider. */
export function noticeIdx(noticeId: string): string {
  return `notice:${noticeId}`;
}

/** Test hooks: simulate a worker crash between the provider's acceptance and the DB commit. */
export const sendHooks: { afterAccepted?: (noticeId: string, position: number) => void | Promise<void>; attempts: number; retryDelayMs: number } = {
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
 * Starts a send job for SMS notices: those that may be sent (domain `sendNoticeIssues` + `nextSendState` QUEUE) go
 * DRAFT/FAILED(retryable) → QUEUED in one statement; the others are reported as failures of the job at once.
 * Without an active SMS integration the whole request is refused (FEATURE_DISABLED "SMS integration is not active").
 */
export async function startSendJob(ctx: Context, ids: string[]): Promise<string> {
  if (!ids.length) throwIssues([makeIssue('ids', 'required', 'Choose at least one notice')]);
  const unique = [...new Set(ids)];
  await getSmsGateway(ctx.db); // refuses when the integration is not active
  const rows = await loadNoticeRows(ctx.sql, unique);
  const found = new Map(rows.map((r) => [r.id, r]));
  const issues: ValidationIssue[] = [];
  unique.forEach((id, k) => { if (!found.has(id)) issues.push(makeIssue(`ids[${k}]`, 'notFound', 'Notice not found', { id })); });
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
    const tx = tx0 as unknown as Sql;
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

/** "Przerwij": the worker stops after the message in flight; notices not yet handed over go back to DRAFT. */
export async function abortSendJob(ctx: Context, jobId: string) {
  const rows = await ctx.sql`update notice_send_jobs set abort_requested = true, status = case when status = 'RUNNING' then 'ABORTING' else status end
    where id = ${jobId} returning id`;
  if (!rows.length) throw new NotFound('Send job');
  await auditTx(ctx.sql, ctx, 'ABORT', 'notice_send_job', jobId, null, null);
  return sendJobProgress(ctx.sql, jobId);
}

export async function sendJobProgress(sql: Sql, jobId: string) {
  if (!isUuid(jobId)) throw new NotFound('Send job');
  const [job] = await sql<{ id: string; status: string; total: number; abort_requested: boolean; created_at: Date; finished_at: Date | null }[]>`
    select id, status, total, abort_requested, created_at, finished_at from notice_send_jobs where id = ${jobId}`;
  if (!job) throw new NotFound('Send job');
  // counted in SQL (polled every few ms by the SPA while a job runs); only the failures are read row by row
  const [[c], failures] = await Promise.all([
    sql<{ sent: number; failed: number; aborted: number; pending: number; n: number }[]>`select count(*) filter (where outcome = 'SENT')::int as sent,
      count(*) filter (where outcome = 'FAILED')::int as failed, count(*) filter (where outcome = 'ABORTED')::int as aborted,
      count(*) filter (where outcome = 'PENDING')::int as pending, count(*)::int as n from notice_send_job_items where job_id = ${jobId}`,
    sql<{ notice_id: string; reason: string | null }[]>`select notice_id, reason from notice_send_job_items where job_id = ${jobId} and outcome = 'FAILED' order by position`,
  ]);
  return {
    id: job.id, status: job.status, total: job.total, sent: c.sent, failed: c.failed, aborted: c.aborted, pending: c.pending,
    processed: c.n - c.pending, abortRequested: job.abort_requested, createdAt: new Date(job.created_at), finishedAt: job.finished_at ? new Date(job.finished_at) : null,
    failures: failures.map((i) => ({ noticeId: i.notice_id, reason: i.reason ?? '' })),
  };
}

// ----------------------------------------------------------------------------------------------------------------
// the worker

async function history(sql: Sql, noticeId: string, status: string, source: string, applied: boolean, raw: unknown) {
  await sql`insert into notice_status_history (notice_id, status, source, applied, raw) values (${noticeId}, ${status}, ${source}, ${applied}, ${raw === null ? null : JSON.stringify(raw)}::jsonb)`;
}

async function abortRest(sql: Sql, jobId: string, claimedNotStarted: string[] = []) {
  await sql.begin(async (tx0) => {
    const tx = tx0 as unknown as Sql;
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

async function sendWithRetry(gw: SmsGateway, input: Parameters<SmsGateway['send']>[0]) {
  let last: SmsGatewayError | undefined;
  for (let attempt = 0; attempt < sendHooks.attempts; attempt++) {
    try {
      return await gw.send(input);
    } catch (err) {
      last = err instanceof SmsGatewayError ? err : new SmsGatewayError(String((err as Error)?.message ?? err), 'PROVIDER', false);
      if (!last.retryable) throw last;
      await new Promise((r) => setTimeout(r, sendHooks.retryDelayMs * (attempt + 1)));
    }
  }
  throw last!;
}

/**
 * Send job tuning: notices claimed per batch (one UPDATE … RETURNING), sends in flight, completions that start a write.
 * RATY_SMS_SEND_CONCURRENCY overrides the sends in flight (e.g. 1 to send strictly one by one).
 */
export const sendTuning = {
  batchSize: 100,
  concurrency: Math.max(1, Math.min(64, Number(process.env.RATY_SMS_SEND_CONCURRENCY) || 16)),
  flushEvery: 1,
  abortPollMs: 50,
};

interface Claimed { id: string; position: number; phone: string; text: string }
type Outcome =
  | { kind: 'SENT'; id: string; sentAt: string; providerId: string | null; delivery: string; raw: unknown; reason: string | null }
  | { kind: 'FAILED'; id: string; reason: string; retryable: boolean };

/**
 * Claims the next batch of PENDING items of the job (by position) in one statement: QUEUED notices go → SENDING;
 * notices found SENDING for this job (a previous attempt died after claiming them) are resumed; any other item is
 * settled at once (SENT stays SENT, anything else FAILED "Not sent: …").
 */
async function claimBatch(sql: Sql, jobId: string, limit: number, afterPosition = -1): Promise<{ claimed: Claimed[]; pending: number; last: number }> {
  const rows = await sql<{ notice_id: string; position: number; cur: string | null; job: string | null; claimed: boolean; phone: string | null; text: string | null }[]>`
    with pend as (
      select notice_id, position from notice_send_job_items where job_id = ${jobId} and outcome = 'PENDING' and position > ${afterPosition}
      order by position limit ${limit}
    ), cl as (
      update notices n set send_status = 'SENDING', updated_at = now() from pend
      where n.id = pend.notice_id and n.send_status = 'QUEUED' and n.send_job_id = ${jobId} returning n.id
    )
    select pend.notice_id, pend.position, n.send_status as cur, n.send_job_id as job, (cl.id is not null) as claimed, n.phone, n.text
    from pend left join notices n on n.id = pend.notice_id left join cl on cl.id = pend.notice_id
    order by pend.position`;
  const claimed: Claimed[] = [];
  const settled: [string, string, string | null][] = [];
  for (const r of rows) {
    if (r.claimed || (r.cur === 'SENDING' && r.job === jobId)) claimed.push({ id: r.notice_id, position: r.position, phone: r.phone!, text: r.text! });
    else settled.push([r.notice_id, r.cur === 'SENT' ? 'SENT' : 'FAILED', r.cur === 'SENT' ? null : `Not sent: the notice is ${r.cur ?? 'deleted'}`]);
  }
  if (settled.length) {
    await sql.unsafe(
      `update notice_send_job_items i set outcome = r->>1, reason = r->>2, updated_at = now()
       from json_array_elements($2::json) r where i.job_id = $1::uuid and i.notice_id = (r->>0)::uuid`,
      [jobId, JSON.stringify(settled)],
    );
  }
  return { claimed, pending: rows.length, last: rows.length ? rows[rows.length - 1].position : afterPosition };
}

/** Records the outcomes of sent/failed notices set-based, in one transaction (notices, history, job items). */
async function recordOutcomes(sql: Sql, jobId: string, outs: Outcome[]) {
  if (!outs.length) return;
  const sent = outs.filter((o): o is Extract<Outcome, { kind: 'SENT' }> => o.kind === 'SENT');
  const failed = outs.filter((o): o is Extract<Outcome, { kind: 'FAILED' }> => o.kind === 'FAILED');
  await sql.begin(async (tx0) => {
    const tx = tx0 as unknown as Sql;
    if (sent.length) {
      await tx.unsafe(
        `update notices n set send_status = 'SENT', sent_at = (r->>1)::timestamptz, provider_message_id = r->>2, delivery_status = r->>3,
           delivery_status_at = (r->>1)::timestamptz, failure_reason = null, failure_retryable = null, updated_at = now()
         from json_array_elements($1::json) r where n.id = (r->>0)::uuid and n.send_status = 'SENDING'`,
        [JSON.stringify(sent.map((o) => [o.id, o.sentAt, o.providerId, o.delivery]))],
      );
    }
    if (failed.length) {
      await tx.unsafe(
        `update notices n set send_status = 'FAILED', failure_reason = r->>1, failure_retryable = (r->>2)::boolean, updated_at = now()
         from json_array_elements($1::json) r where n.id = (r->>0)::uuid and n.send_status = 'SENDING'`,
        [JSON.stringify(failed.map((o) => [o.id, o.reason, o.retryable]))],
      );
    }
    await tx.unsafe(
      `insert into notice_status_history (notice_id, status, source, applied, raw)
       select (r->>0)::uuid, r->>1, 'SEND', true, (r->2) from json_array_elements($1::json) r`,
      [JSON.stringify(outs.map((o) => o.kind === 'SENT' ? [o.id, o.delivery, o.raw] : [o.id, 'FAILED', { reason: o.reason, retryable: o.retryable }]))],
    );
    await tx.unsafe(
      `update notice_send_job_items i set outcome = r->>1, reason = r->>2, updated_at = now()
       from json_array_elements($2::json) r where i.job_id = $1::uuid and i.notice_id = (r->>0)::uuid`,
      [jobId, JSON.stringify(outs.map((o) => [o.id, o.kind, o.reason]))],
    );
  });
}

/**
 * Processes one send job, resumable after a crash. Per batch: the next PENDING items are claimed with one
 * `UPDATE … WHERE send_status = 'QUEUED' … RETURNING` (QUEUED → SENDING); a notice found SENDING (a previous attempt
 * died after claiming it) is sent again with the same idx, so the provider either accepts it now or answers "already
 * sent" (check_idx) — never a second message. Sends run with bounded concurrency; outcomes are written set-based
 * by one writer at a time, each write taking everything completed meanwhile (group commit). The abort
 * flag is checked between batches and (polled every 50 ms) before each send; notices claimed but not yet handed over
 * go back to QUEUED and then, with the rest, to DRAFT.
 */
export async function runSendJob(db: DbHandle, jobId: string, log?: Logger): Promise<void> {
  const sql = db.sql;
  const [job] = await sql<{ status: string }[]>`select status from notice_send_jobs where id = ${jobId}`;
  if (!job || job.status === 'DONE' || job.status === 'ABORTED') return;
  let gw: SmsGateway | null = null;
  const abortRequested = async () => {
    const [j] = await sql<{ abort_requested: boolean }[]>`select abort_requested from notice_send_jobs where id = ${jobId}`;
    return !j || j.abort_requested;
  };
  for (;;) {
    if (await abortRequested()) {
      await abortRest(sql, jobId);
      return;
    }
    const { claimed, pending } = await claimBatch(sql, jobId, sendTuning.batchSize);
    if (!pending) break;
    if (!claimed.length) continue;
    try {
      gw ??= await getSmsGateway(db.db);
    } catch (err) {
      // integration switched off meanwhile: certainly not handed over → retryable failure
      const reason = (err as Error).message;
      transition({ status: 'SENDING' }, { type: 'FAIL', reason, retryable: true });
      await recordOutcomes(sql, jobId, claimed.map((c) => ({ kind: 'FAILED', id: c.id, reason, retryable: true })));
      continue;
    }
    const gateway = gw;
    let aborted = false;
    let crash: unknown = null;
    const poll = setInterval(() => {
      abortRequested().then((a) => { if (a) aborted = true; }, () => {});
    }, sendTuning.abortPollMs);
    poll.unref?.();
    const done: Outcome[] = [];
    const notStarted: string[] = [];
    let flushing: Promise<void> | null = null;
    // one writer at a time, each write taking everything completed meanwhile (group commit)
    const flush = (): Promise<void> => {
      flushing ??= (async () => {
        try {
          while (done.length) await recordOutcomes(sql, jobId, done.splice(0));
        } catch (err) {
          crash ??= err;
        } finally {
          flushing = null;
        }
      })();
      return flushing;
    };
    let next = 0;
    const worker = async () => {
      for (;;) {
        const k = next++;
        if (k >= claimed.length) return;
        const c = claimed[k];
        if (aborted || crash) {
          notStarted.push(c.id);
          continue;
        }
        try {
          const res = await sendWithRetry(gateway, { to: c.phone, text: c.text, idx: noticeIdx(c.id) });
          if (sendHooks.afterAccepted) await sendHooks.afterAccepted(c.id, c.position);
          const sentAt = new Date().toISOString();
          const state = transition({ status: 'SENDING' }, {
            type: 'ACCEPTED', providerMessageId: res.providerId ?? `idx:${noticeIdx(c.id)}`, sentAt,
            deliveryStatus: isSmsapiStatus(res.status) ? (res.status as SmsapiStatus) : 'QUEUE',
          });
          done.push({
            kind: 'SENT', id: c.id, sentAt, providerId: res.providerId, delivery: state.deliveryStatus ?? 'QUEUE',
            raw: { providerId: res.providerId, alreadySent: res.alreadySent, points: res.points },
            reason: res.alreadySent ? 'Already handed over to the provider by an earlier attempt (idx)' : null,
          });
        } catch (err) {
          if (err instanceof SmsGatewayError) {
            const reason = `${err.reason}: ${err.message}`;
            transition({ status: 'SENDING' }, { type: 'FAIL', reason, retryable: err.retryable });
            done.push({ kind: 'FAILED', id: c.id, reason, retryable: err.retryable });
          } else {
            crash ??= err;
            log?.warn({ err, jobId, noticeId: c.id }, 'send job interrupted');
          }
        }
        if (done.length >= sendTuning.flushEvery) void flush();
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(sendTuning.concurrency, claimed.length) }, worker));
      while (flushing || done.length) await flush();
    } finally {
      clearInterval(poll);
    }
    if (crash) throw crash; // a crash: pg-boss retries the job, which resumes here (SENDING notices re-sent with the same idx)
    if (aborted) {
      // claimed but certainly not handed over: back to QUEUED, then with the rest → DRAFT (one transaction)
      await abortRest(sql, jobId, notStarted);
      return;
    }
  }
  await sql`update notice_send_jobs set status = case when abort_requested then 'ABORTED' else 'DONE' end, finished_at = now() where id = ${jobId}`;
}

let registered = false;
/** Registers the send worker (main.ts, tests). */
export async function registerNoticeSendWorker(db: DbHandle, log?: Logger): Promise<void> {
  if (registered) return;
  registered = true;
  await registerWorker<{ jobId: string }>(NOTICE_SEND_QUEUE, async (job) => runSendJob(db, job.data.jobId, log), {
    retryLimit: 5, retryDelay: 1, expireInSeconds: 900, pollingIntervalSeconds: 0.5,
  });
}

export function resetNoticeSendWorkerRegistration() {
  registered = false;
}

// ----------------------------------------------------------------------------------------------------------------
// delivery status: check (polling) and callback

/** Applies one delivery report with the domain's state machine (older reports and anything after a final status are ignored). */
export async function applyDelivery(sql: Sql, n: NoticeRow, status: string, source: 'CHECK' | 'CALLBACK', raw: unknown): Promise<boolean> {
  fixDates(n);
  const state = sendStateOf(n);
  if (!isSmsapiStatus(status)) {
    await history(sql, n.id, status, source, false, raw);
    return false;
  }
  const t = nextSendState(state, { type: 'DELIVERY', status, at: new Date().toISOString() });
  const applied = t.ok && t.changed;
  await sql.begin(async (tx0) => {
    const tx = tx0 as unknown as Sql;
    if (applied) {
      await tx`update notices set delivery_status = ${status}, delivery_status_at = now(), updated_at = now()
        where id = ${n.id} and send_status = 'SENT' and delivery_status is not distinct from ${n.delivery_status}`;
    }
    await history(tx, n.id, status, source, applied, raw);
  });
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
    for (const r of pending) {
      const info = byId.get(r.provider_message_id!);
      if (info) await applyDelivery(ctx.sql, r, String(info.status), 'CHECK', info);
    }
  }
  return loadNoticeRows(ctx.sql, ids);
}

function sqlOf(db: Db): Sql {
  return (db as unknown as { $client: Sql }).$client;
}

/** Delivery callbacks (SMSAPI notify_url): find the notice by provider id (or idx) and apply the status. */
export async function onDeliveryReport(report: SmsDeliveryReport, db: Db): Promise<void> {
  const sql = sqlOf(db);
  const byIdx = report.idx?.startsWith('notice:') ? report.idx.slice('notice:'.length) : null;
  const rows = await sql<NoticeRow[]>`select * from notices where provider_message_id = ${report.providerId}
    ${byIdx && isUuid(byIdx) ? sql`or (id = ${byIdx} and provider_message_id is null)` : sql``} limit 1`;
  if (!rows[0]) return;
  await applyDelivery(sql, rows[0], report.status, 'CALLBACK', report.raw);
}

let listening = false;
export function listenForDeliveryReports(): void {
  if (listening) return;
  listening = true;
  onSmsDeliveryReport(onDeliveryReport);
}
