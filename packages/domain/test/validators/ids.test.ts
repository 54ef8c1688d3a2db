import { describe, expect, it } from 'vitest';
import { validateNip, validatePesel, validateRegon, validateRodneCislo } from '../../src/validators/index.js';

describe('PESEL', () => {
  it('accepts 44051401359 (born 1944-05-14, male)', () => {
    // weights 1,3,7,9,1,3,7,9,1,3 on 4,4,0,5,1,4,0,1,3,5:
    // 4+12+0+45+1+12+0+9+3+15 = 101; 101 mod 10 = 1; (10 − 1) mod 10 = 9 = last digit ✓; 10th digit 5 odd → male
    expect(validatePesel('44051401359')).toEqual({ ok: true, value: { pesel: '44051401359', birthDate: '1944-05-14', sex: 'M' } });
  });

  it('decodes the 2000s (+20 month) — 02270803624 born 2002-07-08, female', () => {
    // 0·1+2·3+2·7+7·9+0·1+8·3+0·7+3·9+6·1+2·3 = 0+6+14+63+0+24+0+27+6+6 = 146 → (10 − 6) = 4
    const r = validatePesel('02270803624');
    expect(r).toEqual({ ok: true, value: { pesel: '02270803624', birthDate: '2002-07-08', sex: 'F' } });
  });

  it('decodes the 1800s (+80 month) — 99923100014 born 1899-12-31, male', () => {
    // 9+27+63+18+3+3+0+0+0+3 = 126 → (10 − 6) = 4
    expect(validatePesel('99923100014')).toMatchObject({ ok: true, value: { birthDate: '1899-12-31', sex: 'M' } });
  });

  it('accepts 29 Feb 2000 (00222900009) and rejects 29 Feb 1900 (00022900003)', () => {
    // 00222900009: 0+0+14+18+2+27+0+0+0+0 = 61 → 9 ✓ ; 00022900003: 0+0+0+18+2+27 = 47 → 3 ✓ but 1900 is not leap
    expect(validatePesel('00222900009')).toMatchObject({ ok: true, value: { birthDate: '2000-02-29', sex: 'F' } });
    expect(validatePesel('00022900003')).toMatchObject({ ok: false, issues: [{ rule: 'pesel.birthDate' }] });
  });

  it('rejects a wrong check digit', () => {
    expect(validatePesel('44051401358')).toMatchObject({ ok: false, issues: [{ field: 'pesel', rule: 'pesel.checksum' }] });
  });

  it('rejects 30 February even with a correct checksum (44023001356)', () => {
    // 4+12+0+18+3+0+0+9+3+15 = 64 → 6 ✓ — but 1944-02-30 does not exist
    expect(validatePesel('44023001356')).toMatchObject({ ok: false, issues: [{ rule: 'pesel.birthDate' }] });
  });

  it('rejects wrong formats and missing values', () => {
    expect(validatePesel('4405140135')).toMatchObject({ ok: false, issues: [{ rule: 'pesel.format' }] });
    expect(validatePesel('4405140135a')).toMatchObject({ ok: false, issues: [{ rule: 'pesel.format' }] });
    expect(validatePesel('')).toMatchObject({ ok: false, issues: [{ rule: 'required' }] });
    expect(validatePesel(null, 'client.pesel')).toMatchObject({ ok: false, issues: [{ field: 'client.pesel', rule: 'required' }] });
    // month 13 in the 1900s is no century encoding at all
    expect(validatePesel('44130101359')).toMatchObject({ ok: false, issues: [{ rule: 'pesel.birthDate' }] });
  });
});

