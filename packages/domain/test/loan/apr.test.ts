import { describe, expect, it } from 'vitest';
import { pmt } from 'financial';
import { annualPercentageRate, aprDetails, buildSchedule, DomainError, legalApr, scheduleCashFlows, type CashFlow } from '../../src/index.js';

/** Independent solver: bisection in floats, times computed with JS Date (UTC) — shares no code with the engine. */
function refApr(flows: { t: number; a: number }[]): number {
  const f = (x: number): number => flows.reduce((s, c) => s + c.a * Math.pow(1 + x, -c.t), 0);
  let lo = -0.99;
  let hi = 100;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * 100;
}
const dayT = (d0: string, d: string): number => (Date.parse(d + 'T00:00:00Z') - Date.parse(d0 + 'T00:00:00Z')) / 86400000 / 365;
/** Independent DAYS basis (Annex I (h), 365 or 366 in a leap year): whole years between anniversaries of d0 by JS Date, then days / length of that year. */
const annivT = (d0: string, d: string): number => {
  const a = new Date(d0 + 'T00:00:00Z');
  const b = Date.parse(d + 'T00:00:00Z');
  const at = (k: number) => {
    const x = new Date(a);
    x.setUTCFullYear(a.getUTCFullYear() + k);
    if (x.getUTCDate() !== a.getUTCDate()) x.setUTCDate(0); // 29 Feb → 28 Feb
    return x.getTime();
  };
  let k = 0;
  while (at(k + 1) <= b) k++;
  return k + (b - at(k)) / (at(k + 1) - at(k));
};

describe('Directive 98/7/EC Annex examples (EU formula)', () => {
  it('Example 1: 1000 lent 1.1.1994, 1200 repaid 1.1.1995 → X = 20 %', () => {
    const apr = annualPercentageRate([
      { date: '1994-01-01', amount: '1000' },
      { date: '1995-01-01', amount: '-1200' },
    ]);
    expect(apr).toBe('20.0000');
  });
  it('Example 2: 1000 lent, 1200 repaid after 18 months (equal months) → X = 1.2^(1/1.5) − 1 = 12.92 %', () => {
    const apr = annualPercentageRate(
      [
        { date: '1994-01-01', amount: '1000' },
        { date: '1995-07-01', amount: '-1200' },
      ],
      { basis: 'MONTHS' },
    );
    expect(Number(apr)).toBeCloseTo((Math.pow(1.2, 1 / 1.5) - 1) * 100, 4);
    expect(legalApr(apr)).toBe('12.9');
  });
  it('Example 3: 1000 lent, 272 after 3 months, 272 after 6 months, 544 after 12 months → 13.19 % (legal 13.2)', () => {
    const flows: CashFlow[] = [
      { date: '1994-01-01', amount: '1000' },
      { date: '1994-04-01', amount: '-272' },
      { date: '1994-07-01', amount: '-272' },
      { date: '1995-01-01', amount: '-544' },
    ];
    const apr = annualPercentageRate(flows, { basis: 'MONTHS' });
    const ref = refApr([
      { t: 0, a: 1000 },
      { t: 0.25, a: -272 },
      { t: 0.5, a: -272 },
      { t: 1, a: -544 },
    ]);
    expect(Math.abs(Number(apr) - ref)).toBeLessThan(0.0001);
    expect(legalApr(apr)).toBe('13.2');
  });
  it('Example 4: 1000 lent, 50 retained as costs at the start, 1200 repaid after 1 year → 1200/950 − 1 = 26.32 %', () => {
    const apr = annualPercentageRate([
      { date: '1994-01-01', amount: '1000' },
      { date: '1994-01-01', amount: '-50' },
      { date: '1995-01-01', amount: '-1200' },
    ]);
    expect(Number(apr)).toBeCloseTo((1200 / 950 - 1) * 100, 4);
  });
});

