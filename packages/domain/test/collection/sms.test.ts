import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmsLength, GSM7_BASIC, GSM7_EXTENSION, isGsm7, normaliseSmsText, SMS_MAX_PARTS, SMS_MAX_UNITS, smsLength, splitSmsParts, validateTemplate } from '../../src/collection/index.js';

describe('normaliseSmsText', () => {
  it('replaces Polish diacritics (pangram "Zażółć gęślą jaźń")', () => {
    const r = normaliseSmsText('Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ');
    expect(r.text).toBe('Zazolc gesla jazn. ZAZOLC GESLA JAZN');
    expect(r.removed).toEqual([]);
    expect(r.replaced).toContainEqual({ from: 'ż', to: 'z', count: 1 });
    expect(r.replaced).toContainEqual({ from: 'ź', to: 'z', count: 1 });
    expect(r.replaced).toContainEqual({ from: 'Ą', to: 'A', count: 1 });
    expect(r.replaced.reduce((a, x) => a + x.count, 0)).toBe(18);
  });

  it('normalises the COLL-4.2 example (91 characters, 1 part)', () => {
    const r = normaliseSmsText('Dzień dobry, zaległości na kartotece GOK 544 w kwocie 420,00. Prośba o szybkie uregulowanie');
    expect(r.text).toBe('Dzien dobry, zaleglosci na kartotece GOK 544 w kwocie 420,00. Prosba o szybkie uregulowanie');
    expect(r.replaced).toEqual([
      { from: 'ń', to: 'n', count: 1 },
      { from: 'ł', to: 'l', count: 1 },
      { from: 'ś', to: 's', count: 2 },
    ]);
    expect(smsLength(r.text)).toEqual({ characters: 91, units: 91, parts: 1, perPart: 160, encoding: 'GSM-7' });
  });

  it('removes special characters outside GSM-7 and reports them', () => {
    const r = normaliseSmsText('Przypominamy o racie – termin „20.04.2026”… Dziękujemy 😊');
    expect(r.text).toBe('Przypominamy o racie termin 20.04.2026 Dziekujemy '); // the dash's space does not stay behind (issue #22)
    expect(r.removed).toEqual([
      { char: '–', count: 1 },
      { char: '„', count: 1 },
      { char: '”', count: 1 },
      { char: '…', count: 1 },
      { char: '😊', count: 1 },
    ]);
  });

  it('keeps GSM-7 accented letters and extension characters, replaces NBSP by a space', () => {
    const r = normaliseSmsText('Café Ñandú ä ö ü € [x] {y} ~ | ^ \\ 1\u00a0234,56');
    // é, Ñ, ä, ö, ü are GSM-7; ú is not (ù is) and is transliterated like the Slovak letters
    expect(r.text).toBe('Café Ñandu ä ö ü € [x] {y} ~ | ^ \\ 1 234,56');
    expect(r.replaced).toEqual([
      { from: 'ú', to: 'u', count: 1 },
      { from: '\u00a0', to: ' ', count: 1 },
    ]);
    expect(r.removed).toEqual([]);
  });

  it('handles decomposed diacritics (NFD) and Slovak letters', () => {
    expect(normaliseSmsText('z\u0307o\u0301łw').text).toBe('zolw');
    expect(normaliseSmsText('Dobrý deň, splátka č. 3').text).toBe('Dobry den, splatka c. 3');
  });

  it('property: the normalised text is always pure GSM-7 and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normaliseSmsText(s);
        expect(isGsm7(once.text)).toBe(true);
        expect(normaliseSmsText(once.text)).toEqual({ text: once.text, replaced: [], removed: [] });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ąćęłńóśźżĄĆĘŁŃÓŚŹŻabc €{}'), maxLength: 100 }), (s) => {
        const r = normaliseSmsText(s);
        expect([...r.text].length).toBe([...s].length); // only replacements, nothing removed
        expect(r.removed).toEqual([]);
      }),
    );
  });
});

