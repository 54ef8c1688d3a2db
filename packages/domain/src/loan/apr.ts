/**
 * Annual percentage rate of charge (RRSO / RPMN), Directive 2008/48/EC Annex I:
 *
 *   Σ_k C_k (1 + X)^(−t_k) = Σ_l D_l (1 + X)^(−s_l)
 *
 * C_k drawdowns (amount > 0), D_l payments by the consumer (amount < 0), t/s in years from the first
 * drawdown. Basis DAYS (default, Annex I remark (h): "a year is presumed to have 365 days (or 366 days for leap
 * years)"): whole years counted from the first drawdown's anniversaries, plus the remaining days divided by the
 * length of the year running from the last anniversary (366 when that year contains a 29 February, else 365) —
 * so a period of exactly one year is t = 1 whether or not it spans a leap day (docs/domain.md §APR, worked
 * example). Basis MONTHS (Annex I remark (c)): whole calendar months / 12 + remaining days / 365. Basis
 * DAYS_365_25 (comparison only, not the legal basis): actual days / 365.25.
 *
 * The cash-flow amounts are exact decimals (parsed to minor units); the equation itself is solved
 * numerically (Newton with a bisection fallback) in double precision — X is a rate, not money, and the
 * solution is accurate to ~1e−12, far below the 4 decimals of a percent returned. The legal figure is
 * rounded ONCE, half up to one decimal, from that solution (never from the 4-decimal figure: 6.44996 → 6.4).
 */
import { DomainError } from './errors.js';
import { parseMoney, roundDecimal } from '../money.js';
import { addMonthsDay, civil, parseDate, wholeMonthsAndDays } from './dates.js';

export interface CashFlow {
  date: string;
  /** > 0: credit drawn by the consumer; < 0: paid by the consumer (instalments, fees) */
  amount: string;
}

export type AprBasis = 'DAYS' | 'MONTHS' | 'DAYS_365_25';
export const APR_BASES: readonly AprBasis[] = ['DAYS', 'MONTHS', 'DAYS_365_25'];

export interface AprOptions {
  basis?: AprBasis;
}

export interface AprResult {
  /** percent, 4 decimals, e.g. "12.6825" */
  apr: string;
  /** legal figure: the exact solution rounded once, half up, to 1 decimal */
  legal: string;
  /** X as a fraction (not percent) */
  x: number;
  iterations: number;
  /** time in years of every flow, in input order */
  times: number[];
}

function npv(a: Float64Array, t: Float64Array, x: number): number {
  const l = Math.log1p(x);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * Math.exp(-t[i]! * l);
  return s;
}

