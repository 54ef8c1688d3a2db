import { describe, expect, it } from 'vitest';
import { payerCheck } from '../../src/index.js';

const jan = { firstName: 'Jan', lastName: 'Kowalski', companyName: null };
const zofia = { firstName: 'Zofia', lastName: 'Wójcik-Łęcka', companyName: null };

describe('payerCheck (issue 30: payers who are not the borrower)', () => {
  it('knows the borrower by surname and first name or initial, in any order, ignoring case and diacritics', () => {
    expect(payerCheck({ name: 'JAN KOWALSKI UL. DŁUGA 5 WARSZAWA', account: null }, [jan]).relation).toBe('BORROWER');
    expect(payerCheck({ name: 'Kowalski J.', account: null }, [jan]).relation).toBe('BORROWER');
    expect(payerCheck({ name: 'WOJCIK-LECKA ZOFIA', account: '11114020040000330212345678' }, [zofia]).relation).toBe('BORROWER');
  });

  it('a co-borrower paying is a borrower', () => {
    expect(payerCheck({ name: 'ZOFIA WÓJCIK-ŁĘCKA', account: null }, [jan, zofia]).relation).toBe('BORROWER');
  });

  it('someone else is a third party, named in the detail with the borrower', () => {
    const c = payerCheck({ name: 'ANNA KOWALSKA', account: '11114020040000330212345678' }, [jan]);
    expect(c.relation).toBe('THIRD_PARTY');
    expect(c.detail).toContain('ANNA KOWALSKA');
    expect(c.detail).toContain('Jan Kowalski');
    // the surname alone with another first name is not the borrower
    expect(payerCheck({ name: 'PIOTR KOWALSKI', account: null }, [jan]).relation).toBe('THIRD_PARTY');
  });

  it('an account the borrower paid from before counts as the borrower', () => {
    expect(payerCheck({ name: 'MAMA', account: '11114020040000330212345678' }, [{ ...jan, accounts: ['11114020040000330212345678'] }]).relation).toBe('BORROWER');
  });

  it('companies: every significant word of the name, legal-form words ignored', () => {
    const firm = { firstName: null, lastName: null, companyName: 'Budex Sp. z o.o.' };
    expect(payerCheck({ name: 'BUDEX SPOLKA Z OGRANICZONA', account: null }, [firm]).relation).toBe('BORROWER');
    expect(payerCheck({ name: 'ABC SP Z OO', account: null }, [firm]).relation).toBe('THIRD_PARTY');
  });

  it('no payer named or no borrower on record: unknown', () => {
    expect(payerCheck({ name: null, account: null }, [jan]).relation).toBe('UNKNOWN');
    expect(payerCheck({ name: null, account: '11114020040000330212345678' }, [jan]).relation).toBe('UNKNOWN');
    expect(payerCheck({ name: 'JAN KOWALSKI', account: null }, []).relation).toBe('UNKNOWN');
  });
});
