import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../../graphql/scalars.js';
import { Connection, CurrencyTotalType } from '../../common/index.js';
import { ContactReasonEnum, NoticeChannelEnum } from '../templates/templates.types.js';
import { NoticeSendStatusEnum, NoticeType, SettlementStatusEnum } from '../notices/notices.types.js';

export enum NoticeSortEnum {
  CREATED_DESC = 'CREATED_DESC',
  CREATED_ASC = 'CREATED_ASC',
  SENT_DESC = 'SENT_DESC',
  ADDRESSEE_ASC = 'ADDRESSEE_ASC',
  FILE_ASC = 'FILE_ASC',
  AMOUNT_DESC = 'AMOUNT_DESC',
}
registerEnumType(NoticeSortEnum, { name: 'NoticeSort' });

@InputType()
export class NoticeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these notices (e.g. the ones mass generation just created)' }) ids?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Receivable kind code' }) kindCode?: string | null;
  @Field(() => String, { nullable: true, description: 'File number; only together with kindCode' }) fileNumber?: string | null;
  @Field(() => ID, { nullable: true }) fileId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Addressee' }) partyId?: string | null;
  @Field(() => DateScalar, { nullable: true }) createdFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) createdTo?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Sent date (Europe/Warsaw) from' }) sentFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) sentTo?: string | null;
  @Field(() => NoticeChannelEnum, { nullable: true }) channel?: NoticeChannelEnum | null;
  @Field(() => ContactReasonEnum, { nullable: true }) reason?: ContactReasonEnum | null;
  @Field(() => NoticeSendStatusEnum, { nullable: true }) sendStatus?: NoticeSendStatusEnum | null;
  @Field(() => String, { nullable: true, description: 'SMSAPI delivery status, e.g. DELIVERED' }) deliveryStatus?: string | null;
  @Field(() => SettlementStatusEnum, { nullable: true }) settlementStatus?: SettlementStatusEnum | null;
  @Field(() => ID, { nullable: true, description: 'Created by (user id)' }) createdBy?: string | null;
  @Field(() => ID, { nullable: true, description: 'Generated from this template' }) templateId?: string | null;
  @Field(() => String, { nullable: true, description: 'Generated from the template of this name (exact)' }) templateName?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Promise-to-pay date from' }) promiseFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) promiseTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only notices with a promise to pay; false: only without' }) hasPromise?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Notices with an item of this loan' }) loanId?: string | null;
  @Field(() => String, { nullable: true, description: "Currency of the file's receivable kind, e.g. PLN" }) currency?: string | null;
}

@ObjectType()
export class NoticeConnection extends Connection('Notice', NoticeType) {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Σ of the matching notices’ amounts (selected items as of creation) when they are all in one currency; null when they span several currencies (read totalsByCurrency)',
  })
  totalAmount!: string | null;
  @Field(() => [CurrencyTotalType], {
    description: 'Count and amount of ALL matching notices per currency (of the file’s receivable kind), ordered by currency; amounts are never added across currencies',
  })
  totalsByCurrency!: CurrencyTotalType[];
}
