import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { businessDate } from '../../../lib/business-date.js';
import { assertActive, NOTICES_EDIT } from '../common.js';
import { CreateMassNoticesInput, MassCreatedType, MassParamsInput, MassPreparationType } from './mass.types.js';
import { createMassNotices, prepareMassKept, rowOut } from './mass.service.js';

@Resolver()
export class MassNoticesResolver {
  @Authorized(...NOTICES_EDIT)
  @Query(() => MassPreparationType, { description: '"Przygotuj dane": addressee rows of qualifying files (consented, not departed; each co-debtor its own row) with their items.' })
  async prepareMassNotices(@Arg('params', () => MassParamsInput) params: MassParamsInput, @Ctx() ctx: Context): Promise<MassPreparationType> {
    await assertActive(ctx);
    const P = businessDate();
    const { preparationId, rows } = await prepareMassKept(ctx, params, P);
    return {
      preparationId,
      preparationDate: P,
      rowCount: rows.length,
      fileCount: new Set(rows.map((r) => r.fileId)).size,
      itemCount: rows.reduce((s, r) => s + r.items.length, 0),
      rows: rows.map(rowOut) as MassPreparationType['rows'],
    };
  }

  @Authorized(...NOTICES_EDIT)
  @Mutation(() => MassCreatedType, { description: '"Utwórz powiadomienia": creates the chosen notices (not sent) in one transaction; returns their ids for the registry filter.' })
  async createMassNotices(@Arg('input', () => CreateMassNoticesInput) input: CreateMassNoticesInput, @Ctx() ctx: Context): Promise<MassCreatedType> {
    await assertActive(ctx);
    return createMassNotices(ctx, input);
  }
}
