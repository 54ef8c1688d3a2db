import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';

export enum CalculatedByEnum {
  FRONTEND = 'FRONTEND',
  SYSTEM = 'SYSTEM',
}
registerEnumType(CalculatedByEnum, { name: 'CalculatedBy', description: 'Who computes a value: the partner front end or our system (LOAN-3.1 "SPIN")' });

export enum SellingChannelRequirementEnum {
  REQUIRED = 'REQUIRED',
  OPTIONAL = 'OPTIONAL',
}
registerEnumType(SellingChannelRequirementEnum, { name: 'SellingChannelRequirement' });

export enum AprCheckByEnum {
  SIGNATURE_DATE = 'SIGNATURE_DATE',
  RECALCULATION_DATE = 'RECALCULATION_DATE',
}
registerEnumType(AprCheckByEnum, { name: 'AprCheckBy', description: 'Date whose caps apply to the APR / Odplata check' });

export enum InterestMethodEnum {
  D = 'D',
  E = 'E',
  F = 'F',
}
registerEnumType(InterestMethodEnum, { name: 'InterestMethod', description: 'Interest/APR calculation method; F only with FRONTEND rate calculation (never computed by the system)' });

export enum RoundingModeEnum {
  HALF_UP = 'HALF_UP',
  HALF_EVEN = 'HALF_EVEN',
}
registerEnumType(RoundingModeEnum, { name: 'RoundingMode', description: "Rounding of interest and installments: HALF_UP, or HALF_EVEN (banker's: 15.625 → 15.62)" });

export enum PartPeriodInterestEnum {
  DAY_COUNT = 'DAY_COUNT',
  ACTUAL_DAYS = 'ACTUAL_DAYS',
  MONTH_FRACTION = 'MONTH_FRACTION',
  DAYS_30E_360 = 'DAYS_30E_360',
}
registerEnumType(PartPeriodInterestEnum, {
  name: 'PartPeriodInterest',
  description: 'Interest of a part period (broken first period, payoff between due dates): the loan day count (30E/360 under 30/360), actual days, a fraction of the month, or 30E/360 days',
});

export enum EmiBasisEnum {
  NOMINAL_MONTHLY = 'NOMINAL_MONTHLY',
  ACTUAL_DAY_RATE = 'ACTUAL_DAY_RATE',
}
registerEnumType(EmiBasisEnum, { name: 'EmiBasis', description: 'Annuity from the nominal monthly rate, or recomputed every period from its actual-day rate' });

export enum PayoffInterestEnum {
  TO_PAYOFF_DATE = 'TO_PAYOFF_DATE',
  TO_NEXT_DUE_DATE = 'TO_NEXT_DUE_DATE',
}
registerEnumType(PayoffInterestEnum, { name: 'PayoffInterest', description: 'Payoff interest up to the payoff date or up to the next due date' });

export enum EarlyMoneyEnum {
  DEPOSIT_UNTIL_DUE = 'DEPOSIT_UNTIL_DUE',
  APPLY_AT_ONCE = 'APPLY_AT_ONCE',
}
registerEnumType(EarlyMoneyEnum, { name: 'EarlyMoney', description: 'Money paid before its due date: held until the due date, or applied at once (never during a deferral)' });

export enum HolidayInterestEnum {
  SPREAD = 'SPREAD',
  CAPITALISE = 'CAPITALISE',
}
registerEnumType(HolidayInterestEnum, {
  name: 'HolidayInterest',
  description: 'Interest of a forbearance payment holiday: spread over the installments after it, or added to the principal (docs/domain.md §11.2)',
});

@ObjectType('ScheduleConventions', { description: 'Lender conventions of the loan engine (docs/domain.md §3.8); the defaults are the engine rules' })
export class ScheduleConventionsType {
  @Field(() => RoundingModeEnum) rounding!: RoundingModeEnum;
  @Field(() => DecimalScalar, { nullable: true, description: 'Installment rounded to a multiple of this amount; the last installment settles the rest' }) installmentMultiple!: string | null;
  @Field(() => PartPeriodInterestEnum) partPeriodInterest!: PartPeriodInterestEnum;
  @Field(() => EmiBasisEnum) emi!: EmiBasisEnum;
  @Field(() => PayoffInterestEnum) payoffInterest!: PayoffInterestEnum;
  @Field(() => EarlyMoneyEnum) earlyMoney!: EarlyMoneyEnum;
  @Field(() => HolidayInterestEnum) holidayInterest!: HolidayInterestEnum;
}

