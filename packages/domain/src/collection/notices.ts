import { Decimal } from 'decimal.js';
import { compareMoney, parseMoney, sumMoney } from '../money.js';
import { validateEmail, validatePlMobile } from '../validators/contact.js';
import { datePart, validateIsoDate, type IsoDate } from '../validators/dates.js';
import { makeIssue, SEED_MESSAGES_PL, type ValidationIssue } from '../validators/errors.js';
import type { NoticeSendState } from './sendState.js';
import { isSentBySystem, type ContactReason, type NoticeChannel, type NoticeItem, type PartyContact, type PartyLike } from './types.js';

function date(value: string, name: string): IsoDate {
  const d = validateIsoDate(datePart(value));
  if (!d.ok) throw new RangeError(`Invalid ${name}: ${value}`);
  return d.value;
}

// ---------------------------------------------------------------------------------------------------------------
// Items by reason
// ---------------------------------------------------------------------------------------------------------------

/** Whether an item with this due date belongs to a notice of this reason created on `creationDate`. */
export function itemMatchesReason(reason: ContactReason, creationDate: IsoDate, dueDate: IsoDate): boolean {
  const c = date(creationDate, 'creation date');
  const d = date(dueDate, 'due date');
  if (reason === 'OVERDUE') return d < c;
  if (reason === 'UPCOMING') return d >= c;
  return true;
}

/**
 * Items of a notice by reason (COLL-4.3.1): OVERDUE — due date passed as of the creation date (due < creation);
 * UPCOMING — due on or after the creation date; OTHER — all items. Input order is kept.
 */
export function selectItemsForReason<T extends { dueDate: IsoDate }>(reason: ContactReason, creationDate: IsoDate, items: readonly T[]): T[] {
  return items.filter((i) => itemMatchesReason(reason, creationDate, i.dueDate));
}

/** An item's amount for texts and totals: overdue balance + future balance (overpayment is not subtracted). */
export function noticeItemAmount(item: Pick<NoticeItem, 'overdueBalance' | 'futureBalance'>): string {
  return new Decimal(item.overdueBalance).plus(item.futureBalance).toFixed(2);
}

export interface NoticeTotals {
  overdueBalance: string;
  futureBalance: string;
  overpaymentBalance: string;
  /** overdue + future */
  total: string;
}

/** Column totals of the items table. */
export function noticeTotals(items: readonly Pick<NoticeItem, 'overdueBalance' | 'futureBalance' | 'overpaymentBalance'>[]): NoticeTotals {
  let o = new Decimal(0),
    f = new Decimal(0),
    p = new Decimal(0);
  for (const i of items) {
    o = o.plus(i.overdueBalance);
    f = f.plus(i.futureBalance);
    p = p.plus(i.overpaymentBalance);
  }
  return { overdueBalance: o.toFixed(2), futureBalance: f.toFixed(2), overpaymentBalance: p.toFixed(2), total: o.plus(f).toFixed(2) };
}

// ---------------------------------------------------------------------------------------------------------------
// Settlement status and promise outcome
// ---------------------------------------------------------------------------------------------------------------

export type SettlementStatus = 'SETTLED' | 'PARTIALLY_SETTLED' | 'UNSETTLED';

/** An item included in a notice with the amount to be covered as of the notice's creation (overdue + future). */
export interface SettlementItem {
  id: string;
  amountDue: string;
}

/**
 * A part of a payment allocated to an item. Reversed payments are either flagged `reversed` or booked as a negative
 * allocation; both are netted.
 */
export interface PaymentAllocation {
  itemId: string;
  paymentDate: IsoDate;
  amount: string;
  reversed?: boolean;
}

export interface ItemCoverage {
  itemId: string;
  amountDue: string;
  /** paid towards the item in the window, capped at [0, amountDue] when amountDue > 0 */
  covered: string;
  remaining: string;
  fullyCovered: boolean;
}

/**
 * Coverage of each included item by allocations dated within [from, to] (inclusive, dates compared by day);
 * allocations to other items are ignored.
 */
