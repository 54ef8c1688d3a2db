import { describe, expect, it } from 'vitest';
import { applyEarlyMoney, buildSchedule, divRound, DomainError, earlyRepaymentQuote, extraordinaryRepayment, reamortiseAfterEarlyMoney, replayLedger, type ScheduleTerms } from '../../src/index.js';

// Lender conventions (issue 19, docs/domain.md §3.8). Every figure below is worked by hand in the comments.
const base: ScheduleTerms = {
  principal: '10000.00',
  annualRate: '12',
  installments: 12,
  disbursementDate: '2025-01-15',
  firstDueDate: '2025-02-15',
  method: 'ANNUITY',
  dayCount: '30/360',
};
const seed: ScheduleTerms = {
  principal: '1581.67',
  annualRate: '12',
  installments: 120,
  disbursementDate: '2020-12-01',
  firstDueDate: '2021-01-20',
  method: 'ANNUITY',
  dayCount: 'ACT/365',
  fixedInstallment: '22.00',
};

describe("defaults keep today's behaviour", () => {
  it('explicit defaults give the same schedule, quote and extraordinary repayment as no conventions', () => {
    const defaults = {
      rounding: 'HALF_UP',
      partPeriodInterest: 'DAY_COUNT',
      emi: 'NOMINAL_MONTHLY',
      payoffInterest: 'TO_PAYOFF_DATE',
      earlyMoney: 'DEPOSIT_UNTIL_DUE',
      installmentMultiple: null,
    } as const;
    for (const t of [base, seed, { ...base, dayCount: 'ACT/ACT' as const, disbursementDate: '2025-01-03', deferralMonths: 2 }, { ...base, method: 'EQUAL_PRINCIPAL' as const }]) {
      expect(buildSchedule({ ...t, conventions: defaults })).toEqual(buildSchedule(t));
      expect(buildSchedule({ ...t, explain: true, conventions: defaults })).toEqual(buildSchedule({ ...t, explain: true }));
      expect(earlyRepaymentQuote({ ...t, conventions: defaults }, '2025-06-20')).toEqual(earlyRepaymentQuote(t, '2025-06-20'));
    }
    const r = { date: '2025-04-20', amount: '1000.00', mode: 'LOWER_INSTALLMENT' } as const;
    expect(extraordinaryRepayment({ ...base, conventions: defaults }, r)).toEqual(extraordinaryRepayment(base, r));
  });
  it('a convention that changes the schedule also goes through the explained engine with the same result', () => {
    const c = { rounding: 'HALF_EVEN', installmentMultiple: '10.00', partPeriodInterest: 'MONTH_FRACTION', emi: 'ACTUAL_DAY_RATE' } as const;
    const t = { ...base, dayCount: 'ACT/365' as const, disbursementDate: '2025-01-03', conventions: c };
    const plain = buildSchedule(t);
    const explained = buildSchedule({ ...t, explain: true });
    expect(explained.lines.map(({ explanation: _e, ...l }) => l)).toEqual(plain.lines);
  });
  it('rejects an unknown convention naming the field', () => {
    expect(() => buildSchedule({ ...base, conventions: { rounding: 'DOWN' as 'HALF_UP' } })).toThrow(expect.objectContaining({ field: 'conventions.rounding' }) as Error);
    expect(() => buildSchedule({ ...base, conventions: { installmentMultiple: '0.00' } })).toThrow(DomainError);
    expect(() => buildSchedule({ ...seed, conventions: { emi: 'ACTUAL_DAY_RATE' } })).toThrow(expect.objectContaining({ field: 'conventions.emi' }) as Error);
  });
});

describe("rounding: HALF_EVEN (banker's rounding)", () => {
  it('divRound: 15.625 → 15.62 (even), 15.635 → 15.64, 15.6251 → 15.63; HALF_UP 15.625 → 15.63', () => {
    expect(divRound(15625n, 10n, 'HALF_EVEN')).toBe(1562n);
    expect(divRound(15635n, 10n, 'HALF_EVEN')).toBe(1564n);
    expect(divRound(156251n, 100n, 'HALF_EVEN')).toBe(1563n);
    expect(divRound(15625n, 10n, 'HALF_UP')).toBe(1563n);
    expect(divRound(-15625n, 10n, 'HALF_EVEN')).toBe(-1562n);
  });
  it('1562.50 at 12 %, 2 installments: line 1 interest 1562.50 × 1 % = 15.625 → 15.62 (HALF_UP 15.63)', () => {
    // A = 1562.50 × 0.01 × 1.0201 / 0.0201 = 792.9882 → 792.99 under both modes
    const up = buildSchedule({ ...base, principal: '1562.50', installments: 2 });
    const even = buildSchedule({ ...base, principal: '1562.50', installments: 2, conventions: { rounding: 'HALF_EVEN' } });
    expect(up.lines[0]).toMatchObject({ interest: '15.63', principal: '777.36', balance: '785.14' });
    expect(even.installment).toBe('792.99');
    expect(even.lines[0]).toMatchObject({ interest: '15.62', principal: '777.37', total: '792.99', balance: '785.13' });
    // line 2: 785.13 × 1 % = 7.8513 → 7.85; last line settles 785.13 + 7.85 = 792.98
    expect(even.lines[1]).toMatchObject({ interest: '7.85', principal: '785.13', total: '792.98', balance: '0.00' });
  });
});

