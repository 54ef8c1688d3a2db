import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';

/** GraphQL types of the group-by aggregates and the collections KPIs (issue #27, docs/analytics.md § Aggregates, § KPIs). */

export enum AggregateFact {
  PORTFOLIO = 'PORTFOLIO',
  MONTH_END = 'MONTH_END',
  PAYMENTS = 'PAYMENTS',
  INSTALLMENTS = 'INSTALLMENTS',
  NOTICES = 'NOTICES',
}
registerEnumType(AggregateFact, {
  name: 'AggregateFact',
  description: 'What is counted: loans as of a date, month-end snapshots, payments, installments (current schedules), notices',
  valuesConfig: {
    PORTFOLIO: { description: 'Disbursed loans as of `filter.asOf` (default the business date): one row per loan, amounts from the stored paid amounts' },
    MONTH_END: { description: 'Month-end snapshots (loan_month_ends: the engine replay as of each month end), event date = the month end' },
    PAYMENTS: { description: 'Payments (all statuses; group by STATUS or filter), event date = payment date' },
    INSTALLMENTS: { description: 'Lines of the current schedule versions, event date = due date' },
    NOTICES: { description: "Notices, event date = creation date; currency = the file's receivable kind's" },
  },
});

export enum AggregateDimension {
  RECEIVABLE_KIND = 'RECEIVABLE_KIND',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
  SELLING_CHANNEL = 'SELLING_CHANNEL',
  STATUS = 'STATUS',
  DPD_BUCKET = 'DPD_BUCKET',
  ORIGINATION_MONTH = 'ORIGINATION_MONTH',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  TEMPLATE = 'TEMPLATE',
  NOTICE_CHANNEL = 'NOTICE_CHANNEL',
  REASON = 'REASON',
  CREATOR = 'CREATOR',
}
registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: 'A group-by dimension (the currency is always one). Not every fact has every dimension: docs/analytics.md § Aggregates',
});

export enum AggregateValue {
  AMOUNT = 'AMOUNT',
  OUTSTANDING = 'OUTSTANDING',
  OVERDUE = 'OVERDUE',
  OUTSTANDING_PRINCIPAL = 'OUTSTANDING_PRINCIPAL',
  PRINCIPAL = 'PRINCIPAL',
  INTEREST = 'INTEREST',
  TOTAL = 'TOTAL',
  UNPAID = 'UNPAID',
}
registerEnumType(AggregateValue, { name: 'AggregateValue', description: 'The money figure summed/averaged; default per fact: docs/analytics.md § Aggregates' });

export enum NoticeDimension {
  TEMPLATE = 'TEMPLATE',
  NOTICE_CHANNEL = 'NOTICE_CHANNEL',
  REASON = 'REASON',
  CREATOR = 'CREATOR',
}
registerEnumType(NoticeDimension, { name: 'NoticeDimension' });

@InputType()
export class AggregateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Event date ≥ (not for PORTFOLIO)' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Event date ≤ (not for PORTFOLIO)' }) to?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'PORTFOLIO only: the as-of date (default the business date)' }) asOf?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217' }) currency?: string | null;
  @Field(() => String, { nullable: true }) receivableKindCode?: string | null;
}

@ObjectType('AggregateKey')
export class AggregateKeyType {
  @Field(() => AggregateDimension) dimension!: AggregateDimension;
  @Field(() => String, { nullable: true, description: 'code / id / date (day, Monday of the week, first day of the month or quarter); null: none' }) value!: string | null;
  @Field(() => String, { nullable: true, description: "TEMPLATE: the template's name; CREATOR: the user's name; otherwise null" }) label?: string | null;
}

@ObjectType('AggregateRow', { description: 'One group: its currency, its keys (in the order asked), and the measures of its rows' })
export class AggregateRowType {
  @Field(() => String, { description: 'ISO 4217 currency of every amount of the row' }) currency!: string;
  @Field(() => [AggregateKeyType]) keys!: AggregateKeyType[];
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'Distinct loans (NOTICES: distinct loans of the notices’ items)' }) distinctLoans!: number;
  @Field(() => Int, { description: 'Distinct debtor files' }) distinctFiles!: number;
  @Field(() => DecimalScalar) sum!: string;
  @Field(() => DecimalScalar, { description: 'sum / count, rounded half-up to 0.01' }) avg!: string;
  @Field(() => DecimalScalar) min!: string;
  @Field(() => DecimalScalar) max!: string;
}

