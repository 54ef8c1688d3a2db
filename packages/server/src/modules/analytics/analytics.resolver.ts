import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { READ_ROLES } from '../loans/index.js';
import * as svc from './analytics.service.js';
import {
  DailyAmountType,
  InstallmentFilter,
  InstallmentRowConnection,
  InstallmentSortEnum,
  NoticeStatsType,
  PartyConnection,
  PartyFilter,
  PaymentConnection,
  PaymentFilter,
  PaymentSortEnum,
  PortfolioSummaryType,
} from './analytics.types.js';

export { InstallmentSortEnum, PaymentSortEnum } from './analytics.types.js';

@Resolver()
export class AnalyticsResolver {
  @Authorized(...READ_ROLES)
  @Query(() => PartyConnection, { description: 'Parties (debtors), keyset-paginated by last name, first name, id.' })
  async parties(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartyFilter, { nullable: true }) filter?: PartyFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PartyConnection> {
    return svc.parties(ctx, filter, first, after);
  }

  @Authorized(...READ_ROLES)
  @Query(() => InstallmentRowConnection, { description: 'Installments of the current schedule versions, ordered by due date or unpaid amount (keyset).' })
  async installments(
    @Ctx() ctx: Context,
    @Arg('filter', () => InstallmentFilter, { nullable: true }) filter?: InstallmentFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => InstallmentSortEnum, { nullable: true, defaultValue: InstallmentSortEnum.DUE_ASC }) sort?: InstallmentSortEnum | null,
  ): Promise<InstallmentRowConnection> {
    return svc.installments(ctx, filter, first, after, sort);
  }

  @Authorized(...READ_ROLES)
  @Query(() => PaymentConnection, { description: 'Payments across the portfolio, newest first by default (keyset); filter by loan, kind, currency, dictionaries, amount.' })
  async allPayments(
    @Ctx() ctx: Context,
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter?: PaymentFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => PaymentSortEnum, { nullable: true, defaultValue: PaymentSortEnum.DATE_DESC }) sort?: PaymentSortEnum | null,
  ): Promise<PaymentConnection> {
    return svc.allPayments(ctx, filter, first, after, sort);
  }

  @Authorized(...READ_ROLES)
  @Query(() => PortfolioSummaryType, {
    description: 'Portfolio at a glance: outstanding, overdue by days-past-due bucket, collections. Set-based SQL over the stored schedule and paid amounts.',
  })
  async portfolioSummary(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
    @Arg('currency', () => String, { nullable: true, description: 'Only the loans in this currency (ISO 4217)' }) currency?: string | null,
  ): Promise<PortfolioSummaryType> {
    return svc.portfolioSummary(ctx, asOf, currency);
  }
  @Authorized(...READ_ROLES)
  @Query(() => [DailyAmountType], { description: 'Posted payments per day in [from, to] (at most 366 days), days without payments included.' })
  async collectionsByDay(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: Context,
    @Arg('currency', () => String, { nullable: true, description: 'Only this currency (ISO 4217); by default one row per day and currency of the portfolio' }) currency?: string | null,
  ): Promise<DailyAmountType[]> {
    return svc.collectionsByDay(ctx, from, to, currency);
  }

  @Authorized(...READ_ROLES)
  @Query(() => NoticeStatsType, { description: 'Soft-collection effectiveness for notices created in [from, to]: sent, delivered, collected within 14 days, promises kept/broken.' })
  async noticeStats(@Arg('from', () => DateScalar) from: string, @Ctx() ctx: Context, @Arg('to', () => DateScalar, { nullable: true }) to?: string | null): Promise<NoticeStatsType> {
    return svc.noticeStats(ctx, from, to);
  }
}
