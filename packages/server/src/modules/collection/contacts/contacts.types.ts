import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';

export enum ContactTypeEnum {
  MOBILE = 'MOBILE',
  HOME = 'HOME',
  WORK = 'WORK',
  EMAIL = 'EMAIL',
  FAX = 'FAX',
  OTHER = 'OTHER',
}
registerEnumType(ContactTypeEnum, { name: 'ContactType', description: 'Contact type of a party (COLL-4.1)' });

@ObjectType('Contact')
export class ContactType {
  @Field(() => ID) id!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => ContactTypeEnum) type!: ContactTypeEnum;
  @Field(() => String, { description: 'MOBILE: 9 digits' }) value!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean, { description: 'Consent to SMS/e-mail notices about upcoming payments and arrears' }) smsConsent!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('ConsentChange')
export class ConsentChangeType {
  @Field(() => ID) contactId!: string;
  @Field(() => Boolean) consent!: boolean;
  @Field(() => DateTimeScalar) changedAt!: Date;
  @Field(() => String, { nullable: true, description: 'user id' }) changedBy!: string | null;
  @Field(() => String) source!: string;
}

@ObjectType('PartyContacts')
export class PartyContactsType {
  @Field(() => ID) partyId!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Date of death or bankruptcy set: never messaged (Ubyły)' }) departed!: boolean;
  @Field(() => [ContactType]) contacts!: ContactType[];
  @Field(() => [ConsentChangeType]) consentChanges!: ConsentChangeType[];
}

@InputType()
export class ContactInput {
  @Field(() => ContactTypeEnum) type!: ContactTypeEnum;
  @Field(() => String) value!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) smsConsent?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Where the consent came from (e.g. PAPER_FORM, PHONE); default STAFF' })
  consentSource?: string | null;
}
