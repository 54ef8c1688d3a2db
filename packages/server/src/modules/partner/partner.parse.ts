/**
 * Lenient readers for the partner JSON bodies (LOAN-7 "Lea API"): values arrive as JSON numbers or strings, dates
 * as "2020-4-9", "2020-04-09", "2020-04-09T00:00:00" or "9.4.2020" (the seed's own examples use all of these).
 * Every reader records an issue naming the field (seed name, e.g. `product[0].contractPrice`) and never throws.
 * Text, phones and e-mails go through the domain's validators (the same rules as the GraphQL inputs): control
 * characters, bidi controls and zero-width characters are refused, never replaced (docs/partner-api.md).
 */

/** Length limit of a text field the seed gives no size for. */
const DEFAULT_TEXT_MAX = 255;
/** Length limit of a string inside the free-form client profile (personalData, employer, …). */
const PROFILE_TEXT_MAX = 200;
import { sanitizeText, validateAmount, validateEmail, validatePhone, type PhoneCountry } from '@raty/domain';
import type { IssueCollector } from '../../graphql/errors.js';
import { isCalendarDate } from '../../graphql/scalars.js';

export type Body = Record<string, unknown>;

export class Reader {
  constructor(
    readonly issues: IssueCollector,
    /** prefix of field paths: '' for the REST body, 'input.' for GraphQL */
    readonly prefix = '',
  ) {}

  path(field: string) {
    return `${this.prefix}${field}`;
  }

  /**
   * A required value that was not sent (rule `required`), never confused with a value sent but invalid (its own rule,
   * e.g. `nonstopbanking.invalid`). `params.messageSk` carries the seed's wording ("povinný atribút … nie je dodaný").
   */
  missing(field: string, label = field) {
    this.issues.add(this.path(field), 'required', `${label} is required`, { messageSk: `Povinný atribút ${field} nie je dodaný` });
  }

  static present(v: unknown): boolean {
    return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
  }

