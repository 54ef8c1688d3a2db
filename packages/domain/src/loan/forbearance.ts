/**
 * Forbearance measures before enforcement (issue 32; EU consumer credit directive 2023/2225 art. 35: term extension,
 * deferral, lower rate, partial repayment plan, partial forgiveness). Pure functions: each takes the loan's current
 * schedule version and arrears as of the business date and returns the new schedule version, the per-line diff and a
 * summary of what changes. The new lines come from the loan engine (`runEngine`, the same loop that builds schedules
 * and re-amortises after an extraordinary repayment); there is no second engine. See docs/domain.md §11.
 */
import { divRoundHalfUp, formatMoney, parseMoney, parseRational, type CurrencyCode, type Rational } from '../money.js';
import { makeIssue, ValidationError, type ValidationIssue } from '../validators/errors.js';
import { divRound, parseConventions, periodRate, roundToMultiple, type HolidayInterest, type ParsedConventions, type RoundingMode } from './conventions.js';
import { civil, dayNumber, daysInMonth, formatDate, parseDate } from './dates.js';
import { diffSchedules, type ScheduleDiffLine } from './extraordinary-repayment.js';
import { annuityForRate, annuityInstallment, parseTerms, runEngine, toPublicLines, type EngineLine, type ParsedTerms, type Schedule, type ScheduleLine, type ScheduleTerms } from './schedule.js';

/** An amount with its currency. */
export interface MoneyAmount {
  amount: string;
  currency: CurrencyCode;
}

/** Overdue amounts as of the business date (`loanBalances(...)`: overduePrincipal, overdueInterest, penaltyInterest, overdueFees). */
export interface ForbearanceArrears {
  principal: string;
  interest: string;
  penaltyInterest: string;
  fees: string;
}

/** The loan as it stands: contract terms, the schedule version in force and the arrears on the business date. */
export interface ForbearanceState {
  currency: CurrencyCode;
  /** contract terms (method, day count, rate, the contract type's conventions) */
  terms: ScheduleTerms;
  /** the schedule version in force (lines sorted by number) */
  lines: readonly ScheduleLine[];
  /** business date; installments due on or before it are kept unchanged */
  asOf: string;
  arrears?: ForbearanceArrears;
}

export type ForbearanceMeasureType = 'TERM_EXTENSION' | 'PAYMENT_HOLIDAY' | 'RATE_REDUCTION' | 'ARREARS_PLAN' | 'PARTIAL_FORGIVENESS';
export type ForgivenessComponent = 'PENALTY_INTEREST' | 'FEE' | 'INTEREST' | 'PRINCIPAL';
export const DEFAULT_FORGIVENESS_ORDER: readonly ForgivenessComponent[] = ['PENALTY_INTEREST', 'FEE', 'INTEREST', 'PRINCIPAL'];

export interface ForbearanceSummary {
  /** principal not yet repaid by the kept installments, before the measure */
  principalBefore: MoneyAmount;
  /** principal of the new schedule after the kept installments (= before − forgiven + capitalised) */
  principalAfter: MoneyAmount;
  principalForgiven: MoneyAmount;
  /** holiday interest added to the principal (HolidayInterest CAPITALISE) */
  interestCapitalised: MoneyAmount;
  /** regular installment of the first changed line before / after */
  installmentBefore: MoneyAmount;
  installmentAfter: MoneyAmount;
  installmentsBefore: number;
  installmentsAfter: number;
  /** interest of the lines after the kept ones, before / after */
  remainingInterestBefore: MoneyAmount;
  remainingInterestAfter: MoneyAmount;
  totalPayableBefore: MoneyAmount;
  totalPayableAfter: MoneyAmount;
  /** due date of the last installment before / after */
  maturityBefore: string;
  maturityAfter: string;
}

export interface ArrearsPlanLine {
  number: number;
  dueDate: string;
  amount: MoneyAmount;
  /** parts of `amount` by component (penalty interest → fees → interest → principal) */
  penaltyInterest: MoneyAmount;
  fees: MoneyAmount;
  interest: MoneyAmount;
  principal: MoneyAmount;
  /** regular installment due the same day */
  regularInstallment: MoneyAmount;
  /** regular installment + plan amount */
  totalDue: MoneyAmount;
}