describe('installmentMultiple', () => {
  it('10.00: 888.4879 → 888.49 → 890.00; the last line settles the rest (870.81)', () => {
    const s = buildSchedule({ ...base, conventions: { installmentMultiple: '10.00' } });
    expect(s.installment).toBe('890.00');
    expect(s.lines.slice(0, 11).every((l) => l.total === '890.00')).toBe(true);
    // line 1: interest 100.00, principal 790.00; line 2: 9210.00 × 1 % = 92.10, principal 797.90
    expect(s.lines[0]).toMatchObject({ interest: '100.00', principal: '790.00', balance: '9210.00' });
    expect(s.lines[1]).toMatchObject({ interest: '92.10', principal: '797.90', balance: '8412.10' });
    // line 12: 862.19 + 862.19 × 1 % (8.6219 → 8.62) = 870.81
    expect(s.lines[11]).toMatchObject({ principal: '862.19', interest: '8.62', total: '870.81', balance: '0.00' });
    expect(s.totalPayable).toBe('10660.81'); // 11 × 890.00 + 870.81
  });
  it('1.00: 888.49 → 888.00', () => {
    expect(buildSchedule({ ...base, conventions: { installmentMultiple: '1.00' } }).installment).toBe('888.00');
  });
});

describe('partPeriodInterest: broken first period 1.12.2020 → 20.1.2021 (50 actual days, 49 days 30E/360)', () => {
  const pp: ScheduleTerms = { ...seed, installments: 12, dayCount: '30/360', fixedInstallment: undefined };
  const first = (part: 'DAY_COUNT' | 'ACTUAL_DAYS' | 'MONTH_FRACTION' | 'DAYS_30E_360', dayCount: ScheduleTerms['dayCount'] = '30/360') =>
    buildSchedule({ ...pp, dayCount, conventions: { partPeriodInterest: part } }).lines[0]!.interest;
  it('DAY_COUNT (default) under 30/360 = 30E/360: 1581.67 × 12 % × 49/360 = 25.8339 → 25.83', () => {
    expect(first('DAY_COUNT')).toBe('25.83');
    expect(buildSchedule(pp).lines[0]!.interest).toBe('25.83');
    expect(first('DAYS_30E_360')).toBe('25.83');
  });
  it('ACTUAL_DAYS under 30/360: 1581.67 × 12 % × 50/360 = 26.3612 → 26.36; under ACT/365 50/365 = 26.00', () => {
    expect(first('ACTUAL_DAYS')).toBe('26.36');
    expect(first('ACTUAL_DAYS', 'ACT/365')).toBe('26.00');
  });
  it('MONTH_FRACTION: 1 month (1.12–1.1) + 19 days of January (31): 15.8167 × (1 + 19/31) = 25.5108 → 25.51', () => {
    expect(first('MONTH_FRACTION')).toBe('25.51');
    expect(first('MONTH_FRACTION', 'ACT/365')).toBe('25.51');
  });
  it('DAYS_30E_360 under ACT/365: 49/360 → 25.83 (instead of 26.00)', () => {
    expect(first('DAYS_30E_360', 'ACT/365')).toBe('25.83');
  });
});

describe('emi: ACTUAL_DAY_RATE (annuity recomputed each period from its actual-day rate)', () => {
  // 10 000 at 12 %, ACT/365, 3 installments on 15.2 (31 days), 15.3 (28), 15.4 (31)
  const e: ScheduleTerms = { ...base, installments: 3, dayCount: 'ACT/365' };
  it('NOMINAL_MONTHLY (default): A = 10000 × 0.01 / (1 − 1.01^−3) = 3400.22', () => {
    expect(buildSchedule(e).installment).toBe('3400.22');
  });
  it('per period: i1 = 12 % × 31/365, A1 = 3401.5082 → 3401.51; i2 = 12 % × 28/365 on 6700.41 over 2: 3396.5360 → 3396.54', () => {
    const s = buildSchedule({ ...e, conventions: { emi: 'ACTUAL_DAY_RATE' } });
    expect(s.installment).toBe('3401.51');
    // line 1 interest 10000 × 12 % × 31/365 = 101.9178 → 101.92, principal 3299.59
    expect(s.lines[0]).toMatchObject({ interest: '101.92', principal: '3299.59', total: '3401.51', balance: '6700.41' });
    // line 2 interest 6700.41 × 12 % × 28/365 = 61.6805 → 61.68, principal 3334.86
    expect(s.lines[1]).toMatchObject({ interest: '61.68', principal: '3334.86', total: '3396.54', balance: '3365.55' });
    // last: 3365.55 + 3365.55 × 12 % × 31/365 (34.3009 → 34.30) = 3399.85
    expect(s.lines[2]).toMatchObject({ interest: '34.30', principal: '3365.55', total: '3399.85', balance: '0.00' });
  });
});

