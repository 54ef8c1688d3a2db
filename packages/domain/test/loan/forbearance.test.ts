import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arrearsRepaymentPlan,
  buildSchedule,
  extendTerm,
  parseMoney,
  partialForgiveness,
  paymentHoliday,
  reduceRate,
  ValidationError,
  type ForbearanceResult,
  type ForbearanceState,
  type ScheduleTerms,
} from '../../src/index.js';

// docs/domain.md §11: 12 000.00 PLN at 12 %, 12 monthly annuity installments of 1 066.19, 30/360; business date
// 20.6.2026; installments 4 and 5 unpaid
const terms: ScheduleTerms = { principal: '12000.00', annualRate: '12', installments: 12, disbursementDate: '2026-01-15', firstDueDate: '2026-02-15', method: 'ANNUITY', dayCount: '30/360' };
const schedule = buildSchedule(terms);
const state: ForbearanceState = {
  currency: 'PLN',
  terms,
  lines: schedule.lines,
  asOf: '2026-06-20',
  arrears: { principal: '1959.47', interest: '172.91', penaltyInterest: '23.41', fees: '30.00' },
};
const pln = (amount: string) => ({ amount, currency: 'PLN' });
/** the call throws a ValidationError whose issues name exactly these fields and rules */
const expectIssues = (f: () => unknown, issues: { field: string; rule: string }[]): void => {
  expect(f).toThrow(ValidationError);
  expect(f).toThrow(expect.objectContaining({ issues: issues.map((i) => expect.objectContaining(i)) }));
};

describe('repayment plan for the arrears (§11.4 worked example)', () => {
  const r = arrearsRepaymentPlan(state, { months: 4 });
  it('spreads 2 185.79 over 4 months: 3 × 546.45 and the last 546.44, beside the unchanged regular installments', () => {
    expect(r.arrearsPlan!.map((l) => [l.dueDate, l.amount.amount, l.regularInstallment.amount, l.totalDue.amount])).toEqual([
      ['2026-07-15', '546.45', '1066.19', '1612.64'],
      ['2026-08-15', '546.45', '1066.19', '1612.64'],
      ['2026-09-15', '546.45', '1066.19', '1612.64'],
      ['2026-10-15', '546.44', '1066.19', '1612.63'],
    ]);
  });
  it('splits each plan installment penalty interest → fees → interest → principal', () => {
    expect(r.arrearsPlan!.map((l) => [l.penaltyInterest.amount, l.fees.amount, l.interest.amount, l.principal.amount])).toEqual([
      ['23.41', '30.00', '172.91', '320.13'],
      ['0.00', '0.00', '0.00', '546.45'],
      ['0.00', '0.00', '0.00', '546.45'],
      ['0.00', '0.00', '0.00', '546.44'],
    ]);
    expect(r.arrearsPlan![0]!.amount).toEqual(pln('546.45'));
  });
  it('keeps the regular schedule (no changed line) and leaves nothing overdue', () => {
    expect(r.schedule.lines).toEqual(schedule.lines);
    expect(r.diff.some((d) => d.changed)).toBe(false);
    expect(r.arrearsAfter!.principal).toEqual(pln('0.00'));
    expect(r.summary.totalPayableAfter).toEqual(pln('12794.23'));
  });
  it('continues monthly on the anchor day past the schedule end', () => {
    const long = arrearsRepaymentPlan(state, { months: 10 });
    expect(long.arrearsPlan!.map((l) => l.dueDate).slice(6)).toEqual(['2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15']);
    expect(long.arrearsPlan![9]!.regularInstallment).toEqual(pln('0.00'));
    // 2185.79 / 10 = 218.579 → 218.58 × 9 = 1967.22, last 218.57
    expect(long.arrearsPlan!.map((l) => l.amount.amount)).toEqual([...Array(9).fill('218.58'), '218.57']);
  });
  it('names the field and the rule of bad input', () => {
    expectIssues(() => arrearsRepaymentPlan(state, { months: 0 }), [{ field: 'months', rule: 'integerRange' }]);
    expectIssues(() => arrearsRepaymentPlan({ ...state, arrears: undefined }, { months: 3 }), [{ field: 'arrears', rule: 'required' }]);
    expectIssues(() => arrearsRepaymentPlan({ ...state, arrears: { ...state.arrears!, fees: '1.234' } }, { months: 3 }), [{ field: 'arrears.fees', rule: 'money' }]);
    expectIssues(() => arrearsRepaymentPlan({ ...state, arrears: { principal: '0', interest: '0', penaltyInterest: '0', fees: '0' } }, { months: 3 }), [{ field: 'arrears', rule: 'nothingOverdue' }]);
    expect(() => arrearsRepaymentPlan(state, { months: 0 })).toThrow(ValidationError);
  });
});

