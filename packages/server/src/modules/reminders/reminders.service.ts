import { formatAmountPl, formatDatePl, formatMoney, normaliseSmsText, parseMoney, validateEmail, validatePlMobile, type ValidationIssue } from '@raty/domain';
import type { Logger } from 'pino';
import type { Db, Sql, SqlHandle } from '../../db/client.js';
import type { Actor } from '../../graphql/context.js';
import { BadUserInput, NotFound } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { getSmsGateway } from '../settings/index.js';
import { noActiveHold, sendEmailNotice } from '../collection/index.js';
import { audit } from '../common/index.js';
import { loadLoan, loanState, type LoanRow } from '../loans/index.js';
import { nextDailyRun, REMINDER_SCHEDULE } from './reminders.schedule.js';
import { getReminderSettings } from './reminders.settings.js';

export type ReminderKind = 'UPCOMING' | 'SK_DELAY';

export interface ReminderDeps {
  sql: Sql;
  db: Db;
  log: Logger;
  actor: Actor | null;
  requestId: string;
}

export interface NotifyInput {
  loanId: string;
  clientId: string;
  paymentDate: string;
  amountDue: string;
  notificationType: 'EMAIL' | 'SMS';
  contactInfo: string;
}

export interface NotifyResult {
  noticeId: string;
  channel: 'EMAIL' | 'SMS';
  sentTo: string;
  status: 'SENT' | 'FAILED';
  providerMessageId: string | null;
  failureReason: string | null;
  message: string;
  text: string;
}

interface Installment {
  number: number;
  due_date: string;
  total: string;
}

/** The reminder text (Polish for PL borrowers, Slovak for SK ones); SMS texts are normalised to GSM-7. */
function reminderText(
  kind: ReminderKind,
  country: string,
  loan: Pick<LoanRow, 'number' | 'repayment_account' | 'currency' | 'variable_symbol'>,
  inst: { number: number; dueDate: string; amount: string },
): string {
  const amount = formatAmountPl(inst.amount, loan.currency === 'EUR' ? 'EUR' : 'PLN');
  const date = formatDatePl(inst.dueDate);
  if (country === 'SK') {
    // the VS lets the bank statement match the transfer (docs/statements.md)
    const vs = loan.variable_symbol ? `, VS ${loan.variable_symbol}` : '';
    return kind === 'SK_DELAY'
      ? `Raty: splátka č. ${inst.number} úveru ${loan.number} v sume ${amount} splatná ${date} nebola uhradená. Prosíme o úhradu na účet ${loan.repayment_account}${vs}.`
      : `Raty: pripomíname splátku č. ${inst.number} úveru ${loan.number} v sume ${amount} splatnú ${date}. Účet: ${loan.repayment_account}${vs}.`;
  }
  return kind === 'SK_DELAY'
    ? `Raty: rata nr ${inst.number} umowy ${loan.number} w kwocie ${amount} z terminem ${date} nie została zapłacona. Prosimy o wpłatę na konto ${loan.repayment_account}.`
    : `Raty: przypominamy o racie nr ${inst.number} umowy ${loan.number} w kwocie ${amount}, płatnej ${date}. Konto: ${loan.repayment_account}.`;
}

function validateNotify(input: NotifyInput): string {
  const issues: ValidationIssue[] = [];
  if (!/^\d+(\.\d{1,2})?$/.test(input.amountDue) || /^0+(\.0+)?$/.test(input.amountDue)) {
    issues.push({ field: 'input.amountDue', rule: 'amount.positive', message: 'Amount due must be a positive amount with at most 2 decimals' });
  }
  let contact = input.contactInfo?.trim() ?? '';
  if (input.notificationType === 'EMAIL') {
    const e = validateEmail(contact, 'input.contactInfo');
    if (!e.ok) issues.push(...e.issues);
  } else {
    const m = validatePlMobile(contact, { field: 'input.contactInfo' } as never);
    if (!m.ok) issues.push(...m.issues.map((i) => ({ ...i, field: 'input.contactInfo' })));
    else contact = m.value;
  }
  if (issues.length) throw new BadUserInput(issues);
  return contact;
}

/**
 * MON-2 "notify of an upcoming installment": sends an e-mail or SMS to the given contact and records it as a
 * notice (reason UPCOMING, items = the installment) with its send outcome. Departed borrowers are never messaged.
 */
