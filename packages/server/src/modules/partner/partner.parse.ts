/**
 * Lenient readers for the partner JSON bodies (seed 003 "Lea API"): values arrive as JSON numbers or strings, dates
 * as "2020-4-9", "2020-04-09", "2020-04-09T00:00:00" or "9.4.2020" (the seed's own examples use all of these).
 * Every reader records an issue naming the field (seed name, e.g. `product[0].contractPrice`) and never throws.
 */
import { validateAmount } from '@raty/domain';
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

  missing(field: string, label = field) {
    this.issues.add(this.path(field), 'required', `${label} is required`);
  }

  static present(v: unknown): boolean {
    return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
  }

  text(body: Body, field: string, opts: { required?: boolean; max?: number; at?: string } = {}): string | undefined {
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
    // eslint-disable-next-line no-control-regex
    const s = String(v).replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (opts.max && [...s].length > opts.max) {
      this.issues.add(this.path(at), 'text.maxLength', `${field} may have at most ${opts.max} characters`, { max: opts.max });
      return undefined;
    }
    return s;
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
export function parseLenientDate(raw: string): string | null {
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
