import { describe, expect, it } from 'vitest';
import { buildSchedule, capScheduleInterest, plMaxInterestRate, plMaxPenaltyInterestRate, plMaxRateSteps, plMaxNonInterestCosts, NBP_REFERENCE_RATES, DomainError } from '../../src/index.js';

describe('PL maxima from the NBP reference rate (2025–2026 cuts)', () => {
  it('maximum interest 2 × (ref + 3.5) and maximum late interest 2 × (ref + 5.5) on each decision date', () => {
    const cases: [string, string, string][] = [
      ['2025-05-07', '18.50', '22.50'], // 5.75
      ['2025-05-08', '17.50', '21.50'], // 5.25
      ['2025-07-03', '17.00', '21.00'], // 5.00
      ['2025-09-04', '16.50', '20.50'], // 4.75
      ['2025-10-09', '16.00', '20.00'], // 4.50
      ['2025-11-06', '15.50', '19.50'], // 4.25
      ['2025-12-04', '15.00', '19.00'], // 4.00 (held in January and February 2026)
      ['2026-03-04', '15.00', '19.00'],
      ['2026-03-05', '14.50', '18.50'], // 3.75
      ['2026-12-07', '14.50', '18.50'],
    ];
    for (const [d, mi, mp] of cases) {
      expect([d, plMaxInterestRate(d), plMaxPenaltyInterestRate(d)]).toEqual([d, mi, mp]);
    }
    expect(NBP_REFERENCE_RATES.at(-1)).toEqual({ from: '2026-03-05', rate: '3.75' });
  });
  it('plMaxRateSteps lists the maxima in force from a date and every change up to another', () => {
    expect(plMaxRateSteps('2025-07-15', '2026-12-07').map((s) => [s.from, s.maxInterest])).toEqual([
      ['2025-07-15', '17.00'],
      ['2025-09-04', '16.50'],
      ['2025-10-09', '16.00'],
      ['2025-11-06', '15.50'],
      ['2025-12-04', '15.00'],
      ['2026-03-05', '14.50'],
    ]);
  });
});

describe('MPKK (art. 36a): 10 % + 10 % × n/R, 5 % under 30 days, at most 45 % (since 2022-12-18); 25 % + 30 % × n/R, at most 100 % before', () => {
  it('computes the limit on the check date', () => {
    expect(plMaxNonInterestCosts('10000.00', 365, '2026-12-07')).toBe('2000.00');
    expect(plMaxNonInterestCosts('10000.00', 365, '2024-06-01')).toBe('1997.27'); // R = 366 in a leap year: 1000 + 1000 × 365/366
    expect(plMaxNonInterestCosts('10000.00', 29, '2026-12-07')).toBe('500.00'); // under 30 days: 5 %
    expect(plMaxNonInterestCosts('10000.00', 30, '2026-12-07')).toBe('1082.19'); // 1000 + 1000 × 30/365
    expect(plMaxNonInterestCosts('10000.00', 1826, '2026-12-07')).toBe('4500.00'); // capped at 45 %
    expect(plMaxNonInterestCosts('10000.00', 29, '2022-12-17')).toBe('2738.36'); // old formula: 2500 + 3000 × 29/365
    expect(plMaxNonInterestCosts('10000.00', 365, '2022-12-17')).toBe('5500.00');
  });
});

describe('capScheduleInterest: interest accrues at no more than the maximum in force each day', () => {
  const s = buildSchedule({ principal: '12000.00', annualRate: '17', installments: 24, disbursementDate: '2025-07-15', firstDueDate: '2025-08-15', method: 'ANNUITY', dayCount: '30/360' });
  const caps = plMaxRateSteps('2025-07-15', '2027-12-31').map((x) => ({ from: x.from, rate: x.maxInterest }));

  it('no cap below the rate: every line unchanged', () => {
    const r = capScheduleInterest({ lines: s.lines, disbursementDate: '2025-07-15', annualRate: '17', caps: [{ from: '2025-01-01', rate: '17.00' }] });
    expect(r.changed).toEqual([]);
    expect(r.lines.map((l) => l.total)).toEqual(s.lines.map((l) => l.total));
    expect(r.cappedFrom).toBeNull();
  });
  it('17 % loan of July 2025 capped step by step; at 14.5 % from 2026-03-05', () => {
    const r = capScheduleInterest({ lines: s.lines, disbursementDate: '2025-07-15', annualRate: '17', caps });
    expect(r.cappedFrom).toBe('2025-09-04');
    // line 1 (2025-07-15 → 08-15) and 2 (→ 09-15 but from 09-04 capped at 16.5) …
    expect(r.lines[0]!.interest).toBe(s.lines[0]!.interest);
    const l2 = s.lines[1]!;
    // 31 days: 20 at 17 % (08-15 … 09-03), 11 at 16.5 % (09-04 … 09-14)
    const exp2 = Math.round(((Number(l2.interest) * (20 * 17 + 11 * 16.5)) / (17 * 31)) * 100) / 100;
    expect(Number(r.lines[1]!.interest)).toBeCloseTo(exp2, 2);
    expect(r.lines[1]!.cappedDays).toBe(11);
    // a period wholly after 2026-03-05 (2026-03-15 → 04-15): interest × 14.5/17
    const i9 = s.lines.findIndex((l) => l.dueDate === '2026-04-15');
    expect(r.lines[i9]!.interest).toBe((Math.round((Number(s.lines[i9]!.interest) * 14.5 * 100) / 17) / 100).toFixed(2));
    // principal parts unchanged, installment = principal + capped interest
    for (const [k, l] of r.lines.entries()) {
      expect(l.principal).toBe(s.lines[k]!.principal);
      expect(Number(l.total)).toBeCloseTo(Number(l.principal) + Number(l.interest), 2);
    }
    expect(r.lines.at(-1)!.balance).toBe('0.00');
  });
  it('refuses a negative rate', () => {
    expect(() => capScheduleInterest({ lines: s.lines, disbursementDate: '2025-07-15', annualRate: '-1', caps })).toThrow(DomainError);
  });
});
