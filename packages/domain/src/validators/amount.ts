import { Decimal } from 'decimal.js';
import { failResult, makeIssue, okResult, type ValidationResult } from './errors.js';

export interface AmountOptions {
  field?: string;
  required?: boolean; // default true
  /** maximum number of decimals (default 2 — money) */
  maxDecimals?: number;
  /** maximum number of integer digits (default 13, i.e. NUMERIC(15,2)) */
  maxIntegerDigits?: number;
  allowNegative?: boolean; // default false
  allowZero?: boolean; // default true
  /** accept the Polish form '1 234,56' (space/NBSP thousands separators, decimal comma); default false */
  acceptPolishFormat?: boolean;
  /** inclusive bounds as decimal strings */
  min?: string;
  max?: string;
}

/**
 * Validates a decimal amount string: plain decimal notation only (no exponent, no '+', no thousands separators unless
 * `acceptPolishFormat`), at most `maxDecimals` decimals and `maxIntegerDigits` integer digits, sign rules.
 * Returns the canonical string with exactly `maxDecimals` decimals (e.g. '007.5' → '7.50', '-0' → '0.00').
 */
export function validateAmount(value: unknown, options: AmountOptions = {}): ValidationResult<string> {
  const field = options.field ?? 'amount';
  const maxDecimals = options.maxDecimals ?? 2;
  const maxInt = options.maxIntegerDigits ?? 13;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (options.required === false) return okResult('');
    return failResult(makeIssue(field, 'required', 'Amount is required'));
  }
  if (typeof value !== 'string') {
    return failResult(makeIssue(field, 'amount.format', 'Amount must be given as a decimal string'));
  }
  let s = value.trim();
  if (options.acceptPolishFormat) s = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (/[eE]/.test(s)) return failResult(makeIssue(field, 'amount.exponent', 'Amount must not use exponent notation'));
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return failResult(makeIssue(field, 'amount.format', 'Amount must be a decimal number such as 1234.56'));
  const [, sign, intPart, frac = ''] = m;
  if (frac.length > maxDecimals) {
    return failResult(makeIssue(field, 'amount.decimals', `Amount may have at most ${maxDecimals} decimal places`, { max: maxDecimals }));
  }
  if (intPart.replace(/^0+(?=\d)/, '').length > maxInt) {
    return failResult(makeIssue(field, 'amount.tooLarge', `Amount may have at most ${maxInt} integer digits`, { max: maxInt }));
  }
  const d = new Decimal(`${sign}${intPart}.${frac || '0'}`);
  if (d.isNegative() && !d.isZero() && !options.allowNegative) {
    return failResult(makeIssue(field, 'amount.negative', 'Amount must not be negative'));
  }
  if (d.isZero() && options.allowZero === false) return failResult(makeIssue(field, 'amount.zero', 'Amount must be greater than zero'));
  if (options.min !== undefined && d.lessThan(options.min)) {
    return failResult(makeIssue(field, 'amount.min', `Amount must be at least ${options.min}`, { min: options.min }));
  }
  if (options.max !== undefined && d.greaterThan(options.max)) {
    return failResult(makeIssue(field, 'amount.max', `Amount must be at most ${options.max}`, { max: options.max }));
  }
  return okResult(d.abs().isZero() ? new Decimal(0).toFixed(maxDecimals) : d.toFixed(maxDecimals));
}
