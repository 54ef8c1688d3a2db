import { Decimal } from 'decimal.js';
import {
  consentedEmail,
  consentedMobile,
  deleteNoticeIssues,
  editNoticeIssues,
  isDeparted,
  isSmsChannel,
  makeIssue,
  noticeConsentIssues,
  noticeEditability,
  noticeTotals,
  normaliseSmsText,
  checkSmsLength,
  renderNotice,
  selectItemsForReason,
  sendNoticeIssues,
  canCheckDeliveryStatus,
  validateIsoDate,
  validateEmail,
  validatePlMobile,
  sanitizeText,
  type ContactReason,
  type NoticeChannel,
  type NoticeEditability,
  type NoticeLike,
  type NoticeSendState,
  type PartyContact,
  type SmsapiStatus,
  type ValidationIssue,
} from '@raty/domain';
import type postgres from 'postgres';
import type { SqlHandle } from '../../../db/client.js';
import type { Context } from '../../../graphql/context.js';
import { NotFound } from '../../../graphql/errors.js';
import { businessDate } from '../../../lib/business-date.js';
import { auditManyTx, auditTx, isUuid, staffUserId, throwIssues } from '../common.js';
import { fileItemsAsOf, type FileItem } from '../items.js';
import { getTemplate, normalisationReport, renderedOut } from '../templates/templates.service.js';
import type { CreateNoticeInput, GenerateNoticeTextInput, UpdateNoticeInput } from './notices.types.js';

type Frag = postgres.PendingQuery<postgres.Row[]>;

/**
 * Settlement status of notice `n` computed at query time (COLL-5), mirroring the domain's `settlementStatus`. The
 * registry reads the stored `n.settlement_status` instead (kept true by the triggers of migration
 * 0008_collection_settlement, whose `notice_settlement_of` is this expression); this one is the reference used to check it.
 * Per selected item the
 * net of allocations of payments dated on/after the notice's creation (reversed payments excluded);
 * UNSETTLED when no item got a positive amount, SETTLED when every item's paid ≥ its amount due, else PARTIALLY_SETTLED.
 */
export function settlementSql(sql: SqlHandle): Frag {
  return sql`(select case
      when not coalesce(bool_or(s.paid > 0), false) then 'UNSETTLED'
      when bool_and(greatest(s.paid, 0) >= greatest(s.amount_due, 0)) then 'SETTLED'
      else 'PARTIALLY_SETTLED' end
    from (select ni.amount_due,
            coalesce((select sum(pa.amount) from payment_allocations pa join payments p on p.id = pa.payment_id
              where pa.loan_id = ni.loan_id and pa.installment_number = ni.installment_number
                and p.status <> 'REVERSED' and p.payment_date >= n.created_on), 0) as paid
          from notice_items ni where ni.notice_id = n.id and ni.selected) s)`;
}

export interface NoticeRow {
  id: string;
  file_id: string;
  party_id: string;
  reason: string;
  channel: string;
  created_on: string;
  promise_date: string | null;
  promise_amount: string | null;
  task_status: string | null;
  due_on: string | null;
  assigned_to: string | null;
  call_outcome: string | null;
  phone: string | null;
  manual_phone: boolean;
  email: string | null;
  subject: string | null;
  manual_email: boolean;
  reminder_rule: string | null;
  bounced_at: Date | null;
  text: string | null;
  note: string | null;
  template_id: string | null;
  template_name: string | null;
  addressee_name: string;
  addressee_address: string | null;
  addressee_consent: boolean;
  addressee_departed: boolean;
  total_amount: string;
  send_status: string;
  sent_at: Date | null;
  provider_message_id: string | null;
  delivery_status: string | null;
  delivery_status_at: Date | null;
  failure_reason: string | null;
  failure_retryable: boolean | null;
  send_job_id: string | null;
  created_at: Date;
  created_by: string | null;
  created_by_name: string | null;
  kind_code: string;
  file_number: number;
  settlement_status: string;
  t_overdue: string;
  t_future: string;
  t_overpayment: string;
  /** ISO 4217 currency of the file's loans (comma-separated if a file ever held loans in two currencies) */
  currency: string | null;
  /** full-precision timestamps for keyset cursors */
  /** the created sorts' key: notice date and recording time, "YYYY-MM-DD|timestamp" */
  created_key: string;
  sent_at_key: string;
}

/** Columns of a notice as answered by the API (alias n; joins f, k, t, u). */
export function noticeColumns(sql: SqlHandle): Frag {
  return sql`n.*, n.created_on::text || '|' || n.created_at::text as created_key, coalesce(n.sent_at, '-infinity'::timestamptz)::text as sent_at_key, t.name as template_name, u.name as created_by_name, k.code as kind_code, f.number as file_number,
    coalesce((select sum(overdue_balance) from notice_items x where x.notice_id = n.id and x.selected), 0)::numeric(15,2)::text as t_overdue,
    coalesce((select sum(future_balance) from notice_items x where x.notice_id = n.id and x.selected), 0)::numeric(15,2)::text as t_future,
    coalesce((select sum(overpayment_balance) from notice_items x where x.notice_id = n.id and x.selected), 0)::numeric(15,2)::text as t_overpayment,
    (select string_agg(distinct l.currency, ',') from loans l where l.file_id = n.file_id) as currency`;
}

