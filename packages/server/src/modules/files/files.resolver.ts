import DataLoader from 'dataloader';
import { businessDate } from '../../lib/business-date.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { receivableKinds } from '../../db/schema/index.js';
import { jsonColumn } from '../../db/json.js';
import type { Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { pageSize } from '../common/connection.js';
import { DateScalar as DateScalarRef } from '../../graphql/scalars.js';
import {
  DebtorFileConnection,
  DebtorFileFilter,
  DebtorFileMeasuresType,
  DebtorFileSortEnum,
  DebtorFileType,
  FilePartyType,
  PartyKindEnum,
  PartyRoleEnum,
  PartyType,
  ReceivableKindType,
} from './files.types.js';
import { fileMeasureJoin, searchFiles } from './files.service.js';

const STAFF_READ = ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;

export function toPartyType(p: {
  id: string; kind: string; firstName: string | null; lastName: string | null; companyName: string | null;
  nationalId: string | null; country: string; deathDate: string | null; bankruptcyDate: string | null; nonstopBanking: string;
}): PartyType {
  return {
    id: p.id,
    kind: p.kind as PartyKindEnum,
    firstName: p.firstName,
    lastName: p.lastName,
    companyName: p.companyName,
    nationalId: p.nationalId,
    country: p.country,
    deathDate: p.deathDate,
    bankruptcyDate: p.bankruptcyDate,
    nonstopBanking: p.nonstopBanking,
  };
}

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
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('Debtor file');
    // the file, its product and its parties (with the "has a consented mobile" flag) in one round trip
    const [r] = await ctx.sql<{ id: string; number: number; status: string; kind: ReceivableKindType | string; parties: PreParty[] | string }[]>`
      select f.id, f.number, f.status,
        json_build_object('id', k.id, 'code', k.code, 'name', k.name, 'currency', k.currency, 'method', k.method, 'dayCount', k.day_count) as kind,
        coalesce((select json_agg(json_build_object('role', fp.role, 'id', p.id, 'kind', p.kind, 'firstName', p.first_name, 'lastName', p.last_name,
            'companyName', p.company_name, 'nationalId', p.national_id, 'country', p.country, 'deathDate', p.death_date, 'bankruptcyDate', p.bankruptcy_date,
            'nonstopBanking', p.nonstop_banking,
            'smsConsent', exists (select 1 from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent))
          order by case fp.role when 'BORROWER' then 0 when 'CO_BORROWER' then 1 when 'GUARANTOR' then 2 else 9 end)
          from file_parties fp join parties p on p.id = fp.party_id where fp.file_id = f.id), '[]') as parties
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${id}`;
    if (!r) return null;
    const kind = jsonColumn(r.kind);
    const parties = jsonColumn(r.parties);
    return {
      id: r.id, number: String(r.number), displayNumber: `${kind.code} ${r.number}`, status: r.status, receivableKindId: kind.id,
      preloaded: {
        kind,
        parties: parties.map((p) => ({ role: p.role as PartyRoleEnum, partyId: p.id, party: { ...toPartyType(p), smsConsentKnown: p.smsConsent } })),
      },
    };
  }

  @Authorized(...STAFF_READ)
  @Query(() => [ReceivableKindType])
  async receivableKinds(@Ctx() ctx: Context): Promise<ReceivableKindType[]> {
    return ctx.db.select().from(receivableKinds).orderBy(receivableKinds.code);
  }

  @FieldResolver(() => DebtorFileMeasuresType, { description: "Its loans' measures added up, as of the business date (docs/analytics.md)" })
  async measures(@Root() f: DebtorFileType, @Ctx() ctx: Context): Promise<DebtorFileMeasuresType> {
    let l = fileMeasureLoaders.get(ctx);
    if (!l) {
      l = new DataLoader<string, DebtorFileMeasuresType | null>(async (ids) => {
        const asOf = businessDate();
        const rows = await ctx.sql<{ id: string; currency: string; loans: number; outstanding: string; overdue: string; dpd: number }[]>`
          select f.id, k.currency, fm.loans, fm.outstanding::text as outstanding, fm.overdue::text as overdue, fm.dpd
          from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id ${fileMeasureJoin(ctx.sql, asOf)} where f.id = any(${ids as string[]}::uuid[])`;
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

type PreParty = Parameters<typeof toPartyType>[0] & { role: string; smsConsent: boolean };

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
