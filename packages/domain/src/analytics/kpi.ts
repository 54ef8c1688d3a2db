/**
 * Collections KPIs as pure rules (issue #27, docs/analytics.md § KPIs): the days-past-due bucket, the month-end
 * transition (roll-rate) matrix, vintage curves, the cure rule and notice effectiveness. The server computes the same
 * figures in SQL for speed; each SQL twin is compared with these functions on real PostgreSQL
 * (docs/architecture.md § Twins). Money is bigint minor units through the money module; shares are decimal strings.
 */
import { divRoundHalfUp, formatMoney, parseMoney, pow10 } from '../money.js';
import { addDays, parseDate } from '../loan/dates.js';
import type { LedgerResult } from '../loan/ledger.js';

export const DPD_BUCKETS = ['CURRENT', '1-30', '31-60', '61-90', '91-180', '180+'] as const;
export type DpdBucket = (typeof DPD_BUCKETS)[number];

/** The bucket of a days-past-due figure: CURRENT (0), 1-30, 31-60, 61-90, 91-180, 180+ (docs/analytics.md glossary). */
export function dpdBucket(daysPastDue: number): DpdBucket {
  if (!Number.isInteger(daysPastDue) || daysPastDue < 0) throw new RangeError(`days past due must be a whole number ≥ 0, got ${daysPastDue}`);
  if (daysPastDue === 0) return 'CURRENT';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  if (daysPastDue <= 180) return '91-180';
  return '180+';
}

/** part / whole as a decimal string with `scale` places, rounded half-up; null when the whole is 0. */
export function shareOf(part: bigint | number, whole: bigint | number, scale = 4): string | null {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w === 0n) return null;
  return formatMoney(divRoundHalfUp(p * pow10(scale), w), scale);
}

/** A schedule line as the cure rule needs it: its due date and the date it became fully paid (null: not paid). */
export interface PaidLine {
  dueDate: string;
  paidAt: string | null;
}

/** Days past due at `at`: `at` − due date of the oldest line due before `at` and not fully paid by `at`; 0 if none. */
export function daysPastDueAt(lines: readonly PaidLine[], at: string): number {
  let oldest: string | null = null;
  for (const l of lines) if (l.dueDate < at && (l.paidAt === null || l.paidAt > at) && (oldest === null || l.dueDate < oldest)) oldest = l.dueDate;
  return oldest === null ? 0 : parseDate(at) - parseDate(oldest);
}

/**
 * The cure rule: a loan past due at `from` (the caller picks them: loans in a past-due bucket at a month end) is cured
 * within `days` when on some day t with from < t ≤ from + days it has nothing past due (daysPastDueAt(t) = 0). Arrears
 * end only on a day a line becomes fully paid, so only those days are tried.
 */
export function curedWithin(lines: readonly PaidLine[], from: string, days: number): boolean {
  const until = addDays(from, days);
  for (const l of lines) if (l.paidAt !== null && l.paidAt > from && l.paidAt <= until && daysPastDueAt(lines, l.paidAt) === 0) return true;
  return false;
}

/** One loan between two consecutive month ends: its bucket at each and its outstanding at the first. */
export interface Transition {
  /** what the figures are kept apart by (currency and kind at least; money is never added across currencies) */
  group: string;
  from: DpdBucket;
  to: DpdBucket;
  /** outstanding (principal + interest unpaid) at the first month end */
  amount: string;
}

export interface RollCell {
  group: string;
  from: DpdBucket;
  to: DpdBucket;
  loans: number;
  amount: string;
  /** loans of the cell / loans that started in `from` (same group) */
  shareByCount: string | null;
  /** amount of the cell / amount that started in `from` (same group) */
  shareByAmount: string | null;
}

