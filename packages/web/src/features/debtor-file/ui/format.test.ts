import { describe, expect, it } from 'vitest';
import { addDaysIso, amountRule, formatMoney, normaliseAmount, sumDecimals, toMinor } from './format';

describe('money helpers (decimal strings, never JS numbers)', () => {
  it('sums decimal strings exactly', () => {
    expect(sumDecimals(['0.10', '0.20', null, '1000000000000.05'])).toBe('1000000000000.35');
    expect(sumDecimals(['-1.50', '1'])).toBe('-0.50');
    expect(toMinor('12.5')).toBe(1250n);
  });
  it('formats for Polish and English', () => {
    expect(formatMoney('12345.5', 'pl')).toBe('12\u00a0345,50');
    expect(formatMoney('12345.5', 'en', 'PLN')).toBe('12,345.50\u00a0PLN');
    expect(formatMoney(null, 'pl')).toBe('—');
  });
  it('checks typed amounts with the server rule keys', () => {
    expect(amountRule('')).toBe('required');
    expect(amountRule('abc')).toBe('decimal');
    expect(amountRule('1.005')).toBe('decimal.scale');
    expect(amountRule('0')).toBe('positive');
    expect(amountRule('123,45')).toBeNull();
    expect(amountRule('1 234,50')).toBeNull();
    expect(normaliseAmount(' 1 234,5 ')).toBe('1234.5');
  });
  it('shifts calendar dates', () => {
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });
});
