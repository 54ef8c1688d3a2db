/**
 * Legal caps (dated parameters) and the front-end installment check (LOAN-4.4, LOAN-4.2).
 * All tables are plain data: a change of law is a new row with a later `from` date.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp, formatMoney, formatRational, parseMoney, parseRational, type Rational } from '../money.js';
import { isLeapYear, parseDate } from './dates.js';

// ---------------------------------------------------------------------------------------------
// dated parameters

/** NBP reference rate in percent, effective from the date (inclusive). */
export interface DatedRate {
  from: string;
  rate: string;
}

/**
 * NBP reference rate history since 2015 (source: NBP Monetary Policy Council decisions; the `from` date is the
 * day the rate took effect, the day after the decision). Callers pass their own maintained table (the server's
 * `legal_rates`, kept by admins) — this one is the default for tests and development. The 2025–2026 rows were
 * checked against published NBP announcements (docs/domain.md §Legal caps lists the sources).
 */
export const NBP_REFERENCE_RATES: readonly DatedRate[] = [
  { from: '2015-03-05', rate: '1.50' },
  { from: '2020-03-18', rate: '1.00' },
  { from: '2020-04-09', rate: '0.50' },
  { from: '2020-05-29', rate: '0.10' },
  { from: '2021-10-07', rate: '0.50' },
  { from: '2021-11-04', rate: '1.25' },
  { from: '2021-12-09', rate: '1.75' },
  { from: '2022-01-05', rate: '2.25' },
  { from: '2022-02-09', rate: '2.75' },
  { from: '2022-03-09', rate: '3.50' },
  { from: '2022-04-07', rate: '4.50' },
  { from: '2022-05-06', rate: '5.25' },
  { from: '2022-06-09', rate: '6.00' },
  { from: '2022-07-08', rate: '6.50' },
  { from: '2022-09-08', rate: '6.75' },
  { from: '2023-09-07', rate: '6.00' },
  { from: '2023-10-05', rate: '5.75' },
  { from: '2025-05-08', rate: '5.25' },
  { from: '2025-07-03', rate: '5.00' },
  { from: '2025-09-04', rate: '4.75' },
  { from: '2025-10-09', rate: '4.50' },
  { from: '2025-11-06', rate: '4.25' },
  { from: '2025-12-04', rate: '4.00' },
  { from: '2026-03-05', rate: '3.75' },
];

/** PL maximum interest ("odsetki maksymalne", art. 359 §2¹ KC): multiplier × (reference rate + spread). */
export interface PlMaxInterestRule {
  from: string;
  multiplier: string;
  /** percentage points added to the NBP reference rate */
  spread: string;
}

export const PL_MAX_INTEREST_RULES: readonly PlMaxInterestRule[] = [{ from: '2016-01-01', multiplier: '2', spread: '3.5' }];

/**
 * PL maximum non-interest costs (MPKK, art. 36a ustawy o kredycie konsumenckim), K = total amount of credit,
 * n = repayment period in days, R = days in the year (365, or 366 when the check date falls in a leap year):
 *   n ≥ shortTermDays (or no short-term rule): MPKK = K × fixedPercent + K × n/R × yearlyPercent
 *   n < shortTermDays:                         MPKK = K × shortTermPercent
 * and in every case at most K × capPercent.
 */
export interface PlMpkkRule {
  from: string;
  fixedPercent: string;
  yearlyPercent: string;
  capPercent: string;
  /** credits repaid in fewer days than this use shortTermPercent only (since 2022-12-18: 30 days, 5 %) */
  shortTermDays?: number;
  shortTermPercent?: string;
}

export const PL_MPKK_RULES: readonly PlMpkkRule[] = [
  // ustawa z 5.08.2015 (Dz.U. 2015 poz. 1357), in force 2016-03-11: 25 % + 30 % × n/R, at most 100 % of K
  { from: '2016-03-11', fixedPercent: '25', yearlyPercent: '30', capPercent: '100' },
  // ustawa z 7.07.2022 o finansowaniu społecznościowym (Dz.U. 2022 poz. 1488), art. 36a in force 2022-12-18:
  // 10 % + 10 % × n/R (n ≥ 30 days), 5 % (n < 30 days), at most 45 % of K
  { from: '2022-12-18', fixedPercent: '10', yearlyPercent: '10', capPercent: '45', shortTermDays: 30, shortTermPercent: '5' },
];

/** SK dated maxima (NBS / law): max RPMN and max Odplata in percent, optionally per product category. */
export interface SkCapRow {
  from: string;
  category?: string;
  maxRpmn?: string;
  maxOdplata?: string;
}