export async function notifyUpcomingInstallment(deps: ReminderDeps, input: NotifyInput, kind: ReminderKind = 'UPCOMING', opts: { rule?: ReminderKind } = {}): Promise<NotifyResult> {
  const contact = validateNotify(input);
  const loan = await loadLoan(deps.sql, input.loanId);
  if (!loan) throw new NotFound('Loan');
  const [party] = await deps.sql<
    {
      id: string;
      first_name: string | null;
      last_name: string | null;
      company_name: string | null;
      country: string;
      death_date: string | null;
      bankruptcy_date: string | null;
      sms_consent_number: string | null;
      consented_email: string | null;
    }[]
  >`
    select p.id, p.first_name, p.last_name, p.company_name, p.country, p.death_date, p.bankruptcy_date,
      (select c.value from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent limit 1) as sms_consent_number,
      (select c.value from contacts c where c.party_id = p.id and c.type = 'EMAIL' and c.sms_consent order by c.created_at limit 1) as consented_email
    from file_parties fp join parties p on p.id = fp.party_id
    where fp.file_id = ${loan.file_id} and fp.party_id = ${/^[0-9a-f-]{36}$/i.test(input.clientId) ? input.clientId : '00000000-0000-0000-0000-000000000000'} and fp.role in ('BORROWER', 'CO_BORROWER')`;
  if (!party) throw new NotFound('Loan');
  if (party.death_date || party.bankruptcy_date) {
    throw BadUserInput.field('input.clientId', 'party.departed', 'The borrower is departed (date of death or bankruptcy set): no reminders are sent');
  }
  const [inst] = await deps.sql<
    Installment[]
  >`select number, due_date, total from installments where loan_id = ${loan.id} and version = ${loan.schedule_version} and due_date = ${input.paymentDate} order by number limit 1`;
  if (!inst) throw BadUserInput.field('input.paymentDate', 'installment.notFound', `The loan has no installment due on ${input.paymentDate}`);

  const today = businessDate();
  const state = await loanState(deps.sql, loan, today);
  const pos = state.ledger.installments.find((p) => p.number === inst.number)!;
  const overdue = inst.due_date < today;
  const [kindRow] = await deps.sql<{ code: string }[]>`select k.code from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${loan.file_id}`;
  const raw = reminderText(kind, party.country, loan, { number: inst.number, dueDate: inst.due_date, amount: input.amountDue });
  const text = input.notificationType === 'SMS' ? normaliseSmsText(raw).text : raw;
  const name = party.company_name ?? [party.first_name, party.last_name].filter(Boolean).join(' ');
  const isEmail = input.notificationType === 'EMAIL';
  const manualPhone = !isEmail && party.sms_consent_number !== contact;
  const manualEmail = isEmail && (party.consented_email ?? '').toLowerCase() !== contact.toLowerCase();
  const subject = isEmail ? (party.country === 'SK' ? `Splátka úveru ${loan.number}` : `Rata umowy ${loan.number}`) : null;

  const noticeId = await deps.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const [n] = await tx<{ id: string }[]>`insert into notices (file_id, party_id, reason, channel, created_on, phone, manual_phone, email, manual_email, subject, text,
        addressee_name, addressee_consent, addressee_departed, total_amount, send_status, created_by, reminder_rule)
      values (${loan.file_id}, ${party.id}, ${kind === 'SK_DELAY' ? 'OVERDUE' : 'UPCOMING'}, ${input.notificationType}, ${today},
        ${isEmail ? null : contact}, ${manualPhone}, ${isEmail ? contact : null}, ${manualEmail}, ${subject}, ${text},
        ${name}, ${isEmail ? party.consented_email !== null : party.sms_consent_number !== null}, false, ${pos.outstanding}, 'SENDING',
        ${deps.actor?.type === 'STAFF' ? deps.actor.userId : null}, ${opts.rule ?? null})
      returning id`;
    await tx`insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, item_type, selected, overdue_balance, future_balance, overpayment_balance, amount_due)
      values (${n.id}, ${loan.id}, ${inst.number}, ${kindRow.code}, ${Number(inst.due_date.slice(0, 4))}, ${inst.due_date}, 'INSTALLMENT', true,
        ${overdue ? pos.outstanding : '0.00'}, ${overdue ? '0.00' : pos.outstanding}, ${state.ledger.balances.overpaymentBalance}, ${pos.outstanding})`;
    await audit(deps, 'NOTIFY', 'notice', n.id, null, { loanId: loan.id, installment: inst.number, channel: input.notificationType, kind }, tx);
    return n.id;
  });

  let status: 'SENT' | 'FAILED' = 'SENT';
  let providerMessageId: string | null = null;
  let failureReason: string | null = null;
  try {
    if (input.notificationType === 'SMS') {
      const gw = await getSmsGateway(deps.db);
      const r = await gw.send({ to: contact, text, idx: `notice:${noticeId}` });
      providerMessageId = r.providerId;
    } else {
      const r = await sendEmailNotice({ to: contact, subject: subject!, text });
      if (!r.ok) throw new Error(r.reason);
      providerMessageId = r.messageId;
    }
  } catch (err) {
    status = 'FAILED';
    failureReason = (err as Error).message?.slice(0, 500) ?? 'send failed';
    deps.log.warn({ err, noticeId }, 'reminder not sent');
  }
  await deps.sql`update notices set send_status = ${status}, sent_at = ${status === 'SENT' ? new Date().toISOString() : null}::timestamptz,
      provider_message_id = ${providerMessageId}, failure_reason = ${failureReason}, failure_retryable = ${status === 'FAILED' ? false : null}, updated_at = now()
    where id = ${noticeId}`;
  await deps.sql`insert into notice_status_history (notice_id, status, source) values (${noticeId}, ${status}, 'SEND')`;
  const where = input.notificationType === 'SMS' ? `SMS to ${contact}` : `e-mail to ${contact}`;
  return {
    noticeId,
    channel: input.notificationType,
    sentTo: contact,
    status,
    providerMessageId,
    failureReason,
    message: status === 'SENT' ? `Reminder sent by ${where}` : `Reminder could not be sent by ${where}: ${failureReason}`,
    text,
  };
}

