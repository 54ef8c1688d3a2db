import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';

/*
 * GraphQL twins of the partner JSON bodies (LOAN-7 field names). Every field is nullable in the schema so that the
 * service names each missing required field itself (BAD_USER_INPUT with all of them at once). Dates are strings read
 * like the partner API does ("2020-04-09", "2020-4-9", "9.4.2020").
 */

@InputType()
export class PartnerAddressInput {
  @Field(() => String, { nullable: true, description: 'PERMANENT (default) or CONTACT' }) type?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'popisné číslo' }) referenceNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'súpisné číslo' }) registerNumber?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) zipCode?: string | null;
  @Field(() => String, { nullable: true }) countryCode?: string | null;
}

@InputType()
export class PartnerClientInput {
  @Field(() => String, { nullable: true, description: 'SK (default) or PL: country of the national id' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'national id (rodné číslo / PESEL)' }) pin?: string | null;
  @Field(() => String, { nullable: true }) cisId?: string | null;
  @Field(() => String, { nullable: true }) consolidatedClientId?: string | null;
  @Field(() => String, { nullable: true }) surname?: string | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) idCardNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Áno | Nie | Nie je známe (also A/N, YES/NO/UNKNOWN); required for PARTNER tokens' }) nonstopbanking?: string | null;
  @Field(() => String, { nullable: true }) clientEmail?: string | null;
  @Field(() => String, { nullable: true }) mobilePhoneNumber?: string | null;
  @Field(() => String, { nullable: true }) homePhoneNumber?: string | null;
  @Field(() => String, { nullable: true }) employerPhoneNumber?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressStreet?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressNumber?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressInfoNumber?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressCity?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressZipCode?: string | null;
  @Field(() => String, { nullable: true }) permanentAddressCountryId?: string | null;
  @Field(() => String, { nullable: true }) contactAddressStreet?: string | null;
  @Field(() => String, { nullable: true }) contactAddressNumber?: string | null;
  @Field(() => String, { nullable: true }) contactAddressInfoNumber?: string | null;
  @Field(() => String, { nullable: true }) contactAddressCity?: string | null;
  @Field(() => String, { nullable: true }) contactAddressZipCode?: string | null;
  @Field(() => String, { nullable: true }) contactAddressCountryId?: string | null;
  @Field(() => [PartnerAddressInput], { nullable: true }) address?: PartnerAddressInput[] | null;
  @Field(() => String, { nullable: true }) maritalStatus?: string | null;
  @Field(() => String, { nullable: true }) education?: string | null;
  @Field(() => Int, { nullable: true }) supportedPersonsCount?: number | null;
  @Field(() => String, { nullable: true }) clientType?: string | null;
  @Field(() => String, { nullable: true }) housingType?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) monthlyIncome?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) employedSince?: string | null;
}

@InputType()
export class PartnerProductInput {
  @Field(() => String, { nullable: true }) productCode?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) price?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) contractPrice?: string | null;
  @Field(() => String, { nullable: true }) producer?: string | null;
  @Field(() => String, { nullable: true }) brand?: string | null;
  @Field(() => String, { nullable: true }) serialNo?: string | null;
}

@InputType()
export class PartnerOptionalDataInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) dataCode?: string | null;
  @Field(() => String, { nullable: true }) dataDesc?: string | null;
  @Field(() => String, { nullable: true }) dataNocode?: string | null;
}

@InputType()
export class PartnerNoteInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) date2?: string | null;
}

@InputType()
export class PartnerApprovalInput {
  @Field(() => String, { nullable: true }) approvalCode?: string | null;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) isValidFrom?: string | null;
  @Field(() => String, { nullable: true }) isValidTo?: string | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@InputType()
export class RegisterContractInput {
  @Field(() => PartnerClientInput, { nullable: true }) client?: PartnerClientInput | null;
  @Field(() => String, { nullable: true, description: 'clientId of a registered client (instead of client)' }) clientId?: string | null;
  @Field(() => String, { nullable: true }) applicationId?: string | null;
  @Field(() => String, { nullable: true, description: 'contract type code' }) contractTypeId?: string | null;
  @Field(() => String, { nullable: true }) actionId?: string | null;
  @Field(() => Int, { nullable: true }) paymentsCount?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) firstPaymentPercentage?: string | null;
  @Field(() => String, { nullable: true }) signatureDate?: string | null;
  @Field(() => String, { nullable: true }) paymentForm?: string | null;
  @Field(() => String, { nullable: true }) invoiceNumber?: string | null;
  @Field(() => String, { nullable: true }) receivedAt?: string | null;
  @Field(() => String, { nullable: true }) salePlaceCode?: string | null;
  @Field(() => String, { nullable: true }) dealerCode?: string | null;
  @Field(() => String, { nullable: true }) authorisationCode?: string | null;
  @Field(() => String, { nullable: true }) contractStatusCode?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) firstPaymentValue?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) payment?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) insurance?: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'PL: non-interest costs paid at the start (commission, fees); with insurance × paymentsCount checked against MPKK and included in the APR',
  })
  nonInterestCosts?: string | null;
  @Field(() => String, { nullable: true }) sellingChannel?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) rpmn?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) odplata?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) interestRate?: string | null;
  @Field(() => String, { nullable: true }) methodRpmn?: string | null;
  @Field(() => String, { nullable: true }) dateOfRecalculation?: string | null;
  @Field(() => String, { nullable: true }) barcode?: string | null;
  @Field(() => [PartnerProductInput], { nullable: true }) product?: PartnerProductInput[] | null;
  @Field(() => [PartnerOptionalDataInput], { nullable: true }) optionalData?: PartnerOptionalDataInput[] | null;
  @Field(() => [PartnerNoteInput], { nullable: true }) note?: PartnerNoteInput[] | null;
  @Field(() => [PartnerApprovalInput], { nullable: true }) approvals?: PartnerApprovalInput[] | null;
  @Field(() => [PartnerClientInput], { nullable: true }) coApplicant?: PartnerClientInput[] | null;
}

@ObjectType('ContractRegistration')
export class ContractRegistrationType {
  @Field(() => String, { description: 'contract (loan) number' }) contract!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => ID) fileId!: string;
  @Field(() => String) clientId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => DecimalScalar) rpmn!: string;
  @Field(() => DecimalScalar) odplata!: string;
  @Field(() => DecimalScalar) interestRate!: string;
  @Field(() => DecimalScalar) installment!: string;
  @Field(() => DecimalScalar) lastInstallment!: string;
  @Field(() => Boolean) resultCode!: boolean;
}

@ObjectType('ClientRegistration')
export class ClientRegistrationType {
  @Field(() => String, { description: 'clientId (partner API client number)' }) client!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => Boolean) created!: boolean;
  @Field(() => Boolean, { description: 'false when the request changed nothing' }) changed!: boolean;
  @Field(() => Boolean) resultCode!: boolean;
}
