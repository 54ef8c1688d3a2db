import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pmt } from 'financial';
import { buildSchedule, DomainError, type ScheduleTerms } from '../../src/index.js';

const base: ScheduleTerms = {
  principal: '10000.00',
  annualRate: '12',
  installments: 12,
  disbursementDate: '2025-01-15',
  firstDueDate: '2025-02-15',
  method: 'ANNUITY',
  dayCount: '30/360',
};
const cents = (s: string): number => Math.round(Number(s) * 100);

describe('annuity, 30/360, regular first period (hand-checked)', () => {
  const s = buildSchedule(base);
  it('installment = 10000·0.01/(1−1.01^−12) = 888.4879 → 888.49', () => {
    expect(s.installment).toBe('888.49');
    expect(s.lines).toHaveLength(12);
  });
  it('line 1: interest 10000 × 12%/12 = 100.00, principal 888.49 − 100 = 788.49', () => {
    expect(s.lines[0]).toMatchObject({ number: 1, dueDate: '2025-02-15', principal: '788.49', interest: '100.00', total: '888.49', balance: '9211.51' });
  });
  it('line 2: interest 9211.51 × 1% = 92.1151 → 92.12, principal 796.37', () => {
    expect(s.lines[1]).toMatchObject({ dueDate: '2025-03-15', principal: '796.37', interest: '92.12', balance: '8415.14' });
  });
  it('last line settles the rest; totals are consistent', () => {
    const last = s.lines[11]!;
    expect(last.balance).toBe('0.00');
    // 11 × 888.49 + last total = total payable
    expect(cents(s.totalPayable)).toBe(11 * 88849 + cents(last.total));
    expect(cents(s.totalPayable)).toBe(1000000 + cents(s.totalInterest));
    // rounding difference only: the last total differs from the installment by a few cents
    expect(Math.abs(cents(last.total) - 88849)).toBeLessThan(12);
  });
  it('matches an independent float re-computation (integer cents, Math.round per line)', () => {
    // reference: A from financial.pmt, interest = round(balance × 1%) in cents
    const A = Math.round(-pmt(0.01, 12, 10000) * 100);
    let bal = 1000000;
    for (let k = 0; k < 12; k++) {
      const i = Math.round(bal * 0.01);
      const p = k === 11 ? bal : A - i;
      expect(cents(s.lines[k]!.interest)).toBe(i);
      expect(cents(s.lines[k]!.principal)).toBe(p);
      bal -= p;
    }
  });
});

describe('equal principal (hand-checked)', () => {
  // 1200.00 at 10 % over 12: principal 100.00; interest = balance × 10 %/12 rounded per line:
  // 10.00, 9.17, 8.33, 7.50, 6.67, 5.83, 5.00, 4.17, 3.33, 2.50, 1.67, 0.83 → 65.00
  const s = buildSchedule({ ...base, principal: '1200.00', annualRate: '10', method: 'EQUAL_PRINCIPAL' });
  it('principal 100.00 each, interest per line', () => {
    expect(s.lines.map((l) => l.principal)).toEqual(Array(12).fill('100.00'));
    expect(s.lines.map((l) => l.interest)).toEqual(['10.00', '9.17', '8.33', '7.50', '6.67', '5.83', '5.00', '4.17', '3.33', '2.50', '1.67', '0.83']);
    expect(s.totalInterest).toBe('65.00');
    expect(s.totalPayable).toBe('1265.00');
  });
  it('ACT/365: January 1200 × 10 % × 31/365 = 10.1918 → 10.19; February 1100 × 10 % × 28/365 = 8.4384 → 8.44', () => {
    const t = buildSchedule({ ...base, principal: '1200.00', annualRate: '10', method: 'EQUAL_PRINCIPAL', dayCount: 'ACT/365', disbursementDate: '2025-01-01', firstDueDate: '2025-02-01' });
    expect(t.lines.slice(0, 2).map((l) => [l.principal, l.interest, l.total])).toEqual([
      ['100.00', '10.19', '110.19'],
      ['100.00', '8.44', '108.44'],
    ]);
  });
  it('principal part rounding goes to the last line: 1000.00 / 3 = 333.33, last 333.34', () => {
    const t = buildSchedule({ ...base, principal: '1000.00', installments: 3, method: 'EQUAL_PRINCIPAL' });
    expect(t.lines.map((l) => l.principal)).toEqual(['333.33', '333.33', '333.34']);
    // interest: 1000 × 1 % = 10.00; 666.67 × 1 % = 6.6667 → 6.67; 333.34 × 1 % = 3.3334 → 3.33
    expect(t.lines.map((l) => l.interest)).toEqual(['10.00', '6.67', '3.33']);
  });
});

