import { describe, expect, it } from 'vitest';
import { maskPhone, validateEmail, validatePlMobile, validatePostalCode, validateSenderName } from '../../src/validators/index.js';

describe('Polish mobile', () => {
  it.each([
    ['600700800', '600700800'],
    ['+48 600 700 800', '600700800'],
    ['0048-512-345-678', '512345678'],
    ['48 791 234 567', '791234567'],
    ['(+48) 885-123-456', '885123456'],
    ['453 000 111', '453000111'],
  ])('normalises %s → %s', (input, expected) => {
    expect(validatePlMobile(input)).toEqual({ ok: true, value: expected });
  });

  it('rejects non-mobile prefixes (landline 22, seed screenshot 222555666) unless relaxed', () => {
    expect(validatePlMobile('222555666')).toMatchObject({ ok: false, issues: [{ rule: 'phone.plMobile', params: { prefix: '22' } }] });
    expect(validatePlMobile('222555666', { requireMobilePrefix: false })).toEqual({ ok: true, value: '222555666' });
  });

  it('rejects wrong lengths and characters', () => {
    expect(validatePlMobile('60070080')).toMatchObject({ ok: false, issues: [{ rule: 'phone.format' }] });
    expect(validatePlMobile('6007008001')).toMatchObject({ ok: false, issues: [{ rule: 'phone.format' }] });
    expect(validatePlMobile('+49 600 700 800')).toMatchObject({ ok: false, issues: [{ rule: 'phone.format' }] });
    expect(validatePlMobile('600-700-80x')).toMatchObject({ ok: false, issues: [{ rule: 'phone.format' }] });
    expect(validatePlMobile(' ')).toMatchObject({ ok: false, issues: [{ rule: 'required' }] });
  });

  it('masks', () => {
    expect(maskPhone('600700800')).toBe('600 *** 800');
  });
});

describe('e-mail', () => {
  it('accepts and normalises', () => {
    expect(validateEmail(' Jan.Kowalski+raty@Example.PL ')).toEqual({ ok: true, value: 'Jan.Kowalski+raty@example.pl' });
  });
  it.each(['jan', 'jan@', '@example.pl', 'jan@example', 'jan..k@example.pl', 'jan@-example.pl', 'jan k@example.pl', 'jan@example.p1'])('rejects %s', (v) => {
    expect(validateEmail(v)).toMatchObject({ ok: false, issues: [{ rule: 'email.format' }] });
  });
});

describe('postal codes', () => {
  it('PL NN-NNN', () => {
    expect(validatePostalCode('10-001', 'PL')).toEqual({ ok: true, value: '10-001' });
    expect(validatePostalCode('10001', 'PL')).toEqual({ ok: true, value: '10-001' });
    expect(validatePostalCode('100-01', 'PL')).toMatchObject({ ok: false, issues: [{ rule: 'postalCode.pl' }] });
  });
  it('SK NNN NN', () => {
    expect(validatePostalCode('811 01', 'SK')).toEqual({ ok: true, value: '811 01' });
    expect(validatePostalCode('81101', 'SK')).toEqual({ ok: true, value: '811 01' });
    expect(validatePostalCode('81-101', 'SK')).toMatchObject({ ok: false, issues: [{ rule: 'postalCode.sk' }] });
  });
});

describe('SMSAPI sender name', () => {
  it.each(['ZETO', 'Raty.pl', 'A&B Sp', 'Raty 24', 'KASA_123', 'x', 'Abcdefghijk'])('accepts %s', (name) => {
    expect(validateSenderName(name)).toEqual({ ok: true, value: name });
  });

  it('rejects the seed examples with more than 3 digits in a row (TEST1234, 2012bileto)', () => {
    expect(validateSenderName('TEST1234')).toMatchObject({ ok: false, issues: [{ rule: 'sender.digits' }] });
    expect(validateSenderName('2012bileto')).toMatchObject({ ok: false, issues: [{ rule: 'sender.digits' }] });
  });

  it('rejects more than 11 characters', () => {
    expect(validateSenderName('Abcdefghijkl')).toMatchObject({ ok: false, issues: [{ rule: 'sender.maxLength', params: { max: 11 } }] });
  });

  it('rejects forbidden characters (Polish letters, slash, comma)', () => {
    expect(validateSenderName('Łódź')).toMatchObject({ ok: false, issues: [{ rule: 'sender.chars', params: { invalid: ['Ł', 'ó', 'ź'] } }] });
    expect(validateSenderName('Raty/PL')).toMatchObject({ ok: false, issues: [{ rule: 'sender.chars' }] });
  });

  it('requires a letter and rejects phone numbers', () => {
    expect(validateSenderName('123')).toMatchObject({ ok: false, issues: [{ rule: 'sender.letter' }] });
    const phone = validateSenderName('+48 600 700');
    expect(phone.ok).toBe(false);
    if (!phone.ok) expect(phone.issues.map((i) => i.rule)).toEqual(['sender.phoneNumber', 'sender.letter']);
    expect(validateSenderName('')).toMatchObject({ ok: false, issues: [{ rule: 'required' }] });
  });
});