describe('partial forgiveness (§11.5 worked examples)', () => {
  it('forgives the penalty interest alone: 23.41, the schedule unchanged, penalty arrears 0.00', () => {
    const r = partialForgiveness(state, { amount: '23.41' });
    expect(r.forgiven).toEqual({ penaltyInterest: pln('23.41'), fees: pln('0.00'), interest: pln('0.00'), principal: pln('0.00'), total: pln('23.41') });
    expect(r.arrearsAfter).toEqual({ principal: pln('1959.47'), interest: pln('172.91'), penaltyInterest: pln('0.00'), fees: pln('30.00') });
    expect(r.schedule.lines).toEqual(schedule.lines);
    expect(r.summary.principalBefore).toEqual(pln('9132.95'));
    expect(r.summary.principalAfter).toEqual(pln('9132.95'));
  });
  it('50.00 in the default order: penalty interest 23.41, then fees 26.59 (3.41 of fees remain)', () => {
    const r = partialForgiveness(state, { amount: '50.00' });
    expect(r.forgiven!.penaltyInterest).toEqual(pln('23.41'));
    expect(r.forgiven!.fees).toEqual(pln('26.59'));
    expect(r.arrearsAfter!.fees).toEqual(pln('3.41'));
  });
  it('an explicit order: fees first', () => {
    const r = partialForgiveness(state, { amount: '50.00', order: ['FEE', 'PENALTY_INTEREST', 'INTEREST', 'PRINCIPAL'] });
    expect([r.forgiven!.fees.amount, r.forgiven!.penaltyInterest.amount]).toEqual(['30.00', '20.00']);
  });
  it('2 500.00: all arrears, then 314.21 of the principal not yet due; installments 6–12 re-amortised to 1 019.48', () => {
    const r = partialForgiveness(state, { amount: '2500.00' });
    expect(r.forgiven).toEqual({ penaltyInterest: pln('23.41'), fees: pln('30.00'), interest: pln('172.91'), principal: pln('2273.68'), total: pln('2500.00') });
    expect(r.summary.principalAfter).toEqual(pln('6859.27'));
    expect(r.schedule.lines.slice(5).map((l) => [l.principal, l.interest, l.total, l.balance])).toEqual([
      ['950.89', '68.59', '1019.48', '5908.38'],
      ['960.40', '59.08', '1019.48', '4947.98'],
      ['970.00', '49.48', '1019.48', '3977.98'],
      ['979.70', '39.78', '1019.48', '2998.28'],
      ['989.50', '29.98', '1019.48', '2008.78'],
      ['999.39', '20.09', '1019.48', '1009.39'],
      ['1009.39', '10.09', '1019.48', '0.00'],
    ]);
    expect(r.diff.filter((d) => d.changed).map((d) => d.number)).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });
  it('names the field and the rule of bad input', () => {
    expectIssues(() => partialForgiveness(state, { amount: '0.00' }), [{ field: 'amount', rule: 'positive' }]);
    expectIssues(() => partialForgiveness(state, { amount: '99999.00' }), [{ field: 'amount', rule: 'exceedsOwed' }]);
    expectIssues(() => partialForgiveness(state, { amount: '1.00', order: ['FEE', 'FEE', 'INTEREST', 'PRINCIPAL'] }), [{ field: 'order', rule: 'permutation' }]);
  });
});

