import type { DealerRow, SalePlaceRow } from './sale-places.service.js';
import type { DealerType, SalePlaceType } from './sale-places.types.js';

export function toDealer(d: DealerRow, places: { place: SalePlaceRow }[] | SalePlaceRow): DealerType {
  const code = Array.isArray(places) ? places.find((p) => p.place.id === d.salePlaceId)?.place.code : places.code;
  return { id: d.id, code: d.code, name: d.name, salePlaceId: d.salePlaceId, salePlaceCode: code ?? '' };
}

export function toSalePlace(p: SalePlaceRow, dealers: DealerRow[]): SalePlaceType {
  return { id: p.id, code: p.code, name: p.name, cooperationFrom: p.cooperationFrom, cooperationTo: p.cooperationTo, dealers: dealers.map((d) => toDealer(d, p)) };
}