export interface ForgivenAmounts {
  penaltyInterest: MoneyAmount;
  fees: MoneyAmount;
  interest: MoneyAmount;
  principal: MoneyAmount;
  total: MoneyAmount;
}

export interface ForbearanceResult {
  measure: ForbearanceMeasureType;
  currency: CurrencyCode;
  asOf: string;
  /** installments kept unchanged (due on or before the cut-off) */
  keptInstallments: number;
  previous: Schedule;
  schedule: Schedule;
  diff: ScheduleDiffLine[];
  summary: ForbearanceSummary;
  /** ARREARS_PLAN: the plan's installments beside the regular ones */
  arrearsPlan?: ArrearsPlanLine[];
  /** PARTIAL_FORGIVENESS: what is forgiven, by component */
  forgiven?: ForgivenAmounts;
  /** arrears after the measure (the plan or forgiveness reduces what is overdue now) */
  arrearsAfter?: { principal: MoneyAmount; interest: MoneyAmount; penaltyInterest: MoneyAmount; fees: MoneyAmount };
}

// ---------------------------------------------------------------------------------------------------------------
// shared machinery

interface Current {
  p: ParsedTerms;
  conv: ParsedConventions;
  currency: CurrencyCode;
  asOf: number;
  asOfStr: string;
  /** current lines as engine lines */
  lines: EngineLine[];
  previous: Schedule;
}

function fail(field: string, rule: string, message: string, params?: Record<string, unknown>): never {
  throw new ValidationError([makeIssue(field, rule, message, params)]);
}

function positiveInt(issues: ValidationIssue[], value: unknown, field: string, max = 600): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
    issues.push(makeIssue(field, 'integerRange', `${field} must be an integer from 1 to ${max}`, { value, min: 1, max }));
    return 0;
  }
  return value as number;
}

function money(issues: ValidationIssue[], value: unknown, field: string): bigint {
  if (typeof value !== 'string' || !/^\d+(\.\d{1,2})?$/.test(value.trim())) {
    issues.push(makeIssue(field, 'money', `${field} must be a non-negative amount with at most 2 decimals, e.g. "100.00"`, { value }));
    return 0n;
  }
  return parseMoney(value.trim(), field);
}

function toEngine(l: ScheduleLine, i: number): EngineLine {
  return {
    number: l.number,
    due: parseDate(l.dueDate, `lines[${i}].dueDate`),
    dueStr: l.dueDate,
    principal: parseMoney(l.principal, `lines[${i}].principal`),
    interest: parseMoney(l.interest, `lines[${i}].interest`),
    accumulated: parseMoney(l.accumulatedInterest ?? '0.00', `lines[${i}].accumulatedInterest`),
    total: parseMoney(l.total, `lines[${i}].total`),
    balance: parseMoney(l.balance, `lines[${i}].balance`),
  };
}

/** Schedule totals of engine lines; `installment` = the most frequent line total among the changed lines. */
function schedOf(lines: readonly EngineLine[], installment: bigint): Schedule {
  let ti = 0n;
  let tp = 0n;
  for (const l of lines) {
    ti += l.interest;
    tp += l.total;
  }
  return { lines: toPublicLines(lines, installment), totalInterest: formatMoney(ti), totalPayable: formatMoney(tp), installment: formatMoney(installment) };
}

function readState(state: ForbearanceState): Current {
  if (!state || typeof state !== 'object') fail('state', 'required', 'the loan state is required');
  if (state.currency !== 'PLN' && state.currency !== 'EUR') fail('currency', 'enum', 'currency must be PLN or EUR', { value: state.currency });
  const p = parseTerms({ ...state.terms, explain: false });
  const conv = parseConventions(state.terms.conventions);
  if (!Array.isArray(state.lines) || state.lines.length === 0) fail('lines', 'required', 'the schedule in force must have at least one line');
  const lines = [...state.lines].sort((a, b) => a.number - b.number).map(toEngine);
  const asOf = parseDate(state.asOf, 'asOf');
  const regular = lines.find((l) => l.total > 0n && l.principal > 0n)?.total ?? 0n;
  return { p, conv, currency: state.currency, asOf, asOfStr: state.asOf, lines, previous: schedOf(lines, regular) };
}

