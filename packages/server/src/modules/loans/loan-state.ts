import { replayLedger, type LedgerOptions, type LedgerResult, type LoanEvent } from '@raty/domain';

/** Bridge between stored loan data and the pure loan engine's ledger replay. */
export interface LoanStateInput {
  lines: { number: number; dueDate: string; principal: string; interest: string }[];
  penaltyRates: { from: string; rate: string }[];
  payments: { id: string; date: string; amount: string; reversedOn?: string | null }[];
  asOf: string;
  /** the loan's early-money convention (APPLY_AT_ONCE and the end of its deferral), else the defaults */
  options?: Pick<LedgerOptions, 'earlyMoney' | 'earlyMoneyHeldUntil'>;
}

export interface LoanState {
  ledger: LedgerResult;
  /** the allocation events of every payment (posting + dated deposit applications, and the dated undoing of a reversed
   *  payment; docs/domain.md §5.4) */
  allocations: { paymentId: string; kind: 'POSTING' | 'APPLICATION' | 'REVERSAL'; effectiveDate: string; installmentNumber: number | null; component: string; amount: string }[];
  installments: { number: number; paidPrincipal: string; paidInterest: string; paidAt: string | null }[];
}

export function computeLoanState(input: LoanStateInput): LoanState {
  const events: LoanEvent[] = [];
  for (const p of input.payments) {
    events.push({ type: 'PAYMENT', id: p.id, date: p.date, amount: p.amount });
    if (p.reversedOn) events.push({ type: 'REVERSAL', id: `rev-${p.id}`, date: p.reversedOn < p.date ? p.date : p.reversedOn, paymentId: p.id });
  }
  const ledger = replayLedger({ installments: input.lines, penaltyRates: input.penaltyRates, events, asOf: input.asOf, ...(input.options ? { options: input.options } : {}) });
  const allocations = ledger.payments.flatMap((p) =>
    p.events.map((a) => ({ paymentId: p.id, kind: a.kind, effectiveDate: a.date, installmentNumber: a.installmentNumber, component: a.component, amount: a.amount })),
  );
  // when an installment became fully paid: the date of the last payment allocated to it
  const paidAt = new Map<number, string>();
  const touch = (n: number | null, date: string) => {
    if (n === null) return;
    const cur = paidAt.get(n);
    if (!cur || date > cur) paidAt.set(n, date);
  };
  for (const p of ledger.payments) for (const a of p.allocations) touch(a.installmentNumber, p.date);
  for (const o of ledger.overpaymentApplications) touch(o.installmentNumber, o.date);
  const installments = ledger.installments.map((i) => ({
    number: i.number,
    paidPrincipal: i.principalPaid,
    paidInterest: i.interestPaid,
    paidAt: i.status === 'PAID' ? (paidAt.get(i.number) ?? null) : null,
  }));
  return { ledger, allocations, installments };
}