/** The roll-rate (transition) matrix: per group and starting bucket, where the loans were one month end later. */
export function rollRates(transitions: readonly Transition[]): RollCell[] {
  const cells = new Map<string, { group: string; from: DpdBucket; to: DpdBucket; loans: number; amount: bigint }>();
  const rows = new Map<string, { loans: number; amount: bigint }>();
  for (const t of transitions) {
    const a = parseMoney(t.amount);
    const k = `${t.group}\u0000${t.from}\u0000${t.to}`;
    const c = cells.get(k) ?? { group: t.group, from: t.from, to: t.to, loans: 0, amount: 0n };
    c.loans += 1;
    c.amount += a;
    cells.set(k, c);
    const rk = `${t.group}\u0000${t.from}`;
    const r = rows.get(rk) ?? { loans: 0, amount: 0n };
    r.loans += 1;
    r.amount += a;
    rows.set(rk, r);
  }
  const order = (b: DpdBucket) => DPD_BUCKETS.indexOf(b);
  return [...cells.values()]
    .sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : order(x.from) - order(y.from) || order(x.to) - order(y.to)))
    .map((c) => {
      const r = rows.get(`${c.group}\u0000${c.from}`)!;
      return { group: c.group, from: c.from, to: c.to, loans: c.loans, amount: formatMoney(c.amount), shareByCount: shareOf(c.loans, r.loans), shareByAmount: shareOf(c.amount, r.amount) };
    });
}

/** A loan in a past-due bucket at a month end, with its overdue then and whether it was cured (curedWithin). */
export interface CureCase {
  group: string;
  bucket: DpdBucket;
  overdue: string;
  cured: boolean;
}

export interface CureRate {
  group: string;
  bucket: DpdBucket;
  loans: number;
  curedLoans: number;
  overdue: string;
  curedOverdue: string;
  rateByCount: string | null;
  rateByAmount: string | null;
}

/** Cure rate per group and bucket: cured loans / loans, and their overdue at the month end / all overdue. */
export function cureRates(cases: readonly CureCase[]): CureRate[] {
  const m = new Map<string, { group: string; bucket: DpdBucket; loans: number; cured: number; overdue: bigint; curedOverdue: bigint }>();
  for (const c of cases) {
    const k = `${c.group}\u0000${c.bucket}`;
    const r = m.get(k) ?? { group: c.group, bucket: c.bucket, loans: 0, cured: 0, overdue: 0n, curedOverdue: 0n };
    const o = parseMoney(c.overdue);
    r.loans += 1;
    r.overdue += o;
    if (c.cured) {
      r.cured += 1;
      r.curedOverdue += o;
    }
    m.set(k, r);
  }
  return [...m.values()]
    .sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : DPD_BUCKETS.indexOf(x.bucket) - DPD_BUCKETS.indexOf(y.bucket)))
    .map((r) => ({
      group: r.group,
      bucket: r.bucket,
      loans: r.loans,
      curedLoans: r.cured,
      overdue: formatMoney(r.overdue),
      curedOverdue: formatMoney(r.curedOverdue),
      rateByCount: shareOf(r.cured, r.loans),
      rateByAmount: shareOf(r.curedOverdue, r.overdue),
    }));
}

/** A loan of a vintage: the month it was disbursed in (YYYY-MM) and its disbursed principal. */
export interface VintageLoan {
  id: string;
  group: string;
  cohort: string;
  principal: string;
}

/** A loan at the month end `monthsOnBook` months after the end of its cohort's month (0: that month's end). */
export interface VintageObservation {
  loanId: string;
  monthsOnBook: number;
  daysPastDue: number;
  outstandingPrincipal: string;
}

export interface VintagePoint {
  group: string;
  cohort: string;
  monthsOnBook: number;
  /** loans and disbursed principal of the cohort (the denominators) */
  loans: number;
  principal: string;
  loans30: number;
  loans60: number;
  loans90: number;
  /** outstanding principal of the loans 30+ / 60+ / 90+ days past due at that month end */
  amount30: string;
  amount60: string;
  amount90: string;
  share30ByCount: string | null;
  share60ByCount: string | null;
  share90ByCount: string | null;
  share30ByAmount: string | null;
  share60ByAmount: string | null;
  share90ByAmount: string | null;
}

/**
 * Vintage curves: for the loans disbursed in each month, the share of them (by count) and of their disbursed principal
 * (by amount: outstanding principal of the delinquent loans / disbursed principal of the cohort) 30+ / 60+ / 90+ days
 * past due at each month on book. A point exists for each months-on-book any loan of the cohort was observed at.
 */
