import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocatePayment, buildSchedule, DomainError, installmentStatuses, loanBalances, penaltyInterest, replayLedger, type LedgerInput, type LoanEvent } from '../../src/index.js';

const cents = (s: string): number => Math.round(Number(s) * 100);

// hand-made schedule: #1 15.2. 300 + 10, #2 15.3. 300 + 7, #3 15.4. 400 + 4; penalty 20 % p.a. from 1.1.2025
const installments = [
  { number: 1, dueDate: '2025-02-15', principal: '300.00', interest: '10.00' },
  { number: 2, dueDate: '2025-03-15', principal: '300.00', interest: '7.00' },
  { number: 3, dueDate: '2025-04-15', principal: '400.00', interest: '4.00' },
];
const penaltyRates = [{ from: '2025-01-01', rate: '20' }];
const ledger = (events: LoanEvent[], asOf: string, extra: Partial<LedgerInput> = {}): ReturnType<typeof replayLedger> => replayLedger({ installments, penaltyRates, events, asOf, ...extra });

describe('allocation waterfall', () => {
  it('on-time payment: interest then principal of installment 1', () => {
    const r = ledger([{ type: 'PAYMENT', id: 'p1', date: '2025-02-15', amount: '310.00' }], '2025-02-20');
    expect(r.payments[0]!.allocations).toEqual([
      { installmentNumber: 1, component: 'INTEREST', amount: '10.00' },
      { installmentNumber: 1, component: 'PRINCIPAL', amount: '300.00' },
    ]);
    expect(r.installments.map((i) => i.status)).toEqual(['PAID', 'PENDING', 'PENDING']);
  });
  it('late payment: penalty first. 300 × 20 % × 10/365 = 1.6438 → 1.64; then interest 7, principal 91.36', () => {
    const r = ledger(
      [
        { type: 'PAYMENT', id: 'p1', date: '2025-02-15', amount: '310.00' },
        { type: 'PAYMENT', id: 'p2', date: '2025-03-25', amount: '100.00' },
      ],
      '2025-03-25',
    );
    expect(r.payments[1]!.allocations).toEqual([
      { installmentNumber: 2, component: 'PENALTY_INTEREST', amount: '1.64' },
      { installmentNumber: 2, component: 'INTEREST', amount: '7.00' },
      { installmentNumber: 2, component: 'PRINCIPAL', amount: '91.36' },
    ]);
    expect(r.balances).toMatchObject({
      overduePrincipal: '208.64',
      overdueInterest: '0.00',
      penaltyInterest: '0.00',
      overdueBalance: '208.64',
      futureBalance: '404.00',
      daysPastDue: 10,
      overpaymentBalance: '0.00',
      totalOutstanding: '612.64',
    });
    expect(r.installments[1]!.status).toBe('OVERDUE');
  });
  it('money above what is due becomes overpayment and is applied when the next installment falls due', () => {
    const events: LoanEvent[] = [
      { type: 'PAYMENT', id: 'p1', date: '2025-02-15', amount: '310.00' },
      { type: 'PAYMENT', id: 'p2', date: '2025-03-25', amount: '1000.00' },
    ];
    const r = ledger(events, '2025-03-26');
    // #2: 1.64 + 7 + 300 = 308.64; overpayment 691.36
    expect(r.payments[1]!.allocations.at(-1)).toEqual({ installmentNumber: null, component: 'OVERPAYMENT', amount: '691.36' });
    expect(r.balances.overpaymentBalance).toBe('691.36');
    expect(r.installments[2]!.status).toBe('PENDING');
    const later = ledger(events, '2025-04-20');
    expect(later.overpaymentApplications).toEqual([
      { date: '2025-04-15', installmentNumber: 3, component: 'INTEREST', amount: '4.00' },
      { date: '2025-04-15', installmentNumber: 3, component: 'PRINCIPAL', amount: '400.00' },
    ]);
    expect(later.balances.overpaymentBalance).toBe('287.36');
    expect(later.installments.every((i) => i.status === 'PAID')).toBe(true);
  });
  it('BY_COMPONENT: all penalty, then all interest, then principal', () => {
    const r = ledger([{ type: 'PAYMENT', id: 'p', date: '2025-03-25', amount: '30.00' }], '2025-03-25', { options: { order: 'BY_COMPONENT' } });
    // #1 penalty: 300 × 20 % × 38/365 = 6.2466 → 6.25; #2: 300 × 20 % × 10/365 = 1.64; interest 10 + 7
    expect(r.payments[0]!.allocations).toEqual([
      { installmentNumber: 1, component: 'PENALTY_INTEREST', amount: '6.25' },
      { installmentNumber: 2, component: 'PENALTY_INTEREST', amount: '1.64' },
      { installmentNumber: 1, component: 'INTEREST', amount: '10.00' },
      { installmentNumber: 2, component: 'INTEREST', amount: '7.00' },
      { installmentNumber: 1, component: 'PRINCIPAL', amount: '5.11' },
    ]);
  });
  it('fees due the same day are paid after penalty and before interest; a later fee is a newer item', () => {
    const r = ledger([{ type: 'PAYMENT', id: 'p', date: '2025-02-20', amount: '20.00' }], '2025-02-20', { fees: [{ id: 'F1', dueDate: '2025-02-15', amount: '5.00' }] });
    // #1 penalty 300 × 20 % × 5/365 = 0.8219 → 0.82
    expect(r.payments[0]!.allocations.map((a) => [a.component, a.amount])).toEqual([
      ['PENALTY_INTEREST', '0.82'],
      ['FEE', '5.00'],
      ['INTEREST', '10.00'],
      ['PRINCIPAL', '4.18'],
    ]);
    const later = ledger([{ type: 'PAYMENT', id: 'p', date: '2025-02-20', amount: '20.00' }], '2025-02-20', { fees: [{ id: 'F2', dueDate: '2025-02-18', amount: '5.00' }] });
    expect(later.payments[0]!.allocations.map((a) => a.component)).toEqual(['PENALTY_INTEREST', 'INTEREST', 'PRINCIPAL']);
    expect(later.balances.overdueFees).toBe('5.00');
  });
  it('pure allocatePayment over explicit items', () => {
    const lines = allocatePayment('50.00', [
      { installmentNumber: 2, dueDate: '2025-03-15', component: 'PRINCIPAL', amount: '30.00' },
      { installmentNumber: 1, dueDate: '2025-02-15', component: 'INTEREST', amount: '10.00' },
      { installmentNumber: 1, dueDate: '2025-02-15', component: 'PENALTY_INTEREST', amount: '1.00' },
    ]);
    expect(lines).toEqual([
      { installmentNumber: 1, component: 'PENALTY_INTEREST', amount: '1.00' },
      { installmentNumber: 1, component: 'INTEREST', amount: '10.00' },
      { installmentNumber: 2, component: 'PRINCIPAL', amount: '30.00' },
      { installmentNumber: null, component: 'OVERPAYMENT', amount: '9.00' },
    ]);
  });
});