@InputType({ description: 'Fields not sent keep their stored values (defaults on create); installmentMultiple: send null to clear' })
export class ScheduleConventionsInput {
  @Field(() => RoundingModeEnum, { nullable: true, description: 'default HALF_UP' }) rounding?: RoundingModeEnum | null;
  @Field(() => DecimalScalar, { nullable: true }) installmentMultiple?: string | null;
  @Field(() => PartPeriodInterestEnum, { nullable: true, description: 'default DAY_COUNT' }) partPeriodInterest?: PartPeriodInterestEnum | null;
  @Field(() => EmiBasisEnum, { nullable: true, description: 'default NOMINAL_MONTHLY' }) emi?: EmiBasisEnum | null;
  @Field(() => PayoffInterestEnum, { nullable: true, description: 'default TO_PAYOFF_DATE' }) payoffInterest?: PayoffInterestEnum | null;
  @Field(() => EarlyMoneyEnum, { nullable: true, description: 'default DEPOSIT_UNTIL_DUE' }) earlyMoney?: EarlyMoneyEnum | null;
  @Field(() => HolidayInterestEnum, { nullable: true, description: 'default SPREAD' }) holidayInterest?: HolidayInterestEnum | null;
}

@ObjectType('ContractType')
export class ContractTypeType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) country!: string;
  @Field(() => CalculatedByEnum, { description: 'Who computes interest rate, APR (RPMN) and Odplata' }) rateCalculatedBy!: CalculatedByEnum;
  @Field(() => CalculatedByEnum) installmentCalculatedBy!: CalculatedByEnum;
  @Field(() => SellingChannelRequirementEnum) sellingChannelRequirement!: SellingChannelRequirementEnum;
  @Field(() => AprCheckByEnum) aprCheckBy!: AprCheckByEnum;
  @Field(() => InterestMethodEnum) interestMethod!: InterestMethodEnum;
  @Field(() => Int) deferralMonths!: number;
  @Field(() => ID, { nullable: true, description: 'Receivable kind of the debtor files of contracts of this type' }) receivableKindId!: string | null;
  @Field(() => ScheduleConventionsType, { description: 'Lender conventions used for the schedules and quotes of contracts of this type' }) conventions!: ScheduleConventionsType;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@InputType()
export class ContractTypeInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'PL or SK' }) country?: string | null;
  @Field(() => CalculatedByEnum, { nullable: true, description: 'default SYSTEM' }) rateCalculatedBy?: CalculatedByEnum | null;
  @Field(() => CalculatedByEnum, { nullable: true, description: 'default SYSTEM' }) installmentCalculatedBy?: CalculatedByEnum | null;
  @Field(() => SellingChannelRequirementEnum, { nullable: true, description: 'default OPTIONAL' }) sellingChannelRequirement?: SellingChannelRequirementEnum | null;
  @Field(() => AprCheckByEnum, { nullable: true, description: 'default SIGNATURE_DATE' }) aprCheckBy?: AprCheckByEnum | null;
  @Field(() => InterestMethodEnum, { nullable: true, description: 'default D' }) interestMethod?: InterestMethodEnum | null;
  @Field(() => Int, { nullable: true }) deferralMonths?: number | null;
  @Field(() => String, { nullable: true, description: 'code of the receivable kind' }) receivableKindCode?: string | null;
  @Field(() => ScheduleConventionsInput, { nullable: true }) conventions?: ScheduleConventionsInput | null;
}

@ObjectType('SellingChannel')
export class SellingChannelType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}

@InputType()
export class SellingChannelInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'on update: send null explicitly to clear it' }) validTo?: string | null;
}

@InputType()
export class ReceivableKindInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217, default PLN' }) currency?: string | null;
  @Field(() => String, { nullable: true, description: 'ANNUITY | EQUAL_PRINCIPAL, default ANNUITY' }) method?: string | null;
  @Field(() => String, { nullable: true, description: '30/360 | ACT/365 | ACT/360 | ACT/ACT, default 30/360' }) dayCount?: string | null;
}

@ObjectType('AprCap')
export class AprCapType {
  @Field(() => ID) id!: string;
  @Field(() => String) country!: string;
  @Field(() => String, { description: 'MAX_APR | MAX_ODPLATA | MAX_INTEREST | MAX_NON_INTEREST_COST' }) kind!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DecimalScalar, { description: 'percent' }) value!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@InputType()
export class AprCapInput {
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
