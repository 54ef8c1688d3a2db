/**
 * Payments of a loan as a pure function of its event list: allocation waterfall, reversals,
 * back-dated replay, penalty interest, balances and installment statuses as of a date.
 *
 * The whole ledger is recomputed from the events every time (event sourcing), so a back-dated
 * payment or a reversal automatically re-allocates everything after it, and the result does not
 * depend on the order the events arrived in: events are sorted by value date, then by id.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp, formatMoney, parseMoney, parseRational, pow10, type Rational } from '../money.js';
import { formatDate, parseDate } from './dates.js';

export type AllocationComponent = 'PENALTY_INTEREST' | 'FEE' | 'INTEREST' | 'PRINCIPAL' | 'OVERPAYMENT';
export type AllocationOrder = 'BY_ITEM' | 'BY_COMPONENT';
export type InstallmentStatus = 'PENDING' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE';

/** A schedule line as the ledger needs it (a ScheduleLine fits). */
export interface LedgerInstallment {
  number: number;
  dueDate: string;
  principal: string;
  interest: string;
}

/** Penalty (default) interest rate in percent p.a., effective from `from` (inclusive). */
export interface PenaltyRate {
  from: string;
  rate: string;
}

/** A fee or other charge (reminder fee, insurance, …) due on a date. */
export interface LedgerFee {
  id: string;
  dueDate: string;
  amount: string;
  description?: string;
}

export type LoanEvent = { type: 'PAYMENT'; id: string; date: string; amount: string; method?: string } | { type: 'REVERSAL'; id: string; date: string; paymentId: string; reason?: string };

export interface LedgerOptions {
  /** BY_ITEM (default): oldest due date first, within it penalty → fees → interest → principal.
   *  BY_COMPONENT: all penalty interest (oldest first), then all fees, all interest, all principal. */
  order?: AllocationOrder;
  /** apply the overpayment balance to items as they fall due (default true) */
  applyOverpayment?: boolean;
  /**
   * Money paid before its due date (conventions.earlyMoney, docs/domain.md §3.8). DEPOSIT_UNTIL_DUE (default): held as
   * a deposit (OVERPAYMENT) until items fall due. APPLY_AT_ONCE: what a payment leaves after the items due goes at once
   * (in its POSTING) to the next installment's interest, then principal; only the rest is a deposit. The re-amortising
   * of that rest is a new schedule (`reamortiseAfterEarlyMoney`): replayed over it, the rest is that installment's
   * principal too.
   */
  earlyMoney?: 'DEPOSIT_UNTIL_DUE' | 'APPLY_AT_ONCE';
  /** APPLY_AT_ONCE never during a deferral period: money dated on or before this date (the last deferral line's due
   *  date) is held as a deposit */
  earlyMoneyHeldUntil?: string;
}

export interface LedgerInput {
  installments: readonly LedgerInstallment[];
  penaltyRates?: readonly PenaltyRate[];
  fees?: readonly LedgerFee[];
  events: readonly LoanEvent[];
  /** "today": events dated after it are ignored, balances are computed for it */
  asOf: string;
  options?: LedgerOptions;
}

export interface AllocationLine {
  /** null for fees and overpayment */
  installmentNumber: number | null;
  feeId?: string;
  component: AllocationComponent;
  amount: string;
}

/**
 * One dated movement of a payment's money. POSTING: the payment's allocation on its value date (the part above what
 * was due is an OVERPAYMENT line, the deposit). APPLICATION: a later use of that deposit for an item falling due,
 * always a pair on the same payment and date — OVERPAYMENT −x and component +x — so a payment's events always sum to
 * its amount; Σ OVERPAYMENT events of a payment = the part of it still held as deposit. Deposits are used oldest
 * payment first (FIFO). REVERSAL: the undoing of a reversed payment on the reversal's date — one negative event per
 * installment/fee and component it had reached by then (its POSTING and APPLICATION events up to that date are kept),
 * so a reversed payment's events sum to 0 and each component nets to 0. The other payments' events are re-derived by
 * the replay without the void payment (as for a back-dated payment): their events are what they are now.
 */
export interface AllocationEvent {
  kind: 'POSTING' | 'APPLICATION' | 'REVERSAL';
  /** value date of the movement: the payment date for POSTING, the date the deposit was applied for APPLICATION */
  date: string;
  installmentNumber: number | null;
  feeId?: string;
  component: AllocationComponent;
  /** signed decimal string (negative only for the OVERPAYMENT half of an APPLICATION pair) */
  amount: string;
}

