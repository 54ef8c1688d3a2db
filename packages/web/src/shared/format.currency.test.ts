import { describe, expect, it } from 'vitest';
import { formatCurrencyTotals, sumByCurrency } from './format';

// Registry totals per currency (issue 18): amounts of two currencies are shown side by side, never added.
describe('registry totals per currency', () => {
  it('formats each currency with its code, in the order given', () => {
    expect(
      formatCurrencyTotals(
        [
          { currency: 'EUR', amount: '56' },
          { currency: 'PLN', amount: '1234.5' },
        ],
        'pl',
      ),
    ).toBe('56,00\u00a0EUR; 1\u00a0234,50\u00a0PLN');
    expect(formatCurrencyTotals([{ currency: 'PLN', amount: '1234.5' }], 'en')).toBe('1,234.50\u00a0PLN');
    expect(formatCurrencyTotals([], 'pl')).toBe('0,00');
  });
  it('sums selected rows per currency, exactly', () => {
    const rows = [
      { currency: 'PLN', amount: '0.10' },
      { currency: 'EUR', amount: '5.00' },
      { currency: 'PLN', amount: '0.20' },
    ];
    expect(sumByCurrency(rows)).toEqual([
      { currency: 'EUR', amount: '5.00' },
      { currency: 'PLN', amount: '0.30' },
    ]);
  });
});
