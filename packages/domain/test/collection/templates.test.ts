import { describe, expect, it } from 'vitest';
import { formatAmountPl } from '../../src/money.js';
import { normaliseTemplate, placeholdersFor, renderNotice, sampleContext, validateTemplate, type RenderContext } from '../../src/collection/index.js';
import { ValidationError } from '../../src/validators/index.js';

const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);

describe('placeholders per reason (COLL-4.2)', () => {
  it('OTHER: code, kind, file, total', () => {
    expect(placeholdersFor('OTHER').map((p) => p.token)).toEqual(['<kod_naleznosci>', '<nazwa_naleznosci>', '<kartoteka>', '<suma_naleznosci>']);
  });
  it('UPCOMING: kind, file, installment, due date, amount, total (no <kod_naleznosci> in the seed)', () => {
    expect(placeholdersFor('UPCOMING').map((p) => p.tag)).toEqual(['nazwa_naleznosci', 'kartoteka', 'rata', 'data_raty', 'kwota_raty', 'suma_naleznosci']);
  });
  it('OVERDUE: all text placeholders + addendum, and <data_zobowiazania> for the addendum', () => {
    const p = placeholdersFor('OVERDUE');
    expect(p.filter((x) => x.scope === 'text').map((x) => x.tag)).toEqual([
      'kod_naleznosci',
      'nazwa_naleznosci',
      'kartoteka',
      'rata',
      'data_raty',
      'kwota_raty',
      'suma_naleznosci',
      'dopisek_zobowiazania',
    ]);
    expect(p.filter((x) => x.scope === 'addendum')).toEqual([
      { tag: 'data_zobowiazania', token: '<data_zobowiazania>', label: 'Promise-to-pay date', labelPl: 'Data zobowiązania podatnika do spłaty należności', scope: 'addendum' },
    ]);
  });
});

describe('validateTemplate', () => {
  const base = { name: 'Testowy-zaleglosci', channel: 'SMS' as const, reason: 'OVERDUE' as const };

  it('accepts a valid OVERDUE template with an addendum', () => {
    expect(
      validateTemplate({
        ...base,
        text: 'Zaleglosc <kod_naleznosci> <kartoteka>: <suma_naleznosci>. <dopisek_zobowiazania>',
        promiseAddendum: 'Dziekujemy za deklaracje splaty do <data_zobowiazania>.',
      }),
    ).toEqual([]);
  });

  it('requires name, channel, reason and text', () => {
    const issues = validateTemplate({ name: ' ', text: '' });
    expect(issues.map((i) => `${i.field}:${i.rule}`)).toEqual(['name:required', 'channel:required', 'reason:required', 'text:required']);
    expect(rules(validateTemplate({ ...base, channel: 'FAX' as never, text: 'x' }))).toEqual(['enum']);
  });

  it('rejects unknown tags', () => {
    expect(validateTemplate({ ...base, text: 'Kwota <kwota> na <kartoteka>' })).toEqual([
      { field: 'text', rule: 'template.unknownTag', message: 'Unknown placeholder <kwota>', params: { tag: 'kwota' } },
    ]);
  });

  it('rejects tags not allowed for the reason', () => {
    expect(validateTemplate({ ...base, reason: 'OTHER', text: 'Rata <rata> z dnia <data_raty>, <kartoteka>' }).map((i) => i.params?.tag)).toEqual(['rata', 'data_raty']);
    expect(rules(validateTemplate({ ...base, reason: 'UPCOMING', text: 'Rata <kod_naleznosci> <rata>' }))).toEqual(['template.tagNotAllowed']);
    expect(rules(validateTemplate({ ...base, reason: 'UPCOMING', text: 'x <dopisek_zobowiazania>' }))).toEqual(['template.tagNotAllowed']);
    expect(validateTemplate({ ...base, reason: 'UPCOMING', text: 'Rata <rata> do <data_raty>: <kwota_raty> (<nazwa_naleznosci> <kartoteka>, razem <suma_naleznosci>)' })).toEqual([]);
  });

  it('allows the addendum for OVERDUE only', () => {
    expect(rules(validateTemplate({ ...base, reason: 'UPCOMING', text: 'Rata <rata>', promiseAddendum: 'do <data_zobowiazania>' }))).toEqual(['template.addendumOnlyOverdue']);
  });

  it('allows <data_zobowiazania> only inside the addendum, and only it there', () => {
    expect(rules(validateTemplate({ ...base, text: 'Zaplac do <data_zobowiazania>' }))).toEqual(['template.promiseDateOutsideAddendum']);
    expect(validateTemplate({ ...base, text: 'x <dopisek_zobowiazania>', promiseAddendum: 'do <data_zobowiazania> kwota <suma_naleznosci>' })).toMatchObject([
      { field: 'promiseAddendum', rule: 'template.tagNotAllowed', params: { tag: 'suma_naleznosci', scope: 'addendum' } },
    ]);
  });

  it('links the addendum and <dopisek_zobowiazania>', () => {
    expect(rules(validateTemplate({ ...base, text: 'Zaleglosc <kartoteka>', promiseAddendum: 'do <data_zobowiazania>' }))).toEqual(['template.addendumUnused']);
    expect(rules(validateTemplate({ ...base, text: 'Zaleglosc <kartoteka> <dopisek_zobowiazania>' }))).toEqual(['template.addendumMissing']);
  });

  it('checks lengths and control characters', () => {
    expect(rules(validateTemplate({ ...base, name: 'n'.repeat(101), text: 'x' }))).toEqual(['text.maxLength']);
    expect(rules(validateTemplate({ ...base, text: 'a\u0007b' }))).toEqual(['text.controlChar']);
    expect(validateTemplate({ ...base, text: 'Linia 1\nLinia 2' })).toEqual([]);
  });
});

