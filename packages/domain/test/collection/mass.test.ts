import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  massCandidateItems,
  massGenerationRows,
  renderNotice,
  validateMassGenerationParams,
  type MassFile,
  type MassGenerationParams,
  type MassParty,
  type NoticeItem,
} from '../../src/collection/index.js';
import { addDays } from '../../src/validators/index.js';

const item = (no: number, dueDate: string, overdue: string, future = '0.00'): NoticeItem => ({
  id: `i${no}-${dueDate}`,
  kindCode: 'GOK',
  year: 2026,
  installmentNo: no,
  dueDate,
  overdueBalance: overdue,
  futureBalance: future,
  overpaymentBalance: '0.00',
});
const party = (id: string, name: string, phone: string | null, extra: Partial<MassParty> = {}): MassParty => ({
  id,
  name,
  contacts: phone ? [{ type: 'MOBILE', value: phone, smsConsent: true }] : [],
  ...extra,
});
const file = (fileNumber: string, parties: MassParty[], items: NoticeItem[], noticeCreationDates: string[] = []): MassFile => ({
  id: `GOK-${fileNumber}`,
  kindCode: 'GOK',
  fileNumber,
  parties,
  items,
  noticeCreationDates,
});

const P = '2026-03-27';
const base: MassGenerationParams = { kindCode: 'GOK', reason: 'OVERDUE', preparationDate: P, dueWithinDays: 7 };

