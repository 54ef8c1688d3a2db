/**
 * Repayment schedule generation (annuity, equal principal, interest-free, deferral, broken first
 * period, accumulated interest, installment given by a front end).
 *
 * Hot path: money is bigint minor units; the annual rate is an exact rational; per-period interest is
 * computed exactly (as fixed-point with 18 extra decimals of a minor unit) and rounded HALF-UP to the
 * minor unit once per line. See docs/domain.md for every rule with worked examples.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp as divRoundHalfUp_, formatMoney as formatMoney_, parseMoney, parseRational, pow10, type Rational } from '../money.js';
import { divRound, parseConventions, partYearFraction, periodRate, roundToMultiple, type ParsedConventions, type ScheduleConventions } from './conventions.js';
import { DAY_COUNTS, civil, dayNumber as dayNumber_, daysInMonth as daysInMonth_, formatDate, formatYMD as formatYMD_, parseDate, yearFraction, type DayCount, type YMD } from './dates.js';

export type RepaymentMethod = 'ANNUITY' | 'EQUAL_PRINCIPAL';

export interface ScheduleTerms {
  /** "10000.00" */
  principal: string;
  /** nominal percent p.a., "12.5"; "0" for interest-free */
  annualRate: string;
  /** number of monthly installments (lines), deferral lines included */
  installments: number;
  /** "2025-01-15" */
  disbursementDate: string;
  /** "2025-02-15"; later ones on the same day of month, clamped to month end */
  firstDueDate: string;
  method: RepaymentMethod;
  dayCount: DayCount;
  /** months at the start with no principal (and nothing) due; their interest is accumulated */
  deferralMonths?: number;
  /** installment given by a partner front end; the last one settles the rest */
  fixedInstallment?: string;
  /** adds an `explanation` object to every line */
  explain?: boolean;
  /** lender conventions (docs/domain.md §3.8); absent or all defaults = the rules above, unchanged */
  conventions?: ScheduleConventions | null;
}

export interface LineExplanation {
  kind: 'DEFERRAL' | 'REGULAR' | 'LAST';
  periodStart: string;
  periodEnd: string;
  /** days counted under the convention (30 for a full 30/360 month) */
  days: number;
  dayCount: DayCount;
  /** year fraction used, e.g. "30/360", "49/365", "17/365 + 14/366" */
  basis: string;
  /** nominal annual rate in percent */
  annualRate: string;
  /** principal balance interest was charged on */
  interestBase: string;
  /** interest before rounding, 8 decimals */
  exactInterest: string;
  /** interest of the period rounded half-up to 0.01 */
  roundedInterest: string;
  /** roundedInterest − exactInterest (8 decimals) */
  roundingDifference: string;
  /** running sum of roundingDifference up to and including this line */
  cumulativeRoundingDifference: string;
  /** accumulated interest brought into this line */
  accumulatedBefore: string;
  /** true when the interest part was capped at the installment (principal 0, rest accumulated) */
  interestCapped: boolean;
  /** installment amount the line aimed at (annuity) or the regular principal part (equal principal) */
  targetAmount: string;
  /** for lines after an extraordinary repayment: the date splitting the first period */
  splitDate?: string;
  formula: string;
}

export interface ScheduleLine {
  number: number;
  dueDate: string;
  principal: string;
  /** interest part of the installment (period interest and any accumulated interest paid now) */
  interest: string;
  /** interest not yet paid, carried forward after this line */
  accumulatedInterest: string;
  total: string;
  /** principal balance after this line */
  balance: string;
  explanation?: LineExplanation;
}

export interface Schedule {
  lines: ScheduleLine[];
  totalInterest: string;
  totalPayable: string;
  /** regular installment (ANNUITY) or regular principal part (EQUAL_PRINCIPAL) */
  installment: string;
}

// Hot-path helpers bound once to local constants: some loaders (tsx/esbuild CJS interop) turn every access to
// an imported binding into a getter call, which costs more than the arithmetic itself.
const divRoundHalfUp = divRoundHalfUp_;
const formatMoney = formatMoney_;
const dayNumber = dayNumber_;
const daysInMonth = daysInMonth_;
const formatYMD = formatYMD_;

