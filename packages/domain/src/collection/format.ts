import { Decimal } from 'decimal.js';

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