export function vintageCurves(loans: readonly VintageLoan[], observations: readonly VintageObservation[]): VintagePoint[] {
  const byId = new Map(loans.map((l) => [l.id, l]));
  const cohorts = new Map<string, { loans: number; principal: bigint }>();
  for (const l of loans) {
    const k = `${l.group}\u0000${l.cohort}`;
    const c = cohorts.get(k) ?? { loans: 0, principal: 0n };
    c.loans += 1;
    c.principal += parseMoney(l.principal);
    cohorts.set(k, c);
  }
  const pts = new Map<string, { group: string; cohort: string; mob: number; n: [number, number, number]; a: [bigint, bigint, bigint] }>();
  for (const o of observations) {
    const l = byId.get(o.loanId);
    if (!l) continue;
    const k = `${l.group}\u0000${l.cohort}\u0000${o.monthsOnBook}`;
    const p = pts.get(k) ?? { group: l.group, cohort: l.cohort, mob: o.monthsOnBook, n: [0, 0, 0], a: [0n, 0n, 0n] };
    const op = parseMoney(o.outstandingPrincipal);
    [30, 60, 90].forEach((d, i) => {
      if (o.daysPastDue >= d) {
        p.n[i] += 1;
        p.a[i] += op;
      }
    });
    pts.set(k, p);
  }
  return [...pts.values()]
    .sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : x.cohort < y.cohort ? -1 : x.cohort > y.cohort ? 1 : x.mob - y.mob))
    .map((p) => {
      const c = cohorts.get(`${p.group}\u0000${p.cohort}`)!;
      return {
        group: p.group,
        cohort: p.cohort,
        monthsOnBook: p.mob,
        loans: c.loans,
        principal: formatMoney(c.principal),
        loans30: p.n[0],
        loans60: p.n[1],
        loans90: p.n[2],
        amount30: formatMoney(p.a[0]),
        amount60: formatMoney(p.a[1]),
        amount90: formatMoney(p.a[2]),
        share30ByCount: shareOf(p.n[0], c.loans),
        share60ByCount: shareOf(p.n[1], c.loans),
        share90ByCount: shareOf(p.n[2], c.loans),
        share30ByAmount: shareOf(p.a[0], c.principal),
        share60ByAmount: shareOf(p.a[1], c.principal),
        share90ByAmount: shareOf(p.a[2], c.principal),
      };
    });
}

/** A notice as notice effectiveness needs it. */
export interface EffectivenessNotice {
  id: string;
  /** template / channel / reason / creator (and the currency of its file) the figures are kept apart by */
  group: string;
  partyId: string;
  /** the business date the notice was created on: the payment window starts there */
  createdOn: string;
  sent: boolean;
  delivered: boolean;
  smsParts: number;
  /** what the notice asked for (Σ of its items) */
  amount: string;
  loanIds: readonly string[];
  promise: 'KEPT' | 'BROKEN' | 'PENDING' | null;
}

/** A posted payment on a loan. */
export interface EffectivenessPayment {
  id: string;
  loanId: string;
  date: string;
  amount: string;
}

export interface Effectiveness {
  group: string;
  notices: number;
  sent: number;
  delivered: number;
  /** delivered / sent */
  deliveryRate: string | null;
  /** SMS parts of the sent notices */
  smsParts: number;
  /** distinct addressees of the sent notices */
  addressees: number;
  /** of them, those with a sent notice followed by a posted payment on its loans dated within [created, created + N] */
  addresseesPaid: number;
  paidShareByCount: string | null;
  /** those payments, each once per group */
  collected: string;
  /** Σ asked by the sent notices */
  asked: string;
  /** collected / asked */
  paidShareByAmount: string | null;
  promisesMade: number;
  promisesKept: number;
  promisesBroken: number;
  promisesPending: number;
}

