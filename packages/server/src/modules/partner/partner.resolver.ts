import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { upsertClient } from './client.service.js';
import { registerContract } from './contract.service.js';
import type { Body } from './partner.parse.js';
import { ClientRegistrationType, ContractRegistrationType, PartnerClientInput, RegisterContractInput } from './partner.types.js';

/** Plain JSON object of a type-graphql input (drops undefined; Decimal values are strings already). */
const plain = (input: object): Body => JSON.parse(JSON.stringify(input)) as Body;
const isPartner = (ctx: Context) => ctx.actor?.type === 'API_TOKEN' && ctx.actor.role === 'PARTNER';

/** Same services as the partner REST endpoints (/api/lea/contract, /api/lea/client). */
@Resolver()
export class PartnerResolver {
  @Authorized('PARTNER', 'ADMIN', 'SERVICING')
  @Mutation(() => ContractRegistrationType, { description: 'Registers a contract of a partner front end (LOAN-7.1): client(s), debtor file, loan, INITIAL schedule' })
  async registerContract(@Arg('input', () => RegisterContractInput) input: RegisterContractInput, @Ctx() ctx: Context): Promise<ContractRegistrationType> {
    const r = await registerContract(ctx, plain(input), { source: 'GRAPHQL', prefix: 'input.', nonstopRequired: isPartner(ctx) });
    return { ...r, clientId: String(r.clientId), resultCode: true };
  }

  @Authorized('PARTNER', 'ADMIN', 'SERVICING')
  @Mutation(() => ClientRegistrationType, { description: 'Registers or updates a client by national id (+ CIS id) with the five de-duplication cases of LOAN-7.2' })
  async upsertClient(@Arg('input', () => PartnerClientInput) input: PartnerClientInput, @Ctx() ctx: Context): Promise<ClientRegistrationType> {
    const r = await upsertClient(ctx, plain(input), { source: 'GRAPHQL', prefix: 'input.', nonstopRequired: isPartner(ctx) });
    return { client: String(r.clientId), partyId: r.partyId, created: r.created, changed: r.changed, resultCode: true };
  }
}
