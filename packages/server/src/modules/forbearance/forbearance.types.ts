import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { ScheduleDiffLineType, ScheduleLineType } from '../loans/index.js';

/** Forbearance (issue 32): GraphQL types of cases, offers, previews, hand-overs and the pre-enforcement report. */

export enum ForbearanceStatus {
  REQUESTED = 'REQUESTED',
  ASSESSED = 'ASSESSED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  IN_FORCE = 'IN_FORCE',
  COMPLETED = 'COMPLETED',
  BROKEN = 'BROKEN',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ForbearanceStatus, { name: 'ForbearanceStatus', description: 'REQUESTED → ASSESSED → OFFERED → ACCEPTED → IN_FORCE → COMPLETED | BROKEN, or REFUSED / WITHDRAWN' });

export enum ForbearanceMeasure {
  TERM_EXTENSION = 'TERM_EXTENSION',
  PAYMENT_HOLIDAY = 'PAYMENT_HOLIDAY',
  RATE_REDUCTION = 'RATE_REDUCTION',
  ARREARS_PLAN = 'ARREARS_PLAN',
  PARTIAL_FORGIVENESS = 'PARTIAL_FORGIVENESS',
}
registerEnumType(ForbearanceMeasure, { name: 'ForbearanceMeasure', description: 'Forbearance measures of the loan engine (docs/domain.md §11)' });

export enum ForbearanceHelp {
  TERM_EXTENSION = 'TERM_EXTENSION',
  PAYMENT_HOLIDAY = 'PAYMENT_HOLIDAY',
  RATE_REDUCTION = 'RATE_REDUCTION',
  ARREARS_PLAN = 'ARREARS_PLAN',
  PARTIAL_FORGIVENESS = 'PARTIAL_FORGIVENESS',
  REFINANCING = 'REFINANCING',
  OTHER = 'OTHER',
}
registerEnumType(ForbearanceHelp, { name: 'ForbearanceHelp', description: 'The help the borrower asks for' });

export enum AcceptanceChannel {
  CLIENT_ZONE = 'CLIENT_ZONE',
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(AcceptanceChannel, { name: 'ForbearanceAcceptanceChannel' });

export enum HandoverKind {
  HARD_COLLECTION = 'HARD_COLLECTION',
  ENFORCEMENT = 'ENFORCEMENT',
}
registerEnumType(HandoverKind, { name: 'HandoverKind', description: 'Hand-over of a loan to hard collection or to enforcement' });

export enum HolidayInterestRule {
  SPREAD = 'SPREAD',
  CAPITALISE = 'CAPITALISE',
}
registerEnumType(HolidayInterestRule, { name: 'ForbearanceHolidayInterest', description: "Overrides the contract type's holidayInterest for one offer" });

@InputType()
export class ForbearanceRequestInput {
  @Field(() => ID) loanId!: string;
  @Field(() => String, { description: 'Why the borrower cannot pay (required)' }) reason!: string;
  @Field(() => DecimalScalar, { nullable: true }) monthlyIncome?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) monthlyExpenses?: string | null;
  @Field(() => String, { nullable: true, description: 'Household, employment, other debts' }) situation?: string | null;
  @Field(() => ForbearanceHelp) helpAsked!: ForbearanceHelp;
  @Field(() => String, { nullable: true }) helpNote?: string | null;
}

@InputType({
  description:
    'A measure and its parameters: PAYMENT_HOLIDAY installments (+ holidayInterest); TERM_EXTENSION additionalInstallments; RATE_REDUCTION from + annualRate; ARREARS_PLAN months; PARTIAL_FORGIVENESS amount',
})
export class ForbearanceOfferInput {
  @Field(() => ForbearanceMeasure) measure!: ForbearanceMeasure;
  @Field(() => Int, { nullable: true }) installments?: number | null;
  @Field(() => HolidayInterestRule, { nullable: true }) holidayInterest?: HolidayInterestRule | null;
  @Field(() => Int, { nullable: true }) additionalInstallments?: number | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) annualRate?: string | null;
  @Field(() => Int, { nullable: true }) months?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) amount?: string | null;
}

