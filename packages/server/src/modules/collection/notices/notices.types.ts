import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../../graphql/scalars.js';
import { ContactReasonEnum, NoticeChannelEnum, SmsNormalisationType } from '../templates/templates.types.js';

export enum NoticeSendStatusEnum {
  DRAFT = 'DRAFT',
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  BOUNCED = 'BOUNCED',
}
registerEnumType(NoticeSendStatusEnum, {
  name: 'NoticeSendStatus',
  description: 'Send state machine of an SMS or e-mail notice (docs/collection-api.md); BOUNCED: an accepted e-mail came back undeliverable',
});

export enum SettlementStatusEnum {
  SETTLED = 'SETTLED',
  PARTIALLY_SETTLED = 'PARTIALLY_SETTLED',
  UNSETTLED = 'UNSETTLED',
}
registerEnumType(SettlementStatusEnum, { name: 'SettlementStatus', description: 'Status realizacji zobowiązania (COLL-5)' });

export enum PromiseOutcomeEnum {
  PENDING = 'PENDING',
  KEPT = 'KEPT',
  BROKEN = 'BROKEN',
}
registerEnumType(PromiseOutcomeEnum, { name: 'PromiseOutcome' });

@ObjectType('ItemBalances')
export class ItemBalancesType {
  @Field(() => DecimalScalar, { description: 'Saldo zaległości' }) overdueBalance!: string;
  @Field(() => DecimalScalar, { description: 'Saldo należności przyszłych' }) futureBalance!: string;
  @Field(() => DecimalScalar, { description: 'Saldo nadpłaty' }) overpaymentBalance!: string;
  @Field(() => DecimalScalar, { description: 'overdue + future' }) amount!: string;
}

@ObjectType('ReceivableItem', { description: 'An installment of a debtor file with balances as of a date' })
export class ReceivableItemType {
  @Field(() => String, { description: 'Item reference `loanId:installmentNo` (use in itemIds)' }) id!: string;
  @Field(() => String) kindCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) installmentNo!: number;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => DecimalScalar) overdueBalance!: string;
  @Field(() => DecimalScalar) futureBalance!: string;
  @Field(() => DecimalScalar) overpaymentBalance!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Boolean, { description: 'Ticked (all ticked by default)' }) selected!: boolean;
}

@ObjectType('NoticeItem', { description: 'An item of a notice: balances as of the notice creation, and the current ones beside them' })
export class NoticeItemType extends ReceivableItemType {
  @Field(() => ItemBalancesType, { description: 'Balances today (bieżące należności)' }) current!: ItemBalancesType;
  loanId!: string;
  fileId!: string;
}

@ObjectType('ItemTotals')
export class ItemTotalsType {
  @Field(() => DecimalScalar) overdueBalance!: string;
  @Field(() => DecimalScalar) futureBalance!: string;
  @Field(() => DecimalScalar) overpaymentBalance!: string;
  @Field(() => DecimalScalar, { description: 'overdue + future' }) total!: string;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of these amounts (the loans of the debtor file; of its receivable kind in drafts and mass rows)' }) currency?: string | null;
}

@ObjectType('NoticeAddressee')
export class NoticeAddresseeType {
  @Field(() => ID) partyId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'Consented mobile (9 digits), if any' }) mobile!: string | null;
  @Field(() => Boolean) smsConsent!: boolean;
  @Field(() => String, { nullable: true, description: 'Consented e-mail address, if any (an EMAIL contact with consent)' }) email?: string | null;
  @Field(() => Boolean, { description: 'An EMAIL contact carries consent to notices' }) emailConsent?: boolean;
  @Field(() => Boolean, { description: 'Ubyły: date of death or bankruptcy set' }) departed!: boolean;
}

@ObjectType('NoticeEditability')
export class NoticeEditabilityType {
  @Field(() => Boolean) items!: boolean;
  @Field(() => Boolean) refreshItems!: boolean;
  @Field(() => Boolean) text!: boolean;
  @Field(() => Boolean) phone!: boolean;
  @Field(() => Boolean) template!: boolean;
  @Field(() => Boolean) promiseDate!: boolean;
  @Field(() => Boolean) note!: boolean;
}