describe('worked examples verified independently', () => {
  it('12 % nominal, 12 monthly annuity installments (888.49 on 10000), equal months → ≈ (1.01)^12 − 1 = 12.68 %', () => {
    const s = buildSchedule({ principal: '10000.00', annualRate: '12', installments: 12, disbursementDate: '2025-01-15', firstDueDate: '2025-02-15', method: 'ANNUITY', dayCount: '30/360' });
    const apr = annualPercentageRate(scheduleCashFlows('2025-01-15', '10000.00', s.lines), { basis: 'MONTHS' });
    const ref = refApr([{ t: 0, a: 10000 }, ...s.lines.map((l, k) => ({ t: (k + 1) / 12, a: -Number(l.total) }))]);
    expect(Math.abs(Number(apr) - ref)).toBeLessThan(0.0001);
    expect(Math.abs(Number(apr) - 12.6825)).toBeLessThan(0.01);
    expect(legalApr(apr)).toBe('12.7');
  });
  it('upfront fee: 10000 with a 500 fee, 24 × pmt(1 %, 24, 10000) = 470.73 → independent bisection, 18.70 %', () => {
    const A = (-pmt(0.01, 24, 10000)).toFixed(2);
    expect(A).toBe('470.73');
    const flows: CashFlow[] = [
      { date: '2025-01-01', amount: '10000.00' },
      { date: '2025-01-01', amount: '-500.00' },
    ];
    const ref: { t: number; a: number }[] = [{ t: 0, a: 9500 }];
    for (let k = 1; k <= 24; k++) {
      const d = new Date(Date.UTC(2025, k, 1)).toISOString().slice(0, 10);
      flows.push({ date: d, amount: '-' + A });
      ref.push({ t: dayT('2025-01-01', d), a: -Number(A) });
    }
    const apr = annualPercentageRate(flows);
    expect(Math.abs(Number(apr) - refApr(ref))).toBeLessThan(0.0001);
    expect(Math.abs(Number(apr) - 18.7)).toBeLessThan(0.01);
  });
  it('30-day payday loan: 1000 → 1100 after 30 days → 1.1^(365/30) − 1 = 218.87 %', () => {
    const apr = annualPercentageRate([
      { date: '2025-03-01', amount: '1000.00' },
      { date: '2025-03-31', amount: '-1100.00' },
    ]);
    expect(Number(apr)).toBeCloseTo((Math.pow(1.1, 365 / 30) - 1) * 100, 3);
    expect(apr).toBe('218.8680');
  });
  it('ACT/365 schedule with a broken first period, daily basis across a leap year → independent bisection', () => {
    const s = buildSchedule({ principal: '5000.00', annualRate: '19.9', installments: 24, disbursementDate: '2023-11-20', firstDueDate: '2024-01-05', method: 'ANNUITY', dayCount: 'ACT/365' });
    const flows = scheduleCashFlows('2023-11-20', '5000.00', s.lines, [{ date: '2023-11-20', amount: '-150.00' }]);
    const ref = flows.map((f) => ({ t: annivT('2023-11-20', f.date), a: Number(f.amount) }));
    expect(Math.abs(Number(annualPercentageRate(flows)) - refApr(ref))).toBeLessThan(0.0001);
    // DAYS_365_25 is the comparison basis: actual days / 365.25
    const ref2 = flows.map((f) => ({ t: (dayT('2023-11-20', f.date) * 365) / 365.25, a: Number(f.amount) }));
    expect(Math.abs(Number(annualPercentageRate(flows, { basis: 'DAYS_365_25' })) - refApr(ref2))).toBeLessThan(0.0001);
  });
  it('the legal figure is rounded once from the exact solution: 100000.00 repaid by 106449.96 a year later → 6.44996 % → "6.4"', () => {
    const flows: CashFlow[] = [
      { date: '2026-12-07', amount: '100000.00' },
      { date: '2027-12-07', amount: '-106449.96' },
    ];
    const d = aprDetails(flows);
    expect(d.apr).toBe('6.4500'); // 4 decimals (half up) of 6.44996
    expect(d.legal).toBe('6.4'); // not 6.5 (which rounding "6.4500" again would give)
    expect(legalApr(d.apr)).toBe('6.5');
    expect(aprDetails(flows, { basis: 'DAYS_365_25' }).x).toBeCloseTo(Math.pow(1.0644996, 365.25 / 365) - 1, 10);
    expect(annualPercentageRate(flows, { basis: 'DAYS_365_25' })).toBe('6.4545');
  });
  it('DAYS basis: a year spanning 29 February is one year; part of a leap year counts 366 days (docs/domain.md worked example)', () => {
    // 2027-11-15 → 2028-11-15 spans 2028-02-29 (366 days): exactly one year
    expect(
      aprDetails([
        { date: '2027-11-15', amount: '1000.00' },
        { date: '2028-11-15', amount: '-1100.00' },
      ]).x,
    ).toBeCloseTo(0.1, 12);
    // 2027-11-15 → 2028-05-15: 182 days inside a year of 366 days → t = 182/366
    const d = aprDetails([
      { date: '2027-11-15', amount: '1000.00' },
      { date: '2028-05-15', amount: '-1050.00' },
    ]);
    expect(d.times[1]).toBeCloseTo(182 / 366, 14);
    expect(d.x).toBeCloseTo(Math.pow(1.05, 366 / 182) - 1, 10);
    // 2026-06-30 → 2028-09-30: 2 whole years, then 92 days of the year 2028-06-30 → 2029-06-30 (365 days)
    expect(
      aprDetails([
        { date: '2026-06-30', amount: '1000.00' },
        { date: '2028-09-30', amount: '-1300.00' },
      ]).times[1],
    ).toBeCloseTo(2 + 92 / 365, 14);
  });
  it('interest-free with no costs → 0 %', () => {
    const s = buildSchedule({ principal: '1200.00', annualRate: '0', installments: 12, disbursementDate: '2025-01-01', firstDueDate: '2025-02-01', method: 'ANNUITY', dayCount: '30/360' });
    expect(annualPercentageRate(scheduleCashFlows('2025-01-01', '1200.00', s.lines))).toBe('0.0000');
  });
  it('two drawdowns (credit line): time measured from the first drawdown', () => {
    const flows: CashFlow[] = [
      { date: '2025-01-01', amount: '500.00' },
      { date: '2025-04-01', amount: '500.00' },
      { date: '2026-01-01', amount: '-1100.00' },
    ];
    const ref = flows.map((f) => ({ t: dayT('2025-01-01', f.date), a: Number(f.amount) }));
    expect(Math.abs(Number(annualPercentageRate(flows)) - refApr(ref))).toBeLessThan(0.0001);
    expect(aprDetails(flows).times[1]).toBeCloseTo(90 / 365, 12);
  });
  it('MONTHS basis: whole months / 12 + remaining days / 365', () => {
    const d = aprDetails(
      [
        { date: '2025-01-31', amount: '100.00' },
        { date: '2025-03-05', amount: '-101.00' },
      ],
      { basis: 'MONTHS' },
    );
    // 31.1 → 28.2 is one whole month (clamped), then 5 days
    expect(d.times[1]).toBeCloseTo(1 / 12 + 5 / 365, 12);
  });
  it('errors are DomainErrors naming the field', () => {
    expect(() => annualPercentageRate([{ date: '2025-01-01', amount: '100' }])).toThrow(DomainError);
    expect(() =>
      annualPercentageRate([
        { date: '2025-01-01', amount: '100' },
        { date: '2025-13-01', amount: '-110' },
      ]),
    ).toThrow(expect.objectContaining({ field: 'flows[1].date' }));
  });
});