@ObjectType('ForbearanceOffer')
export class ForbearanceOfferType {
  @Field(() => ForbearanceMeasure) measure!: ForbearanceMeasure;
  @Field(() => Int, { nullable: true }) installments!: number | null;
  @Field(() => HolidayInterestRule, { nullable: true }) holidayInterest!: HolidayInterestRule | null;
  @Field(() => Int, { nullable: true }) additionalInstallments!: number | null;
  @Field(() => DateScalar, { nullable: true }) from!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) annualRate!: string | null;
  @Field(() => Int, { nullable: true }) months!: number | null;
  @Field(() => DecimalScalar, { nullable: true }) amount!: string | null;
}

@ObjectType('ForbearanceCase')
export class ForbearanceCaseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => ID) fileId!: string;
  @Field(() => ForbearanceStatus) status!: ForbearanceStatus;
  @Field(() => String, { description: 'STAFF | BORROWER' }) requestedBy!: string;
  @Field(() => DateScalar) requestedOn!: string;
  @Field(() => String) reason!: string;
  @Field(() => DecimalScalar, { nullable: true }) monthlyIncome!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) monthlyExpenses!: string | null;
  @Field(() => String, { nullable: true }) situation!: string | null;
  @Field(() => ForbearanceHelp) helpAsked!: ForbearanceHelp;
  @Field(() => String, { nullable: true }) helpNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Staff only (null in the client zone)' }) assessmentNote!: string | null;
  @Field(() => DateScalar, { nullable: true }) assessedOn!: string | null;
  @Field(() => ForbearanceOfferType, { nullable: true }) offer!: ForbearanceOfferType | null;
  @Field(() => DateScalar, { nullable: true }) offeredOn!: string | null;
  @Field(() => AcceptanceChannel, { nullable: true }) acceptanceChannel!: AcceptanceChannel | null;
  @Field(() => DateScalar, { nullable: true }) acceptedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) inForceOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'The schedule version the measure produced' }) scheduleVersion!: number | null;
  @Field(() => Int, { nullable: true, description: 'Days an installment of the new schedule may stay unpaid before the measure is broken' }) graceDays!: number | null;
  @Field(() => DateScalar, { nullable: true }) endedOn!: string | null;
  @Field(() => String, { nullable: true }) endNote!: string | null;
  @Field(() => String) currency!: string;
}

@ObjectType('ArrearsPlanLine')
export class ArrearsPlanLineType {
  @Field(() => Int) number!: number;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar) regularInstallment!: string;
  @Field(() => DecimalScalar) totalDue!: string;
}

@ObjectType('ForbearancePreview', { description: 'The new schedule and what changes (computed by the loan engine, not saved)' })
export class ForbearancePreviewType {
  @Field(() => ForbearanceMeasure) measure!: ForbearanceMeasure;
  @Field(() => String) currency!: string;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int) keptInstallments!: number;
  @Field(() => DecimalScalar) installmentBefore!: string;
  @Field(() => DecimalScalar) installmentAfter!: string;
  @Field(() => Int) installmentsBefore!: number;
  @Field(() => Int) installmentsAfter!: number;
  @Field(() => DecimalScalar) totalPayableBefore!: string;
  @Field(() => DecimalScalar) totalPayableAfter!: string;
  @Field(() => DateScalar) maturityBefore!: string;
  @Field(() => DateScalar) maturityAfter!: string;
  @Field(() => DecimalScalar) interestCapitalised!: string;
  @Field(() => DecimalScalar) amountForgiven!: string;
  @Field(() => [ScheduleLineType]) lines!: ScheduleLineType[];
  @Field(() => [ScheduleDiffLineType]) diff!: ScheduleDiffLineType[];
  @Field(() => [ArrearsPlanLineType]) arrearsPlan!: ArrearsPlanLineType[];
}

