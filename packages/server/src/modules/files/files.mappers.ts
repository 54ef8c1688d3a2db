import { PartyKindEnum, type PartyType } from './files.types.js';

/** GraphQL mappers of the files module. */

export function toPartyType(p: {
  id: string;
  kind: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  nationalId: string | null;
  country: string;
  deathDate: string | null;
  bankruptcyDate: string | null;
  nonstopBanking: string;
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
