/**
 * Interest capped day by day at the legal maximum in force on each day (PL art. 359 §2¹ KC: the maximum applies to
 * interest as it accrues, so when the maximum falls below a running loan's contractual rate, the loan's interest is
 * capped from that day on).
 *
 * The schedule's principal parts stay as they are; the interest of every period [previous due date, due date)
 * (the first from the disbursement date) is scaled by the share of its days' rates that the caps allow:
 *
 *   interest' = interest × Σ_day min(rate, cap(day)) / (rate × days)      rounded half up to 0.01, once per line
 *
 * so a period without any capped day keeps its interest to the cent (whatever day count the schedule used), and a
 * period wholly under a cap c gets interest × c / rate. The installment of a capped line falls by the interest
 * removed. Pure; no I/O.
 */
import { DomainError } from './errors.js';
import { divRoundHalfUp, formatMoney, parseMoney, parseRational } from '../money.js';
import { formatDate, parseDate } from './dates.js';
import type { ScheduleLine } from './schedule.js';

/** A maximum rate (percent p.a.) in force from `from` (inclusive) until the next row. */
export interface DatedCap {
  from: string;
  rate: string;
}

export interface CapScheduleInput {
  lines: readonly { number: number; dueDate: string; principal: string; interest: string; accumulatedInterest?: string }[];
  disbursementDate: string;
  /** contractual nominal rate, percent p.a. */
  annualRate: string;
  /** maxima in force by date (any order); days before the first row are not capped */
  caps: readonly DatedCap[];
}

export interface CappedLine extends ScheduleLine {
  /** interest before capping */
  interestBefore: string;
  /** days of the line's period on which the cap was below the contractual rate */
  cappedDays: number;
}

export interface CappedSchedule {
  lines: CappedLine[];
  /** numbers of the lines whose interest changed */
  changed: number[];
  totalInterest: string;
  /** first day on which a cap is below the contractual rate, or null */
  cappedFrom: string | null;
}

const SCALE = 100_000_000n; // rates in 1e-8 of a percent

function scaled(rate: string, field: string): bigint {
  const r = parseRational(rate, field);
  if (r.num < 0n) throw new DomainError('INVALID_RATE', field, `${field} must not be negative`, { value: rate });
  return divRoundHalfUp(r.num * SCALE, r.den);
}

export function capScheduleInterest(input: CapScheduleInput): CappedSchedule {
  const rate = scaled(input.annualRate, 'annualRate');
  const caps = input.caps.map((c, i) => ({ day: parseDate(c.from, `caps[${i}].from`), rate: scaled(c.rate, `caps[${i}].rate`) })).sort((a, b) => a.day - b.day);
  const capOn = (day: number): bigint => {
    let r = rate;
    for (const c of caps) {
      if (c.day > day) break;
      r = c.rate;
    }
    return r < rate ? r : rate;
  };
  let start = parseDate(input.disbursementDate, 'disbursementDate');
  let balance = input.lines.reduce((s, l, i) => s + parseMoney(l.principal, `lines[${i}].principal`), 0n);
  let total = 0n;
  let cappedFrom: number | null = null;
  const changed: number[] = [];
  const lines: CappedLine[] = input.lines.map((l, i) => {
    const end = parseDate(l.dueDate, `lines[${i}].dueDate`);
    const interest = parseMoney(l.interest, `lines[${i}].interest`);
    const principal = parseMoney(l.principal, `lines[${i}].principal`);
    let out = interest;
    let cappedDays = 0;
    const days = end - start;
    if (days > 0 && rate > 0n && interest > 0n) {
      // Σ over the days [start, end) of the allowed rate, walking the cap rows that start inside the period
      let sum = 0n;
      let d = start;
      while (d < end) {
        const r = capOn(d);
        const next = caps.find((c) => c.day > d)?.day ?? end;
        const stop = next < end ? next : end;
        sum += r * BigInt(stop - d);
        if (r < rate) {
          cappedDays += stop - d;
          if (cappedFrom === null || d < cappedFrom) cappedFrom = d;
        }
        d = stop;
      }
      if (cappedDays > 0) out = divRoundHalfUp(interest * sum, rate * BigInt(days));
    }
    if (end > start) start = end;
    balance -= principal;
    total += out;
    if (out !== interest) changed.push(l.number);
    return {
      number: l.number,
      dueDate: l.dueDate,
      principal: formatMoney(principal),
      interest: formatMoney(out),
      accumulatedInterest: l.accumulatedInterest ?? '0.00',
      total: formatMoney(principal + out),
      balance: formatMoney(balance),
      interestBefore: formatMoney(interest),
      cappedDays,
    };
  });
  const cf = cappedFrom as number | null;
  return { lines, changed, totalInterest: formatMoney(total), cappedFrom: cf === null ? null : formatDate(cf) };
}
