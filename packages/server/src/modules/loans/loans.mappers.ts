import type { ScheduleLine } from '@raty/domain';
import { AllocationComponentEnum, AllocationType, LoanBalancesType, LoanStatus, LoanType, PaymentMethod, PaymentType, RepaymentMethodEnum, ScheduleLineType } from './loans.types.js';
import { remainingOf, type LoanRow, type PaymentRow } from './loans.service.js';

/** GraphQL mappers of the loans module: database rows and domain results to GraphQL types. */

export function toLoanType(r: LoanRow): LoanType {
  return {
    id: r.id,
    number: r.number,
    status: r.status as LoanStatus,
    currency: r.currency,
    principal: r.principal,
    annualRate: r.annual_rate,
    penaltyRate: r.penalty_rate,
    method: r.method as RepaymentMethodEnum,
    dayCount: r.day_count,
    installmentsCount: r.installments_count,
    deferralMonths: r.deferral_months,
    disbursementDate: r.disbursement_date,
    firstDueDate: r.first_due_date,
    signatureDate: r.signature_date,
    repaymentAccount: r.repayment_account,
    variableSymbol: r.variable_symbol ?? null,
    earlyMoney: r.early_money,
    scheduleVersion: r.schedule_version,
    apr: r.apr,
    fileId: r.file_id,
    contractTypeId: r.contract_type_id,
  };
}

export interface AllocationRow {
  payment_id?: string;
  kind: string;
  effective_date: string;
  installment_number: number | null;
  component: string;
  amount: string;
}

export function toAllocationType(a: AllocationRow, p: { id: string; loan_id: string }, currency: string): AllocationType {
  return {
    paymentId: p.id,
    loanId: p.loan_id,
    kind: a.kind,
    effectiveDate: a.effective_date,
    installmentNumber: a.installment_number,
    component: a.component as AllocationComponentEnum,
    amount: a.amount,
    currency,
  };
}

export function toPaymentType(p: PaymentRow, allocations: AllocationRow[], currency: string): PaymentType {
  return {
    id: p.id,
    loanId: p.loan_id,
    paymentDate: p.payment_date,
    amount: p.amount,
    method: p.method as PaymentMethod,
    status: p.status,
    kind: p.kind,
    description: p.description,
    reversedAt: p.reversed_at,
    reversedOn: p.reversed_on,
    reversalReason: p.reversal_reason,
    createdAt: p.created_at,
    payerName: p.payer_name ?? null,
    payerAccount: p.payer_account ?? null,
    payerRelation: p.payer_relation ?? null,
    currency,
    allocations: allocations.map((a) => toAllocationType(a, p, currency)),
  };
}

export function toBalances(b: {
  asOf: string;
  overdueBalance: string;
  overduePrincipal: string;
  overdueInterest: string;
  penaltyInterest: string;
  overdueFees: string;
  futureBalance: string;
  futurePrincipal: string;
  futureInterest: string;
  overpaymentBalance: string;
  daysPastDue: number;
  totalOutstanding: string;
}): LoanBalancesType {
  return { ...b, remainingBalance: remainingOf(b) };
}

/** A domain schedule line as a GraphQL schedule line (no payment position: a quote or a preview). */
export function lineType(l: ScheduleLine): ScheduleLineType {
  return {
    number: l.number,
    dueDate: l.dueDate,
    paymentDate: l.dueDate,
    principal: l.principal,
    interest: l.interest,
    accumulatedInterest: l.accumulatedInterest,
    total: l.total,
    amountDue: l.total,
    balance: l.balance,
    paymentStatus: null,
    principalPaid: null,
    interestPaid: null,
    penaltyInterest: null,
    outstanding: null,
    daysPastDue: null,
  };
}