/** Index of the first line due after `cutoff` (lines before it are kept); refuses when none is left. */
function keptUpTo(c: Current, cutoff: number, field: string): number {
  let kept = 0;
  while (kept < c.lines.length && c.lines[kept]!.due <= cutoff) kept++;
  if (kept === c.lines.length) fail(field, 'noRemainingInstallments', 'no installment of the schedule falls due after this date; the loan is fully due (use an arrears plan)', {});
  return kept;
}

function remainingPrincipal(c: Current, kept: number): bigint {
  let s = 0n;
  for (let j = kept; j < c.lines.length; j++) s += c.lines[j]!.principal;
  return s;
}

/** Regular amount for `balance` over `count` lines at `rate`: the schedule's own formula (annuity / equal principal). */
function amountFor(c: Current, balance: bigint, count: number, rate: Rational): bigint {
  const conv = c.conv.affectsSchedule ? c.conv : undefined;
  if (c.p.method === 'EQUAL_PRINCIPAL' || rate.num === 0n) {
    return conv ? roundToMultiple(divRound(balance, BigInt(count), conv.rounding), conv.multiple, conv.rounding) : divRoundHalfUp(balance, BigInt(count));
  }
  return conv ? annuityForRate(balance, periodRate(rate, { num: 1n, den: 12n }), count, conv) : annuityInstallment(balance, rate, count);
}

interface TailSpec {
  kept: number;
  balance: bigint;
  accumulated: bigint;
  count: number;
  rate: Rational;
  rateStr: string;
  deferralLines?: number;
  amount: bigint;
  split?: { date: number; balanceBefore: bigint; rateBefore?: Rational };
}

/** Re-runs the loan engine after the kept lines: same due-date anchor, method, day count and conventions. */
function runTail(c: Current, t: TailSpec): EngineLine[] {
  const last = t.kept > 0 ? c.lines[t.kept - 1]! : null;
  const firstDue = c.lines[t.kept]!.due;
  const conv = c.p.conv?.affectsSchedule ? c.p.conv : undefined;
  return runEngine({
    balance: t.balance,
    accumulated: t.accumulated,
    rate: t.rate,
    rateStr: t.rateStr,
    dayCount: c.p.dayCount,
    method: c.p.method,
    amount: t.amount,
    startNumber: t.kept + 1,
    periodStart: last ? last.due : c.p.disbursement,
    firstRegular: last ? true : c.p.firstRegular,
    firstDue: civil(firstDue),
    anchorDay: c.p.firstDueYMD.d,
    count: t.count,
    shorten: false,
    deferralLines: t.deferralLines ?? 0,
    explain: false,
    ...(t.split ? { split: t.split } : {}),
    ...(conv ? { conv, emiPerPeriod: conv.emi === 'ACTUAL_DAY_RATE' && c.p.method === 'ANNUITY' } : {}),
  });
}

function m(c: Current, v: bigint): MoneyAmount {
  return { amount: formatMoney(v), currency: c.currency };
}

function result(c: Current, measure: ForbearanceMeasureType, kept: number, tail: EngineLine[], amount: bigint, extra: { forgiven?: bigint; capitalised?: bigint } = {}): ForbearanceResult {
  const lines = c.lines.slice(0, kept).concat(tail);
  const schedule = schedOf(lines, amount);
  const before = remainingPrincipal(c, kept);
  let after = 0n;
  let riB = 0n;
  let riA = 0n;
  for (const l of tail) {
    after += l.principal;
    riA += l.interest;
  }
  for (let j = kept; j < c.lines.length; j++) riB += c.lines[j]!.interest;
  return {
    measure,
    currency: c.currency,
    asOf: c.asOfStr,
    keptInstallments: kept,
    previous: c.previous,
    schedule,
    diff: diffSchedules(c.previous.lines, schedule.lines),
    summary: {
      principalBefore: m(c, before),
      principalAfter: m(c, after),
      principalForgiven: m(c, extra.forgiven ?? 0n),
      interestCapitalised: m(c, extra.capitalised ?? 0n),
      installmentBefore: m(c, c.lines[kept]?.total ?? 0n),
      installmentAfter: m(c, amount),
      installmentsBefore: c.lines.length,
      installmentsAfter: lines.length,
      remainingInterestBefore: m(c, riB),
      remainingInterestAfter: m(c, riA),
      totalPayableBefore: { amount: c.previous.totalPayable, currency: c.currency },
      totalPayableAfter: { amount: schedule.totalPayable, currency: c.currency },
      maturityBefore: c.lines[c.lines.length - 1]!.dueStr,
      maturityAfter: lines[lines.length - 1]!.dueStr,
    },
  };
}

