import { Decimal } from 'decimal.js';
import { formatDatePl, type IsoDate } from '../validators/dates.js';
import { makeIssue, ValidationError, type ValidationIssue } from '../validators/errors.js';
import { sanitizeText } from '../validators/text.js';
import { formatAmountPl, type AmountCurrency } from '../money.js';
import { checkSmsLength, normaliseSmsText, smsLength, type SmsLength, type SmsNormalisation } from './sms.js';
import { isContactReason, isNoticeChannel, isSmsChannel, type ContactReason, type NoticeChannel } from './types.js';

export const PLACEHOLDER_TAGS = ['kod_naleznosci', 'nazwa_naleznosci', 'kartoteka', 'rata', 'data_raty', 'kwota_raty', 'suma_naleznosci', 'dopisek_zobowiazania', 'data_zobowiazania'] as const;
export type PlaceholderTag = (typeof PLACEHOLDER_TAGS)[number];

export interface PlaceholderDef {
  tag: PlaceholderTag;
  /** the placeholder as written in a template, e.g. '<kartoteka>' */
  token: string;
  label: string;
  /** the seed's Polish description */
  labelPl: string;
  /** 'text' = template text; 'addendum' = promise-to-pay addendum text only */
  scope: 'text' | 'addendum';
}

const DEFS: Record<PlaceholderTag, Omit<PlaceholderDef, 'tag' | 'token'>> = {
  kod_naleznosci: { label: 'Receivable kind code', labelPl: 'Kod rodzaju należności', scope: 'text' },
  nazwa_naleznosci: { label: 'Receivable kind', labelPl: 'Rodzaj należności', scope: 'text' },
  kartoteka: { label: 'Debtor file number', labelPl: 'Numer kartoteki', scope: 'text' },
  rata: { label: 'Year and installment number', labelPl: 'Rok i numer raty', scope: 'text' },
  data_raty: { label: 'Installment due date', labelPl: 'Termin płatności raty', scope: 'text' },
  kwota_raty: { label: 'Installment amount', labelPl: 'Kwota raty', scope: 'text' },
  suma_naleznosci: { label: 'Total of the selected items', labelPl: 'Łączna kwota wybranych należności', scope: 'text' },
  dopisek_zobowiazania: { label: 'Promise-to-pay addendum', labelPl: 'Treść zobowiązania do spłaty', scope: 'text' },
  data_zobowiazania: {
    label: 'Promise-to-pay date',
    labelPl: 'Data zobowiązania podatnika do spłaty należności',
    scope: 'addendum',
  },
};

/** Placeholders available per reason, exactly as COLL-4.2. */
export const PLACEHOLDERS_BY_REASON: Readonly<Record<ContactReason, readonly PlaceholderTag[]>> = {
  OTHER: ['kod_naleznosci', 'nazwa_naleznosci', 'kartoteka', 'suma_naleznosci'],
  UPCOMING: ['nazwa_naleznosci', 'kartoteka', 'rata', 'data_raty', 'kwota_raty', 'suma_naleznosci'],
  OVERDUE: ['kod_naleznosci', 'nazwa_naleznosci', 'kartoteka', 'rata', 'data_raty', 'kwota_raty', 'suma_naleznosci', 'dopisek_zobowiazania'],
};

/** Placeholders available in the promise-to-pay addendum (OVERDUE only). */
export const ADDENDUM_PLACEHOLDERS: readonly PlaceholderTag[] = ['data_zobowiazania'];

function def(tag: PlaceholderTag): PlaceholderDef {
  return { tag, token: `<${tag}>`, ...DEFS[tag] };
}

/** Placeholders offered for a reason: text placeholders, then (OVERDUE) the addendum placeholder. */
export function placeholdersFor(reason: ContactReason): PlaceholderDef[] {
  const text = PLACEHOLDERS_BY_REASON[reason].map(def);
  return reason === 'OVERDUE' ? [...text, ...ADDENDUM_PLACEHOLDERS.map(def)] : text;
}

export interface TemplateInput {
  name: string;
  channel: NoticeChannel;
  reason: ContactReason;
  text: string;
  /** "Treść zobowiązania do spłaty" — OVERDUE only */
  promiseAddendum?: string | null;
  /** EMAIL only (required there): the subject line, with the same placeholders as the text (issue 25) */
  subject?: string | null;
}

