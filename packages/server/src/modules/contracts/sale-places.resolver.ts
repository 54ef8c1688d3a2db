import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DealerInput, DealerType, SalePlaceInput, SalePlaceType } from './sale-places.types.js';
import * as svc from './sale-places.service.js';
import { toDealer, toSalePlace } from './contracts.mappers.js';

const READ = ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;

/** Sale places and dealers (LOAN-7.1): read by staff, written by ADMIN only (issue 24: "maintained by admins"). */
@Resolver()
export class SalePlacesResolver {
  @Authorized(...READ)
  @Query(() => [SalePlaceType])
  async salePlaces(@Ctx() ctx: Context): Promise<SalePlaceType[]> {
    return (await svc.listSalePlaces(ctx.db)).map(({ place, dealers }) => toSalePlace(place, dealers));
  }

  @Authorized('ADMIN')
  @Mutation(() => SalePlaceType)
  async createSalePlace(@Arg('input', () => SalePlaceInput) input: SalePlaceInput, @Ctx() ctx: Context): Promise<SalePlaceType> {
    return toSalePlace(await svc.createSalePlace(ctx, input), []);
  }

  @Authorized('ADMIN')
  @Mutation(() => SalePlaceType, { description: 'Partial update; end a cooperation by setting cooperationTo' })
  async updateSalePlace(@Arg('id', () => ID) id: string, @Arg('input', () => SalePlaceInput) input: SalePlaceInput, @Ctx() ctx: Context): Promise<SalePlaceType> {
    const row = await svc.updateSalePlace(ctx, id, input);
    const all = await svc.listSalePlaces(ctx.db);
    return toSalePlace(row, all.find((x) => x.place.id === row.id)?.dealers ?? []);
  }

  @Authorized('ADMIN')
  @Mutation(() => DealerType)
  async createDealer(@Arg('input', () => DealerInput) input: DealerInput, @Ctx() ctx: Context): Promise<DealerType> {
    return toDealer(await svc.createDealer(ctx, input), await svc.listSalePlaces(ctx.db));
  }

  @Authorized('ADMIN')
  @Mutation(() => DealerType, { description: 'Partial update: fields not sent keep their values' })
  async updateDealer(@Arg('id', () => ID) id: string, @Arg('input', () => DealerInput) input: DealerInput, @Ctx() ctx: Context): Promise<DealerType> {
    return toDealer(await svc.updateDealer(ctx, id, input), await svc.listSalePlaces(ctx.db));
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Refused (CONFLICT) while contracts name the dealer' })
  async deleteDealer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.deleteDealer(ctx, id);
  }
}