/** '-MM-DD' suffixes, MD[m][d], so a due date is one concatenation with the year */
const MD: string[][] = [];
for (let m = 0; m <= 12; m++) {
  const row: string[] = [];
  for (let d = 0; d <= 31; d++) row.push('-' + (m < 10 ? '0' : '') + m + '-' + (d < 10 ? '0' : '') + d);
  MD.push(row);
}

/** Extra decimals of a minor unit carried by exact period interest before rounding. */
export const INTEREST_FP_DIGITS = 18;
const E = pow10(INTEREST_FP_DIGITS);
const E_TO_8DP = pow10(INTEREST_FP_DIGITS - 6);
/** Binary fixed-point scale (2^100 ≈ 1.3·10^30) of the monthly factor in the annuity formula: rescaling is a shift. */
const S_BITS = 100n;
const S = 1n << S_BITS;
const HALF_S = S >> 1n;

// ---------------------------------------------------------------------------------------------
// internal engine

/** @internal */
export interface EngineLine {
  number: number;
  due: number;
  dueStr: string;
  principal: bigint;
  interest: bigint;
  accumulated: bigint;
  total: bigint;
  balance: bigint;
  explanation?: LineExplanation;
}

/** @internal */
export interface EngineInput {
  balance: bigint;
  accumulated: bigint;
  rate: Rational;
  rateStr: string;
  dayCount: DayCount;
  method: RepaymentMethod;
  /** annuity installment, or regular principal part for EQUAL_PRINCIPAL */
  amount: bigint;
  startNumber: number;
  /** start of the first period (day number) */
  periodStart: number;
  firstRegular: boolean;
  /** due date of the first line and the anchor day for the next ones */
  firstDue: YMD;
  anchorDay: number;
  /** lines to produce; with `shorten` it is only an upper bound */
  count: number;
  /** stop as soon as the balance is repaid (the line repaying it is the last) */
  shorten: boolean;
  deferralLines: number;
  /** the first period's balance changes at `date` (extraordinary repayment): before it `balanceBefore` */
  split?: { date: number; balanceBefore: bigint; /** rate before the date (a rate reduction, forbearance); default `rate` */ rateBefore?: Rational };
  explain: boolean;
  /** non-default conventions (§3.8); absent = today's rules on the fast paths */
  conv?: ParsedConventions;
  /** ACTUAL_DAY_RATE: the annuity amount is recomputed on every regular line from that period's rate */
  emiPerPeriod?: boolean;
}

/** Exact interest of `balance` for (start, end] as fixed-point minor units × 10^18. */
export function interestFP(balance: bigint, rate: Rational, dc: DayCount, start: number, end: number, regular: boolean): bigint {
  if (balance === 0n || rate.num === 0n || end <= start) return 0n;
  const yf = yearFraction(dc, start, end, regular);
  return divRoundHalfUp(balance * rate.num * yf.num * E, rate.den * 100n * yf.den);
}

/**
 * Exact interest of a period under the conventions: a part period (`regular` false) uses the part-period convention;
 * without conventions it is `interestFP`. @internal
 */
export function conventionInterestFP(balance: bigint, rate: Rational, dc: DayCount, start: number, end: number, regular: boolean, conv?: ParsedConventions): bigint {
  if (!conv || regular || conv.part === 'DAY_COUNT') return interestFP(balance, rate, dc, start, end, regular);
  if (balance === 0n || rate.num === 0n || end <= start) return 0n;
  const yf = partYearFraction(conv.part, dc, start, end);
  return divRoundHalfUp(balance * rate.num * yf.num * E, rate.den * 100n * yf.den);
}

/** Rounds fixed-point interest to minor units under the conventions' rounding mode (half-up without). @internal */
export function roundFPConv(fp: bigint, conv?: ParsedConventions): bigint {
  return conv ? divRound(fp, E, conv.rounding) : divRoundHalfUp(fp, E);
}

/** Rounds fixed-point interest to minor units, half-up. */
export function roundFP(fp: bigint): bigint {
  return divRoundHalfUp(fp, E);
}

function fp8(fp: bigint): string {
  return formatMoney(divRoundHalfUp(fp, E_TO_8DP), 8);
}

