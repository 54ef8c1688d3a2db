import Holidays from 'date-holidays';
import { Decimal } from 'decimal.js';
import { makeIssue, type ValidationIssue } from '../validators/errors.js';

/**
 * Collection strategies (issue 31): per receivable kind, ordered steps by days from the due date that the daily run
 * executes. Pure rules: which step is due for a loan's episode on a business date, contact pressure and the send
 * window. The server selects candidates in SQL and asks these functions (the run and the simulation both do, so the
 * simulation of a date equals what the run of that date creates).
 */
export const STRATEGY_CHANNELS = ['SMS', 'EMAIL', 'PHONE_CALL', 'LETTER'] as const;
export type StrategyChannel = (typeof STRATEGY_CHANNELS)[number];
export const STRATEGY_MODES = ['AUTO', 'REVIEW'] as const;
export type StrategyMode = (typeof STRATEGY_MODES)[number];

export interface StrategyStepConditions {
  /** the overdue (principal + interest past due) must be at least this amount (decimal string) */
  minOverdue: string | null;
  /** skip while a promise to pay is pending (promise date ≥ the run date) */
  noPromisePending: boolean;
  /** skip when the addressee got any notice in the last N days */
  notContactedDays: number | null;
  /** the addressee must hold consent for the channel (SMS: a mobile with consent; EMAIL: an e-mail with consent) */
  requireConsent: boolean;
  /** skip departed addressees (date of death or bankruptcy) */
  notDeparted: boolean;
}

export interface StrategyStep {
  /** stable across versions: an execution of a step is never repeated by a later version of it */
  key: string;
  offsetDays: number;
  channel: StrategyChannel;
  templateId: string | null;
  mode: StrategyMode;
  /** local time of day the step is due ('HH:MM'); null = the run's time (the window's start) */
  atTime: string | null;
  conditions: StrategyStepConditions;
  /** co-debtors and guarantors are addressed too from this many days past due (null = the borrower only) */
  coDebtorsFromDpd: number | null;
}

export interface StrategySegment {
  outstandingFrom: string | null;
  outstandingTo: string | null;
  contractType: string | null;
}

export interface ContactPressure {
  /** at most this many contacts (notices of any channel) per debtor … */
  maxContacts: number;
  /** … per this many days (the run date and the days before it) */
  perDays: number;
  /** SMS and calls only from … to … local time (HH:MM) */
  windowStart: string;
  windowEnd: string;
}