/** Full APR computation with diagnostics. */
export function aprDetails(flows: readonly CashFlow[], options: AprOptions = {}): AprResult {
  const basis = options.basis ?? 'DAYS';
  if (!APR_BASES.includes(basis)) throw new DomainError('INVALID_APR_BASIS', 'options.basis', 'basis must be DAYS, MONTHS or DAYS_365_25', { value: basis });
  if (!Array.isArray(flows) || flows.length < 2) throw new DomainError('APR_FLOWS_TOO_FEW', 'flows', 'at least one drawdown and one payment are needed');
  const n = flows.length;
  const amounts = new Float64Array(n);
  const days = new Int32Array(n);
  let first = Infinity;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < n; i++) {
    const f = flows[i]!;
    const minor = parseMoney(f.amount, `flows[${i}].amount`);
    days[i] = parseDate(f.date, `flows[${i}].date`);
    amounts[i] = Number(minor) / 100;
    if (minor > 0n) {
      pos += amounts[i]!;
      if (days[i]! < first) first = days[i]!;
    } else if (minor < 0n) neg -= amounts[i]!;
  }
  if (pos === 0) throw new DomainError('APR_NO_DRAWDOWN', 'flows', 'no drawdown (positive amount) among the flows');
  if (neg === 0) throw new DomainError('APR_NO_PAYMENT', 'flows', 'no payment by the consumer (negative amount) among the flows');
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = days[i]!;
    if (d < first) t[i] = (d - first) / 365;
    else if (basis === 'DAYS') t[i] = yearsByAnniversary(first, d);
    else if (basis === 'DAYS_365_25') t[i] = (d - first) / 365.25;
    else {
      const md = wholeMonthsAndDays(first, d);
      t[i] = md.months / 12 + md.days / 365;
    }
  }
  // f(x) = Σ a (1+x)^−t, decreasing in x when payments come after drawdowns
  let x = neg / pos - 1 > 0 ? 0.1 : 0;
  let it = 0;
  let ok = false;
  for (; it < 100; it++) {
    const l = Math.log1p(x);
    let f = 0;
    let df = 0;
    for (let i = 0; i < n; i++) {
      const v = amounts[i]! * Math.exp(-t[i]! * l);
      f += v;
      df -= (t[i]! * v) / (1 + x);
    }
    if (df === 0 || !Number.isFinite(f)) break;
    const nx = x - f / df;
    if (!Number.isFinite(nx) || nx <= -0.999999) break;
    if (Math.abs(nx - x) < 1e-13) {
      x = nx;
      ok = true;
      break;
    }
    x = nx;
  }
  if (!ok) {
    // bisection fallback on [−0.99, 1e6]
    let lo = -0.99;
    let hi = 1e6;
    let flo = npv(amounts, t, lo);
    if (Math.sign(flo) === Math.sign(npv(amounts, t, hi))) {
      throw new DomainError('APR_NO_SOLUTION', 'flows', 'the APR equation has no solution for these flows');
    }
    for (it = 0; it < 300 && hi - lo > 1e-14 * Math.max(1, Math.abs(lo)); it++) {
      const mid = (lo + hi) / 2;
      const fm = npv(amounts, t, mid);
      if (Math.sign(fm) === Math.sign(flo)) {
        lo = mid;
        flo = fm;
      } else hi = mid;
    }
    x = (lo + hi) / 2;
  }
  const pct = Math.round(x * 1e6) / 1e4;
  const apr = (Object.is(pct, -0) ? 0 : pct).toFixed(4);
  return { apr, legal: legalFromExact(x), x, iterations: it, times: Array.from(t) };
}

/**
 * Years from day a to day b (a ≤ b) on the DAYS basis: whole years between anniversaries of a (29 February
 * anchors fall on 28 February in common years), then the remaining days over the length of the year that starts
 * at the last anniversary (366 if it contains a 29 February, else 365).
 */
export function yearsByAnniversary(a: number, b: number): number {
  const ca = civil(a);
  let years = civil(b).y - ca.y;
  let mark = addMonthsDay(a, 12 * years, ca.d);
  while (years > 0 && mark > b) {
    years--;
    mark = addMonthsDay(a, 12 * years, ca.d);
  }
  const next = addMonthsDay(a, 12 * (years + 1), ca.d);
  // the year from the last anniversary to the next one has 366 days exactly when it contains a 29 February
  return years + (b - mark) / (next - mark);
}

/**
 * The legal (disclosed) figure from the exact solution X: percent rounded once, half up, to one decimal. X is
 * first written with 9 decimals of a percent (the solver's accuracy is ~1e−10 percent), which only removes
 * binary floating-point noise; the rounding to one decimal is then exact (decimal arithmetic).
 */
export function legalFromExact(x: number): string {
  const p = x * 100;
  return roundDecimal((Object.is(p, -0) ? 0 : p).toFixed(9), 1);
}

/** APR in percent with 4 decimals, e.g. "12.6825". */
export function annualPercentageRate(flows: readonly CashFlow[], options?: AprOptions): string {
  return aprDetails(flows, options).apr;
}

/**
 * An APR string rounded half-up to one decimal, "12.7". For the disclosed figure use `aprDetails(flows).legal`,
 * which rounds the exact solution once (rounding the 4-decimal `apr` again would turn 6.44996 into 6.4500 → 6.5).
 */
export function legalApr(apr: string): string {
  return roundDecimal(apr, 1);
}

/** Cash flows of a schedule for the APR: drawdown of `netDrawdown` (principal − upfront fees) and the line totals. */
export function scheduleCashFlows(disbursementDate: string, drawdown: string, lines: readonly { dueDate: string; total: string }[], fees: readonly CashFlow[] = []): CashFlow[] {
  const out: CashFlow[] = [{ date: disbursementDate, amount: drawdown }];
  for (const l of lines) out.push({ date: l.dueDate, amount: l.total.startsWith('-') ? l.total.slice(1) : '-' + l.total });
  for (const f of fees) out.push(f);
  return out;
}
