/**
 * Early repayment (predčasné splatenie) quotes, LOAN-10.2 and LOAN-11, and money paid before its due date
 * (conventions.earlyMoney). Extraordinary repayments (LOAN-12) are in extraordinary-repayment.ts. See docs/domain.md §6.
 */
import { DomainError } from './errors.js';
import { formatMoney, parseMoney } from '../money.js';
import { formatDate, parseDate, yearFraction } from './dates.js';
import { partYearFraction } from './conventions.js';
import { buildEngineLines, buildSchedule, conventionInterestFP, roundFPConv, parseTerms, summarise, type Schedule, type ScheduleLine, type ScheduleTerms } from './schedule.js';
import { extraordinaryRepayment } from './extraordinary-repayment.js';

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
    explanation.push(
      `deferral: interest charged once for ${formatDate(p.disbursement)}–${date} on ${formatMoney(p.principal)}; accumulated deferral interest ${formatMoney(accumulated)} is included in it`,
    );
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
    convention: p.conv?.early ?? 'DEPOSIT_UNTIL_DUE',
    heldBecause: why,
    date: request.date,
    amount: formatMoney(x),
    installmentNumber: null,
    toInterest: '0.00',
    toPrincipal: '0.00',
    extraPrincipal: '0.00',
    deposit: formatMoney(x),
    schedule: unchanged,
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
    convention: 'APPLY_AT_ONCE',
    heldBecause: null,
    date: request.date,
    amount: formatMoney(x),
    installmentNumber: next.number,
    toInterest: formatMoney(toInterest),
    toPrincipal: formatMoney(toPrincipal),
    extraPrincipal: formatMoney(extra),
    deposit: formatMoney(rest),
    schedule,
  };
}

export interface EarlyMoneyReamortisation {
  /** the rest paid on principal (capped at the principal still scheduled after the installment) */
  extraPrincipal: string;
  /** the new schedule: the installment paid early carries the extra principal, the later ones are re-amortised */
  lines: ScheduleLine[];
}

/**
 * APPLY_AT_ONCE (conventions.earlyMoney, docs/domain.md §3.8): the rest of a payment made before its due date, after
 * the next installment `installmentNumber` was paid at once, repays principal. The new schedule keeps the installments
 * before it, adds the rest to that installment's principal (so that the ledger, replayed over the new schedule, books
 * it there) and re-amortises the later installments from the lower balance: same due dates and number of installments,
 * amounts recomputed by the schedule engine under the terms' method, day count and conventions (lower installments).
 * A rest at or above the remaining principal ends the schedule at that installment.
 */
export function reamortiseAfterEarlyMoney(terms: ScheduleTerms, lines: readonly ScheduleLine[], installmentNumber: number, amount: string): EarlyMoneyReamortisation {
  const x = parseMoney(amount, 'amount');
  if (x <= 0n) throw new DomainError('AMOUNT_NOT_POSITIVE', 'amount', 'the amount must be greater than 0', { value: amount });
  const sorted = [...lines].sort((a, b) => a.number - b.number);
  const k = sorted.findIndex((l) => l.number === installmentNumber);
  if (k < 0) throw new DomainError('UNKNOWN_INSTALLMENT', 'installmentNumber', `the schedule has no installment ${installmentNumber}`, { value: installmentNumber });
  const after = sorted.slice(k + 1);
  const remaining = after.reduce((a, l) => a + parseMoney(l.principal), 0n);
  const extra = x < remaining ? x : remaining;
  const line = sorted[k]!;
  const newBalance = remaining - extra;
  const head = sorted.slice(0, k).map((l) => ({ ...l }));
  const paidEarly: ScheduleLine = {
    ...line,
    principal: formatMoney(parseMoney(line.principal) + extra),
    total: formatMoney(parseMoney(line.total) + extra),
    balance: formatMoney(newBalance),
  };
  let tail: ScheduleLine[] = [];
  if (newBalance > 0n && after.length) {
    const rebuilt = buildSchedule({
      ...terms,
      principal: formatMoney(newBalance),
      installments: after.length,
      disbursementDate: line.dueDate,
      firstDueDate: after[0]!.dueDate,
      deferralMonths: 0,
      fixedInstallment: undefined,
      explain: false,
    });
    tail = rebuilt.lines.map((l, i) => ({ ...l, number: after[i]!.number, dueDate: after[i]!.dueDate }));
  }
  return { extraPrincipal: formatMoney(extra), lines: [...head, paidEarly, ...tail] };
}