function rateOf(c: Current): { rate: Rational; rateStr: string } {
  return { rate: c.p.rate, rateStr: c.p.rateStr };
}

// ---------------------------------------------------------------------------------------------------------------
// measures

/**
 * Term extension (lower installments): the installments due after the business date are re-amortised over
 * `additionalInstallments` more months (the remaining principal, same rate, method and conventions; accumulated interest
 * is carried and paid first, §3.4).
 * @public
 */
export function extendTerm(state: ForbearanceState, request: { additionalInstallments: number }): ForbearanceResult {
  const c = readState(state);
  const issues: ValidationIssue[] = [];
  const extra = positiveInt(issues, request?.additionalInstallments, 'additionalInstallments');
  if (issues.length) throw new ValidationError(issues);
  const kept = keptUpTo(c, c.asOf, 'asOf');
  const balance = remainingPrincipal(c, kept);
  const count = c.lines.length - kept + extra;
  const { rate, rateStr } = rateOf(c);
  const amount = amountFor(c, balance, count, rate);
  const accumulated = kept > 0 ? c.lines[kept - 1]!.accumulated : 0n;
  return result(c, 'TERM_EXTENSION', kept, runTail(c, { kept, balance, accumulated, count, rate, rateStr, amount }), amount);
}

/**
 * Payment holiday: the next `installments` installments after the business date become holiday lines (nothing due) and
 * the schedule is extended by as many months, so the number of paying installments stays the same. The interest of the
 * holiday follows the contract type's `conventions.holidayInterest` (or `request.holidayInterest`):
 * - SPREAD (default): kept apart, interest-free, an equal share (rounded under the convention) added to every
 *   installment after the holiday, the last one taking the rest;
 * - CAPITALISE: added to the principal at the end of the holiday; the annuity is recomputed on the larger principal.
 * @public
 */
export function paymentHoliday(state: ForbearanceState, request: { installments: number; holidayInterest?: HolidayInterest }): ForbearanceResult {
  const c = readState(state);
  const issues: ValidationIssue[] = [];
  const n = positiveInt(issues, request?.installments, 'installments', 24);
  const ruleIn = request?.holidayInterest;
  if (ruleIn !== undefined && ruleIn !== 'SPREAD' && ruleIn !== 'CAPITALISE') issues.push(makeIssue('holidayInterest', 'enum', 'holidayInterest must be SPREAD or CAPITALISE', { value: ruleIn }));
  if (issues.length) throw new ValidationError(issues);
  const rule: HolidayInterest = ruleIn ?? c.conv.holiday;
  const kept = keptUpTo(c, c.asOf, 'asOf');
  const balance = remainingPrincipal(c, kept);
  const paying = c.lines.length - kept;
  const { rate, rateStr } = rateOf(c);
  const accumulated = kept > 0 ? c.lines[kept - 1]!.accumulated : 0n;
  // the holiday lines: the engine's deferral lines (principal 0, nothing due, period interest accumulated)
  const holiday = runTail(c, { kept, balance, accumulated: 0n, count: n, rate, rateStr, deferralLines: n, amount: 0n });
  const holidayInterest = holiday[n - 1]!.accumulated;
  const afterKept = kept + n;
  const lastHoliday = holiday[n - 1]!;
  const ext: Current = { ...c, lines: c.lines.slice(0, kept).concat(holiday) };
  // due date after the holiday: one month after the last holiday line, on the schedule's anchor day
  ext.lines.push({ ...lastHoliday, number: afterKept + 1, due: nextDue(c, lastHoliday.due), dueStr: '' });
  let tail: EngineLine[];
  let amount: bigint;
  if (rule === 'CAPITALISE') {
    const principal = balance + holidayInterest;
    amount = amountFor(c, principal, paying, rate);
    tail = runTail(ext, { kept: afterKept, balance: principal, accumulated, count: paying, rate, rateStr, amount });
    holiday.forEach((l, i) => {
      // only interest carried from before the holiday stays open; the holiday's own interest is now principal
      l.accumulated = accumulated;
      if (i === n - 1) l.balance = principal;
    });
    const r = result(c, 'PAYMENT_HOLIDAY', kept, holiday.concat(tail), amount, { capitalised: holidayInterest });
    return r;
  }
  // interest carried from before the holiday stays open on the holiday lines too
  for (const l of holiday) l.accumulated += accumulated;
  amount = amountFor(c, balance, paying, rate);
  tail = runTail(ext, { kept: afterKept, balance, accumulated, count: paying, rate, rateStr, amount });
  // SPREAD: equal shares of the holiday interest on every paying line, the last takes the rest
  const share = divRound(holidayInterest, BigInt(paying), c.conv.rounding);
  // (a share rounded up never overshoots: once the rest is below a share, the lines take the rest, then nothing)
  // the holiday interest not yet paid stays visible as accumulated interest and is paid down share by share
  let left = holidayInterest;
  tail.forEach((l, i) => {
    const s = i === tail.length - 1 || left < share ? left : share;
    left -= s;
    l.interest += s;
    l.total += s;
    l.accumulated += left;
  });
  return result(c, 'PAYMENT_HOLIDAY', kept, holiday.concat(tail), amount + share);
}