describe('reversal and back-dated replay', () => {
  it('a reversed payment is kept with status REVERSED and the installment becomes overdue again', () => {
    const events: LoanEvent[] = [
      { type: 'PAYMENT', id: 'p1', date: '2025-02-15', amount: '310.00' },
      { type: 'REVERSAL', id: 'r1', date: '2025-02-20', paymentId: 'p1' },
    ];
    const r = ledger(events, '2025-02-25');
    expect(r.payments[0]).toMatchObject({ id: 'p1', status: 'REVERSED', reversalId: 'r1', allocations: [] });
    // penalty from 16.2. to 25.2.: 300 × 20 % × 10/365 = 1.64
    expect(r.balances).toMatchObject({ overduePrincipal: '300.00', overdueInterest: '10.00', penaltyInterest: '1.64', overdueBalance: '311.64', daysPastDue: 10 });
    // before the reversal's date it is still posted
    expect(ledger(events, '2025-02-19').payments[0]!.status).toBe('POSTED');
  });
  it('a reversal is read as dated negative events: what the payment had reached by then, undone on the reversal date', () => {
    // 100.00 paid on 10.2. before anything is due (a deposit), applied on 15.2. to #1 (interest 10, principal 90),
    // reversed on 20.2.: the POSTING and APPLICATION events stay, the REVERSAL events undo #1's 10 + 90 on 20.2.
    const events: LoanEvent[] = [
      { type: 'PAYMENT', id: 'p1', date: '2025-02-10', amount: '100.00' },
      { type: 'REVERSAL', id: 'r1', date: '2025-02-20', paymentId: 'p1' },
    ];
    const r = ledger(events, '2025-02-25');
    expect(r.payments[0]!.events).toEqual([
      { kind: 'POSTING', date: '2025-02-10', installmentNumber: null, component: 'OVERPAYMENT', amount: '100.00' },
      { kind: 'APPLICATION', date: '2025-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-10.00' },
      { kind: 'APPLICATION', date: '2025-02-15', installmentNumber: 1, component: 'INTEREST', amount: '10.00' },
      { kind: 'APPLICATION', date: '2025-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-90.00' },
      { kind: 'APPLICATION', date: '2025-02-15', installmentNumber: 1, component: 'PRINCIPAL', amount: '90.00' },
      { kind: 'REVERSAL', date: '2025-02-20', installmentNumber: 1, component: 'INTEREST', amount: '-10.00' },
      { kind: 'REVERSAL', date: '2025-02-20', installmentNumber: 1, component: 'PRINCIPAL', amount: '-90.00' },
    ]);
    // the balances are those of a loan that never had the payment
    expect(r.balances).toEqual(ledger([], '2025-02-25').balances);
    // a payment reversed while still a deposit: its deposit is undone
    const held = ledger([events[0]!, { type: 'REVERSAL', id: 'r1', date: '2025-02-12', paymentId: 'p1' }], '2025-02-25');
    expect(held.payments[0]!.events).toEqual([
      { kind: 'POSTING', date: '2025-02-10', installmentNumber: null, component: 'OVERPAYMENT', amount: '100.00' },
      { kind: 'REVERSAL', date: '2025-02-12', installmentNumber: null, component: 'OVERPAYMENT', amount: '-100.00' },
    ]);
    // before the reversal's date: no REVERSAL event yet
    expect(ledger(events, '2025-02-19').payments[0]!.events.some((e) => e.kind === 'REVERSAL')).toBe(false);
  });
  it('a back-dated payment changes penalty interest after its date', () => {
    const late: LoanEvent = { type: 'PAYMENT', id: 'p-late', date: '2025-03-01', amount: '310.00' };
    const back: LoanEvent = { type: 'PAYMENT', id: 'p-back', date: '2025-02-16', amount: '311.00' };
    const a = ledger([late], '2025-03-01');
    // 14 days late: 300 × 20 % × 14/365 = 2.3014 → 2.30
    expect(a.payments[0]!.allocations[0]).toEqual({ installmentNumber: 1, component: 'PENALTY_INTEREST', amount: '2.30' });
    const b = ledger([late, back], '2025-03-01');
    // back-dated payment on 16.2.: penalty 1 day = 0.1644 → 0.16, interest 10, principal 300, overpayment 0.84
    expect(b.payments.find((p) => p.id === 'p-back')!.allocations).toEqual([
      { installmentNumber: 1, component: 'PENALTY_INTEREST', amount: '0.16' },
      { installmentNumber: 1, component: 'INTEREST', amount: '10.00' },
      { installmentNumber: 1, component: 'PRINCIPAL', amount: '300.00' },
      { installmentNumber: null, component: 'OVERPAYMENT', amount: '0.84' },
    ]);
    expect(b.payments.find((p) => p.id === 'p-late')!.allocations).toEqual([{ installmentNumber: null, component: 'OVERPAYMENT', amount: '310.00' }]);
  });
  it('idempotency: the same event twice posts once; the same id with other content is refused', () => {
    const p: LoanEvent = { type: 'PAYMENT', id: 'p1', date: '2025-02-15', amount: '310.00' };
    expect(ledger([p, { ...p }], '2025-02-16').payments).toHaveLength(1);
    expect(() => ledger([p, { ...p, amount: '311.00' }], '2025-02-16')).toThrowError(expect.objectContaining({ code: 'EVENT_ID_CONFLICT' }));
  });
  it('validation: unknown payment in a reversal, bad amount', () => {
    expect(() => ledger([{ type: 'REVERSAL', id: 'r', date: '2025-02-15', paymentId: 'nope' }], '2025-03-01')).toThrowError(expect.objectContaining({ code: 'UNKNOWN_PAYMENT', field: 'paymentId' }));
    expect(() => ledger([{ type: 'PAYMENT', id: 'p', date: '2025-02-15', amount: '-1' }], '2025-03-01')).toThrow(DomainError);
  });
});