  text(body: Body, field: string, opts: { required?: boolean; max?: number; at?: string; multiline?: boolean } = {}): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) {
      if (opts.required) this.missing(at);
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      this.issues.add(this.path(at), 'text.format', `${field} must be a string`);
      return undefined;
    }
    const r = sanitizeText(String(v), { field: this.path(at), maxLength: opts.max ?? DEFAULT_TEXT_MAX, allowNewlines: opts.multiline });
    if (!r.ok) {
      this.issues.addAll(r.issues);
      return undefined;
    }
    return r.value;
  }

  /** Phone number (domain `validatePhone`): PL → 9 digits, SK → +421…; '' when absent. */
  phone(body: Body, field: string, opts: { at?: string; mobile?: boolean; country: PhoneCountry }): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) return undefined;
    const r = validatePhone(v, { field: this.path(at), kind: opts.mobile ? 'MOBILE' : 'ANY', defaultCountry: opts.country });
    if (!r.ok) {
      this.issues.addAll(r.issues);
      return undefined;
    }
    return r.value;
  }

  email(body: Body, field: string, opts: { at?: string } = {}): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) return undefined;
    if (typeof v !== 'string') {
      this.issues.add(this.path(at), 'email.format', 'E-mail address is invalid');
      return undefined;
    }
    const r = validateEmail(v, this.path(at));
    if (!r.ok) {
      this.issues.addAll(r.issues);
      return undefined;
    }
    return r.value;
  }

  /**
   * A free-form value kept as sent (client profile attributes): strings checked like `text` (≤ PROFILE_TEXT_MAX),
   * numbers and booleans kept, objects/arrays walked (at most 4 levels, 100 entries); undefined on an issue.
   */
  freeform(value: unknown, at: string, depth = 0): unknown {
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      this.issues.add(this.path(at), 'number.format', `${at} must be a finite number`);
      return undefined;
    }
    if (typeof value === 'string') {
      const r = sanitizeText(value, { field: this.path(at), maxLength: PROFILE_TEXT_MAX });
      if (!r.ok) {
        this.issues.addAll(r.issues);
        return undefined;
      }
      return r.value;
    }
    if (typeof value === 'object' && depth < 4) {
      const entries = Array.isArray(value) ? value.map((x, i) => [String(i), x] as const) : Object.entries(value as Record<string, unknown>);
      if (entries.length > 100) {
        this.issues.add(this.path(at), 'array.maxItems', `${at} may have at most 100 entries`, { max: 100 });
        return undefined;
      }
      const out: [string, unknown][] = [];
      for (const [k, x] of entries) {
        const key = sanitizeText(k, { field: this.path(at), maxLength: 100 });
        if (!key.ok) {
          this.issues.addAll(key.issues);
          continue;
        }
        out.push([k, this.freeform(x, Array.isArray(value) ? `${at}[${k}]` : `${at}.${k}`, depth + 1)]);
      }
      return Array.isArray(value) ? out.map(([, x]) => x) : Object.fromEntries(out);
    }
    this.issues.add(this.path(at), 'value.format', `${at} has an unsupported shape`);
    return undefined;
  }

  /** Decimal (money or percent) from a JSON number or a decimal string; returns a canonical string. */
  decimal(body: Body, field: string, opts: { required?: boolean; decimals?: number; at?: string; positive?: boolean } = {}): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) {
      if (opts.required) this.missing(at);
      return undefined;
    }
    let s: string;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        this.issues.add(this.path(at), 'amount.format', `${field} must be a number`);
        return undefined;
      }
      s = String(v);
    } else if (typeof v === 'string') s = v.trim().replace(',', '.');
    else {
      this.issues.add(this.path(at), 'amount.format', `${field} must be a number`);
      return undefined;
    }
    const r = validateAmount(s, { field: this.path(at), maxDecimals: opts.decimals ?? 2 });
    if (!r.ok) {
      this.issues.addAll(r.issues);
      return undefined;
    }
    if (opts.positive && !/[1-9]/.test(r.value)) {
      this.issues.add(this.path(at), 'amount.positive', `${field} must be greater than 0`);
      return undefined;
    }
    return r.value;
  }

  integer(body: Body, field: string, opts: { required?: boolean; min?: number; max?: number; at?: string } = {}): number | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) {
      if (opts.required) this.missing(at);
      return undefined;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) {
      this.issues.add(this.path(at), 'integer.format', `${field} must be a whole number`);
      return undefined;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      this.issues.add(this.path(at), 'range', `${field} must be from ${opts.min} to ${opts.max}`, { min: opts.min, max: opts.max });
      return undefined;
    }
    return n;
  }

  /** Whole number id (cisId, clientId) as bigint-safe string of digits. */
  digits(body: Body, field: string, opts: { required?: boolean; at?: string } = {}): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) {
      if (opts.required) this.missing(at);
      return undefined;
    }
    const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (!/^\d{1,18}$/.test(s)) {
      this.issues.add(this.path(at), 'integer.format', `${field} must be a whole non-negative number`);
      return undefined;
    }
    return s.replace(/^0+(?=\d)/, '');
  }

  date(body: Body, field: string, opts: { required?: boolean; at?: string } = {}): string | undefined {
    const at = opts.at ?? field;
    const v = body[field];
    if (!Reader.present(v)) {
      if (opts.required) this.missing(at);
      return undefined;
    }
    const d = typeof v === 'string' ? parseLenientDate(v) : null;
    if (!d) {
      this.issues.add(this.path(at), 'date.format', `${field} must be a date (YYYY-MM-DD, YYYY-M-D or D.M.YYYY)`);
      return undefined;
    }
    return d;
  }

  array(body: Body, field: string, opts: { required?: boolean; at?: string } = {}): Body[] {
    const at = opts.at ?? field;
    const v = body[field];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(at);
      return [];
    }
    if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object' || Array.isArray(x))) {
      this.issues.add(this.path(at), 'array.format', `${field} must be an array of objects`);
      return [];
    }
    if (opts.required && v.length === 0) this.missing(at);
    return v as Body[];
  }
}

/** "2020-4-9", "2020-04-09", "2020-04-09T10:00:00(Z)", "9.4.2020" → "2020-04-09"; null if not a real date. */
function parseLenientDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  let y: string, mo: string, d: string;
  if (m) [, y, mo, d] = m;
  else {
    m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s);
    if (!m) return null;
    [, d, mo, y] = m;
  }
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}
