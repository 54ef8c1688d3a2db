import type { PartyKindEnum, PartyType } from '../files/index.js';
import type { DealerRow, SalePlaceRow } from './sale-places.service.js';
import type { DealerType, SalePlaceType } from './sale-places.types.js';

export function toDealer(d: DealerRow, places: { place: SalePlaceRow }[] | SalePlaceRow): DealerType {
  const code = Array.isArray(places) ? places.find((p) => p.place.id === d.salePlaceId)?.place.code : places.code;
  return { id: d.id, code: d.code, name: d.name, salePlaceId: d.salePlaceId, salePlaceCode: code ?? '' };
}

export function toSalePlace(p: SalePlaceRow, dealers: DealerRow[]): SalePlaceType {
  return { id: p.id, code: p.code, name: p.name, cooperationFrom: p.cooperationFrom, cooperationTo: p.cooperationTo, dealers: dealers.map((d) => toDealer(d, p)) };
}

export function toParty(p: {
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
