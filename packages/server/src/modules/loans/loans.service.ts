import { formatMoney, parseMoney, type ScheduleLine } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { bulkInsert } from '../../db/bulk.js';
import { computeLoanState, type LoanState, type LoanStateInput } from './loan-state.js';

export interface LoanRow {
  id: string;
  file_id: string;
  number: string;
  contract_type_id: string | null;
  currency: string;
  principal: string;
  annual_rate: string;
  penalty_rate: string;
  method: string;
  day_count: string;
  installments_count: number;
  deferral_months: number;
  fixed_installment: string | null;
  fees: string;
  signature_date: string | null;
  disbursement_date: string;
  first_due_date: string;
  repayment_account: string;
  variable_symbol?: string | null;
  status: string;
  apr: string | null;
  schedule_version: number;
  /** DEPOSIT_UNTIL_DUE | APPLY_AT_ONCE (docs/domain.md §3.8) */
  early_money: string;
  created_at: Date;
}

export interface InstallmentRow {
  number: number;
  due_date: string;
  principal: string;
  interest: string;
  accumulated_interest: string;
  total: string;
}

export interface PaymentRow {
  id: string;
  loan_id: string;
  payment_date: string;
  amount: string;
  method: string;
  kind: string;
  status: string;
  description: string | null;
  reversed_at: Date | null;
  reversed_on: string | null;
  reversal_reason: string | null;
  created_at: Date;
  idempotency_key: string | null;
  request_hash: string | null;
  /** from a bank statement line (issue 30) */
  payer_name?: string | null;
  payer_account?: string | null;
  payer_relation?: string | null;
}

export async function loadLoan(sql: SqlHandle, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoanRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = opts.forUpdate ? await sql<LoanRow[]>`select * from loans where id = ${id} for update` : await sql<LoanRow[]>`select * from loans where id = ${id}`;
  return rows[0] ?? null;
}

export async function scheduleLines(sql: SqlHandle, loanId: string, version: number): Promise<InstallmentRow[]> {
  return sql<InstallmentRow[]>`select number, due_date, principal, interest, accumulated_interest, total
    from installments where loan_id = ${loanId} and version = ${version} order by number`;
}

export async function loanPayments(sql: SqlHandle, loanId: string): Promise<PaymentRow[]> {
  return sql<PaymentRow[]>`select * from payments where loan_id = ${loanId} order by payment_date, created_at, id`;
}

/** Date a reversal takes effect in the ledger: the business date it was made on (never before the payment). */
export function reversalDate(p: Pick<PaymentRow, 'status' | 'payment_date' | 'reversed_on'>): string | null {
  if (p.status !== 'REVERSED' || !p.reversed_on) return null;
  return p.reversed_on < p.payment_date ? p.payment_date : p.reversed_on;
}

/** The loan's dated penalty rates added after disbursement (penalty_rates), oldest first. */
async function extraPenaltyRates(sql: SqlHandle, loanId: string): Promise<{ from: string; rate: string }[]> {
  const rows = await sql<{ valid_from: string; rate: string }[]>`select valid_from, rate from penalty_rates where loan_id = ${loanId} order by valid_from`;
  return rows.map((r) => ({ from: r.valid_from, rate: r.rate }));
}

/** Penalty rate periods of the loan: the contract rate from disbursement, then the dated changes. */
function ratePeriods(loan: LoanRow, extra: { from: string; rate: string }[]) {
  return [{ from: loan.disbursement_date, rate: loan.penalty_rate }, ...extra];
}

export async function penaltyRatesOf(sql: SqlHandle, loan: LoanRow) {
  return ratePeriods(loan, await extraPenaltyRates(sql, loan.id));
}

/** penaltyRatesOf for many loans in one query (month-end snapshots), by loan id. */
export async function penaltyRatesOfMany(sql: SqlHandle, loans: readonly LoanRow[]): Promise<Map<string, { from: string; rate: string }[]>> {
  const rows = loans.length
    ? await sql<
        { loan_id: string; valid_from: string; rate: string }[]
      >`select loan_id, valid_from, rate from penalty_rates where loan_id = any(${loans.map((l) => l.id)}::uuid[]) order by loan_id, valid_from`
    : [];
  return new Map(
    loans.map((l) => [
      l.id,
      ratePeriods(
        l,
        rows.filter((r) => r.loan_id === l.id).map((r) => ({ from: r.valid_from, rate: r.rate })),
      ),
    ]),
  );
}

/** Replays the loan's regular payments over its current schedule version as of `asOf` (pure engine). */
export async function loanState(sql: SqlHandle, loan: LoanRow, asOf: string, preloaded?: { lines?: InstallmentRow[]; payments?: PaymentRow[] }): Promise<LoanState> {
  const [lines, pays, extra] = await Promise.all([
    preloaded?.lines ?? scheduleLines(sql, loan.id, loan.schedule_version),
    preloaded?.payments ?? loanPayments(sql, loan.id),
    extraPenaltyRates(sql, loan.id),
  ]);
  return stateOf(loan, asOf, lines, pays, extra);
}

