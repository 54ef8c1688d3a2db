/**
 * Exact money arithmetic.
 *
 * Money crosses the API boundary as decimal strings ("1234.50") and is held internally as
 * `bigint` minor units (grosz / cent). Rates are held as exact rationals ({ num, den } of bigints)
 * parsed from their decimal strings, so no binary floating point ever touches a money amount.
 * Rounding is explicit and always HALF-UP (half away from zero) to the currency's minor unit.
 */
import { Decimal } from 'decimal.js';
import { DomainError } from './loan/errors.js';

/** Decimal string amount, e.g. "10000.00". */
export type MoneyString = string;

export type CurrencyCode = 'PLN' | 'EUR';

/** Minor-unit digits per currency (both PLN and EUR have 2). */
export const MINOR_UNITS: Record<CurrencyCode, number> = { PLN: 2, EUR: 2 };

/** Exact rational number. `den` is always > 0. */
export interface Rational {
  num: bigint;
  den: bigint;
}

const DEC_RE = /^([+-])?(\d+)(?:\.(\d+))?$/;
const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10.push(p);

/** 10^n as bigint. */
export function pow10(n: number): bigint {
  return n <= 40 ? POW10[n]! : 10n ** BigInt(n);
}

/** a / b rounded half away from zero (b may be negative). */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  if (a >= 0n) return (a * 2n + b) / (b * 2n);
  return -((-a * 2n + b) / (b * 2n));
}

/** Parses an exact decimal string into a rational (no rounding). */
export function parseRational(value: string | number, field = 'value'): Rational {
  const s = typeof value === 'number' ? numberToDecimalString(value, field) : String(value).trim();
  const m = DEC_RE.exec(s);
  if (!m) throw new DomainError('INVALID_DECIMAL', field, `${field} must be a decimal number, got "${s}"`, { value: s });
  const frac = m[3] ?? '';
  let num = BigInt(m[2]! + frac);
  if (m[1] === '-') num = -num;
  return { num, den: pow10(frac.length) };
}

function numberToDecimalString(v: number, field: string): string {
  if (!Number.isFinite(v)) throw new DomainError('INVALID_DECIMAL', field, `${field} must be a finite number`, { value: v });
  // Only used for non-money inputs given as numbers; String() is exact for the shortest round-trip form.
  const s = String(v);
  if (/e/i.test(s)) return v.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/**
 * Parses a money string into minor units. Accepts at most `scale` decimals (more would need rounding,
 * which must be explicit): "10", "10.5", "10.50" -> 1050n.
 */
export function parseMoney(value: string, field = 'amount', scale = 2): bigint {
  if (typeof value !== 'string') {
    throw new DomainError('INVALID_AMOUNT', field, `${field} must be a decimal string such as "100.00"`, { value });
  }
  const m = DEC_RE.exec(value.trim());
  if (!m) throw new DomainError('INVALID_AMOUNT', field, `${field} must be a decimal amount such as "100.00", got "${value}"`, { value });
  const frac = m[3] ?? '';
  if (frac.length > scale) {
    throw new DomainError('TOO_MANY_DECIMALS', field, `${field} has more than ${scale} decimal places: "${value}"`, { value, scale });
  }
  let v = BigInt(m[2]!) * pow10(scale) + (frac.length ? BigInt(frac) * pow10(scale - frac.length) : 0n);
  if (m[1] === '-') v = -v;
  return v;
}

const CENTS: string[] = [];
for (let c = 0; c < 100; c++) CENTS.push(c < 10 ? '.0' + c : '.' + c);

/** Formats minor units as a fixed-point decimal string: 123456n -> "1234.56". */
export function formatMoney(minor: bigint, scale = 2): string {
  // fast path (hot in schedules): a non-negative integer count of minor units below 2^53 is converted to an
  // integer-valued double exactly; only integer % and / by 100 are done on it, so the text is exact.
  const n = Number(minor);
  if (scale === 2 && n >= 0 && n <= 9007199254740991) {
    const c = n % 100;
    return (n - c) / 100 + CENTS[c]!;
  }
  const neg = minor < 0n;
  let s = (neg ? -minor : minor).toString();
  if (scale === 0) return neg ? '-' + s : s;
  while (s.length <= scale) s = '0' + s;
  const out = s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale);
  return neg ? '-' + out : out;
}

/** Rounds a rational half-up to `scale` decimals and returns the fixed-point string. */
export function formatRational(r: Rational, scale: number): string {
  return formatMoney(divRoundHalfUp(r.num * pow10(scale), r.den), scale);
}

/** Rounds an exact decimal string half-up to `scale` decimals. */
export function roundDecimal(value: string, scale = 2): string {
  return formatRational(parseRational(value), scale);
}

/** a + b on money strings. */
export function addMoney(a: string, b: string): string {
  return formatMoney(parseMoney(a, 'a') + parseMoney(b, 'b'));
}

/** a - b on money strings. */
export function subtractMoney(a: string, b: string): string {
  return formatMoney(parseMoney(a, 'a') - parseMoney(b, 'b'));
}

/** Sum of money strings. */
export function sumMoney(values: readonly string[]): string {
  let s = 0n;
  for (const v of values) s += parseMoney(v);
  return formatMoney(s);
}

/** -1 / 0 / 1 comparison of money strings. */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const x = parseMoney(a, 'a');
  const y = parseMoney(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** amount × (rate percent / 100), rounded half-up to minor units. */
export function percentOf(amount: string, percent: string): string {
  const r = parseRational(percent, 'percent');
  return formatMoney(divRoundHalfUp(parseMoney(amount) * r.num, r.den * 100n));
}

// ---------------------------------------------------------------------------------------------------------------
// Amounts in text shown to debtors (SMS / e-mail templates)

/** Currency of amounts shown to debtors (same codes as money.ts). */
export type AmountCurrency = 'PLN' | 'EUR';

/**
 * Formats a decimal amount Polish-style for text shown to debtors: thousands grouped with a plain SPACE (U+0020, not
 * NBSP — NBSP is not in GSM-7), decimal comma, always two decimals, half-up rounding; optional currency suffix
 * (' zł' for PLN, ' €' for EUR). Examples: '1234.5' → '1 234,50'; with PLN → '1 234,50 zł'; '-0.5' → '-0,50'.
 */
export function formatAmountPl(amount: string | Decimal, currency?: AmountCurrency): string {
  const d = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const fixed = d.abs().toFixed(2);
  const [intPart, frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = d.isNegative() && !d.isZero() ? '-' : '';
  const suffix = currency === 'PLN' ? ' zł' : currency === 'EUR' ? ' €' : '';
  return `${sign}${grouped},${frac}${suffix}`;
}

/** Sum of decimal strings (exact). */
export function sumAmounts(amounts: Iterable<string | Decimal>): Decimal {
  let total = new Decimal(0);
  for (const a of amounts) total = total.plus(a);
  return total;
}
