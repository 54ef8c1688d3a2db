import { describe, expect, it } from 'vitest';
import { formatAccount, formatDate, formatDecimal, formatMoney, fromInputAmount, isPositive, toInputAmount } from './format';

const NBSP = '\u00a0';

describe('client zone formatting', () => {
  it('formats money Polish-style without parsing it into a number', () => {
    expect(formatMoney('1234.56', 'PLN', 'pl')).toBe(`1${NBSP}234,56${NBSP}zł`);
    expect(formatMoney('1234.5', 'PLN', 'en')).toBe(`1,234.50${NBSP}PLN`);
    expect(formatMoney('0', 'EUR', 'pl')).toBe(`0,00${NBSP}€`);
    expect(formatDecimal('12345678901234567890.01', 'pl')).toBe(`12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890,01`);
    expect(formatDecimal('-67', 'pl')).toBe('-67,00');
    expect(formatDecimal('5.125', 'pl')).toBe('5,125');
    expect(formatMoney(null, 'PLN', 'pl')).toBe('—');
  });
  it('formats dates DD.MM.YYYY in Polish', () => {
    expect(formatDate('2015-05-21', 'pl')).toBe('21.05.2015');
    expect(formatDate('2015-05-21', 'en')).toBe('21/05/2015');
  });
  it('groups a Polish account number', () => {
    expect(formatAccount('61838400095017898413378713')).toBe('61 8384 0009 5017 8984 1337 8713');
    expect(formatAccount('SK3112000000198742637541')).toBe('SK31 1200 0000 1987 4263 7541');
  });
  it('converts amounts between the input and the API', () => {
    expect(toInputAmount('552.34', 'pl')).toBe('552,34');
    expect(fromInputAmount(`1${NBSP}234,5`)).toBe('1234.5');
    expect(fromInputAmount('1 234.50')).toBe('1234.50');
  });
});

describe('isPositive', () => {
  it('reads the sign of a decimal string', () => {
    expect(isPositive('0.00')).toBe(false);
    expect(isPositive('0.01')).toBe(true);
    expect(isPositive('-5')).toBe(false);
    expect(isPositive(null)).toBe(false);
  });
});