describe('rodné číslo (SK)', () => {
  it('accepts a 10-digit number divisible by 11, with or without slash', () => {
    // 850315123 = 11 · 77301374 + 9 → check digit 9; 8503151239 = 11 · 773013749
    expect(validateRodneCislo('850315/1239')).toEqual({ ok: true, value: { rodneCislo: '8503151239', birthDate: '1985-03-15', sex: 'M' } });
    expect(validateRodneCislo('8503151239')).toMatchObject({ ok: true });
  });

  it('decodes women (+50) — 855315/1233', () => {
    // 855315123 mod 11 = 3
    expect(validateRodneCislo('855315/1233')).toMatchObject({ ok: true, value: { birthDate: '1985-03-15', sex: 'F' } });
  });

  it('accepts +20 (men) from 2004 only — 1025101231', () => {
    // 102510123 mod 11 = 1 ; month 25 − 20 = 5 → 2010-05-10
    expect(validateRodneCislo('1025101231')).toMatchObject({ ok: true, value: { birthDate: '2010-05-10', sex: 'M' } });
    // 1990 with +20 month is invalid
    expect(validateRodneCislo('9025101230')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.birthDate' }] });
  });

  it('accepts +70 (women) from 2004', () => {
    const first9 = '107510123';
    const check = Number(first9) % 11; // 107510123 mod 11
    expect(check).toBeLessThan(10);
    expect(validateRodneCislo(`${first9}${check}`)).toMatchObject({ ok: true, value: { birthDate: '2010-05-10', sex: 'F' } });
  });

  it('accepts the historical exception (mod 11 = 10 → 0) before 1985 only', () => {
    // 781015003 = 11 · 71001363 + 10 → check digit 0 (born 1978-10-15)
    expect(validateRodneCislo('781015/0030')).toMatchObject({ ok: true, value: { birthDate: '1978-10-15' } });
    // 900101003 = 11 · 81827363 + 10 → a 1990 number can't use the exception
    expect(validateRodneCislo('900101/0030')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.checksum' }] });
  });

  it('accepts 9-digit numbers only before 1954', () => {
    expect(validateRodneCislo('500101/123')).toMatchObject({ ok: true, value: { rodneCislo: '500101123', birthDate: '1950-01-01', sex: 'M' } });
    expect(validateRodneCislo('535101/123')).toMatchObject({ ok: true, value: { birthDate: '1953-01-01', sex: 'F' } });
    expect(validateRodneCislo('600101/123')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.format' }] });
  });

  it('rejects wrong checksums, dates and formats', () => {
    expect(validateRodneCislo('8503151238')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.checksum' }] });
    expect(validateRodneCislo('850230/0000')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.birthDate' }] });
    expect(validateRodneCislo('85031/51239')).toMatchObject({ ok: false, issues: [{ rule: 'rodneCislo.format' }] });
    expect(validateRodneCislo('')).toMatchObject({ ok: false, issues: [{ field: 'pin', rule: 'required' }] });
  });
});

describe('NIP and REGON', () => {
  it('accepts valid NIPs', () => {
    // 1234563218: 6·1+5·2+7·3+2·4+3·5+4·6+5·3+6·2+7·1 = 6+10+21+8+15+24+15+12+7 = 118; 118 mod 11 = 8 ✓
    expect(validateNip('1234563218')).toEqual({ ok: true, value: '1234563218' });
    // 526-025-02-74 (Ministry of Finance): 30+10+42+0+6+20+0+12+49 = 169; 169 mod 11 = 4 ✓
    expect(validateNip('PL 526-025-02-74')).toEqual({ ok: true, value: '5260250274' });
  });

  it('rejects invalid NIPs', () => {
    expect(validateNip('1234563217')).toMatchObject({ ok: false, issues: [{ rule: 'nip.checksum' }] });
    expect(validateNip('123456321')).toMatchObject({ ok: false, issues: [{ rule: 'nip.format' }] });
  });

  it('validates 9- and 14-digit REGONs', () => {
    // 123456785: 8+18+6+12+20+30+42+56 = 192; 192 mod 11 = 5 ✓
    expect(validateRegon('123456785')).toEqual({ ok: true, value: '123456785' });
    expect(validateRegon('123456786')).toMatchObject({ ok: false, issues: [{ rule: 'regon.checksum' }] });
    // 1234567851234 + check: 2·1+4·2+8·3+5·4+0·5+9·6+7·7+3·8+6·5+1·1+2·2+4·3+8·4 = 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260;
    // 260 mod 11 = 7 → 12345678512347
    expect(validateRegon('12345678512347')).toMatchObject({ ok: true });
    expect(validateRegon('12345678512348')).toMatchObject({ ok: false, issues: [{ rule: 'regon.checksum' }] });
    expect(validateRegon('1234567')).toMatchObject({ ok: false, issues: [{ rule: 'regon.format' }] });
  });
});
