import { describe, expect, it } from 'vitest';
import { sanitizeText, validatePhone, validatePlMobile } from '../../src/validators/index.js';

const rules = (r: { ok: boolean; issues?: { rule: string }[] }) => (r.ok ? [] : r.issues!.map((i) => i.rule));

describe('validatePhone (one phone rule for every door)', () => {
  it('normalises PL numbers to 9 digits and SK numbers to E.164', () => {
    expect(validatePhone('+48 601 234 567', { kind: 'MOBILE' })).toEqual({ ok: true, value: '601234567' });
    expect(validatePhone('0048-601-234-567', { kind: 'MOBILE' })).toEqual({ ok: true, value: '601234567' });
    expect(validatePhone('601234567', { kind: 'MOBILE' })).toEqual({ ok: true, value: '601234567' });
    expect(validatePhone('(22) 555 66 77')).toEqual({ ok: true, value: '225556677' });
    expect(validatePhone('0905 123 456', { kind: 'MOBILE', defaultCountry: 'SK' })).toEqual({ ok: true, value: '+421905123456' });
    expect(validatePhone('+421 905 123 456', { kind: 'MOBILE' })).toEqual({ ok: true, value: '+421905123456' });
  });

  it('refuses short numbers, joined pairs, letters, foreign and non-mobile numbers, naming the field', () => {
    expect(validatePhone('123', { field: 'mobilePhoneNumber', kind: 'MOBILE' })).toMatchObject({ ok: false, issues: [{ field: 'mobilePhoneNumber', rule: 'phone.invalid' }] });
    expect(rules(validatePhone('+48601234567\n+48700000000'))).toEqual(['phone.format']);
    expect(rules(validatePhone('+48601234567+48700000000'))).toEqual(['phone.format']);
    expect(rules(validatePhone('+48601234567 +48700000000'))).toEqual(['phone.format']);
    expect(rules(validatePhone('601234567 700000000'))).toEqual(['phone.invalid']);
    expect(rules(validatePhone('+4860I234567'))).toEqual(['phone.format']);
    expect(rules(validatePhone('+48\u200B601234567'))).toEqual(['phone.format']);
    expect(rules(validatePhone('+420 601 123 456'))).toEqual(['phone.country']);
    expect(rules(validatePhone('+48 22 555 66 77', { kind: 'MOBILE' }))).toEqual(['phone.mobile']);
    expect(rules(validatePhone('+48700000000', { kind: 'MOBILE' }))).toEqual(['phone.mobile']);
    expect(rules(validatePhone(''))).toEqual(['required']);
    expect(validatePhone(' ', { optional: true })).toEqual({ ok: true, value: '' });
  });

  it('the PL mobile rule of the contacts screen refuses a newline-joined pair too', () => {
    expect(rules(validatePlMobile('601 234\n567'))).toEqual(['phone.format']);
    expect(validatePlMobile('601 234 567')).toEqual({ ok: true, value: '601234567' });
  });
});

describe('sanitizeText refuses (never strips) control, bidi and invisible characters', () => {
  it.each([
    ['Nowak\u202E', 'U+202E', 'bidi'],
    ['Nowak\u2066x', 'U+2066', 'bidi'],
    ['No\u200Bwak', 'U+200B', 'invisible'],
    ['No\u200Dwak', 'U+200D', 'invisible'],
    ['No\u00ADwak', 'U+00AD', 'invisible'],
    ['No\u0007wak', 'U+0007', 'control'],
    ['No\u2028wak', 'U+2028', 'control'],
  ])('%j → %s', (value, codePoint, kind) => {
    expect(sanitizeText(value, { field: 'surname' })).toMatchObject({ ok: false, issues: [{ field: 'surname', rule: 'text.controlChar', params: { codePoint, kind } }] });
  });

  it('keeps ordinary Polish and Slovak names and multi-line notes', () => {
    expect(sanitizeText('  Łucja Ďurčová-Żak  ')).toEqual({ ok: true, value: 'Łucja Ďurčová-Żak' });
    expect(sanitizeText('a\r\nb', { allowNewlines: true })).toEqual({ ok: true, value: 'a\nb' });
  });
});