describe('penalty interest', () => {
  it('dated rates: 1000 overdue from 31.1., 10 % until 14.2., 20 % from 15.2., to 2.3. → (0.10 × 14 + 0.20 × 16) × 1000 / 365 = 12.60', () => {
    expect(
      penaltyInterest('1000.00', '2025-01-31', '2025-03-02', [
        { from: '2025-01-01', rate: '10' },
        { from: '2025-02-15', rate: '20' },
      ]),
    ).toBe('12.60');
  });
  it('replay uses the rate in force each day', () => {
    const r = replayLedger({
      installments,
      penaltyRates: [
        { from: '2025-01-01', rate: '10' },
        { from: '2025-02-21', rate: '20' },
      ],
      events: [],
      asOf: '2025-02-25',
    });
    // #1: 16.–20.2. 5 days at 10 %, 21.–25.2. 5 days at 20 %: 300 × (0.5 + 1.0) / 365 = 1.2329 → 1.23
    expect(r.installments[0]!.penaltyInterestAccrued).toBe('1.23');
  });
});

describe('balances and statuses as of a date', () => {
  it('partially paid before the due date, overdue after it', () => {
    const events: LoanEvent[] = [{ type: 'PAYMENT', id: 'p', date: '2025-02-10', amount: '100.00' }];
    // paid before anything is due → overpayment, applied on 15.2.
    expect(installmentStatuses({ installments, penaltyRates, events, asOf: '2025-02-15' })[0]!.status).toBe('PARTIALLY_PAID');
    expect(installmentStatuses({ installments, penaltyRates, events, asOf: '2025-02-16' })[0]!.status).toBe('OVERDUE');
    const b = loanBalances({ installments, penaltyRates, events, asOf: '2025-03-01' });
    // #1 outstanding 210 (interest 10 + 90 principal paid), penalty on 210 for 14 days: 1.6110 → 1.61
    expect(b).toMatchObject({ overduePrincipal: '210.00', overdueInterest: '0.00', penaltyInterest: '1.61', futureBalance: '711.00', daysPastDue: 14 });
  });
});

