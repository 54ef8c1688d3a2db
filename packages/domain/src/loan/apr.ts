/**
 * Annual percentage rate of charge (RRSO / RPMN), Directive 2008/48/EC Annex I:
 *
 *   Σ_k C_k (1 + X)^(−t_k) = Σ_l D_l (1 + X)^(−s_l)
 *
 * C_k drawdowns (amount > 0), D_l payments by the consumer (amount < 0), t/s in years from the first
 * drawdown. Basis DAYS (default): actual days / 365. Basis MONTHS (Annex I remark (c)): whole calendar
 * months / 12 + remaining days / 365.
 *
 * The cash-flow amounts are exact decimals (parsed to minor units); the equation itself is solved
 * numerically (Newton with a bisection fallback) in double precision — X is a rate, not money, and the
 * solution is accurate to ~1e−12, far below the 4 decimals of a percent returned.
 */
import { DomainError } from './errors.js';
import { parseMoney, roundDecimal } from '../money.js';
import { parseDate, wholeMonthsAndDays } from './dates.js';

export interface CashFlow {
  date: string;
  /** > 0: credit drawn by the consumer; < 0: paid by the consumer (instalments, fees) */
  amount: string;
}

export interface AprOptions {
  basis?: 'DAYS' | 'MONTHS';
}

export interface AprResult {
  /** percent, 4 decimals, e.g. "12.6825" */
  apr: string;
  /** legal figure: apr rounded half-up to 1 decimal */
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
  if (basis !== 'DAYS' && basis !== 'MONTHS') throw new DomainError('INVALID_APR_BASIS', 'options.basis', 'basis must be DAYS or MONTHS', { value: basis });
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
    if (basis === 'DAYS' || d < first) t[i] = (d - first) / 365;
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
  return { apr, legal: roundDecimal(apr, 1), x, iterations: it, times: Array.from(t) };
}

/** APR in percent with 4 decimals, e.g. "12.6825". */
export function annualPercentageRate(flows: readonly CashFlow[], options?: AprOptions): string {
  return aprDetails(flows, options).apr;
}

/** The legal (published) figure: APR rounded half-up to one decimal, "12.7". */
export function legalApr(apr: string): string {
  return roundDecimal(apr, 1);
}

/** Cash flows of a schedule for the APR: drawdown of `netDrawdown` (principal − upfront fees) and the line totals. */
export function scheduleCashFlows(
  disbursementDate: string,
  drawdown: string,
  lines: readonly { dueDate: string; total: string }[],
  fees: readonly CashFlow[] = [],
): CashFlow[] {
  const out: CashFlow[] = [{ date: disbursementDate, amount: drawdown }];
  for (const l of lines) out.push({ date: l.dueDate, amount: l.total.startsWith('-') ? l.total.slice(1) : '-' + l.total });
  for (const f of fees) out.push(f);
  return out;
}