export const TEMPLATE_NAME_MAX = 100;
/** Characters of a template's text; an SMS template is further limited to SMS_MAX_PARTS parts (`checkSmsLength`). */
export const TEMPLATE_TEXT_MAX = 2000;
export const TEMPLATE_ADDENDUM_MAX = 500;
export const TEMPLATE_SUBJECT_MAX = 200;

/** Tags found in a text: '<word>' where word is letters, digits and '_'. */
export function findTags(text: string): Array<{ tag: string; index: number }> {
  const out: Array<{ tag: string; index: number }> = [];
  for (const m of text.matchAll(/<([A-Za-z0-9_]+)>/g)) out.push({ tag: m[1], index: m.index ?? 0 });
  return out;
}

function isKnownTag(tag: string): tag is PlaceholderTag {
  return (PLACEHOLDER_TAGS as readonly string[]).includes(tag);
}

/**
 * Validates a template: required name (≤ 100), channel, reason and text (≤ 2000, newlines allowed; an SMS template's text
 * with its addendum at most SMS_MAX_PARTS parts as sent, the notices' limit, issue #22); every `<tag>` must
 * be a known placeholder allowed for the reason; `<data_zobowiazania>` only inside the addendum; the addendum only for
 * OVERDUE, containing only `<data_zobowiazania>`; an addendum needs `<dopisek_zobowiazania>` in the text and vice versa.
 */
export function validateTemplate(input: Partial<TemplateInput>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = sanitizeText(input.name, { field: 'name', required: true, maxLength: TEMPLATE_NAME_MAX });
  if (!name.ok) issues.push(...name.issues);
  if (input.channel === undefined || input.channel === null) issues.push(makeIssue('channel', 'required', 'Channel is required'));
  else if (!isNoticeChannel(input.channel)) issues.push(makeIssue('channel', 'enum', 'Unknown channel', { value: input.channel }));
  const reasonOk = isContactReason(input.reason);
  if (input.reason === undefined || input.reason === null) issues.push(makeIssue('reason', 'required', 'Contact reason is required'));
  else if (!reasonOk) issues.push(makeIssue('reason', 'enum', 'Unknown contact reason', { value: input.reason }));
  const text = sanitizeText(input.text, { field: 'text', required: true, maxLength: TEMPLATE_TEXT_MAX, allowNewlines: true });
  if (!text.ok) issues.push(...text.issues);
  const addendumRaw = input.promiseAddendum ?? '';
  const addendum = sanitizeText(addendumRaw, { field: 'promiseAddendum', maxLength: TEMPLATE_ADDENDUM_MAX, allowNewlines: true });
  if (!addendum.ok) issues.push(...addendum.issues);
  const addendumText = addendum.ok ? addendum.value : String(addendumRaw).trim();
  if (text.ok && input.channel && isNoticeChannel(input.channel) && isSmsChannel(input.channel)) {
    issues.push(...checkSmsLength(text.value.replace(/<dopisek_zobowiazania>/g, addendumText), 'text'));
  }
  if (!reasonOk) return issues;
  const reason = input.reason as ContactReason;
  const allowed = PLACEHOLDERS_BY_REASON[reason];
  const textTags = findTags(String(input.text ?? ''));
  const seen = new Set<string>();
  for (const { tag } of textTags) {
    if (seen.has(tag)) continue;
    seen.add(tag);
    if (!isKnownTag(tag)) {
      issues.push(makeIssue('text', 'template.unknownTag', `Unknown placeholder <${tag}>`, { tag }));
    } else if (tag === 'data_zobowiazania') {
      issues.push(makeIssue('text', 'template.promiseDateOutsideAddendum', '<data_zobowiazania> may only be used in the promise-to-pay addendum', { tag }));
    } else if (!allowed.includes(tag)) {
      issues.push(makeIssue('text', 'template.tagNotAllowed', `Placeholder <${tag}> is not available for reason ${reason}`, { tag, reason }));
    }
  }
  const subjectRaw = input.subject ?? '';
  if (input.channel === 'EMAIL') {
    const subject = sanitizeText(subjectRaw, { field: 'subject', required: true, maxLength: TEMPLATE_SUBJECT_MAX });
    if (!subject.ok) issues.push(...subject.issues);
    const sSeen = new Set<string>();
    for (const { tag } of findTags(String(subjectRaw))) {
      if (sSeen.has(tag)) continue;
      sSeen.add(tag);
      if (!isKnownTag(tag)) issues.push(makeIssue('subject', 'template.unknownTag', `Unknown placeholder <${tag}>`, { tag }));
      else if (tag === 'dopisek_zobowiazania' || tag === 'data_zobowiazania' || !allowed.includes(tag)) {
        issues.push(makeIssue('subject', 'template.tagNotAllowed', `Placeholder <${tag}> is not available in the subject`, { tag, reason, scope: 'subject' }));
      }
    }
  } else if (String(subjectRaw).trim() !== '') {
    issues.push(makeIssue('subject', 'template.subjectOnlyEmail', 'A subject is only used by e-mail templates', { channel: input.channel }));
  }
  if (addendumText !== '') {
    if (reason !== 'OVERDUE') {
      issues.push(makeIssue('promiseAddendum', 'template.addendumOnlyOverdue', 'The promise-to-pay addendum is only available for the reason OVERDUE', { reason }));
    } else {
      const aSeen = new Set<string>();
      for (const { tag } of findTags(addendumText)) {
        if (aSeen.has(tag)) continue;
        aSeen.add(tag);
        if (!isKnownTag(tag)) {
          issues.push(makeIssue('promiseAddendum', 'template.unknownTag', `Unknown placeholder <${tag}>`, { tag }));
        } else if (!ADDENDUM_PLACEHOLDERS.includes(tag)) {
          issues.push(makeIssue('promiseAddendum', 'template.tagNotAllowed', `Placeholder <${tag}> is not available in the promise-to-pay addendum`, { tag, reason, scope: 'addendum' }));
        }
      }
      if (!seen.has('dopisek_zobowiazania')) {
        issues.push(makeIssue('text', 'template.addendumUnused', 'The text must contain <dopisek_zobowiazania> for the promise-to-pay addendum to be used'));
      }
    }
  } else if (reason === 'OVERDUE' && seen.has('dopisek_zobowiazania')) {
    issues.push(makeIssue('promiseAddendum', 'template.addendumMissing', 'The promise-to-pay addendum text is required when the text contains <dopisek_zobowiazania>'));
  }
  return issues;
}