describe('payoffInterest (LOAN-10.2 loan, installment 1 paid, payoff 25.1.2021)', () => {
  it('TO_PAYOFF_DATE (default): 2.60 (5 days) + accumulated 4.00 = 6.60', () => {
    expect(earlyRepaymentQuote(seed, '2021-01-25').interest).toBe('6.60');
  });
  it('TO_NEXT_DUE_DATE: to 20.2.2021, 31 days: 1581.67 × 12 % × 31/365 = 16.1200 → 16.12 + 4.00 = 20.12', () => {
    const q = earlyRepaymentQuote({ ...seed, conventions: { payoffInterest: 'TO_NEXT_DUE_DATE' } }, '2021-01-25');
    expect(q).toMatchObject({ accruedInterest: '16.12', accruedDays: 31, interest: '20.12', total: '1601.79' });
  });
  it('MONTH_FRACTION payoff: 5 days of January = 15.8167 × 5/31 = 2.5511 → 2.55', () => {
    const q = earlyRepaymentQuote({ ...seed, conventions: { partPeriodInterest: 'MONTH_FRACTION' } }, '2021-01-25');
    expect(q.accruedInterest).toBe('2.55');
  });
});

describe('earlyMoney', () => {
  const req = { date: '2025-02-01', amount: '2000.00' };
  it('DEPOSIT_UNTIL_DUE (default): everything held as a deposit, schedule unchanged', () => {
    const r = applyEarlyMoney(base, req);
    expect(r).toMatchObject({ convention: 'DEPOSIT_UNTIL_DUE', heldBecause: 'CONVENTION', deposit: '2000.00', extraPrincipal: '0.00' });
    expect(r.schedule).toEqual(buildSchedule(base));
  });
  it('APPLY_AT_ONCE: 2000 on 1.2.2025 → installment 1 interest 100.00 + principal 788.49, the rest 1111.51 on principal, re-amortised', () => {
    const r = applyEarlyMoney({ ...base, conventions: { earlyMoney: 'APPLY_AT_ONCE' } }, req);
    expect(r).toMatchObject({ convention: 'APPLY_AT_ONCE', heldBecause: null, installmentNumber: 1, toInterest: '100.00', toPrincipal: '788.49', extraPrincipal: '1111.51', deposit: '0.00' });
    // balance after installment 1: 9211.51 − 1111.51 = 8100.00; A = 8100 × 0.01 / (1 − 1.01^−11) = 781.2780 → 781.28
    expect(r.schedule.installment).toBe('781.28');
    expect(r.schedule.lines).toHaveLength(12);
    expect(r.schedule.lines[1]).toMatchObject({ interest: '81.00', principal: '700.28', total: '781.28', balance: '7399.72' });
  });
  it('APPLY_AT_ONCE never during a deferral: held as a deposit', () => {
    const r = applyEarlyMoney({ ...base, deferralMonths: 2, conventions: { earlyMoney: 'APPLY_AT_ONCE' } }, req);
    expect(r).toMatchObject({ heldBecause: 'DEFERRAL', deposit: '2000.00' });
  });
  it('APPLY_AT_ONCE: a rest above the principal repays it and the excess stays a deposit', () => {
    const r = applyEarlyMoney({ ...base, conventions: { earlyMoney: 'APPLY_AT_ONCE' } }, { date: '2025-02-01', amount: '10000.00' });
    // 10000 − (100.00 + 788.49) = 9111.51 < 9211.51 principal left after installment 1: all of it on principal
    expect(r).toMatchObject({ extraPrincipal: '9111.51', deposit: '0.00' });
    const all = applyEarlyMoney({ ...base, conventions: { earlyMoney: 'APPLY_AT_ONCE' } }, { date: '2025-02-01', amount: '10500.00' });
    // 10500 − 888.49 = 9611.51; principal left 9211.51 → deposit 400.00, installment 1 is the last one
    expect(all).toMatchObject({ extraPrincipal: '9211.51', deposit: '400.00' });
    expect(all.schedule.lines).toHaveLength(1);
    expect(all.schedule.lines[0]).toMatchObject({ principal: '10000.00', balance: '0.00' });
  });
  describe('in the ledger (replayLedger options.earlyMoney) and the new schedule (reamortiseAfterEarlyMoney)', () => {
    const terms = { ...base, conventions: { earlyMoney: 'APPLY_AT_ONCE' as const } };
    const lines = buildSchedule(terms).lines;
    const pay = [{ type: 'PAYMENT' as const, id: 'p', date: '2025-02-01', amount: '2000.00' }];
    it('the same worked example: the posting pays #1 at once (100.00 + 788.49), the rest 1111.51 is re-amortised to 781.28', () => {
      const first = replayLedger({ installments: lines, events: pay, asOf: '2025-02-01', options: { earlyMoney: 'APPLY_AT_ONCE' } });
      expect(first.payments[0]!.events).toEqual([
        { kind: 'POSTING', date: '2025-02-01', installmentNumber: 1, component: 'INTEREST', amount: '100.00' },
        { kind: 'POSTING', date: '2025-02-01', installmentNumber: 1, component: 'PRINCIPAL', amount: '788.49' },
        { kind: 'POSTING', date: '2025-02-01', installmentNumber: null, component: 'OVERPAYMENT', amount: '1111.51' },
      ]);
      const re = reamortiseAfterEarlyMoney(terms, lines, 1, '1111.51');
      expect(re.extraPrincipal).toBe('1111.51');
      // #1 carries the extra principal (788.49 + 1111.51 = 1900.00); the later 11 are those of applyEarlyMoney
      expect(re.lines[0]).toMatchObject({ number: 1, principal: '1900.00', interest: '100.00', total: '2000.00', balance: '8100.00' });
      const rule = applyEarlyMoney(terms, { date: '2025-02-01', amount: '2000.00' }).schedule.lines;
      expect(re.lines.slice(1).map((l) => [l.number, l.dueDate, l.principal, l.interest, l.total])).toEqual(rule.slice(1).map((l) => [l.number, l.dueDate, l.principal, l.interest, l.total]));
      expect(re.lines[1]).toMatchObject({ interest: '81.00', principal: '700.28', total: '781.28' });
      // replayed over the new schedule the payment books exactly there: nothing held, Σ principal = the loan
      const again = replayLedger({ installments: re.lines, events: pay, asOf: '2025-02-01', options: { earlyMoney: 'APPLY_AT_ONCE' } });
      expect(again.payments[0]!.events.map((e) => [e.installmentNumber, e.component, e.amount])).toEqual([
        [1, 'INTEREST', '100.00'],
        [1, 'PRINCIPAL', '1900.00'],
      ]);
      expect(again.balances.overpaymentBalance).toBe('0.00');
      expect(re.lines.reduce((a, l) => a + Math.round(Number(l.principal) * 100), 0)).toBe(1_000_000);
    });
    it('DEPOSIT_UNTIL_DUE (default) holds it; APPLY_AT_ONCE holds it on or before the end of a deferral', () => {
      const held = replayLedger({ installments: lines, events: pay, asOf: '2025-02-01' });
      expect(held.payments[0]!.events).toEqual([{ kind: 'POSTING', date: '2025-02-01', installmentNumber: null, component: 'OVERPAYMENT', amount: '2000.00' }]);
      const deferral = replayLedger({ installments: lines, events: pay, asOf: '2025-02-01', options: { earlyMoney: 'APPLY_AT_ONCE', earlyMoneyHeldUntil: '2025-02-15' } });
      expect(deferral.payments[0]!.events.map((e) => e.component)).toEqual(['OVERPAYMENT']);
      expect(() => replayLedger({ installments: lines, events: pay, asOf: '2025-02-01', options: { earlyMoney: 'SOMETIMES' as 'APPLY_AT_ONCE' } })).toThrowError(
        expect.objectContaining({ code: 'INVALID_EARLY_MONEY' }),
      );
    });
    it('a rest above the principal left ends the schedule at the installment paid early', () => {
      const re = reamortiseAfterEarlyMoney(terms, lines, 1, '9611.51');
      expect(re.extraPrincipal).toBe('9211.51');
      expect(re.lines).toHaveLength(1);
      expect(re.lines[0]).toMatchObject({ principal: '10000.00', balance: '0.00' });
      expect(() => reamortiseAfterEarlyMoney(terms, lines, 13, '1.00')).toThrowError(expect.objectContaining({ code: 'UNKNOWN_INSTALLMENT' }));
    });
  });
});