describe('normaliseTemplate', () => {
  it('normalises SMS templates and keeps the tags', () => {
    const r = normaliseTemplate({ channel: 'SMS', text: 'Dzień dobry, zaległość <suma_naleznosci> zł', promiseAddendum: 'Deklaracja spłaty do <data_zobowiazania>' });
    expect(r.template.text).toBe('Dzien dobry, zaleglosc <suma_naleznosci> zl');
    expect(r.template.promiseAddendum).toBe('Deklaracja splaty do <data_zobowiazania>');
    expect(r.changed).toBe(true);
  });
  it('leaves phone-call templates alone', () => {
    expect(normaliseTemplate({ channel: 'PHONE_CALL', text: 'Rozmowa – „zaległość”' }).template.text).toBe('Rozmowa – „zaległość”');
  });
});

describe('renderNotice', () => {
  const ctx: RenderContext = {
    kindCode: 'GOK',
    kindName: 'Pożyczka gotówkowa',
    fileNumber: '544',
    promiseDate: null,
    items: [
      { year: 2026, installmentNo: 2, dueDate: '2026-02-20', amount: '140.00' },
      { year: 2026, installmentNo: 1, dueDate: '2026-01-20', amount: '140.00' },
      { year: 2026, installmentNo: 3, dueDate: '2026-03-20', amount: '140' },
    ],
  };

  it('reproduces the seed example exactly', () => {
    const r = renderNotice(
      {
        channel: 'SMS',
        reason: 'OVERDUE',
        text: 'Dzień dobry, zaległości na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prośba o szybkie uregulowanie',
      },
      ctx,
    );
    expect(r.text).toBe('Dzien dobry, zaleglosci na kartotece GOK 544 w kwocie 420,00. Prosba o szybkie uregulowanie');
    expect(r.length).toEqual({ characters: 91, units: 91, parts: 1, perPart: 160, encoding: 'GSM-7' });
    expect(r.normalisation?.replaced.map((x) => x.from)).toEqual(['ń', 'ł', 'ś']);
  });

  it('renders several items as "; "-separated lists in due-date order', () => {
    const r = renderNotice({ channel: 'SMS', reason: 'OVERDUE', text: 'Raty <rata> z terminami <data_raty> na kwoty <kwota_raty>, razem <suma_naleznosci> zl.' }, ctx);
    expect(r.text).toBe('Raty 2026/1; 2026/2; 2026/3 z terminami 20.01.2026; 20.02.2026; 20.03.2026 na kwoty 140,00; 140,00; 140,00, razem 420,00 zl.');
  });

  it('renders the promise addendum only when a promise date is set', () => {
    const t = {
      channel: 'SMS' as const,
      reason: 'OVERDUE' as const,
      text: 'Zaleglosc <suma_naleznosci>. <dopisek_zobowiazania>',
      promiseAddendum: 'Zgodnie z deklaracja oczekujemy wplaty do <data_zobowiazania>.',
    };
    expect(renderNotice(t, { ...ctx, promiseDate: '2026-03-31' }).text).toBe('Zaleglosc 420,00. Zgodnie z deklaracja oczekujemy wplaty do 31.03.2026.');
    expect(renderNotice(t, ctx).text).toBe('Zaleglosc 420,00.');
  });

  it('formats thousands with a plain space (seed: 35 118,00) and optionally a currency', () => {
    const big = {
      ...ctx,
      items: [
        { year: 2026, installmentNo: 1, dueDate: '2026-01-20', amount: '34653.00' },
        { year: 2026, installmentNo: 2, dueDate: '2026-02-20', amount: '465' },
      ],
    };
    expect(renderNotice({ channel: 'SMS', reason: 'OTHER', text: 'w kwocie <suma_naleznosci>' }, big).text).toBe('w kwocie 35 118,00');
    expect(renderNotice({ channel: 'EMAIL', reason: 'OTHER', text: 'Łącznie: <suma_naleznosci>' }, { ...big, currency: 'PLN' })).toMatchObject({
      text: 'Łącznie: 35 118,00 zł',
      raw: 'Łącznie: 35 118,00 zł',
    });
    // EUR in an SMS: € is an extension character (2 units)
    const eur = renderNotice({ channel: 'SMS', reason: 'OTHER', text: 'Spolu <suma_naleznosci>' }, { ...big, currency: 'EUR' });
    expect(eur.text).toBe('Spolu 35 118,00 €');
    expect(eur.length).toMatchObject({ characters: 17, units: 18 });
  });

  it('refuses templates whose tags are invalid for the reason', () => {
    expect(() => renderNotice({ channel: 'SMS', reason: 'OTHER', text: '<rata>' }, ctx)).toThrow(ValidationError);
  });

  it('previews with sample data for each reason', () => {
    const overdue = renderNotice(
      {
        channel: 'SMS',
        reason: 'OVERDUE',
        text: '<nazwa_naleznosci> <kod_naleznosci> <kartoteka>: raty <rata> (<data_raty>) = <suma_naleznosci>. <dopisek_zobowiazania>',
        promiseAddendum: 'Termin wplaty: <data_zobowiazania>.',
      },
      sampleContext('OVERDUE'),
    );
    expect(overdue.text).toBe('Pozyczka gotowkowa GOK 544: raty 2026/1; 2026/2; 2026/3 (20.01.2026; 20.02.2026; 20.03.2026) = 420,00. Termin wplaty: 31.03.2026.');
    expect(renderNotice({ channel: 'SMS', reason: 'UPCOMING', text: 'Rata <rata> do <data_raty>: <kwota_raty>' }, sampleContext('UPCOMING')).text).toBe('Rata 2026/4 do 20.04.2026: 140,00');
    expect(renderNotice({ channel: 'SMS', reason: 'OTHER', text: '<suma_naleznosci>' }, sampleContext('OTHER')).text).toBe('560,00');
  });
});

describe('formatAmountPl', () => {
  it.each([
    ['0', undefined, '0,00'],
    ['5', undefined, '5,00'],
    ['1234.56', 'PLN', '1 234,56 zł'],
    ['1234567.891', undefined, '1 234 567,89'],
    ['-1234.5', 'EUR', '-1 234,50 €'],
    ['999.995', undefined, '1 000,00'],
    ['-0.001', undefined, '0,00'],
  ] as const)('%s %s → %s', (amount, currency, expected) => {
    expect(formatAmountPl(amount, currency)).toBe(expected);
  });
});
