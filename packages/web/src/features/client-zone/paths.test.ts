import { describe, expect, it } from 'vitest';
import { clientZoneLoginRedirect, safeClientNext } from './paths';

describe('client zone paths', () => {
  it('accepts only client zone targets after login', () => {
    expect(safeClientNext('/clientzone/loans/1?payment=2')).toBe('/clientzone/loans/1?payment=2');
    expect(safeClientNext('/clientzone')).toBe('/clientzone');
    expect(safeClientNext('/files')).toBe('/clientzone');
    expect(safeClientNext('//evil.example/clientzone')).toBe('/clientzone');
    expect(safeClientNext('/clientzoneX')).toBe('/clientzone');
    expect(safeClientNext('/clientzone/login?next=x')).toBe('/clientzone');
    expect(safeClientNext(null)).toBe('/clientzone');
  });
  it('sends an expired borrower session to the client zone login', () => {
    expect(clientZoneLoginRedirect('/clientzone/loans', '?tab=schedule')).toBe('/clientzone/login?next=%2Fclientzone%2Floans%3Ftab%3Dschedule&expired=1');
    expect(clientZoneLoginRedirect('/clientzone/login', '')).toBeNull();
  });
});
