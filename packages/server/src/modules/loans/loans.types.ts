import { ScheduleConventionsInput } from '../dictionaries/index.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Connection } from '../common/index.js';

export enum LoanStatus {
  TO_BE_DISBURSED = 'TO_BE_DISBURSED',
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
  REPAID = 'REPAID',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
registerEnumType(LoanStatus, { name: 'LoanStatus', description: 'do uruchomienia / aktywna / wypowiedziana / spłacona / spisana' });

export enum PaymentStatusEnum {
  PENDING = 'PENDING',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
}
registerEnumType(PaymentStatusEnum, { name: 'PaymentStatus', description: 'Status of a schedule line as of a date' });

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  CREDIT_CARD = 'CREDIT_CARD',
  ONLINE_GATEWAY = 'ONLINE_GATEWAY',
  CASH = 'CASH',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

export enum AllocationComponentEnum {
  PENALTY_INTEREST = 'PENALTY_INTEREST',
  FEE = 'FEE',
  INTEREST = 'INTEREST',
  PRINCIPAL = 'PRINCIPAL',
  OVERPAYMENT = 'OVERPAYMENT',
}
registerEnumType(AllocationComponentEnum, { name: 'AllocationComponent' });

export enum RepaymentMethodEnum {
  ANNUITY = 'ANNUITY',
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
}
registerEnumType(RepaymentMethodEnum, { name: 'RepaymentMethod' });

export enum DayCountEnum {
  D30_360 = '30/360',
  ACT_365 = 'ACT/365',
  ACT_360 = 'ACT/360',
  ACT_ACT = 'ACT/ACT',
}
registerEnumType(DayCountEnum, { name: 'DayCount', description: 'D30_360 = 30/360, ACT_365 = actual/365, ACT_360, ACT_ACT' });

export enum ExtraordinaryMode {
  SHORTEN_TERM = 'SHORTEN_TERM',
  LOWER_INSTALLMENT = 'LOWER_INSTALLMENT',
}
registerEnumType(ExtraordinaryMode, { name: 'ExtraordinaryRepaymentMode' });

@ObjectType('ScheduleLine')
export class ScheduleLineType {
  @Field(() => Int) number!: number;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => DateScalar, { description: 'MON-1 name of the due date' }) paymentDate!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar) accumulatedInterest!: string;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => DecimalScalar, { description: 'MON-1 name of the installment total' }) amountDue!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Principal balance after this line' }) balance!: string | null;
  @Field(() => PaymentStatusEnum, { nullable: true }) paymentStatus!: PaymentStatusEnum | null;
  @Field(() => DecimalScalar, { nullable: true }) principalPaid!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) interestPaid!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Penalty interest accrued on this line (unrounded accruals rounded half-up)' }) penaltyInterest!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) outstanding!: string | null;
  @Field(() => Int, { nullable: true }) daysPastDue!: number | null;
}

@ObjectType('LoanBalances')
export class LoanBalancesType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => DecimalScalar, { description: 'Saldo zaległości: principal + interest + penalty interest of past-due items' }) overdueBalance!: string;
  @Field(() => DecimalScalar) overduePrincipal!: string;
  @Field(() => DecimalScalar) overdueInterest!: string;
  @Field(() => DecimalScalar) penaltyInterest!: string;
  @Field(() => DecimalScalar) overdueFees!: string;
  @Field(() => DecimalScalar, { description: 'Saldo należności przyszłych: principal + interest of items not yet due' }) futureBalance!: string;
  @Field(() => DecimalScalar) futurePrincipal!: string;
  @Field(() => DecimalScalar) futureInterest!: string;
  @Field(() => DecimalScalar, { description: 'Saldo nadpłaty' }) overpaymentBalance!: string;
  @Field(() => Int) daysPastDue!: number;
  @Field(() => DecimalScalar) totalOutstanding!: string;
  @Field(() => DecimalScalar, { description: 'totalOutstanding − overpaymentBalance, never below 0' }) remainingBalance!: string;
}

