import DataLoader from 'dataloader';
import type { ContactReason } from '@raty/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { assertActive, NOTICES_EDIT, NOTICES_METADATA_READ, NOTICES_READ, requireUuid } from '../common.js';
import { ContactReasonEnum, RenderedTextType } from '../templates/templates.types.js';
import { DebtorFileType } from '../../files/index.js';
import {
  CreateNoticeInput,
  GenerateNoticeTextInput,
  NoticeDraftType,
  NoticeItemType,
  NoticePayload,
  NoticeStatusChangeType,
  NoticeType,
  PromiseOutcomeEnum,
  UpdateNoticeInput,
} from './notices.types.js';
import { createNotice, deleteNotices, generateNoticeText, loadNotice, noticeDraft, noticeItemsWithCurrent, refreshNoticeItems, toNotice, updateNotice } from './notices.service.js';
import { debtorFilesOfParty, noticeStatusHistory, promiseOutcomes } from './notice-reads.service.js';

const itemLoaders = new WeakMap<object, DataLoader<string, NoticeItemType[]>>();
function itemsLoader(ctx: Context) {
  let l = itemLoaders.get(ctx);
  if (!l) {
    l = new DataLoader<string, NoticeItemType[]>(async (keys) => {
      const pairs = keys.map((k) => {
        const [id, fileId] = k.split('|');
        return { id, file_id: fileId };
      });
      const m = await noticeItemsWithCurrent(ctx.sql, pairs);
      return pairs.map((p) => (m.get(p.id) ?? []) as NoticeItemType[]);
    });
    itemLoaders.set(ctx, l);
  }
  return l;
}

type Outcome = PromiseOutcomeEnum | null;
const outcomeLoaders = new WeakMap<object, DataLoader<string, Outcome>>();
/** Promise outcomes of many notices: 2 queries per request (key `id|promiseDate|createdOn`). */
function outcomeLoader(ctx: Context) {
  let l = outcomeLoaders.get(ctx);
  if (!l) {
    l = new DataLoader<string, Outcome>(async (keys) => {
      const parsed = keys.map((k) => {
        const [id, promiseDate, createdOn] = k.split('|');
        return { id, promiseDate, createdOn };
      });
      return (await promiseOutcomes(ctx.sql, parsed)) as Outcome[];
    });
    outcomeLoaders.set(ctx, l);
  }
  return l;
}

const historyLoaders = new WeakMap<object, DataLoader<string, NoticeStatusChangeType[]>>();
function historyLoader(ctx: Context) {
  let l = historyLoaders.get(ctx);
  if (!l) {
    l = new DataLoader<string, NoticeStatusChangeType[]>(async (ids) => {
      const rows = await noticeStatusHistory(ctx.sql, ids);
      return ids.map((id) => rows.filter((r) => r.notice_id === id).map(({ notice_id: _n, ...r }) => ({ ...r, at: new Date(r.at) })));
    });
    historyLoaders.set(ctx, l);
  }
  return l;
}

@Resolver(() => NoticeType)
export class NoticesResolver {
  @Authorized(...NOTICES_METADATA_READ)
  @Query(() => NoticeType)
  async notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeType> {
    await assertActive(ctx);
    return toNotice(await loadNotice(ctx.sql, requireUuid(id, 'Notice'))) as NoticeType;
  }

  @Authorized(...NOTICES_READ)
  @Query(() => [DebtorFileType], { description: "The notice form's file choice: the debtor files of a party (any role), by kind and number." })
  async partyDebtorFiles(@Arg('partyId', () => ID) partyId: string, @Ctx() ctx: Context): Promise<DebtorFileType[]> {
    await assertActive(ctx);
    const rows = await debtorFilesOfParty(ctx.sql, requireUuid(partyId, 'Party'));
    return rows.map((r) => ({ id: r.id, number: String(r.number), displayNumber: `${r.code} ${r.number}`, status: r.status, receivableKindId: r.receivable_kind_id }));
  }

