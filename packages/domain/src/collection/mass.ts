import { Decimal } from 'decimal.js';
import { validateAmount } from '../validators/amount.js';
import { addDays, datePart, validateIsoDate, type IsoDate } from '../validators/dates.js';
import { makeIssue, type ValidationIssue } from '../validators/errors.js';
import { consentedEmail, consentedMobile, isDeparted, noticeItemAmount } from './notices.js';
import { isContactReason, isNoticeChannel, type ContactReason, type NoticeChannel, type NoticeItem, type PartyContact, type PartyLike } from './types.js';

/** Parameters of mass generation (COLL-6). Unset optional parameters (null/undefined) = checkbox not ticked. */
export interface MassGenerationParams {
  /** receivable kind code (required) */
  kindCode: string;
  /** file number range, inclusive; compared numerically when both sides are integers, else as strings */
  fileNumberFrom?: string | number | null;
  fileNumberTo?: string | number | null;
  /** default 'SMS' */
  channel?: NoticeChannel;
  /** required */
  reason: ContactReason;
  /** OVERDUE: items due in the last X days; UPCOMING: items due in the next X days (not for OTHER) */
  dueWithinDays?: number | null;
  /** single-installment amount from–to, inclusive, decimal strings */
  amountFrom?: string | null;
  amountTo?: string | null;
  /** skip files with a notice created in the last X days */
  skipNoticeWithinDays?: number | null;
  /** "data przygotowania danych" — the day the data is prepared */
  preparationDate: IsoDate;
}

export interface MassParty extends PartyLike {
  contacts: PartyContact[];
}

export interface MassFile {
  id: string;
  kindCode: string;
  fileNumber: string;
  /** all debtors/co-debtors of the file */
  parties: MassParty[];
  /** the file's items with balances as of the preparation date */
  items: NoticeItem[];
  /** creation dates (or timestamps) of the file's existing notices, any channel and addressee */
  noticeCreationDates: string[];
  /** an active collection hold (dispute, complaint, forbearance, hard collection; issue 31): out of mass generation */
  onHold?: boolean;
}

export interface MassRow {
  fileId: string;
  kindCode: string;
  fileNumber: string;
  partyId: string;
  partyName?: string;
  /** the party's consented mobile, 9 digits ('' for channel EMAIL) */
  phone: string;
  /** channel EMAIL: the party's consented e-mail address (issue 25) */
  email?: string;
  /** the items listed for the addressee (all ticked) */
  items: NoticeItem[];
}

function isNonNegInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Validates mass-generation parameters. */
export function validateMassGenerationParams(p: Partial<MassGenerationParams>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!p.kindCode || String(p.kindCode).trim() === '') issues.push(makeIssue('kindCode', 'required', 'Receivable kind is required'));
  if (p.reason === undefined || p.reason === null) issues.push(makeIssue('reason', 'required', 'Contact reason is required'));
  else if (!isContactReason(p.reason)) issues.push(makeIssue('reason', 'enum', 'Unknown contact reason'));
  if (p.channel !== undefined && !isNoticeChannel(p.channel)) issues.push(makeIssue('channel', 'enum', 'Unknown channel'));
  const d = validateIsoDate(p.preparationDate, { field: 'preparationDate' });
  if (!d.ok) issues.push(...d.issues);
  if (p.dueWithinDays !== undefined && p.dueWithinDays !== null) {
    if (!isNonNegInt(p.dueWithinDays)) issues.push(makeIssue('dueWithinDays', 'integer.nonNegative', 'Number of days must be a whole number ≥ 0'));
    if (p.reason === 'OTHER') issues.push(makeIssue('dueWithinDays', 'mass.dueWindowReason', 'The due-date window is only available for reasons OVERDUE and UPCOMING'));
  }
  if (p.skipNoticeWithinDays !== undefined && p.skipNoticeWithinDays !== null && !isNonNegInt(p.skipNoticeWithinDays)) {
    issues.push(makeIssue('skipNoticeWithinDays', 'integer.nonNegative', 'Number of days must be a whole number ≥ 0'));
  }
  const from = p.amountFrom ? validateAmount(p.amountFrom, { field: 'amountFrom' }) : null;
  const to = p.amountTo ? validateAmount(p.amountTo, { field: 'amountTo' }) : null;
  if (from && !from.ok) issues.push(...from.issues);
  if (to && !to.ok) issues.push(...to.issues);
  if (from?.ok && to?.ok && new Decimal(from.value).greaterThan(to.value)) {
    issues.push(makeIssue('amountTo', 'range.order', 'Amount "to" must not be less than amount "from"'));
  }
  const fFrom = p.fileNumberFrom,
    fTo = p.fileNumberTo;
  if (fFrom !== undefined && fFrom !== null && fFrom !== '' && fTo !== undefined && fTo !== null && fTo !== '' && compareFileNumbers(String(fFrom), String(fTo)) > 0) {
    issues.push(makeIssue('fileNumberTo', 'range.order', 'File number "to" must not be less than file number "from"'));
  }
  return issues;
}