describe('mass generation (COLL-6)', () => {
  const gok544 = file(
    '544',
    [party('p1', 'ABACKI JAN', '600700800')],
    [
      item(1, '2026-01-20', '140.00'),
      item(2, '2026-02-20', '140.00'),
      item(2, '2026-03-17', '34838.00') /* the screenshot shows 34 653,00 but a total of 35 118,00; adjusted so the lines add up */,
      item(4, '2026-04-20', '0.00', '140.00'),
    ],
  );

  it('reproduces the seed example (Rys. 30, no window ticked): GOK 544 lists all overdue items (35 118,00)', () => {
    // with a 10-day window the 2026-03-17 item (P − 10) qualifies the file; with 7 days nothing is due in [03-20, 03-26]
    expect(massGenerationRows({ ...base, dueWithinDays: 10 }, [gok544])).toHaveLength(1);
    expect(massGenerationRows(base, [gok544])).toHaveLength(0);
    const rows = massGenerationRows({ ...base, dueWithinDays: null }, [gok544]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fileId: 'GOK-544', partyId: 'p1', phone: '600700800' });
    expect(rows[0].items.map((i) => i.dueDate)).toEqual(['2026-01-20', '2026-02-20', '2026-03-17']);
    const text = renderNotice(
      {
        channel: 'SMS',
        reason: 'OVERDUE',
        text: 'Dzień dobry, zaległości na kartotece <kod_naleznosci> <kartoteka> w kwocie <suma_naleznosci>. Prośba o szybkie uregulowanie',
      },
      { kindCode: 'GOK', kindName: 'GOK', fileNumber: '544', items: rows[0].items.map((i) => ({ ...i, amount: i.overdueBalance })) },
    ).text;
    expect(text).toBe('Dzien dobry, zaleglosci na kartotece GOK 544 w kwocie 35 118,00. Prosba o szybkie uregulowanie');
  });

  it('OVERDUE window: due in [P − X, P − 1]', () => {
    const f = (due: string) => file('1', [party('p', 'A', '600700800')], [item(1, due, '10.00')]);
    expect(massGenerationRows(base, [f(addDays(P, -7))])).toHaveLength(1);
    expect(massGenerationRows(base, [f(addDays(P, -8))])).toHaveLength(0);
    expect(massGenerationRows(base, [f(addDays(P, -1))])).toHaveLength(1);
    expect(massGenerationRows(base, [f(P)])).toHaveLength(0); // due today is not overdue
    expect(massGenerationRows({ ...base, dueWithinDays: null }, [f('2020-01-01')])).toHaveLength(1);
  });

  it('UPCOMING window: due in [P, P + X]', () => {
    const up = { ...base, reason: 'UPCOMING' as const, dueWithinDays: 5 };
    const f = (due: string) => file('1', [party('p', 'A', '600700800')], [item(1, due, '0.00', '10.00')]);
    expect(massGenerationRows(up, [f(P)])).toHaveLength(1);
    expect(massGenerationRows(up, [f(addDays(P, 5))])).toHaveLength(1);
    expect(massGenerationRows(up, [f(addDays(P, 6))])).toHaveLength(0);
    expect(massGenerationRows(up, [f(addDays(P, -1))])).toHaveLength(0);
  });

  it('items with nothing outstanding do not qualify', () => {
    expect(massGenerationRows(base, [file('1', [party('p', 'A', '600700800')], [item(1, addDays(P, -2), '0.00')])])).toHaveLength(0);
  });

  it('candidate items: overdue + future > 0 exactly, whatever the notation of the balances', () => {
    const due = addDays(P, -2);
    const items = [
      item(1, due, '0.00'),
      item(2, due, '0'),
      item(3, due, '0.01'),
      item(4, due, '0.00', '0.10'),
      item(5, due, '-1.00', '2.00'),
      item(6, due, '-0.50', '0.50'),
      item(7, due, '1e2'),
      item(8, due, '000.000'),
    ];
    expect(massCandidateItems({ ...base, dueWithinDays: null }, { items }).map((i) => i.installmentNo)).toEqual([3, 4, 5, 7]);
    // the same answer through massGenerationRows (one row, the same items)
    const rows = massGenerationRows({ ...base, dueWithinDays: null }, [file('1', [party('p', 'A', '600700800')], items)]);
    expect(rows[0].items.map((i) => i.installmentNo)).toEqual([3, 4, 5, 7]);
    expect(() => massCandidateItems(base, { items: [item(1, '2026-02-30', '1.00')] })).toThrow(RangeError);
  });

  it('single-installment amount from–to (inclusive) on the same qualifying item', () => {
    const f = file('1', [party('p', 'A', '600700800')], [item(1, addDays(P, -2), '140.00'), item(2, addDays(P, -30), '500.00')]);
    expect(massGenerationRows({ ...base, amountFrom: '140.00', amountTo: '140.00' }, [f])).toHaveLength(1);
    expect(massGenerationRows({ ...base, amountFrom: '141.00' }, [f])).toHaveLength(0); // the 500.00 item is outside the 7-day window
    expect(massGenerationRows({ ...base, dueWithinDays: null, amountFrom: '141.00' }, [f])).toHaveLength(1);
    expect(massGenerationRows({ ...base, amountTo: '139.99' }, [f])).toHaveLength(0);
  });

  it('kind and file number range (numeric)', () => {
    const f = (n: string) => file(n, [party(`p${n}`, `P${n}`, '600700800')], [item(1, addDays(P, -1), '10.00')]);
    const files = [f('3'), f('5'), f('544'), f('60')];
    expect(massGenerationRows({ ...base, fileNumberFrom: '5', fileNumberTo: '60' }, files).map((r) => r.fileNumber)).toEqual(['5', '60']);
    expect(massGenerationRows({ ...base, kindCode: 'XYZ' }, files)).toHaveLength(0);
  });

  it('skips files with a notice created in the last X days', () => {
    const f = (d: string) => file('1', [party('p', 'A', '600700800')], [item(1, addDays(P, -1), '10.00')], [d]);
    const p = { ...base, skipNoticeWithinDays: 7 };
    expect(massGenerationRows(p, [f(`${addDays(P, -7)} 10:40:57`)])).toHaveLength(0);
    expect(massGenerationRows(p, [f(P)])).toHaveLength(0);
    expect(massGenerationRows(p, [f(addDays(P, -8))])).toHaveLength(1);
    expect(massGenerationRows(base, [f(P)])).toHaveLength(1);
  });

  it('only consented, non-departed parties; every co-debtor is its own row, sorted by name', () => {
    const f = file(
      '8',
      [
        party('p1', 'NOWAK DARIUSZ', '600700800'),
        party('p2', 'ŁUKASIK EWA', '500600700'),
        party('p3', 'BABACKA HALINA', null),
        party('p4', 'CACACKA ANNA', '510600700', { dateOfDeath: '2026-01-01' }),
        party('p5', 'KOWALSKI TOMASZ', '520600700', { bankruptcyDate: '2025-06-01' }),
        { id: 'p6', name: 'ABACKI JAN', contacts: [{ type: 'MOBILE', value: '530600700', smsConsent: false }] },
      ],
      [item(1, addDays(P, -1), '10.00')],
    );
    expect(massGenerationRows(base, [f]).map((r) => r.partyName)).toEqual(['ŁUKASIK EWA', 'NOWAK DARIUSZ']);
  });

  it('validates parameters', () => {
    expect(validateMassGenerationParams(base)).toEqual([]);
    expect(validateMassGenerationParams({ preparationDate: P }).map((i) => `${i.field}:${i.rule}`)).toEqual(['kindCode:required', 'reason:required']);
    expect(validateMassGenerationParams({ ...base, reason: 'OTHER' }).map((i) => i.rule)).toEqual(['mass.dueWindowReason']);
    expect(validateMassGenerationParams({ ...base, dueWithinDays: -1 }).map((i) => i.rule)).toEqual(['integer.nonNegative']);
    expect(validateMassGenerationParams({ ...base, amountFrom: '10', amountTo: '5' }).map((i) => i.rule)).toEqual(['range.order']);
    expect(validateMassGenerationParams({ ...base, fileNumberFrom: '60', fileNumberTo: '5' }).map((i) => i.rule)).toEqual(['range.order']);
    expect(validateMassGenerationParams({ ...base, amountFrom: '1e3' }).map((i) => i.rule)).toEqual(['amount.exponent']);
  });

  it('property: every row is a consented, non-departed party of a file with a qualifying item', () => {
    const due = fc.integer({ min: -20, max: 20 }).map((d) => addDays(P, d));
    const itemArb = fc.tuple(due, fc.integer({ min: 0, max: 500 }), fc.boolean()).map(([d, amt, fut]) => item(1, d, fut ? '0.00' : `${amt}.00`, fut ? `${amt}.00` : '0.00'));
    const partyArb = fc.record({ consent: fc.boolean(), dead: fc.boolean() });
    const fileArb = fc.record({ items: fc.array(itemArb, { maxLength: 5 }), parties: fc.array(partyArb, { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 6 }), fc.constantFrom('OVERDUE' as const, 'UPCOMING' as const), fc.integer({ min: 0, max: 10 }), (fs, reason, x) => {
        const files = fs.map((f, i) =>
          file(
            String(i + 1),
            f.parties.map((p, j) => ({
              id: `${i}-${j}`,
              name: `N${i}-${j}`,
              dateOfDeath: p.dead ? '2020-01-01' : null,
              contacts: [{ type: 'MOBILE' as const, value: '600700800', smsConsent: p.consent }],
            })),
            f.items,
          ),
        );
        const params = { ...base, reason, dueWithinDays: x };
        const rows = massGenerationRows(params, files);
        for (const r of rows) {
          const f = files.find((ff) => ff.id === r.fileId)!;
          const p = f.parties.find((pp) => pp.id === r.partyId)!;
          expect(p.dateOfDeath).toBeNull();
          expect(p.contacts[0].smsConsent).toBe(true);
          const [lo, hi] = reason === 'OVERDUE' ? [addDays(P, -x), addDays(P, -1)] : [P, addDays(P, x)];
          expect(f.items.some((i) => i.dueDate >= lo && i.dueDate <= hi && (i.overdueBalance !== '0.00' || i.futureBalance !== '0.00'))).toBe(true);
        }
        const expectedCount = files
          .filter((f) => {
            const [lo, hi] = reason === 'OVERDUE' ? [addDays(P, -x), addDays(P, -1)] : [P, addDays(P, x)];
            return f.items.some((i) => i.dueDate >= lo && i.dueDate <= hi && (i.overdueBalance !== '0.00' || i.futureBalance !== '0.00'));
          })
          .reduce((acc, f) => acc + f.parties.filter((p) => !p.dateOfDeath && p.contacts[0].smsConsent).length, 0);
        expect(rows).toHaveLength(expectedCount);
      }),
      { numRuns: 200 },
    );
  });
});