/** Notice effectiveness per group, with a payment window of `days` days after each sent notice's creation date. */
export function noticeEffectiveness(notices: readonly EffectivenessNotice[], payments: readonly EffectivenessPayment[], days: number): Effectiveness[] {
  const byLoan = new Map<string, EffectivenessPayment[]>();
  for (const p of payments) byLoan.set(p.loanId, [...(byLoan.get(p.loanId) ?? []), p]);
  const groups = new Map<string, EffectivenessNotice[]>();
  for (const n of notices) groups.set(n.group, [...(groups.get(n.group) ?? []), n]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, ns]) => {
      const sent = ns.filter((n) => n.sent);
      const addressees = new Set(sent.map((n) => n.partyId));
      const paidParties = new Set<string>();
      const counted = new Map<string, bigint>();
      for (const n of sent) {
        const until = addDays(n.createdOn, days);
        for (const l of n.loanIds)
          for (const p of byLoan.get(l) ?? [])
            if (p.date >= n.createdOn && p.date <= until) {
              paidParties.add(n.partyId);
              counted.set(p.id, parseMoney(p.amount));
            }
      }
      const collected = [...counted.values()].reduce((a, b) => a + b, 0n);
      const asked = sent.reduce((a, n) => a + parseMoney(n.amount), 0n);
      const delivered = ns.filter((n) => n.delivered).length;
      return {
        group,
        notices: ns.length,
        sent: sent.length,
        delivered,
        deliveryRate: shareOf(delivered, sent.length),
        smsParts: sent.reduce((a, n) => a + n.smsParts, 0),
        addressees: addressees.size,
        addresseesPaid: paidParties.size,
        paidShareByCount: shareOf(paidParties.size, addressees.size),
        collected: formatMoney(collected),
        asked: formatMoney(asked),
        paidShareByAmount: shareOf(collected, asked),
        promisesMade: ns.filter((n) => n.promise !== null).length,
        promisesKept: ns.filter((n) => n.promise === 'KEPT').length,
        promisesBroken: ns.filter((n) => n.promise === 'BROKEN').length,
        promisesPending: ns.filter((n) => n.promise === 'PENDING').length,
      };
    });
}

/** A loan's position at a past date, as the month-end snapshots keep it. */
export interface DatedPosition {
  asOf: string;
  /** principal + interest unpaid, all lines */
  outstanding: string;
  outstandingPrincipal: string;
  /** principal + interest unpaid of the lines due before `asOf` */
  overdue: string;
  daysPastDue: number;
}

/**
 * Positions at several past dates from ONE replay of the loan engine (`replayLedger` as of the last date or later): the
 * paid principal / interest of each line at date d is the sum of its dated allocation events (POSTING, APPLICATION) up
 * to d. This equals replaying as of each d when no payment was reversed: a reversal re-derives the other payments'
 * history (docs/domain.md §5.4), so for a loan with a reversed payment replay as of each date instead.
 */
export function positionsAt(ledger: Pick<LedgerResult, 'installments' | 'payments'>, dates: readonly string[]): DatedPosition[] {
  if (ledger.payments.some((p) => p.status === 'REVERSED')) throw new RangeError('positionsAt needs a ledger without reversed payments: replay as of each date');
  // one sweep over the dates in ascending order (the month-end backfill reads ~24 dates of every loan): each line's
  // dated principal / interest events sorted once, consumed up to each date; figures parsed once
  const lines = ledger.installments.map((i) => ({
    number: i.number,
    dueDate: i.dueDate,
    principal: parseMoney(i.principalDue),
    interest: parseMoney(i.interestDue),
    paidP: 0n,
    paidI: 0n,
    next: 0,
    events: [] as { date: string; principal: bigint; interest: bigint }[],
  }));
  const byNumber = new Map(lines.map((l) => [l.number, l]));
  for (const p of ledger.payments)
    for (const e of p.events) {
      if (e.installmentNumber === null || (e.component !== 'PRINCIPAL' && e.component !== 'INTEREST')) continue;
      const line = byNumber.get(e.installmentNumber);
      if (!line) continue;
      const a = parseMoney(e.amount);
      line.events.push({ date: e.date, principal: e.component === 'PRINCIPAL' ? a : 0n, interest: e.component === 'INTEREST' ? a : 0n });
    }
  for (const l of lines) l.events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const order = dates.map((d, k) => ({ d, k })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.k - b.k));
  const out: DatedPosition[] = new Array<DatedPosition>(dates.length);
  for (const { d, k } of order) {
    let outstanding = 0n;
    let principal = 0n;
    let overdue = 0n;
    let oldest: string | null = null;
    for (const i of lines) {
      while (i.next < i.events.length && i.events[i.next].date <= d) {
        i.paidP += i.events[i.next].principal;
        i.paidI += i.events[i.next].interest;
        i.next++;
      }
      const outP = i.principal - i.paidP;
      const o = outP + i.interest - i.paidI;
      outstanding += o;
      principal += outP;
      if (i.dueDate < d) {
        overdue += o;
        if (o > 0n && (oldest === null || i.dueDate < oldest)) oldest = i.dueDate;
      }
    }
    out[k] = {
      asOf: d,
      outstanding: formatMoney(outstanding),
      outstandingPrincipal: formatMoney(principal),
      overdue: formatMoney(overdue),
      daysPastDue: oldest === null ? 0 : parseDate(d) - parseDate(oldest),
    };
  }
  return out;
}