@ObjectType('Allocation', {
  description:
    "An allocation event of a payment (docs/domain.md §5.4): POSTING on the payment date, APPLICATION of its deposit on a later date as a pair (OVERPAYMENT −x, component +x), or REVERSAL on the date a payment was reversed (negative: what it had reached by then, undone). A payment's events sum to its amount (0 when reversed); Σ by component over a loan = the schedule's paid amounts; Σ OVERPAYMENT = the deposit still held.",
})
export class AllocationType {
  @Field(() => ID) paymentId!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => String, { description: 'POSTING | APPLICATION | REVERSAL' }) kind!: string;
  @Field(() => DateScalar, { description: 'Value date of the movement (payment date for POSTING, date the deposit was applied for APPLICATION, date of the reversal for REVERSAL)' })
  effectiveDate!: string;
  @Field(() => Int, { nullable: true }) installmentNumber!: number | null;
  @Field(() => AllocationComponentEnum) component!: AllocationComponentEnum;
  @Field(() => DecimalScalar, { description: 'Signed: negative for the OVERPAYMENT half of an APPLICATION pair and for REVERSAL events' }) amount!: string;
  @Field(() => String, { description: "ISO 4217 currency of the amount (the loan's currency)" }) currency!: string;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => DateScalar) paymentDate!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => String, { description: 'POSTED | REVERSED' }) status!: string;
  @Field(() => String, { description: 'REGULAR | EXTRAORDINARY' }) kind!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the reversal was recorded (audit stamp)' }) reversedAt!: Date | null;
  @Field(() => DateScalar, { nullable: true, description: 'Business date from which the reversal takes effect in the ledger' }) reversedOn!: string | null;
  @Field(() => String, { nullable: true }) reversalReason!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'Payer as the bank statement names them (payments posted from a statement line)' }) payerName!: string | null;
  @Field(() => String, { nullable: true, description: "Payer's account as the bank statement names it" }) payerAccount!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'BORROWER | THIRD_PARTY (the payer is not a borrower of the loan) | UNKNOWN; null for payments not posted from a statement',
  })
  payerRelation!: string | null;
  @Field(() => String, { description: "ISO 4217 currency of the amount (the loan's currency)" }) currency!: string;
  @Field(() => [AllocationType], { description: 'The allocation events of the payment, in order (postings, then applications by date)' }) allocations!: AllocationType[];
}

@ObjectType('ScheduleVersion')
export class ScheduleVersionType {
  @Field(() => Int) version!: number;
  @Field(() => String) reason!: string;
  @Field(() => DateScalar) effectiveDate!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => Boolean) current!: boolean;
  @Field(() => String, { nullable: true, description: 'why the version was made (e.g. the legal maximum that capped the interest)' }) note!: string | null;
  loanId!: string;
}

@ObjectType('Loan')
export class LoanType {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => LoanStatus) status!: LoanStatus;
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar, { description: 'Contractual nominal rate, percent p.a.' }) annualRate!: string;
  @Field(() => DecimalScalar, { description: 'Penalty interest rate, percent p.a.' }) penaltyRate!: string;
  @Field(() => RepaymentMethodEnum) method!: RepaymentMethodEnum;
  @Field(() => String) dayCount!: string;
  @Field(() => Int) installmentsCount!: number;
  @Field(() => Int) deferralMonths!: number;
  @Field(() => DateScalar) disbursementDate!: string;
  @Field(() => DateScalar) firstDueDate!: string;
  @Field(() => DateScalar, { nullable: true }) signatureDate!: string | null;
  @Field(() => String) repaymentAccount!: string;
  @Field(() => String, { nullable: true, description: "SK: the contract's variable symbol (VS) for transfers to the shared account (issue 30)" }) variableSymbol!: string | null;
  @Field(() => Int) scheduleVersion!: number;
  @Field(() => String, { description: 'Money paid before its due date: DEPOSIT_UNTIL_DUE (held until due) or APPLY_AT_ONCE (next installment at once, the rest re-amortised; docs/domain.md §3.8)' })
  earlyMoney!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Stored APR (RRSO/RPMN) in percent' }) apr!: string | null;
  fileId!: string;
  contractTypeId!: string | null;
}