export const DEFAULT_CONTACT_PRESSURE: ContactPressure = { maxContacts: 3, perDays: 7, windowStart: '08:00', windowEnd: '20:00' };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** Field-level issues of a strategy's steps and segment (empty when valid). */
export function strategyIssues(s: { steps: readonly StrategyStep[]; segment: StrategySegment }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!s.steps.length) issues.push(makeIssue('steps', 'required', 'A strategy needs at least one step'));
  const offsets = new Set<number>();
  s.steps.forEach((st, k) => {
    const f = `steps[${k}]`;
    if (!Number.isInteger(st.offsetDays) || st.offsetDays < -60 || st.offsetDays > 365) issues.push(makeIssue(`${f}.offsetDays`, 'range', 'Offset must be a whole number of days from −60 to 365'));
    if (offsets.has(st.offsetDays)) issues.push(makeIssue(`${f}.offsetDays`, 'unique', 'Two steps cannot have the same offset'));
    offsets.add(st.offsetDays);
    if (!(STRATEGY_CHANNELS as readonly string[]).includes(st.channel)) issues.push(makeIssue(`${f}.channel`, 'oneOf', `Channel must be one of ${STRATEGY_CHANNELS.join(', ')}`));
    if (!(STRATEGY_MODES as readonly string[]).includes(st.mode)) issues.push(makeIssue(`${f}.mode`, 'oneOf', 'Mode must be AUTO or REVIEW'));
    if (st.channel !== 'PHONE_CALL' && !st.templateId) issues.push(makeIssue(`${f}.templateId`, 'required', 'Choose a template'));
    if (st.atTime !== null && !TIME.test(st.atTime)) issues.push(makeIssue(`${f}.atTime`, 'format', 'Time must be HH:MM'));
    if (st.conditions.minOverdue !== null && !AMOUNT.test(st.conditions.minOverdue))
      issues.push(makeIssue(`${f}.conditions.minOverdue`, 'amount', 'Minimum overdue must be an amount with at most 2 decimals'));
    if (st.conditions.notContactedDays !== null && (!Number.isInteger(st.conditions.notContactedDays) || st.conditions.notContactedDays < 1 || st.conditions.notContactedDays > 90))
      issues.push(makeIssue(`${f}.conditions.notContactedDays`, 'range', 'Days without contact must be from 1 to 90'));
    if (st.coDebtorsFromDpd !== null && (!Number.isInteger(st.coDebtorsFromDpd) || st.coDebtorsFromDpd < 0))
      issues.push(makeIssue(`${f}.coDebtorsFromDpd`, 'range', 'Days past due must be 0 or more'));
  });
  const { outstandingFrom: lo, outstandingTo: hi } = s.segment;
  if (lo !== null && !AMOUNT.test(lo)) issues.push(makeIssue('segment.outstandingFrom', 'amount', 'Amount with at most 2 decimals'));
  if (hi !== null && !AMOUNT.test(hi)) issues.push(makeIssue('segment.outstandingTo', 'amount', 'Amount with at most 2 decimals'));
  if (lo !== null && hi !== null && AMOUNT.test(lo) && AMOUNT.test(hi) && new Decimal(lo).gt(hi)) issues.push(makeIssue('segment.outstandingTo', 'range', 'The upper bound is below the lower one'));
  return issues;
}

/** Contact pressure settings as the admin may set them (field issues). */
export function contactPressureIssues(p: ContactPressure): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isInteger(p.maxContacts) || p.maxContacts < 1 || p.maxContacts > 50) issues.push(makeIssue('maxContacts', 'range', 'Contacts must be from 1 to 50'));
  if (!Number.isInteger(p.perDays) || p.perDays < 1 || p.perDays > 60) issues.push(makeIssue('perDays', 'range', 'Days must be from 1 to 60'));
  if (!TIME.test(p.windowStart)) issues.push(makeIssue('windowStart', 'format', 'Time must be HH:MM'));
  if (!TIME.test(p.windowEnd)) issues.push(makeIssue('windowEnd', 'format', 'Time must be HH:MM'));
  if (TIME.test(p.windowStart) && TIME.test(p.windowEnd) && p.windowStart >= p.windowEnd) issues.push(makeIssue('windowEnd', 'range', 'The window must end after it starts'));
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// calendar: the send window

const calendars = new Map<string, Holidays>();

/** Public holidays of PL and SK (date-holidays; observances such as PL 1 September are not days off). */
export function isPublicHoliday(date: string, country: string): boolean {
  const cc = country === 'SK' ? 'SK' : 'PL';
  let cal = calendars.get(cc);
  if (!cal) calendars.set(cc, (cal = new Holidays(cc)));
  const h = cal.isHoliday(date);
  return Array.isArray(h) && h.some((x) => x.type === 'public');
}

/** Adds days to an ISO date (UTC calendar arithmetic, no clock). */
export function addIsoDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (b − a). */
export function isoDaysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A working day for contacts: not a Sunday nor a public holiday of the debtor's country. */
export function isContactDay(date: string, country: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() !== 0 && !isPublicHoliday(date, country);
}

/**
 * The business date a step due on `date` at `time` (local, 'HH:MM'; null = the daily run's time, the window's start)
 * goes out (issue 31 "a step due outside the window waits for its start"). SMS and phone calls only inside the
 * window (08:00–20:00 by default) on contact days: a step due at or after the window's end moves to the next day, a
 * Sunday or a holiday to the next contact day; one due before the start waits for the start of the same day. The
 * daily run executes it on that date (it runs at the window's start). E-mails and letters are not held back.
 */