/** The replay from already loaded data (`extraRates`: the loan's penalty_rates rows, oldest first). */
export function stateOf(loan: LoanRow, asOf: string, lines: InstallmentRow[], pays: PaymentRow[], extraRates: { from: string; rate: string }[]): LoanState {
  return computeLoanState({
    lines: lines.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest })),
    penaltyRates: ratePeriods(loan, extraRates),
    payments: pays.filter((p) => p.kind === 'REGULAR').map((p) => ({ id: p.id, date: p.payment_date, amount: p.amount, reversedOn: reversalDate(p) })),
    asOf,
    ...ledgerOptionsOf(loan, lines),
  });
}

/**
 * The replay options of a loan's early-money convention (docs/domain.md §3.8): APPLY_AT_ONCE with the due date of its
 * last deferral line (money dated on or before it is held); nothing for the default DEPOSIT_UNTIL_DUE.
 */
export function ledgerOptionsOf(loan: Pick<LoanRow, 'early_money' | 'deferral_months'> | undefined, lines: readonly { number: number; due_date: string }[]): Pick<LoanStateInput, 'options'> {
  if (loan?.early_money !== 'APPLY_AT_ONCE') return {};
  const deferralEnd = loan.deferral_months > 0 ? [...lines].sort((a, b) => a.number - b.number)[loan.deferral_months - 1]?.due_date : undefined;
  return { options: { earlyMoney: 'APPLY_AT_ONCE', ...(deferralEnd ? { earlyMoneyHeldUntil: deferralEnd } : {}) } };
}

/**
 * Recomputes the loan's allocation events (payment_allocations: the posting of each payment and the dated
 * applications of its deposit, docs/domain.md §5.4) and installments' paid amounts after any change of its events
 * (new, back-dated or reversed payment). Allocations are derived data: rewritten from the replay; payments are
 * never deleted. Must run inside the transaction that holds the loan row lock.
 */
export async function storeLoanState(tx: SqlHandle, loan: LoanRow, state: LoanState): Promise<void> {
  await storeLoanStates(tx, [{ loan, state }]);
}

/** `storeLoanState` for many loans at once (three statements for the whole batch; the backfill of migration 0019). */
export async function storeLoanStates(tx: SqlHandle, items: { loan: LoanRow; state: LoanState }[]): Promise<void> {
  if (!items.length) return;
  const ids = items.map((x) => x.loan.id);
  await tx`delete from payment_allocations where loan_id = any(${ids}::uuid[]) and payment_id in (select id from payments where loan_id = any(${ids}::uuid[]) and kind = 'REGULAR')`;
  const rows = items.flatMap(({ loan, state }) => state.allocations.map((a) => [a.paymentId, loan.id, a.installmentNumber, a.component, a.amount, a.kind, a.effectiveDate]));
  if (rows.length) {
    await bulkInsert(
      tx,
      'payment_allocations',
      [
        { name: 'payment_id', type: 'uuid' },
        { name: 'loan_id', type: 'uuid' },
        { name: 'installment_number', type: 'int' },
        { name: 'component', type: 'text' },
        { name: 'amount', type: 'numeric' },
        { name: 'kind', type: 'text' },
        { name: 'effective_date', type: 'date' },
      ],
      rows,
    );
  }
  await tx.unsafe(
    `update installments i set paid_principal = (r->>2)::numeric, paid_interest = (r->>3)::numeric, paid_at = (r->>4)::date
     from json_array_elements($1::json) as r
     where i.loan_id = (r->>0)::uuid and i.version = (r->>5)::int and i.number = (r->>1)::int
       and (i.paid_principal, i.paid_interest, i.paid_at) is distinct from ((r->>2)::numeric, (r->>3)::numeric, (r->>4)::date)`,
    [JSON.stringify(items.flatMap(({ loan, state }) => state.installments.map((i) => [loan.id, i.number, i.paidPrincipal, i.paidInterest, i.paidAt, loan.schedule_version])))],
  );
}

/** Per-request memo so that schedule, balances and payments of one loan share one replay. */
const memo = new WeakMap<object, Map<string, Promise<LoanState>>>();
export function loanStateCached(ctx: Context, loan: LoanRow, asOf: string): Promise<LoanState> {
  let m = memo.get(ctx);
  if (!m) memo.set(ctx, (m = new Map()));
  const key = `${loan.id}|${loan.schedule_version}|${asOf}`;
  let p = m.get(key);
  if (!p) {
    p = (async () => {
      const data = await ctx.loaders.loanData.load(loan.id);
      if (!data) return loanState(ctx.sql, loan, asOf);
      return stateOf(
        loan,
        asOf,
        data.lines,
        data.payments,
        data.penaltyRates.map((r) => ({ from: r.valid_from, rate: r.rate })),
      );
    })();
    m.set(key, p);
  }
  return p;
}

export function remainingOf(b: { totalOutstanding: string; overpaymentBalance: string }): string {
  const t = parseMoney(b.totalOutstanding) - parseMoney(b.overpaymentBalance);
  return formatMoney(t < 0n ? 0n : t);
}

export function toScheduleLine(l: InstallmentRow): ScheduleLine {
  return { number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest, accumulatedInterest: l.accumulated_interest, total: l.total, balance: '' };
}
