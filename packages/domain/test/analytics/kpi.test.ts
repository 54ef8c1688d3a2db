import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule, replayLedger, type LoanEvent } from '../../src/index.js';
import { positionsAt, cureRates, curedWithin, daysPastDueAt, dpdBucket, noticeEffectiveness, rollRates, shareOf, vintageCurves } from '../../src/analytics/kpi.js';

describe('dpdBucket', () => {
  it('puts each boundary in its bucket', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 999].map(dpdBucket)).toEqual(['CURRENT', '1-30', '1-30', '31-60', '31-60', '61-90', '61-90', '91-180', '91-180', '180+', '180+']);
  });
  it('refuses negative or fractional days', () => {
    expect(() => dpdBucket(-1)).toThrow(RangeError);
    expect(() => dpdBucket(1.5)).toThrow(RangeError);
  });
});

describe('shareOf', () => {
  it('rounds half up to 4 places and is null for an empty whole', () => {
    expect(shareOf(1, 3)).toBe('0.3333');
    expect(shareOf(2, 3)).toBe('0.6667');
    expect(shareOf(1n, 8n)).toBe('0.1250');
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe('days past due and the cure rule', () => {
  const lines = [
    { dueDate: '2026-01-15', paidAt: '2026-03-10' },
    { dueDate: '2026-02-15', paidAt: '2026-03-20' },
    { dueDate: '2026-03-15', paidAt: null },
  ];
  it('counts from the oldest line due before the date and unpaid by it', () => {
    expect(daysPastDueAt(lines, '2026-01-15')).toBe(0); // due on the day is not past due
    expect(daysPastDueAt(lines, '2026-01-31')).toBe(16);
    expect(daysPastDueAt(lines, '2026-02-28')).toBe(44);
    expect(daysPastDueAt(lines, '2026-03-10')).toBe(23); // line 1 paid that day: line 2 (Feb 15) is the oldest
    expect(daysPastDueAt(lines, '2026-03-14')).toBe(27);
    expect(daysPastDueAt(lines, '2026-03-31')).toBe(16); // line 3, due Mar 15
  });
  it('is cured on a day a payment clears every past-due line within the window', () => {
    const cured = [
      { dueDate: '2026-01-15', paidAt: '2026-02-10' },
      { dueDate: '2026-02-15', paidAt: '2026-02-12' },
    ];
    // at Jan 31: 16 days past due; Feb 10 clears line 1 (line 2 not yet due): current on Feb 10, 10 days later
    expect(curedWithin(cured, '2026-01-31', 10)).toBe(true);
    expect(curedWithin(cured, '2026-01-31', 9)).toBe(false);
    // lines never all paid: March 10 leaves line 2 unpaid, March 20 leaves line 3 (due Mar 15) unpaid
    expect(curedWithin(lines, '2026-02-28', 60)).toBe(false);
    // only the days a line became fully paid are tried: none in the window → not cured
    expect(curedWithin(cured, '2026-02-12', 30)).toBe(false);
  });
});

describe('roll rates', () => {
  it('shares by count and by amount within each starting bucket and group', () => {
    const t = (group: string, from: 'CURRENT' | '1-30', to: 'CURRENT' | '1-30' | '31-60', amount: string) => ({ group, from, to, amount });
    const cells = rollRates([
      t('PLN', 'CURRENT', 'CURRENT', '100.00'),
      t('PLN', 'CURRENT', '1-30', '300.00'),
      t('PLN', 'CURRENT', 'CURRENT', '200.00'),
      t('PLN', '1-30', '31-60', '50.00'),
      t('EUR', 'CURRENT', '1-30', '10.00'),
    ]);
    expect(cells).toEqual([
      { group: 'EUR', from: 'CURRENT', to: '1-30', loans: 1, amount: '10.00', shareByCount: '1.0000', shareByAmount: '1.0000' },
      { group: 'PLN', from: 'CURRENT', to: 'CURRENT', loans: 2, amount: '300.00', shareByCount: '0.6667', shareByAmount: '0.5000' },
      { group: 'PLN', from: 'CURRENT', to: '1-30', loans: 1, amount: '300.00', shareByCount: '0.3333', shareByAmount: '0.5000' },
      { group: 'PLN', from: '1-30', to: '31-60', loans: 1, amount: '50.00', shareByCount: '1.0000', shareByAmount: '1.0000' },
    ]);
  });
});

describe('cure rates', () => {
  it('cured loans and their overdue over all of the bucket', () => {
    expect(
      cureRates([
        { group: 'PLN', bucket: '1-30', overdue: '100.00', cured: true },
        { group: 'PLN', bucket: '1-30', overdue: '300.00', cured: false },
        { group: 'PLN', bucket: '31-60', overdue: '0.01', cured: false },
      ]),
    ).toEqual([
      { group: 'PLN', bucket: '1-30', loans: 2, curedLoans: 1, overdue: '400.00', curedOverdue: '100.00', rateByCount: '0.5000', rateByAmount: '0.2500' },
      { group: 'PLN', bucket: '31-60', loans: 1, curedLoans: 0, overdue: '0.01', curedOverdue: '0.00', rateByCount: '0.0000', rateByAmount: '0.0000' },
    ]);
  });
});

describe('vintage curves', () => {
  it('shares of the cohort 30+/60+/90+ by count and of its disbursed principal by amount', () => {
    const loans = [
      { id: 'a', group: 'PLN', cohort: '2026-01', principal: '1000.00' },
      { id: 'b', group: 'PLN', cohort: '2026-01', principal: '3000.00' },
    ];
    const pts = vintageCurves(loans, [
      { loanId: 'a', monthsOnBook: 2, daysPastDue: 45, outstandingPrincipal: '800.00' },
      { loanId: 'b', monthsOnBook: 2, daysPastDue: 0, outstandingPrincipal: '2500.00' },
      { loanId: 'a', monthsOnBook: 3, daysPastDue: 75, outstandingPrincipal: '800.00' },
      { loanId: 'b', monthsOnBook: 3, daysPastDue: 95, outstandingPrincipal: '2500.00' },
    ]);
    expect(pts[0]).toMatchObject({
      cohort: '2026-01',
      monthsOnBook: 2,
      loans: 2,
      principal: '4000.00',
      loans30: 1,
      loans60: 0,
      amount30: '800.00',
      share30ByCount: '0.5000',
      share30ByAmount: '0.2000',
    });
    expect(pts[1]).toMatchObject({ monthsOnBook: 3, loans30: 2, loans60: 2, loans90: 1, amount60: '3300.00', amount90: '2500.00', share90ByCount: '0.5000', share90ByAmount: '0.6250' });
  });
});

describe('notice effectiveness', () => {
  it('counts sent/delivered, addressees paid within the window once, each payment once per group', () => {
    const n = (id: string, partyId: string, createdOn: string, loanIds: string[], extra: Partial<{ sent: boolean; delivered: boolean; promise: 'KEPT' | 'BROKEN' | null }> = {}) => ({
      id,
      group: 'T1',
      partyId,
      createdOn,
      sent: extra.sent ?? true,
      delivered: extra.delivered ?? false,
      smsParts: 2,
      amount: '100.00',
      loanIds,
      promise: extra.promise ?? null,
    });
    const [e] = noticeEffectiveness(
      [
        n('n1', 'p1', '2026-03-01', ['L1'], { delivered: true, promise: 'KEPT' }),
        n('n2', 'p1', '2026-03-05', ['L1']),
        n('n3', 'p2', '2026-03-01', ['L2'], { promise: 'BROKEN' }),
        n('n4', 'p3', '2026-03-01', ['L3'], { sent: false }),
      ],
      [
        { id: 'x', loanId: 'L1', date: '2026-03-06', amount: '40.00' }, // in the window of n1 and n2: once
        { id: 'y', loanId: 'L2', date: '2026-03-16', amount: '70.00' }, // day 15 after n3: outside a 14-day window
        { id: 'z', loanId: 'L3', date: '2026-03-02', amount: '5.00' }, // n4 not sent
      ],
      14,
    );
    expect(e).toEqual({
      group: 'T1',
      notices: 4,
      sent: 3,
      delivered: 1,
      deliveryRate: '0.3333',
      smsParts: 6,
      addressees: 2,
      addresseesPaid: 1,
      paidShareByCount: '0.5000',
      collected: '40.00',
      asked: '300.00',
      paidShareByAmount: '0.1333',
      promisesMade: 2,
      promisesKept: 1,
      promisesBroken: 1,
      promisesPending: 0,
    });
  });
});

describe('positionsAt (month-end snapshots from one replay)', () => {
  const monthEnds = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31'];
  it('equals replaying the ledger as of each month end, for random payment histories without reversals', () => {
    const s = buildSchedule({ principal: '6000.00', annualRate: '14', installments: 8, disbursementDate: '2025-01-10', firstDueDate: '2025-02-10', method: 'ANNUITY', dayCount: '30/360' });
    const lines = s.lines.map((l) => ({ number: l.number, dueDate: l.dueDate, principal: l.principal, interest: l.interest }));
    const day = fc.integer({ min: 0, max: 290 }).map((n) => new Date(Date.UTC(2025, 0, 11 + n)).toISOString().slice(0, 10));
    const pay = fc.record({ date: day, cents: fc.integer({ min: 1, max: 150_000 }) });
    fc.assert(
      fc.property(fc.array(pay, { maxLength: 12 }), fc.constantFrom('DEPOSIT_UNTIL_DUE' as const, 'APPLY_AT_ONCE' as const), (pays, earlyMoney) => {
        const events: LoanEvent[] = pays.map((p, i) => ({ type: 'PAYMENT', id: `p${i}`, date: p.date, amount: (p.cents / 100).toFixed(2) }));
        const input = { installments: lines, penaltyRates: [{ from: '2025-01-10', rate: '20' }], events, options: { earlyMoney } };
        const ledger = replayLedger({ ...input, asOf: '2025-10-31' });
        const once = positionsAt(ledger, monthEnds);
        // the dates in any order (one sweep in ascending order inside): the same position for each date
        expect(positionsAt(ledger, [...monthEnds].reverse())).toEqual([...once].reverse());
        monthEnds.forEach((d, k) => {
          const r = replayLedger({ ...input, asOf: d });
          const b = r.balances;
          const sum = (xs: string[]) => (xs.reduce((a, x) => a + Math.round(Number(x) * 100), 0) / 100).toFixed(2);
          expect(once[k]).toEqual({
            asOf: d,
            outstanding: sum([b.overduePrincipal, b.overdueInterest, b.futurePrincipal, b.futureInterest]),
            outstandingPrincipal: sum([b.overduePrincipal, b.futurePrincipal]),
            overdue: sum([b.overduePrincipal, b.overdueInterest]),
            daysPastDue: b.daysPastDue,
          });
        });
      }),
      { numRuns: 150 },
    );
  });
  it('refuses a ledger with a reversed payment', () => {
    const lines = [{ number: 1, dueDate: '2025-02-15', principal: '100.00', interest: '0.00' }];
    const r = replayLedger({
      installments: lines,
      events: [
        { type: 'PAYMENT', id: 'p', date: '2025-02-15', amount: '100.00' },
        { type: 'REVERSAL', id: 'r', date: '2025-03-01', paymentId: 'p' },
      ],
      asOf: '2025-03-31',
    });
    expect(() => positionsAt(r, ['2025-02-28'])).toThrow(RangeError);
  });
});
