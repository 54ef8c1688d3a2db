import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { READ_ROLES } from '../loans/index.js';
import { aggregate } from './aggregates.service.js';
import * as kpi from './kpi.service.js';
import {
  AggregateDimension,
  AggregateFact,
  AggregateFilter,
  AggregateRowType,
  AggregateValue,
  CureRateType,
  NoticeDimension,
  NoticeEffectivenessType,
  RollRateCellType,
  VintagePointType,
} from './kpi.types.js';

/** Group-by aggregates and collections KPIs (issue #27, docs/analytics.md § Aggregates, § KPIs). */
@Resolver()
export class KpiResolver {
  @Authorized(...READ_ROLES)
  @Query(() => [AggregateRowType], { description: 'Group-by aggregate of a fact: count, distinct loans/files, sum/avg/min/max of a money figure, per currency and the dimensions asked.' })
  async aggregate(
    @Ctx() ctx: Context,
    @Arg('fact', () => AggregateFact) fact: AggregateFact,
    @Arg('groupBy', () => [AggregateDimension], { defaultValue: [] }) groupBy: AggregateDimension[],
    @Arg('value', () => AggregateValue, { nullable: true }) value?: AggregateValue | null,
    @Arg('filter', () => AggregateFilter, { nullable: true }) filter?: AggregateFilter | null,
  ): Promise<AggregateRowType[]> {
    return aggregate(ctx, fact, groupBy, value, filter);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [RollRateCellType], { description: 'Roll rates: DPD bucket at a month end in [from, to] → at the next month end, by count and by outstanding, per currency and receivable kind.' })
  async rollRates(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('currency', () => String, { nullable: true }) currency?: string | null,
    @Arg('receivableKindCode', () => String, { nullable: true }) receivableKindCode?: string | null,
  ): Promise<RollRateCellType[]> {
    return kpi.rollRates(ctx, from, to, currency, receivableKindCode);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [CureRateType], { description: 'Cure rate: loans past due at a month end in [from, to] with nothing past due on some day within withinDays after it.' })
  async cureRates(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('withinDays', () => Int, { defaultValue: 30 }) withinDays: number,
    @Arg('currency', () => String, { nullable: true }) currency?: string | null,
    @Arg('receivableKindCode', () => String, { nullable: true }) receivableKindCode?: string | null,
  ): Promise<CureRateType[]> {
    return kpi.cureRates(ctx, from, to, withinDays, currency, receivableKindCode);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [VintagePointType], { description: 'Vintage curves of the loans disbursed in the months of [cohortFrom, cohortTo]: 30+/60+/90+ DPD by months on book.' })
  async vintageCurves(
    @Ctx() ctx: Context,
    @Arg('cohortFrom', () => DateScalar) cohortFrom: string,
    @Arg('cohortTo', () => DateScalar) cohortTo: string,
    @Arg('currency', () => String, { nullable: true }) currency?: string | null,
    @Arg('receivableKindCode', () => String, { nullable: true }) receivableKindCode?: string | null,
  ): Promise<VintagePointType[]> {
    return kpi.vintageCurves(ctx, cohortFrom, cohortTo, currency, receivableKindCode);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [NoticeEffectivenessType], { description: 'Notice effectiveness of the notices created in [from, to] per currency and template / channel / reason / creator.' })
  async noticeEffectiveness(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('by', () => [NoticeDimension], { defaultValue: [] }) by: NoticeDimension[],
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
    @Arg('withinDays', () => Int, { defaultValue: 14 }) withinDays?: number,
  ): Promise<NoticeEffectivenessType[]> {
    return kpi.noticeEffectiveness(ctx, from, to, by, withinDays ?? 14);
  }
}