function pickDated<T extends { from: string }>(rows: readonly T[], day: number, field: string, filter?: (r: T) => boolean): T {
  let best: T | undefined;
  let bestFrom = -Infinity;
  rows.forEach((r, i) => {
    if (filter && !filter(r)) return;
    const f = parseDate(r.from, `${field}[${i}].from`);
    if (f <= day && f > bestFrom) {
      best = r;
      bestFrom = f;
    }
  });
  if (!best) throw new DomainError('NO_PARAMETER_FOR_DATE', field, `no ${field} row is in force on the check date`, { field });
  return best;
}

/** PL maximum penalty interest for delay ("maksymalne odsetki za opóźnienie", art. 481 §2¹ KC): 2 × (reference rate + 5.5 pp). */
export const PL_MAX_PENALTY_INTEREST_RULES: readonly PlMaxInterestRule[] = [{ from: '2016-01-01', multiplier: '2', spread: '5.5' }];

/** PL maximum penalty (late-payment) interest rate in force on `date`, percent p.a. */
export function plMaxPenaltyInterestRate(date: string, referenceRates: readonly DatedRate[] = NBP_REFERENCE_RATES, rules: readonly PlMaxInterestRule[] = PL_MAX_PENALTY_INTEREST_RULES): string {
  return plMaxInterestRate(date, referenceRates, rules);
}

/** PL maximum interest rate (percent p.a.) in force on `date`. */
export function plMaxInterestRate(date: string, referenceRates: readonly DatedRate[] = NBP_REFERENCE_RATES, rules: readonly PlMaxInterestRule[] = PL_MAX_INTEREST_RULES): string {
  const d = parseDate(date, 'date');
  const rule = pickDated(rules, d, 'plMaxInterestRules');
  const ref = pickDated(referenceRates, d, 'referenceRates');
  const m = parseRational(rule.multiplier);
  const r = parseRational(ref.rate);
  const s = parseRational(rule.spread);
  // m × (r + s)
  const sum: Rational = { num: r.num * s.den + s.num * r.den, den: r.den * s.den };
  return formatRational({ num: m.num * sum.num, den: m.den * sum.den }, 2);
}

/** PL MPKK in money for a principal and a term in days, on `date` (R = 366 when `date` is in a leap year). */
export function plMaxNonInterestCosts(principal: string, termDays: number, date: string, rules: readonly PlMpkkRule[] = PL_MPKK_RULES): string {
  const p = parseMoney(principal, 'principal');
  if (!Number.isInteger(termDays) || termDays <= 0) throw new DomainError('INVALID_TERM', 'termDays', 'termDays must be a positive integer', { value: termDays });
  const rule = pickDated(rules, parseDate(date, 'date'), 'plMpkkRules');
  const c = parseRational(rule.capPercent);
  const cap = divRoundHalfUp(p * c.num, c.den * 100n);
  let v: bigint;
  if (rule.shortTermDays !== undefined && rule.shortTermPercent !== undefined && termDays < rule.shortTermDays) {
    const st = parseRational(rule.shortTermPercent);
    v = divRoundHalfUp(p * st.num, st.den * 100n);
  } else {
    const f = parseRational(rule.fixedPercent);
    const y = parseRational(rule.yearlyPercent);
    const r = BigInt(isLeapYear(Number(date.slice(0, 4))) ? 366 : 365);
    // exact sum, rounded once
    v = divRoundHalfUp(p * (f.num * y.den * r + y.num * f.den * BigInt(termDays)), f.den * y.den * 100n * r);
  }
  return formatMoney(v < cap ? v : cap);
}

/** One dated step of the PL maxima: from `from` on, the maximum interest and maximum late interest in percent p.a. */
export interface PlMaxRateStep {
  from: string;
  maxInterest: string;
  maxPenaltyInterest: string;
}

/**
 * The PL maxima in force on `from` and every change up to `to` (inclusive): each reference-rate row or formula row
 * starts a step. Used to cap running loans day by day (`capScheduleInterest`).
 */
