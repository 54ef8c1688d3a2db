// Bridge between stored loan data and the pure loan engine (allocation replay, balances).
// PENDING: wired to the engine's replay once packages/domain exposes it.
export interface LoanStateInput {
  lines: { number: number; dueDate: string; total: string; principal: string; interest: string; accumulatedInterest: string }[];
  penaltyRates: { from: string; rate: string }[];
  payments: { id: string; date: string; amount: string }[];
  asOf: string;
}
export interface LoanState {
  allocations: { paymentId: string; installmentNumber: number | null; component: string; amount: string }[];
  installments: { number: number; paidPrincipal: string; paidInterest: string; paidAt: string | null }[];
}
export function computeLoanState(_input: LoanStateInput): LoanState {
  throw new Error('not wired yet');
}
