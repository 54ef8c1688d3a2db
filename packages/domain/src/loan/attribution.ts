/**
 * Which payment paid what, in the end: money paid before it was due sits as overpayment (a deposit) and the
 * ledger applies it to items as they fall due. The ledger records each application as an event of the payment that
 * made the deposit, oldest deposit first (FIFO: `PaymentResult.events`); this sums them per component.
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
export function attributePayments(ledger: Pick<LedgerResult, 'payments'>): Map<string, PaymentBreakdown> {
  const out = new Map<string, PaymentBreakdown>();
  for (const p of ledger.payments) {
    if (p.status !== 'POSTED') continue;
    const t = Object.fromEntries(COMPONENTS.map((c) => [c, 0n])) as Record<AllocationComponent, bigint>;
    // the sum of the payment's allocation events (its posting and the later applications of its deposit)
    for (const e of p.events) t[e.component] += parseMoney(e.amount, 'amount');
    out.set(p.id, Object.fromEntries(COMPONENTS.map((c) => [c, formatMoney(t[c])])) as PaymentBreakdown);
  }
  return out;
}