export function noticeJoins(sql: SqlHandle): Frag {
  return sql`from notices n ${noticeRelations(sql)}`;
}

/** The relations `noticeColumns` reads (f, k, t, u), joined to a notice `n` already in the FROM list. */
export function noticeRelations(sql: SqlHandle): Frag {
  return sql`join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    left join notice_templates t on t.id = n.template_id left join users u on u.id = n.created_by`;
}

export async function loadNoticeRows(sql: SqlHandle, ids: readonly string[], opts: { forUpdate?: boolean } = {}): Promise<NoticeRow[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  const rows = await sql<NoticeRow[]>`select ${noticeColumns(sql)} ${noticeJoins(sql)} where n.id = any(${valid}::uuid[])
    ${opts.forUpdate ? sql`for update of n` : sql``}`;
  const m = new Map(rows.map((r) => [r.id, fixDates(r)]));
  return valid.map((id) => m.get(id)).filter((r): r is NoticeRow => !!r);
}

function asDate(v: Date | string | null): Date | null {
  return v === null || v instanceof Date ? v : new Date(v);
}

/** timestamptz columns as Date whatever the connection's parsers (transactions may hand back text). */
export function fixDates(r: NoticeRow): NoticeRow {
  r.sent_at = asDate(r.sent_at);
  r.delivery_status_at = asDate(r.delivery_status_at);
  r.created_at = asDate(r.created_at) as Date;
  r.bounced_at = asDate(r.bounced_at ?? null);
  return r;
}

export async function loadNotice(sql: SqlHandle, id: string, opts: { forUpdate?: boolean } = {}): Promise<NoticeRow> {
  const [row] = await loadNoticeRows(sql, [id], opts);
  if (!row) throw new NotFound('Notice');
  return row;
}

export function sendStateOf(
  r: Pick<NoticeRow, 'send_status' | 'sent_at' | 'provider_message_id' | 'delivery_status' | 'delivery_status_at' | 'failure_reason' | 'failure_retryable'>,
): NoticeSendState {
  return {
    status: r.send_status as NoticeSendState['status'],
    providerMessageId: r.provider_message_id,
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    deliveryStatus: (r.delivery_status as SmsapiStatus | null) ?? null,
    deliveryStatusAt: r.delivery_status_at ? r.delivery_status_at.toISOString() : null,
    failure: r.failure_reason !== null ? { reason: r.failure_reason, retryable: Boolean(r.failure_retryable) } : null,
  };
}

export function noticeLike(r: NoticeRow): NoticeLike {
  return {
    channel: r.channel as NoticeChannel,
    reason: r.reason as ContactReason,
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    sendState: sendStateOf(r),
    phone: r.phone,
    email: r.email,
    subject: r.subject,
    text: r.text,
    departed: r.addressee_departed,
  };
}

export function toNotice(r: NoticeRow) {
  const like = noticeLike(r);
  const state = sendStateOf(r);
  const total = new Decimal(r.t_overdue).plus(r.t_future).toFixed(2);
  return {
    id: r.id,
    fileId: r.file_id,
    fileDisplayNumber: `${r.kind_code} ${r.file_number}`,
    kindCode: r.kind_code,
    fileNumber: String(r.file_number),
    reason: r.reason,
    channel: r.channel,
    createdOn: r.created_on,
    promiseDate: r.promise_date,
    promiseAmount: r.promise_amount,
    taskStatus: r.task_status,
    dueOn: r.due_on,
    assignedTo: r.assigned_to,
    callOutcome: r.call_outcome,
    addressee: {
      partyId: r.party_id,
      name: r.addressee_name,
      address: r.addressee_address,
      mobile: r.channel !== 'EMAIL' && r.addressee_consent ? r.phone : null,
      smsConsent: r.channel !== 'EMAIL' && r.addressee_consent,
      // EMAIL notices keep the consent of the e-mail contact in addressee_consent (issue 25)
      email: r.channel === 'EMAIL' && r.addressee_consent && !r.manual_email ? r.email : null,
      emailConsent: r.channel === 'EMAIL' && r.addressee_consent,
      departed: r.addressee_departed,
    },
    phone: r.phone,
    manualPhone: r.manual_phone,
    email: r.email,
    subject: r.subject,
    manualEmail: r.manual_email,
    bouncedAt: r.bounced_at,
    reminderRule: r.reminder_rule,
    text: r.text,
    note: r.note,
    templateId: r.template_id,
    templateName: r.template_name,
    totals: { overdueBalance: r.t_overdue, futureBalance: r.t_future, overpaymentBalance: r.t_overpayment, total, currency: r.currency },
    sendStatus: r.send_status,
    sentAt: r.sent_at,
    providerMessageId: r.provider_message_id,
    deliveryStatus: r.delivery_status,
    deliveryStatusAt: r.delivery_status_at,
    failureReason: r.failure_reason,
    settlementStatus: r.settlement_status,
    editable: noticeEditability(like),
    canDelete: deleteNoticeIssues(like).length === 0,
    canSend: sendNoticeIssues(like, { requireMobilePrefix: false }).length === 0,
    canCheckStatus: r.channel === 'SMS' && canCheckDeliveryStatus(state),
    createdAt: r.created_at,
    createdBy: r.created_by,
    // notices of the reminder jobs are the system's (issue 25)
    createdByName: r.created_by_name ?? (r.reminder_rule ? 'system' : null),
    sentState: state,
  };
}