describe('properties (fast-check)', () => {
  const sched = buildSchedule({ principal: '5000.00', annualRate: '15', installments: 12, disbursementDate: '2025-01-10', firstDueDate: '2025-02-10', method: 'ANNUITY', dayCount: 'ACT/365' });
  const eventsArb = fc
    .array(fc.record({ day: fc.integer({ min: 0, max: 420 }), amount: fc.integer({ min: 1, max: 200000 }), reverse: fc.boolean(), revLag: fc.integer({ min: 0, max: 30 }) }), {
      minLength: 1,
      maxLength: 25,
    })
    .map((xs) => {
      const evs: LoanEvent[] = [];
      xs.forEach((x, i) => {
        const d = new Date(Date.UTC(2025, 0, 10) + x.day * 86400000).toISOString().slice(0, 10);
        evs.push({ type: 'PAYMENT', id: `p${i}`, date: d, amount: (x.amount / 100).toFixed(2) });
        if (x.reverse) evs.push({ type: 'REVERSAL', id: `r${i}`, date: new Date(Date.UTC(2025, 0, 10) + (x.day + x.revLag) * 86400000).toISOString().slice(0, 10), paymentId: `p${i}` });
      });
      return evs;
    });
  const input = (events: LoanEvent[]): LedgerInput => ({
    installments: sched.lines,
    penaltyRates: [
      { from: '2025-01-01', rate: '14' },
      { from: '2025-06-01', rate: '18.5' },
    ],
    fees: [{ id: 'F', dueDate: '2025-05-05', amount: '30.00' }],
    events,
    asOf: '2026-03-01',
  });

  it('allocation conserves money: lines sum to each payment; totals reconcile', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = replayLedger(input(events));
        let paidIn = 0;
        let allocated = 0;
        for (const p of r.payments) {
          const s = p.allocations.reduce((a, l) => a + cents(l.amount), 0);
          if (p.status === 'POSTED') {
            expect(s).toBe(cents(p.amount));
            paidIn += cents(p.amount);
          } else expect(s).toBe(0);
          for (const l of p.allocations) if (l.component !== 'OVERPAYMENT') allocated += cents(l.amount);
          expect(p.allocations.every((l) => cents(l.amount) > 0)).toBe(true);
        }
        const applied = r.overpaymentApplications.reduce((a, l) => a + cents(l.amount), 0);
        // paid in = allocated directly + applied from overpayment + overpayment left
        expect(paidIn).toBe(allocated + applied + cents(r.balances.overpaymentBalance));
        // what the installments/fees record as paid equals what was allocated
        const recorded = r.installments.reduce((a, i) => a + cents(i.principalPaid) + cents(i.interestPaid) + cents(i.penaltyInterestPaid), 0) + r.fees.reduce((a, f) => a + cents(f.paid), 0);
        expect(recorded).toBe(allocated + applied);
        expect(r.installments.every((i) => cents(i.outstanding) >= 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('events: per payment Σ = its amount (0 when reversed); per installment and component Σ = paid; Σ OVERPAYMENT = deposit held', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = replayLedger(input(events));
        const paid = new Map<string, number>();
        let deposit = 0;
        for (const p of r.payments) {
          const s = p.events.reduce((a, e) => a + cents(e.amount), 0);
          expect(s).toBe(p.status === 'POSTED' ? cents(p.amount) : 0);
          for (const e of p.events) {
            if (e.component === 'OVERPAYMENT') deposit += cents(e.amount);
            else if (e.installmentNumber !== null) paid.set(`${e.installmentNumber}|${e.component}`, (paid.get(`${e.installmentNumber}|${e.component}`) ?? 0) + cents(e.amount));
          }
          if (p.status === 'REVERSED') expect(p.events.filter((e) => e.kind === 'REVERSAL').every((e) => e.date === p.reversalDate)).toBe(true);
        }
        expect(deposit).toBe(cents(r.balances.overpaymentBalance));
        for (const i of r.installments) {
          expect(paid.get(`${i.number}|PRINCIPAL`) ?? 0).toBe(cents(i.principalPaid));
          expect(paid.get(`${i.number}|INTEREST`) ?? 0).toBe(cents(i.interestPaid));
          expect(paid.get(`${i.number}|PENALTY_INTEREST`) ?? 0).toBe(cents(i.penaltyInterestPaid));
        }
      }),
      { numRuns: 100 },
    );
  });
  it('replaying the events in any arrival order gives the same result', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer(), (events, seed) => {
        const shuffled = [...events];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = replayLedger(input(events));
        const b = replayLedger(input(shuffled));
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
