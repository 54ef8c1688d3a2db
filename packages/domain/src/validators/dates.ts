import { failResult, makeIssue, okResult, type ValidationResult } from './errors.js';

/** A calendar date as 'YYYY-MM-DD' (no time zone). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export interface DateOptions {
  field?: string;
  required?: boolean;
  /** inclusive bounds, 'YYYY-MM-DD' */
  min?: IsoDate;
  max?: IsoDate;
}

/** Validates a strict 'YYYY-MM-DD' real calendar date (rejects 2026-02-30, 2026-2-3, timestamps). */
export function validateIsoDate(value: unknown, options: DateOptions = {}): ValidationResult<IsoDate> {
  const field = options.field ?? 'date';
  if (value === undefined || value === null || value === '') {
    return failResult(makeIssue(field, 'required', 'Date is required'));
  }
  if (typeof value !== 'string') return failResult(makeIssue(field, 'date.format', 'Date must be a string YYYY-MM-DD'));
  const m = ISO_DATE.exec(value.trim());
  if (!m) return failResult(makeIssue(field, 'date.format', 'Date must have the format YYYY-MM-DD', { value }));
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return failResult(makeIssue(field, 'date.invalid', 'Date does not exist in the calendar', { value }));
  const iso = toIsoDate(y, mo, d);
  if (options.min !== undefined && iso < options.min) {
    return failResult(makeIssue(field, 'date.min', `Date must not be before ${options.min}`, { min: options.min }));
  }
  if (options.max !== undefined && iso > options.max) {
    return failResult(makeIssue(field, 'date.max', `Date must not be after ${options.max}`, { max: options.max }));
  }
  return okResult(iso);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return validateIsoDate(value).ok;
}

function parseParts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`Invalid ISO date: ${date}`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 (UTC calendar arithmetic, no time zones involved). */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = parseParts(date);
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return Math.round(dt.getTime() / 86_400_000);
}

export function fromEpochDay(epochDay: number): IsoDate {
  const dt = new Date(epochDay * 86_400_000);
  return toIsoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY' (the format shown to debtors). */
export function formatDatePl(date: IsoDate): string {
  const [y, m, d] = parseParts(date);
  return `${pad(d, 2)}.${pad(m, 2)}.${pad(y, 4)}`;
}

/** Date part of an ISO timestamp or date ('2026-03-27T10:40:57Z' → '2026-03-27'). */
export function datePart(value: string): IsoDate {
  return value.slice(0, 10);
}
