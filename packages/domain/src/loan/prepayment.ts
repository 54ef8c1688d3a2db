/**
 * Early repayment (predčasné splatenie) quotes and extraordinary repayments (mimoriadna splátka),
 * LOAN-10.2, LOAN-11 and LOAN-12 rules. See docs/domain.md §6–7.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp, formatMoney, parseMoney } from '../money.js';
import { civil, formatDate, parseDate, yearFraction } from './dates.js';
import { divRound, partYearFraction, periodRate, roundToMultiple } from './conventions.js';
import {
  annuityForRate,
  annuityInstallment,
  buildEngineLines,
  conventionInterestFP,
  roundFPConv,
  parseTerms,
  runEngine,
  summarise,
  type EngineLine,
  type Schedule,
  type ScheduleLine,
  type ScheduleTerms,
} from './schedule.js';

export interface EarlyRepaymentOptions {
  /**
   * Installments (from the first) already paid in full. Default: all installments due before the date
   * (the quote then contains no unpaid installment interest).
   */
  paidInstallments?: number;
}

export interface EarlyRepaymentQuote {
  date: string;
  /** principal still owed (balance after the paid installments) */
  principal: string;
  /** interest parts of installments due before the date and not paid */
  unpaidInstallmentInterest: string;
  /** accumulated interest carried by the last installment due before the date */
  accumulatedInterest: string;
  /** interest accrued from `accruedFrom` to the date on the scheduled principal balance */
  accruedInterest: string;
  accruedFrom: string;
  accruedDays: number;
  /** unpaidInstallmentInterest + accumulatedInterest + accruedInterest */
  interest: string;
  /** principal + interest */
  total: string;
  /** true when the whole deferral period was charged in one go (LOAN-11 deferral rule) */
  deferralRecomputed: boolean;
  explanation: string[];
}

/**
 * Payoff quote for `date` (LOAN-10.2):
 * - installments with a due date before `date` are past; those after `paidInstallments` are unpaid and their
 *   interest is owed;
 * - accumulated interest of the last past installment is added ("if the installment before the early
 *   repayment carries accumulated interest, it is added to the interest");
 * - interest accrues on the scheduled balance from the last past due date (or disbursement) to `date` under the
 *   loan's day count. A date before the installment carrying accumulated interest simply charges the interest
 *   from the start (e.g. 1.12.2020–19.1.2021), accumulated interest is not added.
 * - during / right after a deferral (all past installments are deferral lines) interest is computed once for
 *   the whole period from the start of the deferral.
 */
