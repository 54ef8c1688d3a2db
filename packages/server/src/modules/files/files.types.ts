import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { Connection } from '../common/index.js';

export enum PartyRoleEnum {
  BORROWER = 'BORROWER',
  CO_BORROWER = 'CO_BORROWER',
  GUARANTOR = 'GUARANTOR',
}
registerEnumType(PartyRoleEnum, { name: 'PartyRole' });

export enum PartyKindEnum {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
}
registerEnumType(PartyKindEnum, { name: 'PartyKind' });

@ObjectType('ReceivableKind')
export class ReceivableKindType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) currency!: string;
  @Field(() => String, { description: 'Default repayment method of the product: ANNUITY | EQUAL_PRINCIPAL' }) method!: string;
  @Field(() => String, { description: 'Default day count of the product: 30/360 | ACT/365 | ACT/360 | ACT/ACT' }) dayCount!: string;
}

@ObjectType('Party')
export class PartyType {
  @Field(() => ID) id!: string;
  @Field(() => PartyKindEnum) kind!: PartyKindEnum;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) companyName!: string | null;
  @Field(() => String, { nullable: true }) nationalId!: string | null;
  @Field(() => String) country!: string;
  @Field(() => DateScalar, { nullable: true }) deathDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) bankruptcyDate!: string | null;
  @Field(() => String) nonstopBanking!: string;
  /** internal: known when the party was read together with its file (debtorFile), else read by the resolver */
  smsConsentKnown?: boolean;
}

@ObjectType('FileParty')
export class FilePartyType {
  @Field(() => PartyRoleEnum) role!: PartyRoleEnum;
  partyId!: string;
  /** internal: the party when read together with the file */
  party?: PartyType;
}

@ObjectType('DebtorFile')
export class DebtorFileType {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'KIND NUMBER, e.g. "GOK 544"' }) displayNumber!: string;
  @Field(() => String) status!: string;
  receivableKindId!: string;
  /** internal: product and parties when read together with the file (debtorFile: one round trip) */
  preloaded?: { kind: ReceivableKindType; parties: FilePartyType[] };
}

@ObjectType()
export class DebtorFileConnection extends Connection('DebtorFile', DebtorFileType) {}

@InputType()
export class DebtorFileFilter {
  @Field(() => String, { nullable: true, description: 'File number ("GOK 544" or "544"), debtor name, or national id' })
  search?: string | null;
  @Field(() => String, { nullable: true }) receivableKindCode?: string | null;
  @Field(() => String, { nullable: true, description: "Currency of the file's receivable kind, e.g. PLN" }) currency?: string | null;
  @Field(() => String, { nullable: true, description: 'File status, e.g. ACTIVE' }) status?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Files with a notice whose promise-to-pay date is ≥ this' }) promisedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '… and ≤ this' }) promisedTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Files with a loan at least this many days past due (loan measures)' }) daysPastDueMin?: number | null;
}

export enum DebtorFileSortEnum {
  KIND_NUMBER = 'KIND_NUMBER',
  OVERDUE_DESC = 'OVERDUE_DESC',
  OUTSTANDING_DESC = 'OUTSTANDING_DESC',
  DAYS_PAST_DUE_DESC = 'DAYS_PAST_DUE_DESC',
}
registerEnumType(DebtorFileSortEnum, { name: 'DebtorFileSort', description: 'Order of `debtorFiles`; measures of the file = of its loans (docs/analytics.md)' });

@ObjectType('DebtorFileMeasures', { description: "The file's loans' measures added up, as of the business date (docs/analytics.md); one currency per file" })
export class DebtorFileMeasuresType {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => String) currency!: string;
  @Field(() => Int) loans!: number;
  @Field(() => DecimalScalar, { description: 'Σ outstanding of its loans' }) outstanding!: string;
  @Field(() => DecimalScalar, { description: 'Σ overdue (without penalty interest) of its loans' }) overdue!: string;
  @Field(() => Int, { description: 'The largest days past due of its loans' }) daysPastDue!: number;
}
