/**
 * Lender conventions (issue 19): options of `buildSchedule`, `earlyRepaymentQuote` and `applyEarlyMoney` that let a
 * schedule match, to the cent, the one another servicing system computes. Every option defaults to today's behaviour;
 * terms without `conventions` (or with only defaults) take exactly the old code paths. See docs/domain.md §3.8.
 */
import { DomainError } from './errors.js';
import { parseMoney, type Rational } from '../money.js';
import { civil, daysInMonth, wholeMonthsAndDays, yearFraction, type DayCount } from './dates.js';

/** Rounding of interest, installments and the installment multiple. */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN';
/**
 * Interest of a part period (a broken first period; a payoff between due dates):
 * - DAY_COUNT (default): the loan's day count (30E/360 days under 30/360, actual days under ACT/*);
 * - ACTUAL_DAYS: actual days over the day count's year (360 under 30/360 and ACT/360, 365 under ACT/365, ISDA split
 *   under ACT/ACT);
 * - MONTH_FRACTION: whole months at rate/12, the remaining days as days / days in that calendar month × rate/12;
 * - DAYS_30E_360: 30E/360 days / 360 whatever the loan's day count.
 */
export type PartPeriodInterest = 'DAY_COUNT' | 'ACTUAL_DAYS' | 'MONTH_FRACTION' | 'DAYS_30E_360';
/** Annuity amount from the nominal monthly rate (default) or recomputed each period from its actual-day rate. */
export type EmiBasis = 'NOMINAL_MONTHLY' | 'ACTUAL_DAY_RATE';
/** Payoff interest accrues to the payoff date (default) or to the next due date. */
export type PayoffInterest = 'TO_PAYOFF_DATE' | 'TO_NEXT_DUE_DATE';
/** Money paid before its due date: held as a deposit until the due date (default) or applied at once. */
export type EarlyMoney = 'DEPOSIT_UNTIL_DUE' | 'APPLY_AT_ONCE';
/**
 * Interest of a forbearance payment holiday (docs/domain.md §11.3): CAPITALISE adds it to the principal at the end of
 * the holiday (it bears interest from then on); SPREAD (default) keeps it apart, interest-free, and adds an equal share
 * to every installment after the holiday (the last takes the rounding rest).
 */
export type HolidayInterest = 'SPREAD' | 'CAPITALISE';

export interface ScheduleConventions {
  rounding?: RoundingMode;
  /** installment rounded to a multiple of this amount ("1.00", "10.00"); the last installment settles the rest */
  installmentMultiple?: string | null;
  partPeriodInterest?: PartPeriodInterest;
  emi?: EmiBasis;
  payoffInterest?: PayoffInterest;
  earlyMoney?: EarlyMoney;
  holidayInterest?: HolidayInterest;
}

export const ROUNDING_MODES: readonly RoundingMode[] = ['HALF_UP', 'HALF_EVEN'];
export const PART_PERIOD_INTEREST: readonly PartPeriodInterest[] = ['DAY_COUNT', 'ACTUAL_DAYS', 'MONTH_FRACTION', 'DAYS_30E_360'];
export const EMI_BASES: readonly EmiBasis[] = ['NOMINAL_MONTHLY', 'ACTUAL_DAY_RATE'];
export const PAYOFF_INTEREST: readonly PayoffInterest[] = ['TO_PAYOFF_DATE', 'TO_NEXT_DUE_DATE'];
export const EARLY_MONEY: readonly EarlyMoney[] = ['DEPOSIT_UNTIL_DUE', 'APPLY_AT_ONCE'];
export const HOLIDAY_INTEREST: readonly HolidayInterest[] = ['SPREAD', 'CAPITALISE'];

/** The defaults: today's behaviour. */
export const DEFAULT_CONVENTIONS: Readonly<Required<Omit<ScheduleConventions, 'installmentMultiple'>>> & { installmentMultiple: null } = Object.freeze({
  rounding: 'HALF_UP',
  installmentMultiple: null,
  partPeriodInterest: 'DAY_COUNT',
  emi: 'NOMINAL_MONTHLY',
  payoffInterest: 'TO_PAYOFF_DATE',
  earlyMoney: 'DEPOSIT_UNTIL_DUE',
  holidayInterest: 'SPREAD',
});