export function itemCoverage(items: readonly SettlementItem[], allocations: readonly PaymentAllocation[], from: IsoDate | null, to: IsoDate | null): ItemCoverage[] {
  const net = new Map<string, Decimal>();
  for (const a of allocations) {
    if (a.reversed) continue;
    const d = date(a.paymentDate, 'payment date');
    if ((from !== null && d < from) || (to !== null && d > to)) continue;
    net.set(a.itemId, (net.get(a.itemId) ?? new Decimal(0)).plus(a.amount));
  }
  return items.map((i) => {
    const due = Decimal.max(new Decimal(i.amountDue), 0);
    const paid = Decimal.max(net.get(i.id) ?? new Decimal(0), 0);
    const covered = Decimal.min(paid, due);
    return {
      itemId: i.id,
      amountDue: due.toFixed(2),
      covered: covered.toFixed(2),
      remaining: due.minus(covered).toFixed(2),
      fullyCovered: paid.greaterThanOrEqualTo(due),
    };
  });
}

/**
 * Settlement status of a notice (COLL-5 "status realizacji zobowiązania"), counting only payments dated on or
 * after the notice's creation date:
 * - UNSETTLED: no such payment towards any included item (net positive amount);
 * - SETTLED: every included item fully covered (amountDue ≤ covered);
 * - PARTIALLY_SETTLED: otherwise.
 * A notice without items, or whose items are all zero, with no payment is UNSETTLED.
 */
export function settlementStatus(noticeCreationDate: IsoDate, items: readonly SettlementItem[], allocations: readonly PaymentAllocation[]): SettlementStatus {
  const from = date(noticeCreationDate, 'notice creation date');
  const ids = new Set(items.map((i) => i.id));
  const net = new Map<string, Decimal>();
  for (const a of allocations) {
    if (a.reversed || !ids.has(a.itemId) || date(a.paymentDate, 'payment date') < from) continue;
    net.set(a.itemId, (net.get(a.itemId) ?? new Decimal(0)).plus(a.amount));
  }
  const anyPayment = [...net.values()].some((v) => v.greaterThan(0));
  if (!anyPayment) return 'UNSETTLED';
  const all = itemCoverage(items, allocations, from, null).every((c) => c.fullyCovered);
  return all ? 'SETTLED' : 'PARTIALLY_SETTLED';
}

export type PromiseOutcome = 'PENDING' | 'KEPT' | 'BROKEN';

/** A payment posted on one of the file's loans (for a promise with an amount). */
interface PromisePayment {
  paymentDate: IsoDate;
  amount: string;
  reversed?: boolean;
}

/**
 * Outcome of a promise to pay as of `asOf`:
 * - KEPT: without a promised amount, the included items are fully covered by payments dated on or before the promise
 *   date (and on or after `options.since`, normally the notice's creation date; payments after `asOf` are not yet known
 *   and ignored); with `options.amount` (issue 31: "a promise now has an amount too"), the payments posted on the file's
 *   loans (`options.payments`, reversed ones ignored) in the same window sum to at least that amount;
 * - PENDING: not (yet) kept and `asOf` ≤ promise date (a payment on the promise date itself still keeps it);
 * - BROKEN: not kept and the promise date has passed (`asOf` > promise date); late payments do not repair it.
 */
export function promiseOutcome(
  promiseDate: IsoDate,
  items: readonly SettlementItem[],
  allocations: readonly PaymentAllocation[],
  asOf: IsoDate,
  options: { since?: IsoDate | null; amount?: string | null; payments?: readonly PromisePayment[] } = {},
): PromiseOutcome {
  const p = date(promiseDate, 'promise date');
  const now = date(asOf, 'as-of date');
  const until = now < p ? now : p;
  const since = options.since ? date(options.since, 'since date') : null;
  let kept: boolean;
  if (options.amount != null) {
    if (parseMoney(options.amount, 'promise amount') <= 0n) throw new RangeError(`promise amount: must be > 0, got ${options.amount}`);
    const paid = sumMoney((options.payments ?? []).filter((x) => !x.reversed && x.paymentDate <= until && (!since || x.paymentDate >= since)).map((x) => x.amount));
    kept = compareMoney(paid, options.amount) >= 0;
  } else {
    kept = itemCoverage(items, allocations, since, until).every((c) => c.fullyCovered);
  }
  if (kept) return 'KEPT';
  return now <= p ? 'PENDING' : 'BROKEN';
}

// ---------------------------------------------------------------------------------------------------------------
// Notice edit / delete / send predicates
// ---------------------------------------------------------------------------------------------------------------

