import { describe, expect, it } from 'vitest';
import { addDays, assertValid, daysBetween, formatDatePl, parseNonstopBanking, sanitizeText, validateAddress, validateAmount, validateIsoDate, ValidationError } from '../../src/validators/index.js';

describe('dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(validateIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(validateIsoDate('2026-02-30')).toMatchObject({ ok: false, issues: [{ rule: 'date.invalid' }] });
    expect(validateIsoDate('2025-02-29')).toMatchObject({ ok: false, issues: [{ rule: 'date.invalid' }] });
    expect(validateIsoDate('2026-13-01')).toMatchObject({ ok: false, issues: [{ rule: 'date.invalid' }] });
    expect(validateIsoDate('2026-4-1')).toMatchObject({ ok: false, issues: [{ rule: 'date.format' }] });
    expect(validateIsoDate('2026-04-01T00:00:00Z')).toMatchObject({ ok: false, issues: [{ rule: 'date.format' }] });
    expect(validateIsoDate('', { field: 'dueDate' })).toMatchObject({ ok: false, issues: [{ field: 'dueDate', rule: 'required' }] });
    expect(validateIsoDate('2026-01-01', { min: '2026-01-02' })).toMatchObject({ ok: false, issues: [{ rule: 'date.min' }] });
  });

  it('does calendar arithmetic and formats for debtors', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2026-03-20', '2026-03-27')).toBe(7);
    expect(formatDatePl('2026-03-05')).toBe('05.03.2026');
  });
});

describe('amounts', () => {
  it('normalises to two decimals', () => {
    expect(validateAmount('1234.5')).toEqual({ ok: true, value: '1234.50' });
    expect(validateAmount('007')).toEqual({ ok: true, value: '7.00' });
    expect(validateAmount('-0')).toEqual({ ok: true, value: '0.00' });
    expect(validateAmount('9999999999999.99')).toEqual({ ok: true, value: '9999999999999.99' });
  });

  it('rejects exponents, too many decimals, negatives, too many digits, junk', () => {
    expect(validateAmount('1e3')).toMatchObject({ ok: false, issues: [{ rule: 'amount.exponent' }] });
    expect(validateAmount('1.234')).toMatchObject({ ok: false, issues: [{ rule: 'amount.decimals' }] });
    expect(validateAmount('-5.00')).toMatchObject({ ok: false, issues: [{ rule: 'amount.negative' }] });
    expect(validateAmount('-5.00', { allowNegative: true })).toEqual({ ok: true, value: '-5.00' });
    expect(validateAmount('10000000000000')).toMatchObject({ ok: false, issues: [{ rule: 'amount.tooLarge' }] });
    expect(validateAmount('12,50')).toMatchObject({ ok: false, issues: [{ rule: 'amount.format' }] });
    expect(validateAmount('+12')).toMatchObject({ ok: false, issues: [{ rule: 'amount.format' }] });
    expect(validateAmount('.5')).toMatchObject({ ok: false, issues: [{ rule: 'amount.format' }] });
    expect(validateAmount(12.5 as unknown)).toMatchObject({ ok: false, issues: [{ rule: 'amount.format' }] });
    expect(validateAmount('0', { allowZero: false })).toMatchObject({ ok: false, issues: [{ rule: 'amount.zero' }] });
    expect(validateAmount('5', { max: '4.99' })).toMatchObject({ ok: false, issues: [{ rule: 'amount.max' }] });
  });

  it('optionally accepts the Polish form', () => {
    expect(validateAmount('1 234,56', { acceptPolishFormat: true })).toEqual({ ok: true, value: '1234.56' });
  });

  it('supports other scales', () => {
    expect(validateAmount('12.3456', { maxDecimals: 4 })).toEqual({ ok: true, value: '12.3456' });
  });
});

describe('text sanitation', () => {
  it('trims and accepts allowed whitespace', () => {
    expect(sanitizeText('  Ala ma kota  ')).toEqual({ ok: true, value: 'Ala ma kota' });
    expect(sanitizeText('a\r\nb\tc', { allowNewlines: true, allowTabs: true })).toEqual({ ok: true, value: 'a\nb\tc' });
  });

  it('rejects control characters, bidi overrides and too long texts', () => {
    expect(sanitizeText('a\nb')).toMatchObject({ ok: false, issues: [{ rule: 'text.controlChar', params: { codePoint: 'U+000A' } }] });
    expect(sanitizeText('a\u0000b')).toMatchObject({ ok: false, issues: [{ rule: 'text.controlChar' }] });
    expect(sanitizeText('abc\u202Edef')).toMatchObject({ ok: false, issues: [{ rule: 'text.controlChar' }] });
    expect(sanitizeText('abcdef', { maxLength: 5 })).toMatchObject({ ok: false, issues: [{ rule: 'text.maxLength', params: { max: 5, length: 6 } }] });
    expect(sanitizeText('😊😊', { maxLength: 2 })).toEqual({ ok: true, value: '😊😊' }); // counted in code points
    expect(sanitizeText('', { required: true, field: 'name' })).toMatchObject({ ok: false, issues: [{ field: 'name', rule: 'required' }] });
  });
});

describe('LOAN-9, LOAN-7.3: nonstopbanking, addresses', () => {
  it('maps Áno / Nie / Nie je známe (trimmed)', () => {
    expect(parseNonstopBanking(' Áno')).toEqual({ ok: true, value: 'YES' });
    expect(parseNonstopBanking('Nie')).toEqual({ ok: true, value: 'NO' });
    expect(parseNonstopBanking('Nie je známe')).toEqual({ ok: true, value: 'UNKNOWN' });
    expect(parseNonstopBanking('ano')).toMatchObject({ ok: false, issues: [{ message: 'Nesprávne vyplnená hodnota nonstopbanking' }] });
    expect(parseNonstopBanking(undefined)).toMatchObject({ ok: false, issues: [{ rule: 'nonstopbanking.invalid' }] });
  });

  it('validates an address (city, zip, country required; line 1 ≤ 50)', () => {
    expect(validateAddress({ street: 'Hlavná', referenceNumber: '12', city: 'Bratislava', zipCode: '81101', countryCode: 'sk' })).toEqual({
      ok: true,
      value: { street: 'Hlavná', referenceNumber: '12', registerNumber: '', line1: 'Hlavná 12', city: 'Bratislava', zipCode: '811 01', countryCode: 'SK' },
    });
    const r = validateAddress({ street: 'x'.repeat(49), referenceNumber: '12', city: '', zipCode: '811', countryCode: 'SK' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.field}:${i.rule}`)).toEqual(['address.city:required', 'address.zipCode:postalCode.sk', 'address.line1:text.maxLength']);
  });
});

describe('assertValid', () => {
  it('throws ValidationError with issues', () => {
    expect(() => assertValid(validateIsoDate('2026-02-30'))).toThrow(ValidationError);
    expect(assertValid(validateIsoDate('2026-02-28'))).toBe('2026-02-28');
  });
});
