import { parseMoney, sumMoney, validateIsoDate, makeIssue, type ValidationIssue } from '@raty/domain';
import type { Context } from '../../../graphql/context.js';
import { BadUserInput, NotFound } from '../../../graphql/errors.js';
import { businessDate } from '../../../lib/business-date.js';
import { assertActive, auditTx, isUuid, requireUuid, staffUserId, throwIssues } from '../common.js';
import { placeHold } from '../holds/holds.service.js';
import { fileItemsAsOf } from '../items.js';
import { addressees } from '../notices/notices.service.js';
import { promiseOutcomes } from '../notices/notice-reads.service.js';
import type { CallTaskFilterInput, CallTaskType, LogCallOutcomeInput } from './calls.types.js';

/**
 * A collector's call list (issue 31): a call task is a notice of the channel PHONE_CALL ("Rozmowa telefoniczna", COLL-3)
 * with `task_status` OPEN, due on `due_on`, assigned to a collector or to nobody. Logging the outcome makes it DONE: it
 * stays on the file's history as the notice of the call.
 */

interface TaskRow {
  id: string;
  file_id: string;
  file_number: number;
  kind_code: string;
  currency: string;
  party_id: string;
  addressee_name: string;
  phone: string | null;
  due_on: string;
  assigned_to: string | null;
  note: string | null;
}

/** The OPEN call tasks due on or before `dueOn` (default today), filtered by assignee; "mine" = assigned to `me` or nobody. */
export async function callTasks(ctx: Context, filter: CallTaskFilterInput & { mine?: boolean }): Promise<CallTaskType[]> {
  const today = businessDate();
  const dueOn = filter.dueOn ?? today;
  const d = validateIsoDate(dueOn, { field: 'filter.dueOn' });
  if (!d.ok) throwIssues(d.issues);
  const me = staffUserId(ctx);
  if (filter.assignedTo && !isUuid(filter.assignedTo)) throw BadUserInput.field('filter.assignedTo', 'uuid', 'assignedTo must be a user id');
  const { sql } = ctx;
  const rows = await sql<TaskRow[]>`
    select n.id, n.file_id, f.number as file_number, k.code as kind_code, k.currency, n.party_id, n.addressee_name, n.phone, n.due_on::text, n.assigned_to, n.note
      from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id
     where n.channel = 'PHONE_CALL' and n.task_status = 'OPEN' and n.due_on <= ${dueOn}::date
       ${filter.mine ? sql`and (n.assigned_to = ${me} or n.assigned_to is null)` : sql``}
       ${filter.assignedTo ? sql`and n.assigned_to = ${filter.assignedTo}` : sql``}
       ${filter.unassigned ? sql`and n.assigned_to is null` : sql``}
     order by n.due_on, f.number, n.created_at, n.id`;
  if (!rows.length) return [];
  const fileIds = [...new Set(rows.map((r) => r.file_id))];
  const [items, parties, contacts, promises] = await Promise.all([
    fileItemsAsOf(sql, fileIds, today),
    addressees(
      sql,
      rows.filter((r) => !r.phone).map((r) => r.party_id),
      today,
    ),
    sql<{ file_id: string; id: string; created_on: string; channel: string; call_outcome: string | null }[]>`
      select file_id, id, created_on::text, channel, call_outcome from (
        select n.*, row_number() over (partition by n.file_id order by n.created_at desc, n.id desc) as rn from notices n
         where n.file_id = any(${fileIds}::uuid[]) and (n.task_status is null or n.task_status = 'DONE')) x where rn <= 3 order by file_id, rn`,
    sql<{ file_id: string; id: string; promise_date: string; promise_amount: string | null; created_on: string }[]>`
      select file_id, id, promise_date::text, promise_amount, created_on::text from notices where file_id = any(${fileIds}::uuid[]) and promise_date >= ${today}::date order by promise_date, id`,
  ]);
  const outcomes = await promiseOutcomes(
    sql,
    promises.map((p) => ({ id: p.id, promiseDate: p.promise_date, createdOn: p.created_on })),
  );
  return rows.map((r) => {
    const a = parties.get(r.party_id);
    return {
      id: r.id,
      fileId: r.file_id,
      fileNumber: r.file_number,
      kindCode: r.kind_code,
      partyId: r.party_id,
      addresseeName: r.addressee_name,
      phone: r.phone ?? a?.mobile ?? a?.contacts.find((c) => c.type !== 'EMAIL' && c.type !== 'FAX')?.value ?? null,
      dueOn: r.due_on,
      assignedTo: r.assigned_to,
      note: r.note,
      overdue: sumMoney((items.get(r.file_id) ?? []).map((i) => i.overdueBalance)),
      currency: r.currency,
      lastContacts: contacts.filter((c) => c.file_id === r.file_id).map((c) => ({ noticeId: c.id, createdOn: c.created_on, channel: c.channel, callOutcome: c.call_outcome })),
      pendingPromises: promises
        .map((p, i) => ({ p, o: outcomes[i]! }))
        .filter(({ p, o }) => p.file_id === r.file_id && o === 'PENDING')
        .map(({ p, o }) => ({ noticeId: p.id, promiseDate: p.promise_date, promiseAmount: p.promise_amount, outcome: o })),
    } as CallTaskType;
  });
}