/** @internal Runs the amortisation loop. */
export function runEngine(inp: EngineInput): EngineLine[] {
  const out: EngineLine[] = [];
  const { rate, dayCount: dc, method, explain } = inp;
  let amount = inp.amount;
  let balance = inp.balance;
  let acc = inp.accumulated;
  let start = inp.periodStart;
  let cumRound = 0n;
  const fy = inp.firstDue.y;
  const fm = inp.firstDue.m;
  // fast paths (no explanation): interest rounded half-up straight to minor units, (2a + b) / 2b
  //  - 30/360 full month: balance × r / 1200
  //  - ACT/365, ACT/360: balance × r × days / (100 × 365|360)
  const regular30 = dc === '30/360';
  const rNum = rate.num;
  const rDen12 = rate.den * 1200n;
  const rNum2 = rNum * 2n;
  const rDen24 = rDen12 * 2n;
  const actDen = dc === 'ACT/365' ? rate.den * 36500n : dc === 'ACT/360' ? rate.den * 36000n : 0n;
  const actDen2 = actDen * 2n;
  for (let k = 0; k < inp.count; k++) {
    // due date k months after the first, anchor day clamped to month end
    const idx = fy * 12 + (fm - 1) + k;
    const y = Math.floor(idx / 12);
    const m = idx - y * 12 + 1;
    const dim = daysInMonth(y, m);
    const d = inp.anchorDay < dim ? inp.anchorDay : dim;
    const due = dayNumber(y, m, d);
    const regular = k > 0 || inp.firstRegular;
    let ifp = 0n;
    let basis = '';
    let days = 0;
    let periodInterest: bigint;
    if (!explain && !inp.conv && !(k === 0 && inp.split) && (regular30 ? regular : actDen !== 0n)) {
      if (rNum === 0n || balance === 0n) periodInterest = 0n;
      else if (regular30) periodInterest = (balance * rNum2 + rDen12) / rDen24;
      else periodInterest = (balance * rNum2 * BigInt(due - start) + actDen) / actDen2;
    } else {
      if (k === 0 && inp.split) {
        const sd = inp.split.date;
        ifp = interestFP(inp.split.balanceBefore, inp.split.rateBefore ?? rate, dc, start, sd, false) + interestFP(balance, rate, dc, sd, due, false);
        if (explain) {
          const a = yearFraction(dc, start, sd, false);
          const b = yearFraction(dc, sd, due, false);
          basis = `${a.basis} on ${formatMoney(inp.split.balanceBefore)} + ${b.basis} on ${formatMoney(balance)}`;
          days = a.days + b.days;
        }
      } else if (regular && regular30) {
        ifp = rNum === 0n ? 0n : divRoundHalfUp(balance * rNum * E, rDen12);
        if (explain) {
          basis = '30/360';
          days = 30;
        }
      } else if (inp.conv && !regular && inp.conv.part !== 'DAY_COUNT') {
        ifp = conventionInterestFP(balance, rate, dc, start, due, false, inp.conv);
        if (explain) {
          const yf = partYearFraction(inp.conv.part, dc, start, due);
          basis = `${yf.basis} (${inp.conv.part})`;
          days = yf.days;
        }
      } else {
        ifp = interestFP(balance, rate, dc, start, due, regular);
        if (explain) {
          const yf = yearFraction(dc, start, due, regular);
          basis = yf.basis;
          days = yf.days;
        }
      }
      periodInterest = inp.conv ? divRound(ifp, E, inp.conv.rounding) : divRoundHalfUp(ifp, E);
    }
    const accBefore = acc;
    const balanceBefore = balance;
    let principal: bigint;
    let interest: bigint;
    let capped = false;
    let kind: LineExplanation['kind'];
    const isLast = !inp.shorten && k === inp.count - 1;
    if (inp.emiPerPeriod && inp.conv && k >= inp.deferralLines && !isLast) {
      // ACTUAL_DAY_RATE: annuity of the balance over the lines left, at this period's own rate
      const yf = regular && regular30 ? { num: 1n, den: 12n } : regular ? yearFraction(dc, start, due, true) : partYearFraction(inp.conv.part, dc, start, due);
      amount = annuityForRate(balance, periodRate(rate, yf), inp.count - k, inp.conv);
    }
    if (k < inp.deferralLines) {
      kind = 'DEFERRAL';
      principal = 0n;
      interest = 0n;
      acc += periodInterest;
    } else if (isLast) {
      kind = 'LAST';
      principal = balance;
      interest = periodInterest + acc;
      acc = 0n;
    } else if (method === 'ANNUITY') {
      kind = 'REGULAR';
      const dueInterest = periodInterest + acc;
      if (dueInterest >= amount) {
        interest = amount;
        acc = dueInterest - amount;
        principal = 0n;
        capped = dueInterest > amount;
      } else {
        interest = dueInterest;
        acc = 0n;
        principal = amount - dueInterest;
        if (principal > balance) principal = balance;
      }
    } else {
      kind = 'REGULAR';
      principal = amount < balance ? amount : balance;
      interest = periodInterest + acc;
      acc = 0n;
    }
    balance -= principal;
    const line: EngineLine = {
      number: inp.startNumber + k,
      due,
      dueStr: formatYMD(y, m, d),
      principal,
      interest,
      accumulated: acc,
      total: principal + interest,
      balance,
    };
    if (explain) {
      const rd = periodInterest * E - ifp;
      cumRound += rd;
      line.explanation = {
        kind,
        periodStart: formatDate(start),
        periodEnd: line.dueStr,
        days,
        dayCount: dc,
        basis,
        annualRate: inp.rateStr,
        interestBase: formatMoney(balanceBefore),
        exactInterest: fp8(ifp),
        roundedInterest: formatMoney(periodInterest),
        roundingDifference: fp8(rd),
        cumulativeRoundingDifference: fp8(cumRound),
        accumulatedBefore: formatMoney(accBefore),
        interestCapped: capped,
        targetAmount: formatMoney(amount),
        ...(k === 0 && inp.split ? { splitDate: formatDate(inp.split.date) } : {}),
        formula:
          kind === 'DEFERRAL'
            ? 'deferral: principal 0, nothing due; period interest added to accumulated interest'
            : kind === 'LAST'
              ? 'last line settles the rest: principal = remaining balance, interest = period interest + accumulated'
              : method === 'ANNUITY'
                ? capped
                  ? 'interest + accumulated > installment: interest part = installment, principal 0, rest accumulated'
                  : 'principal = installment − (period interest + accumulated)'
                : 'equal principal: principal = regular part, interest = period interest + accumulated',
      };
    }
    out.push(line);
    start = due;
    if (inp.shorten && balance === 0n && k >= inp.deferralLines) break;
  }
  if (inp.shorten && balance !== 0n) {
    throw new DomainError('SCHEDULE_DOES_NOT_AMORTISE', 'installment', 'the installment does not repay the principal within the maximum number of installments', {
      maxInstallments: inp.count,
    });
  }
  return out;
}

