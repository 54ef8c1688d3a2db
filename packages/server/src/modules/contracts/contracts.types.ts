import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';

export enum NonstopBankingEnum {
  YES = 'YES',
  NO = 'NO',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(NonstopBankingEnum, { name: 'NonstopBanking', description: 'LOAN-9 "Služba Nonstop Banking": Áno / Nie / Nie je známe' });

@ObjectType('ContractProduct')
export class ContractProductType {
  @Field(() => Int) position!: number;
  @Field(() => String) productCode!: string;
  @Field(() => DecimalScalar) price!: string;
  @Field(() => DecimalScalar) contractPrice!: string;
  @Field(() => String, { nullable: true }) producer!: string | null;
  @Field(() => String, { nullable: true }) brand!: string | null;
  @Field(() => String, { nullable: true }) serialNo!: string | null;
}

@ObjectType('ContractOptionalData')
export class ContractOptionalDataType {
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) dataCode!: string | null;
  @Field(() => String, { nullable: true }) dataDesc!: string | null;
  @Field(() => String, { nullable: true }) dataNocode!: string | null;
}

@ObjectType('ContractNote')
export class ContractNoteType {
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => DateScalar, { nullable: true }) date2!: string | null;
}

@ObjectType('ContractApproval')
export class ContractApprovalType {
  @Field(() => String) approvalCode!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType('ContractSection', { description: 'What the partner API stored for a contract (LOAN-5 "Správa zmluvy")' })
export class ContractSectionType {
  @Field(() => String, { nullable: true }) contractTypeCode!: string | null;
  @Field(() => String, { nullable: true }) contractTypeName!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { description: 'Front-end setting of the type when registered: who set US / RPMN / Odplata (FRONTEND | SYSTEM)' }) rateCalculatedBy!: string;
  @Field(() => String, { description: 'who set the installment (FRONTEND | SYSTEM)' }) installmentCalculatedBy!: string;
  @Field(() => String, { nullable: true, description: "the type's selling-channel setting (REQUIRED | OPTIONAL)" }) sellingChannelRequirement!: string | null;
  @Field(() => String, { nullable: true, description: "the type's RPMN check date (SIGNATURE_DATE | RECALCULATION_DATE)" }) aprCheckBy!: string | null;
  @Field(() => String, { nullable: true, description: 'how US was set: method D, E or F (null for PL types)' }) methodRpmn!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'US (úroková sadzba), percent' }) interestRate!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'RPMN, percent' }) rpmn!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Odplata, percent' }) odplata!: string | null;
  @Field(() => String, { nullable: true }) sellingChannelCode!: string | null;
  @Field(() => String, { nullable: true }) sellingChannelName!: string | null;
  @Field(() => String, { nullable: true }) salePlaceCode!: string | null;
  @Field(() => String, { nullable: true }) salePlaceName!: string | null;
  @Field(() => String, { nullable: true }) dealerCode!: string | null;
  @Field(() => String, { nullable: true }) dealerName!: string | null;
  @Field(() => DateScalar, { nullable: true }) signatureDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'dátum rekalkulácie' }) recalculationDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'dátum prevzatia' }) receivedAt!: string | null;
  @Field(() => String, { nullable: true }) authorisationCode!: string | null;
  @Field(() => String, { nullable: true }) paymentForm!: string | null;
  @Field(() => String, { nullable: true }) invoiceNumber!: string | null;
  @Field(() => String, { nullable: true }) contractStatusCode!: string | null;
  @Field(() => String, { nullable: true }) applicationId!: string | null;
  @Field(() => String, { nullable: true }) actionId!: string | null;
  @Field(() => String, { nullable: true }) barcode!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) firstPaymentPercentage!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) downPayment!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) contractPrice!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) insurance!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) lastInstallment!: string | null;
  @Field(() => String, { description: "the loan's own repayment account" }) repaymentAccount!: string;
  @Field(() => String, { nullable: true, description: 'SK: the variable symbol (VS) generated at registration; null for PL contracts' }) variableSymbol!: string | null;
  @Field(() => String, { nullable: true, description: 'the partner token or staff user that registered it' }) registeredBy!: string | null;
  @Field(() => DateTimeScalar) registeredAt!: Date;
  @Field(() => [ContractProductType]) products!: ContractProductType[];
  @Field(() => [ContractOptionalDataType]) optionalData!: ContractOptionalDataType[];
  @Field(() => [ContractNoteType]) notes!: ContractNoteType[];
  @Field(() => [ContractApprovalType]) approvals!: ContractApprovalType[];
}

@ObjectType('PartyChange')
export class PartyChangeType {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PartyHistoryEntry', { description: 'One change of a party ("archív zákazníka")' })
export class PartyHistoryEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => Boolean, { description: 'the entry belongs to a party consolidated into this one' }) fromMergedParty!: boolean;
  @Field(() => DateTimeScalar) changedAt!: Date;
  @Field(() => String, { description: 'PARTNER_API | GRAPHQL | CONSOLIDATION' }) source!: string;
  @Field(() => String, { nullable: true, description: 'API_TOKEN:<id> | STAFF:<user id>' }) changedBy!: string | null;
  @Field(() => String, { nullable: true, description: "the token's or user's name" }) changedByName!: string | null;
  @Field(() => [PartyChangeType]) changes!: PartyChangeType[];
}

@ObjectType('AddressVersion')
export class AddressVersionType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) houseNumber!: string | null;
  @Field(() => String, { nullable: true }) flatNumber!: string | null;
  @Field(() => String, { nullable: true }) zip!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String) country!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}

@ObjectType('DuplicateParty')
export class DuplicatePartyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) cisId!: string;
  @Field(() => String, { nullable: true }) consolidatedId!: string | null;
  @Field(() => [String]) clientNumbers!: string[];
  @Field(() => Int) loans!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('DuplicateGroup')
export class DuplicateGroupType {
  @Field(() => String) nationalId!: string;
  @Field(() => [DuplicatePartyType]) parties!: DuplicatePartyType[];
}

@ObjectType('MergeRole')
export class MergeRoleType {
  @Field(() => ID) fileId!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { description: 'MOVE | DROP_DUPLICATE (the survivor has a role in that file already and keeps it)' }) action!: string;
}

@ObjectType('MergeContact')
export class MergeContactType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String) value!: string;
  @Field(() => Boolean) smsConsent!: boolean;
  @Field(() => String, { description: 'MOVE | MOVE_WITHOUT_CONSENT (one consented mobile per party) | DROP_DUPLICATE' }) action!: string;
}

@ObjectType('MergeAddress')
export class MergeAddressType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) line!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => String, { description: "MOVE | MOVE_ENDED (the survivor's current address of that kind stays current)" }) action!: string;
}

@ObjectType('MergePreview', { description: 'What a consolidation moves from the merged party to the survivor' })
export class MergePreviewType {
  @Field(() => ID) survivorId!: string;
  @Field(() => ID) mergedId!: string;
  @Field(() => String) nationalId!: string;
  @Field(() => [String]) loans!: string[];
  @Field(() => [MergeRoleType]) roles!: MergeRoleType[];
  @Field(() => [MergeContactType]) contacts!: MergeContactType[];
  @Field(() => [MergeAddressType]) addresses!: MergeAddressType[];
  @Field(() => Int) historyEntries!: number;
  @Field(() => [String]) clientNumbers!: string[];
}

@InputType()
export class MergePartiesInput {
  @Field(() => ID, { description: 'the party that stays' }) survivorId!: string;
  @Field(() => ID, { description: 'the duplicate merged into it' }) mergedId!: string;
}
