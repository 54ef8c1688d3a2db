/**
 * Pure calendar-date helpers for 'YYYY-MM-DD' strings (no time zones, no Date objects).
 * Internally a date is an integer day number: days since 1970-01-01 (proleptic Gregorian).
 */
import { DomainError } from './errors.js';

export type DayCount = '30/360' | 'ACT/365' | 'ACT/360' | 'ACT/ACT';
export const DAY_COUNTS: readonly DayCount[] = ['30/360', 'ACT/365', 'ACT/360', 'ACT/ACT'];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MDAYS[m - 1]!;
}

/** Day number from civil date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Civil date from day number (civil_from_days). */
export function civil(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses 'YYYY-MM-DD' into a day number; throws DomainError INVALID_DATE naming `field`. */
export function parseDate(s: string, field = 'date'): number {
  const m = typeof s === 'string' ? DATE_RE.exec(s) : null;
  if (!m) throw new DomainError('INVALID_DATE', field, `${field} must be a date in the form YYYY-MM-DD, got "${String(s)}"`, { value: s });
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new DomainError('INVALID_DATE', field, `${field} is not a calendar date: "${s}"`, { value: s });
  }
  return dayNumber(y, mo, d);
}

const PAD2: string[] = [];
for (let i = 0; i < 100; i++) PAD2.push(i < 10 ? '0' + i : String(i));
export function formatYMD(y: number, m: number, d: number): string {
  return (y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0')) + '-' + PAD2[m]! + '-' + PAD2[d]!;
}

/** Formats a day number as 'YYYY-MM-DD'. */
export function formatDate(n: number): string {
  const c = civil(n);
  return formatYMD(c.y, c.m, c.d);
}

/**
 * Adds calendar months to a date keeping the anchor day (default: the date's own day), clamped to
 * the month end: 2025-01-31 + 1 month = 2025-02-28; with anchor 31, 2025-02-28 + 1 = 2025-03-31.
 */
export function addMonthsYMD(c: YMD, months: number, anchorDay = c.d): YMD {
  const idx = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(anchorDay, daysInMonth(y, m)) };
}

/** Day-number variant of addMonthsYMD. */
export function addMonthsDay(n: number, months: number, anchorDay?: number): number {
  const c = addMonthsYMD(civil(n), months, anchorDay);
  return dayNumber(c.y, c.m, c.d);
}

/** String variant: addMonths('2025-01-31', 1) === '2025-02-28'. */
export function addMonths(date: string, months: number, anchorDay?: number): string {
  return formatDate(addMonthsDay(parseDate(date), months, anchorDay));
}

export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days);
}

/** Actual days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return parseDate(b) - parseDate(a);
}

/** 30E/360 (Eurobond) day count between two day numbers: day 31 is treated as 30. */
export function days30E360(a: number, b: number): number {
  const x = civil(a);
  const y = civil(b);
  const d1 = Math.min(x.d, 30);
  const d2 = Math.min(y.d, 30);
  return 360 * (y.y - x.y) + 30 * (y.m - x.m) + (d2 - d1);
}

/**
 * Whole calendar months from a to b (a ≤ b) counted with a's day as the anchor, and the remaining days.
 * Used by the APR "equal months" basis: 2025-01-31 → 2025-03-05 = 1 month (to 2025-02-28) + 5 days.
 */
export function wholeMonthsAndDays(a: number, b: number): { months: number; days: number } {
  const ca = civil(a);
  const cb = civil(b);
  let months = (cb.y - ca.y) * 12 + (cb.m - ca.m);
  if (months < 0) months = 0;
  let mark = addMonthsDay(a, months, ca.d);
  while (months > 0 && mark > b) {
    months--;
    mark = addMonthsDay(a, months, ca.d);
  }
  return { months, days: b - mark };
}

/** Exact year fraction of a period as a rational plus the day figure used. */
export interface YearFraction {
  num: bigint;
  den: bigint;
  /** days counted under the convention (30/360 days for 30/360, actual days otherwise) */
  days: number;
  /** human-readable basis, e.g. "30/360", "49/365", "10/365 + 20/366" */
  basis: string;
}

const YF_REGULAR_30: YearFraction = { num: 1n, den: 12n, days: 30, basis: '30/360' };

/**
 * Year fraction of the period (start, end] under `dc`.
 * `regular` = the period is a full schedule month: under 30/360 it then has exactly 30 days.
 * ACT/ACT is the ISDA variant: days falling in a leap year count /366, others /365.
 */
export function yearFraction(dc: DayCount, start: number, end: number, regular: boolean): YearFraction {
  switch (dc) {
    case '30/360': {
      if (regular) return YF_REGULAR_30;
      const days = days30E360(start, end);
      return { num: BigInt(days), den: 360n, days, basis: `${days}/360` };
    }
    case 'ACT/365': {
      const days = end - start;
      return { num: BigInt(days), den: 365n, days, basis: `${days}/365` };
    }
    case 'ACT/360': {
      const days = end - start;
      return { num: BigInt(days), den: 360n, days, basis: `${days}/360` };
    }
    case 'ACT/ACT': {
      const days = end - start;
      const ys = civil(start).y;
      const ye = civil(end).y;
      if (ys === ye) {
        const den = isLeapYear(ys) ? 366 : 365;
        return { num: BigInt(days), den: BigInt(den), days, basis: `${days}/${den}` };
      }
      // split at each 1 January
      let d365 = 0;
      let d366 = 0;
      const parts: string[] = [];
      let cur = start;
      for (let y = ys; y <= ye; y++) {
        const next = y === ye ? end : dayNumber(y + 1, 1, 1);
        const n = next - cur;
        if (n > 0) {
          if (isLeapYear(y)) d366 += n;
          else d365 += n;
          parts.push(`${n}/${isLeapYear(y) ? 366 : 365}`);
        }
        cur = next;
      }
      return { num: BigInt(d365 * 366 + d366 * 365), den: 365n * 366n, days, basis: parts.join(' + ') };
    }
    default:
      throw new DomainError('INVALID_DAY_COUNT', 'dayCount', `unknown day-count convention "${String(dc)}"`, { value: dc });
  }
}
