import { describe, expect, it } from 'vitest';
import { formatAccountNumber, ibanCheckDigits, mod97, validateIban, validateNrb } from '../../src/validators/index.js';

describe('IBAN', () => {
  it.each([
    ['PL61 1090 1014 0000 0712 1981 2874', 'PL61109010140000071219812874'], // IBAN registry example, 28 chars
    ['SK31 1200 0000 1987 4263 7541', 'SK3112000000198742637541'], // registry example, 24 chars
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['CZ65 0800 0000 1920 0014 5399', 'CZ6508000000192000145399'],
  ])('accepts %s', (input, expected) => {
    expect(validateIban(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects a wrong checksum', () => {
    expect(validateIban('PL61109010140000071219812875')).toMatchObject({ ok: false, issues: [{ rule: 'iban.checksum' }] });
    expect(validateIban('SK3112000000198742637542')).toMatchObject({ ok: false, issues: [{ rule: 'iban.checksum' }] });
  });

  it('rejects wrong lengths per country (PL 28, SK 24)', () => {
    expect(validateIban('PL6110901014000007121981287')).toMatchObject({ ok: false, issues: [{ rule: 'iban.length', params: { country: 'PL', length: 28 } }] });
    expect(validateIban('SK311200000019874263754')).toMatchObject({ ok: false, issues: [{ rule: 'iban.length', params: { length: 24 } }] });
  });

  it('rejects unknown countries and garbage', () => {
    expect(validateIban('XX82WEST12345698765432')).toMatchObject({ ok: false, issues: [{ rule: 'iban.country' }] });
    expect(validateIban('61109010140000071219812874')).toMatchObject({ ok: false, issues: [{ rule: 'iban.format' }] });
    expect(validateIban('')).toMatchObject({ ok: false, issues: [{ rule: 'required' }] });
  });

  it('computes check digits and mod 97', () => {
    expect(ibanCheckDigits('PL', '109010140000071219812874')).toBe('61');
    expect(ibanCheckDigits('SK', '12000000198742637541')).toBe('31');
    expect(mod97('109010140000071219812874252161')).toBe(1); // BBAN + "PL"(25 21) + 61
  });
});

describe('NRB', () => {
  it('accepts 26 digits with spaces, and a PL IBAN', () => {
    expect(validateNrb('61 1090 1014 0000 0712 1981 2874')).toEqual({ ok: true, value: '61109010140000071219812874' });
    expect(validateNrb('PL61109010140000071219812874')).toEqual({ ok: true, value: '61109010140000071219812874' });
  });

  it('rejects wrong checksum and length', () => {
    expect(validateNrb('62109010140000071219812874')).toMatchObject({ ok: false, issues: [{ rule: 'nrb.checksum' }] });
    expect(validateNrb('6110901014000007121981287')).toMatchObject({ ok: false, issues: [{ rule: 'nrb.format' }] });
  });

  it('formats account numbers in groups of four', () => {
    expect(formatAccountNumber('61109010140000071219812874')).toBe('61 1090 1014 0000 0712 1981 2874');
    expect(formatAccountNumber('SK3112000000198742637541')).toBe('SK31 1200 0000 1987 4263 7541');
  });
});