export function earlyRepaymentQuote(terms: ScheduleTerms, date: string, options: EarlyRepaymentOptions = {}): EarlyRepaymentQuote {
  const p = parseTerms(terms);
  const d = parseDate(date, 'date');
  if (d <= p.disbursement) throw new DomainError('DATE_NOT_AFTER_DISBURSEMENT', 'date', 'the early repayment date must be after the disbursement date', { date });
  const { lines } = buildEngineLines({ ...p, explain: false });
  let past = 0;
  while (past < lines.length && lines[past]!.due < d) past++;
  const paid = options.paidInstallments ?? past;
  if (!Number.isInteger(paid) || paid < 0 || paid > past) {
    throw new DomainError('INVALID_PAID_INSTALLMENTS', 'paidInstallments', `paidInstallments must be an integer from 0 to ${past} (installments due before ${date})`, {
      value: paid,
      max: past,
    });
  }
  const explanation: string[] = [];
  const principal = paid === 0 ? p.principal : lines[paid - 1]!.balance;
  let unpaidInterest = 0n;
  for (let j = paid; j < past; j++) unpaidInterest += lines[j]!.interest;
  const balanceAfterPast = past === 0 ? p.principal : lines[past - 1]!.balance;
  const from = past === 0 ? p.disbursement : lines[past - 1]!.due;
  let accumulated = past === 0 ? 0n : lines[past - 1]!.accumulated;
  let accrued: bigint;
  let accruedFrom = from;
  let deferralRecomputed = false;
  // payoffInterest TO_NEXT_DUE_DATE: interest runs to the next due date (the date itself when none is left)
  const toNextDue = p.conv?.payoff === 'TO_NEXT_DUE_DATE' && past < lines.length;
  const accrueTo = toNextDue ? lines[past]!.due : d;
  if (toNextDue) explanation.push(`payoff interest to the next due date ${lines[past]!.dueStr} (payoffInterest TO_NEXT_DUE_DATE)`);
  const conv = p.conv?.affectsSchedule ? p.conv : undefined;
  if (past > 0 && past <= p.deferral) {
    // all past lines are deferral lines: interest for the whole period from the start of the deferral
    deferralRecomputed = true;
    accruedFrom = p.disbursement;
    accrued = roundFPConv(conventionInterestFP(p.principal, p.rate, p.dayCount, p.disbursement, accrueTo, false, conv), conv);
    explanation.push(`deferral: interest charged once for ${formatDate(p.disbursement)}–${date} on ${formatMoney(p.principal)}; accumulated deferral interest ${formatMoney(accumulated)} is included in it`);
    accumulated = 0n;
  } else {
    const regular = past < lines.length && lines[past]!.due === accrueTo && (past > 0 || p.firstRegular);
    accrued = roundFPConv(conventionInterestFP(balanceAfterPast, p.rate, p.dayCount, from, accrueTo, regular, conv), conv);
    if (accumulated > 0n) explanation.push(`accumulated interest ${formatMoney(accumulated)} of installment ${past} (${lines[past - 1]!.dueStr}) added`);
  }
  const yf = conv && conv.part !== 'DAY_COUNT' ? partYearFraction(conv.part, p.dayCount, accruedFrom, accrueTo) : yearFraction(p.dayCount, accruedFrom, accrueTo, false);
  explanation.push(
    `interest ${formatDate(accruedFrom)}–${formatDate(accrueTo)}: ${yf.days} days (${conv && conv.part !== 'DAY_COUNT' ? `${conv.part}, ${yf.basis}` : p.dayCount}) at ${p.rateStr} % = ${formatMoney(accrued)}`,
  );
  if (unpaidInterest > 0n) explanation.push(`interest of unpaid installments ${paid + 1}–${past}: ${formatMoney(unpaidInterest)}`);
  const interest = unpaidInterest + accumulated + accrued;
  return {
    date,
    principal: formatMoney(principal),
    unpaidInstallmentInterest: formatMoney(unpaidInterest),
    accumulatedInterest: formatMoney(accumulated),
    accruedInterest: formatMoney(accrued),
    accruedFrom: formatDate(accruedFrom),
    accruedDays: yf.days,
    interest: formatMoney(interest),
    total: formatMoney(principal + interest),
    deferralRecomputed,
    explanation,
  };
}

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
      !b || !a || b.dueDate !== a.dueDate || b.principal !== a.principal || b.interest !== a.interest || b.total !== a.total || b.balance !== a.balance || b.accumulatedInterest !== a.accumulatedInterest;
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
 *   installment (seed: "MS po odklade");
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

export interface EarlyMoneyRequest {
  /** value date of the money */
  date: string;
  amount: string;
  /** installments already paid in full; default: all due on or before the date */
  paidInstallments?: number;
}

export interface EarlyMoneyResult {
  convention: 'DEPOSIT_UNTIL_DUE' | 'APPLY_AT_ONCE';
  /** why the money is held as a deposit (null when applied) */
  heldBecause: 'CONVENTION' | 'DEFERRAL' | 'NO_NEXT_INSTALLMENT' | null;
  date: string;
  amount: string;
  /** the next installment paid at once (null when held) */
  installmentNumber: number | null;
  toInterest: string;
  toPrincipal: string;
  /** the rest, paid on principal with the later installments re-amortised */
  extraPrincipal: string;
  /** what stays as a deposit / overpayment */
  deposit: string;
  /** the schedule after the money (unchanged when nothing is re-amortised) */
  schedule: Schedule;
}