export function sendDate(date: string, time: string | null, channel: StrategyChannel, country: string, p: ContactPressure = DEFAULT_CONTACT_PRESSURE): string {
  if (channel !== 'SMS' && channel !== 'PHONE_CALL') return date;
  let d = time !== null && time >= p.windowEnd ? addIsoDays(date, 1) : date;
  for (let k = 0; k < 14 && !isContactDay(d, country); k++) d = addIsoDays(d, 1);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// which step is due

/**
 * A loan's position on a business date: the episode is the oldest unpaid installment already due (an episode ends
 * when that overdue is paid; the next unpaid installment opens the next one), or — before anything is overdue — the
 * next unpaid installment (steps with a negative offset).
 */
export interface LoanEpisode {
  /** the installment number opening the episode and its due date */
  installment: number;
  dueDate: string;
  /** the debtor's country (calendar) */
  country: string;
}

/**
 * The step of `steps` due for the episode on `runDate`, or null: the step with the highest offset whose send date is
 * on or before the run date (the current position — steps missed while the run was down or the file was held are
 * not sent late in a burst, only the current one), and for steps before the due date only until the due date. A step
 * already executed in this episode (`done` holds the step keys) is not due again.
 */
export function dueStep(steps: readonly StrategyStep[], ep: LoanEpisode, runDate: string, done: ReadonlySet<string>, p: ContactPressure = DEFAULT_CONTACT_PRESSURE): StrategyStep | null {
  const overdue = ep.dueDate < runDate;
  const ordered = [...steps].filter((s) => (overdue ? s.offsetDays > 0 : s.offsetDays <= 0)).sort((a, b) => b.offsetDays - a.offsetDays);
  for (const s of ordered) {
    const due = addIsoDays(ep.dueDate, s.offsetDays);
    if (sendDate(due, s.atTime, s.channel, ep.country, p) > runDate) continue;
    return done.has(s.key) ? null : s;
  }
  return null;
}

/** Why a due step is not executed for an addressee (null = execute it). */
export type StepSkip = 'CONDITION_MIN_OVERDUE' | 'PROMISE_PENDING' | 'RECENTLY_CONTACTED' | 'NO_CONSENT' | 'DEPARTED' | 'NO_ADDRESS' | 'CONTACT_LIMIT';

export interface AddresseeFacts {
  overdue: string;
  promisePending: boolean;
  /** days since the last notice to this addressee (null = never) */
  daysSinceContact: number | null;
  /** contacts of this addressee within the pressure period, this run's included */
  contactsInPeriod: number;
  consent: boolean;
  departed: boolean;
  /** a valid postal address (letters) */
  hasAddress: boolean;
}

/** The conditions of a step and the contact pressure for one addressee (issue 31), in a fixed order. */
export function stepSkip(step: StrategyStep, a: AddresseeFacts, p: ContactPressure = DEFAULT_CONTACT_PRESSURE): StepSkip | null {
  const c = step.conditions;
  if (c.notDeparted && a.departed) return 'DEPARTED';
  if (c.minOverdue !== null && new Decimal(a.overdue).lt(c.minOverdue)) return 'CONDITION_MIN_OVERDUE';
  if (c.noPromisePending && a.promisePending) return 'PROMISE_PENDING';
  if (c.notContactedDays !== null && a.daysSinceContact !== null && a.daysSinceContact < c.notContactedDays) return 'RECENTLY_CONTACTED';
  if (c.requireConsent && (step.channel === 'SMS' || step.channel === 'EMAIL') && !a.consent) return 'NO_CONSENT';
  if (step.channel === 'LETTER' && !a.hasAddress) return 'NO_ADDRESS';
  if (a.contactsInPeriod >= p.maxContacts) return 'CONTACT_LIMIT';
  return null;
}