/** Compares file numbers numerically when both are integers (e.g. '5' < '544'), otherwise as strings. */
export function compareFileNumbers(a: string, b: string): number {
  const x = a.trim(),
    y = b.trim();
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
    const bx = BigInt(x),
      by = BigInt(y);
    return bx < by ? -1 : bx > by ? 1 : 0;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

function has(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/**
 * The parameters prepared once for many files (massGenerationRows runs them over tens of thousands of files and
 * hundreds of thousands of items): the preparation date validated, the due-date window's bounds and the amount range
 * computed once, and the items' due dates validated once per distinct date.
 */
interface Criteria {
  p: MassGenerationParams;
  P: IsoDate;
  window: readonly [IsoDate, IsoDate] | null;
  amountFrom: Decimal | null;
  amountTo: Decimal | null;
  skipSince: IsoDate | null;
  dueOf: (item: NoticeItem) => IsoDate;
}

function criteria(p: MassGenerationParams): Criteria {
  const P = dateOrThrow(p.preparationDate, 'creation date');
  let window: readonly [IsoDate, IsoDate] | null = null;
  if (has(p.dueWithinDays) && p.reason !== 'OTHER') {
    const x = Number(p.dueWithinDays);
    window = p.reason === 'OVERDUE' ? [addDays(P, -x), addDays(P, -1)] : [P, addDays(P, x)];
  }
  const valid = new Map<string, IsoDate>();
  return {
    p,
    P,
    window,
    amountFrom: has(p.amountFrom) ? new Decimal(p.amountFrom as string) : null,
    amountTo: has(p.amountTo) ? new Decimal(p.amountTo as string) : null,
    skipSince: has(p.skipNoticeWithinDays) ? addDays(P, -Number(p.skipNoticeWithinDays)) : null,
    dueOf: (item) => {
      let d = valid.get(item.dueDate);
      if (d === undefined) valid.set(item.dueDate, (d = dateOrThrow(item.dueDate, 'due date')));
      return d;
    },
  };
}

function dateOrThrow(value: string, name: string): IsoDate {
  const d = validateIsoDate(datePart(value));
  if (!d.ok) throw new RangeError(`Invalid ${name}: ${value}`);
  return d.value;
}

const PLAIN_NON_NEGATIVE = /^\d+(\.\d+)?$/;
const NON_ZERO_DIGIT = /[1-9]/;

/** overdue + future balance > 0, exactly; without decimal arithmetic when both are plain non-negative decimals. */
function positiveAmount(item: Pick<NoticeItem, 'overdueBalance' | 'futureBalance'>): boolean {
  const o = item.overdueBalance,
    f = item.futureBalance;
  if (PLAIN_NON_NEGATIVE.test(o) && PLAIN_NON_NEGATIVE.test(f)) return NON_ZERO_DIGIT.test(o) || NON_ZERO_DIGIT.test(f);
  return new Decimal(noticeItemAmount(item)).greaterThan(0);
}

function candidates(c: Criteria, file: Pick<MassFile, 'items'>): NoticeItem[] {
  const { reason } = c.p;
  return file.items.filter((i) => {
    const d = c.dueOf(i);
    return (reason === 'OVERDUE' ? d < c.P : reason === 'UPCOMING' ? d >= c.P : true) && positiveAmount(i);
  });
}

function itemQualifies(c: Criteria, item: NoticeItem): boolean {
  if (c.window) {
    const d = c.dueOf(item);
    if (d < c.window[0] || d > c.window[1]) return false;
  }
  if (c.amountFrom || c.amountTo) {
    const amount = new Decimal(noticeItemAmount(item));
    if (c.amountFrom && amount.lessThan(c.amountFrom)) return false;
    if (c.amountTo && amount.greaterThan(c.amountTo)) return false;
  }
  return true;
}

/** File-level qualification on the file's candidate items (computed once by the caller). */
function fileQualifies(c: Criteria, file: MassFile, items: readonly NoticeItem[]): boolean {
  const { p } = c;
  if (file.kindCode !== p.kindCode) return false;
  if (file.onHold) return false;
  if (has(p.fileNumberFrom) && compareFileNumbers(file.fileNumber, String(p.fileNumberFrom)) < 0) return false;
  if (has(p.fileNumberTo) && compareFileNumbers(file.fileNumber, String(p.fileNumberTo)) > 0) return false;
  if (!items.some((i) => itemQualifies(c, i))) return false;
  if (c.skipSince !== null) {
    const since = c.skipSince;
    if (
      file.noticeCreationDates.some((d) => {
        const day = datePart(d);
        return day >= since && day <= c.P;
      })
    )
      return false;
  }
  return true;
}

/**
 * The items listed for a file's addressees: items selected by reason as of the preparation date (OVERDUE due < P,
 * UPCOMING due ≥ P, OTHER all) with a positive amount (overdue + future balance).
 */
export function massCandidateItems(p: MassGenerationParams, file: Pick<MassFile, 'items'>): NoticeItem[] {
  return candidates(criteria(p), file);
}

/** Whether a candidate item satisfies the ticked "files having items" conditions (window and amount range). */
export function massItemQualifies(p: MassGenerationParams, item: NoticeItem): boolean {
  return itemQualifies(criteria(p), item);
}

/** File-level qualification (kind, number range, a qualifying item, no recent notice). */
export function massFileQualifies(p: MassGenerationParams, file: MassFile): boolean {
  const c = criteria(p);
  return fileQualifies(c, file, candidates(c, file));
}

/** The addressee's phone when the party may receive a mass notice (not departed, one consented valid mobile), else null. */
export function massPartyPhone(party: MassParty): string | null {
  if (isDeparted(party)) return null;
  return consentedMobile(party.contacts);
}

/** The addressee's e-mail address for a mass e-mail notice (not departed, an e-mail contact with consent), else null. */
export function massPartyEmail(party: MassParty): string | null {
  if (isDeparted(party)) return null;
  return consentedEmail(party.contacts);
}

/** Polish collation; the same order as `localeCompare(…, 'pl')`, without creating a collator per comparison. */
const PL = new Intl.Collator('pl');

/**
 * Reference implementation of mass generation's "prepare data" (COLL-6): one row per qualifying party of each
 * qualifying file (co-debtors are separate rows), with the file's candidate items. Rows are ordered by party name
 * (Polish collation), then file number, then party id.
 */
export function massGenerationRows(p: MassGenerationParams, files: readonly MassFile[]): MassRow[] {
  const rows: MassRow[] = [];
  const c = criteria(p);
  for (const file of files) {
    const items = candidates(c, file);
    if (!fileQualifies(c, file, items)) continue;
    for (const party of file.parties) {
      // SMS (and the other channels): the consented mobile; EMAIL: the consented e-mail address (issue 25)
      const email = p.channel === 'EMAIL' ? massPartyEmail(party) : null;
      const phone = p.channel === 'EMAIL' ? (email === null ? null : '') : massPartyPhone(party);
      if (phone === null) continue;
      rows.push({
        fileId: file.id,
        kindCode: file.kindCode,
        fileNumber: file.fileNumber,
        partyId: party.id,
        ...(party.name !== undefined ? { partyName: party.name } : {}),
        phone,
        ...(email !== null ? { email } : {}),
        items,
      });
    }
  }
  return rows.sort((a, b) => PL.compare(a.partyName ?? '', b.partyName ?? '') || compareFileNumbers(a.fileNumber, b.fileNumber) || (a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : 0));
}