/** Parsed conventions. @internal */
export interface ParsedConventions {
  rounding: RoundingMode;
  /** minor units, 0n = none */
  multiple: bigint;
  part: PartPeriodInterest;
  emi: EmiBasis;
  payoff: PayoffInterest;
  early: EarlyMoney;
  holiday: HolidayInterest;
  /** true when a convention changing the schedule itself is not the default */
  affectsSchedule: boolean;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, dflt: T): T {
  if (value === undefined || value === null) return dflt;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new DomainError('INVALID_CONVENTION', `conventions.${field}`, `conventions.${field} must be one of ${allowed.join(', ')}`, { value, allowed });
  }
  return value as T;
}

/** Validates conventions; every failure is a DomainError naming `conventions.<field>`. @internal */
export function parseConventions(c: ScheduleConventions | null | undefined): ParsedConventions {
  if (c !== undefined && c !== null && typeof c !== 'object') throw new DomainError('INVALID_CONVENTION', 'conventions', 'conventions must be an object');
  const x = c ?? {};
  const rounding = oneOf(x.rounding, ROUNDING_MODES, 'rounding', 'HALF_UP');
  const part = oneOf(x.partPeriodInterest, PART_PERIOD_INTEREST, 'partPeriodInterest', 'DAY_COUNT');
  const emi = oneOf(x.emi, EMI_BASES, 'emi', 'NOMINAL_MONTHLY');
  const payoff = oneOf(x.payoffInterest, PAYOFF_INTEREST, 'payoffInterest', 'TO_PAYOFF_DATE');
  const early = oneOf(x.earlyMoney, EARLY_MONEY, 'earlyMoney', 'DEPOSIT_UNTIL_DUE');
  const holiday = oneOf(x.holidayInterest, HOLIDAY_INTEREST, 'holidayInterest', 'SPREAD');
  let multiple = 0n;
  if (x.installmentMultiple !== undefined && x.installmentMultiple !== null && x.installmentMultiple !== '') {
    multiple = parseMoney(x.installmentMultiple, 'conventions.installmentMultiple');
    if (multiple <= 0n) {
      throw new DomainError('INVALID_CONVENTION', 'conventions.installmentMultiple', 'conventions.installmentMultiple must be greater than 0', { value: x.installmentMultiple });
    }
  }
  return { rounding, multiple, part, emi, payoff, early, holiday, affectsSchedule: rounding !== 'HALF_UP' || multiple !== 0n || part !== 'DAY_COUNT' || emi !== 'NOMINAL_MONTHLY' };
}

/** a / b rounded to an integer, half-up or half-even (banker's): 15.625 → 15.62 at 2 decimals. */
export function divRound(a: bigint, b: bigint, mode: RoundingMode): bigint {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  const neg = a < 0n;
  const m = neg ? -a : a;
  let q = m / b;
  const r2 = (m - q * b) * 2n;
  if (r2 > b || (r2 === b && (mode === 'HALF_UP' || (q & 1n) === 1n))) q += 1n;
  return neg ? -q : q;
}

/** Rounds `amount` (minor units) to the nearest multiple of `multiple` (0n: unchanged). */
export function roundToMultiple(amount: bigint, multiple: bigint, mode: RoundingMode): bigint {
  if (multiple <= 0n) return amount;
  return divRound(amount, multiple, mode) * multiple;
}

/** Year fraction of a part period (start, end] under the part-period convention. @internal */
export function partYearFraction(part: PartPeriodInterest, dc: DayCount, start: number, end: number): { num: bigint; den: bigint; days: number; basis: string } {
  switch (part) {
    case 'ACTUAL_DAYS':
      return yearFraction(dc === '30/360' ? 'ACT/360' : dc, start, end, false);
    case 'DAYS_30E_360':
      return yearFraction('30/360', start, end, false);
    case 'MONTH_FRACTION': {
      // whole months from the start (anchored on its day), the remaining days over the days of their calendar month
      const { months, days } = wholeMonthsAndDays(start, end);
      const markYMD = civil(end - days);
      const dim = daysInMonth(markYMD.y, markYMD.m);
      // (months + days/dim) / 12
      return {
        num: BigInt(months * dim + days),
        den: BigInt(12 * dim),
        days: end - start,
        basis: days === 0 ? `${months}/12` : `(${months} + ${days}/${dim})/12`,
      };
    }
    default:
      return yearFraction(dc, start, end, false);
  }
}

/** Periodic rate of (start, end] as a rational: annual rate (percent) × year fraction / 100. @internal */
export function periodRate(rate: Rational, yf: { num: bigint; den: bigint }): { num: bigint; den: bigint } {
  return { num: rate.num * yf.num, den: rate.den * yf.den * 100n };
}