/**
 * For SMS channels: the template text and addendum as they will be stored (GSM-7 normalised, COLL-4.2: "on preview or
 * save the system replaces Polish letters and removes special characters after showing a message").
 */
export function normaliseTemplate<T extends Pick<TemplateInput, 'channel' | 'text' | 'promiseAddendum'>>(
  template: T,
): { template: T; text: SmsNormalisation; promiseAddendum: SmsNormalisation | null; changed: boolean } {
  if (!isSmsChannel(template.channel)) {
    return { template, text: { text: template.text, replaced: [], removed: [] }, promiseAddendum: null, changed: false };
  }
  const text = normaliseSmsText(template.text);
  const addendum = template.promiseAddendum ? normaliseSmsText(template.promiseAddendum) : null;
  const changed = text.text !== template.text || (addendum !== null && addendum.text !== template.promiseAddendum);
  return {
    template: { ...template, text: text.text, promiseAddendum: addendum ? addendum.text : template.promiseAddendum },
    text,
    promiseAddendum: addendum,
    changed,
  };
}

/** One selected item as needed for rendering. */
export interface RenderItem {
  year: number;
  installmentNo: number;
  dueDate: IsoDate;
  /** the item's amount (overdue + future balance as of the notice's creation), decimal string */
  amount: string;
}

export interface RenderContext {
  kindCode: string;
  kindName: string;
  fileNumber: string;
  items: RenderItem[];
  /** promise-to-pay date; the addendum is rendered only when set (and reason OVERDUE) */
  promiseDate?: IsoDate | null;
  /** when set, amounts are rendered with the currency suffix (' zł' / ' €'); default: bare amount as in the seed */
  currency?: AmountCurrency | null;
}

export interface RenderedNotice {
  /** final text: for SMS channels normalised to GSM-7 */
  text: string;
  /** text before normalisation */
  raw: string;
  /** SMS channels: the normalisation report and length */
  normalisation?: SmsNormalisation;
  length?: SmsLength;
  /** EMAIL: the rendered subject and the HTML part (the text is the plain-text part) */
  subject?: string;
  html?: string;
}

/** List separator for several selected items in <rata>, <data_raty>, <kwota_raty>. */
export const LIST_SEPARATOR = '; ';