/** The promise fields of a PROMISE outcome: a date from today on and an amount > 0 (2 decimals), else one error naming both. */
function checkPromise(input: LogCallOutcomeInput, today: string): { date: string; amount: string } {
  const issues: ValidationIssue[] = [];
  if (!input.promiseDate) issues.push(makeIssue('input.promiseDate', 'required', 'A promise needs a promise-to-pay date'));
  else if (input.promiseDate < today) issues.push(makeIssue('input.promiseDate', 'date.min', 'The promise-to-pay date cannot be in the past', { min: today }));
  let amount: string | null = null;
  if (!input.promiseAmount) issues.push(makeIssue('input.promiseAmount', 'required', 'A promise needs an amount'));
  else {
    try {
      if (parseMoney(input.promiseAmount.trim(), 'promiseAmount') > 0n) amount = sumMoney([input.promiseAmount.trim()]);
      else issues.push(makeIssue('input.promiseAmount', 'money.positive', 'The promised amount must be greater than 0'));
    } catch {
      issues.push(makeIssue('input.promiseAmount', 'money.format', 'The promised amount must be a number with at most 2 decimals'));
    }
  }
  throwIssues(issues);
  return { date: input.promiseDate!, amount: amount! };
}

/**
 * Logs a call's outcome: the OPEN task becomes DONE with `call_outcome` (its notice is the "Rozmowa telefoniczna" on
 * the file's history). PROMISE sets the promise date and amount; DISPUTE places a DISPUTE hold on the file (source: the
 * task); WRONG_NUMBER appends "wrong number" to the note of the contact that was called (no contact is deleted: the
 * collector or servicing corrects it on the party).
 */
export async function logCallOutcome(ctx: Context, input: LogCallOutcomeInput): Promise<string> {
  await assertActive(ctx);
  const id = requireUuid(input.taskId, 'Call task');
  const today = businessDate();
  const promise = input.outcome === 'PROMISE' ? checkPromise(input, today) : null;
  const note = input.note?.trim() ? input.note.trim().slice(0, 2000) : null;
  return ctx.sql.begin(async (tx) => {
    const [t] = await tx<{ id: string; file_id: string; party_id: string; phone: string | null; task_status: string | null; channel: string; note: string | null }[]>`
      select id, file_id, party_id, phone, task_status, channel, note from notices where id = ${id} for update`;
    if (!t || t.channel !== 'PHONE_CALL' || t.task_status === null) throw new NotFound('Call task');
    if (t.task_status !== 'OPEN') throw BadUserInput.field('input.taskId', 'task.notOpen', `The call task is ${t.task_status}, its outcome cannot be logged again`, { status: t.task_status });
    const merged = note ? (t.note ? `${t.note}\n${note}` : note) : t.note;
    await tx`update notices set task_status = 'DONE', call_outcome = ${input.outcome}, promise_date = ${promise?.date ?? null}, promise_amount = ${promise?.amount ?? null},
      note = ${merged}, created_on = ${today}, updated_at = now() where id = ${id}`;
    if (input.outcome === 'DISPUTE') await placeHold(tx, { fileId: t.file_id, reason: 'DISPUTE', note, sourceId: id, since: today, by: staffUserId(ctx) });
    if (input.outcome === 'WRONG_NUMBER' && t.phone) {
      const digits = (v: string) => v.replace(/\D/g, '').slice(-9);
      const called = (await tx<{ id: string; value: string; note: string | null }[]>`select id, value, note from contacts where party_id = ${t.party_id}`).filter(
        (c) => digits(c.value) === digits(t.phone!),
      );
      const mark = `wrong number (call ${today})`;
      for (const c of called) await tx`update contacts set note = ${(c.note ? `${c.note}; ${mark}` : mark).slice(0, 2000)}, updated_at = now() where id = ${c.id}`;
    }
    await auditTx(
      tx,
      ctx,
      'CALL_OUTCOME',
      'notice',
      id,
      { taskStatus: 'OPEN' },
      { taskStatus: 'DONE', outcome: input.outcome, promiseDate: promise?.date ?? null, promiseAmount: promise?.amount ?? null },
    );
    return id;
  });
}