export interface ReminderRunResult {
  id: string;
  kind: ReminderKind;
  runOn: string;
  trigger: 'SCHEDULE' | 'MANUAL';
  considered: number;
  sent: number;
  failed: number;
  skipped: number;
  /** why installments were skipped: NO_CONSENT (no mobile/e-mail with consent), NO_CONTACT (SK delay: no mobile with consent, no e-mail), DEPARTED */
  skippedReasons: Record<string, number>;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface ReminderRunTrigger {
  trigger: 'SCHEDULE' | 'MANUAL';
  /** the admin who pressed "run now" */
  by?: string | null;
}

/**
 * Daily job: reminders for installments due in `days` days (UPCOMING) or — kind SK_DELAY — for Slovak borrowers'
 * installments past due within the last 15 days (zákon 129/2010 § 9). Channel by the borrower's consent (issue 25):
 * the mobile with SMS consent, else the e-mail contact with consent (SK_DELAY, a legal notice: else any e-mail of
 * the borrower); otherwise skipped (NO_CONSENT / NO_CONTACT); departed borrowers are skipped (DEPARTED). Each reminder
 * sent is a notice in the registry (reason UPCOMING, or OVERDUE for SK_DELAY; created by "system": reminder_rule).
 * The reminder_log unique index (loan, installment, kind) makes a second run, "run now", a retried job or a second
 * worker skip what was done: an installment is never reminded twice by the same rule. Each run is recorded in
 * reminder_runs (the settings screen shows the last one).
 */
export type ReminderCandidate = { loan_id: string; number: number; due_date: string; total: string; paid: string; party_id: string; departed: boolean; mobile: string | null; email: string | null };

/**
 * The installments a reminder rule would remind on `asOf` (not yet in reminder_log). With `kindIds` only files of those
 * receivable kinds (the kinds whose active strategy holds the rule's step, issue 31); files with an active collection
 * hold are left out.
 */
export async function reminderCandidates(sql: SqlHandle, kind: ReminderKind, asOf: string, days: number, kindIds?: readonly string[]): Promise<ReminderCandidate[]> {
  return sql<ReminderCandidate[]>`
    select i.loan_id, i.number, i.due_date, i.total, (i.paid_principal + i.paid_interest)::text as paid, p.id as party_id,
      (p.death_date is not null or p.bankruptcy_date is not null) as departed,
      (select c.value from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent limit 1) as mobile,
      ${
        kind === 'SK_DELAY'
          ? sql`coalesce((select c.value from contacts c where c.party_id = p.id and c.type = 'EMAIL' and c.sms_consent order by c.created_at limit 1), p.email,
              (select c.value from contacts c where c.party_id = p.id and c.type = 'EMAIL' order by c.created_at limit 1))`
          : sql`(select c.value from contacts c where c.party_id = p.id and c.type = 'EMAIL' and c.sms_consent order by c.created_at limit 1)`
      } as email
    from installments i
    join loans l on l.id = i.loan_id and i.version = l.schedule_version and l.status = 'ACTIVE'
    join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER'
    join parties p on p.id = fp.party_id
    where ${kind === 'UPCOMING' ? sql`i.due_date = ${asOf}::date + ${days}::int` : sql`p.country = 'SK' and i.due_date < ${asOf}::date and i.due_date >= ${asOf}::date - 15`}
      and i.paid_principal + i.paid_interest < i.total
      and not exists (select 1 from reminder_log r where r.loan_id = i.loan_id and r.installment_number = i.number and r.kind = ${kind})
      and ${noActiveHold(sql, sql`l.file_id`)}
      and ${kindIds ? sql`exists (select 1 from debtor_files f where f.id = l.file_id and f.receivable_kind_id = any(${kindIds as string[]}::uuid[]))` : sql`true`}
    order by i.due_date, i.loan_id, i.number`;
}

/** Which channel a reminder candidate gets (SMS with consent, else e-mail), null = skipped. */
export function reminderChannel(c: ReminderCandidate): 'SMS' | 'EMAIL' | null {
  return c.departed ? null : c.mobile ? 'SMS' : c.email ? 'EMAIL' : null;
}

export async function runReminders(
  deps: Omit<ReminderDeps, 'actor'>,
  kind: ReminderKind,
  asOf: string,
  days: number,
  how: ReminderRunTrigger = { trigger: 'SCHEDULE' },
  kindIds?: readonly string[],
): Promise<ReminderRunResult> {
  const { sql } = deps;
  const [run] = await sql<{ id: string; started_at: Date }[]>`insert into reminder_runs (kind, run_on, trigger, triggered_by)
    values (${kind}, ${asOf}::date, ${how.trigger}, ${how.by ?? null}) returning id, started_at`;
  const cands = await reminderCandidates(sql, kind, asOf, days, kindIds);
  const res = { considered: cands.length, sent: 0, failed: 0, skipped: 0, skippedReasons: {} as Record<string, number> };
  for (const c of cands) {
    const channel = reminderChannel(c);
    const skip = c.departed ? 'DEPARTED' : kind === 'SK_DELAY' ? 'NO_CONTACT' : 'NO_CONSENT';
    const claimed = await sql`insert into reminder_log (loan_id, installment_number, kind, outcome, channel, run_on)
      values (${c.loan_id}, ${c.number}, ${kind}, ${channel ? 'PENDING' : `SKIPPED_${skip}`}, ${channel}, ${asOf}::date)
      on conflict (loan_id, installment_number, kind) do nothing returning id`;
    if (!claimed.length) continue; // another worker / an earlier run has it
    if (!channel) {
      res.skipped++;
      res.skippedReasons[skip] = (res.skippedReasons[skip] ?? 0) + 1;
      continue;
    }
    const amountDue = formatMoney(parseMoney(c.total) - parseMoney(c.paid));
    try {
      const r = await notifyUpcomingInstallment(
        { ...deps, actor: null },
        { loanId: c.loan_id, clientId: c.party_id, paymentDate: c.due_date, amountDue, notificationType: channel, contactInfo: channel === 'SMS' ? c.mobile! : c.email! },
        kind,
        { rule: kind },
      );
      await sql`update reminder_log set outcome = ${r.status}, notice_id = ${r.noticeId}, detail = ${r.failureReason} where id = ${claimed[0].id}`;
      if (r.status === 'SENT') res.sent++;
      else res.failed++;
    } catch (err) {
      res.failed++;
      await sql`update reminder_log set outcome = 'FAILED', detail = ${(err as Error).message.slice(0, 500)} where id = ${claimed[0].id}`;
    }
  }
  const [done] = await sql<{ finished_at: Date }[]>`update reminder_runs set considered = ${res.considered}, sent = ${res.sent}, failed = ${res.failed}, skipped = ${res.skipped},
      skipped_reasons = ${JSON.stringify(res.skippedReasons)}::jsonb, finished_at = now()
    where id = ${run.id} returning finished_at`;
  deps.log.info({ kind, asOf, trigger: how.trigger, ...res }, 'reminders run');
  return { id: run.id, kind, runOn: asOf, trigger: how.trigger, ...res, startedAt: new Date(run.started_at), finishedAt: new Date(done.finished_at) };
}

/** The last finished run of each reminder kind (settings screen). */
async function lastReminderRuns(sql: SqlHandle): Promise<Map<ReminderKind, ReminderRunResult>> {
  const rows = await sql<
    {
      id: string;
      kind: ReminderKind;
      run_on: string;
      trigger: 'SCHEDULE' | 'MANUAL';
      considered: number;
      sent: number;
      failed: number;
      skipped: number;
      skipped_reasons: Record<string, number> | string;
      started_at: Date;
      finished_at: Date | null;
    }[]
  >`select distinct on (kind) id, kind, run_on::text, trigger, considered, sent, failed, skipped, skipped_reasons, started_at, finished_at
    from reminder_runs where finished_at is not null order by kind, started_at desc`;
  return new Map(
    rows.map((r) => [
      r.kind,
      {
        id: r.id,
        kind: r.kind,
        runOn: r.run_on,
        trigger: r.trigger,
        considered: r.considered,
        sent: r.sent,
        failed: r.failed,
        skipped: r.skipped,
        skippedReasons: typeof r.skipped_reasons === 'string' ? (JSON.parse(r.skipped_reasons) as Record<string, number>) : r.skipped_reasons,
        startedAt: new Date(r.started_at),
        finishedAt: r.finished_at ? new Date(r.finished_at) : null,
      },
    ]),
  );
}

/** SK installments whose delay notice was not sent within 15 days of the due date (sent late, failed, or never). */
export async function missedDelayNotices(sql: SqlHandle, asOf: string) {
  return sql<{ loan_id: string; loan_number: string; installment_number: number; due_date: string; outcome: string | null; notified_at: string | null }[]>`
    select l.id as loan_id, l.number as loan_number, i.number as installment_number, i.due_date, r.outcome, r.created_at::text as notified_at
    from installments i
    join loans l on l.id = i.loan_id and i.version = l.schedule_version and l.status in ('ACTIVE', 'TERMINATED')
    join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER'
    join parties p on p.id = fp.party_id and p.country = 'SK'
    left join reminder_log r on r.loan_id = i.loan_id and r.installment_number = i.number and r.kind = 'SK_DELAY'
    where i.due_date <= ${asOf}::date - 15
      and (i.paid_at is null or i.paid_at > i.due_date)
      and (r.id is null or r.outcome <> 'SENT' or r.run_on > i.due_date + 15)
    order by i.due_date, l.number`;
}

export interface ReminderJobStatus {
  kind: ReminderKind;
  enabled: boolean;
  cron: string;
  timezone: string;
  nextRunAt: Date;
  lastRun: ReminderRunResult | null;
}

/** What the settings screen shows of the reminder jobs (issue 25): schedule, next run, the last run's counts. */
export async function reminderStatus(sql: SqlHandle, now: Date): Promise<{ businessDate: string; upcomingDays: number; jobs: ReminderJobStatus[] }> {
  const [s, last] = await Promise.all([getReminderSettings(sql), lastReminderRuns(sql)]);
  const jobs = (['UPCOMING', 'SK_DELAY'] as const).map((kind) => {
    const at = REMINDER_SCHEDULE[kind];
    return {
      kind,
      enabled: kind === 'UPCOMING' ? s.upcomingEnabled : s.skDelayEnabled,
      cron: at.cron,
      timezone: REMINDER_SCHEDULE.timezone,
      nextRunAt: nextDailyRun(at.hour, at.minute, REMINDER_SCHEDULE.timezone, now),
      lastRun: last.get(kind) ?? null,
    };
  });
  return { businessDate: businessDate(), upcomingDays: s.upcomingDays, jobs };
}