/** The due date one month after `due`, on the schedule's anchor day clamped to the month end (as the engine does). */
function nextDue(c: Current, due: number): number {
  const d = civil(due);
  const idx = d.y * 12 + d.m; // next month, 0-based
  const y = Math.floor(idx / 12);
  const mo = idx - y * 12 + 1;
  return dayNumber(y, mo, Math.min(c.p.firstDueYMD.d, daysInMonth(y, mo)));
}

/**
 * Rate reduction from a date: interest from `from` (on or after the business date) at `annualRate` (lower than the
 * contract rate); the period containing the date is split (old rate before, new rate after, like an extraordinary
 * repayment's split period, §7); the installments due after the date are re-amortised at the new rate over the same
 * number of months.
 * @public
 */
export function reduceRate(state: ForbearanceState, request: { from: string; annualRate: string }): ForbearanceResult {
  const c = readState(state);
  const issues: ValidationIssue[] = [];
  let from = 0;
  try {
    from = parseDate(request?.from, 'from');
    if (from < c.asOf) issues.push(makeIssue('from', 'notBeforeBusinessDate', 'from must not be before the business date', { from: request.from, asOf: c.asOfStr }));
  } catch {
    issues.push(makeIssue('from', 'date', 'from must be a date YYYY-MM-DD', { value: request?.from }));
  }
  let rate: Rational = c.p.rate;
  if (typeof request?.annualRate !== 'string' || !/^\d+(\.\d+)?$/.test(request.annualRate))
    issues.push(makeIssue('annualRate', 'decimal', 'annualRate must be a non-negative decimal percent, e.g. "7.5"', { value: request?.annualRate }));
  else {
    rate = parseRational(request.annualRate, 'annualRate');
    if (rate.num * c.p.rate.den >= c.p.rate.num * rate.den)
      issues.push(makeIssue('annualRate', 'lowerThanContractRate', `annualRate must be lower than the contract rate ${c.p.rateStr} %`, { value: request.annualRate, contractRate: c.p.rateStr }));
  }
  if (issues.length) throw new ValidationError(issues);
  const kept = keptUpTo(c, from, 'from');
  const balance = remainingPrincipal(c, kept);
  const count = c.lines.length - kept;
  const amount = amountFor(c, balance, count, rate);
  const last = kept > 0 ? c.lines[kept - 1]! : null;
  const start = last ? last.due : c.p.disbursement;
  const accumulated = last ? last.accumulated : 0n;
  const split = from > start ? { date: from, balanceBefore: balance, rateBefore: c.p.rate } : undefined;
  return result(c, 'RATE_REDUCTION', kept, runTail(c, { kept, balance, accumulated, count, rate, rateStr: request.annualRate, amount, ...(split ? { split } : {}) }), amount);
}

