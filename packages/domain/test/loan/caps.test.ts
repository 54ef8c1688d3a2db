import { describe, expect, it } from 'vitest';
import {
  assertCaps,
  assertFrontendInstallment,
  checkCaps,
  checkFrontendInstallment,
  DomainError,
  plMaxInterestRate,
  plMaxNonInterestCosts,
  plMaxPenaltyInterestRate,
  type SkCapRow,
} from '../../src/index.js';

describe('PL maximum interest = 2 × (NBP reference rate + 3.5 pp)', () => {
  it('hand-checked against the reference rate history', () => {
    expect(plMaxInterestRate('2021-01-01')).toBe('7.20'); // 2 × (0.10 + 3.5)
    expect(plMaxInterestRate('2022-09-08')).toBe('20.50'); // 2 × (6.75 + 3.5)
    expect(plMaxInterestRate('2023-10-05')).toBe('18.50'); // 2 × (5.75 + 3.5)
    expect(plMaxInterestRate('2023-10-04')).toBe('19.00'); // 2 × (6.00 + 3.5)
  });
  it('maximum penalty interest = 2 × (reference rate + 5.5 pp): 2 × (5.75 + 5.5) = 22.50', () => {
    expect(plMaxPenaltyInterestRate('2024-01-01')).toBe('22.50');
    expect(checkCaps({ country: 'PL', signatureDate: '2024-01-01', penaltyRate: '22.6' }).violations).toEqual(['PL_MAX_PENALTY_INTEREST']);
  });
  it('a later change is just a new row', () => {
    expect(plMaxInterestRate('2026-01-01', [{ from: '2025-01-01', rate: '4.00' }])).toBe('15.00');
  });
  it('no row in force → DomainError', () => {
    expect(() => plMaxInterestRate('2015-12-31')).toThrow(DomainError);
  });
});

describe('PL MPKK (maximum non-interest costs)', () => {
  it('current: 10 % + 10 % × years, at most 45 %', () => {
    expect(plMaxNonInterestCosts('10000.00', 365, '2025-01-01')).toBe('2000.00'); // 1000 + 1000
    expect(plMaxNonInterestCosts('10000.00', 730, '2025-01-01')).toBe('3000.00'); // 1000 + 2000
    expect(plMaxNonInterestCosts('10000.00', 1826, '2025-01-01')).toBe('4500.00'); // 1000 + 5002.74 > 45 %
    expect(plMaxNonInterestCosts('10000.00', 366, '2024-01-01')).toBe('2000.00'); // leap year: R = 366
  });
  it('before 18.12.2022: 25 % + 30 % × years, at most 100 %', () => {
    expect(plMaxNonInterestCosts('10000.00', 365, '2022-06-01')).toBe('5500.00');
  });
});

describe('cap check', () => {
  it('uses the signature date by default and the recalculation date when the contract type says so', () => {
    const base = { country: 'PL' as const, signatureDate: '2023-10-04', recalculationDate: '2023-10-05', interestRate: '18.75' };
    expect(checkCaps(base)).toMatchObject({ accepted: true, checkDate: '2023-10-04' }); // cap 19.00
    const r = checkCaps({ ...base, aprCheckDate: 'RECALCULATION_DATE' }); // cap 18.50
    expect(r).toMatchObject({ accepted: false, checkDate: '2023-10-05', violations: ['PL_MAX_INTEREST'] });
  });
  it('recalculation date required when checked by it', () => {
    expect(() => checkCaps({ country: 'PL', signatureDate: '2024-01-01', aprCheckDate: 'RECALCULATION_DATE', interestRate: '10' })).toThrowError(
      expect.objectContaining({ code: 'REQUIRED', field: 'recalculationDate' }),
    );
  });
  it('assertCaps names the cap', () => {
    expect(() => assertCaps({ country: 'PL', signatureDate: '2024-01-01', nonInterestCosts: '2000.01', principal: '10000.00', termDays: 365 })).toThrow(
      expect.objectContaining({ code: 'CAP_EXCEEDED', field: 'nonInterestCosts', params: expect.objectContaining({ cap: 'PL_MAX_NON_INTEREST_COSTS' }) }),
    );
  });
  it('SK: max RPMN / Odplata from a dated table', () => {
    const sk: SkCapRow[] = [
      { from: '2023-01-01', maxRpmn: '25.0', maxOdplata: '20.0' },
      { from: '2024-01-01', maxRpmn: '22.5', maxOdplata: '18.0' },
    ];
    expect(checkCaps({ country: 'SK', signatureDate: '2023-12-31', apr: '24.9', odplata: '19', tables: { sk } }).accepted).toBe(true);
    const r = checkCaps({ country: 'SK', signatureDate: '2024-01-01', apr: '24.9', odplata: '19', tables: { sk } });
    expect(r.violations).toEqual(['SK_MAX_RPMN', 'SK_MAX_ODPLATA']);
    expect(() => assertCaps({ country: 'SK', signatureDate: '2024-06-01', apr: '22.6', tables: { sk } })).toThrowError(expect.objectContaining({ field: 'apr' }));
  });
});

describe('front-end installment check (LOAN-4.2): |installment × count + down payment − price| < installment', () => {
  it('accepts 85.00 × 10 for 849.10 (difference 0.90, last installment 84.10)', () => {
    expect(checkFrontendInstallment({ installment: '85.00', count: 10, contractPrice: '849.10' })).toEqual({ accepted: true, difference: '0.90', lastInstallment: '84.10' });
  });
  it('counts the down payment', () => {
    expect(checkFrontendInstallment({ installment: '85.00', count: 10, downPayment: '150.00', contractPrice: '1000.00' }).accepted).toBe(true);
  });
  it('rejects a difference equal to or above the installment', () => {
    expect(checkFrontendInstallment({ installment: '85.00', count: 10, contractPrice: '935.00' }).accepted).toBe(false); // |−85| = 85
    expect(() => assertFrontendInstallment({ installment: '85.00', count: 10, contractPrice: '1000.00' })).toThrowError(
      expect.objectContaining({ code: 'INSTALLMENT_CHECK_FAILED', field: 'installment' }),
    );
  });
});
