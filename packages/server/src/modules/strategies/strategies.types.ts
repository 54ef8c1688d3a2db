import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';

export enum StrategyChannelEnum {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  PHONE_CALL = 'PHONE_CALL',
  LETTER = 'LETTER',
}
registerEnumType(StrategyChannelEnum, { name: 'StrategyChannel' });
export enum StrategyModeEnum {
  AUTO = 'AUTO',
  REVIEW = 'REVIEW',
}
registerEnumType(StrategyModeEnum, { name: 'StrategyMode', description: 'AUTO: sent by the run; REVIEW: created as a draft in the registry' });
export enum StrategyStatusEnum {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(StrategyStatusEnum, { name: 'StrategyStatus' });
export enum HoldReasonEnum {
  DISPUTE = 'DISPUTE',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(HoldReasonEnum, { name: 'StaffHoldReason', description: 'The holds staff flag on a debtor file (forbearance and hard collection holds are placed by their workflows)' });

@ObjectType()
export class StrategyStepType {
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int, { description: 'Days from the due date (negative = before it)' }) offsetDays!: number;
  @Field(() => StrategyChannelEnum) channel!: StrategyChannelEnum;
  @Field(() => ID, { nullable: true }) templateId!: string | null;
  @Field(() => StrategyModeEnum) mode!: StrategyModeEnum;
  @Field(() => String, { nullable: true, description: 'Local time the step is due (HH:MM); null = the run’s time' }) atTime!: string | null;
  @Field(() => String, { nullable: true, description: 'UPCOMING | SK_DELAY: a reminder rule kept as a step' }) rule!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) minOverdue!: string | null;
  @Field(() => Boolean) noPromisePending!: boolean;
  @Field(() => Int, { nullable: true }) notContactedDays!: number | null;
  @Field(() => Boolean) requireConsent!: boolean;
  @Field(() => Boolean) notDeparted!: boolean;
  @Field(() => Int, { nullable: true }) coDebtorsFromDpd!: number | null;
}

@ObjectType()
export class CollectionStrategyType {
  @Field(() => ID) id!: string;
  @Field(() => String) kindCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'DRAFT | ACTIVE | INACTIVE' }) status!: string;
  @Field(() => Boolean) isDefault!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => DecimalScalar, { nullable: true }) outstandingFrom!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) outstandingTo!: string | null;
  @Field(() => [StrategyStepType]) steps!: StrategyStepType[];
}

@ObjectType()
export class StrategyVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => Int) steps!: number;
}

@ObjectType()
export class StepAmountType {
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType()
export class StepCountType {
  @Field(() => ID) strategyId!: string;
  @Field(() => ID) stepKey!: string;
  @Field(() => Int) offsetDays!: number;
  @Field(() => String) channel!: string;
  @Field(() => String, { nullable: true }) rule!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => [StepAmountType]) amounts!: StepAmountType[];
}

@ObjectType()
export class PlannedNoticeType {
  @Field(() => ID) stepKey!: string;
  @Field(() => String) channel!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) partyName!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) currency!: string;
}

@ObjectType()
export class SkipCountType {
  @Field(() => String) reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class StrategySimulationType {
  @Field(() => DateScalar) runOn!: string;
  @Field(() => [StepCountType]) steps!: StepCountType[];
  @Field(() => [PlannedNoticeType], { description: 'The notices of the strategies’ own steps (the reminder steps are counted in `steps`)' }) notices!: PlannedNoticeType[];
  @Field(() => [SkipCountType]) skipped!: SkipCountType[];
}

@ObjectType()
export class StrategyRunType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) runOn!: string;
  @Field(() => Int) created!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => [StepCountType]) steps!: StepCountType[];
}

@ObjectType()
export class ContactPressureType {
  @Field(() => Int) maxContacts!: number;
  @Field(() => Int) perDays!: number;
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
}

@InputType()
export class ContactPressureInput {
  @Field(() => Int) maxContacts!: number;
  @Field(() => Int) perDays!: number;
  @Field(() => String) windowStart!: string;
  @Field(() => String) windowEnd!: string;
}

@InputType()
export class StrategyStepInput {
  @Field(() => ID, { nullable: true, description: 'The key of an existing step (keeps its executions); none = a new step' }) key?: string | null;
  @Field(() => Int) offsetDays!: number;
  @Field(() => StrategyChannelEnum) channel!: StrategyChannelEnum;
  @Field(() => ID, { nullable: true }) templateId?: string | null;
  @Field(() => StrategyModeEnum) mode!: StrategyModeEnum;
  @Field(() => String, { nullable: true }) atTime?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) minOverdue?: string | null;
  @Field(() => Boolean, { defaultValue: true }) noPromisePending!: boolean;
  @Field(() => Int, { nullable: true }) notContactedDays?: number | null;
  @Field(() => Boolean, { defaultValue: true }) requireConsent!: boolean;
  @Field(() => Boolean, { defaultValue: true }) notDeparted!: boolean;
  @Field(() => Int, { nullable: true }) coDebtorsFromDpd?: number | null;
}

@InputType()
export class CollectionStrategyInput {
  @Field(() => ID, { nullable: true, description: 'Existing strategy: the edit is saved as its next version' }) id?: string | null;
  @Field(() => String) kindCode!: string;
  @Field(() => String) name!: string;
  @Field(() => DecimalScalar, { nullable: true }) outstandingFrom?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) outstandingTo?: string | null;
  @Field(() => String, { nullable: true }) contractTypeCode?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [StrategyStepInput]) steps!: StrategyStepInput[];
}

@ObjectType()
export class CollectionHoldType {
  @Field(() => ID) id!: string;
  @Field(() => ID) fileId!: string;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateScalar) since!: string;
  @Field(() => DateScalar, { nullable: true }) clearedOn!: string | null;
}
