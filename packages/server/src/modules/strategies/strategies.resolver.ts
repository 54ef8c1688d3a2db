import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { activeHolds } from '../collection/index.js';
import { audit } from '../common/index.js';
import { runStrategies, simulateStrategies, type Simulation, type StrategyRunResult } from './strategies.run.js';
import { clearStaffHold, flagHold, getContactPressure, loadStrategies, saveStrategy, setContactPressure, setStrategyStatus, strategyVersions, type Strategy } from './strategies.service.js';
import {
  CollectionHoldType,
  CollectionStrategyInput,
  CollectionStrategyType,
  ContactPressureInput,
  ContactPressureType,
  HoldReasonEnum,
  StrategyRunType,
  StrategySimulationType,
  StrategyStatusEnum,
  StrategyVersionType,
} from './strategies.types.js';
import { requireUuid, toStrategy } from './strategies.mappers.js';

const READ = rolesFor('strategies.read');
const EDIT = rolesFor('strategies.edit');
const HOLDS = rolesFor('holds.edit');
const staffId = (ctx: Context) => (ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null);
const toSim = (s: Simulation | StrategyRunResult) => ({ ...s, skipped: Object.entries('skippedReasons' in s ? s.skippedReasons : s.skipped).map(([reason, count]) => ({ reason, count })) });

/** Collection strategies (issue 31): list, versions, simulation, edit, activation, the daily run by hand, holds. */
@Resolver()
export class StrategiesResolver {
  @Authorized(...READ)
  @Query(() => [CollectionStrategyType], { description: 'The collection strategies with their newest version (each receivable kind has an active default one).' })
  async collectionStrategies(@Ctx() ctx: Context): Promise<CollectionStrategyType[]> {
    return (await loadStrategies(ctx.sql)).map((s: Strategy) => toStrategy(s));
  }

  @Authorized(...READ)
  @Query(() => [StrategyVersionType], { description: 'The versions of a strategy, newest first.' })
  async collectionStrategyVersions(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context): Promise<StrategyVersionType[]> {
    return strategyVersions(ctx.sql, requireUuid(strategyId, 'strategyId'));
  }

  @Authorized(...READ)
  @Query(() => StrategySimulationType, { description: 'What the daily run would create on a date (default: tomorrow): counts and amounts per step, and the list. Creates nothing.' })
  async strategySimulation(@Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<StrategySimulationType> {
    const d = date ?? new Date(Date.parse(`${businessDate()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return toSim(await simulateStrategies(ctx.sql, d)) as StrategySimulationType;
  }

  @Authorized(...READ)
  @Query(() => ContactPressureType, { description: 'Contact pressure: at most maxContacts per debtor per perDays; SMS and calls only windowStart–windowEnd, not on Sundays and public holidays.' })
  async contactPressure(@Ctx() ctx: Context): Promise<ContactPressureType> {
    return getContactPressure(ctx.sql);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => ContactPressureType)
  async setContactPressure(@Arg('input', () => ContactPressureInput) input: ContactPressureInput, @Ctx() ctx: Context): Promise<ContactPressureType> {
    const before = await getContactPressure(ctx.sql);
    const after = await setContactPressure(ctx.sql, { ...input });
    await audit(ctx, 'UPDATE', 'settings', 'contactPressure', before, after);
    return after;
  }

  @Authorized(...EDIT)
  @Mutation(() => CollectionStrategyType, { description: 'Saves a strategy: a new one (DRAFT) or the next version of an existing one (applies from the next run).' })
  async saveCollectionStrategy(@Arg('input', () => CollectionStrategyInput) input: CollectionStrategyInput, @Ctx() ctx: Context): Promise<CollectionStrategyType> {
    const id = await saveStrategy(
      ctx.sql,
      {
        id: input.id ?? null,
        kindCode: input.kindCode,
        name: input.name,
        outstandingFrom: input.outstandingFrom ?? null,
        outstandingTo: input.outstandingTo ?? null,
        contractTypeCode: input.contractTypeCode ?? null,
        note: input.note ?? null,
        steps: input.steps.map((s) => ({
          key: s.key ?? '',
          offsetDays: s.offsetDays,
          channel: s.channel,
          templateId: s.templateId ?? null,
          mode: s.mode,
          atTime: s.atTime ?? null,
          rule: null,
          conditions: {
            minOverdue: s.minOverdue ?? null,
            noPromisePending: s.noPromisePending,
            notContactedDays: s.notContactedDays ?? null,
            requireConsent: s.requireConsent,
            notDeparted: s.notDeparted,
          },
          coDebtorsFromDpd: s.coDebtorsFromDpd ?? null,
        })),
      },
      staffId(ctx),
    );
    const [s] = await loadStrategies(ctx.sql, { id });
    await audit(ctx, input.id ? 'UPDATE' : 'CREATE', 'strategy', id, null, { version: s!.current.version });
    return toStrategy(s!);
  }

  @Authorized(...EDIT)
  @Mutation(() => CollectionStrategyType, { description: 'Activates (after the SPA’s confirmation) or deactivates a strategy.' })
  async setCollectionStrategyStatus(@Arg('id', () => ID) id: string, @Arg('status', () => StrategyStatusEnum) status: StrategyStatusEnum, @Ctx() ctx: Context): Promise<CollectionStrategyType> {
    await setStrategyStatus(ctx.sql, requireUuid(id, 'id'), status);
    await audit(ctx, 'UPDATE', 'strategy', id, null, { status });
    const [s] = await loadStrategies(ctx.sql, { id });
    return toStrategy(s!);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => StrategyRunType, { description: 'Runs the strategies for the business date now (the daily job does it at 08:00); a second run of a day creates nothing.' })
  async runCollectionStrategies(@Ctx() ctx: Context): Promise<StrategyRunType> {
    return runStrategies({ sql: ctx.sql, db: ctx.db, log: ctx.log }, businessDate(), { trigger: 'MANUAL', by: staffId(ctx) });
  }

  @Authorized(...READ, ...HOLDS)
  @Query(() => [CollectionHoldType], { description: 'Active collection holds of a debtor file (the file is out of automatic collection while one is active).' })
  async collectionHolds(@Arg('fileId', () => ID) fileId: string, @Ctx() ctx: Context): Promise<CollectionHoldType[]> {
    return activeHolds(ctx.sql, [requireUuid(fileId, 'fileId')]);
  }

  @Authorized(...HOLDS)
  @Mutation(() => CollectionHoldType, { description: 'Flags a dispute or a complaint on a debtor file: it leaves automatic collection until cleared.' })
  async flagCollectionHold(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('reason', () => HoldReasonEnum) reason: HoldReasonEnum,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<CollectionHoldType> {
    const h = await flagHold(ctx.sql, requireUuid(fileId, 'fileId'), reason, note, businessDate(), staffId(ctx));
    await audit(ctx, 'CREATE', 'collection_hold', h.id, null, h);
    return h;
  }

  @Authorized(...HOLDS)
  @Mutation(() => Boolean, { description: 'Clears a dispute or complaint hold (other holds end with their workflow).' })
  async clearCollectionHold(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const n = await clearStaffHold(ctx.sql, requireUuid(id, 'id'), businessDate(), staffId(ctx));
    await audit(ctx, 'UPDATE', 'collection_hold', id, null, { cleared: n > 0 });
    return n > 0;
  }
}