@ObjectType('ForbearancePaymentRecord')
export class ForbearancePaymentRecordType {
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) status!: string;
}

@ObjectType('ForbearanceAssessment', { description: "The borrower's payment history and arrears on the business date" })
export class ForbearanceAssessmentType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar) overduePrincipal!: string;
  @Field(() => DecimalScalar) overdueInterest!: string;
  @Field(() => DecimalScalar) penaltyInterest!: string;
  @Field(() => DecimalScalar) overdueFees!: string;
  @Field(() => DecimalScalar) overdueTotal!: string;
  @Field(() => Int) overdueInstallments!: number;
  @Field(() => Int, { nullable: true }) daysPastDue!: number | null;
  @Field(() => DecimalScalar) remainingBalance!: string;
  @Field(() => [ForbearancePaymentRecordType]) payments!: ForbearancePaymentRecordType[];
  @Field(() => Int, { description: 'Earlier forbearance cases of the loan' }) earlierCases!: number;
}

@InputType()
export class LoanHandoverInput {
  @Field(() => ID) loanId!: string;
  @Field(() => HandoverKind) kind!: HandoverKind;
  @Field(() => String, { nullable: true, description: 'Required when no forbearance was offered on the loan' }) noForbearanceReason?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('LoanHandover')
export class LoanHandoverType {
  @Field(() => ID) id!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => HandoverKind) kind!: HandoverKind;
  @Field(() => DateScalar) handedOn!: string;
  @Field(() => String, { nullable: true }) noForbearanceReason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PreEnforcementRow', { description: 'A loan handed over, with the forbearance considered before' })
export class PreEnforcementRowType {
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => String) fileNumber!: string;
  @Field(() => String) borrower!: string;
  @Field(() => HandoverKind) kind!: HandoverKind;
  @Field(() => DateScalar) handedOn!: string;
  @Field(() => String, { description: 'OFFERED_ACCEPTED | OFFER_DECLINED | REFUSED | BROKEN | COMPLETED | WITHDRAWN | NONE' }) considered!: string;
  @Field(() => Int) cases!: number;
  @Field(() => ForbearanceMeasure, { nullable: true }) lastMeasure!: ForbearanceMeasure | null;
  @Field(() => ForbearanceStatus, { nullable: true }) lastStatus!: ForbearanceStatus | null;
  @Field(() => DateScalar, { nullable: true }) lastOfferedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastEndedOn!: string | null;
  @Field(() => String, { nullable: true }) lastEndNote!: string | null;
  @Field(() => String, { nullable: true }) noForbearanceReason!: string | null;
  @Field(() => DecimalScalar, { description: 'Default charges (fees) applied to the loan' }) chargesApplied!: string;
  @Field(() => DecimalScalar, { nullable: true, description: "The contract type's cap on default charges" }) chargeCap!: string | null;
  @Field(() => String) currency!: string;
}

@ObjectType('PreEnforcementExport')
export class PreEnforcementExportType {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "CSV, the exports' excel dialect: BOM, ';', decimal comma" }) csv!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ForbearanceMeasureStats', { description: 'Analyst measures of forbearance per measure and currency (cases offered in the period)' })
export class ForbearanceMeasureStatsType {
  @Field(() => ForbearanceMeasure) measure!: ForbearanceMeasure;
  @Field(() => String) currency!: string;
  @Field(() => Int) offered!: number;
  @Field(() => Int, { description: 'accepted by the borrower (any channel)' }) accepted!: number;
  @Field(() => Int, { description: 'declined by the borrower or refused' }) declined!: number;
  @Field(() => Int) inForce!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) broken!: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'accepted / offered, 4 decimals; null without offers' }) acceptanceRate!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'completed / (completed + broken), 4 decimals; null before any measure ended' }) cureRate!: string | null;
  @Field(() => DecimalScalar, { description: 'amounts forgiven (PARTIAL_FORGIVENESS in force)' }) amountForgiven!: string;
}