/** Assigns (or, with `userId` null, un-assigns) OPEN call tasks; a task already DONE or CANCELLED is refused by its index. */
export async function assignCallTasks(ctx: Context, taskIds: string[], userId: string | null): Promise<number> {
  await assertActive(ctx);
  if (!taskIds.length) throw BadUserInput.field('taskIds', 'required', 'Select at least one call task');
  taskIds.forEach((t, i) => {
    if (!isUuid(t)) throw BadUserInput.field(`taskIds.${i}`, 'uuid', 'Not a call task id');
  });
  if (userId !== null) {
    const [u] = isUuid(userId) ? await ctx.sql<{ id: string }[]>`select id from users where id = ${userId}` : [];
    if (!u) throw BadUserInput.field('userId', 'user.unknown', 'No such staff user');
  }
  return ctx.sql.begin(async (tx) => {
    const rows = await tx<{ id: string; assigned_to: string | null; task_status: string | null; channel: string }[]>`
      select id, assigned_to, task_status, channel from notices where id = any(${taskIds}::uuid[]) for update`;
    taskIds.forEach((t, i) => {
      const r = rows.find((x) => x.id === t);
      if (!r || r.channel !== 'PHONE_CALL' || r.task_status === null) throw BadUserInput.field(`taskIds.${i}`, 'task.unknown', 'Not a call task');
      if (r.task_status !== 'OPEN') throw BadUserInput.field(`taskIds.${i}`, 'task.notOpen', `The call task is ${r.task_status}`, { status: r.task_status });
    });
    await tx`update notices set assigned_to = ${userId}, updated_at = now() where id = any(${taskIds}::uuid[])`;
    for (const r of rows) await auditTx(tx, ctx, 'ASSIGN', 'notice', r.id, { assignedTo: r.assigned_to }, { assignedTo: userId });
    return rows.length;
  });
}

/** A call task created by hand for a party of the file, due on `dueOn` (today or later), unassigned. */
export async function createCallTask(ctx: Context, input: { fileId: string; partyId: string; dueOn: string; note?: string | null }): Promise<string> {
  await assertActive(ctx);
  const today = businessDate();
  const fileId = requireUuid(input.fileId, 'Debtor file');
  const d = validateIsoDate(input.dueOn, { field: 'dueOn', min: today });
  if (!d.ok) throwIssues(d.issues);
  const [fp] = isUuid(input.partyId) ? await ctx.sql<{ party_id: string }[]>`select party_id from file_parties where file_id = ${fileId} and party_id = ${input.partyId}` : [];
  if (!fp) throw BadUserInput.field('partyId', 'party.notOnFile', 'The party is not on this debtor file');
  const a = (await addressees(ctx.sql, [fp.party_id], today)).get(fp.party_id);
  if (!a) throw new NotFound('Party');
  const phone = a.mobile ?? a.contacts.find((c) => c.type !== 'EMAIL' && c.type !== 'FAX')?.value ?? null;
  const note = input.note?.trim() ? input.note.trim().slice(0, 2000) : null;
  return ctx.sql.begin(async (tx) => {
    const [row] = await tx<{ id: string }[]>`
      insert into notices (file_id, party_id, reason, channel, created_on, phone, note, addressee_name, addressee_address, addressee_consent, addressee_departed, task_status, due_on, created_by)
      values (${fileId}, ${a.partyId}, 'OVERDUE', 'PHONE_CALL', ${today}, ${phone}, ${note}, ${a.name}, ${a.address}, ${a.smsConsent}, ${a.departed}, 'OPEN', ${input.dueOn}, ${staffUserId(ctx)})
      returning id`;
    await auditTx(tx, ctx, 'CREATE', 'notice', row!.id, null, { fileId, partyId: a.partyId, channel: 'PHONE_CALL', taskStatus: 'OPEN', dueOn: input.dueOn });
    return row!.id;
  });
}
