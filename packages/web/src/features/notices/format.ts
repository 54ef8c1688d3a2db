// Formatting helpers for soft collection: money stays a decimal string end to end (never a JS number).
import { businessToday } from '../../shared/businessDate';

/** Parses a decimal string ("-12.5", "140.00") into minor units (2 decimals, truncated beyond). */
export function toMinor(value: string | null | undefined): bigint {
  if (!value) return 0n;
  const m = /^\s*(-)?(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!m) return 0n;
  const units = BigInt(m[2] || '0') * 100n + BigInt(((m[3] ?? '') + '00').slice(0, 2));
  return m[1] ? -units : units;
}

export function fromMinor(minor: bigint): string {
  const neg = minor < 0n;
  const abs = neg ? -minor : minor;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole.toString()}.${cents}`;
}

export function sumDecimals(values: Iterable<string | null | undefined>): string {
  let total = 0n;
  for (const v of values) total += toMinor(v);
  return fromMinor(total);
}

/** "1234.5" → "1 234,50" (pl) or "1,234.50" (en). */
export function formatAmount(value: string | null | undefined, language: string): string {
  const fixed = fromMinor(toMinor(value));
  const neg = fixed.startsWith('-');
  const [whole = '0', cents = '00'] = (neg ? fixed.slice(1) : fixed).split('.');
  const sep = language === 'en' ? ',' : '\u00a0';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${neg ? '-' : ''}${grouped}${language === 'en' ? '.' : ','}${cents}`;
}

/**
 * Amounts of several currencies, each with its code, never added together (issue 18):
 * [{ currency: 'PLN', amount: '1234.5' }, { currency: 'EUR', amount: '56' }] → "1 234,50 PLN; 56,00 EUR".
 */
export function formatCurrencyTotals(totals: ReadonlyArray<{ currency: string; amount: string }>, language: string): string {
  if (!totals.length) return formatAmount('0', language);
  return totals.map((t) => `${formatAmount(t.amount, language)} ${t.currency}`).join('; ');
}

/** Σ of amounts per currency (rows without a currency under ''), ordered by currency. */
export function sumByCurrency(rows: Iterable<{ currency: string | null | undefined; amount: string | null | undefined }>): { currency: string; amount: string }[] {
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const c = r.currency ?? '';
    const list = by.get(c) ?? [];
    list.push(r.amount ?? '0');
    by.set(c, list);
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amounts]) => ({ currency, amount: sumDecimals(amounts) }));
}

/** A DateTime (ISO) as "YYYY-MM-DD HH:MM" in local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today ("YYYY-MM-DD"): the lender's business date from the server (see shared/businessDate). */
export function todayIso(): string {
  return businessToday();
}

/** "600700800" → "600 700 800". */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  return /^\d{9}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}` : phone;
}

export const REASONS = ['OVERDUE', 'UPCOMING', 'OTHER'] as const;
export const CHANNELS = ['SMS', 'EXTERNAL_SMS', 'PHONE_CALL', 'EMAIL'] as const;
export const SEND_STATUSES = ['DRAFT', 'QUEUED', 'SENDING', 'SENT', 'FAILED'] as const;
export const SETTLEMENT_STATUSES = ['SETTLED', 'PARTIALLY_SETTLED', 'UNSETTLED'] as const;
/** SMSAPI delivery statuses (docs/domain-collection.md §6). */
export const DELIVERY_STATUSES = [
  'QUEUE',
  'ACCEPTED',
  'SENT',
  'DELIVERED',
  'UNDELIVERED',
  'FAILED',
  'REJECTED',
  'EXPIRED',
  'UNKNOWN',
  'NOT_FOUND',
  'RENEWAL',
  'STOP',
] as const;

export const isSmsChannel = (channel: string) => channel === 'SMS' || channel === 'EXTERNAL_SMS';
