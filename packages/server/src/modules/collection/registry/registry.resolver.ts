import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { pageSize } from '../../common/index.js';
import { assertActive, NOTICES_METADATA_READ } from '../common.js';
import { toNotice } from '../notices/notices.service.js';
import type { NoticeType } from '../notices/notices.types.js';
import { NoticeConnection, NoticeFilter, NoticeSortEnum } from './registry.types.js';
import { searchNotices } from './registry.service.js';

@Resolver()
export class NoticeRegistryResolver {
  @Authorized(...NOTICES_METADATA_READ)
  @Query(() => NoticeConnection, { description: 'Registry of notices (COLL-5): every filter, sorting, keyset pagination, totals (count and amount).' })
  async notices(
    @Ctx() ctx: Context,
    @Arg('filter', () => NoticeFilter, { nullable: true }) filter?: NoticeFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => NoticeSortEnum, { nullable: true, defaultValue: NoticeSortEnum.CREATED_DESC }) sort?: NoticeSortEnum | null,
  ): Promise<NoticeConnection> {
    await assertActive(ctx);
    const res = await searchNotices(ctx.sql, filter, pageSize(first), after, sort);
    const edges = res.nodes.map((r) => ({ cursor: res.cursorOf(r), node: toNotice(r) as NoticeType }));
    return {
      edges,
      totalCount: res.totalCount,
      totalAmount: res.totalAmount,
      totalsByCurrency: res.totalsByCurrency,
      pageInfo: { hasNextPage: res.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