  @Authorized(...NOTICES_READ)
  @Query(() => NoticeDraftType, {
    description: 'The "add notice" form: addressees of the file (name, address, mobile, consent, departed) and its items for the reason as of the creation date (all ticked).',
  })
  async noticeDraft(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('reason', () => ContactReasonEnum) reason: ContactReasonEnum,
    @Ctx() ctx: Context,
    @Arg('createdOn', () => DateScalar, { nullable: true }) createdOn?: string | null,
  ): Promise<NoticeDraftType> {
    await assertActive(ctx);
    return (await noticeDraft(ctx.sql, fileId, reason as ContactReason, createdOn)) as NoticeDraftType;
  }

  @Authorized(...NOTICES_READ)
  @Query(() => RenderedTextType, { description: '"Generuj treść": renders a template for a notice (saved or being prepared) without saving.' })
  async generateNoticeText(@Arg('input', () => GenerateNoticeTextInput) input: GenerateNoticeTextInput, @Ctx() ctx: Context): Promise<RenderedTextType> {
    await assertActive(ctx);
    requireUuid(input.templateId, 'Notice template');
    return generateNoticeText(ctx, input);
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticePayload, { description: 'Creates a notice. SMS: text and phone required; without SMS consent → sms.noConsent (offer contacts, or resend with manualPhone: true).' })
  async createNotice(@Arg('input', () => CreateNoticeInput) input: CreateNoticeInput, @Ctx() ctx: Context): Promise<NoticePayload> {
    await assertActive(ctx);
    requireUuid(input.partyId, 'Party');
    return (await createNotice(ctx, input)) as NoticePayload;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticePayload, { description: 'Edits a notice; a sent SMS notice keeps items, text, phone and template (notice.sentNotEditable); the note is always editable.' })
  async updateNotice(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateNoticeInput) input: UpdateNoticeInput, @Ctx() ctx: Context): Promise<NoticePayload> {
    await assertActive(ctx);
    return (await updateNotice(ctx, requireUuid(id, 'Notice'), input)) as NoticePayload;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticeType, { description: '"Aktualizuj należności": recomputes item balances of an unsent notice.' })
  async refreshNoticeItems(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeType> {
    await assertActive(ctx);
    return (await refreshNoticeItems(ctx, requireUuid(id, 'Notice'))) as NoticeType;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => Boolean, { description: 'Deletes an unsent notice; a sent one → BAD_USER_INPUT notice.deleteSent.' })
  async deleteNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await assertActive(ctx);
    return (await deleteNotices(ctx, [requireUuid(id, 'Notice')], () => 'id')) === 1;
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => Int, { description: 'Registry bulk delete: all or nothing; any sent notice refuses the request naming it (ids[i]).' })
  async deleteNotices(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<number> {
    await assertActive(ctx);
    return deleteNotices(ctx, ids);
  }

  @FieldResolver(() => [NoticeItemType], { description: 'Items with balances as of creation and `current` balances as of today' })
  async items(@Root() n: NoticeType, @Ctx() ctx: Context): Promise<NoticeItemType[]> {
    return itemsLoader(ctx).load(`${n.id}|${n.fileId}`);
  }

  @FieldResolver(() => PromiseOutcomeEnum, { nullable: true, description: 'KEPT when the selected items are paid by the promise date, BROKEN after it otherwise, PENDING before' })
  async promiseOutcome(@Root() n: NoticeType, @Ctx() ctx: Context): Promise<PromiseOutcomeEnum | null> {
    if (!n.promiseDate) return null;
    return outcomeLoader(ctx).load(`${n.id}|${n.promiseDate}|${n.createdOn}`);
  }

  @FieldResolver(() => [NoticeStatusChangeType], { description: 'Delivery-status history (send, check status, callbacks)' })
  async statusHistory(@Root() n: NoticeType, @Ctx() ctx: Context): Promise<NoticeStatusChangeType[]> {
    return historyLoader(ctx).load(n.id);
  }
}
