/**
 * The SPA's one locale formatter for money, numbers and dates. Money stays a decimal string end to end: it is parsed
 * only by the domain's exact money module (`@raty/domain`, bigint minor units), never into a JS number.
 *
 * Locale: the i18n language ('pl' → decimal comma and non-breaking-space groups "1 234,50"; 'en' → "1,234.50").
 * Any language other than 'en' formats the Polish way (Polish is the default language).
 *
 * Invalid input — one behaviour everywhere: a value that is not an exact decimal string is never turned into a number.
 * - Formatters never throw and never invent a figure: a missing value (null, undefined, '') is shown as '—', and a
 *   value that is not a decimal (or money with more than 2 decimals) is shown exactly as received.
 * - `parseAmount` answers null for it.
 * - Arithmetic (`sumAmounts`, `compareAmounts`, `compareDecimals`, `isZeroAmount`) refuses it with the domain's `DomainError`
 *   (`INVALID_AMOUNT` / `TOO_MANY_DECIMALS`): the API only sends decimal strings, so such a value is a bug to surface,
 *   not a zero to hide. Missing values (null, undefined) count as zero in sums.
 */
import { formatMoney as formatMinorUnits, formatRational, isDomainError, parseMoney, parseRational, type Rational } from '@raty/domain';

const NBSP = '\u00a0';
const MISSING = '—';

type Separators = { group: string; point: string };

function separators(lang: string): Separators {
  return lang.startsWith('en') ? { group: ',', point: '.' } : { group: NBSP, point: ',' };
}