@ObjectType('RollRateCell', { description: 'Loans in bucket `from` at a month end and in `to` at the next month end' })
export class RollRateCellType {
  @Field(() => String) currency!: string;
  @Field(() => String) receivableKindCode!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) loans!: number;
  @Field(() => DecimalScalar, { description: 'Outstanding at the first month end' }) amount!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'loans / loans that started in `from` (4 places)' }) shareByCount!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'amount / amount that started in `from` (4 places)' }) shareByAmount!: string | null;
}

@ObjectType('CureRate', { description: 'Loans in a past-due bucket at a month end that had nothing past due on some day within N days after it' })
export class CureRateType {
  @Field(() => String) currency!: string;
  @Field(() => String) receivableKindCode!: string;
  @Field(() => String) bucket!: string;
  @Field(() => Int) loans!: number;
  @Field(() => Int) curedLoans!: number;
  @Field(() => DecimalScalar, { description: 'Overdue at the month end' }) overdue!: string;
  @Field(() => DecimalScalar) curedOverdue!: string;
  @Field(() => DecimalScalar, { nullable: true }) rateByCount!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) rateByAmount!: string | null;
}

@ObjectType('VintagePoint', { description: 'The loans disbursed in a month (cohort) at a month on book (0 = the end of the cohort month)' })
export class VintagePointType {
  @Field(() => String) currency!: string;
  @Field(() => String) receivableKindCode!: string;
  @Field(() => String, { description: 'YYYY-MM' }) cohort!: string;
  @Field(() => Int) monthsOnBook!: number;
  @Field(() => Int, { description: 'Loans of the cohort' }) loans!: number;
  @Field(() => DecimalScalar, { description: 'Disbursed principal of the cohort' }) principal!: string;
  @Field(() => Int) loans30!: number;
  @Field(() => Int) loans60!: number;
  @Field(() => Int) loans90!: number;
  @Field(() => DecimalScalar, { description: 'Outstanding principal of the loans 30+ days past due' }) amount30!: string;
  @Field(() => DecimalScalar) amount60!: string;
  @Field(() => DecimalScalar) amount90!: string;
  @Field(() => DecimalScalar, { nullable: true }) share30ByCount!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) share60ByCount!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) share90ByCount!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'amount30 / disbursed principal of the cohort' }) share30ByAmount!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) share60ByAmount!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) share90ByAmount!: string | null;
}

@ObjectType('NoticeEffectiveness', { description: 'Soft-collection effectiveness of the notices of one group (keys) and currency' })
export class NoticeEffectivenessType {
  @Field(() => String) currency!: string;
  @Field(() => [AggregateKeyType]) keys!: AggregateKeyType[];
  @Field(() => Int) notices!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'delivered / sent' }) deliveryRate!: string | null;
  @Field(() => Int, { description: 'SMS parts of the sent SMS notices' }) smsParts!: number;
  @Field(() => Int, { description: 'Distinct addressees of the sent notices' }) addressees!: number;
  @Field(() => Int, { description: "Addressees with a posted payment on the file's loans within N days after a sent notice's creation date" }) addresseesPaid!: number;
  @Field(() => DecimalScalar, { nullable: true }) paidShareByCount!: string | null;
  @Field(() => DecimalScalar, { description: 'Those payments, each once per group' }) collected!: string;
  @Field(() => DecimalScalar, { description: 'What the sent notices asked for (Σ of their amounts)' }) asked!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'collected / asked' }) paidShareByAmount!: string | null;
  @Field(() => Int) promisesMade!: number;
  @Field(() => Int) promisesKept!: number;
  @Field(() => Int) promisesBroken!: number;
  @Field(() => Int) promisesPending!: number;
}