function readArrears(c: Current, state: ForbearanceState, issues: ValidationIssue[]): { penalty: bigint; fees: bigint; interest: bigint; principal: bigint } {
  const a = state.arrears;
  if (!a) {
    issues.push(makeIssue('arrears', 'required', 'the arrears on the business date are required (loanBalances: overduePrincipal, overdueInterest, penaltyInterest, overdueFees)'));
    return { penalty: 0n, fees: 0n, interest: 0n, principal: 0n };
  }
  return {
    penalty: money(issues, a.penaltyInterest, 'arrears.penaltyInterest'),
    fees: money(issues, a.fees, 'arrears.fees'),
    interest: money(issues, a.interest, 'arrears.interest'),
    principal: money(issues, a.principal, 'arrears.principal'),
  };
}

/** Splits `amount` over the buckets in order (each takes what it can). */
function waterfall(amount: bigint, buckets: readonly bigint[]): bigint[] {
  let left = amount;
  return buckets.map((b) => {
    const t = left < b ? left : b;
    left -= t;
    return t;
  });
}

/**
 * Repayment plan for the arrears: everything overdue on the business date (penalty interest, fees, interest, principal)
 * is spread over the next `months` due dates of the schedule, beside the regular installments, which do not change.
 * Plan installment = arrears / months rounded under the convention (HALF_UP by default), the last takes the rest; each
 * plan installment is split by component in the ledger's order (penalty interest → fees → interest → principal). The
 * plan bears no interest. When the schedule has fewer due dates left, the plan continues monthly on the anchor day.
 * @public
 */
export function arrearsRepaymentPlan(state: ForbearanceState, request: { months: number }): ForbearanceResult {
  const c = readState(state);
  const issues: ValidationIssue[] = [];
  const months = positiveInt(issues, request?.months, 'months', 120);
  const a = readArrears(c, state, issues);
  if (issues.length) throw new ValidationError(issues);
  const total = a.penalty + a.fees + a.interest + a.principal;
  if (total === 0n) fail('arrears', 'nothingOverdue', 'there are no arrears to spread');
  let kept = 0;
  while (kept < c.lines.length && c.lines[kept]!.due <= c.asOf) kept++;
  const rounding: RoundingMode = c.conv.rounding;
  const share = divRound(total, BigInt(months), rounding);
  if (share === 0n) fail('months', 'shareBelowMinorUnit', 'the plan installment would be 0.00; choose fewer months', { months });
  const plan: ArrearsPlanLine[] = [];
  let left = total;
  let buckets = [a.penalty, a.fees, a.interest, a.principal];
  let due = kept > 0 ? c.lines[kept - 1]!.due : c.p.disbursement;
  for (let i = 0; i < months; i++) {
    const line = c.lines[kept + i];
    due = line ? line.due : nextDue(c, due);
    const amt = i === months - 1 ? left : share < left ? share : left;
    left -= amt;
    const parts = waterfall(amt, buckets);
    buckets = buckets.map((b, j) => b - parts[j]!);
    const regular = line ? line.total : 0n;
    plan.push({
      number: i + 1,
      dueDate: line ? line.dueStr : formatDate(due),
      amount: m(c, amt),
      penaltyInterest: m(c, parts[0]!),
      fees: m(c, parts[1]!),
      interest: m(c, parts[2]!),
      principal: m(c, parts[3]!),
      regularInstallment: m(c, regular),
      totalDue: m(c, regular + amt),
    });
    if (left === 0n) break;
  }
  // the regular schedule is unchanged: the engine's lines as they stand
  const tail = c.lines.slice(kept);
  const r = result(c, 'ARREARS_PLAN', kept, tail, c.lines[kept]?.total ?? 0n);
  r.arrearsPlan = plan;
  const z = m(c, 0n);
  r.arrearsAfter = { principal: z, interest: z, penaltyInterest: z, fees: z };
  return r;
}

/**
 * Partial forgiveness: `amount` forgiven in `order` (default penalty interest → fees → interest → principal). Penalty
 * interest, fees and interest are forgiven from the arrears (interest also from accumulated interest carried); principal
 * first from the overdue principal, then from the principal not yet due, which re-amortises the installments after the
 * business date over the same number of months (lower installments, like an extraordinary repayment, §7).
 * @public
 */
