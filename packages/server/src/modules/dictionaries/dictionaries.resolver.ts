import { DEFAULT_CONVENTIONS, rolesFor, type ScheduleConventions } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ReceivableKindType } from '../files/index.js';
import {
  AprCapInput,
  AprCapType,
  ContractTypeInput,
  ContractTypeType,
  SellingChannelInput,
  SellingChannelType,
  type AprCheckByEnum,
  type CalculatedByEnum,
  type EarlyMoneyEnum,
  type HolidayInterestEnum,
  type EmiBasisEnum,
  type PartPeriodInterestEnum,
  type PayoffInterestEnum,
  type RoundingModeEnum,
  type ScheduleConventionsType,
  type InterestMethodEnum,
  type SellingChannelRequirementEnum,
} from './dictionaries.types.js';
import * as svc from './dictionaries.service.js';
import { ReceivableKindInput } from './dictionaries.types.js';

// roles from the permission table the SPA also reads (issue 22)
const READ = rolesFor('dictionaries.read');
const WRITE = rolesFor('dictionaries.edit');

function toContractType(r: Awaited<ReturnType<typeof svc.listContractTypes>>[number]): ContractTypeType {
  return {
    ...r,
    rateCalculatedBy: r.rateCalculatedBy as CalculatedByEnum,
    installmentCalculatedBy: r.installmentCalculatedBy as CalculatedByEnum,
    sellingChannelRequirement: r.sellingChannelRequirement as SellingChannelRequirementEnum,
    aprCheckBy: r.aprCheckBy as AprCheckByEnum,
    interestMethod: r.interestMethod as InterestMethodEnum,
    conventions: conventionsType(r.scheduleConventions),
  };
}

/** Stored (non-default) conventions with every default filled in. */
function conventionsType(c: ScheduleConventions | null | undefined): ScheduleConventionsType {
  const x = c ?? {};
  return {
    rounding: (x.rounding ?? DEFAULT_CONVENTIONS.rounding) as RoundingModeEnum,
    installmentMultiple: x.installmentMultiple ?? null,
    partPeriodInterest: (x.partPeriodInterest ?? DEFAULT_CONVENTIONS.partPeriodInterest) as PartPeriodInterestEnum,
    emi: (x.emi ?? DEFAULT_CONVENTIONS.emi) as EmiBasisEnum,
    payoffInterest: (x.payoffInterest ?? DEFAULT_CONVENTIONS.payoffInterest) as PayoffInterestEnum,
    earlyMoney: (x.earlyMoney ?? DEFAULT_CONVENTIONS.earlyMoney) as EarlyMoneyEnum,
    holidayInterest: (x.holidayInterest ?? DEFAULT_CONVENTIONS.holidayInterest) as HolidayInterestEnum,
  };
}

/** Dictionaries (LOAN-3): contract types (with their Frontend settings), selling channels, receivable kinds, APR caps. */
@Resolver()
export class DictionariesResolver {
  @Authorized(...READ)
  @Query(() => [ContractTypeType], { description: 'Contract types with their front-end settings' })
  async contractTypes(@Ctx() ctx: Context): Promise<ContractTypeType[]> {
    return (await svc.listContractTypes(ctx.db)).map(toContractType);
  }

  @Authorized(...WRITE)
  @Mutation(() => ContractTypeType)
  async createContractType(@Arg('input', () => ContractTypeInput) input: ContractTypeInput, @Ctx() ctx: Context): Promise<ContractTypeType> {
    return toContractType(await svc.createContractType(ctx, input));
  }

  @Authorized(...WRITE)
  @Mutation(() => ContractTypeType, { description: 'Partial update: fields not sent keep their values' })
  async updateContractType(@Arg('id', () => ID) id: string, @Arg('input', () => ContractTypeInput) input: ContractTypeInput, @Ctx() ctx: Context): Promise<ContractTypeType> {
    return toContractType(await svc.updateContractType(ctx, id, input));
  }

  @Authorized(...WRITE)
  @Mutation(() => Boolean, { description: 'Refused (CONFLICT) while contracts use the type' })
  async deleteContractType(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.deleteContractType(ctx, id);
  }

  @Authorized(...READ)
  @Query(() => [SellingChannelType])
  async sellingChannels(
    @Ctx() ctx: Context,
    @Arg('validOn', () => DateScalar, { nullable: true, description: 'only channels valid on this day' }) validOn?: string | null,
  ): Promise<SellingChannelType[]> {
    return svc.listSellingChannels(ctx.db, validOn);
  }

  @Authorized(...WRITE)
  @Mutation(() => SellingChannelType)
  async createSellingChannel(@Arg('input', () => SellingChannelInput) input: SellingChannelInput, @Ctx() ctx: Context): Promise<SellingChannelType> {
    return svc.createSellingChannel(ctx, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => SellingChannelType)
  async updateSellingChannel(@Arg('id', () => ID) id: string, @Arg('input', () => SellingChannelInput) input: SellingChannelInput, @Ctx() ctx: Context): Promise<SellingChannelType> {
    return svc.updateSellingChannel(ctx, id, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => Boolean)
  async deleteSellingChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.deleteSellingChannel(ctx, id);
  }

  @Authorized(...WRITE)
  @Mutation(() => ReceivableKindType)
  async createReceivableKind(@Arg('input', () => ReceivableKindInput) input: ReceivableKindInput, @Ctx() ctx: Context): Promise<ReceivableKindType> {
    return svc.createReceivableKind(ctx, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => ReceivableKindType)
  async updateReceivableKind(@Arg('id', () => ID) id: string, @Arg('input', () => ReceivableKindInput) input: ReceivableKindInput, @Ctx() ctx: Context): Promise<ReceivableKindType> {
    return svc.updateReceivableKind(ctx, id, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => Boolean)
  async deleteReceivableKind(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.deleteReceivableKind(ctx, id);
  }

  @Authorized(...READ)
  @Query(() => [AprCapType], {
    description: 'Dated legal caps: the SK caps in force (legal_rates SK_MAX_RPMN / SK_MAX_ODPLATA, as MAX_APR / MAX_ODPLATA) and the legacy PL rows (read by no rule; see legalMaxima)',
  })
  async aprCaps(@Ctx() ctx: Context, @Arg('country', () => String, { nullable: true }) country?: string | null): Promise<AprCapType[]> {
    return svc.listAprCaps(ctx.db, country);
  }

  @Authorized(...WRITE)
  @Mutation(() => AprCapType, { deprecationReason: 'Refused: SK caps are append-only legal-rate rows (addLegalRate, kind SK_MAX_RPMN / SK_MAX_ODPLATA)' })
  async createAprCap(@Arg('input', () => AprCapInput) input: AprCapInput, @Ctx() ctx: Context): Promise<AprCapType> {
    return svc.createAprCap(ctx, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => AprCapType, { deprecationReason: 'Refused: history is never overwritten; add a correction with a reason through addLegalRate' })
  async updateAprCap(@Arg('id', () => ID) id: string, @Arg('input', () => AprCapInput) input: AprCapInput, @Ctx() ctx: Context): Promise<AprCapType> {
    return svc.updateAprCap(ctx, id, input);
  }

  @Authorized(...WRITE)
  @Mutation(() => Boolean, { deprecationReason: 'Refused: history is never deleted; withdraw a row through addLegalRate (withdrawn, with a reason)' })
  async deleteAprCap(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.deleteAprCap(ctx, id);
  }
}