// ----------------------------------------------------------------------------------------------------------------
// addressees

export interface Addressee {
  partyId: string;
  name: string;
  address: string | null;
  mobile: string | null;
  smsConsent: boolean;
  email: string | null;
  emailConsent: boolean;
  departed: boolean;
  dateOfDeath: string | null;
  bankruptcyDate: string | null;
  contacts: PartyContact[];
}

export async function addressees(sql: SqlHandle, partyIds: readonly string[], asOf: string): Promise<Map<string, Addressee>> {
  const ids = [...new Set(partyIds)].filter(isUuid);
  const out = new Map<string, Addressee>();
  if (!ids.length) return out;
  const [ps, cs, as] = await Promise.all([
    sql<{ id: string; kind: string; first_name: string | null; last_name: string | null; company_name: string | null; death_date: string | null; bankruptcy_date: string | null }[]>`
      select id, kind, first_name, last_name, company_name, death_date, bankruptcy_date from parties where id = any(${ids}::uuid[])`,
    sql<{ party_id: string; id: string; type: string; value: string; note: string | null; sms_consent: boolean }[]>`
      select party_id, id, type, value, note, sms_consent from contacts where party_id = any(${ids}::uuid[]) order by created_at, id`,
    sql<{ party_id: string; street: string | null; house_number: string | null; flat_number: string | null; city: string | null }[]>`
      select distinct on (party_id) party_id, street, house_number, flat_number, city from addresses
      where party_id = any(${ids}::uuid[]) and valid_from <= ${asOf} and (valid_to is null or valid_to >= ${asOf})
      order by party_id, (kind = 'CORRESPONDENCE') desc, valid_from desc`,
  ]);
  // grouped once (a filter/find per party is quadratic: ~190 s for the 25 000 parties of a mass generation)
  const csBy = new Map<string, (typeof cs)[number][]>();
  for (const c of cs) (csBy.get(c.party_id) ?? csBy.set(c.party_id, []).get(c.party_id)!).push(c);
  const asBy = new Map<string, (typeof as)[number]>();
  for (const x of as) if (!asBy.has(x.party_id)) asBy.set(x.party_id, x);
  for (const p of ps) {
    const contacts = (csBy.get(p.id) ?? []).map((c) => ({ id: c.id, type: c.type as PartyContact['type'], value: c.value, note: c.note, smsConsent: c.sms_consent }));
    const a = asBy.get(p.id);
    const street = a ? [a.street, [a.house_number, a.flat_number].filter(Boolean).join('/')].filter(Boolean).join(' ') : '';
    const address = a ? [a.city?.toUpperCase(), street.toUpperCase()].filter(Boolean).join(', ') : null;
    const mobile = consentedMobile(contacts, { requireMobilePrefix: false });
    const email = consentedEmail(contacts);
    out.set(p.id, {
      partyId: p.id,
      name: p.kind === 'COMPANY' ? (p.company_name ?? '') : [p.last_name, p.first_name].filter(Boolean).join(' ').toUpperCase(),
      address: address || null,
      mobile,
      smsConsent: mobile !== null,
      email,
      emailConsent: email !== null,
      departed: isDeparted({ dateOfDeath: p.death_date, bankruptcyDate: p.bankruptcy_date }),
      dateOfDeath: p.death_date,
      bankruptcyDate: p.bankruptcy_date,
      contacts,
    });
  }
  return out;
}

async function fileOf(sql: SqlHandle, fileId: string) {
  if (!isUuid(fileId)) throw new NotFound('Debtor file');
  const [f] = await sql<{ id: string; number: number; code: string; kind_name: string; currency: string }[]>`
    select f.id, f.number, k.code, k.name as kind_name, k.currency from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${fileId}`;
  if (!f) throw new NotFound('Debtor file');
  const parties = await sql<{ party_id: string; role: string }[]>`select party_id, role from file_parties where file_id = ${fileId}
    order by case role when 'BORROWER' then 0 when 'CO_BORROWER' then 1 else 2 end, party_id`;
  return { ...f, partyIds: parties.map((p) => p.party_id) };
}