function isMissing(value: string | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** "-1234.5" (a canonical decimal from the domain) → "-1 234,5" / "-1,234.5". */
function localise(canonical: string, lang: string): string {
  const { group, point } = separators(lang);
  const neg = canonical.startsWith('-');
  const [int = '0', frac] = (neg ? canonical.slice(1) : canonical).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${grouped}${frac ? point + frac : ''}`;
}

function tryRational(value: string): Rational | null {
  try {
    return parseRational(value);
  } catch (e) {
    if (isDomainError(e)) return null;
    throw e;
  }
}

/** Digits after the point of an exact decimal, without trailing zeros ("5.1250" → 3). */
function significantScale(r: Rational): number {
  let scale = r.den.toString().length - 1;
  let num = r.num;
  while (scale > 0 && num % 10n === 0n) {
    num /= 10n;
    scale -= 1;
  }
  return scale;
}

// ---------------------------------------------------------------------------------------------------------------
// Money

/** Money string → bigint minor units (the domain's strict parse, at most 2 decimals); null when missing or invalid. */
export function parseAmount(value: string | null | undefined): bigint | null {
  if (isMissing(value)) return null;
  try {
    return parseMoney(value);
  } catch (e) {
    if (isDomainError(e)) return null;
    throw e;
  }
}

/** Bigint minor units → money string ("-1234.50"). */
export function amountFromMinor(minor: bigint): string {
  return formatMinorUnits(minor);
}

export type MoneyFormat = {
  /** appended after a non-breaking space: "1 234,50 PLN" */
  currency?: string | null;
  /** Polish symbols in Polish ("zł", "€"), the ISO code in English (the client zone's style) */
  symbol?: boolean;
};

const SYMBOLS: Record<string, { pl: string; en: string }> = {
  PLN: { pl: 'zł', en: 'PLN' },
  EUR: { pl: '€', en: 'EUR' },
};

/**
 * Money for display: "12345.5" → "12 345,50" (pl) / "12,345.50" (en); with `currency` "12 345,50 PLN"
 * (or "12 345,50 zł" with `symbol`). Missing → '—'; not a money string → as received (see the top of this file).
 */
export function formatMoney(value: string | null | undefined, lang: string, format: MoneyFormat = {}): string {
  if (isMissing(value)) return MISSING;
  const minor = parseAmount(value);
  if (minor === null) return value;
  const text = localise(formatMinorUnits(minor), lang);
  const { currency, symbol } = format;
  if (!currency) return text;
  const shown = symbol ? (SYMBOLS[currency]?.[lang.startsWith('en') ? 'en' : 'pl'] ?? currency) : currency;
  return `${text}${NBSP}${shown}`;
}

/** Sum of money strings, exact (null/undefined count as 0; an invalid value throws the domain's DomainError). */
export function sumAmounts(values: Iterable<string | null | undefined>): string {
  let total = 0n;
  for (const v of values) if (!isMissing(v)) total += parseMoney(v);
  return formatMinorUnits(total);
}

/**
 * Amounts of several currencies, each with its code, never added together (issue 18):
 * [{ currency: 'PLN', amount: '1234.5' }, { currency: 'EUR', amount: '56' }] → "1 234,50 PLN; 56,00 EUR"; none → "0,00".
 */
export function formatCurrencyTotals(totals: ReadonlyArray<{ currency: string; amount: string }>, lang: string): string {
  if (!totals.length) return formatMoney('0', lang);
  return totals.map((t) => formatMoney(t.amount, lang, t.currency ? { currency: t.currency } : {})).join('; ');
}

/** Σ of amounts per currency (rows without a currency under ''), ordered by currency; exact. */
export function sumByCurrency(rows: Iterable<{ currency: string | null | undefined; amount: string | null | undefined }>): { currency: string; amount: string }[] {
  const by = new Map<string, (string | null | undefined)[]>();
  for (const r of rows) {
    const c = r.currency ?? '';
    const list = by.get(c) ?? [];
    list.push(r.amount);
    by.set(c, list);
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amounts]) => ({ currency, amount: sumAmounts(amounts) }));
}

/** -1 / 0 / 1 of two money strings (for sorting; an invalid value throws the domain's DomainError). */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const x = parseMoney(a, 'a');
  const y = parseMoney(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a money string is zero (null/undefined count as 0; an invalid value throws the domain's DomainError). */
export function isZeroAmount(value: string | null | undefined): boolean {
  return isMissing(value) || parseMoney(value) === 0n;
}

/** Whether a money string is greater than zero (missing or invalid → false: nothing to pay). */
export function isPositiveAmount(value: string | null | undefined): boolean {
  return (parseAmount(value) ?? 0n) > 0n;
}

/**
 * A money string as a chart coordinate: lossy by design and for drawing only (recharts needs numbers). Every figure
 * shown as text goes through `formatMoney`; never compute with this.
 */
export function chartValue(value: string): number {
  return Number(value);
}

/** Chart axis label of a coordinate from `chartValue`: "12,3 tys." / "12.3K". Drawing only. */
export function formatChartTick(value: number, lang: string): string {
  return new Intl.NumberFormat(lang.startsWith('en') ? 'en-GB' : 'pl-PL', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Typed amounts (inputs)

/** What the user typed ("1 234,5") → the API's decimal string ("1234.5"): spaces and NBSPs dropped, comma → point. */
export function normaliseDecimal(value: string): string {
  return value
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
}

/** A typed money amount → the API's decimal string (see normaliseDecimal). */
export function normaliseAmount(value: string): string {
  return normaliseDecimal(value);
}

/** A money string as an input's value: "1234.50" → "1234,50" in Polish. */
export function toInputAmount(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  return lang.startsWith('en') ? value : value.replace('.', ',');
}

/**
 * Client-side check of a typed amount with the server's rule keys (the domain's parse decides): required, decimal,
 * decimal.scale (more than 2 decimals), positive.
 */
export function amountRule(value: string): 'required' | 'decimal' | 'decimal.scale' | 'positive' | null {
  const v = normaliseAmount(value);
  if (v === '') return 'required';
  let minor: bigint;
  try {
    minor = parseMoney(v);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    if (e.code === 'TOO_MANY_DECIMALS') return 'decimal.scale';
    return 'decimal';
  }
  if (v.startsWith('-') || minor <= 0n) return 'positive';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers (rates, percents)

/**
 * An exact decimal with at least `scale` decimals (more when the value has them): "5" → "5,00", "5.125" → "5,125".
 * Missing → '—'; not a decimal → as received.
 */
export function formatDecimal(value: string | null | undefined, lang: string, scale = 2): string {
  if (isMissing(value)) return MISSING;
  const r = tryRational(value);
  if (!r) return value;
  return localise(formatRational(r, Math.max(scale, significantScale(r))), lang);
}

/** Percent p.a. for display: "5" → "5,00 %". */
export function formatPercent(value: string | null | undefined, lang: string): string {
  if (isMissing(value)) return MISSING;
  return `${formatDecimal(value, lang)}${NBSP}%`;
}

/** -1 / 0 / 1 of two exact decimals such as rates ("14.5" vs "14.50" → 0); an invalid value throws the DomainError. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = parseRational(a, 'a');
  const y = parseRational(b, 'b');
  const l = x.num * y.den;
  const r = y.num * x.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** A rate as people write it, without trailing zeros: "3.7500" → "3,75", "2.00" → "2". Missing → '—'; not a decimal → as received. */
export function formatRate(value: string | null | undefined, lang: string): string {
  if (isMissing(value)) return MISSING;
  const r = tryRational(value);
  if (!r) return value;
  return localise(formatRational(r, significantScale(r)), lang);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar date "YYYY-MM-DD" → "DD.MM.YYYY" (pl) / "DD/MM/YYYY" (en). Missing → '—'; unreadable → as received. */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (isMissing(value)) return MISSING;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  return lang.startsWith('en') ? `${d}/${mo}/${y}` : `${d}.${mo}.${y}`;
}

/**
 * An ISO instant in the browser's time zone: "25.11.2026 09:15" (pl) / "25/11/2026 09:15" (en); `seconds` adds ":42".
 * Missing → '—'; unreadable → as received.
 */
export function formatDateTime(value: string | null | undefined, lang: string, options: { seconds?: boolean } = {}): string {
  if (isMissing(value)) return MISSING;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const date = `${pad(d.getDate())}${lang.startsWith('en') ? '/' : '.'}${pad(d.getMonth() + 1)}${lang.startsWith('en') ? '/' : '.'}${d.getFullYear()}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${options.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${date} ${time}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers

/** Polish NRB (26 digits) in groups: "61 8384 0009 5017 8984 1337 8713"; IBANs with a country prefix in fours. */
export function formatAccount(value: string | null | undefined): string {
  if (!value) return MISSING;
  const compact = value.replace(/\s+/g, '');
  if (/^\d{26}$/.test(compact)) return `${compact.slice(0, 2)} ${compact.slice(2).replace(/(\d{4})(?=\d)/g, '$1 ')}`;
  if (/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  return value;
}

/** "600700800" → "600 700 800" (a Polish mobile); anything else as received. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  return /^\d{9}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}` : phone;
}
