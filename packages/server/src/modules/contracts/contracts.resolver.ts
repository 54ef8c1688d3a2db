import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { LoanType } from '../loans/index.js';
import { PartyType, toPartyType } from '../files/index.js';
import { AddressVersionType, ContractSectionType, DuplicateGroupType, MergePartiesInput, MergePreviewType, NonstopBankingEnum, PartyHistoryEntryType } from './contracts.types.js';
import { loanContract } from './contract-section.service.js';
import { addressVersions, clientNumbersOf, partyHistory, setNonstopBanking } from './party-card.service.js';
import { duplicateParties, mergeParties, previewMerge } from './consolidation.service.js';

/** the client card carries personal data (names, addresses, e-mail in the archive): staff only, not analysts */
const CARD = rolesFor('parties.read');
const WRITE = rolesFor('parties.edit');

/** Loan.contract (issue 24): the contract section of the debtor file. */
@Resolver(() => LoanType)
export class LoanContractResolver {
  @FieldResolver(() => ContractSectionType, { nullable: true, description: 'What the partner API stored (null for loans registered otherwise)' })
  async contract(@Root() l: LoanType, @Ctx() ctx: Context): Promise<ContractSectionType | null> {
    return loanContract(ctx.sql, l.id);
  }
}

/** The client card: archive of changes, versioned addresses, client numbers. */
@Resolver(() => PartyType)
export class PartyCardResolver {
  @Authorized(...CARD)
  @Query(() => PartyType, { description: 'One party (the client card)' })
  async party(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartyType> {
    const p = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await ctx.loaders.party.load(id) : null;
    if (!p) throw new NotFound('Party');
    return toPartyType(p);
  }

  @Authorized(...CARD)
  @FieldResolver(() => [PartyHistoryEntryType], { description: 'Every change (newest first), with the history of parties consolidated into this one' })
  async history(@Root() p: PartyType, @Ctx() ctx: Context): Promise<PartyHistoryEntryType[]> {
    return partyHistory(ctx.sql, p.id);
  }

  @Authorized(...CARD)
  @FieldResolver(() => [AddressVersionType], { description: 'All address versions (current ones have no validTo)' })
  async addressVersions(@Root() p: PartyType, @Ctx() ctx: Context): Promise<AddressVersionType[]> {
    return addressVersions(ctx.sql, p.id);
  }

  @Authorized(...CARD)
  @FieldResolver(() => [String], { description: 'Partner client numbers (clientId), also those of consolidated parties' })
  async clientNumbers(@Root() p: PartyType, @Ctx() ctx: Context): Promise<string[]> {
    return clientNumbersOf(ctx.sql, p.id);
  }
}

@Resolver()
export class ConsolidationResolver {
  @Authorized(...CARD)
  @Query(() => [DuplicateGroupType], { description: 'National ids held by several (not consolidated) parties' })
  async duplicateParties(@Ctx() ctx: Context): Promise<DuplicateGroupType[]> {
    return duplicateParties(ctx.sql);
  }

  @Authorized(...WRITE)
  @Query(() => MergePreviewType, { description: 'What mergeParties would move' })
  async previewPartyMerge(@Arg('input', () => MergePartiesInput) input: MergePartiesInput, @Ctx() ctx: Context): Promise<MergePreviewType> {
    return previewMerge(ctx.sql, input.survivorId, input.mergedId);
  }

  @Authorized(...WRITE)
  @Mutation(() => MergePreviewType, { description: 'Consolidates mergedId into survivorId (audited); answers what moved' })
  async mergeParties(@Arg('input', () => MergePartiesInput) input: MergePartiesInput, @Ctx() ctx: Context): Promise<MergePreviewType> {
    return mergeParties(ctx, input.survivorId, input.mergedId);
  }

  @Authorized(...rolesFor('payments.edit'))
  @Mutation(() => Boolean, { description: 'Staff change "Služba Nonstop Banking" of a client (history + audit)' })
  async setNonstopBanking(@Arg('partyId', () => ID) partyId: string, @Arg('value', () => NonstopBankingEnum) value: NonstopBankingEnum, @Ctx() ctx: Context): Promise<boolean> {
    await setNonstopBanking(ctx, partyId, value);
    return true;
  }
}
