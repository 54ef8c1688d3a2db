import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Connection, CurrencyTotalType } from '../common/index.js';
import { PartyType } from '../files/index.js';
import { LoanStatus, PaymentType } from '../loans/index.js';

@ObjectType()
export class PartyConnection extends Connection('Party', PartyType) {}

@InputType()
export class PartyFilter {
  @Field(() => String, { nullable: true, description: 'Last name / company name prefix' }) name?: string | null;
  @Field(() => String, { nullable: true }) nationalId?: string | null;
  @Field(() => String, { nullable: true, description: 'PL | SK' }) country?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only departed (death or bankruptcy date set)' }) departed?: boolean | null;
}

@ObjectType('InstallmentRow')
export class InstallmentRowType {
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => Int) number!: number;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => DecimalScalar) paidPrincipal!: string;
  @Field(() => DecimalScalar) paidInterest!: string;
  @Field(() => DecimalScalar, { description: 'total − paid' }) unpaid!: string;
  @Field(() => String, { description: "ISO 4217 currency of the amounts (the loan's currency)" }) currency!: string;
}

@ObjectType()
export class InstallmentRowConnection extends Connection('InstallmentRow', InstallmentRowType) {}

@InputType()
export class InstallmentFilter {
  @Field(() => DateScalar, { nullable: true }) dueFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) dueTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only lines with something unpaid' }) unpaid?: boolean | null;
  @Field(() => String, { nullable: true }) receivableKindCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Loan currency, e.g. PLN' }) currency?: string | null;
  @Field(() => ID, { nullable: true }) loanId?: string | null;
  @Field(() => [LoanStatus], { nullable: true, description: 'Loan status any of' }) loanStatuses?: LoanStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Contract type code of the loan' }) contractTypeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Selling channel code of the loan' }) sellingChannelCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only lines due before the business date and not fully paid' }) overdue?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Unpaid (total − paid) ≥' }) unpaidMin?: string | null;
}

export enum InstallmentSortEnum {
  DUE_ASC = 'DUE_ASC',
  DUE_DESC = 'DUE_DESC',
  UNPAID_DESC = 'UNPAID_DESC',
}
registerEnumType(InstallmentSortEnum, { name: 'InstallmentSort' });

export enum PaymentSortEnum {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  AMOUNT_DESC = 'AMOUNT_DESC',
}
registerEnumType(PaymentSortEnum, { name: 'PaymentSort' });

export { CurrencyTotalType };

@ObjectType()
export class PaymentConnection extends Connection('Payment', PaymentType) {
  @Field(() => [CurrencyTotalType], { description: 'Count and amount of ALL matching payments (every page), per loan currency' }) totalsByCurrency!: CurrencyTotalType[];
}

@InputType()
export class PaymentFilter {
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
  @Field(() => String, { nullable: true }) method?: string | null;
  @Field(() => String, { nullable: true, description: 'POSTED | REVERSED' }) status?: string | null;
  @Field(() => String, { nullable: true, description: 'REGULAR | EXTRAORDINARY' }) kind?: string | null;
  @Field(() => ID, { nullable: true }) loanId?: string | null;
  @Field(() => String, { nullable: true, description: 'Loan number (exact)' }) loanNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Loan currency, e.g. PLN' }) currency?: string | null;
  @Field(() => String, { nullable: true }) receivableKindCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Contract type code of the loan' }) contractTypeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Selling channel code of the loan' }) sellingChannelCode?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) amountMin?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) amountMax?: string | null;
  @Field(() => String, { nullable: true, description: 'Who recorded it (created_by: a user id, PARTNER:…, GATEWAY:…)' }) createdBy?: string | null;
}

@ObjectType('DpdBucket')
export class DpdBucketType {
  @Field(() => String, { description: 'CURRENT, 1-30, 31-60, 61-90, 91-180, 180+' }) bucket!: string;
  @Field(() => Int) loans!: number;
  @Field(() => DecimalScalar, { description: 'Unpaid principal + interest of past-due lines' }) overdue!: string;
  @Field(() => DecimalScalar, { description: 'Unpaid principal + interest of all lines' }) outstanding!: string;
}

@ObjectType('CurrencyAmount', { description: 'A money total of one currency (totals are never added across currencies)' })
export class CurrencyAmountType {
  @Field(() => String, { description: 'ISO 4217' }) currency!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('PortfolioCurrency', { description: 'The portfolio summary of the loans in one currency' })
export class PortfolioCurrencyType {
  @Field(() => String, { description: 'ISO 4217 currency of every amount of this block' }) currency!: string;
  @Field(() => Int) loans!: number;
  @Field(() => Int) activeLoans!: number;
  @Field(() => DecimalScalar, { description: 'Unpaid principal + interest of every line of active/terminated loans' }) outstanding!: string;
  @Field(() => DecimalScalar) outstandingPrincipal!: string;
  @Field(() => DecimalScalar) overdue!: string;
  @Field(() => [DpdBucketType]) byDaysPastDue!: DpdBucketType[];
  @Field(() => DecimalScalar, { description: 'Payments received in the last 30 days' }) collectedLast30Days!: string;
}

@ObjectType('PortfolioSummary')
export class PortfolioSummaryType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Loans of the summary (all currencies, or the one asked for)' }) loans!: number;
  @Field(() => Int) activeLoans!: number;
  @Field(() => [PortfolioCurrencyType], { description: 'One block per currency (ordered by currency); money is never added across currencies' }) currencies!: PortfolioCurrencyType[];
}

@ObjectType('DailyAmount')
export class DailyAmountType {
  @Field(() => DateScalar) date!: string;
  @Field(() => String, { description: 'ISO 4217 currency of the amount' }) currency!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('NoticeStats')
export class NoticeStatsType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { description: 'Notices created in the period' }) created!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => [CurrencyAmountType], { description: 'Posted payments on the notified loans dated within 14 days after a sent notice (each payment counted once), per currency' })
  collectedWithin14Days!: CurrencyAmountType[];
  @Field(() => Int, { description: 'Promises to pay whose items were paid by the promise date' }) promisesKept!: number;
  @Field(() => Int, { description: 'Promise date passed without its items paid' }) promisesBroken!: number;
  @Field(() => Int) promisesPending!: number;
}
