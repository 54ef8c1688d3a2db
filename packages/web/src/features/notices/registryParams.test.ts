import { describe, expect, it } from 'vitest';
import { exportHref, readRegistrySearch, registrySearchToFilter, registrySearchToParams } from './registryParams';

describe('registry URL state', () => {
  it('round-trips filters and drops a file number without a kind', () => {
    const s = readRegistrySearch(new URLSearchParams('settlementStatus=SETTLED&fileNumber=5&ids=a,b'));
    expect(s.settlementStatus).toBe('SETTLED');
    expect(registrySearchToFilter(s)).toEqual({ ids: ['a', 'b'], settlementStatus: 'SETTLED' });
    expect(registrySearchToParams(s).toString()).toBe('fileNumber=5&settlementStatus=SETTLED&ids=a%2Cb');
    expect(exportHref({ ...s, kindCode: 'GOK' }, 'csv')).toBe('/api/notices/export?format=csv&ids=a%2Cb&kindCode=GOK&fileNumber=5&settlementStatus=SETTLED');
    expect(exportHref({ ...s, kindCode: 'GOK' }, 'xlsx', 'en')).toBe('/api/notices/export?format=xlsx&ids=a%2Cb&kindCode=GOK&fileNumber=5&settlementStatus=SETTLED&lang=en');
  });
});