function itemOut(i: FileItem, selected: boolean) {
  return {
    id: i.id,
    kindCode: i.kindCode,
    year: i.year,
    installmentNo: i.installmentNo,
    dueDate: i.dueDate,
    type: i.type ?? null,
    overdueBalance: i.overdueBalance,
    futureBalance: i.futureBalance,
    overpaymentBalance: i.overpaymentBalance,
    amount: i.amount,
    selected,
  };
}

/** Items of a file for a reason as of a date (COLL-4.3.1), by the domain's `selectItemsForReason`. */
async function itemsForReason(sql: SqlHandle, fileId: string, reason: ContactReason, asOf: string): Promise<FileItem[]> {
  const all = (await fileItemsAsOf(sql, [fileId], asOf)).get(fileId) ?? [];
  return selectItemsForReason(reason, asOf, all);
}

export async function noticeDraft(sql: SqlHandle, fileId: string, reason: ContactReason, createdOn?: string | null) {
  const day = createdOn ?? businessDate();
  const file = await fileOf(sql, fileId);
  const [items, adr] = await Promise.all([itemsForReason(sql, fileId, reason, day), addressees(sql, file.partyIds, day)]);
  return {
    createdOn: day,
    addressees: file.partyIds.map((id) => adr.get(id)!).filter(Boolean),
    items: items.map((i) => itemOut(i, true)),
    totals: { ...noticeTotals(items), currency: file.currency },
  };
}

// ----------------------------------------------------------------------------------------------------------------
// create / update / delete

function selectIds(items: FileItem[], itemIds: string[] | null | undefined, field: string, issues: ValidationIssue[]): Set<string> {
  if (itemIds === null || itemIds === undefined) return new Set(items.map((i) => i.id));
  const known = new Set(items.map((i) => i.id));
  itemIds.forEach((id, k) => {
    if (!known.has(id)) issues.push(makeIssue(`${field}[${k}]`, 'notice.itemUnknown', 'The item is not one of the notice’s items for its reason and date', { id }));
  });
  return new Set(itemIds.filter((id) => known.has(id)));
}

function checkText(channel: NoticeChannel, text: string | null | undefined, issues: ValidationIssue[]): { text: string | null; normalisation: ReturnType<typeof normaliseSmsText> | null } {
  const t = sanitizeText(text ?? '', { field: 'input.text', maxLength: 2000, allowNewlines: true });
  if (!t.ok) {
    issues.push(...t.issues);
    return { text: null, normalisation: null };
  }
  if (channel === 'SMS' && t.value === '') issues.push(makeIssue('input.text', 'required', 'Text is required for an SMS notice'));
  if (t.value === '') return { text: null, normalisation: null };
  if (!isSmsChannel(channel)) return { text: t.value, normalisation: null };
  const n = normaliseSmsText(t.value);
  // one length limit for notices and templates (issue #22): the text as sent, in SMS parts
  issues.push(...checkSmsLength(n.text, 'input.text'));
  return { text: n.text, normalisation: n };
}

/**
 * Phone and consent of an SMS notice (COLL-4.3.1): without a consented mobile the save is refused with
 * `sms.noConsent` offering GO_TO_CONTACTS or SAVE_WITH_MANUAL_PHONE (`manualPhone: true` + a typed number).
 */
function checkPhone(channel: NoticeChannel, a: Addressee, phone: string | null | undefined, manualPhone: boolean, issues: ValidationIssue[]): { phone: string | null; manual: boolean } {
  const typed = phone?.trim() ? phone.trim() : null;
  if (channel !== 'SMS') {
    if (!typed) return { phone: a.mobile, manual: false };
    const v = validatePlMobile(typed, { field: 'input.phone', requireMobilePrefix: false });
    if (!v.ok) issues.push(...v.issues);
    return { phone: v.ok ? v.value : null, manual: v.ok && v.value !== a.mobile };
  }
  const consent = noticeConsentIssues({ dateOfDeath: a.dateOfDeath, bankruptcyDate: a.bankruptcyDate }, a.contacts);
  for (const i of consent) {
    if (i.rule === 'party.departed') issues.push({ ...i, field: 'input.partyId' });
    else if (i.rule === 'sms.noConsent' && !manualPhone) {
      issues.push({ ...i, field: 'input.phone', params: { ...i.params, partyId: a.partyId, options: ['GO_TO_CONTACTS', 'SAVE_WITH_MANUAL_PHONE'] } });
      return { phone: null, manual: false };
    }
  }
  const value = typed ?? (manualPhone ? null : a.mobile);
  if (!value) {
    issues.push(makeIssue('input.phone', 'required', 'Phone number is required for an SMS notice'));
    return { phone: null, manual: manualPhone };
  }
  const v = validatePlMobile(value, { field: 'input.phone', requireMobilePrefix: false });
  if (!v.ok) {
    issues.push(...v.issues);
    return { phone: null, manual: manualPhone };
  }
  return { phone: v.value, manual: manualPhone || v.value !== a.mobile };
}

/**
 * Address of an e-mail notice (issue 25), like the phone of an SMS notice: default the consented e-mail contact; an
 * address typed by hand without a consented one (or another than it) needs `manualEmail: true`, else `email.noConsent`
 * offering GO_TO_CONTACTS or SAVE_WITH_MANUAL_EMAIL. A departed addressee is refused. The address (with a subject and a
 * text) is required to send, not to save.
 */
