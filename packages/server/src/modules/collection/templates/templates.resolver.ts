import { placeholdersFor, type ContactReason } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { assertActive, NOTICES_EDIT, NOTICES_READ, requireUuid } from '../common.js';
import { ContactReasonEnum, NoticeChannelEnum, NoticeTemplateInput, NoticeTemplatePayload, NoticeTemplateType, PlaceholderType, RenderedTextType, TemplatePreviewInput } from './templates.types.js';
import { createTemplate, deleteTemplate, getTemplate, listTemplates, previewTemplate, toTemplate, updateTemplate } from './templates.service.js';

@Resolver()
export class NoticeTemplatesResolver {
  @Authorized(...NOTICES_READ)
  @Query(() => [NoticeTemplateType], { description: 'Notice templates, optionally filtered by reason (the notice form filters by its reason) and channel.' })
  async noticeTemplates(
    @Ctx() ctx: Context,
    @Arg('reason', () => ContactReasonEnum, { nullable: true }) reason?: ContactReasonEnum | null,
    @Arg('channel', () => NoticeChannelEnum, { nullable: true }) channel?: NoticeChannelEnum | null,
  ): Promise<NoticeTemplateType[]> {
    await assertActive(ctx);
    return (await listTemplates(ctx.sql, { reason, channel })) as NoticeTemplateType[];
  }

  @Authorized(...NOTICES_READ)
  @Query(() => NoticeTemplateType)
  async noticeTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeTemplateType> {
    await assertActive(ctx);
    return toTemplate(await getTemplate(ctx.sql, requireUuid(id, 'Notice template'))) as NoticeTemplateType;
  }

  @Authorized(...NOTICES_READ)
  @Query(() => [PlaceholderType], { description: 'Placeholders available for a contact reason (COLL-4.2); OVERDUE adds <data_zobowiazania> for the addendum.' })
  async templatePlaceholders(@Arg('reason', () => ContactReasonEnum) reason: ContactReasonEnum, @Ctx() ctx: Context): Promise<PlaceholderType[]> {
    await assertActive(ctx);
    return placeholdersFor(reason as ContactReason);
  }

  @Authorized(...NOTICES_READ)
  @Query(() => RenderedTextType, { description: 'Renders a (possibly unsaved) template with sample data: text, normalisation report and SMS length/parts.' })
  async previewTemplate(@Arg('input', () => TemplatePreviewInput) input: TemplatePreviewInput, @Ctx() ctx: Context): Promise<RenderedTextType> {
    await assertActive(ctx);
    return previewTemplate(input);
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticeTemplatePayload, { description: 'Creates a template; SMS texts are stored GSM-7 normalised and the report says what changed.' })
  async createNoticeTemplate(@Arg('input', () => NoticeTemplateInput) input: NoticeTemplateInput, @Ctx() ctx: Context): Promise<NoticeTemplatePayload> {
    await assertActive(ctx);
    return (await createTemplate(ctx, input)) as NoticeTemplatePayload;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticeTemplatePayload)
  async updateNoticeTemplate(@Arg('id', () => ID) id: string, @Arg('input', () => NoticeTemplateInput) input: NoticeTemplateInput, @Ctx() ctx: Context): Promise<NoticeTemplatePayload> {
    await assertActive(ctx);
    return (await updateTemplate(ctx, requireUuid(id, 'Notice template'), input)) as NoticeTemplatePayload;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => Boolean, { description: 'Deletes an unused template; a template used by any notice → CONFLICT (rule template.inUse).' })
  async deleteNoticeTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await assertActive(ctx);
    return deleteTemplate(ctx, requireUuid(id, 'Notice template'));
  }
}
