import DataLoader from 'dataloader';
import { businessDate } from '../../lib/business-date.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { pageSize } from '../common/index.js';
import { DateScalar as DateScalarRef } from '../../graphql/scalars.js';
import { DebtorFileConnection, DebtorFileFilter, DebtorFileMeasuresType, DebtorFileSortEnum, DebtorFileType, FilePartyType, PartyRoleEnum, PartyType, ReceivableKindType } from './files.types.js';
import { fileMeasureRows, listReceivableKinds, loadDebtorFile, searchFiles } from './files.service.js';
import { toPartyType } from './files.mappers.js';

const STAFF_READ = ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;

const fileMeasureLoaders = new WeakMap<object, DataLoader<string, DebtorFileMeasuresType | null>>();

@Resolver(() => DebtorFileType)
export class DebtorFileResolver {
  @Authorized(...STAFF_READ)
  @Query(() => DebtorFileConnection, { description: 'Search debtor files by file number, debtor name or national id (keyset pagination).' })
  async debtorFiles(
    @Ctx() ctx: Context,
    @Arg('filter', () => DebtorFileFilter, { nullable: true }) filter?: DebtorFileFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => DebtorFileSortEnum, { nullable: true, defaultValue: DebtorFileSortEnum.KIND_NUMBER }) sort?: DebtorFileSortEnum | null,
  ): Promise<DebtorFileConnection> {
    const res = await searchFiles(ctx.sql, { search: filter?.search, kindCode: filter?.receivableKindCode, first: pageSize(first), after, more: filter, sort });
    const edges = res.nodes.map((r) => ({
      cursor: res.cursorOf(r),
      node: { id: r.id, number: String(r.number), displayNumber: `${r.code} ${r.number}`, status: r.status, receivableKindId: r.receivable_kind_id },
    }));
    return { edges, totalCount: res.totalCount, pageInfo: { hasNextPage: res.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(...STAFF_READ)
  @Query(() => DebtorFileType, { nullable: true })
  async debtorFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DebtorFileType | null> {
    return loadDebtorFile(ctx.sql, id);
  }

  @Authorized(...STAFF_READ)
  @Query(() => [ReceivableKindType])
  async receivableKinds(@Ctx() ctx: Context): Promise<ReceivableKindType[]> {
    return listReceivableKinds(ctx.db);
  }

  @FieldResolver(() => DebtorFileMeasuresType, { description: "Its loans' measures added up, as of the business date (docs/analytics.md)" })
  async measures(@Root() f: DebtorFileType, @Ctx() ctx: Context): Promise<DebtorFileMeasuresType> {
    let l = fileMeasureLoaders.get(ctx);
    if (!l) {
      l = new DataLoader<string, DebtorFileMeasuresType | null>(async (ids) => {
        const asOf = businessDate();
        const rows = await fileMeasureRows(ctx.sql, ids, asOf);
        const m = new Map(rows.map((r) => [r.id, { asOf, currency: r.currency, loans: r.loans, outstanding: r.outstanding, overdue: r.overdue, daysPastDue: r.dpd }]));
        return ids.map((id) => m.get(id) ?? null);
      });
      fileMeasureLoaders.set(ctx, l);
    }
    const m = await l.load(f.id);
    if (!m) throw new NotFound('Debtor file');
    return m;
  }

  @FieldResolver(() => ReceivableKindType)
  async receivableKind(@Root() f: DebtorFileType, @Ctx() ctx: Context): Promise<ReceivableKindType> {
    if (f.preloaded) return f.preloaded.kind;
    const k = await ctx.loaders.receivableKind.load(f.receivableKindId);
    if (!k) throw new NotFound('Receivable kind');
    return k;
  }

  @FieldResolver(() => [FilePartyType])
  async parties(@Root() f: DebtorFileType, @Ctx() ctx: Context): Promise<FilePartyType[]> {
    if (f.preloaded) return f.preloaded.parties;
    const rows = await ctx.loaders.filePartiesByFile.load(f.id);
    return rows.map((r) => ({ role: r.role as PartyRoleEnum, partyId: r.partyId }));
  }
}

@Resolver(() => FilePartyType)
export class FilePartyResolver {
  @FieldResolver(() => PartyType)
  async party(@Root() fp: FilePartyType, @Ctx() ctx: Context): Promise<PartyType> {
    if (fp.party) return fp.party;
    const p = await ctx.loaders.party.load(fp.partyId);
    if (!p) throw new NotFound('Party');
    return toPartyType(p);
  }
}

@Resolver(() => PartyType)
export class PartyResolver {
  @FieldResolver(() => String, { description: 'Person "First Last" or company name' })
  displayName(@Root() p: PartyType): string {
    return p.kind === 'COMPANY' ? (p.companyName ?? '') : [p.firstName, p.lastName].filter(Boolean).join(' ');
  }

  @FieldResolver(() => Boolean, { description: 'Date of death or bankruptcy set: never messaged' })
  departed(@Root() p: PartyType): boolean {
    return Boolean(p.deathDate || p.bankruptcyDate);
  }

  @FieldResolver(() => DateScalarRef, { nullable: true, description: 'Date of death or bankruptcy (the earlier one)' })
  departedDate(@Root() p: PartyType): string | null {
    const ds = [p.deathDate, p.bankruptcyDate].filter(Boolean) as string[];
    return ds.length ? ds.sort()[0] : null;
  }

  @FieldResolver(() => Boolean, { description: 'Has a mobile contact with SMS consent' })
  async smsConsent(@Root() p: PartyType, @Ctx() ctx: Context): Promise<boolean> {
    if (p.smsConsentKnown !== undefined) return p.smsConsentKnown;
    const cs = await ctx.loaders.contactsByParty.load(p.id);
    return cs.some((c) => c.type === 'MOBILE' && c.smsConsent);
  }
}