function checkEmail(a: Addressee, email: string | null | undefined, manualEmail: boolean, issues: ValidationIssue[]): { email: string | null; manual: boolean } {
  if (a.departed) issues.push(makeIssue('input.partyId', 'party.departed', 'The addressee is departed (date of death or bankruptcy set) and is never messaged'));
  const typed = email?.trim() ? email.trim() : null;
  if (!typed) return { email: manualEmail ? null : a.email, manual: false };
  const v = validateEmail(typed, 'input.email');
  if (!v.ok) {
    issues.push(...v.issues);
    return { email: null, manual: manualEmail };
  }
  const manual = v.value.toLowerCase() !== (a.email ?? '').toLowerCase();
  if (manual && !manualEmail) {
    issues.push(
      makeIssue('input.email', 'email.noConsent', 'The address is not an e-mail contact of the party with consent to notices', {
        partyId: a.partyId,
        options: ['GO_TO_CONTACTS', 'SAVE_WITH_MANUAL_EMAIL'],
      }),
    );
  }
  return { email: v.value, manual };
}

function checkSubject(subject: string | null | undefined, issues: ValidationIssue[]): string | null {
  const t = sanitizeText(subject ?? '', { field: 'input.subject', maxLength: 200 });
  if (!t.ok) {
    issues.push(...t.issues);
    return null;
  }
  return t.value === '' ? null : t.value;
}

async function insertItems(tx: SqlHandle, noticeId: string, items: FileItem[], selected: Set<string>) {
  if (!items.length) return;
  await tx.unsafe(
    `insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, item_type, selected, overdue_balance, future_balance, overpayment_balance, amount_due)
     select $1::uuid, (r->>0)::uuid, (r->>1)::int, r->>2, (r->>3)::int, (r->>4)::date, r->>5, (r->>6)::bool, (r->>7)::numeric, (r->>8)::numeric, (r->>9)::numeric, (r->>10)::numeric
     from json_array_elements($2::json) as r`,
    [
      noticeId,
      JSON.stringify(
        items.map((i) => [i.loanId, i.installmentNo, i.kindCode, i.year, i.dueDate, i.type ?? null, selected.has(i.id), i.overdueBalance, i.futureBalance, i.overpaymentBalance, i.amount]),
      ),
    ],
  );
}

async function recomputeTotal(tx: SqlHandle, noticeId: string) {
  await tx`update notices set total_amount = coalesce((select sum(amount_due) from notice_items where notice_id = ${noticeId} and selected), 0), updated_at = now() where id = ${noticeId}`;
}

export async function createNotice(ctx: Context, input: CreateNoticeInput) {
  const issues: ValidationIssue[] = [];
  const today = businessDate();
  const reason = input.reason as ContactReason;
  const channel = input.channel as NoticeChannel;
  const createdOn = input.createdOn ?? today;
  const d = validateIsoDate(createdOn, { field: 'input.createdOn', max: today });
  if (!d.ok) throwIssues(d.issues);
  if (input.promiseDate) {
    if (reason !== 'OVERDUE') issues.push(makeIssue('input.promiseDate', 'notice.promiseOnlyOverdue', 'A promise-to-pay date is only available for the reason OVERDUE'));
    else if (input.promiseDate < createdOn) issues.push(makeIssue('input.promiseDate', 'date.min', 'The promise-to-pay date cannot be before the creation date', { min: createdOn }));
  }
  const file = await fileOf(ctx.sql, input.fileId);
  if (!file.partyIds.includes(input.partyId)) throwIssues([makeIssue('input.partyId', 'notice.partyNotOnFile', 'The addressee must be a party of the debtor file')]);
  let templateId: string | null = null;
  if (input.templateId) {
    const t = await getTemplate(ctx.sql, input.templateId).catch(() => null);
    if (!t) issues.push(makeIssue('input.templateId', 'notFound', 'Template not found'));
    else if (t.reason !== reason) issues.push(makeIssue('input.templateId', 'notice.templateReason', 'The template is for another contact reason', { templateReason: t.reason }));
    else templateId = t.id;
  }
  const [items, adr] = await Promise.all([itemsForReason(ctx.sql, file.id, reason, createdOn), addressees(ctx.sql, [input.partyId], createdOn)]);
  const a = adr.get(input.partyId)!;
  const selected = selectIds(items, input.itemIds, 'input.itemIds', issues);
  const text = checkText(channel, input.text, issues);
  const isEmail = channel === 'EMAIL';
  const phone = isEmail ? { phone: null, manual: false } : checkPhone(channel, a, input.phone, Boolean(input.manualPhone), issues);
  const mail = isEmail ? checkEmail(a, input.email, Boolean(input.manualEmail), issues) : { email: null, manual: false };
  const subject = isEmail ? checkSubject(input.subject, issues) : null;
  const note = sanitizeText(input.note ?? '', { field: 'input.note', maxLength: 2000, allowNewlines: true });
  if (!note.ok) issues.push(...note.issues);
  throwIssues(issues);
  const total = items
    .filter((i) => selected.has(i.id))
    .reduce((s, i) => s.plus(i.amount), new Decimal(0))
    .toFixed(2);
  const id = await ctx.sql.begin(async (tx) => {
    const [row] = await tx<
      { id: string }[]
    >`insert into notices (file_id, party_id, reason, channel, created_on, promise_date, phone, manual_phone, email, manual_email, subject, text, note, template_id,
        addressee_name, addressee_address, addressee_consent, addressee_departed, total_amount, created_by)
      values (${file.id}, ${a.partyId}, ${reason}, ${channel}, ${createdOn}, ${input.promiseDate ?? null}, ${phone.phone}, ${phone.manual}, ${mail.email}, ${mail.manual}, ${subject}, ${text.text},
        ${note.ok && note.value ? note.value : null}, ${templateId}, ${a.name}, ${a.address}, ${isEmail ? a.emailConsent : a.smsConsent}, ${a.departed}, ${total}, ${staffUserId(ctx)})
      returning id`;
    await insertItems(tx, row.id, items, selected);
    await auditTx(tx, ctx, 'CREATE', 'notice', row.id, null, {
      fileId: file.id,
      partyId: a.partyId,
      reason,
      channel,
      createdOn,
      items: [...selected],
      phone: phone.phone,
      manualPhone: phone.manual,
      ...(isEmail ? { email: mail.email, manualEmail: mail.manual } : {}),
    });
    return row.id;
  });
  return { notice: toNotice(await loadNotice(ctx.sql, id)), normalisation: text.normalisation ? normalisationReport(text.normalisation) : null };
}