/** Annuity installment for `principal` minor units over `n` months at monthly rate rate/12, rounded half-up. */
export function annuityInstallment(principal: bigint, rate: Rational, n: number): bigint {
  if (n <= 0) throw new DomainError('INVALID_INSTALLMENTS', 'installments', 'number of installments must be positive', { value: n });
  if (rate.num === 0n) return divRoundHalfUp(principal, BigInt(n));
  // i = r / 12 as fixed point S; f = (1 + i)^n
  const i = divRoundHalfUp(rate.num * S, rate.den * 1200n);
  let base = S + i;
  let f = S;
  let e = n;
  while (e > 0) {
    if (e & 1) f = (f * base + HALF_S) >> S_BITS;
    e >>= 1;
    if (e > 0) base = (base * base + HALF_S) >> S_BITS;
  }
  // A = P i f / (f − 1)
  return divRoundHalfUp(principal * i * f, S * (f - S));
}

/**
 * Annuity amount for a periodic rate i = num/den over `n` periods, A = P·i·(1+i)^n / ((1+i)^n − 1), rounded under
 * the conventions and to their installment multiple; i = 0: P/n. @internal
 */
export function annuityForRate(principal: bigint, i: { num: bigint; den: bigint }, n: number, conv: ParsedConventions): bigint {
  if (n <= 0) throw new DomainError('INVALID_INSTALLMENTS', 'installments', 'number of installments must be positive', { value: n });
  let a: bigint;
  if (i.num === 0n) a = divRound(principal, BigInt(n), conv.rounding);
  else {
    const iS = divRoundHalfUp(i.num * S, i.den);
    let base = S + iS;
    let f = S;
    let e = n;
    while (e > 0) {
      if (e & 1) f = (f * base + HALF_S) >> S_BITS;
      e >>= 1;
      if (e > 0) base = (base * base + HALF_S) >> S_BITS;
    }
    a = divRound(principal * iS * f, S * (f - S), conv.rounding);
  }
  return roundToMultiple(a, conv.multiple, conv.rounding);
}