export function plMaxRateSteps(
  from: string,
  to: string,
  referenceRates: readonly DatedRate[] = NBP_REFERENCE_RATES,
  rules: readonly PlMaxInterestRule[] = PL_MAX_INTEREST_RULES,
  penaltyRules: readonly PlMaxInterestRule[] = PL_MAX_PENALTY_INTEREST_RULES,
): PlMaxRateStep[] {
  const a = parseDate(from, 'from');
  const b = parseDate(to, 'to');
  const starts = new Set<string>([from]);
  for (const r of [...referenceRates, ...rules, ...penaltyRules]) {
    const d = parseDate(r.from, 'from');
    if (d > a && d <= b) starts.add(r.from);
  }
  const out: PlMaxRateStep[] = [];
  for (const d of [...starts].sort()) {
    const step = { from: d, maxInterest: plMaxInterestRate(d, referenceRates, rules), maxPenaltyInterest: plMaxPenaltyInterestRate(d, referenceRates, penaltyRules) };
    const prev = out.at(-1);
    if (prev && prev.maxInterest === step.maxInterest && prev.maxPenaltyInterest === step.maxPenaltyInterest) continue;
    out.push(step);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// cap check

export type AprCheckDate = 'SIGNATURE_DATE' | 'RECALCULATION_DATE';
export type CapName = 'PL_MAX_INTEREST' | 'PL_MAX_PENALTY_INTEREST' | 'PL_MAX_NON_INTEREST_COSTS' | 'SK_MAX_RPMN' | 'SK_MAX_ODPLATA';

export interface CapCheckInput {
  country: 'PL' | 'SK';
  /** from the contract type (LOAN-3.1), default SIGNATURE_DATE */
  aprCheckDate?: AprCheckDate;
  signatureDate: string;
  /** required when aprCheckDate is RECALCULATION_DATE */
  recalculationDate?: string;
  /** PL: contractual nominal rate, percent */
  interestRate?: string;
  /** PL: penalty (late-payment) interest rate, percent */
  penaltyRate?: string;
  /** PL: non-interest costs of the credit (fees, commission, insurance) */
  nonInterestCosts?: string;
  principal?: string;
  termDays?: number;
  /** SK: RPMN (APR) and Odplata in percent */
  apr?: string;
  odplata?: string;
  skCategory?: string;
  tables?: {
    referenceRates?: readonly DatedRate[];
    plMaxInterest?: readonly PlMaxInterestRule[];
    plMaxPenaltyInterest?: readonly PlMaxInterestRule[];
    plMpkk?: readonly PlMpkkRule[];
    sk?: readonly SkCapRow[];
  };
}

export interface CapResult {
  cap: CapName;
  /** the maximum in force (percent for rates, money for MPKK) */
  limit: string;
  value: string;
  ok: boolean;
}

export interface CapCheckResult {
  accepted: boolean;
  checkDate: string;
  checkDateKind: AprCheckDate;
  results: CapResult[];
  /** names of the violated caps */
  violations: CapName[];
}

function cmp(a: string, b: string): number {
  const x = parseRational(a);
  const y = parseRational(b);
  const l = x.num * y.den;
  const r = y.num * x.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Checks a contract against the caps in force on the check date. Never throws for a violation (see assertCaps). */
export function checkCaps(input: CapCheckInput): CapCheckResult {
  const kind = input.aprCheckDate ?? 'SIGNATURE_DATE';
  if (kind !== 'SIGNATURE_DATE' && kind !== 'RECALCULATION_DATE') throw new DomainError('INVALID_APR_CHECK_DATE', 'aprCheckDate', 'aprCheckDate must be SIGNATURE_DATE or RECALCULATION_DATE');
  parseDate(input.signatureDate, 'signatureDate');
  let checkDate = input.signatureDate;
  if (kind === 'RECALCULATION_DATE') {
    if (!input.recalculationDate) throw new DomainError('REQUIRED', 'recalculationDate', 'recalculationDate is required when the contract type checks the cap by recalculation date');
    parseDate(input.recalculationDate, 'recalculationDate');
    checkDate = input.recalculationDate;
  }
  const results: CapResult[] = [];
  const t = input.tables ?? {};
  if (input.country === 'PL') {
    if (input.interestRate !== undefined) {
      const limit = plMaxInterestRate(checkDate, t.referenceRates, t.plMaxInterest);
      results.push({ cap: 'PL_MAX_INTEREST', limit, value: input.interestRate, ok: cmp(input.interestRate, limit) <= 0 });
    }
    if (input.penaltyRate !== undefined) {
      const limit = plMaxPenaltyInterestRate(checkDate, t.referenceRates, t.plMaxPenaltyInterest);
      results.push({ cap: 'PL_MAX_PENALTY_INTEREST', limit, value: input.penaltyRate, ok: cmp(input.penaltyRate, limit) <= 0 });
    }
    if (input.nonInterestCosts !== undefined) {
      if (input.principal === undefined) throw new DomainError('REQUIRED', 'principal', 'principal is required to check the maximum non-interest costs');
      if (input.termDays === undefined) throw new DomainError('REQUIRED', 'termDays', 'termDays is required to check the maximum non-interest costs');
      const limit = plMaxNonInterestCosts(input.principal, input.termDays, checkDate, t.plMpkk);
      results.push({ cap: 'PL_MAX_NON_INTEREST_COSTS', limit, value: formatMoney(parseMoney(input.nonInterestCosts, 'nonInterestCosts')), ok: cmp(input.nonInterestCosts, limit) <= 0 });
    }
  } else if (input.country === 'SK') {
    if (!t.sk) throw new DomainError('REQUIRED', 'tables.sk', 'the SK cap table is required');
    const row = pickDated(t.sk, parseDate(checkDate, 'checkDate'), 'tables.sk', (r) => (input.skCategory ? r.category === input.skCategory : r.category === undefined));
    if (input.apr !== undefined && row.maxRpmn !== undefined) results.push({ cap: 'SK_MAX_RPMN', limit: row.maxRpmn, value: input.apr, ok: cmp(input.apr, row.maxRpmn) <= 0 });
    if (input.odplata !== undefined && row.maxOdplata !== undefined) results.push({ cap: 'SK_MAX_ODPLATA', limit: row.maxOdplata, value: input.odplata, ok: cmp(input.odplata, row.maxOdplata) <= 0 });
  } else {
    throw new DomainError('INVALID_COUNTRY', 'country', 'country must be PL or SK', { value: input.country });
  }
  const violations = results.filter((r) => !r.ok).map((r) => r.cap);
  return { accepted: violations.length === 0, checkDate, checkDateKind: kind, results, violations };
}

const CAP_FIELD: Record<CapName, string> = {
  PL_MAX_INTEREST: 'interestRate',
  PL_MAX_PENALTY_INTEREST: 'penaltyRate',
  PL_MAX_NON_INTEREST_COSTS: 'nonInterestCosts',
  SK_MAX_RPMN: 'apr',
  SK_MAX_ODPLATA: 'odplata',
};

/** Like checkCaps but throws DomainError CAP_EXCEEDED naming the (first) violated cap and its field. */
export function assertCaps(input: CapCheckInput): CapCheckResult {
  const r = checkCaps(input);
  const bad = r.results.find((x) => !x.ok);
  if (bad) {
    throw new DomainError('CAP_EXCEEDED', CAP_FIELD[bad.cap], `${bad.cap}: ${bad.value} exceeds the maximum ${bad.limit} in force on ${r.checkDate}`, {
      cap: bad.cap,
      limit: bad.limit,
      value: bad.value,
      checkDate: r.checkDate,
      violations: r.violations,
    });
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// front-end installment check (LOAN-4.2)

export interface InstallmentCheckInput {
  installment: string;
  count: number;
  downPayment?: string;
  contractPrice: string;
}

export interface InstallmentCheckResult {
  accepted: boolean;
  /** installment × count + downPayment − contractPrice */
  difference: string;
  /** the last installment that settles the difference: installment − difference */
  lastInstallment: string;
}

/** Accept only if |installment × count + down payment − contract price| < installment. */
export function checkFrontendInstallment(input: InstallmentCheckInput): InstallmentCheckResult {
  const a = parseMoney(input.installment, 'installment');
  if (a <= 0n) throw new DomainError('INSTALLMENT_NOT_POSITIVE', 'installment', 'installment must be greater than 0');
  if (!Number.isInteger(input.count) || input.count < 1) throw new DomainError('INVALID_INSTALLMENTS', 'count', 'count must be a positive integer', { value: input.count });
  const dp = parseMoney(input.downPayment ?? '0', 'downPayment');
  const price = parseMoney(input.contractPrice, 'contractPrice');
  const diff = a * BigInt(input.count) + dp - price;
  const abs = diff < 0n ? -diff : diff;
  return { accepted: abs < a, difference: formatMoney(diff), lastInstallment: formatMoney(a - diff) };
}

/** Throws DomainError INSTALLMENT_CHECK_FAILED (field "installment") when the check fails. */
export function assertFrontendInstallment(input: InstallmentCheckInput): InstallmentCheckResult {
  const r = checkFrontendInstallment(input);
  if (!r.accepted) {
    throw new DomainError(
      'INSTALLMENT_CHECK_FAILED',
      'installment',
      `|installment × count + down payment − contract price| = ${r.difference.replace('-', '')} is not below the installment ${formatMoney(parseMoney(input.installment))}`,
      {
        difference: r.difference,
      },
    );
  }
  return r;
}