export interface PaymentResult {
  id: string;
  date: string;
  amount: string;
  status: 'POSTED' | 'REVERSED';
  reversalId?: string;
  reversalDate?: string;
  /** lines summing to `amount` (empty for a reversed payment): the allocation at posting */
  allocations: AllocationLine[];
  /** every movement of the payment's money up to asOf (POSTING lines, then APPLICATION pairs, then for a reversed
   *  payment its REVERSAL lines); sums to `amount`, or to 0 for a reversed payment */
  events: AllocationEvent[];
}

export interface OverpaymentApplication {
  date: string;
  installmentNumber: number | null;
  feeId?: string;
  component: AllocationComponent;
  amount: string;
}

export interface InstallmentPosition {
  number: number;
  dueDate: string;
  principalDue: string;
  interestDue: string;
  principalPaid: string;
  interestPaid: string;
  /** penalty interest accrued so far, rounded half-up to 0.01 */
  penaltyInterestAccrued: string;
  penaltyInterestPaid: string;
  /** principal + interest still owed */
  outstanding: string;
  daysPastDue: number;
  status: InstallmentStatus;
}

export interface FeePosition {
  id: string;
  dueDate: string;
  amount: string;
  paid: string;
  outstanding: string;
}

export interface LoanBalances {
  asOf: string;
  /** overduePrincipal + overdueInterest + penaltyInterest (items past due, i.e. due date before asOf) */
  overdueBalance: string;
  overduePrincipal: string;
  overdueInterest: string;
  /** unpaid penalty interest accrued up to asOf */
  penaltyInterest: string;
  /** fees due before asOf and unpaid (not part of overdueBalance) */
  overdueFees: string;
  /** principal + interest of installments due on/after asOf, unpaid */
  futureBalance: string;
  futurePrincipal: string;
  futureInterest: string;
  futureFees: string;
  overpaymentBalance: string;
  /** days since the oldest unpaid past-due installment's due date (0 if none) */
  daysPastDue: number;
  /** everything owed: overdue + future + fees − nothing for overpayment */
  totalOutstanding: string;
}

export interface LedgerResult {
  payments: PaymentResult[];
  overpaymentApplications: OverpaymentApplication[];
  installments: InstallmentPosition[];
  fees: FeePosition[];
  balances: LoanBalances;
}

// ---------------------------------------------------------------------------------------------
// waterfall

/** One due component offered to the waterfall. */
export interface DueComponent {
  installmentNumber: number | null;
  feeId?: string;
  dueDate: string;
  component: Exclude<AllocationComponent, 'OVERPAYMENT'>;
  amount: string;
}

const COMPONENT_RANK: Record<string, number> = { PENALTY_INTEREST: 0, FEE: 1, INTEREST: 2, PRINCIPAL: 3 };

interface DueRef {
  due: number;
  key: string;
  rank: number;
  amount: bigint;
  apply: (x: bigint) => void;
  line: { installmentNumber: number | null; feeId?: string; component: AllocationComponent };
}