/** @internal converts engine lines to the public shape. */
export function toPublicLines(lines: readonly EngineLine[], installment = -1n): ScheduleLine[] {
  const out: ScheduleLine[] = new Array(lines.length);
  // the two most frequent values are formatted once
  const instStr = installment >= 0n ? formatMoney(installment) : '';
  for (let j = 0; j < lines.length; j++) {
    const l = lines[j]!;
    const pl: ScheduleLine = {
      number: l.number,
      dueDate: l.dueStr,
      principal: formatMoney(l.principal),
      interest: formatMoney(l.interest),
      accumulatedInterest: l.accumulated === 0n ? '0.00' : formatMoney(l.accumulated),
      total: l.total === installment ? instStr : formatMoney(l.total),
      balance: formatMoney(l.balance),
    };
    if (l.explanation) pl.explanation = l.explanation;
    out[j] = pl;
  }
  return out;
}

/** @internal */
export function summarise(lines: readonly EngineLine[], installment: bigint): Schedule {
  let ti = 0n;
  let tp = 0n;
  for (const l of lines) {
    ti += l.interest;
    tp += l.total;
  }
  return { lines: toPublicLines(lines, installment), totalInterest: formatMoney(ti), totalPayable: formatMoney(tp), installment: formatMoney(installment) };
}

/** Parsed, validated terms. @internal */
export interface ParsedTerms {
  principal: bigint;
  rate: Rational;
  rateStr: string;
  n: number;
  disbursement: number;
  firstDue: number;
  firstDueYMD: YMD;
  firstRegular: boolean;
  method: RepaymentMethod;
  dayCount: DayCount;
  deferral: number;
  fixedInstallment?: bigint;
  explain: boolean;
  /** parsed conventions when the terms carry any non-default one */
  conv?: ParsedConventions;
}

const MAX_INSTALLMENTS = 1200;

/** Validates terms; every failure is a DomainError naming the field. */
export function parseTerms(t: ScheduleTerms): ParsedTerms {
  if (t == null || typeof t !== 'object') throw new DomainError('INVALID_TERMS', 'terms', 'terms are required');
  const principal = parseMoney(t.principal, 'principal');
  if (principal <= 0n) throw new DomainError('PRINCIPAL_NOT_POSITIVE', 'principal', 'principal must be greater than 0', { value: t.principal });
  const rate = parseRational(t.annualRate, 'annualRate');
  if (rate.num < 0n) throw new DomainError('RATE_NEGATIVE', 'annualRate', 'annualRate must not be negative', { value: t.annualRate });
  const n = t.installments;
  if (!Number.isInteger(n) || n < 1 || n > MAX_INSTALLMENTS) {
    throw new DomainError('INVALID_INSTALLMENTS', 'installments', `installments must be an integer from 1 to ${MAX_INSTALLMENTS}`, { value: n });
  }
  const disbursement = parseDate(t.disbursementDate, 'disbursementDate');
  const firstDue = parseDate(t.firstDueDate, 'firstDueDate');
  if (firstDue <= disbursement) {
    throw new DomainError('FIRST_DUE_NOT_AFTER_DISBURSEMENT', 'firstDueDate', 'firstDueDate must be after disbursementDate', {
      firstDueDate: t.firstDueDate,
      disbursementDate: t.disbursementDate,
    });
  }
  if (t.method !== 'ANNUITY' && t.method !== 'EQUAL_PRINCIPAL') {
    throw new DomainError('INVALID_METHOD', 'method', 'method must be ANNUITY or EQUAL_PRINCIPAL', { value: t.method });
  }
  if (!DAY_COUNTS.includes(t.dayCount)) {
    throw new DomainError('INVALID_DAY_COUNT', 'dayCount', `dayCount must be one of ${DAY_COUNTS.join(', ')}`, { value: t.dayCount });
  }
  const deferral = t.deferralMonths ?? 0;
  if (!Number.isInteger(deferral) || deferral < 0 || deferral >= n) {
    throw new DomainError('INVALID_DEFERRAL', 'deferralMonths', 'deferralMonths must be an integer from 0 to installments − 1', { value: deferral });
  }
  let fixedInstallment: bigint | undefined;
  if (t.fixedInstallment !== undefined && t.fixedInstallment !== null) {
    fixedInstallment = parseMoney(t.fixedInstallment, 'fixedInstallment');
    if (fixedInstallment <= 0n) throw new DomainError('INSTALLMENT_NOT_POSITIVE', 'fixedInstallment', 'fixedInstallment must be greater than 0');
    if (t.method !== 'ANNUITY') {
      throw new DomainError('FIXED_INSTALLMENT_REQUIRES_ANNUITY', 'fixedInstallment', 'a fixed installment can only be given for the ANNUITY method', { method: t.method });
    }
  }
  const dc = civil(disbursement);
  const fc = civil(firstDue);
  // regular first period = exactly one calendar month (disbursement day, clamped) before the first due date
  const idx = dc.y * 12 + dc.m; // + 1 month (0-based month index dc.m - 1 + 1)
  const ny = Math.floor(idx / 12);
  const nm = idx - ny * 12 + 1;
  const oneMonth = dayNumber(ny, nm, Math.min(dc.d, daysInMonth(ny, nm)));
  const conv = t.conventions == null ? undefined : parseConventions(t.conventions);
  if (conv && conv.emi === 'ACTUAL_DAY_RATE' && fixedInstallment !== undefined) {
    throw new DomainError('INVALID_CONVENTION', 'conventions.emi', 'conventions.emi ACTUAL_DAY_RATE cannot be combined with a fixedInstallment');
  }
  return {
    ...(conv && (conv.affectsSchedule || conv.payoff !== 'TO_PAYOFF_DATE' || conv.early !== 'DEPOSIT_UNTIL_DUE') ? { conv } : {}),
    principal,
    rate,
    rateStr: t.annualRate,
    n,
    disbursement,
    firstDue,
    firstDueYMD: fc,
    firstRegular: oneMonth === firstDue,
    method: t.method,
    dayCount: t.dayCount,
    deferral,
    ...(fixedInstallment !== undefined ? { fixedInstallment } : {}),
    explain: t.explain === true,
  };
}