@ObjectType()
export class LoanConnection extends Connection('Loan', LoanType) {}

@InputType()
export class LoanFilter {
  @Field(() => LoanStatus, { nullable: true }) status?: LoanStatus | null;
  @Field(() => String, { nullable: true }) receivableKindCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Loan number prefix' }) number?: string | null;
  @Field(() => ID, { nullable: true }) partyId?: string | null;
  @Field(() => [LoanStatus], { nullable: true, description: 'Any of these statuses' }) statuses?: LoanStatus[] | null;
  @Field(() => String, { nullable: true, description: 'ISO currency, e.g. PLN, EUR' }) currency?: string | null;
  @Field(() => String, { nullable: true, description: 'Contract type code (contractTypes)' }) contractTypeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Selling channel code (sellingChannels)' }) sellingChannelCode?: string | null;
  @Field(() => ID, { nullable: true }) fileId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Disbursement (origination) date from' }) disbursedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) disbursedTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days past due ≥ (measures, docs/analytics.md)' }) daysPastDueMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days past due ≤' }) daysPastDueMax?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Outstanding (principal + interest unpaid) ≥' }) outstandingMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) outstandingMax?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Overdue (principal + interest past due, without penalty interest) ≥' }) overdueMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) overdueMax?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Contractual nominal rate ≥ (percent p.a.)' }) annualRateMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Stored APR ≥ (percent)' }) aprMin?: string | null;
}

export enum LoanSortEnum {
  NUMBER_ASC = 'NUMBER_ASC',
  OVERDUE_DESC = 'OVERDUE_DESC',
  OVERDUE_WITH_PENALTY_DESC = 'OVERDUE_WITH_PENALTY_DESC',
  OUTSTANDING_DESC = 'OUTSTANDING_DESC',
  DAYS_PAST_DUE_DESC = 'DAYS_PAST_DUE_DESC',
  PRINCIPAL_DESC = 'PRINCIPAL_DESC',
  DISBURSEMENT_DESC = 'DISBURSEMENT_DESC',
  DISBURSEMENT_ASC = 'DISBURSEMENT_ASC',
}
registerEnumType(LoanSortEnum, { name: 'LoanSort', description: 'Order of `loans`; ties broken by loan number. Measures: docs/analytics.md' });

@ObjectType('LoanMeasures', { description: 'Set-based measures of a loan as of the business date (glossary: docs/analytics.md)' })
export class LoanMeasuresType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar, { description: 'Unpaid principal + interest of every line of the current schedule' }) outstanding!: string;
  @Field(() => DecimalScalar, { description: 'Unpaid principal + interest of the lines due before asOf (no penalty interest)' }) overdue!: string;
  @Field(() => DecimalScalar, { description: 'Unpaid principal of the lines due before asOf' }) overduePrincipal!: string;
  @Field(() => Int, { description: 'asOf − due date of the oldest unpaid past-due line; 0 when none' }) daysPastDue!: number;
  @Field(() => String, { description: 'CURRENT, 1-30, 31-60, 61-90, 91-180, 180+' }) bucket!: string;
  @Field(() => DecimalScalar, { description: 'Penalty interest unpaid, from the cached balances of the last daily tick (balancesAsOf); 0 without a cache row' }) penaltyInterest!: string;
  @Field(() => DecimalScalar, { description: 'overdue + penaltyInterest' }) overdueWithPenalty!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Date of the cached balances penaltyInterest comes from' }) balancesAsOf!: string | null;
}

@InputType()
export class RegisterPaymentInput {
  @Field(() => ID) loanId!: string;
  @Field(() => ID, { description: 'The borrower (party) paying; the loan must belong to them' }) clientId!: string;
  @Field(() => DateScalar) paymentDate!: string;
  @Field(() => DecimalScalar) amountPaid!: string;
  @Field(() => PaymentMethod) paymentMethod!: PaymentMethod;
  @Field(() => String, { description: 'Client-generated key; a retry with the same key and body posts once' }) idempotencyKey!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'An amount above the payoff amount of the payment date by more than the margin (RATY_OVERPAYMENT_MARGIN) is refused unless this is true; the excess is then booked as an overpayment',
  })
  acceptOverpayment?: boolean | null;
}