export function partialForgiveness(state: ForbearanceState, request: { amount: string; order?: readonly ForgivenessComponent[] }): ForbearanceResult {
  const c = readState(state);
  const issues: ValidationIssue[] = [];
  const x = money(issues, request?.amount, 'amount');
  if (issues.length === 0 && x === 0n) issues.push(makeIssue('amount', 'positive', 'amount must be greater than 0', { value: request.amount }));
  const order: readonly ForgivenessComponent[] = request?.order ?? DEFAULT_FORGIVENESS_ORDER;
  if (!Array.isArray(order as unknown) || order.length !== 4 || new Set(order).size !== 4 || !order.every((o) => DEFAULT_FORGIVENESS_ORDER.includes(o))) {
    issues.push(makeIssue('order', 'permutation', 'order must list PENALTY_INTEREST, FEE, INTEREST and PRINCIPAL once each', { value: order }));
  }
  const a = readArrears(c, state, issues);
  if (issues.length) throw new ValidationError(issues);
  let kept = 0;
  while (kept < c.lines.length && c.lines[kept]!.due <= c.asOf) kept++;
  const future = remainingPrincipal(c, kept);
  const accumulated = kept > 0 ? c.lines[kept - 1]!.accumulated : 0n;
  const avail: Record<ForgivenessComponent, bigint> = { PENALTY_INTEREST: a.penalty, FEE: a.fees, INTEREST: a.interest + accumulated, PRINCIPAL: a.principal + future };
  const owed = avail.PENALTY_INTEREST + avail.FEE + avail.INTEREST + avail.PRINCIPAL;
  if (x > owed) fail('amount', 'exceedsOwed', `amount must not exceed what is owed, ${formatMoney(owed)}`, { owed: formatMoney(owed) });
  const parts = waterfall(
    x,
    order.map((o) => avail[o]),
  );
  const got = (k: ForgivenessComponent): bigint => parts[order.indexOf(k)]!;
  const fPrincipal = got('PRINCIPAL');
  const fInterest = got('INTEREST');
  const fromOverdueInterest = fInterest < a.interest ? fInterest : a.interest;
  const fromAccumulated = fInterest - fromOverdueInterest;
  const fromOverduePrincipal = fPrincipal < a.principal ? fPrincipal : a.principal;
  const fromFuture = fPrincipal - fromOverduePrincipal;
  let r: ForbearanceResult;
  if (fromFuture === 0n && fromAccumulated === 0n) {
    r = result(c, 'PARTIAL_FORGIVENESS', kept, c.lines.slice(kept), c.lines[kept]?.total ?? 0n);
  } else {
    if (kept === c.lines.length) fail('amount', 'noRemainingInstallments', 'no installment falls due after the business date: forgive at most the arrears');
    const balance = future - fromFuture;
    const count = c.lines.length - kept;
    const { rate, rateStr } = rateOf(c);
    if (balance === 0n) {
      // everything not yet due forgiven: the remaining lines are emptied
      const tail = c.lines.slice(kept).map((l) => ({ ...l, principal: 0n, interest: 0n, accumulated: 0n, total: 0n, balance: 0n }));
      r = result(c, 'PARTIAL_FORGIVENESS', kept, tail, 0n, { forgiven: fPrincipal });
    } else {
      const amount = amountFor(c, balance, count, rate);
      r = result(c, 'PARTIAL_FORGIVENESS', kept, runTail(c, { kept, balance, accumulated: accumulated - fromAccumulated, count, rate, rateStr, amount }), amount, { forgiven: fPrincipal });
    }
  }
  r.summary.principalForgiven = m(c, fPrincipal);
  // principal owed before = principal after + principal forgiven: the overdue principal is counted in both
  r.summary.principalBefore = m(c, future + a.principal);
  r.summary.principalAfter = m(c, future - fromFuture + a.principal - fromOverduePrincipal);
  r.forgiven = { penaltyInterest: m(c, got('PENALTY_INTEREST')), fees: m(c, got('FEE')), interest: m(c, fInterest), principal: m(c, fPrincipal), total: m(c, x) };
  r.arrearsAfter = {
    principal: m(c, a.principal - fromOverduePrincipal),
    interest: m(c, a.interest - fromOverdueInterest),
    penaltyInterest: m(c, a.penalty - got('PENALTY_INTEREST')),
    fees: m(c, a.fees - got('FEE')),
  };
  return r;
}
