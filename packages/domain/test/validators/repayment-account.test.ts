import { describe, expect, it } from 'vitest';
import { ibanCheckDigits, isSkAccountNumber, validateIban, validateNrb, virtualRepaymentAccount } from '../../src/validators/index.js';

describe('virtualRepaymentAccount (issue 24: one repayment account per loan)', () => {
  it('SK: IBAN of the lender bank and prefix, basic number passing the mod-11 check, valid IBAN check digits', () => {
    const lender = `SK${ibanCheckDigits('SK', '11000000002620001234')}11000000002620001234`;
    expect(validateIban(lender).ok).toBe(true);
    let made = 0;
    const seen = new Set<string>();
    for (let seq = 1; seq <= 200; seq++) {
      const a = virtualRepaymentAccount('SK', seq, lender);
      if (a === null) continue;
      made++;
      expect(validateIban(a)).toEqual({ ok: true, value: a });
      expect(a.slice(4, 14)).toBe('1100000000');
      expect(isSkAccountNumber(a.slice(8, 14), a.slice(14))).toBe(true);
      expect(Number(a.slice(15))).toBe(seq);
      seen.add(a);
    }
    // one sequence number in 11 has no check digit; all others give distinct accounts
    expect(made).toBeGreaterThan(170);
    expect(seen.size).toBe(made);
  });

  it('SK: a sequence number with no check digit gives null (the caller takes the next one)', () => {
    const nulls = Array.from({ length: 110 }, (_, i) => virtualRepaymentAccount('SK', i + 1)).filter((x) => x === null);
    expect(nulls.length).toBe(11);
  });

  it('PL: NRB of the lender sort code and prefix with the sequence number, valid check digits', () => {
    const a = virtualRepaymentAccount('PL', 42, null)!;
    expect(validateNrb(a)).toEqual({ ok: true, value: a });
    expect(a).toMatch(/^\d{2}109010147700000000000042$/);
    expect(a.endsWith('0000000042')).toBe(true);
  });

  it('refuses sequence numbers out of range', () => {
    expect(() => virtualRepaymentAccount('SK', 0)).toThrow(RangeError);
    expect(() => virtualRepaymentAccount('PL', 1e10)).toThrow(RangeError);
  });
});
