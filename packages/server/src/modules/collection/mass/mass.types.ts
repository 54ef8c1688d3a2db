import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../../graphql/scalars.js';
import { ContactReasonEnum, NoticeChannelEnum } from '../templates/templates.types.js';
import { ItemTotalsType, ReceivableItemType } from '../notices/notices.types.js';

@InputType()
export class MassParamsInput {
  @Field(() => String, { description: 'Receivable kind code (required)' }) kindCode!: string;
  @Field(() => String, { nullable: true }) fileNumberFrom?: string | null;
  @Field(() => String, { nullable: true }) fileNumberTo?: string | null;
  @Field(() => NoticeChannelEnum, { nullable: true, defaultValue: 'SMS' }) channel?: NoticeChannelEnum | null;
  @Field(() => ContactReasonEnum) reason!: ContactReasonEnum;
  @Field(() => Int, { nullable: true, description: 'OVERDUE: items due in the last X days; UPCOMING: in the next X days' }) dueWithinDays?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Single-installment amount from' }) amountFrom?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) amountTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Skip files with a notice created in the last X days' }) skipNoticeWithinDays?: number | null;
}

@ObjectType('MassRow', { description: 'One addressee of a qualifying file (every co-debtor is its own row), all ticked' })
export class MassRowType {
  @Field(() => ID) fileId!: string;
  @Field(() => String) fileDisplayNumber!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) partyName!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { description: "The consented mobile ('' for e-mail notices)" }) phone!: string;
  @Field(() => String, { nullable: true, description: 'E-mail notices: the consented e-mail address' }) email!: string | null;
  @Field(() => Boolean) smsConsent!: boolean;
  @Field(() => [ReceivableItemType]) items!: ReceivableItemType[];
  @Field(() => ItemTotalsType) totals!: ItemTotalsType;
}

@ObjectType('MassPreparation')
export class MassPreparationType {
  @Field(() => ID, { description: 'Pass to createMassNotices: the files unchanged since are not prepared again (kept 30 minutes by the server process)' }) preparationId!: string;
  @Field(() => DateScalar) preparationDate!: string;
  @Field(() => Int) fileCount!: number;
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) itemCount!: number;
  @Field(() => [MassRowType]) rows!: MassRowType[];
}

@InputType()
export class MassRowChoice {
  @Field(() => ID) fileId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => [String], { nullable: true, description: 'Ticked items; null = all' }) itemIds?: string[] | null;
}

@InputType()
export class CreateMassNoticesInput {
  @Field(() => MassParamsInput) params!: MassParamsInput;
  @Field(() => [MassRowChoice]) rows!: MassRowChoice[];
  @Field(() => ID, {
    nullable: true,
    description: 'preparationId of the prepareMassNotices the rows were chosen from (optional; without it, or when the server no longer keeps it, the chosen files are prepared again)',
  })
  preparationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Template (optional in the seed); its text is rendered for every row' }) templateId?: string | null;
  @Field(() => String, { nullable: true, description: 'Text typed by hand, used when no template is chosen' }) text?: string | null;
}

@ObjectType('MassCreated')
export class MassCreatedType {
  @Field(() => [ID], { description: 'Use as the registry filter `ids`' }) ids!: string[];
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'Files whose rows came from the kept preparation (the others were prepared again)' }) reusedFiles!: number;
}
