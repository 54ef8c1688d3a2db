import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { applyLegalCaps } from './legal-caps.service.js';
import * as svc from './legal-rates.service.js';

@ObjectType('LegalRate', { description: 'A row of the legal rate tables (append-only history; corrections are new rows)' })
export class LegalRateType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'NBP_REFERENCE | PL_MAX_INTEREST_FORMULA | PL_MAX_LATE_INTEREST_FORMULA | SK_MAX_RPMN | SK_MAX_ODPLATA' }) kind!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'reference rate or SK cap, percent' }) value!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) multiplier!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'percentage points' }) spread!: string | null;
  @Field(() => String) source!: string;
  @Field(() => String, { nullable: true, description: 'why a correction was made' }) reason!: string | null;
  @Field(() => ID, { nullable: true }) correctsId!: string | null;
  @Field(() => Boolean) withdrawn!: boolean;
  @Field(() => Boolean, { description: 'the row in force for its kind and date' }) current!: boolean;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('LegalMaxima')
export class LegalMaximaType {
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) referenceRate!: string;
  @Field(() => DateScalar) referenceFrom!: string;
  @Field(() => DecimalScalar, { description: 'maximum interest, art. 359 §2¹ KC' }) maxInterest!: string;
  @Field(() => DecimalScalar, { description: 'maximum late interest, art. 481 §2¹ KC' }) maxLateInterest!: string;
}

@ObjectType('LegalRatesStatus')
export class LegalRatesStatusType {
  @Field(() => DateScalar, { nullable: true }) lastReferenceFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastEntryOn!: string | null;
  @Field(() => Int) staleAfterDays!: number;
  @Field(() => Int, { nullable: true }) daysSinceLastEntry!: number | null;
  @Field(() => Boolean) stale!: boolean;
}

@InputType()
export class LegalRateInput {
  @Field(() => String) kind!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) multiplier?: string | null;
  @Field(() => String, { nullable: true }) spread?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Boolean, { nullable: true }) withdrawn?: boolean | null;
}

const READ = ['ADMIN', 'SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;

const toType = (r: svc.LegalRateRow): LegalRateType => ({
  id: String(r.id),
  kind: r.kind,
  validFrom: r.valid_from,
  value: r.value,
  multiplier: r.multiplier,
  spread: r.spread,
  source: r.source,
  reason: r.reason,
  correctsId: r.corrects_id === null ? null : String(r.corrects_id),
  withdrawn: r.withdrawn,
  current: r.current,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

@Resolver()
export class LegalRatesResolver {
  @Authorized(...READ)
  @Query(() => [LegalRateType], { description: 'Legal rate tables with their history (newest first per kind)' })
  async legalRates(@Arg('kind', () => String, { nullable: true }) kind: string | null, @Ctx() ctx: Context): Promise<LegalRateType[]> {
    return (await svc.listLegalRates(ctx.sql, kind as svc.LegalRateKind | null)).map(toType);
  }

  @Authorized(...READ)
  @Query(() => LegalMaximaType, { description: 'PL maximum interest and maximum late interest in force on a date (the business date by default)' })
  async legalMaxima(@Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<LegalMaximaType> {
    return svc.maximaOn(await svc.plTables(ctx.sql), date ?? businessDate());
  }

  @Authorized(...READ)
  @Query(() => LegalRatesStatusType, { description: 'Whether the reference-rate table has had no entry for longer than the configured days' })
  async legalRatesStatus(@Ctx() ctx: Context): Promise<LegalRatesStatusType> {
    return svc.legalRatesStatus(ctx.sql, businessDate());
  }

  @Authorized('ADMIN')
  @Mutation(() => LegalRateType, {
    description:
      'Adds a row (a row for an existing kind and date is a correction and needs a reason); running PL loans are capped from dates up to the business date; SK_MAX_RPMN / SK_MAX_ODPLATA rows are the SK caps the contract check reads',
  })
  async addLegalRate(@Arg('input', () => LegalRateInput) input: LegalRateInput, @Ctx() ctx: Context): Promise<LegalRateType> {
    const row = await svc.addLegalRate(ctx, input);
    if (svc.PL_KINDS.includes(row.kind) && row.valid_from <= businessDate()) await applyLegalCaps(ctx.sql, businessDate());
    return toType(row);
  }

  @Authorized('ADMIN')
  @Mutation(() => Int, { description: 'Days without a reference-rate entry after which the dashboard warns' })
  async setLegalRatesStaleAfterDays(@Arg('days', () => Int) days: number, @Ctx() ctx: Context): Promise<number> {
    return svc.setStaleAfterDays(ctx, days);
  }
}
