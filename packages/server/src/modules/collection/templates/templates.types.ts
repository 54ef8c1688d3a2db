import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../../graphql/scalars.js';

export enum NoticeChannelEnum {
  SMS = 'SMS',
  EXTERNAL_SMS = 'EXTERNAL_SMS',
  PHONE_CALL = 'PHONE_CALL',
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
}
registerEnumType(NoticeChannelEnum, { name: 'NoticeChannel', description: 'SMS (sent by the system via SMSAPI), EXTERNAL_SMS (sent outside, recorded), PHONE_CALL, EMAIL' });

export enum ContactReasonEnum {
  OVERDUE = 'OVERDUE',
  UPCOMING = 'UPCOMING',
  OTHER = 'OTHER',
}
registerEnumType(ContactReasonEnum, { name: 'ContactReason', description: 'Przyczyna kontaktu: arrears, upcoming payments, other' });

@ObjectType('NoticeTemplate')
export class NoticeTemplateType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannelEnum;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'OVERDUE only: rendered by <dopisek_zobowiazania> when a promise date is set' })
  promiseAddendum!: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the subject line (same placeholders as the text)' }) subject!: string | null;
  @Field(() => Int, { description: 'Notices using the template (a used template cannot be deleted)' }) usedBy!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('Placeholder')
export class PlaceholderType {
  @Field(() => String) tag!: string;
  @Field(() => String, { description: "As written in a template, e.g. '<kartoteka>'" }) token!: string;
  @Field(() => String) label!: string;
  @Field(() => String) labelPl!: string;
  @Field(() => String, { description: "'text' or 'addendum' (promise-to-pay addendum only)" }) scope!: string;
}

@ObjectType('CharReplacement')
export class CharReplacementType {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CharRemoval')
export class CharRemovalType {
  @Field(() => String) char!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SmsNormalisation')
export class SmsNormalisationType {
  @Field(() => Boolean, { description: 'true when something was replaced or removed: tell the user (seed Rys. 17)' }) changed!: boolean;
  @Field(() => [CharReplacementType]) replaced!: CharReplacementType[];
  @Field(() => [CharRemovalType]) removed!: CharRemovalType[];
  @Field(() => String, { nullable: true, description: "The seed's message when changed" }) messagePl!: string | null;
}

@ObjectType('SmsLength')
export class SmsLengthType {
  @Field(() => Int) characters!: number;
  @Field(() => Int, { description: 'GSM-7 units (extension characters count 2)' }) units!: number;
  @Field(() => Int) parts!: number;
  @Field(() => Int, { description: '160 single, 153 per part when concatenated' }) perPart!: number;
}

@ObjectType('RenderedText')
export class RenderedTextType {
  @Field(() => String, { description: 'Final text (SMS channels: GSM-7 normalised)' }) text!: string;
  @Field(() => String, { description: 'Text before normalisation' }) raw!: string;
  @Field(() => SmsNormalisationType, { nullable: true, description: 'SMS channels only' }) normalisation!: SmsNormalisationType | null;
  @Field(() => SmsLengthType, { nullable: true, description: 'SMS channels only' }) length!: SmsLengthType | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the rendered subject' }) subject!: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the HTML part (made from the text; values HTML-escaped)' }) html!: string | null;
}

@ObjectType('NoticeTemplatePayload')
export class NoticeTemplatePayload {
  @Field(() => NoticeTemplateType) template!: NoticeTemplateType;
  @Field(() => SmsNormalisationType, { description: 'What was replaced/removed on save (SMS channels)' }) normalisation!: SmsNormalisationType;
}

@InputType()
export class NoticeTemplateInput {
  @Field(() => String) name!: string;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannelEnum;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) promiseAddendum?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for EMAIL (≤ 200), refused for other channels' }) subject?: string | null;
}

@InputType()
export class TemplatePreviewInput {
  @Field(() => NoticeChannelEnum) channel!: NoticeChannelEnum;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) promiseAddendum?: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the subject' }) subject?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Override the sample promise date (OVERDUE); default 2026-03-31' }) promiseDate?: string | null;
}