/** Regular amount for parsed terms: annuity installment or equal principal part. @internal */
export function regularAmount(p: ParsedTerms, principal: bigint, count: number): bigint {
  if (p.fixedInstallment !== undefined) return p.fixedInstallment;
  if (p.conv?.affectsSchedule) {
    return p.method === 'ANNUITY'
      ? annuityForRate(principal, periodRate(p.rate, { num: 1n, den: 12n }), count, p.conv)
      : roundToMultiple(divRound(principal, BigInt(count), p.conv.rounding), p.conv.multiple, p.conv.rounding);
  }
  return p.method === 'ANNUITY' ? annuityInstallment(principal, p.rate, count) : divRoundHalfUp(principal, BigInt(count));
}

/** @internal engine lines for parsed terms. */
export function buildEngineLines(p: ParsedTerms, principal = p.principal): { lines: EngineLine[]; amount: bigint } {
  const amount = regularAmount(p, principal, p.n - p.deferral);
  const lines = runEngine({
    balance: principal,
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
    shorten: false,
    deferralLines: p.deferral,
    explain: p.explain,
    ...(p.conv?.affectsSchedule ? { conv: p.conv, emiPerPeriod: p.conv.emi === 'ACTUAL_DAY_RATE' && p.method === 'ANNUITY' } : {}),
  });
  // per-period EMI: the installment shown is the first regular line's
  if (p.conv?.emi === 'ACTUAL_DAY_RATE' && p.method === 'ANNUITY' && p.n - p.deferral > 1) return { lines, amount: lines[p.deferral]!.total };
  return { lines, amount };
}

/**
 * Builds the repayment schedule. Rules (docs/domain.md §3):
 * - ANNUITY: installment A = P·i/(1−(1+i)^−m), i = rate/12, m = installments − deferralMonths, rounded half-up
 *   (or `fixedInstallment`); interest-free: A = P/m rounded half-up.
 * - EQUAL_PRINCIPAL: principal part = P/m rounded half-up.
 * - period interest = balance × rate × year fraction (day count), rounded half-up per line;
 *   interest + accumulated above the installment is capped (principal 0) and carried as accumulated interest;
 * - the LAST line settles the remaining balance and accumulated interest (all rounding differences).
 */