export async function updateNotice(ctx: Context, id: string, input: UpdateNoticeInput) {
  return ctx.sql.begin(async (tx0) => {
    const tx = tx0;
    const before = await loadNotice(tx, id, { forUpdate: true });
    const like = noticeLike(before);
    const channel = before.channel as NoticeChannel;
    const issues: ValidationIssue[] = [];
    const changed: (keyof NoticeEditability)[] = [];
    const set: Record<string, unknown> = {};
    const items = await tx<{ id: string; loan_id: string; installment_number: number; selected: boolean }[]>`
      select id, loan_id, installment_number, selected from notice_items where notice_id = ${id} order by due_date, installment_number`;
    let newSelection: Set<string> | null = null;
    if (input.itemIds !== undefined && input.itemIds !== null) {
      const refs = items.map((i) => `${i.loan_id}:${i.installment_number}`);
      const known = new Set(refs);
      input.itemIds.forEach((x, k) => {
        if (!known.has(x)) issues.push(makeIssue(`input.itemIds[${k}]`, 'notice.itemUnknown', 'Not an item of this notice', { id: x }));
      });
      newSelection = new Set(input.itemIds);
      const current = new Set(items.filter((i) => i.selected).map((i) => `${i.loan_id}:${i.installment_number}`));
      if (current.size !== newSelection.size || [...newSelection].some((x) => !current.has(x))) changed.push('items');
    }
    let normalisation: ReturnType<typeof normaliseSmsText> | null = null;
    if (input.text !== undefined && input.text !== null) {
      const t = checkText(channel, input.text, issues);
      normalisation = t.normalisation;
      if (t.text !== before.text) {
        changed.push('text');
        set.text = t.text;
      }
    }
    if (input.phone !== undefined && input.phone !== null) {
      const typed = input.phone.trim();
      if (typed === '' && channel === 'SMS') issues.push(makeIssue('input.phone', 'required', 'Phone number is required for an SMS notice'));
      else if (typed !== '') {
        const v = validatePlMobile(typed, { field: 'input.phone', requireMobilePrefix: false });
        if (!v.ok) issues.push(...v.issues);
        else if (v.value !== before.phone) {
          changed.push('phone');
          set.phone = v.value;
          set.manual_phone = true;
        }
      }
    }
    const emailIssues: ValidationIssue[] = [];
    if (channel === 'EMAIL' && input.email !== undefined && input.email !== null) {
      const typed = input.email.trim();
      const v = typed === '' ? null : validateEmail(typed, 'input.email');
      if (v && !v.ok) issues.push(...v.issues);
      const value = v && v.ok ? v.value : null;
      if ((v === null || v.ok) && value !== before.email) {
        emailIssues.push(...editNoticeIssues(like, ['phone']).map((i) => ({ ...i, field: 'input.email' })));
        set.email = value;
        set.manual_email = value !== null;
      }
    }
    if (channel === 'EMAIL' && input.subject !== undefined && input.subject !== null) {
      const subject = checkSubject(input.subject, issues);
      if (subject !== before.subject) {
        emailIssues.push(...editNoticeIssues(like, ['text']).map((i) => ({ ...i, field: 'input.subject' })));
        set.subject = subject;
      }
    }
    if (input.templateId !== undefined && input.templateId !== null && input.templateId !== before.template_id) {
      const t = await getTemplate(tx, input.templateId).catch(() => null);
      if (!t) issues.push(makeIssue('input.templateId', 'notFound', 'Template not found'));
      else if (t.reason !== before.reason) issues.push(makeIssue('input.templateId', 'notice.templateReason', 'The template is for another contact reason'));
      changed.push('template');
      set.template_id = input.templateId;
    }
    if (input.promiseDate !== undefined && input.promiseDate !== before.promise_date && !(input.promiseDate === null && before.promise_date === null)) {
      changed.push('promiseDate');
      if (input.promiseDate && input.promiseDate < before.created_on) issues.push(makeIssue('input.promiseDate', 'date.min', 'The promise-to-pay date cannot be before the creation date'));
      set.promise_date = input.promiseDate ?? null;
    }
    if (input.note !== undefined && input.note !== null && input.note !== (before.note ?? '')) {
      const note = sanitizeText(input.note, { field: 'input.note', maxLength: 2000, allowNewlines: true });
      if (!note.ok) issues.push(...note.issues);
      changed.push('note');
      set.note = note.ok && note.value ? note.value : null;
    }
    issues.unshift(...editNoticeIssues(like, changed).map((i) => ({ ...i, field: `input.${i.field === 'items' ? 'itemIds' : i.field === 'template' ? 'templateId' : i.field}` })), ...emailIssues);
    throwIssues(issues);
    if (Object.keys(set).length) await tx`update notices set ${tx(set as Record<string, string>)}, updated_at = now() where id = ${id}`;
    if (newSelection && changed.includes('items')) {
      await tx`update notice_items set selected = (loan_id::text || ':' || installment_number::text) = any(${[...newSelection]}::text[]) where notice_id = ${id}`;
      await recomputeTotal(tx, id);
    }
    const after = await loadNotice(tx, id);
    await auditTx(tx, ctx, 'UPDATE', 'notice', id, { fields: changed, before: pick(before, set) }, { ...set, itemIds: newSelection ? [...newSelection] : undefined });
    return { notice: toNotice(after), normalisation: normalisation ? normalisationReport(normalisation) : null };
  });
}