export interface NoticeLike {
  channel: NoticeChannel;
  reason: ContactReason;
  /** date/time the SMS was handed over to the provider (data wysłania) */
  sentAt?: string | null;
  sendState?: NoticeSendState | null;
  phone?: string | null;
  /** EMAIL: the address and the subject */
  email?: string | null;
  subject?: string | null;
  text?: string | null;
  /** the addressee is departed (date of death or bankruptcy set) */
  departed?: boolean;
}

/** A notice is locked as "sent" once it has a sent date or is in flight/handed over (QUEUED, SENDING, SENT), or failed
 * in a way that may have reached the provider (FAILED, not retryable). */
export function isNoticeSent(notice: NoticeLike): boolean {
  if (notice.sentAt) return true;
  const s = notice.sendState;
  if (!s) return false;
  return s.status === 'QUEUED' || s.status === 'SENDING' || s.status === 'SENT' || s.status === 'BOUNCED' || (s.status === 'FAILED' && !s.failure?.retryable);
}

export interface NoticeEditability {
  /** items section (tick/untick) */
  items: boolean;
  /** "refresh items" (Aktualizuj należności) */
  refreshItems: boolean;
  /** text section: text and phone number */
  text: boolean;
  phone: boolean;
  /** template choice and "generate text" */
  template: boolean;
  /** promise-to-pay date: OVERDUE only */
  promiseDate: boolean;
  /** note: always editable */
  note: boolean;
}

/**
 * What may be edited on a notice (COLL-4.3.2): a sent SMS notice's items, text (with phone number) and template
 * can no longer be edited, and its items can't be refreshed; the note stays editable. Notices of other channels and
 * unsent SMS notices are fully editable. File, reason, channel and creation date are never edited after creation.
 */
export function noticeEditability(notice: NoticeLike): NoticeEditability {
  const locked = isSentBySystem(notice.channel) && isNoticeSent(notice);
  return {
    items: !locked,
    refreshItems: !locked,
    text: !locked,
    phone: !locked,
    template: !locked,
    promiseDate: notice.reason === 'OVERDUE',
    note: true,
  };
}

/**
 * Whether a field of the notice may be edited; without `field`: whether its content (items, text, template) may still
 * be edited — false for a sent SMS notice. The note is always editable (`canEditNotice(n, 'note')`).
 */
export function canEditNotice(notice: NoticeLike, field?: keyof NoticeEditability): boolean {
  const e = noticeEditability(notice);
  return field === undefined ? e.items && e.text && e.template : e[field];
}

/** Issues when editing `fields` of a notice that may not be edited. */
export function editNoticeIssues(notice: NoticeLike, fields: ReadonlyArray<keyof NoticeEditability>): ValidationIssue[] {
  const e = noticeEditability(notice);
  return fields
    .filter((f) => !e[f])
    .map((f) =>
      f === 'promiseDate'
        ? makeIssue(f, 'notice.promiseOnlyOverdue', 'A promise-to-pay date is only available for the reason OVERDUE')
        : makeIssue(f, 'notice.sentNotEditable', 'A sent SMS or e-mail notice can no longer be edited (only its note)'),
    );
}

/** Only notices without a sent date can be deleted. */
export function deleteNoticeIssues(notice: NoticeLike): ValidationIssue[] {
  if (isNoticeSent(notice)) {
    return [makeIssue('notice', 'notice.deleteSent', 'A notice that has been sent cannot be deleted', { messagePl: SEED_MESSAGES_PL['notice.deleteSent'] })];
  }
  return [];
}

export function canDeleteNotice(notice: NoticeLike): boolean {
  return deleteNoticeIssues(notice).length === 0;
}

export interface SendCheckOptions {
  /** SMSAPI integration active (default true) */
  integrationActive?: boolean;
  /** require a mobile prefix on the phone number (default true) */
  requireMobilePrefix?: boolean;
}

/**
 * Why a notice can't be sent: channel must be SMS or EMAIL; not sent yet (never twice); SMS: a valid Polish mobile
 * number, EMAIL: a valid address and a subject (issue 25); a non-empty text; the addressee not departed; for SMS the
 * SMS integration active.
 */