/**
 * Money paid before its due date (conventions.earlyMoney, docs/domain.md §3.8):
 * - DEPOSIT_UNTIL_DUE (default): held as a deposit until the next installment falls due (the ledger's overpayment);
 * - APPLY_AT_ONCE: paid at once on the next unpaid installment — interest, then principal — and the rest on principal,
 *   the later installments re-amortised (LOWER_INSTALLMENT, same number of installments). Never during a deferral:
 *   money arriving then (or for a deferral line) is held as a deposit. A rest above the remaining principal is held.
 */
export function applyEarlyMoney(terms: ScheduleTerms, request: EarlyMoneyRequest): EarlyMoneyResult {
  const p = parseTerms(terms);
  if (!request || typeof request !== 'object') throw new DomainError('INVALID_REQUEST', 'request', 'request is required');
  const d = parseDate(request.date, 'date');
  const x = parseMoney(request.amount, 'amount');
  if (x <= 0n) throw new DomainError('AMOUNT_NOT_POSITIVE', 'amount', 'the amount must be greater than 0', { value: request.amount });
  const old = buildEngineLines({ ...p, explain: false });
  const lines = old.lines;
  let dueOnOrBefore = 0;
  while (dueOnOrBefore < lines.length && lines[dueOnOrBefore]!.due <= d) dueOnOrBefore++;
  const k = request.paidInstallments ?? dueOnOrBefore;
  if (!Number.isInteger(k) || k < 0 || k > lines.length) {
    throw new DomainError('INVALID_PAID_INSTALLMENTS', 'paidInstallments', `paidInstallments must be an integer from 0 to ${lines.length}`, { value: k });
  }
  const unchanged = summarise(lines, old.amount);
  const held = (why: EarlyMoneyResult['heldBecause']): EarlyMoneyResult => ({
    convention: p.conv?.early ?? 'DEPOSIT_UNTIL_DUE', heldBecause: why, date: request.date, amount: formatMoney(x),
    installmentNumber: null, toInterest: '0.00', toPrincipal: '0.00', extraPrincipal: '0.00', deposit: formatMoney(x), schedule: unchanged,
  });
  if (p.conv?.early !== 'APPLY_AT_ONCE') return held('CONVENTION');
  if (k >= lines.length) return held('NO_NEXT_INSTALLMENT');
  if (p.deferral > 0 && (k < p.deferral || d <= lines[p.deferral - 1]!.due)) return held('DEFERRAL');
  const next = lines[k]!;
  const toInterest = x < next.interest ? x : next.interest;
  let rest = x - toInterest;
  const toPrincipal = rest < next.principal ? rest : next.principal;
  rest -= toPrincipal;
  let extra = 0n;
  let schedule = unchanged;
  if (rest > 0n && toPrincipal === next.principal) {
    const balanceAfter = next.balance;
    extra = rest < balanceAfter ? rest : balanceAfter;
    rest -= extra;
    if (extra > 0n && extra < balanceAfter && k + 1 < lines.length) {
      // the later installments re-amortised from the next installment's due date (no split period)
      schedule = extraordinaryRepayment(terms, { date: next.dueStr, amount: formatMoney(extra), mode: 'LOWER_INSTALLMENT' }).schedule;
    } else if (extra > 0n) {
      // the rest repays the whole principal: the next installment is the last one
      const head = lines.slice(0, k + 1).map((l) => ({ ...l }));
      const last = head[k]!;
      last.principal += extra;
      last.total += extra;
      last.balance = 0n;
      schedule = summarise(head, old.amount);
    }
  }
  return {
    convention: 'APPLY_AT_ONCE', heldBecause: null, date: request.date, amount: formatMoney(x), installmentNumber: next.number,
    toInterest: formatMoney(toInterest), toPrincipal: formatMoney(toPrincipal), extraPrincipal: formatMoney(extra), deposit: formatMoney(rest), schedule,
  };
}