describe('day counts and broken first period (hand-checked)', () => {
  it('30/360 broken first period: 2025-01-10 → 2025-03-01 = 30E/360 days 30·2 + (1 − 10) = 51; 10000 × 12 % × 51/360 = 170.00', () => {
    const s = buildSchedule({ ...base, disbursementDate: '2025-01-10', firstDueDate: '2025-03-01', explain: true });
    expect(s.lines[0]!.interest).toBe('170.00');
    expect(s.lines[0]!.explanation).toMatchObject({ days: 51, basis: '51/360', exactInterest: '170.00000000' });
    // the next period is a full month: 30 days
    expect(s.lines[1]!.explanation).toMatchObject({ days: 30, basis: '30/360' });
  });
  it('due dates keep the first due day clamped to month end; 30/360 full months count 30 days even in February', () => {
    const s = buildSchedule({ ...base, installments: 4, disbursementDate: '2024-12-31', firstDueDate: '2025-01-31', explain: true });
    expect(s.lines.map((l) => l.dueDate)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
    expect(s.lines[0]!.interest).toBe('100.00');
    expect(s.lines.map((l) => l.explanation!.days)).toEqual([30, 30, 30, 30]);
  });
  it('ACT/365 broken first period: 2025-01-10 → 2025-03-01 = 50 days; 5000 × 10 % × 50/365 = 68.4932 → 68.49', () => {
    const s = buildSchedule({ ...base, principal: '5000.00', annualRate: '10', installments: 6, disbursementDate: '2025-01-10', firstDueDate: '2025-03-01', dayCount: 'ACT/365' });
    expect(s.lines[0]!.interest).toBe('68.49');
    // installment from the nominal monthly rate, checked with financial.pmt: 857.81
    expect(s.installment).toBe((-pmt(0.1 / 12, 6, 5000)).toFixed(2));
    const b1 = cents(s.lines[0]!.balance) / 100;
    // line 2: March = 31 actual days
    expect(s.lines[1]!.interest).toBe((Math.round(((b1 * 0.1 * 31) / 365) * 100) / 100).toFixed(2));
  });
  it('ACT/360: 1000 × 36 % × 31/360 = 31.00 for January', () => {
    const s = buildSchedule({ ...base, principal: '1000.00', annualRate: '36', installments: 3, disbursementDate: '2025-01-01', firstDueDate: '2025-02-01', dayCount: 'ACT/360' });
    expect(s.lines[0]!.interest).toBe('31.00');
    // February 2025 has 28 days: balance × 36 % × 28/360
    const b1 = cents(s.lines[0]!.balance) / 100;
    expect(s.lines[1]!.interest).toBe((Math.round(((b1 * 0.36 * 28) / 360) * 100) / 100).toFixed(2));
  });
  it('ACT/ACT (ISDA) across a year end: 2023-12-17 → 2024-01-17 = 15/365 + 16/366; 10000 × 12 % × 0.08481174 = 101.77', () => {
    const s = buildSchedule({ ...base, disbursementDate: '2023-12-17', firstDueDate: '2024-01-17', dayCount: 'ACT/ACT', explain: true });
    expect(s.lines[0]!.interest).toBe('101.77');
    expect(s.lines[0]!.explanation!.basis).toBe('15/365 + 16/366');
  });
});

describe('LOAN-10: negative principal → accumulated interest', () => {
  // take-over 1.12.2020, first installment 20.1.2021 (50 days), installment 22.00:
  // 1581.67 × 12 % × 50/365 = 26.00005 → 26.00 > 22.00 → interest 22, principal 0, accumulated 4.00
  const s = buildSchedule({
    principal: '1581.67',
    annualRate: '12',
    installments: 120,
    disbursementDate: '2020-12-01',
    firstDueDate: '2021-01-20',
    method: 'ANNUITY',
    dayCount: 'ACT/365',
    fixedInstallment: '22.00',
    explain: true,
  });
  it('first line: principal 0, interest 22, accumulated 4', () => {
    expect(s.lines[0]).toMatchObject({ dueDate: '2021-01-20', principal: '0.00', interest: '22.00', accumulatedInterest: '4.00', total: '22.00', balance: '1581.67' });
    expect(s.lines[0]!.explanation!.interestCapped).toBe(true);
  });
  it('accumulated interest is paid first: 16.12 + 4.00 = 20.12, principal 1.88', () => {
    // 1581.67 × 12 % × 31/365 = 16.12003 → 16.12
    expect(s.lines[1]).toMatchObject({ principal: '1.88', interest: '20.12', accumulatedInterest: '0.00', total: '22.00' });
  });
});

describe('deferral (odklad)', () => {
  // 12000 at 12 %, 6 lines of which 2 deferral, 30/360: A = annuity(12000, 1 %, 4) = 120 / 0.03901966 = 3075.37
  const s = buildSchedule({ ...base, principal: '12000.00', installments: 6, deferralMonths: 2 });
  it('deferral lines: nothing due, interest 120.00 per month accumulated', () => {
    expect(s.installment).toBe('3075.37');
    expect(s.lines[0]).toMatchObject({ principal: '0.00', interest: '0.00', total: '0.00', accumulatedInterest: '120.00', balance: '12000.00' });
    expect(s.lines[1]).toMatchObject({ principal: '0.00', interest: '0.00', total: '0.00', accumulatedInterest: '240.00' });
  });
  it('first line after the deferral pays accumulated 240 + period 120 = 360, principal 2715.37', () => {
    expect(s.lines[2]).toMatchObject({ principal: '2715.37', interest: '360.00', accumulatedInterest: '0.00', total: '3075.37', balance: '9284.63' });
    // next: 9284.63 × 1 % = 92.8463 → 92.85
    expect(s.lines[3]).toMatchObject({ interest: '92.85', principal: '2982.52' });
  });
  it('interest part is capped at the installment while accumulated interest is large', () => {
    // 6-month deferral on 10000 at 24 %: accumulated 1200 > installment of 4 remaining months
    const t = buildSchedule({ ...base, principal: '1000.00', annualRate: '24', installments: 24, deferralMonths: 20 });
    const first = t.lines[20]!;
    // accumulated 20 × 20.00 = 400 + period 20.00 = 420 > installment 262.62 (annuity(1000, 2 %, 4))
    expect(t.installment).toBe('262.62');
    expect(first).toMatchObject({ principal: '0.00', interest: '262.62', accumulatedInterest: '157.38' });
    expect(t.lines[23]!.balance).toBe('0.00');
  });
});

describe('interest-free', () => {
  it('1000 / 3: 333.33, 333.33, 333.34; no interest', () => {
    const s = buildSchedule({ ...base, principal: '1000.00', annualRate: '0', installments: 3 });
    expect(s.lines.map((l) => l.total)).toEqual(['333.33', '333.33', '333.34']);
    expect(s.totalInterest).toBe('0.00');
  });
  it('LOAN-4.2: contract price − installment × count is equalised in the last installment (front-end 85.00 × 10 for 849.10)', () => {
    const s = buildSchedule({ ...base, principal: '849.10', annualRate: '0', installments: 10, fixedInstallment: '85.00' });
    expect(s.lines.slice(0, 9).every((l) => l.total === '85.00')).toBe(true);
    expect(s.lines[9]!.total).toBe('84.10');
  });
});

describe('validation → DomainError naming the field', () => {
  const cases: [Partial<ScheduleTerms>, string, string][] = [
    [{ principal: '0' }, 'principal', 'PRINCIPAL_NOT_POSITIVE'],
    [{ principal: '10.001' }, 'principal', 'TOO_MANY_DECIMALS'],
    [{ principal: 'abc' }, 'principal', 'INVALID_AMOUNT'],
    [{ annualRate: '-1' }, 'annualRate', 'RATE_NEGATIVE'],
    [{ installments: 0 }, 'installments', 'INVALID_INSTALLMENTS'],
    [{ disbursementDate: '2025-02-30' }, 'disbursementDate', 'INVALID_DATE'],
    [{ firstDueDate: '2025-01-10' }, 'firstDueDate', 'FIRST_DUE_NOT_AFTER_DISBURSEMENT'],
    [{ deferralMonths: 12 }, 'deferralMonths', 'INVALID_DEFERRAL'],
    [{ dayCount: 'X' as never }, 'dayCount', 'INVALID_DAY_COUNT'],
    [{ method: 'EQUAL_PRINCIPAL', fixedInstallment: '100.00' }, 'fixedInstallment', 'FIXED_INSTALLMENT_REQUIRES_ANNUITY'],
    [{ fixedInstallment: '0.00' }, 'fixedInstallment', 'INSTALLMENT_NOT_POSITIVE'],
  ];
  it.each(cases)('%o → %s', (patch, field, code) => {
    const call = () => buildSchedule({ ...base, ...patch });
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ field, code }));
  });
});