function pick(row: NoticeRow, set: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(set).map((k) => [k, (row as unknown as Record<string, unknown>)[k]]));
}

/** Deletes unsent notices; any sent one refuses the whole request (notice.deleteSent, the seed's message). */
export async function deleteNotices(ctx: Context, ids: string[], fieldOf: (k: number) => string = (k) => `ids[${k}]`): Promise<number> {
  return ctx.sql.begin(async (tx0) => {
    const tx = tx0;
    const rows = await loadNoticeRows(tx, ids, { forUpdate: true });
    const found = new Set(rows.map((r) => r.id));
    const issues: ValidationIssue[] = [];
    ids.forEach((id, k) => {
      if (!found.has(id)) issues.push(makeIssue(fieldOf(k), 'notFound', 'Notice not found', { id }));
    });
    for (const r of rows) {
      for (const i of deleteNoticeIssues(noticeLike(r))) issues.push({ ...i, field: fieldOf(ids.indexOf(r.id)), params: { ...i.params, id: r.id } });
    }
    throwIssues(issues);
    await tx`delete from notices where id = any(${rows.map((r) => r.id)}::uuid[])`;
    await auditManyTx(
      tx,
      ctx,
      'DELETE',
      'notice',
      rows.map((r) => ({ id: r.id, before: toNotice(r), after: null })),
    );
    return rows.length;
  });
}

/**
 * "Aktualizuj należności": recomputes the balances of an unsent notice's items as of its creation date from the
 * current payment data (back-dated or reversed payments change them); items keep their ticks, items that no longer
 * have a balance are dropped, new ones come in ticked. The text is not regenerated (seed: use "generate text").
 */
export async function refreshNoticeItems(ctx: Context, id: string) {
  return ctx.sql.begin(async (tx0) => {
    const tx = tx0;
    const before = await loadNotice(tx, id, { forUpdate: true });
    throwIssues(editNoticeIssues(noticeLike(before), ['refreshItems']).map((i) => ({ ...i, field: 'id' })));
    const old = await tx<{ loan_id: string; installment_number: number; selected: boolean; amount_due: string }[]>`
      select loan_id, installment_number, selected, amount_due from notice_items where notice_id = ${id}`;
    const oldSel = new Map(old.map((o) => [`${o.loan_id}:${o.installment_number}`, o.selected]));
    const items = await itemsForReason(tx, before.file_id, before.reason as ContactReason, before.created_on);
    const selected = new Set(items.filter((i) => oldSel.get(i.id) ?? true).map((i) => i.id));
    await tx`delete from notice_items where notice_id = ${id}`;
    await insertItems(tx, id, items, selected);
    await recomputeTotal(tx, id);
    await auditTx(tx, ctx, 'REFRESH_ITEMS', 'notice', id, { total: before.total_amount, items: old.length }, { items: items.length });
    return toNotice(await loadNotice(tx, id));
  });
}

