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
  const items = await sql<{ notice_id: string; outcome: string; reason: string | null }[]>`
    select notice_id, outcome, reason from notice_send_job_items where job_id = ${jobId} order by position`;
  const count = (o: string) => items.filter((i) => i.outcome === o).length;
  return {
    id: job.id, status: job.status, total: job.total, sent: count('SENT'), failed: count('FAILED'), aborted: count('ABORTED'), pending: count('PENDING'),
    processed: items.length - count('PENDING'), abortRequested: job.abort_requested, createdAt: new Date(job.created_at), finishedAt: job.finished_at ? new Date(job.finished_at) : null,
    failures: items.filter((i) => i.outcome === 'FAILED').map((i) => ({ noticeId: i.notice_id, reason: i.reason ?? '' })),
  };
}

// ----------------------------------------------------------------------------------------------------------------
// the worker

async function markItem(sql: Sql, jobId: string, noticeId: string, outcome: string, reason: string | null) {
  await sql`update notice_send_job_items set outcome = ${outcome}, reason = ${reason}, updated_at = now() where job_id = ${jobId} and notice_id = ${noticeId}`;
}

async function history(sql: Sql, noticeId: string, status: string, source: string, applied: boolean, raw: unknown) {
  await sql`insert into notice_status_history (notice_id, status, source, applied, raw) values (${noticeId}, ${status}, ${source}, ${applied}, ${raw === null ? null : JSON.stringify(raw)}::jsonb)`;
}

async function abortRest(sql: Sql, jobId: string) {
  await sql.begin(async (tx0) => {
    const tx = tx0 as unknown as Sql;
    const queued = await tx<{ id: string }[]>`select id from notices where send_job_id = ${jobId} and send_status = 'QUEUED' for update`;
    if (queued.length) transition({ status: 'QUEUED' }, { type: 'ABORT' }); // QUEUED → DRAFT
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
 * Processes one send job, resumable after a crash: each notice is claimed with `UPDATE … WHERE send_status = 'QUEUED'`
 * (QUEUED → SENDING); a notice found SENDING (a previous attempt died after claiming it) is sent again with the same
 * idx, so the provider either accepts it now or answers "already sent" (check_idx) — never a second message.
 */
export async function runSendJob(db: DbHandle, jobId: string, log?: Logger): Promise<void> {
  const sql = db.sql;
  const [job] = await sql<{ status: string }[]>`select status from notice_send_jobs where id = ${jobId}`;
  if (!job || job.status === 'DONE' || job.status === 'ABORTED') return;
  let gw: SmsGateway | null = null;
  for (;;) {
    // one round trip: abort flag and the next pending item
    const [next] = await sql<{ abort_requested: boolean; notice_id: string | null; position: number | null }[]>`
      select j.abort_requested, i.notice_id, i.position from notice_send_jobs j
      left join lateral (select notice_id, position from notice_send_job_items where job_id = j.id and outcome = 'PENDING' order by position limit 1) i on true
      where j.id = ${jobId}`;
    if (next.abort_requested) {
      await abortRest(sql, jobId);
      return;
    }
    if (!next.notice_id) break;
    const item = { notice_id: next.notice_id, position: next.position ?? 0 };
    const id = item.notice_id;
    let [n] = await sql<NoticeRow[]>`update notices set send_status = 'SENDING', updated_at = now()
      where id = ${id} and send_status = 'QUEUED' and send_job_id = ${jobId} returning *`;
    if (!n) {
      const [cur] = await sql<NoticeRow[]>`select * from notices where id = ${id}`;
      if (cur && cur.send_status === 'SENDING' && cur.send_job_id === jobId) n = cur; // resumed after a crash
      else {
        const st = cur?.send_status;
        await markItem(sql, jobId, id, st === 'SENT' ? 'SENT' : 'FAILED', st === 'SENT' ? null : `Not sent: the notice is ${st ?? 'deleted'}`);
        continue;
      }
    }
    fixDates(n);
    try {
      gw ??= await getSmsGateway(db.db);
    } catch (err) {
      // integration switched off meanwhile: certainly not handed over → retryable failure
      await failNotice(sql, jobId, id, (err as Error).message, true);
      continue;
    }
    try {
      const res = await sendWithRetry(gw, { to: n.phone!, text: n.text!, idx: noticeIdx(id) });
      if (sendHooks.afterAccepted) await sendHooks.afterAccepted(id, item.position);
      const sentAt = new Date();
      const state = transition({ status: 'SENDING' }, {
        type: 'ACCEPTED', providerMessageId: res.providerId ?? `idx:${noticeIdx(id)}`, sentAt: sentAt.toISOString(),
        deliveryStatus: isSmsapiStatus(res.status) ? (res.status as SmsapiStatus) : 'QUEUE',
      });
      await sql.begin(async (tx0) => {
        const tx = tx0 as unknown as Sql;
        await tx`update notices set send_status = 'SENT', sent_at = ${sentAt.toISOString()}::timestamptz, provider_message_id = ${res.providerId}, delivery_status = ${state.deliveryStatus ?? 'QUEUE'},
          delivery_status_at = ${sentAt.toISOString()}::timestamptz, failure_reason = null, failure_retryable = null, updated_at = now() where id = ${id} and send_status = 'SENDING'`;
        await history(tx, id, state.deliveryStatus ?? 'QUEUE', 'SEND', true, { providerId: res.providerId, alreadySent: res.alreadySent, points: res.points });
        await markItem(tx, jobId, id, 'SENT', res.alreadySent ? 'Already handed over to the provider by an earlier attempt (idx)' : null);
      });
    } catch (err) {
      if (err instanceof SmsGatewayError) {
        await failNotice(sql, jobId, id, `${err.reason}: ${err.message}`, err.retryable);
        continue;
      }
      log?.warn({ err, jobId, noticeId: id }, 'send job interrupted');
      throw err; // a crash: pg-boss retries the job, which resumes here
    }
  }
  await sql`update notice_send_jobs set status = case when abort_requested then 'ABORTED' else 'DONE' end, finished_at = now() where id = ${jobId}`;
}

/** FAIL: retryable = the provider certainly has no message, or a re-send is safe thanks to idx/check_idx. */
async function failNotice(sql: Sql, jobId: string, id: string, reason: string, retryable: boolean) {
  transition({ status: 'SENDING' }, { type: 'FAIL', reason, retryable });
  await sql.begin(async (tx0) => {
    const tx = tx0 as unknown as Sql;
    await tx`update notices set send_status = 'FAILED', failure_reason = ${reason}, failure_retryable = ${retryable}, updated_at = now() where id = ${id} and send_status = 'SENDING'`;
    await history(tx, id, 'FAILED', 'SEND', true, { reason, retryable });
    await markItem(tx, jobId, id, 'FAILED', reason);
  });
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
