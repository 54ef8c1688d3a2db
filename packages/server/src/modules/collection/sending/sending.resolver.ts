import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { assertActive, NOTICES_EDIT, NOTICES_READ, requireUuid } from '../common.js';
import { toNotice } from '../notices/notices.service.js';
import { NoticeType } from '../notices/notices.types.js';
import { NoticeSendJobType } from './sending.types.js';
import { abortSendJob, checkNoticeStatus, listenForDeliveryReports, listenForMailBounces, sendJobProgress, startSendJob } from './sending.service.js';

listenForDeliveryReports();
listenForMailBounces();

@Resolver()
export class NoticeSendingResolver {
  @Authorized(...NOTICES_EDIT)
  @Mutation(() => ID, { description: 'Starts sending SMS and e-mail notices without a sent date (pg-boss job); returns the job id to poll with noticeSendJob.' })
  async sendNotices(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<string> {
    await assertActive(ctx);
    return startSendJob(ctx, ids);
  }

  @Authorized(...NOTICES_READ)
  @Query(() => NoticeSendJobType, { description: 'Send progress (sent/total, failures with reasons). The SPA polls it every second until DONE/ABORTED.' })
  async noticeSendJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeSendJobType> {
    await assertActive(ctx);
    return sendJobProgress(ctx.sql, requireUuid(id, 'Send job'));
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => NoticeSendJobType, { description: '"Przerwij": stops after the message in flight; those already handed over stay sent.' })
  async abortNoticeSendJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeSendJobType> {
    await assertActive(ctx);
    return abortSendJob(ctx, requireUuid(id, 'Send job'));
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => [NoticeType], { description: '"Sprawdź status": updates delivery statuses from the provider (DELIVERED is final).' })
  async checkNoticeStatus(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<NoticeType[]> {
    await assertActive(ctx);
    return (await checkNoticeStatus(ctx, ids)).map(toNotice) as NoticeType[];
  }
}