/** Renders a template for a saved notice or for a notice being prepared, without saving. */
export async function generateNoticeText(ctx: Context, input: GenerateNoticeTextInput) {
  const t = await getTemplate(ctx.sql, input.templateId);
  let fileId: string, reason: ContactReason, channel: NoticeChannel, promiseDate: string | null, items: { year: number; installmentNo: number; dueDate: string; amount: string }[];
  if (input.noticeId) {
    const n = await loadNotice(ctx.sql, input.noticeId);
    fileId = n.file_id;
    reason = n.reason as ContactReason;
    channel = n.channel as NoticeChannel;
    promiseDate = input.promiseDate !== undefined ? input.promiseDate : n.promise_date;
    const rows = await ctx.sql<{ year: number; installment_number: number; due_date: string; amount_due: string; loan_id: string }[]>`
      select year, installment_number, due_date, amount_due, loan_id from notice_items where notice_id = ${n.id} and selected`;
    const only = input.itemIds ? new Set(input.itemIds) : null;
    items = rows
      .filter((r) => !only || only.has(`${r.loan_id}:${r.installment_number}`))
      .map((r) => ({ year: r.year, installmentNo: r.installment_number, dueDate: r.due_date, amount: r.amount_due }));
  } else {
    if (!input.fileId) throwIssues([makeIssue('input.fileId', 'required', 'A debtor file or a notice is required')]);
    fileId = input.fileId!;
    reason = (input.reason ?? t.reason) as ContactReason;
    channel = (input.channel ?? t.channel) as NoticeChannel;
    promiseDate = reason === 'OVERDUE' ? (input.promiseDate ?? null) : null;
    const all = await itemsForReason(ctx.sql, fileId, reason, input.createdOn ?? businessDate());
    const issues: ValidationIssue[] = [];
    const sel = selectIds(all, input.itemIds, 'input.itemIds', issues);
    throwIssues(issues);
    items = all.filter((i) => sel.has(i.id)).map((i) => ({ year: i.year, installmentNo: i.installmentNo, dueDate: i.dueDate, amount: i.amount }));
  }
  if (t.reason !== reason) throwIssues([makeIssue('input.templateId', 'notice.templateReason', 'The template is for another contact reason')]);
  const file = await fileOf(ctx.sql, fileId);
  if (channel === 'EMAIL' && t.channel !== 'EMAIL') {
    throwIssues([makeIssue('input.templateId', 'notice.templateChannel', 'An e-mail notice needs an e-mail template (with a subject)', { templateChannel: t.channel })]);
  }
  return renderedOut(
    renderNotice(
      { channel, reason, text: t.text, promiseAddendum: t.promise_addendum, subject: t.subject },
      { kindCode: file.code, kindName: file.kind_name, fileNumber: String(file.number), items, promiseDate },
    ),
  );
}

// ----------------------------------------------------------------------------------------------------------------
// items with current balances

export async function noticeItemsWithCurrent(sql: SqlHandle, noticeRows: readonly { id: string; file_id: string }[]) {
  const ids = noticeRows.map((n) => n.id);
  if (!ids.length) return new Map<string, unknown[]>();
  const rows = await sql<
    {
      notice_id: string;
      loan_id: string;
      installment_number: number;
      kind_code: string;
      year: number;
      due_date: string;
      item_type: string | null;
      selected: boolean;
      overdue_balance: string;
      future_balance: string;
      overpayment_balance: string;
      amount_due: string;
    }[]
  >`
    select notice_id, loan_id, installment_number, kind_code, year, due_date, item_type, selected, overdue_balance, future_balance, overpayment_balance, amount_due
    from notice_items where notice_id = any(${ids}::uuid[]) order by due_date, installment_number`;
  const current = await fileItemsAsOf(sql, [...new Set(noticeRows.map((n) => n.file_id))], businessDate());
  const byRef = new Map<string, FileItem>();
  for (const list of current.values()) for (const i of list) byRef.set(i.id, i);
  const out = new Map<string, unknown[]>(ids.map((id) => [id, []]));
  for (const r of rows) {
    const ref = `${r.loan_id}:${r.installment_number}`;
    const c = byRef.get(ref);
    out.get(r.notice_id)!.push({
      id: ref,
      loanId: r.loan_id,
      kindCode: r.kind_code,
      year: r.year,
      installmentNo: r.installment_number,
      dueDate: r.due_date,
      type: r.item_type,
      selected: r.selected,
      overdueBalance: r.overdue_balance,
      futureBalance: r.future_balance,
      overpaymentBalance: r.overpayment_balance,
      amount: r.amount_due,
      current: c
        ? { overdueBalance: c.overdueBalance, futureBalance: c.futureBalance, overpaymentBalance: c.overpaymentBalance, amount: c.amount }
        : { overdueBalance: '0.00', futureBalance: '0.00', overpaymentBalance: '0.00', amount: '0.00' },
    });
  }
  return out;
}
