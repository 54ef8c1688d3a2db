import { describe, expect, it } from 'vitest';
import { DomainError, earlyRepaymentQuote, type ScheduleTerms } from '../../src/index.js';

// LOAN-10.2: take-over 1.12.2020, first installment 20.1.2021: interest 22, accumulated 4 (installment 22.00)
// 1581.67 × 12 % × 50/365 = 26.00 = 22 + 4
const seed: ScheduleTerms = {
  principal: '1581.67',
  annualRate: '12',
  installments: 120,
  disbursementDate: '2020-12-01',
  firstDueDate: '2021-01-20',
  method: 'ANNUITY',
  dayCount: 'ACT/365',
  fixedInstallment: '22.00',
};

describe('early repayment (LOAN-10.2)', () => {
  it('on 25.1.2021: interest 20.1–25.1 + accumulated 4 + interest 22', () => {
    const q = earlyRepaymentQuote(seed, '2021-01-25', { paidInstallments: 0 });
    // 1581.67 × 12 % × 5/365 = 2.6000 → 2.60
    expect(q).toMatchObject({
      accruedInterest: '2.60',
      accumulatedInterest: '4.00',
      unpaidInstallmentInterest: '22.00',
      interest: '28.60',
      principal: '1581.67',
      total: '1610.27',
      accruedFrom: '2021-01-20',
      accruedDays: 5,
    });
  });
  it('on 25.1.2021 with installment 1 paid: interest 20.1–25.1 + accumulated 4', () => {
    const q = earlyRepaymentQuote(seed, '2021-01-25');
    expect(q).toMatchObject({ interest: '6.60', principal: '1581.67' });
  });
  it('on 19.1.2021 (before the installment with accumulated interest): interest 1.12.2020–19.1.2021 only', () => {
    // 49 days: 1581.67 × 12 % × 49/365 = 25.4801 → 25.48; accumulated interest not added
    const q = earlyRepaymentQuote(seed, '2021-01-19');
    expect(q).toMatchObject({ accruedInterest: '25.48', accumulatedInterest: '0.00', interest: '25.48', accruedFrom: '2020-12-01', accruedDays: 49, total: '1607.15' });
  });
  it('during a deferral the interest is computed once from the start of the deferral', () => {
    // 12000 at 12 %, 30/360, 2 deferral months; payoff 2025-03-30 (after deferral line 1 on 2025-02-15)
    // 30E/360 days 2025-01-15 → 2025-03-30 = 30·2 + 15 = 75; 12000 × 12 % × 75/360 = 300.00
    const q = earlyRepaymentQuote(
      { principal: '12000.00', annualRate: '12', installments: 6, deferralMonths: 2, disbursementDate: '2025-01-15', firstDueDate: '2025-02-15', method: 'ANNUITY', dayCount: '30/360' },
      '2025-03-30',
    );
    expect(q).toMatchObject({ deferralRecomputed: true, interest: '300.00', principal: '12000.00', total: '12300.00' });
  });
  it('rejects a date before disbursement and too many paid installments', () => {
    expect(() => earlyRepaymentQuote(seed, '2020-11-30')).toThrow(DomainError);
    expect(() => earlyRepaymentQuote(seed, '2021-01-25', { paidInstallments: 2 })).toThrow(expect.objectContaining({ field: 'paidInstallments' }));
  });
});
