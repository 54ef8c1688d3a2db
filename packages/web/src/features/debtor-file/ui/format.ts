// Money and date helpers for the servicing screens. Money stays a decimal string end to end:
// amounts are never parsed into JS numbers (sums use bigint minor units).
import { businessToday } from '../../../shared/businessDate';

/** Today ("YYYY-MM-DD"): the lender's business date from the server (see shared/businessDate). */
export function todayIso(): string {
  return businessToday();
}

/** "YYYY-MM-DD" shifted by `days`. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Decimal string → bigint of minor units (2 decimals, truncating extra digits); null when not a decimal. */
export function toMinor(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(2, '0').slice(0, 2);
  const v = BigInt(m[2]) * 100n + BigInt(frac);
  return m[1] ? -v : v;
}

export function fromMinor(v: bigint): string {
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const s = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** Sum of decimal strings (nulls count as 0). */
export function sumDecimals(values: ReadonlyArray<string | null | undefined>): string {
  return fromMinor(values.reduce<bigint>((acc, v) => acc + (toMinor(v) ?? 0n), 0n));
}

export function isZero(value: string | null | undefined): boolean {
  return (toMinor(value) ?? 0n) === 0n;
}

/** Formats a decimal string for display: "12345.5" → "12 345,50" (pl) / "12,345.50" (en). */
export function formatMoney(value: string | null | undefined, lang: string, currency?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const frac = (m[3] ?? '').padEnd(2, '0');
  const group = lang.startsWith('pl') ? '\u00a0' : ',';
  const point = lang.startsWith('pl') ? ',' : '.';
  const int = m[2].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = `${m[1] ?? ''}${int}${point}${frac}`;
  return currency ? `${text}\u00a0${currency}` : text;
}

/** Formats an ISO instant as a local date-time. */
export function formatDateTime(value: string | null | undefined, lang: string): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** A fresh idempotency key (one per dialog opening). */
export function newIdempotencyKey(prefix = 'web'): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

/** Client-side amount check mirroring the server's rules: positive, at most 2 decimals. */
export function amountRule(value: string): 'required' | 'decimal' | 'decimal.scale' | 'positive' | null {
  const v = normaliseAmount(value);
  if (v === '') return 'required';
  const m = DECIMAL.exec(v);
  if (!m) return 'decimal';
  if ((m[3] ?? '').length > 2) return 'decimal.scale';
  if (m[1] || (toMinor(v) ?? 0n) <= 0n) return 'positive';
  return null;
}

/** Normalises a typed amount ("1 234,5" → "1234.5"). */
export function normaliseAmount(value: string): string {
  return value.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
}
