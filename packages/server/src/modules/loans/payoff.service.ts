import { earlyRepaymentQuote, type EarlyRepaymentQuote, formatMoney, isDomainError, parseMoney, type ScheduleConventions, type ScheduleTerms } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import { loanState, type InstallmentRow, type LoanRow, type PaymentRow } from './loans.service.js';

type Preloaded = { lines?: InstallmentRow[]; payments?: PaymentRow[] };

/** The loan's terms as the engine takes them; `conventions` are its contract type's (docs/domain.md §3.8). */
function loanTerms(l: LoanRow, conventions?: ScheduleConventions | null): ScheduleTerms {
  return {
    principal: l.principal,
    annualRate: l.annual_rate,
    installments: l.installments_count,
    disbursementDate: l.disbursement_date,
    firstDueDate: l.first_due_date,
    method: l.method as ScheduleTerms['method'],
    dayCount: l.day_count as ScheduleTerms['dayCount'],
    deferralMonths: l.deferral_months,
    fixedInstallment: l.fixed_installment ?? undefined,
    ...(conventions && Object.keys(conventions).length ? { conventions } : {}),
  };
}

/**
 * Lender conventions of a loan: the ones its schedule was built with (`conventions` in the INITIAL schedule version's
 * terms, written for contracts since issue 19), else its contract type's current ones ({} without a type). A later
 * change of the type's conventions therefore does not change the quotes of loans already built under it.
 */
async function loanConventions(sql: SqlHandle, loan: LoanRow): Promise<ScheduleConventions> {
  if (!loan.contract_type_id) return {};
  const [row] = await sql<{ c: ScheduleConventions | null }[]>`
    select coalesce((select v.terms->'conventions' from schedule_versions v where v.loan_id = ${loan.id} and v.version = 1),
                    (select t.schedule_conventions from contract_types t where t.id = ${loan.contract_type_id})) as c`;
  return row?.c ?? {};
}

/** loanTerms with the contract type's conventions. */
export async function loanTermsOf(sql: SqlHandle, loan: LoanRow): Promise<ScheduleTerms> {
  return loanTerms(loan, await loanConventions(sql, loan));
}

export interface LoanPayoff {
  quote: EarlyRepaymentQuote;
  arrears: bigint;
  overpayment: bigint;
  /** quote total + arrears − overpayment, at least 0 */
  total: bigint;
}

/**
 * What must be paid on `date` to close the loan: the engine's payoff quote (principal + interest to the date under
 * the contract type's conventions) + arrears (overdue items, penalty interest, fees) − overpayment held.
 * Throws the domain error when the engine refuses the date.
 */
export async function loanPayoff(sql: SqlHandle, loan: LoanRow, date: string, preloaded?: Preloaded): Promise<LoanPayoff> {
  const quote = earlyRepaymentQuote(await loanTermsOf(sql, loan), date);
  const st = await loanState(sql, loan, date, preloaded);
  const b = st.ledger.balances;
  const arrears = parseMoney(b.overdueBalance) + parseMoney(b.overdueFees);
  const overpayment = parseMoney(b.overpaymentBalance);
  const total = parseMoney(quote.total) + arrears - overpayment;
  return { quote, arrears, overpayment, total: total < 0n ? 0n : total };
}

/**
 * The payoff figure the overpayment guard compares a payment with: `loanPayoff` when the engine can quote the date
 * (initial schedule, date after disbursement); otherwise everything still owed on the date (total outstanding −
 * overpayment held), the largest amount that can still be owed.
 */
export async function payoffForGuard(sql: SqlHandle, loan: LoanRow, date: string, preloaded?: Preloaded): Promise<string> {
  if (loan.schedule_version === 1 && date > loan.disbursement_date) {
    try {
      return formatMoney((await loanPayoff(sql, loan, date, preloaded)).total);
    } catch (e) {
      if (!isDomainError(e)) throw e;
    }
  }
  const b = (await loanState(sql, loan, date, preloaded)).ledger.balances;
  const owed = parseMoney(b.totalOutstanding) - parseMoney(b.overpaymentBalance);
  return formatMoney(owed < 0n ? 0n : owed);
}
