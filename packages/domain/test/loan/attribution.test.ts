import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributePayments, replayLedger, sumMoney } from '../../src/index.js';

const installments = [
  { number: 1, dueDate: '2026-02-15', principal: '900.00', interest: '100.00' },
  { number: 2, dueDate: '2026-03-15', principal: '910.00', interest: '90.00' },
  { number: 3, dueDate: '2026-04-15', principal: '920.00', interest: '80.00' },
];

describe('attributePayments', () => {
  it('gives a payment made before the due date the interest and principal its deposit paid later', () => {
    // 1 500 paid on 10.02 (nothing due yet) → all deposit; applied on 15.02 to installment 1 (100 + 900) and on 15.03 to
    // installment 2 (500 of it: interest 90, principal 410)
    const ledger = replayLedger({ installments, events: [{ type: 'PAYMENT', id: 'p1', date: '2026-02-10', amount: '1500.00' }], asOf: '2026-03-20' });
    expect(ledger.payments[0].allocations).toEqual([{ installmentNumber: null, component: 'OVERPAYMENT', amount: '1500.00' }]);
    const b = attributePayments(ledger).get('p1')!;
    expect(b).toEqual({ PENALTY_INTEREST: '0.00', FEE: '0.00', INTEREST: '190.00', PRINCIPAL: '1310.00', OVERPAYMENT: '0.00' });
  });

  it('uses the oldest deposit first and leaves the unused part as deposit', () => {
    const ledger = replayLedger({
      installments,
      events: [
        { type: 'PAYMENT', id: 'a', date: '2026-02-01', amount: '600.00' },
        { type: 'PAYMENT', id: 'b', date: '2026-02-05', amount: '600.00' },
      ],
      asOf: '2026-02-20',
    });
    const m = attributePayments(ledger);
    // installment 1 (1 000) is paid on 15.02 by a's 600 (interest 100 + principal 500) and 400 of b's (principal)
    expect(m.get('a')).toEqual({ PENALTY_INTEREST: '0.00', FEE: '0.00', INTEREST: '100.00', PRINCIPAL: '500.00', OVERPAYMENT: '0.00' });
    expect(m.get('b')).toEqual({ PENALTY_INTEREST: '0.00', FEE: '0.00', INTEREST: '0.00', PRINCIPAL: '400.00', OVERPAYMENT: '200.00' });
  });

  it('property: the components of every payment sum to the payment', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 200_000 }) }), { minLength: 1, maxLength: 8 }), (ps) => {
        const events = ps.map((p, i) => ({
          type: 'PAYMENT' as const,
          id: `p${i}`,
          date: new Date(Date.UTC(2026, 0, 20) + p.day * 86_400_000).toISOString().slice(0, 10),
          amount: (p.cents / 100).toFixed(2),
        }));
        const ledger = replayLedger({ installments, penaltyRates: [{ from: '2026-01-15', rate: '18.5' }], events, asOf: '2026-06-30' });
        const m = attributePayments(ledger);
        for (const e of events) expect(sumMoney(Object.values(m.get(e.id)!))).toBe(e.amount);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('allocation events (PaymentResult.events)', () => {
  it('records the posting and each later application of the deposit as a dated pair OVERPAYMENT −x / component +x', () => {
    const ledger = replayLedger({ installments, events: [{ type: 'PAYMENT', id: 'p1', date: '2026-02-10', amount: '1500.00' }], asOf: '2026-03-20' });
    expect(ledger.payments[0].events).toEqual([
      { kind: 'POSTING', date: '2026-02-10', installmentNumber: null, component: 'OVERPAYMENT', amount: '1500.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-100.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: 1, component: 'INTEREST', amount: '100.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-900.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: 1, component: 'PRINCIPAL', amount: '900.00' },
      { kind: 'APPLICATION', date: '2026-03-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-90.00' },
      { kind: 'APPLICATION', date: '2026-03-15', installmentNumber: 2, component: 'INTEREST', amount: '90.00' },
      { kind: 'APPLICATION', date: '2026-03-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-410.00' },
      { kind: 'APPLICATION', date: '2026-03-15', installmentNumber: 2, component: 'PRINCIPAL', amount: '410.00' },
    ]);
  });

  it('a reversed payment keeps its events up to the reversal date, then REVERSAL events undo them (Σ = 0); the next deposit takes its place', () => {
    const ledger = replayLedger({
      installments,
      events: [
        { type: 'PAYMENT', id: 'a', date: '2026-02-01', amount: '600.00' },
        { type: 'PAYMENT', id: 'b', date: '2026-02-05', amount: '600.00' },
        { type: 'REVERSAL', id: 'r', date: '2026-02-20', paymentId: 'a' },
      ],
      asOf: '2026-02-20',
    });
    const a = ledger.payments.find((p) => p.id === 'a')!.events;
    expect(a).toEqual([
      { kind: 'POSTING', date: '2026-02-01', installmentNumber: null, component: 'OVERPAYMENT', amount: '600.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-100.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: 1, component: 'INTEREST', amount: '100.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: null, component: 'OVERPAYMENT', amount: '-500.00' },
      { kind: 'APPLICATION', date: '2026-02-15', installmentNumber: 1, component: 'PRINCIPAL', amount: '500.00' },
      { kind: 'REVERSAL', date: '2026-02-20', installmentNumber: 1, component: 'INTEREST', amount: '-100.00' },
      { kind: 'REVERSAL', date: '2026-02-20', installmentNumber: 1, component: 'PRINCIPAL', amount: '-500.00' },
    ]);
    expect(sumMoney(a.map((e) => e.amount))).toBe('0.00');
    const b = attributePayments(ledger).get('b')!;
    expect(b).toEqual({ PENALTY_INTEREST: '0.00', FEE: '0.00', INTEREST: '100.00', PRINCIPAL: '500.00', OVERPAYMENT: '0.00' });
  });

  it('property: per component Σ events = schedule paid, Σ OVERPAYMENT events = deposit balance, per payment Σ = amount', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 200_000 }), rev: fc.boolean() }), { minLength: 1, maxLength: 8 }), (ps) => {
        const events = ps.flatMap((p, i) => {
          const date = new Date(Date.UTC(2026, 0, 20) + p.day * 86_400_000).toISOString().slice(0, 10);
          const pay = { type: 'PAYMENT' as const, id: `p${i}`, date, amount: (p.cents / 100).toFixed(2) };
          return p.rev && i % 3 === 0 ? [pay, { type: 'REVERSAL' as const, id: `r${i}`, date, paymentId: pay.id }] : [pay];
        });
        const ledger = replayLedger({ installments, penaltyRates: [{ from: '2026-01-15', rate: '18.5' }], events, asOf: '2026-06-30' });
        const all = ledger.payments.flatMap((p) => p.events);
        const sum = (c: string) => sumMoney(all.filter((e) => e.component === c).map((e) => e.amount));
        expect(sum('PRINCIPAL')).toBe(sumMoney(ledger.installments.map((i) => i.principalPaid)));
        expect(sum('INTEREST')).toBe(sumMoney(ledger.installments.map((i) => i.interestPaid)));
        expect(sum('PENALTY_INTEREST')).toBe(sumMoney(ledger.installments.map((i) => i.penaltyInterestPaid)));
        expect(sum('OVERPAYMENT')).toBe(ledger.balances.overpaymentBalance);
        for (const p of ledger.payments) expect(sumMoney(p.events.map((e) => e.amount))).toBe(p.status === 'POSTED' ? p.amount : '0.00');
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
