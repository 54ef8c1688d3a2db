import { Field, InputType, Int, ObjectType, Float } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType('SmsIntegrationSettings', { description: 'SMSAPI integration. Tokens are write-only: only whether each is set is shown.' })
export class SmsIntegrationSettingsType {
  @Field(() => String, { nullable: true, description: 'Primary endpoint, e.g. https://api.smsapi.pl/' }) endpointUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Backup endpoint, e.g. https://api2.smsapi.pl/' }) backupEndpointUrl!: string | null;
  @Field(() => String, { nullable: true, description: "Sender name; null = the account's default sender" }) senderName!: string | null;
  @Field(() => Boolean) profileTokenSet!: boolean;
  @Field(() => Boolean) smsTokenSet!: boolean;
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) lastTestAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) lastTestOk!: boolean | null;
  @Field(() => String, { nullable: true }) lastTestMessage!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType('SoftCollectionSettings')
export class SoftCollectionSettingsType {
  @Field(() => Boolean, { description: 'Soft collection switched on: its screens and mutations are available' }) active!: boolean;
  @Field(() => SmsIntegrationSettingsType) sms!: SmsIntegrationSettingsType;
}

@ObjectType('SoftCollectionStatus', { description: 'What any staff user may know: which soft-collection parts are available' })
export class SoftCollectionStatusType {
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean) smsIntegrationActive!: boolean;
}

@ObjectType('SmsConnectionTest')
export class SmsConnectionTestType {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String) message!: string;
  @Field(() => Float, { nullable: true }) points!: number | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => [String], { nullable: true }) senderNames!: string[] | null;
  @Field(() => Int, { nullable: true, description: 'SMSAPI error code (e.g. 101 authorization failed)' }) providerCode!: number | null;
  @Field(() => String, { nullable: true, description: 'NETWORK, TIMEOUT, SERVER, AUTH, …' }) reason!: string | null;
  @Field(() => DateTimeScalar) testedAt!: Date;
}

@InputType()
export class SmsIntegrationInput {
  @Field(() => String) endpointUrl!: string;
  @Field(() => String, { nullable: true }) backupEndpointUrl?: string | null;
  @Field(() => String, { nullable: true }) senderName?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only. Null or empty keeps the stored token.' }) profileToken?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only. Null or empty keeps the stored token.' }) smsToken?: string | null;
}