export function buildSchedule(terms: ScheduleTerms): Schedule {
  const p = parseTerms(terms);
  if (!p.explain && !p.conv?.affectsSchedule) return fastSchedule(p);
  const { lines, amount } = buildEngineLines(p);
  return summarise(lines, amount);
}

/**
 * Hot path of buildSchedule without explanations: the same rules as runEngine (a property test asserts identical
 * output), but writes the public lines directly in one pass and skips bigint operations whose result is known
 * (no accumulated interest → due interest = period interest; a full installment → total = installment).
 */
function fastSchedule(p: ParsedTerms): Schedule {
  const n = p.n;
  const deferral = p.deferral;
  const amount = regularAmount(p, p.principal, n - deferral);
  const amountStr = formatMoney(amount);
  const annuity = p.method === 'ANNUITY';
  const { rate, dayCount: dc } = p;
  const rNum = rate.num;
  const zeroRate = rNum === 0n;
  const regular30 = dc === '30/360';
  const rDen12 = rate.den * 1200n;
  const rNum2 = rNum * 2n;
  const rDen24 = rDen12 * 2n;
  const actDen = dc === 'ACT/365' ? rate.den * 36500n : dc === 'ACT/360' ? rate.den * 36000n : 0n;
  const actDen2 = actDen * 2n;
  const fy = p.firstDueYMD.y;
  const fm = p.firstDueYMD.m;
  const anchor = p.firstDueYMD.d;
  const lines: ScheduleLine[] = new Array(n);
  let balance = p.principal;
  let acc = 0n;
  let start = p.disbursement;
  let totalInterest = 0n;
  // due dates walk month by month: day number of the 1st of the month is carried forward
  let y = fy;
  let m = fm;
  let monthStart = dayNumber(fy, fm, 1);
  let yStr = formatYMD(y, 1, 1).slice(0, 4);
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      monthStart += daysInMonth(y, m);
      if (++m === 13) {
        m = 1;
        y++;
        yStr = formatYMD(y, 1, 1).slice(0, 4);
      }
    }
    const dim = daysInMonth(y, m);
    const d = anchor < dim ? anchor : dim;
    const due = monthStart + d - 1;
    let periodInterest: bigint;
    if (zeroRate || balance === 0n) periodInterest = 0n;
    else if (regular30 && (k > 0 || p.firstRegular)) periodInterest = (balance * rNum2 + rDen12) / rDen24;
    else if (actDen !== 0n) periodInterest = (balance * rNum2 * BigInt(due - start) + actDen) / actDen2;
    else periodInterest = divRoundHalfUp(interestFP(balance, rate, dc, start, due, k > 0 || p.firstRegular), E);
    let principal: bigint;
    let interest: bigint;
    let total: bigint;
    if (k < deferral) {
      principal = 0n;
      interest = 0n;
      total = 0n;
      acc += periodInterest;
    } else if (k === n - 1) {
      principal = balance;
      interest = acc === 0n ? periodInterest : periodInterest + acc;
      acc = 0n;
      total = principal + interest;
    } else if (annuity) {
      const dueInterest = acc === 0n ? periodInterest : periodInterest + acc;
      if (dueInterest >= amount) {
        interest = amount;
        acc = dueInterest - amount;
        principal = 0n;
        total = amount;
      } else {
        interest = dueInterest;
        acc = 0n;
        principal = amount - dueInterest;
        if (principal > balance) {
          principal = balance;
          total = principal + interest;
        } else total = amount;
      }
    } else {
      principal = amount < balance ? amount : balance;
      interest = acc === 0n ? periodInterest : periodInterest + acc;
      acc = 0n;
      total = principal + interest;
    }
    balance -= principal;
    totalInterest += interest;
    lines[k] = {
      number: k + 1,
      dueDate: yStr + MD[m]![d]!,
      principal: formatMoney(principal),
      interest: formatMoney(interest),
      accumulatedInterest: acc === 0n ? '0.00' : formatMoney(acc),
      total: total === amount ? amountStr : formatMoney(total),
      balance: formatMoney(balance),
    };
    start = due;
  }
  return { lines, totalInterest: formatMoney(totalInterest), totalPayable: formatMoney(p.principal + totalInterest), installment: amountStr };
}