function sortRefs(refs: DueRef[], order: AllocationOrder): void {
  refs.sort((a, b) => {
    if (order === 'BY_COMPONENT' && a.rank !== b.rank) return a.rank - b.rank;
    if (a.due !== b.due) return a.due - b.due;
    if (a.rank !== b.rank) return a.rank - b.rank;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

function runWaterfall(amount: bigint, refs: DueRef[], out: { line: DueRef['line']; amount: bigint }[]): bigint {
  let left = amount;
  for (const r of refs) {
    if (left === 0n) break;
    if (r.amount <= 0n) continue;
    const x = r.amount < left ? r.amount : left;
    r.apply(x);
    left -= x;
    out.push({ line: r.line, amount: x });
  }
  return left;
}

/**
 * Pure waterfall over an explicit list of due components: returns allocation lines summing to `amount`
 * (the part above what is due becomes an OVERPAYMENT line).
 */
export function allocatePayment(amount: string, due: readonly DueComponent[], order: AllocationOrder = 'BY_ITEM'): AllocationLine[] {
  const x = parseMoney(amount, 'amount');
  if (x <= 0n) throw new DomainError('AMOUNT_NOT_POSITIVE', 'amount', 'payment amount must be greater than 0', { value: amount });
  const refs: DueRef[] = due.map((d, i) => ({
    due: parseDate(d.dueDate, `due[${i}].dueDate`),
    key: `${d.installmentNumber ?? ''}|${d.feeId ?? ''}|${String(i).padStart(8, '0')}`,
    rank: COMPONENT_RANK[d.component] ?? 9,
    amount: parseMoney(d.amount, `due[${i}].amount`),
    apply: () => undefined,
    line: { installmentNumber: d.installmentNumber, ...(d.feeId !== undefined ? { feeId: d.feeId } : {}), component: d.component },
  }));
  sortRefs(refs, order);
  const out: { line: DueRef['line']; amount: bigint }[] = [];
  const left = runWaterfall(x, refs, out);
  const lines: AllocationLine[] = out.map((o) => ({ ...o.line, amount: formatMoney(o.amount) }));
  if (left > 0n) lines.push({ installmentNumber: null, component: 'OVERPAYMENT', amount: formatMoney(left) });
  return lines;
}

// ---------------------------------------------------------------------------------------------
// replay

const E = pow10(18);

interface InstState {
  number: number;
  due: number;
  dueStr: string;
  principal: bigint;
  interest: bigint;
  principalPaid: bigint;
  interestPaid: bigint;
  penaltyFP: bigint;
  penaltyPaid: bigint;
}

interface FeeState {
  id: string;
  due: number;
  dueStr: string;
  amount: bigint;
  paid: bigint;
}

interface PaymentEv {
  id: string;
  date: number;
  dateStr: string;
  amount: bigint;
  reversal?: { id: string; date: number; dateStr: string };
}

/** Sorts and validates events; exported for tests and for the server's idempotency check. */
export function normaliseEvents(events: readonly LoanEvent[]): LoanEvent[] {
  if (!Array.isArray(events)) throw new DomainError('INVALID_EVENTS', 'events', 'events must be a list');
  const byId = new Map<string, LoanEvent>();
  events.forEach((e, i) => {
    if (!e || typeof e.id !== 'string' || e.id === '') throw new DomainError('INVALID_EVENT_ID', `events[${i}].id`, 'every event needs a non-empty id');
    if (e.type !== 'PAYMENT' && e.type !== 'REVERSAL')
      throw new DomainError('INVALID_EVENT_TYPE', `events[${i}].type`, 'event type must be PAYMENT or REVERSAL', { value: (e as { type?: unknown }).type });
    parseDate(e.date, `events[${i}].date`);
    if (e.type === 'PAYMENT') {
      const a = parseMoney(e.amount, `events[${i}].amount`);
      if (a <= 0n) throw new DomainError('AMOUNT_NOT_POSITIVE', `events[${i}].amount`, 'payment amount must be greater than 0', { value: e.amount });
    }
    const prev = byId.get(e.id);
    if (prev) {
      // idempotency: the same event posted twice counts once; the same id with other content is a conflict
      if (JSON.stringify(canon(prev)) !== JSON.stringify(canon(e))) {
        throw new DomainError('EVENT_ID_CONFLICT', `events[${i}].id`, `event id "${e.id}" was already used for a different event`, { id: e.id });
      }
      return;
    }
    byId.set(e.id, e);
  });
  return [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function canon(e: LoanEvent): unknown[] {
  return e.type === 'PAYMENT' ? [e.type, e.id, e.date, parseMoney(e.amount).toString()] : [e.type, e.id, e.date, e.paymentId];
}

function parseRates(rates: readonly PenaltyRate[]): { from: number; rate: Rational }[] {
  const out = rates.map((r, i) => {
    const rate = parseRational(r.rate, `penaltyRates[${i}].rate`);
    if (rate.num < 0n) throw new DomainError('RATE_NEGATIVE', `penaltyRates[${i}].rate`, 'penalty rate must not be negative');
    return { from: parseDate(r.from, `penaltyRates[${i}].from`), rate };
  });
  out.sort((a, b) => a.from - b.from);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.from === out[i - 1]!.from) throw new DomainError('DUPLICATE_RATE_DATE', `penaltyRates[${i}].from`, 'two penalty rates start on the same date');
  }
  return out;
}

function rateOn(rates: { from: number; rate: Rational }[], day: number): Rational | null {
  let r: Rational | null = null;
  for (const x of rates) {
    if (x.from <= day) r = x.rate;
    else break;
  }
  return r;
}

/**
 * Replays the loan's events up to `asOf` and returns allocations, positions and balances.
 *
 * Rules (docs/domain.md §5):
 * - payments dated after `asOf` are ignored; a payment reversed by a REVERSAL dated on/before `asOf` is void
 *   (kept in the output with status REVERSED, no allocations) — replay then reallocates everything after it;
 * - payments are processed by value date, then id; on each date the overpayment balance is applied first;
 * - a payment covers items already due (due date ≤ payment date) by the waterfall; the rest is overpayment;
 * - penalty interest accrues for every day after the due date on the unpaid principal of the installment, at the
 *   penalty rate in force that day, ACT/365, exactly, and is rounded half-up to 0.01 when allocated or reported.
 */
export function replayLedger(input: LedgerInput): LedgerResult {
  return replay(input, true);
}

/**
 * The events of a reversed payment: those it had on the reversal's date as if the reversal had not happened (a replay
 * as of that date without this reversal), then on that date one REVERSAL event per item and component undoing them.
 */
function reversedPaymentEvents(input: LedgerInput, events: LoanEvent[], p: PaymentEv): AllocationEvent[] {
  const rev = p.reversal!;
  const before = replay({ ...input, events: events.filter((e) => e.id !== rev.id), asOf: rev.dateStr }, false);
  const kept = before.payments.find((x) => x.id === p.id)?.events ?? [];
  const net = new Map<string, { e: AllocationEvent; sum: bigint }>();
  for (const e of kept) {
    const k = `${e.installmentNumber ?? ''}|${e.feeId ?? ''}|${e.component}`;
    const cur = net.get(k);
    if (cur) cur.sum += parseMoney(e.amount);
    else net.set(k, { e, sum: parseMoney(e.amount) });
  }
  const undo: AllocationEvent[] = [];
  for (const { e, sum } of net.values()) {
    if (sum === 0n) continue;
    undo.push({ kind: 'REVERSAL', date: rev.dateStr, installmentNumber: e.installmentNumber, ...(e.feeId !== undefined ? { feeId: e.feeId } : {}), component: e.component, amount: formatMoney(-sum) });
  }
  return [...kept, ...undo];
}

function replay(input: LedgerInput, withReversalEvents: boolean): LedgerResult {
  const asOf = parseDate(input.asOf, 'asOf');
  const order: AllocationOrder = input.options?.order ?? 'BY_ITEM';
  if (order !== 'BY_ITEM' && order !== 'BY_COMPONENT') throw new DomainError('INVALID_ORDER', 'options.order', 'order must be BY_ITEM or BY_COMPONENT');
  const applyOverpayment = input.options?.applyOverpayment ?? true;
  const atOnce = input.options?.earlyMoney === 'APPLY_AT_ONCE';
  if (input.options?.earlyMoney !== undefined && !atOnce && input.options.earlyMoney !== 'DEPOSIT_UNTIL_DUE') {
    throw new DomainError('INVALID_EARLY_MONEY', 'options.earlyMoney', 'earlyMoney must be DEPOSIT_UNTIL_DUE or APPLY_AT_ONCE');
  }
  const heldUntil = input.options?.earlyMoneyHeldUntil ? parseDate(input.options.earlyMoneyHeldUntil, 'options.earlyMoneyHeldUntil') : -Infinity;
  const insts: InstState[] = input.installments.map((l, i) => {
    const due = parseDate(l.dueDate, `installments[${i}].dueDate`);
    const principal = parseMoney(l.principal, `installments[${i}].principal`);
    const interest = parseMoney(l.interest, `installments[${i}].interest`);
    if (principal < 0n || interest < 0n) throw new DomainError('NEGATIVE_AMOUNT', `installments[${i}]`, 'installment amounts must not be negative');
    return { number: l.number, due, dueStr: formatDate(due), principal, interest, principalPaid: 0n, interestPaid: 0n, penaltyFP: 0n, penaltyPaid: 0n };
  });
  insts.sort((a, b) => a.due - b.due || a.number - b.number);
  const fees: FeeState[] = (input.fees ?? []).map((f, i) => {
    const due = parseDate(f.dueDate, `fees[${i}].dueDate`);
    const amount = parseMoney(f.amount, `fees[${i}].amount`);
    if (amount < 0n) throw new DomainError('NEGATIVE_AMOUNT', `fees[${i}].amount`, 'fee amount must not be negative');
    return { id: f.id, due, dueStr: formatDate(due), amount, paid: 0n };
  });
  const rates = parseRates(input.penaltyRates ?? []);
  const events = normaliseEvents(input.events);

  // payments and their reversals
  const payments = new Map<string, PaymentEv>();
  const allPayments: PaymentEv[] = [];
  for (const e of events) {
    if (e.type === 'PAYMENT') {
      const p: PaymentEv = { id: e.id, date: parseDate(e.date), dateStr: e.date, amount: parseMoney(e.amount) };
      payments.set(e.id, p);
      allPayments.push(p);
    }
  }
  for (const e of events) {
    if (e.type !== 'REVERSAL') continue;
    const p = payments.get(e.paymentId);
    if (!p) throw new DomainError('UNKNOWN_PAYMENT', 'paymentId', `reversal ${e.id} refers to an unknown payment "${e.paymentId}"`, { reversalId: e.id, paymentId: e.paymentId });
    const d = parseDate(e.date);
    if (d < p.date) throw new DomainError('REVERSAL_BEFORE_PAYMENT', 'date', `reversal ${e.id} is dated before payment ${p.id}`, { reversalId: e.id, paymentId: p.id });
    if (p.reversal) throw new DomainError('PAYMENT_ALREADY_REVERSED', 'paymentId', `payment ${p.id} is already reversed by ${p.reversal.id}`, { paymentId: p.id, reversalId: p.reversal.id });
    if (d <= asOf) p.reversal = { id: e.id, date: d, dateStr: e.date };
  }
  const effective = allPayments.filter((p) => p.date <= asOf && !p.reversal);

  // timeline
  const pts = new Set<number>();
  for (const s of insts) if (s.due <= asOf) pts.add(s.due);
  for (const f of fees) if (f.due <= asOf) pts.add(f.due);
  for (const p of effective) pts.add(p.date);
  for (const r of rates) if (r.from - 1 <= asOf) pts.add(r.from - 1);
  pts.add(asOf);
  const points = [...pts].sort((a, b) => a - b);

  const allocs = new Map<string, { line: DueRef['line']; amount: bigint }[]>();
  const opApps: OverpaymentApplication[] = [];
  // deposits (overpayment by payment, oldest first) and the application pairs attributed to them
  const deposits: { id: string; left: bigint }[] = [];
  const applied = new Map<string, AllocationEvent[]>();
  const attribute = (date: string, line: DueRef['line'], amount: bigint): void => {
    let need = amount;
    while (need > 0n && deposits.length) {
      const d = deposits[0]!;
      const x = d.left < need ? d.left : need;
      d.left -= x;
      need -= x;
      let list = applied.get(d.id);
      if (!list) applied.set(d.id, (list = []));
      list.push({ kind: 'APPLICATION', date, installmentNumber: null, component: 'OVERPAYMENT', amount: formatMoney(-x) });
      list.push({ kind: 'APPLICATION', date, ...line, amount: formatMoney(x) });
      if (d.left === 0n) deposits.shift();
    }
  };
  let overpayment = 0n;
  let pi = 0;

  // installments before `firstOpen` are settled for good (principal, interest and penalty paid; with no principal
  // outstanding no more penalty accrues), so both loops below start there
  let firstOpen = 0;
  const advance = (): void => {
    while (firstOpen < insts.length) {
      const s = insts[firstOpen]!;
      if (s.principalPaid === s.principal && s.interestPaid === s.interest && divRoundHalfUp(s.penaltyFP, E) === s.penaltyPaid) firstOpen++;
      else break;
    }
  };
  const dueRefs = (t: number): DueRef[] => {
    const refs: DueRef[] = [];
    advance();
    for (let j = firstOpen; j < insts.length; j++) {
      const s = insts[j]!;
      if (s.due > t) break;
      const pen = divRoundHalfUp(s.penaltyFP, E) - s.penaltyPaid;
      if (pen > 0n)
        refs.push({
          due: s.due,
          key: `i${String(s.number).padStart(6, '0')}`,
          rank: 0,
          amount: pen,
          apply: (x) => (s.penaltyPaid += x),
          line: { installmentNumber: s.number, component: 'PENALTY_INTEREST' },
        });
      const int = s.interest - s.interestPaid;
      if (int > 0n)
        refs.push({
          due: s.due,
          key: `i${String(s.number).padStart(6, '0')}`,
          rank: 2,
          amount: int,
          apply: (x) => (s.interestPaid += x),
          line: { installmentNumber: s.number, component: 'INTEREST' },
        });
      const pr = s.principal - s.principalPaid;
      if (pr > 0n)
        refs.push({
          due: s.due,
          key: `i${String(s.number).padStart(6, '0')}`,
          rank: 3,
          amount: pr,
          apply: (x) => (s.principalPaid += x),
          line: { installmentNumber: s.number, component: 'PRINCIPAL' },
        });
    }
    for (const f of fees) {
      if (f.due > t) continue;
      const o = f.amount - f.paid;
      if (o > 0n) refs.push({ due: f.due, key: `f${f.id}`, rank: 1, amount: o, apply: (x) => (f.paid += x), line: { installmentNumber: null, feeId: f.id, component: 'FEE' } });
    }
    sortRefs(refs, order);
    return refs;
  };

  let prev = points.length ? Math.min(points[0]!, insts.length ? insts[0]!.due : points[0]!) : asOf;
  for (const t of points) {
    if (t > prev) {
      const rate = rateOn(rates, prev + 1);
      if (rate && rate.num > 0n) {
        const days = BigInt(t - prev);
        const den = rate.den * 36500n;
        for (let j = firstOpen; j < insts.length; j++) {
          const s = insts[j]!;
          if (s.due > prev) break;
          const op = s.principal - s.principalPaid;
          if (op > 0n) s.penaltyFP += divRoundHalfUp(op * rate.num * days * E, den);
        }
      }
      prev = t;
    }
    if (applyOverpayment && overpayment > 0n) {
      const out: { line: DueRef['line']; amount: bigint }[] = [];
      overpayment = runWaterfall(overpayment, dueRefs(t), out);
      for (const o of out) {
        opApps.push({ date: formatDate(t), ...o.line, amount: formatMoney(o.amount) });
        attribute(formatDate(t), o.line, o.amount);
      }
    }
    while (pi < effective.length && effective[pi]!.date === t) {
      const p = effective[pi++]!;
      const out: { line: DueRef['line']; amount: bigint }[] = [];
      let left = runWaterfall(p.amount, dueRefs(t), out);
      if (left > 0n && atOnce && t > heldUntil) {
        // everything due is paid: the next installment not yet due, interest then principal, at once
        const next = insts.slice(firstOpen).find((s) => s.due > t && (s.interestPaid < s.interest || s.principalPaid < s.principal));
        if (next) {
          const key = `i${String(next.number).padStart(6, '0')}`;
          const refs: DueRef[] = [
            { due: next.due, key, rank: 2, amount: next.interest - next.interestPaid, apply: (x) => (next.interestPaid += x), line: { installmentNumber: next.number, component: 'INTEREST' } },
            { due: next.due, key, rank: 3, amount: next.principal - next.principalPaid, apply: (x) => (next.principalPaid += x), line: { installmentNumber: next.number, component: 'PRINCIPAL' } },
          ];
          left = runWaterfall(left, refs, out);
        }
      }
      if (left > 0n) {
        out.push({ line: { installmentNumber: null, component: 'OVERPAYMENT' }, amount: left });
        overpayment += left;
        deposits.push({ id: p.id, left });
      }
      allocs.set(p.id, out);
    }
  }

  // results
  const paymentResults: PaymentResult[] = allPayments
    .filter((p) => p.date <= asOf)
    .map((p) => ({
      id: p.id,
      date: p.dateStr,
      amount: formatMoney(p.amount),
      status: p.reversal ? ('REVERSED' as const) : ('POSTED' as const),
      ...(p.reversal ? { reversalId: p.reversal.id, reversalDate: p.reversal.dateStr } : {}),
      allocations: (allocs.get(p.id) ?? []).map((o) => ({ ...o.line, amount: formatMoney(o.amount) })),
      events: p.reversal
        ? withReversalEvents
          ? reversedPaymentEvents(input, events, p)
          : []
        : [...(allocs.get(p.id) ?? []).map((o) => ({ kind: 'POSTING' as const, date: p.dateStr, ...o.line, amount: formatMoney(o.amount) })), ...(applied.get(p.id) ?? [])],
    }));
  let oP = 0n,
    oI = 0n,
    pen = 0n,
    oF = 0n,
    fP = 0n,
    fI = 0n,
    fF = 0n;
  let oldestUnpaid = Infinity;
  const positions: InstallmentPosition[] = insts.map((s) => {
    const accrued = divRoundHalfUp(s.penaltyFP, E);
    const outP = s.principal - s.principalPaid;
    const outI = s.interest - s.interestPaid;
    const outstanding = outP + outI;
    const pastDue = s.due < asOf;
    pen += accrued - s.penaltyPaid;
    if (pastDue) {
      oP += outP;
      oI += outI;
      if (outstanding > 0n && s.due < oldestUnpaid) oldestUnpaid = s.due;
    } else {
      fP += outP;
      fI += outI;
    }
    const paid = s.principalPaid + s.interestPaid;
    let status: InstallmentStatus;
    if (outstanding === 0n) status = s.principal + s.interest === 0n && s.due > asOf ? 'PENDING' : 'PAID';
    else if (pastDue) status = 'OVERDUE';
    else if (paid > 0n) status = 'PARTIALLY_PAID';
    else status = 'PENDING';
    return {
      number: s.number,
      dueDate: s.dueStr,
      principalDue: formatMoney(s.principal),
      interestDue: formatMoney(s.interest),
      principalPaid: formatMoney(s.principalPaid),
      interestPaid: formatMoney(s.interestPaid),
      penaltyInterestAccrued: formatMoney(accrued),
      penaltyInterestPaid: formatMoney(s.penaltyPaid),
      outstanding: formatMoney(outstanding),
      daysPastDue: pastDue && outstanding > 0n ? asOf - s.due : 0,
      status,
    };
  });
  const feePositions: FeePosition[] = fees.map((f) => {
    const o = f.amount - f.paid;
    if (f.due < asOf) oF += o;
    else fF += o;
    return { id: f.id, dueDate: f.dueStr, amount: formatMoney(f.amount), paid: formatMoney(f.paid), outstanding: formatMoney(o) };
  });
  const overdue = oP + oI + pen;
  const future = fP + fI;
  return {
    payments: paymentResults,
    overpaymentApplications: opApps,
    installments: positions,
    fees: feePositions,
    balances: {
      asOf: input.asOf,
      overdueBalance: formatMoney(overdue),
      overduePrincipal: formatMoney(oP),
      overdueInterest: formatMoney(oI),
      penaltyInterest: formatMoney(pen),
      overdueFees: formatMoney(oF),
      futureBalance: formatMoney(future),
      futurePrincipal: formatMoney(fP),
      futureInterest: formatMoney(fI),
      futureFees: formatMoney(fF),
      overpaymentBalance: formatMoney(overpayment),
      daysPastDue: oldestUnpaid === Infinity ? 0 : asOf - oldestUnpaid,
      totalOutstanding: formatMoney(overdue + future + oF + fF),
    },
  };
}

/** Balances as of `input.asOf` (shortcut for replayLedger(input).balances). */
export function loanBalances(input: LedgerInput): LoanBalances {
  return replayLedger(input).balances;
}

/** Installment statuses as of `input.asOf`. */
export function installmentStatuses(input: LedgerInput): { number: number; dueDate: string; status: InstallmentStatus }[] {
  return replayLedger(input).installments.map((i) => ({ number: i.number, dueDate: i.dueDate, status: i.status }));
}

/**
 * Penalty interest on a single overdue amount from the day after `dueDate` to `to` inclusive,
 * with dated rates, ACT/365, rounded half-up once at the end.
 */
export function penaltyInterest(amount: string, dueDate: string, to: string, rates: readonly PenaltyRate[]): string {
  const a = parseMoney(amount, 'amount');
  const from = parseDate(dueDate, 'dueDate');
  const end = parseDate(to, 'to');
  const rs = parseRates(rates);
  let fp = 0n;
  let d = from;
  while (d < end) {
    // next change point
    let next = end;
    for (const r of rs) if (r.from - 1 > d && r.from - 1 < next) next = r.from - 1;
    const rate = rateOn(rs, d + 1);
    if (rate) fp += divRoundHalfUp(a * rate.num * BigInt(next - d) * E, rate.den * 36500n);
    d = next;
  }
  return formatMoney(divRoundHalfUp(fp, E));
}