@ObjectType()
export class RegisterPaymentResult {
  @Field(() => PaymentType) payment!: PaymentType;
  @Field(() => DecimalScalar, { description: 'What the borrower still owes as of today after this payment' }) remainingBalance!: string;
  @Field(() => LoanBalancesType) balances!: LoanBalancesType;
  @Field(() => Boolean, { description: 'true when this answer replays an earlier request with the same idempotency key' }) replayed!: boolean;
}

@InputType()
export class ScheduleTermsInput {
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) annualRate!: string;
  @Field(() => Int) installments!: number;
  @Field(() => DateScalar) disbursementDate!: string;
  @Field(() => DateScalar) firstDueDate!: string;
  @Field(() => RepaymentMethodEnum) method!: RepaymentMethodEnum;
  @Field(() => DayCountEnum) dayCount!: DayCountEnum;
  @Field(() => Int, { nullable: true }) deferralMonths?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) fixedInstallment?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Upfront fees paid at disbursement (for APR)' }) fees?: string | null;
  @Field(() => ScheduleConventionsInput, { nullable: true, description: 'Lender conventions (docs/domain.md §3.8); absent = the engine defaults' }) conventions?: ScheduleConventionsInput | null;
}

@ObjectType()
export class ScheduleQuote {
  @Field(() => [ScheduleLineType]) lines!: ScheduleLineType[];
  @Field(() => DecimalScalar) totalInterest!: string;
  @Field(() => DecimalScalar) totalPayable!: string;
  @Field(() => DecimalScalar) installment!: string;
  @Field(() => DecimalScalar, { description: 'APR in percent, 4 decimals' }) apr!: string;
  @Field(() => DecimalScalar, { description: 'APR rounded half-up to 1 decimal (the legal figure)' }) aprLegal!: string;
}

@InputType()
export class CashFlowInput {
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar, { description: '> 0 credit drawn by the consumer, < 0 paid by the consumer' }) amount!: string;
}

@ObjectType()
export class EarlyRepaymentQuoteType {
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar) accumulatedInterest!: string;
  @Field(() => DecimalScalar) accruedInterest!: string;
  @Field(() => DateScalar) accruedFrom!: string;
  @Field(() => Int) accruedDays!: number;
  @Field(() => DecimalScalar) unpaidInstallmentInterest!: string;
  @Field(() => DecimalScalar, { description: 'Overdue items, penalty interest and fees still unpaid on the date' }) arrears!: string;
  @Field(() => DecimalScalar, { description: 'Overpayment held, deducted' }) overpayment!: string;
  @Field(() => DecimalScalar, { description: 'What must be paid on the date to close the loan' }) total!: string;
  @Field(() => [String]) explanation!: string[];
}

@ObjectType()
export class ScheduleDiffLineType {
  @Field(() => Int) number!: number;
  @Field(() => ScheduleLineType, { nullable: true }) before!: ScheduleLineType | null;
  @Field(() => ScheduleLineType, { nullable: true }) after!: ScheduleLineType | null;
  @Field(() => Boolean) changed!: boolean;
  @Field(() => DecimalScalar) totalDelta!: string;
}

@ObjectType()
export class ExtraordinaryRepaymentPreview {
  @Field(() => ExtraordinaryMode) mode!: ExtraordinaryMode;
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Boolean) recomputedFromStart!: boolean;
  @Field(() => DecimalScalar) principalBefore!: string;
  @Field(() => DecimalScalar) principalAfter!: string;
  @Field(() => DecimalScalar) installmentBefore!: string;
  @Field(() => DecimalScalar) installmentAfter!: string;
  @Field(() => Int) installmentsBefore!: number;
  @Field(() => Int) installmentsAfter!: number;
  @Field(() => [ScheduleDiffLineType]) diff!: ScheduleDiffLineType[];
  @Field(() => Int, { nullable: true, description: 'The new schedule version when executed' }) newVersion!: number | null;
}