@ObjectType('NoticeStatusChange')
export class NoticeStatusChangeType {
  @Field(() => String) status!: string;
  @Field(() => String, { description: 'SEND | CHECK | CALLBACK' }) source!: string;
  @Field(() => Boolean, { description: 'false when ignored (older report, or after a final status)' }) applied!: boolean;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType('Notice')
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) fileId!: string;
  @Field(() => String, { description: 'e.g. "GOK 544"' }) fileDisplayNumber!: string;
  @Field(() => String) kindCode!: string;
  @Field(() => String) fileNumber!: string;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannelEnum;
  @Field(() => DateScalar) createdOn!: string;
  @Field(() => DateScalar, { nullable: true }) promiseDate!: string | null;
  @Field(() => String, { nullable: true, description: "issue 31: the amount promised by promiseDate (the file's currency); null: the notice's items" }) promiseAmount!: string | null;
  @Field(() => String, { nullable: true, description: 'a call task: OPEN | DONE | CANCELLED (issue 31)' }) taskStatus!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'the day a call task or letter is due' }) dueOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'the collector a call task is assigned to' }) assignedTo!: string | null;
  @Field(() => String, { nullable: true, description: 'a logged call: REACHED | NO_ANSWER | WRONG_NUMBER | PROMISE | DISPUTE' }) callOutcome!: string | null;
  @Field(() => NoticeAddresseeType) addressee!: NoticeAddresseeType;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Boolean, { description: 'Saved with a phone number typed by hand (no consented mobile)' }) manualPhone!: boolean;
  @Field(() => String, { nullable: true, description: 'EMAIL: the address' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the subject' }) subject!: string | null;
  @Field(() => Boolean, { description: 'EMAIL: saved with an address typed by hand (no consented e-mail contact)' }) manualEmail!: boolean;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) templateId!: string | null;
  @Field(() => String, { nullable: true }) templateName!: string | null;
  @Field(() => ItemTotalsType, { description: 'Totals of the selected items as of creation' }) totals!: ItemTotalsType;
  @Field(() => NoticeSendStatusEnum) sendStatus!: NoticeSendStatusEnum;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Data wysłania' }) sentAt!: Date | null;
  @Field(() => String, { nullable: true }) providerMessageId!: string | null;
  @Field(() => String, { nullable: true, description: 'SMSAPI status (DELIVERED is final)' }) deliveryStatus!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveryStatusAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'FAILED: the provider/SMTP error; BOUNCED: the bounce diagnostic' }) failureReason!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'BOUNCED: when the bounce arrived' }) bouncedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Created by the reminder job (UPCOMING | SK_DELAY): createdByName is "system"' }) reminderRule!: string | null;
  @Field(() => SettlementStatusEnum) settlementStatus!: SettlementStatusEnum;
  @Field(() => NoticeEditabilityType) editable!: NoticeEditabilityType;
  @Field(() => Boolean) canDelete!: boolean;
  @Field(() => Boolean) canSend!: boolean;
  @Field(() => Boolean, { description: '"Check status" available: sent and not DELIVERED' }) canCheckStatus!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  sentState!: unknown;
}

@ObjectType('NoticePayload')
export class NoticePayload {
  @Field(() => NoticeType) notice!: NoticeType;
  @Field(() => SmsNormalisationType, { nullable: true, description: 'SMS channels: what was replaced/removed in the text on save' })
  normalisation!: SmsNormalisationType | null;
}

@ObjectType('NoticeDraft', { description: 'What the "add notice" form shows for a file, reason and date: addressees and items' })
export class NoticeDraftType {
  @Field(() => [NoticeAddresseeType]) addressees!: NoticeAddresseeType[];
  @Field(() => [ReceivableItemType]) items!: ReceivableItemType[];
  @Field(() => ItemTotalsType) totals!: ItemTotalsType;
  @Field(() => DateScalar) createdOn!: string;
}

@InputType()
export class CreateNoticeInput {
  @Field(() => ID) fileId!: string;
  @Field(() => ID, { description: 'Addressee: a party of the file' }) partyId!: string;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannelEnum;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today' }) createdOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'OVERDUE only' }) promiseDate?: string | null;
  @Field(() => [String], { nullable: true, description: 'Ticked items (ids from noticeDraft); null = all ticked' }) itemIds?: string[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Default: the consented mobile' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Save an SMS notice with the phone typed by hand although the party has no SMS consent (seed: {Nie})' })
  manualPhone?: boolean | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the address; default: the consented e-mail contact' }) email?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'EMAIL: save with an address typed by hand although the party has no consented e-mail contact' })
  manualEmail?: boolean | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the subject (required to send)' }) subject?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for SMS' }) text?: string | null;
  @Field(() => ID, { nullable: true }) templateId?: string | null;
}

@InputType()
export class UpdateNoticeInput {
  @Field(() => DateScalar, { nullable: true }) promiseDate?: string | null;
  @Field(() => [String], { nullable: true }) itemIds?: string[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) manualPhone?: boolean | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the address' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'EMAIL: the subject' }) subject?: string | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => ID, { nullable: true }) templateId?: string | null;
}

@InputType()
export class GenerateNoticeTextInput {
  @Field(() => ID) templateId!: string;
  @Field(() => ID, { nullable: true, description: 'Render for a saved notice (its file, reason, date, selected items)' }) noticeId?: string | null;
  @Field(() => ID, { nullable: true }) fileId?: string | null;
  @Field(() => ContactReasonEnum, { nullable: true, description: "Default: the template's" }) reason?: ContactReasonEnum | null;
  @Field(() => NoticeChannelEnum, { nullable: true, description: "Default: the template's" }) channel?: NoticeChannelEnum | null;
  @Field(() => DateScalar, { nullable: true }) createdOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) promiseDate?: string | null;
  @Field(() => [String], { nullable: true }) itemIds?: string[] | null;
}
