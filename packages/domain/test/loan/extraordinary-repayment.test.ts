import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pmt } from 'financial';
import { buildSchedule, DomainError, extraordinaryRepayment, type ScheduleTerms } from '../../src/index.js';

const cents = (s: string): number => Math.round(Number(s) * 100);

describe('extraordinary repayment, interest-free (LOAN-12.3)', () => {
  // 1200 / 12 = 100.00 per month; after 2 installments: balance 1000, 10 remaining
  const free: ScheduleTerms = { principal: '1200.00', annualRate: '0', installments: 12, disbursementDate: '2025-01-10', firstDueDate: '2025-02-10', method: 'ANNUITY', dayCount: '30/360' };
  it('LOWER_INSTALLMENT: (1000 − 150) / 10 = 85.00 for 10 months', () => {
    const r = extraordinaryRepayment(free, { date: '2025-03-20', amount: '150.00', mode: 'LOWER_INSTALLMENT' });
    expect(r.installmentAfter).toBe('85.00');
    expect(r.principalBefore).toBe('1000.00');
    expect(r.schedule.lines.slice(2).map((l) => l.total)).toEqual(Array(10).fill('85.00'));
    expect(r.installmentsAfter).toBe(12);
    expect(r.diff.filter((d) => d.changed).map((d) => d.number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.diff[2]!.totalDelta).toBe('-15.00');
  });
  it('SHORTEN_TERM: installments of 100 while principal remains, the last is the remainder (0.10 still makes one)', () => {
    const r = extraordinaryRepayment(free, { date: '2025-03-20', amount: '199.90', mode: 'SHORTEN_TERM' });
    // 1000 − 199.90 = 800.10 → 8 × 100.00 + 0.10
    expect(r.schedule.lines.slice(2).map((l) => l.total)).toEqual([...Array(8).fill('100.00'), '0.10']);
    expect(r.installmentsAfter).toBe(11);
    expect(r.diff[11]).toMatchObject({ number: 12, after: null, changed: true, totalDelta: '-100.00' });
  });
  it('SHORTEN_TERM: (1000 − 150) → 8 × 100 + 50, last never larger than the previous ones', () => {
    const r = extraordinaryRepayment(free, { date: '2025-03-20', amount: '150.00', mode: 'SHORTEN_TERM' });
    const tail = r.schedule.lines.slice(2).map((l) => l.total);
    expect(tail).toEqual([...Array(8).fill('100.00'), '50.00']);
  });
});

describe('extraordinary repayment, interest-bearing', () => {
  const t: ScheduleTerms = { principal: '10000.00', annualRate: '12', installments: 12, disbursementDate: '2025-01-15', firstDueDate: '2025-02-15', method: 'ANNUITY', dayCount: '30/360' };
  it('LOWER_INSTALLMENT on a due date: new installment = pmt(1 %, remaining, new balance)', () => {
    const old = buildSchedule(t);
    const r = extraordinaryRepayment(t, { date: '2025-04-15', amount: '2000.00', mode: 'LOWER_INSTALLMENT' });
    // 3 lines kept (due ≤ 15.4.), balance after line 3 = 7610.80, new balance 5610.80 over 9 months
    expect(r.keptInstallments).toBe(3);
    expect(r.principalBefore).toBe(old.lines[2]!.balance);
    expect(r.installmentAfter).toBe((-pmt(0.01, 9, 5610.8)).toFixed(2));
    expect(r.schedule.lines[3]!.interest).toBe('56.11'); // 5610.80 × 1 %
    expect(r.schedule.lines).toHaveLength(12);
    expect(r.schedule.lines[11]!.balance).toBe('0.00');
    expect(r.schedule.lines.slice(0, 3)).toEqual(old.lines.slice(0, 3));
  });
  it('between due dates the first period is split: old balance until the date, the new one after', () => {
    const r = extraordinaryRepayment(t, { date: '2025-04-25', amount: '2000.00', mode: 'SHORTEN_TERM' });
    // 7610.80 × 12 % × 10/360 = 25.3693 + 5610.80 × 12 % × 20/360 = 37.4053 → 62.7747 → 62.77
    expect(r.schedule.lines[3]!.interest).toBe('62.77');
    expect(r.installmentAfter).toBe('888.49');
    expect(r.installmentsAfter).toBeLessThan(12);
    const last = r.schedule.lines[r.schedule.lines.length - 1]!;
    expect(cents(last.total)).toBeLessThanOrEqual(88849);
    expect(last.balance).toBe('0.00');
  });
  it('before the first installment: recomputed from the start with the lower principal', () => {
    const r = extraordinaryRepayment(t, { date: '2025-02-01', amount: '4000.00', mode: 'LOWER_INSTALLMENT' });
    expect(r.recomputedFromStart).toBe(true);
    expect(r.schedule).toEqual(buildSchedule({ ...t, principal: '6000.00' }));
  });
  it('refused during a deferral with a typed error', () => {
    const call = () => extraordinaryRepayment({ ...t, deferralMonths: 3 }, { date: '2025-03-01', amount: '100.00', mode: 'SHORTEN_TERM' });
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ code: 'EXTRAORDINARY_REPAYMENT_DURING_DEFERRAL', field: 'date' }));
  });
  it('amount not below the remaining principal is refused (field amount)', () => {
    expect(() => extraordinaryRepayment(t, { date: '2025-04-25', amount: '7610.80', mode: 'SHORTEN_TERM' })).toThrowError(
      expect.objectContaining({ code: 'EXTRAORDINARY_REPAYMENT_EXCEEDS_BALANCE', field: 'amount' }),
    );
  });
  it('properties: balance ends at 0, principal sums to the original principal minus the repayment, shorten never lengthens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100000, max: 10000000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 3, max: 60 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('SHORTEN_TERM' as const, 'LOWER_INSTALLMENT' as const),
        fc.constantFrom('ANNUITY' as const, 'EQUAL_PRINCIPAL' as const),
        (p, r, n, dayOffset, pct, mode, method) => {
          const terms: ScheduleTerms = { ...t, principal: (p / 100).toFixed(2), annualRate: (r / 100).toString(), installments: n, method };
          const d = new Date(Date.UTC(2025, 0, 15) + dayOffset * 86400000).toISOString().slice(0, 10);
          const old = buildSchedule(terms);
          if (d >= old.lines[n - 1]!.dueDate) return;
          const k = old.lines.filter((l) => l.dueDate <= d).length;
          const bal = k === 0 ? p : cents(old.lines[k - 1]!.balance);
          const x = Math.floor((bal * pct) / 100);
          if (x <= 0 || x >= bal) return;
          const res = extraordinaryRepayment(terms, { date: d, amount: (x / 100).toFixed(2), mode });
          const lines = res.schedule.lines;
          expect(lines[lines.length - 1]!.balance).toBe('0.00');
          expect(lines.reduce((s, l) => s + cents(l.principal), 0)).toBe(p - x);
          expect(lines.every((l) => cents(l.principal) >= 0 && cents(l.interest) >= 0)).toBe(true);
          expect(lines.length).toBeLessThanOrEqual(n);
          if (mode === 'LOWER_INSTALLMENT') expect(lines.length).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });
});
