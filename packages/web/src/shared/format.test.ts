import { describe, expect, it } from 'vitest';
import {
  amountRule,
  compareAmounts,
  compareDecimals,
  formatAccount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatPercent,
  formatPhone,
  formatRate,
  isPositiveAmount,
  isZeroAmount,
  normaliseAmount,
  parseAmount,
  sumAmounts,
  toInputAmount,
} from './format';

const NBSP = '\u00a0';

describe('money (decimal strings through the domain, never JS numbers)', () => {
  it('formats with the Polish decimal comma and the English point', () => {
    expect(formatMoney('12345.5', 'pl')).toBe(`12${NBSP}345,50`);
    expect(formatMoney('12345.5', 'en', { currency: 'PLN' })).toBe(`12,345.50${NBSP}PLN`);
    expect(formatMoney('1234.56', 'pl', { currency: 'PLN', symbol: true })).toBe(`1${NBSP}234,56${NBSP}zł`);
    expect(formatMoney('1234.5', 'en', { currency: 'PLN', symbol: true })).toBe(`1,234.50${NBSP}PLN`);
    expect(formatMoney('0', 'pl', { currency: 'EUR', symbol: true })).toBe(`0,00${NBSP}€`);
    expect(formatMoney('-67', 'pl')).toBe('-67,00');
    expect(formatMoney('0.05', 'pl')).toBe('0,05');
  });
  it('keeps amounts beyond 2^53 exact', () => {
    expect(formatMoney('12345678901234567890.01', 'pl')).toBe(`12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890,01`);
    expect(sumAmounts(['9007199254740993.01', '0.01'])).toBe('9007199254740993.02');
  });
  it('sums and compares exactly', () => {
    expect(sumAmounts(['0.10', '0.20', null, '1000000000000.05'])).toBe('1000000000000.35');
    expect(sumAmounts(['-1.50', '1'])).toBe('-0.50');
    expect(sumAmounts([])).toBe('0.00');
    expect(compareAmounts('10.00', '9.99')).toBe(1);
    expect(compareAmounts('0.1', '0.10')).toBe(0);
    expect(isZeroAmount('0.00')).toBe(true);
    expect(isZeroAmount(null)).toBe(true);
    expect(isZeroAmount('0.01')).toBe(false);
    expect(isPositiveAmount('0.01')).toBe(true);
    expect(isPositiveAmount('0.00')).toBe(false);
    expect(isPositiveAmount('-5')).toBe(false);
    expect(parseAmount('12.5')).toBe(1250n);
  });
});

describe('invalid input: one documented behaviour', () => {
  it('formatters show a missing value as a dash and an invalid one as received (never 0, never a throw)', () => {
    for (const missing of [null, undefined, '']) {
      expect(formatMoney(missing, 'pl')).toBe('—');
      expect(formatMoney(missing, 'pl', { currency: 'PLN' })).toBe('—');
      expect(formatDecimal(missing, 'pl')).toBe('—');
      expect(formatDate(missing, 'pl')).toBe('—');
      expect(formatDateTime(missing, 'pl')).toBe('—');
    }
    expect(formatMoney('abc', 'pl')).toBe('abc');
    expect(formatMoney('1,5', 'pl', { currency: 'PLN' })).toBe('1,5');
    expect(formatMoney('1.005', 'pl')).toBe('1.005'); // money has 2 decimals: more would need an explicit rounding
    expect(formatMoney('NaN', 'en')).toBe('NaN');
    expect(formatDecimal('12x', 'pl')).toBe('12x');
    expect(formatRate('n/a', 'pl')).toBe('n/a');
    expect(formatDate('soon', 'pl')).toBe('soon');
    expect(formatDateTime('not a date', 'pl')).toBe('not a date');
  });
  it('parsing answers null', () => {
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('1.005')).toBeNull();
    expect(parseAmount(null)).toBeNull();
    expect(isPositiveAmount('abc')).toBe(false);
  });
  it('arithmetic refuses it with the domain error instead of counting it as zero', () => {
    expect(() => sumAmounts(['1.00', 'abc'])).toThrow(expect.objectContaining({ name: 'DomainError', code: 'INVALID_AMOUNT' }));
    expect(() => sumAmounts(['1.005'])).toThrow(expect.objectContaining({ code: 'TOO_MANY_DECIMALS' }));
    expect(() => compareAmounts('1', 'x')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => isZeroAmount('zero')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});

describe('typed amounts', () => {
  it('checks them with the server rule keys', () => {
    expect(amountRule('')).toBe('required');
    expect(amountRule('abc')).toBe('decimal');
    expect(amountRule('1.005')).toBe('decimal.scale');
    expect(amountRule('0')).toBe('positive');
    expect(amountRule('-5')).toBe('positive');
    expect(amountRule('123,45')).toBeNull();
    expect(amountRule('1 234,50')).toBeNull();
  });
  it('converts between the input and the API', () => {
    expect(normaliseAmount(' 1 234,5 ')).toBe('1234.5');
    expect(normaliseAmount(`1${NBSP}234,5`)).toBe('1234.5');
    expect(normaliseAmount('1 234.50')).toBe('1234.50');
    expect(toInputAmount('552.34', 'pl')).toBe('552,34');
    expect(toInputAmount('552.34', 'en')).toBe('552.34');
  });
});

describe('numbers and dates', () => {
  it('formats rates and percents exactly', () => {
    expect(formatDecimal('5.125', 'pl')).toBe('5,125');
    expect(formatDecimal('5', 'en')).toBe('5.00');
    expect(formatPercent('5', 'pl')).toBe(`5,00${NBSP}%`);
    expect(formatRate('3.7500', 'pl')).toBe('3,75');
    expect(formatRate('2.00', 'pl')).toBe('2');
    expect(formatRate('30.5', 'en')).toBe('30.5');
    expect(compareDecimals('14.5', '14.50')).toBe(0);
    expect(compareDecimals('9.99', '14.5')).toBe(-1);
    expect(compareDecimals('100', '99.999999')).toBe(1);
    expect(() => compareDecimals('1', 'one')).toThrow(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
  });
  it('formats calendar dates and instants per language', () => {
    expect(formatDate('2015-05-21', 'pl')).toBe('21.05.2015');
    expect(formatDate('2015-05-21', 'en')).toBe('21/05/2015');
    const local = new Date(2026, 10, 25, 9, 5, 42).toISOString();
    expect(formatDateTime(local, 'pl')).toBe('25.11.2026 09:05');
    expect(formatDateTime(local, 'en', { seconds: true })).toBe('25/11/2026 09:05:42');
  });
  it('groups account numbers and phones', () => {
    expect(formatAccount('61838400095017898413378713')).toBe('61 8384 0009 5017 8984 1337 8713');
    expect(formatAccount('SK3112000000198742637541')).toBe('SK31 1200 0000 1987 4263 7541');
    expect(formatPhone('600700800')).toBe('600 700 800');
    expect(formatPhone('+421900123456')).toBe('+421900123456');
  });
});
