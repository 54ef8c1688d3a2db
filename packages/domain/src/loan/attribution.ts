/**
 * Which payment paid what, in the end: money paid before it was due sits as overpayment (a deposit) and the
 * ledger applies it to items as they fall due. For statements ("repayments" in the client zone) each application
 * of the overpayment balance is attributed back to the payments that created it, oldest deposit first (FIFO).
 * Pure; amounts as decimal strings, exact in minor units.
 */
import { formatMoney, parseMoney } from '../money.js';
import type { AllocationComponent, LedgerResult } from './ledger.js';

export type PaymentBreakdown = Record<AllocationComponent, string>;

const COMPONENTS: AllocationComponent[] = ['PENALTY_INTEREST', 'FEE', 'INTEREST', 'PRINCIPAL', 'OVERPAYMENT'];

/**
 * For every posted payment: the amounts that went (directly or through its deposit) to penalty interest, fees,
 * interest and principal; OVERPAYMENT is the part of it still held as deposit. The components of a payment always
 * sum to its amount.
 */
export function attributePayments(ledger: Pick<LedgerResult, 'payments' | 'overpaymentApplications'>): Map<string, PaymentBreakdown> {
  const totals = new Map<string, Record<AllocationComponent, bigint>>();
  // deposits in the order they were made: [paymentId, remaining]
  const deposits: { id: string; date: string; left: bigint }[] = [];
  type Ev = { date: string; order: number; run: () => void };
  const events: Ev[] = [];
  ledger.payments.forEach((p, i) => {
    if (p.status !== 'POSTED') return;
    const t = Object.fromEntries(COMPONENTS.map((c) => [c, 0n])) as Record<AllocationComponent, bigint>;
    totals.set(p.id, t);
    events.push({
      date: p.date,
      order: i * 2 + 1,
      run: () => {
        for (const a of p.allocations) {
          const v = parseMoney(a.amount, 'amount');
          t[a.component] += v;
          if (a.component === 'OVERPAYMENT') deposits.push({ id: p.id, date: p.date, left: v });
        }
      },
    });
  });
  ledger.overpaymentApplications.forEach((o, i) => {
    events.push({
      date: o.date,
      // applications of a date come before that date's payments (the ledger applies the balance first)
      order: i * 2,
      run: () => {
        let need = parseMoney(o.amount, 'amount');
        while (need > 0n && deposits.length) {
          const d = deposits[0]!;
          const x = d.left < need ? d.left : need;
          d.left -= x;
          need -= x;
          const t = totals.get(d.id)!;
          t.OVERPAYMENT -= x;
          t[o.component] += x;
          if (d.left === 0n) deposits.shift();
        }
      },
    });
  });
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.order % 2) - (b.order % 2) || a.order - b.order);
  for (const e of events) e.run();
  const out = new Map<string, PaymentBreakdown>();
  for (const [id, t] of totals) out.set(id, Object.fromEntries(COMPONENTS.map((c) => [c, formatMoney(t[c])])) as PaymentBreakdown);
  return out;
}
