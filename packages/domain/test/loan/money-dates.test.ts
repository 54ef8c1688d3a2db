import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMoney, compareMoney, divRoundHalfUp, DomainError, formatMoney, loanDates, parseMoney, percentOf, roundDecimal, sumMoney } from '../../src/index.js';

describe('money', () => {
  it('parses and formats minor units exactly', () => {
    expect(parseMoney('10')).toBe(1000n);
    expect(parseMoney('10.5')).toBe(1050n);
    expect(parseMoney('-0.01')).toBe(-1n);
    expect(formatMoney(5n)).toBe('0.05');
    expect(formatMoney(-105n)).toBe('-1.05');
    expect(formatMoney(123456789012345678901n)).toBe('1234567890123456789.01');
    expect(addMoney('0.10', '0.20')).toBe('0.30'); // no float drift
    expect(sumMoney(['0.10', '0.20', '0.30'])).toBe('0.60');
    expect(compareMoney('1.00', '1')).toBe(0);
  });
  it('rounds half-up (away from zero)', () => {
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divRoundHalfUp(4n, 3n)).toBe(1n);
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('2.344999', 2)).toBe('2.34');
    expect(percentOf('10.05', '50')).toBe('5.03'); // 5.025 → 5.03
  });
  it('refuses bad input with a DomainError naming the field', () => {
    expect(() => parseMoney('1,00', 'amount')).toThrowError(expect.objectContaining({ code: 'INVALID_AMOUNT', field: 'amount' }));
    expect(() => parseMoney('1.001', 'fee')).toThrowError(expect.objectContaining({ code: 'TOO_MANY_DECIMALS', field: 'fee' }));
    expect(() => parseMoney('1.001')).toThrow(DomainError);
  });
  it('format ∘ parse is the identity on 2-decimal strings (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (v) => {
        expect(parseMoney(formatMoney(v))).toBe(v);
      }),
    );
  });
});

describe('dates', () => {
  const { parseDate, formatDate, addMonths, daysBetween, days30E360, wholeMonthsAndDays } = loanDates;
  it('add months clamps to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-02-28', 1, 31)).toBe('2025-03-31');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });
  it('day differences and 30E/360', () => {
    expect(daysBetween('2020-12-01', '2021-01-20')).toBe(50);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(days30E360(parseDate('2025-01-10'), parseDate('2025-03-01'))).toBe(51);
    expect(days30E360(parseDate('2025-01-31'), parseDate('2025-03-31'))).toBe(60);
    expect(wholeMonthsAndDays(parseDate('2025-01-31'), parseDate('2025-03-05'))).toEqual({ months: 1, days: 5 });
  });
  it('rejects non-dates', () => {
    expect(() => parseDate('2025-02-29', 'x')).toThrowError(expect.objectContaining({ code: 'INVALID_DATE', field: 'x' }));
    expect(() => parseDate('25-1-1')).toThrow(DomainError);
  });
  it('day numbers round-trip and agree with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const s = formatDate(n);
        expect(parseDate(s)).toBe(n);
        if (n >= -100000) expect(new Date(n * 86400000).toISOString().slice(0, 10)).toBe(s);
      }),
    );
  });
});
