/**
 * Extraordinary repayment (mimoriadna splátka, LOAN-12): part of the principal paid before its due, the schedule
 * re-amortised by shortening the term or lowering the installment. See docs/domain.md §7.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp, formatMoney, parseMoney } from '../money.js';
import { civil, parseDate } from './dates.js';
import { divRound, periodRate, roundToMultiple } from './conventions.js';
import { annuityForRate, annuityInstallment, buildEngineLines, parseTerms, runEngine, summarise, type EngineLine, type Schedule, type ScheduleLine, type ScheduleTerms } from './schedule.js';

export type ExtraordinaryRepaymentMode = 'SHORTEN_TERM' | 'LOWER_INSTALLMENT';

export interface ExtraordinaryRepaymentRequest {
  date: string;
  amount: string;
  mode: ExtraordinaryRepaymentMode;
}

export interface ScheduleDiffLine {
  number: number;
  before: ScheduleLine | null;
  after: ScheduleLine | null;
  changed: boolean;
  /** after − before of the line total ("0.00" when unchanged; missing side counts as 0) */
  totalDelta: string;
}

export interface ExtraordinaryRepaymentResult {
  mode: ExtraordinaryRepaymentMode;
  date: string;
  amount: string;
  /** true when the repayment date is before the first installment: the schedule was recomputed from the start */
  recomputedFromStart: boolean;
  /** installments already due on/before the date and kept unchanged */
  keptInstallments: number;
  principalBefore: string;
  principalAfter: string;
  installmentBefore: string;
  installmentAfter: string;
  installmentsBefore: number;
  installmentsAfter: number;
  schedule: Schedule;
  previous: Schedule;
  diff: ScheduleDiffLine[];
}

/** Per-line before/after comparison of two schedules. */
export function diffSchedules(before: readonly ScheduleLine[], after: readonly ScheduleLine[]): ScheduleDiffLine[] {
  const n = Math.max(before.length, after.length);
  const out: ScheduleDiffLine[] = [];
  for (let i = 0; i < n; i++) {
    const b = before[i] ?? null;
    const a = after[i] ?? null;
    const changed =
      !b ||
      !a ||
      b.dueDate !== a.dueDate ||
      b.principal !== a.principal ||
      b.interest !== a.interest ||
      b.total !== a.total ||
      b.balance !== a.balance ||
      b.accumulatedInterest !== a.accumulatedInterest;
    const delta = (a ? parseMoney(a.total) : 0n) - (b ? parseMoney(b.total) : 0n);
    const strip = (l: ScheduleLine | null): ScheduleLine | null => {
      if (!l) return null;
      const { explanation: _e, ...rest } = l;
      return rest;
    };
    out.push({ number: i + 1, before: strip(b), after: strip(a), changed, totalDelta: formatMoney(delta) });
  }
  return out;
}

/**
 * Extraordinary repayment (LOAN-12 "mimoriadna splátka"):
 * - SHORTEN_TERM: installment unchanged, the schedule continues while principal remains, the last line settles the
 *   rest (it is never larger than the installment; even 0.10 makes its own installment);
 * - LOWER_INSTALLMENT: number of installments unchanged, new installment = annuity of the remaining principal over
 *   the remaining count (interest-free: remaining principal / remaining count rounded half-up to 0.01; equal
 *   principal: new principal part likewise);
 * - installments due on or before the date are kept; the first period after it is charged on the old balance up to
 *   the date and on the reduced balance afterwards; accumulated interest is carried but not part of the new
 *   installment (LOAN-12.6);
 * - refused during a deferral (EXTRAORDINARY_REPAYMENT_DURING_DEFERRAL);
 * - before the first installment: recomputed from the start with the lower principal.
 */