describe('payment holiday, term extension, rate reduction (§11.1–11.3)', () => {
  it('3-month holiday, SPREAD (default): 215.19 of holiday interest in shares of 30.74, the last 30.75', () => {
    const r = paymentHoliday(state, { installments: 3 });
    const l = r.schedule.lines;
    expect(l.slice(5, 8).map((x) => [x.dueDate, x.total, x.accumulatedInterest])).toEqual([
      ['2026-07-15', '0.00', '71.73'],
      ['2026-08-15', '0.00', '143.46'],
      ['2026-09-15', '0.00', '215.19'],
    ]);
    expect(l[8]).toMatchObject({ dueDate: '2026-10-15', principal: '994.45', interest: '102.47', total: '1096.92', accumulatedInterest: '184.45' });
    expect(l[14]).toMatchObject({ dueDate: '2027-04-15', principal: '1055.64', interest: '41.31', total: '1096.95', accumulatedInterest: '0.00', balance: '0.00' });
    expect(r.summary.installmentsAfter).toBe(15);
    expect(r.summary.maturityAfter).toBe('2027-04-15');
  });
  it('3-month holiday, CAPITALISE (contract type rule): principal 7 388.67 after the holiday', () => {
    const r = paymentHoliday({ ...state, terms: { ...terms, conventions: { holidayInterest: 'CAPITALISE' } } }, { installments: 3 });
    expect(r.summary.interestCapitalised).toEqual(pln('215.19'));
    expect(r.schedule.lines[7]!.balance).toBe('7388.67');
    expect(r.schedule.lines[8]).toMatchObject({ principal: '1024.28', interest: '73.89', total: '1098.17' });
    expect(r.schedule.lines[14]).toMatchObject({ total: '1098.14', balance: '0.00' });
  });
  it('term extension by 6: 13 installments of 591.20', () => {
    const r = extendTerm(state, { additionalInstallments: 6 });
    expect(r.schedule.lines.slice(5).map((l) => l.total)).toEqual(Array(13).fill('591.20'));
    expect(r.summary.installmentAfter).toEqual(pln('591.20'));
  });
  it('rate reduction to 6 % from 1.7.2026: the period 15.6.–15.7. split, 38.26 + 16.74 = 55.00', () => {
    const r = reduceRate(state, { from: '2026-07-01', annualRate: '6' });
    expect(r.schedule.lines[5]).toMatchObject({ principal: '990.38', interest: '55.00', total: '1045.38' });
    expect(r.schedule.lines[11]).toMatchObject({ total: '1065.10', balance: '0.00' });
  });
  it('names the field and the rule of bad input', () => {
    expectIssues(
      () => reduceRate(state, { from: '2026-06-01', annualRate: '14' }),
      [
        { field: 'from', rule: 'notBeforeBusinessDate' },
        { field: 'annualRate', rule: 'lowerThanContractRate' },
      ],
    );
    expectIssues(() => paymentHoliday(state, { installments: 2, holidayInterest: 'X' as never }), [{ field: 'holidayInterest', rule: 'enum' }]);
    expectIssues(() => extendTerm(state, { additionalInstallments: 1.5 }), [{ field: 'additionalInstallments', rule: 'integerRange' }]);
    expectIssues(() => extendTerm({ ...state, asOf: '2027-02-01' }, { additionalInstallments: 2 }), [{ field: 'asOf', rule: 'noRemainingInstallments' }]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// properties: money is conserved by every measure, nothing is lost to rounding

const c = (s: string): bigint => parseMoney(s);
const sum = (xs: readonly string[]): bigint => xs.reduce((a, x) => a + c(x), 0n);

const loanArb = fc.record({
  principal: fc.integer({ min: 50_000, max: 5_000_000 }),
  rateBp: fc.integer({ min: 0, max: 2500 }),
  n: fc.integer({ min: 3, max: 60 }),
  day: fc.integer({ min: 1, max: 31 }),
  method: fc.constantFrom('ANNUITY' as const, 'EQUAL_PRINCIPAL' as const),
  dayCount: fc.constantFrom('30/360' as const, 'ACT/365' as const, 'ACT/ACT' as const),
  rounding: fc.constantFrom('HALF_UP' as const, 'HALF_EVEN' as const),
  paidShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
  arrears: fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 5_000 })),
});

type LoanCase = typeof loanArb extends fc.Arbitrary<infer T> ? T : never;

function stateOf(x: LoanCase): ForbearanceState {
  const d = String(Math.min(x.day, 28)).padStart(2, '0');
  const t: ScheduleTerms = {
    principal: (BigInt(x.principal) / 100n).toString() + '.' + String(x.principal % 100).padStart(2, '0'),
    annualRate: (x.rateBp / 100).toFixed(2),
    installments: x.n,
    disbursementDate: `2026-01-${d}`,
    firstDueDate: `2026-02-${d}`,
    method: x.method,
    dayCount: x.dayCount,
    conventions: { rounding: x.rounding },
  };
  const s = buildSchedule(t);
  const k = Math.floor(x.paidShare * (x.n - 1));
  const asOf = k === 0 ? `2026-01-${d}` : s.lines[k - 1]!.dueDate;
  const f = (v: number): string => (v / 100).toFixed(2);
  return { currency: 'EUR', terms: t, lines: s.lines, asOf, arrears: { principal: f(x.arrears[0]), interest: f(x.arrears[1]), penaltyInterest: f(x.arrears[2]), fees: f(x.arrears[3]) } };
}

/** every line adds up, the balance runs down to 0.00 and the principal of the changed part is as the summary says */
function checkSchedule(r: ForbearanceResult): void {
  let bal = c(r.schedule.lines[r.keptInstallments]?.balance ?? '0.00') + c(r.schedule.lines[r.keptInstallments]?.principal ?? '0.00');
  const tail = r.schedule.lines.slice(r.keptInstallments);
  for (const l of tail) {
    expect(c(l.total)).toBe(c(l.principal) + c(l.interest));
    expect(c(l.principal) >= 0n && c(l.interest) >= 0n).toBe(true);
  }
  expect(tail[tail.length - 1]!.balance).toBe('0.00');
  expect(tail[tail.length - 1]!.accumulatedInterest).toBe('0.00');
  bal = sum(tail.map((l) => l.principal));
  expect(bal).toBe(c(r.summary.principalAfter.amount) - (r.arrearsAfter ? c(r.arrearsAfter.principal.amount) : 0n));
  expect(r.summary.principalAfter.currency).toBe('EUR');
}

describe('forbearance conserves money (property)', () => {
  it('term extension, rate reduction, holiday SPREAD: principal after = principal before', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 1, max: 12 }), (x, extra) => {
        const s = stateOf(x);
        for (const r of [
          extendTerm(s, { additionalInstallments: extra }),
          paymentHoliday(s, { installments: Math.min(extra, 6), holidayInterest: 'SPREAD' }),
          ...(x.rateBp > 0 ? [reduceRate(s, { from: s.asOf, annualRate: ((x.rateBp - 1) / 100).toFixed(2) })] : []),
        ]) {
          checkSchedule(r);
          expect(r.summary.principalAfter).toEqual(r.summary.principalBefore);
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);
  it('holiday: SPREAD adds exactly the holiday interest to the installments; CAPITALISE adds it to the principal', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 1, max: 6 }), (x, n) => {
        const s = stateOf(x);
        const spread = paymentHoliday(s, { installments: n, holidayInterest: 'SPREAD' });
        const holidayInterest = c(spread.schedule.lines[spread.keptInstallments + n - 1]!.accumulatedInterest);
        const cap = paymentHoliday(s, { installments: n, holidayInterest: 'CAPITALISE' });
        checkSchedule(spread);
        checkSchedule(cap);
        expect(cap.summary.interestCapitalised.amount).toBe(spread.schedule.lines[spread.keptInstallments + n - 1]!.accumulatedInterest);
        expect(c(cap.summary.principalAfter.amount)).toBe(c(cap.summary.principalBefore.amount) + holidayInterest);
        // spread shares (accumulated interest paid down line by line): they add up to the holiday interest, all but the
        // last are at most the first share (the rest runs out), none is negative
        const paying = spread.schedule.lines.slice(spread.keptInstallments + n);
        let prev = holidayInterest;
        const shares = paying.map((l) => {
          const sh = prev - c(l.accumulatedInterest);
          prev = c(l.accumulatedInterest);
          return sh;
        });
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(holidayInterest);
        expect(shares.every((sh, i) => sh >= 0n && (i === shares.length - 1 || sh <= shares[0]!))).toBe(true);
        // interest of each paying line = its own period interest + its share, so the spread lines carry exactly the
        // holiday interest on top of the engine's interest: the share is what the line's interest exceeds its period's
        expect(paying.every((l, i) => c(l.interest) >= shares[i]!)).toBe(true);
      }),
      { numRuns: 120 },
    );
  }, 60_000);
  it('arrears plan: the plan installments add up to the arrears, component by component', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 1, max: 36 }), (x, months) => {
        const s = stateOf(x);
        const a = s.arrears!;
        const total = c(a.principal) + c(a.interest) + c(a.penaltyInterest) + c(a.fees);
        fc.pre(total >= BigInt(months));
        const r = arrearsRepaymentPlan(s, { months });
        const plan = r.arrearsPlan!;
        expect(sum(plan.map((l) => l.amount.amount))).toBe(total);
        expect(sum(plan.map((l) => l.principal.amount))).toBe(c(a.principal));
        expect(sum(plan.map((l) => l.interest.amount))).toBe(c(a.interest));
        expect(sum(plan.map((l) => l.penaltyInterest.amount))).toBe(c(a.penaltyInterest));
        expect(sum(plan.map((l) => l.fees.amount))).toBe(c(a.fees));
        for (const l of plan) expect(c(l.totalDue.amount)).toBe(c(l.amount.amount) + c(l.regularInstallment.amount));
        // equal shares, the last takes the rest (never more than one minor unit per installment apart)
        const first = c(plan[0]!.amount.amount);
        for (const l of plan.slice(0, -1)) expect(c(l.amount.amount)).toBe(first);
        expect(r.schedule.lines).toEqual(s.lines.map((l) => ({ ...l })));
      }),
      { numRuns: 120 },
    );
  }, 60_000);
  it('forgiveness: principal owed before = principal after + principal forgiven; forgiven parts add up to the amount', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 1, max: 10_000_000 }), (x, amt) => {
        const s = stateOf(x);
        const a = s.arrears!;
        const owed = c(a.principal) + c(a.interest) + c(a.penaltyInterest) + c(a.fees) + sum(s.lines.filter((l) => l.dueDate > s.asOf).map((l) => l.principal));
        fc.pre(BigInt(amt) <= owed);
        const amount = (BigInt(amt) / 100n).toString() + '.' + String(amt % 100).padStart(2, '0');
        const r = partialForgiveness(s, { amount });
        const f = r.forgiven!;
        expect(c(f.penaltyInterest.amount) + c(f.fees.amount) + c(f.interest.amount) + c(f.principal.amount)).toBe(c(amount));
        expect(c(r.summary.principalBefore.amount)).toBe(c(r.summary.principalAfter.amount) + c(f.principal.amount));
        expect(c(r.arrearsAfter!.penaltyInterest.amount)).toBe(c(a.penaltyInterest) - c(f.penaltyInterest.amount));
        const tail = r.schedule.lines.slice(r.keptInstallments);
        if (tail.length) expect(tail[tail.length - 1]!.balance).toBe('0.00');
        expect(sum(tail.map((l) => l.principal)) + c(r.arrearsAfter!.principal.amount)).toBe(c(r.summary.principalAfter.amount));
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe('interest carried from before the measure (§3.4 accumulated interest)', () => {
  // §3.4: take-over 1.12.2020, first due 20.1.2021, installment 22.00, 1 581.67 at 12 % ACT/365: line 1 leaves 4.00 open
  const t: ScheduleTerms = {
    principal: '1581.67',
    annualRate: '12',
    installments: 100,
    disbursementDate: '2020-12-01',
    firstDueDate: '2021-01-20',
    method: 'ANNUITY',
    dayCount: 'ACT/365',
    fixedInstallment: '22.00',
  };
  const s: ForbearanceState = { currency: 'PLN', terms: t, lines: buildSchedule(t).lines, asOf: '2021-01-25' };
  it('stays open on the holiday lines and is paid after them; the principal is kept', () => {
    expect(s.lines[0]!.accumulatedInterest).toBe('4.00');
    for (const rule of ['SPREAD', 'CAPITALISE'] as const) {
      const r = paymentHoliday(s, { installments: 2, holidayInterest: rule });
      // holiday line 2 (20.1.–20.2.2021, 31 days): 1 581.67 × 12 % × 31/365 = 16.1217 → 16.12, open with the 4.00 carried
      expect(r.schedule.lines[1]!.accumulatedInterest).toBe(rule === 'SPREAD' ? '20.12' : '4.00');
      expect(r.schedule.lines[r.schedule.lines.length - 1]).toMatchObject({ balance: '0.00', accumulatedInterest: '0.00' });
      expect(c(r.summary.principalAfter.amount)).toBe(c(r.summary.principalBefore.amount) + c(r.summary.interestCapitalised.amount));
    }
  });
});