describe('smsLength', () => {
  const a = (n: number) => 'a'.repeat(n);

  it.each([
    [0, 0, 160],
    [1, 1, 160],
    [160, 1, 160],
    [161, 2, 153],
    [306, 2, 153],
    [307, 3, 153],
    [459, 3, 153],
    [460, 4, 153],
  ])('%i characters → %i part(s)', (n, parts, perPart) => {
    expect(smsLength(a(n))).toEqual({ characters: n, units: n, parts, perPart, encoding: 'GSM-7' });
  });

  it('counts extension characters as two units', () => {
    expect(smsLength('€')).toMatchObject({ characters: 1, units: 2, parts: 1 });
    expect(smsLength('€'.repeat(80))).toMatchObject({ characters: 80, units: 160, parts: 1 });
    expect(smsLength('€'.repeat(81))).toMatchObject({ characters: 81, units: 162, parts: 2, perPart: 153 });
    expect(smsLength(`${a(159)}{`)).toMatchObject({ characters: 160, units: 161, parts: 2 });
    expect(smsLength('\f^{}\\[~]|€')).toMatchObject({ characters: 10, units: 20 });
  });

  it('never splits an extension character across parts', () => {
    // 152 'a' + '€' + 152 'a' = 306 units: without the rule it would be 2 parts of 153; with it: 152 | € + 151 | 1
    const text = `${a(152)}€${a(152)}`;
    const parts = splitSmsParts(text);
    expect(parts.map((p) => [...p].length)).toEqual([152, 152, 1]);
    expect(parts[1].startsWith('€')).toBe(true);
    expect(smsLength(text)).toMatchObject({ units: 306, parts: 3 });
  });

  it('measures the text as sent (after normalisation)', () => {
    expect(smsLength('Zażółć 😊')).toMatchObject({ characters: 7, units: 7, parts: 1 });
  });

  it('property: parts formula for basic-set texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...GSM7_BASIC), maxLength: 1200 }), (s) => {
        const n = [...s].length;
        const expected = n === 0 ? 0 : n <= 160 ? 1 : Math.ceil(n / 153);
        expect(smsLength(s)).toMatchObject({ characters: n, units: n, parts: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('property: with extension characters, parts fit and re-join to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...`${GSM7_BASIC}${GSM7_EXTENSION}`), maxLength: 1000 }), (s) => {
        const parts = splitSmsParts(s);
        const len = smsLength(s);
        expect(parts.join('')).toBe(s);
        expect(parts.length).toBe(len.parts);
        const units = (p: string) => [...p].reduce((acc, ch) => acc + (GSM7_EXTENSION.includes(ch) ? 2 : 1), 0);
        if (len.units <= 160) expect(len.parts).toBe(len.units === 0 ? 0 : 1);
        else {
          expect(parts.every((p) => units(p) <= 153)).toBe(true);
          expect(len.parts).toBeGreaterThanOrEqual(Math.ceil(len.units / 153));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('one SMS length limit for notices and templates (issue #22)', () => {
  it('a stripped character between spaces leaves one space, not two', () => {
    expect(normaliseSmsText('Rata – 140,00 zł — do 20.05').text).toBe('Rata 140,00 zl do 20.05');
    expect(normaliseSmsText('„Uwaga” – pilne').text).toBe('Uwaga pilne');
    expect(normaliseSmsText('a–b').text).toBe('ab');
    expect(normaliseSmsText('a  b').text).toBe('a  b'); // the user's own double space is kept
    expect(normaliseSmsText('– start').text).toBe('start');
  });

  it('is 7 parts (1,071 GSM-7 units): 1,000 characters fit, 6 parts (918) would not hold them', () => {
    expect(SMS_MAX_PARTS).toBe(7);
    expect(SMS_MAX_UNITS).toBe(1071);
    expect(smsLength('a'.repeat(918)).parts).toBe(6);
    expect(smsLength('a'.repeat(1000)).parts).toBe(7);
    expect(checkSmsLength('a'.repeat(1000), 'input.text')).toEqual([]);
    expect(checkSmsLength('a'.repeat(1071), 'input.text')).toEqual([]);
  });

  it('refuses 8 parts naming the field, the parts and the limit', () => {
    const [issue] = checkSmsLength('a'.repeat(1072), 'input.text');
    expect(issue).toMatchObject({ field: 'input.text', rule: 'sms.tooLong', params: { parts: 8, maxParts: 7, units: 1072, maxUnits: 1071 } });
    // measured as sent: 1,100 characters of which 40 are stripped dashes → 1,060 → accepted
    expect(checkSmsLength(`${'a'.repeat(1060)}${'—'.repeat(40)}`, 'text')).toEqual([]);
  });

  it('templates: 1,000 characters accepted, the same limit refuses 1,072', () => {
    const base = { name: 'T', channel: 'SMS' as const, reason: 'OTHER' as const };
    expect(validateTemplate({ ...base, text: 'a'.repeat(1000) })).toEqual([]);
    expect(validateTemplate({ ...base, text: 'a'.repeat(1072) })).toContainEqual(expect.objectContaining({ field: 'text', rule: 'sms.tooLong' }));
    // not an SMS: only the character limit
    expect(validateTemplate({ ...base, channel: 'PHONE_CALL', text: 'a'.repeat(1500) })).toEqual([]);
  });
});