function sortItems(items: RenderItem[]): RenderItem[] {
  return [...items].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.year - b.year || a.installmentNo - b.installmentNo));
}

/** Values of all placeholders for a context (items in due-date order). */
export function placeholderValues(reason: ContactReason, context: RenderContext, promiseAddendum?: string | null): Record<PlaceholderTag, string> {
  const items = sortItems(context.items);
  const money = (a: string | Decimal) => formatAmountPl(a, context.currency ?? undefined);
  const total = items.reduce((acc, i) => acc.plus(i.amount), new Decimal(0));
  const promise = context.promiseDate ? formatDatePl(context.promiseDate) : '';
  const addendum = reason === 'OVERDUE' && context.promiseDate && promiseAddendum ? promiseAddendum.replace(/<data_zobowiazania>/g, promise) : '';
  return {
    kod_naleznosci: context.kindCode,
    nazwa_naleznosci: context.kindName,
    kartoteka: context.fileNumber,
    rata: items.map((i) => `${i.year}/${i.installmentNo}`).join(LIST_SEPARATOR),
    data_raty: items.map((i) => formatDatePl(i.dueDate)).join(LIST_SEPARATOR),
    kwota_raty: items.map((i) => money(i.amount)).join(LIST_SEPARATOR),
    suma_naleznosci: money(total),
    dopisek_zobowiazania: addendum,
    data_zobowiazania: promise,
  };
}

/**
 * Renders a notice text from a template. Throws `ValidationError` when the template's placeholders are invalid for its
 * reason. An empty `<dopisek_zobowiazania>` (no promise date) is removed together with the horizontal whitespace before
 * it; the result is trimmed. For SMS channels the result is normalised to GSM-7 and measured.
 */
export function renderNotice(template: Pick<TemplateInput, 'channel' | 'reason' | 'text' | 'promiseAddendum' | 'subject'>, context: RenderContext): RenderedNotice {
  const tagIssues = validateTemplate({ ...template, name: 'x' }).filter((i) => i.rule.startsWith('template.') && i.rule !== 'template.addendumUnused' && i.rule !== 'template.addendumMissing');
  if (tagIssues.length > 0) throw new ValidationError(tagIssues);
  const values = placeholderValues(template.reason, context, template.promiseAddendum);
  let raw = template.text;
  if (values.dopisek_zobowiazania === '') raw = raw.replace(/[ \t]*<dopisek_zobowiazania>/g, '');
  const fill = (t: string) => t.replace(/<([A-Za-z0-9_]+)>/g, (whole, tag: string) => (isKnownTag(tag) ? values[tag] : whole)).trim();
  raw = fill(raw);
  if (template.channel === 'EMAIL') {
    const subject = fill(template.subject ?? '').replace(/\s+/g, ' ');
    return { text: raw, raw, subject, html: emailHtml(raw) };
  }
  if (!isSmsChannel(template.channel)) return { text: raw, raw };
  const normalisation = normaliseSmsText(raw);
  return { text: normalisation.text, raw, normalisation, length: smsLength(normalisation.text) };
}

/** Sample data for template previews (deterministic; creation date 2026-03-23 as in the seed's screens). */
export function sampleContext(reason: ContactReason): RenderContext {
  const overdue: RenderItem[] = [
    { year: 2026, installmentNo: 1, dueDate: '2026-01-20', amount: '140.00' },
    { year: 2026, installmentNo: 2, dueDate: '2026-02-20', amount: '140.00' },
    { year: 2026, installmentNo: 3, dueDate: '2026-03-20', amount: '140.00' },
  ];
  const upcoming: RenderItem[] = [{ year: 2026, installmentNo: 4, dueDate: '2026-04-20', amount: '140.00' }];
  const base = { kindCode: 'GOK', kindName: 'Pożyczka gotówkowa', fileNumber: '544' };
  if (reason === 'OVERDUE') return { ...base, items: overdue, promiseDate: '2026-03-31' };
  if (reason === 'UPCOMING') return { ...base, items: upcoming, promiseDate: null };
  return { ...base, items: [...overdue, ...upcoming], promiseDate: null };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The HTML part of an e-mail notice made from its plain-text part (issue 25): the same words, HTML-escaped (a value
 * can never inject markup), blank lines → paragraphs, single line breaks → <br>. One source text, so the two parts
 * of a message never say different things.
 */
export function emailHtml(text: string): string {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">${paras.join('')}</body></html>`;
}
