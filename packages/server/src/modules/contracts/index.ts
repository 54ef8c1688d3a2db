/** Contracts module (issue 24): sale places and dealers, the contract section of a loan, client consolidation. */
import { ConsolidationResolver, LoanContractResolver, PartyCardResolver } from './contracts.resolver.js';
import { SalePlacesResolver } from './sale-places.resolver.js';

export { checkSalePlaceAndDealer } from './sale-places.service.js';
export const contractsResolvers = [SalePlacesResolver, LoanContractResolver, PartyCardResolver, ConsolidationResolver] as const;