describe('annuity amount vs npm financial.pmt', () => {
  it('agrees to the cent for 300 random regular 30/360 loans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 100000000 }), fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 360 }), (p, r100, n) => {
        const principal = (p / 100).toFixed(2);
        const rate = (r100 / 100).toFixed(2);
        const s = buildSchedule({ ...base, principal, annualRate: rate, installments: n });
        const ref = -pmt(r100 / 100 / 1200, n, p / 100);
        expect(Math.abs(cents(s.installment) - ref * 100)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});

const termsArb = fc
  .record({
    p: fc.integer({ min: 100, max: 500000000 }),
    r: fc.integer({ min: 0, max: 6000 }),
    n: fc.integer({ min: 1, max: 120 }),
    method: fc.constantFrom('ANNUITY' as const, 'EQUAL_PRINCIPAL' as const),
    dayCount: fc.constantFrom('30/360' as const, 'ACT/365' as const, 'ACT/360' as const, 'ACT/ACT' as const),
    start: fc.integer({ min: 0, max: 3650 }),
    firstGap: fc.integer({ min: 1, max: 75 }),
    deferral: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ p, r, n, method, dayCount, start, firstGap, deferral }) => {
    const d0 = new Date(Date.UTC(2020, 0, 1) + start * 86400000);
    const d1 = new Date(d0.getTime() + firstGap * 86400000);
    return {
      principal: (p / 100).toFixed(2),
      annualRate: (r / 100).toString(),
      installments: n,
      disbursementDate: d0.toISOString().slice(0, 10),
      firstDueDate: d1.toISOString().slice(0, 10),
      method,
      dayCount,
      deferralMonths: Math.min(deferral, n - 1),
    } satisfies ScheduleTerms;
  });

describe('schedule properties (fast-check)', () => {
  it('principal sums to principal, balance ends at 0, nothing negative, totals consistent', () => {
    fc.assert(
      fc.property(termsArb, (t) => {
        const s = buildSchedule(t);
        let sp = 0;
        let si = 0;
        let st = 0;
        let bal = cents(t.principal);
        expect(s.lines).toHaveLength(t.installments);
        for (const l of s.lines) {
          const p = cents(l.principal);
          const i = cents(l.interest);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(cents(l.accumulatedInterest)).toBeGreaterThanOrEqual(0);
          expect(cents(l.total)).toBe(p + i);
          bal -= p;
          expect(cents(l.balance)).toBe(bal);
          sp += p;
          si += i;
          st += p + i;
        }
        expect(sp).toBe(cents(t.principal));
        expect(s.lines[s.lines.length - 1]!.balance).toBe('0.00');
        expect(s.lines[s.lines.length - 1]!.accumulatedInterest).toBe('0.00');
        expect(si).toBe(cents(s.totalInterest));
        expect(st).toBe(cents(s.totalPayable));
        expect(cents(s.totalPayable)).toBe(cents(t.principal) + cents(s.totalInterest));
        // annuity: every non-deferral line but the last pays exactly the installment (unless repaid early)
        if (t.method === 'ANNUITY') {
          for (const l of s.lines.slice(t.deferralMonths, -1)) {
            if (l.balance !== '0.00') expect(l.total).toBe(s.installment);
          }
        }
        // the explanation never changes the numbers (the explained path computes interest with 18 extra decimals)
        const e = buildSchedule({ ...t, explain: true });
        expect(e.lines.map(({ explanation: _x, ...l }) => l)).toEqual(s.lines);
        expect(e.lines.every((l) => l.explanation !== undefined)).toBe(true);
        // interest-free: no interest at all
        if (t.annualRate === '0') expect(s.totalInterest).toBe('0.00');
      }),
      { numRuns: 400 },
    );
  });
});
