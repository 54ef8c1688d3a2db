import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';

export enum CalculatedByEnum {
  FRONTEND = 'FRONTEND',
  SYSTEM = 'SYSTEM',
}
registerEnumType(CalculatedByEnum, { name: 'CalculatedBy', description: 'Who computes a value: the partner front end or our system (seed 003 "SPIN")' });

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