export function extraordinaryRepayment(terms: ScheduleTerms, request: ExtraordinaryRepaymentRequest): ExtraordinaryRepaymentResult {
  const p = { ...parseTerms(terms), explain: terms.explain === true };
  if (!request || typeof request !== 'object') throw new DomainError('INVALID_REQUEST', 'request', 'request is required');
  const mode = request.mode;
  if (mode !== 'SHORTEN_TERM' && mode !== 'LOWER_INSTALLMENT') {
    throw new DomainError('INVALID_MODE', 'mode', 'mode must be SHORTEN_TERM or LOWER_INSTALLMENT', { value: mode });
  }
  const d = parseDate(request.date, 'date');
  const x = parseMoney(request.amount, 'amount');
  if (x <= 0n) throw new DomainError('AMOUNT_NOT_POSITIVE', 'amount', 'the extraordinary repayment amount must be greater than 0', { value: request.amount });
  if (d <= p.disbursement) throw new DomainError('DATE_NOT_AFTER_DISBURSEMENT', 'date', 'the extraordinary repayment date must be after the disbursement date', { date: request.date });
  const old = buildEngineLines(p);
  const oldLines = old.lines;
  if (p.deferral > 0 && d <= oldLines[p.deferral - 1]!.due) {
    throw new DomainError(
      'EXTRAORDINARY_REPAYMENT_DURING_DEFERRAL',
      'date',
      `an extraordinary repayment is not allowed during the deferral (until ${oldLines[p.deferral - 1]!.dueStr}); end the deferral first`,
      { deferralEnd: oldLines[p.deferral - 1]!.dueStr },
    );
  }
  let kept = 0;
  while (kept < oldLines.length && oldLines[kept]!.due <= d) kept++;
  if (kept === oldLines.length) {
    throw new DomainError('NO_REMAINING_INSTALLMENTS', 'date', 'no installment falls due after the extraordinary repayment date', { date: request.date });
  }
  const balanceBefore = kept === 0 ? p.principal : oldLines[kept - 1]!.balance;
  if (x >= balanceBefore) {
    throw new DomainError('EXTRAORDINARY_REPAYMENT_EXCEEDS_BALANCE', 'amount', `the amount must be lower than the remaining principal ${formatMoney(balanceBefore)}; use an early repayment instead`, {
      balance: formatMoney(balanceBefore),
    });
  }
  const newBalance = balanceBefore - x;
  const remaining = p.n - kept;
  const interestFree = p.rate.num === 0n;
  let amount: bigint;
  const conv = p.conv?.affectsSchedule ? p.conv : undefined;
  if (mode === 'SHORTEN_TERM') amount = old.amount;
  else if (conv && (p.method === 'EQUAL_PRINCIPAL' || interestFree)) {
    amount = roundToMultiple(divRound(newBalance, BigInt(remaining - (kept === 0 ? p.deferral : 0)), conv.rounding), conv.multiple, conv.rounding);
  } else if (conv) amount = annuityForRate(newBalance, periodRate(p.rate, { num: 1n, den: 12n }), remaining, conv);
  else if (p.method === 'EQUAL_PRINCIPAL' || interestFree) amount = divRoundHalfUp(newBalance, BigInt(remaining - (kept === 0 ? p.deferral : 0)));
  else amount = annuityInstallment(newBalance, p.rate, remaining);
  const convIn = conv ? { conv, emiPerPeriod: conv.emi === 'ACTUAL_DAY_RATE' && p.method === 'ANNUITY' && mode === 'LOWER_INSTALLMENT' } : {};
  let newLines: EngineLine[];
  if (kept === 0) {
    // before the first installment: from the start with the lower principal
    newLines = runEngine({
      balance: newBalance,
      accumulated: 0n,
      rate: p.rate,
      rateStr: p.rateStr,
      dayCount: p.dayCount,
      method: p.method,
      amount,
      startNumber: 1,
      periodStart: p.disbursement,
      firstRegular: p.firstRegular,
      firstDue: p.firstDueYMD,
      anchorDay: p.firstDueYMD.d,
      count: p.n,
      shorten: mode === 'SHORTEN_TERM',
      deferralLines: p.deferral,
      explain: p.explain,
      ...convIn,
    });
  } else {
    const last = oldLines[kept - 1]!;
    const tail = runEngine({
      balance: newBalance,
      accumulated: last.accumulated,
      rate: p.rate,
      rateStr: p.rateStr,
      dayCount: p.dayCount,
      method: p.method,
      amount,
      startNumber: kept + 1,
      periodStart: last.due,
      firstRegular: true,
      firstDue: civil(oldLines[kept]!.due),
      anchorDay: p.firstDueYMD.d,
      count: remaining,
      shorten: mode === 'SHORTEN_TERM',
      deferralLines: 0,
      ...(d > last.due ? { split: { date: d, balanceBefore } } : {}),
      explain: p.explain,
      ...convIn,
    });
    newLines = oldLines.slice(0, kept).concat(tail);
  }
  const schedule = summarise(newLines, amount);
  const previous = summarise(oldLines, old.amount);
  return {
    mode,
    date: request.date,
    amount: formatMoney(x),
    recomputedFromStart: kept === 0,
    keptInstallments: kept,
    principalBefore: formatMoney(balanceBefore),
    principalAfter: formatMoney(newBalance),
    installmentBefore: formatMoney(old.amount),
    installmentAfter: formatMoney(amount),
    installmentsBefore: oldLines.length,
    installmentsAfter: newLines.length,
    schedule,
    previous,
    diff: diffSchedules(previous.lines, schedule.lines),
  };
}