export function sendNoticeIssues(notice: NoticeLike, options: SendCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isSentBySystem(notice.channel)) {
    issues.push(makeIssue('channel', 'notice.channelNotSms', 'Only notices of channel SMS or EMAIL are sent by the system'));
    return issues;
  }
  if (isNoticeSent(notice)) issues.push(makeIssue('notice', 'notice.alreadySent', 'The notice has already been sent'));
  if (notice.channel === 'EMAIL') {
    if (!notice.email || notice.email.trim() === '') issues.push(makeIssue('email', 'required', 'E-mail address is required'));
    else {
      const e = validateEmail(notice.email, 'email');
      if (!e.ok) issues.push(...e.issues);
    }
    if (!notice.subject || notice.subject.trim() === '') issues.push(makeIssue('subject', 'required', 'Subject is required'));
  } else if (!notice.phone || notice.phone.trim() === '') issues.push(makeIssue('phone', 'required', 'Phone number is required'));
  else {
    const p = validatePlMobile(notice.phone, { field: 'phone', requireMobilePrefix: options.requireMobilePrefix ?? true });
    if (!p.ok) issues.push(...p.issues);
  }
  if (!notice.text || notice.text.trim() === '') issues.push(makeIssue('text', 'required', 'Text is required'));
  if (notice.departed) issues.push(makeIssue('party', 'party.departed', 'The addressee is departed (date of death or bankruptcy set) and is never messaged'));
  if (options.integrationActive === false && notice.channel === 'SMS') {
    issues.push(makeIssue('integration', 'sms.integrationInactive', 'The SMS integration (SMSAPI) is not active'));
  }
  return issues;
}

export function canSendNotice(notice: NoticeLike, options: SendCheckOptions = {}): boolean {
  return sendNoticeIssues(notice, options).length === 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Consent and departed parties
// ---------------------------------------------------------------------------------------------------------------

/** Departed (ubyły): a date of death or of bankruptcy is set. Departed parties are never messaged. */
export function isDeparted(party: Pick<PartyLike, 'dateOfDeath' | 'bankruptcyDate'>): boolean {
  return Boolean(party.dateOfDeath) || Boolean(party.bankruptcyDate);
}

/**
 * At most ONE mobile contact per party may carry SMS consent (COLL-4.1). Returns one issue per additional
 * consented mobile (field `contacts[i].smsConsent`), with the seed's message in `params.messagePl`.
 */
export function checkSingleConsentedMobile(contacts: readonly Pick<PartyContact, 'type' | 'smsConsent'>[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let seen = false;
  contacts.forEach((c, i) => {
    if (c.type !== 'MOBILE' || !c.smsConsent) return;
    if (seen) {
      issues.push(makeIssue(`contacts[${i}].smsConsent`, 'sms.consentTaken', 'A party may have only one mobile number with SMS consent', { messagePl: SEED_MESSAGES_PL['sms.consentTaken'] }));
    }
    seen = true;
  });
  return issues;
}

/** The consented mobile number (normalised to 9 digits) of a party, or null. */
export function consentedMobile(contacts: readonly Pick<PartyContact, 'type' | 'smsConsent' | 'value'>[], options: { requireMobilePrefix?: boolean } = {}): string | null {
  for (const c of contacts) {
    if (c.type !== 'MOBILE' || !c.smsConsent) continue;
    const v = validatePlMobile(c.value, { requireMobilePrefix: options.requireMobilePrefix ?? true });
    if (v.ok) return v.value;
  }
  return null;
}

/**
 * Consent check when saving an SMS notice (COLL-4.3.1): without a consented mobile the user is offered to go to
 * the party's contacts, or to save with a number typed by hand → `sms.noConsent` (a confirmable warning, not a hard
 * error); a departed addressee → `party.departed`.
 */
export function noticeConsentIssues(party: Pick<PartyLike, 'dateOfDeath' | 'bankruptcyDate'>, contacts: readonly PartyContact[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (isDeparted(party)) issues.push(makeIssue('party', 'party.departed', 'The addressee is departed (date of death or bankruptcy set) and is never messaged'));
  if (consentedMobile(contacts, { requireMobilePrefix: false }) === null) {
    issues.push(makeIssue('phone', 'sms.noConsent', 'The party has not consented to SMS notices', { messagePl: SEED_MESSAGES_PL['sms.noConsent'] }));
  }
  return issues;
}

/** The first e-mail contact with consent to notices (COLL-4.1 "zgoda na powiadomienia sms/e-mail"), or null. */
export function consentedEmail(contacts: readonly Pick<PartyContact, 'type' | 'smsConsent' | 'value'>[]): string | null {
  for (const c of contacts) {
    if (c.type !== 'EMAIL' || !c.smsConsent) continue;
    const v = validateEmail(c.value, 'email');
    if (v.ok) return v.value;
  }
  return null;
}
