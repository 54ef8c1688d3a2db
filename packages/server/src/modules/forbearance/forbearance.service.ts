import {
  arrearsRepaymentPlan,
  extendTerm,
  formatMoney,
  parseMoney,
  partialForgiveness,
  paymentHoliday,
  reduceRate,
  type CurrencyCode,
  type ForbearanceResult,
  type ForbearanceState,
  type ScheduleLine,
} from '@raty/domain';
import type { Sql, SqlHandle } from '../../db/client.js';
import { bulkInsert } from '../../db/bulk.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound, withDomainErrors } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { clearHold, placeHold } from '../collection/index.js';
import { audit } from '../common/index.js';
import { lineType, loadLoan, loanPayments, loanState, loanTermsOf, remainingOf, scheduleLines, storeLoanState, type LoanRow } from '../loans/index.js';
import {
  AcceptanceChannel,
  ForbearanceHelp,
  ForbearanceMeasure,
  ForbearanceStatus,
  type ForbearanceAssessmentType,
  type ForbearanceCaseType,
  type ForbearanceMeasureStatsType,
  type ForbearanceOfferInput,
  type ForbearanceOfferType,
  type ForbearancePreviewType,
  type ForbearanceRequestInput,
  type HolidayInterestRule,
} from './forbearance.types.js';

/**
 * The forbearance workflow (issue 32; directive 2023/2225 art. 35): request (staff or the borrower in the client zone)
 * → assessment (payment history and arrears) → offer (a measure of the loan engine, previewed with the new schedule
 * and the per-line diff) → acceptance (client zone or a channel recorded by staff) → in force (a new schedule version)
 * → completed / broken; or refused / withdrawn. From the request until the case ends a FORBEARANCE collection hold
 * (source = the case) keeps the file out of automatic collection. Rules read the business date only.
 */

const OPEN: readonly string[] = ['REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE'];
const DEFAULT_GRACE_DAYS = 30;
const TEXT_MAX = 2000;

interface CaseRow {
  id: string;
  loan_id: string;
  loan_number: string;
  file_id: string;
  status: string;
  requested_by: string;
  requested_by_party: string | null;
  requested_on: string;
  reason: string;
  monthly_income: string | null;
  monthly_expenses: string | null;
  situation: string | null;
  help_asked: string;
  help_note: string | null;
  assessment_note: string | null;
  assessed_on: string | null;
  offer: ForbearanceOfferType | null;
  offered_on: string | null;
  acceptance_channel: string | null;
  accepted_on: string | null;
  in_force_on: string | null;
  schedule_version: number | null;
  kept_installments: number | null;
  grace_days: number | null;
  ended_on: string | null;
  end_note: string | null;
  currency: string;
}

const CASE_COLUMNS = (sql: SqlHandle) => sql`
  c.id, c.loan_id, l.number as loan_number, c.file_id, c.status, c.requested_by, c.requested_by_party, c.requested_on::text, c.reason,
  c.monthly_income::text, c.monthly_expenses::text, c.situation, c.help_asked, c.help_note, c.assessment_note, c.assessed_on::text,
  c.offer, c.offered_on::text, c.acceptance_channel, c.accepted_on::text, c.in_force_on::text, c.schedule_version, c.kept_installments,
  c.grace_days, c.ended_on::text, c.end_note, c.currency`;

/** A case as GraphQL answers it; `forBorrower` hides the staff's assessment note. */
export function toCaseType(r: CaseRow, forBorrower = false): ForbearanceCaseType {
  return {
    id: r.id,
    loanId: r.loan_id,
    loanNumber: r.loan_number,
    fileId: r.file_id,
    status: r.status as ForbearanceStatus,
    requestedBy: r.requested_by,
    requestedOn: r.requested_on,
    reason: r.reason,
    monthlyIncome: r.monthly_income,
    monthlyExpenses: r.monthly_expenses,
    situation: r.situation,
    helpAsked: r.help_asked as ForbearanceHelp,
    helpNote: r.help_note,
    assessmentNote: forBorrower ? null : r.assessment_note,
    assessedOn: r.assessed_on,
    offer: r.offer,
    offeredOn: r.offered_on,
    acceptanceChannel: r.acceptance_channel as AcceptanceChannel | null,
    acceptedOn: r.accepted_on,
    inForceOn: r.in_force_on,
    scheduleVersion: r.schedule_version,
    graceDays: r.grace_days,
    endedOn: r.ended_on,
    endNote: r.end_note,
    currency: r.currency,
  };
}

export async function findCases(sql: SqlHandle, f: { id?: string; loanId?: string; fileId?: string; status?: string | null; partyId?: string }): Promise<CaseRow[]> {
  return sql<CaseRow[]>`
    select ${CASE_COLUMNS(sql)} from forbearance_cases c join loans l on l.id = c.loan_id
     where ${f.id ? sql`c.id = ${f.id}` : sql`true`}
       and ${f.loanId ? sql`c.loan_id = ${f.loanId}` : sql`true`}
       and ${f.fileId ? sql`c.file_id = ${f.fileId}` : sql`true`}
       and ${f.status ? sql`c.status = ${f.status}` : sql`true`}
       and ${f.partyId ? sql`exists (select 1 from file_parties fp where fp.file_id = c.file_id and fp.party_id = ${f.partyId} and fp.role in ('BORROWER', 'CO_BORROWER'))` : sql`true`}
     order by c.requested_on desc, c.created_at desc
     limit 500`;
}

async function caseFor(sql: SqlHandle, id: string, opts: { forUpdate?: boolean; partyId?: string } = {}): Promise<CaseRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('ForbearanceCase');
  if (opts.forUpdate) await sql`select id from forbearance_cases where id = ${id} for update`;
  const [row] = await findCases(sql, { id, ...(opts.partyId ? { partyId: opts.partyId } : {}) });
  if (!row) throw new NotFound('ForbearanceCase');
  return row;
}

function staffId(ctx: Context): string | null {
  return ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
}

function requireStatus(c: CaseRow, allowed: readonly string[], action: string): void {
  if (!allowed.includes(c.status)) throw new Conflict(`The forbearance case is ${c.status}; ${action} needs ${allowed.join(' or ')}`);
}

/** `field` is the argument path (e.g. `input.reason`); messages name its last part. */
function text(issues: IssueCollector, v: string | null | undefined, field: string, required: boolean): string | null {
  const t = (v ?? '').trim();
  const name = field.split('.').pop();
  if (!t) {
    if (required) issues.add(field, 'required', `${name} is required`);
    return null;
  }
  if (t.length > TEXT_MAX) issues.add(field, 'maxLength', `${name} must be at most ${TEXT_MAX} characters`, { max: TEXT_MAX });
  return t;
}

function amount(issues: IssueCollector, v: string | null | undefined, field: string): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(v)) {
    issues.add(field, 'money', `${field.split('.').pop()} must be a non-negative amount with at most 2 decimals`);
    return null;
  }
  return formatMoney(parseMoney(v));
}

/**
 * Opens a case (REQUESTED) for a loan and places the FORBEARANCE hold. One open case per loan (a second request answers
 * CONFLICT). `by` is the staff user or the borrower's party.
 */
export async function requestForbearance(ctx: Context, input: ForbearanceRequestInput, by: { staff: string } | { party: string }): Promise<CaseRow> {
  const issues = new IssueCollector();
  const reason = text(issues, input.reason, 'input.reason', true);
  const situation = text(issues, input.situation, 'input.situation', false);
  const helpNote = text(issues, input.helpNote, 'input.helpNote', false);
  const income = amount(issues, input.monthlyIncome, 'input.monthlyIncome');
  const expenses = amount(issues, input.monthlyExpenses, 'input.monthlyExpenses');
  if (!Object.values(ForbearanceHelp).includes(input.helpAsked)) issues.add('input.helpAsked', 'oneOf', `helpAsked must be one of ${Object.values(ForbearanceHelp).join(', ')}`);
  issues.throwIfAny();
  const today = businessDate();
  return ctx.sql.begin(async (tx) => {
    const loan = await loadLoan(tx, input.loanId, { forUpdate: true });
    if (!loan) throw new NotFound('Loan');
    if (loan.status !== 'ACTIVE' && loan.status !== 'TERMINATED') throw new Conflict(`The loan is ${loan.status}; forbearance is for a running loan`);
    const [open] = await tx`select id from forbearance_cases where loan_id = ${loan.id} and status = any(${OPEN as string[]}::text[])`;
    if (open) throw new Conflict('The loan already has an open forbearance case');
    const [row] = await tx<{ id: string }[]>`
      insert into forbearance_cases (loan_id, file_id, requested_by, requested_by_user, requested_by_party, requested_on, reason, monthly_income, monthly_expenses,
                                     situation, help_asked, help_note, currency)
      values (${loan.id}, ${loan.file_id}, ${'staff' in by ? 'STAFF' : 'BORROWER'}, ${'staff' in by ? by.staff : null}, ${'party' in by ? by.party : null}, ${today},
              ${reason}, ${income}, ${expenses}, ${situation}, ${input.helpAsked}, ${helpNote}, ${loan.currency})
      returning id`;
    await placeHold(tx, { fileId: loan.file_id, loanId: loan.id, reason: 'FORBEARANCE', sourceId: row!.id, since: today, note: `forbearance ${input.helpAsked}`, by: staffId(ctx) });
    await audit(ctx, 'FORBEARANCE_REQUESTED', 'forbearance_case', row!.id, null, { loanId: loan.id, helpAsked: input.helpAsked, by: 'staff' in by ? 'STAFF' : 'BORROWER' }, tx);
    return caseFor(tx, row!.id);
  });
}

/** The borrower's payment history and arrears on the business date (staff assess with it). */
export async function assessmentOf(sql: SqlHandle, caseId: string): Promise<ForbearanceAssessmentType> {
  const c = await caseFor(sql, caseId);
  const loan = await loadLoan(sql, c.loan_id);
  if (!loan) throw new NotFound('Loan');
  const today = businessDate();
  const [st, pays, [earlier]] = await Promise.all([
    loanState(sql, loan, today),
    loanPayments(sql, loan.id),
    sql<{ n: number }[]>`select count(*)::int as n from forbearance_cases where loan_id = ${loan.id} and id <> ${c.id}`,
  ]);
  const b = st.ledger.balances;
  return {
    asOf: today,
    currency: loan.currency,
    overduePrincipal: b.overduePrincipal,
    overdueInterest: b.overdueInterest,
    penaltyInterest: b.penaltyInterest,
    overdueFees: b.overdueFees,
    overdueTotal: formatMoney(parseMoney(b.overdueBalance) + parseMoney(b.overdueFees)),
    overdueInstallments: st.ledger.installments.filter((i) => i.status === 'OVERDUE' || (i.daysPastDue > 0 && i.status !== 'PAID')).length,
    daysPastDue: b.daysPastDue || null,
    remainingBalance: remainingOf(b),
    payments: pays
      .slice()
      .sort((x, y) => (x.payment_date < y.payment_date ? 1 : -1))
      .slice(0, 24)
      .map((p) => ({ date: p.payment_date, amount: p.amount, status: p.status })),
    earlierCases: earlier?.n ?? 0,
  };
}

/** Marks the case assessed (REQUESTED → ASSESSED) with the staff's note. */
export async function assessForbearance(ctx: Context, caseId: string, note: string): Promise<CaseRow> {
  const issues = new IssueCollector();
  const n = text(issues, note, 'note', true);
  issues.throwIfAny();
  return ctx.sql.begin(async (tx) => {
    const c = await caseFor(tx, caseId, { forUpdate: true });
    requireStatus(c, ['REQUESTED', 'ASSESSED'], 'an assessment');
    await tx`update forbearance_cases set status = 'ASSESSED', assessment_note = ${n}, assessed_on = ${businessDate()}, assessed_by = ${staffId(ctx)}, updated_at = now() where id = ${c.id}`;
    await audit(ctx, 'FORBEARANCE_ASSESSED', 'forbearance_case', c.id, { status: c.status }, { status: 'ASSESSED' }, tx);
    return caseFor(tx, c.id);
  });
}

/** Schedule lines of the version in force with the principal balance after each line (the engine's input). */
function withBalances(lines: ScheduleLine[]): ScheduleLine[] {
  let left = lines.reduce((s, l) => s + parseMoney(l.principal), 0n);
  return lines.map((l) => {
    left -= parseMoney(l.principal);
    return { ...l, balance: formatMoney(left) };
  });
}

async function stateOf(sql: SqlHandle, loan: LoanRow, asOf: string): Promise<ForbearanceState> {
  const [terms, rows, st] = await Promise.all([loanTermsOf(sql, loan), scheduleLines(sql, loan.id, loan.schedule_version), loanState(sql, loan, asOf)]);
  const b = st.ledger.balances;
  const lines = withBalances(
    rows.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest, accumulatedInterest: l.accumulated_interest, total: l.total, balance: '' })),
  );
  return {
    currency: loan.currency as CurrencyCode,
    terms,
    lines,
    asOf,
    arrears: { principal: b.overduePrincipal, interest: b.overdueInterest, penaltyInterest: b.penaltyInterest, fees: b.overdueFees },
  };
}

/** Validates the offer's parameters for its measure (the domain checks the values). */
function cleanOffer(o: ForbearanceOfferInput): ForbearanceOfferType {
  const issues = new IssueCollector();
  const need = (v: unknown, field: string) => {
    if (v === null || v === undefined || v === '') issues.add(`offer.${field}`, 'required', `${field} is required for ${o.measure}`);
  };
  if (o.measure === ForbearanceMeasure.PAYMENT_HOLIDAY) need(o.installments, 'installments');
  else if (o.measure === ForbearanceMeasure.TERM_EXTENSION) need(o.additionalInstallments, 'additionalInstallments');
  else if (o.measure === ForbearanceMeasure.RATE_REDUCTION) {
    need(o.from, 'from');
    need(o.annualRate, 'annualRate');
  } else if (o.measure === ForbearanceMeasure.ARREARS_PLAN) need(o.months, 'months');
  else if (o.measure === ForbearanceMeasure.PARTIAL_FORGIVENESS) need(o.amount, 'amount');
  else issues.add('offer.measure', 'oneOf', `measure must be one of ${Object.values(ForbearanceMeasure).join(', ')}`);
  issues.throwIfAny();
  const h = o.measure === ForbearanceMeasure.PAYMENT_HOLIDAY;
  return {
    measure: o.measure,
    installments: h ? (o.installments ?? null) : null,
    holidayInterest: h ? ((o.holidayInterest as HolidayInterestRule | null | undefined) ?? null) : null,
    additionalInstallments: o.measure === ForbearanceMeasure.TERM_EXTENSION ? (o.additionalInstallments ?? null) : null,
    from: o.measure === ForbearanceMeasure.RATE_REDUCTION ? (o.from ?? null) : null,
    annualRate: o.measure === ForbearanceMeasure.RATE_REDUCTION ? (o.annualRate ?? null) : null,
    months: o.measure === ForbearanceMeasure.ARREARS_PLAN ? (o.months ?? null) : null,
    amount: o.measure === ForbearanceMeasure.PARTIAL_FORGIVENESS ? (o.amount ?? null) : null,
  };
}

/** Runs the pure domain measure (the loan engine) on the loan as it stands on `asOf`. */
function runMeasure(state: ForbearanceState, o: ForbearanceOfferType): Promise<ForbearanceResult> {
  return withDomainErrors(() => {
    switch (o.measure) {
      case ForbearanceMeasure.PAYMENT_HOLIDAY:
        return paymentHoliday(state, { installments: o.installments!, ...(o.holidayInterest ? { holidayInterest: o.holidayInterest } : {}) });
      case ForbearanceMeasure.TERM_EXTENSION:
        return extendTerm(state, { additionalInstallments: o.additionalInstallments! });
      case ForbearanceMeasure.RATE_REDUCTION:
        return reduceRate(state, { from: o.from!, annualRate: o.annualRate! });
      case ForbearanceMeasure.ARREARS_PLAN:
        return arrearsRepaymentPlan(state, { months: o.months! });
      default:
        return partialForgiveness(state, { amount: o.amount! });
    }
  }, 'offer');
}

function previewType(r: ForbearanceResult): ForbearancePreviewType {
  const s = r.summary;
  return {
    measure: r.measure as ForbearanceMeasure,
    currency: r.currency,
    asOf: r.asOf,
    keptInstallments: r.keptInstallments,
    installmentBefore: s.installmentBefore.amount,
    installmentAfter: s.installmentAfter.amount,
    installmentsBefore: s.installmentsBefore,
    installmentsAfter: s.installmentsAfter,
    totalPayableBefore: s.totalPayableBefore.amount,
    totalPayableAfter: s.totalPayableAfter.amount,
    maturityBefore: s.maturityBefore,
    maturityAfter: s.maturityAfter,
    interestCapitalised: s.interestCapitalised.amount,
    amountForgiven: r.forgiven?.total.amount ?? '0.00',
    lines: r.schedule.lines.map(lineType),
    diff: r.diff.map((d) => ({ number: d.number, before: d.before ? lineType(d.before) : null, after: d.after ? lineType(d.after) : null, changed: d.changed, totalDelta: d.totalDelta })),
    arrearsPlan: (r.arrearsPlan ?? []).map((p) => ({ number: p.number, dueDate: p.dueDate, amount: p.amount.amount, regularInstallment: p.regularInstallment.amount, totalDue: p.totalDue.amount })),
  };
}

/** Preview of an offer (nothing saved): the new schedule, the per-line diff and what changes. */
export async function previewOffer(sql: SqlHandle, caseId: string, offer: ForbearanceOfferInput | ForbearanceOfferType, opts: { partyId?: string } = {}): Promise<ForbearancePreviewType> {
  const c = await caseFor(sql, caseId, opts);
  const loan = await loadLoan(sql, c.loan_id);
  if (!loan) throw new NotFound('Loan');
  const o = cleanOffer(offer as ForbearanceOfferInput);
  return previewType(await runMeasure(await stateOf(sql, loan, businessDate()), o));
}

/** The offer of the borrower's own case (OFFERED), recomputed on today's state; NOT_FOUND for any other case. */
export async function borrowerOffer(sql: SqlHandle, caseId: string, partyId: string): Promise<ForbearancePreviewType> {
  const c = await caseFor(sql, caseId, { partyId });
  if (!c.offer || c.status !== 'OFFERED') throw new NotFound('ForbearanceOffer');
  return previewOffer(sql, caseId, c.offer, { partyId });
}

/** Records the offer (REQUESTED / ASSESSED / OFFERED → OFFERED); the measure must compute on today's state. */
export async function offerForbearance(ctx: Context, caseId: string, offer: ForbearanceOfferInput): Promise<CaseRow> {
  const o = cleanOffer(offer);
  return ctx.sql.begin(async (tx) => {
    const c = await caseFor(tx, caseId, { forUpdate: true });
    requireStatus(c, ['REQUESTED', 'ASSESSED', 'OFFERED'], 'an offer');
    const loan = await loadLoan(tx, c.loan_id);
    if (!loan) throw new NotFound('Loan');
    const today = businessDate();
    const p = previewType(await runMeasure(await stateOf(tx, loan, today), o));
    const summary = { ...p, lines: undefined, diff: undefined };
    await tx`update forbearance_cases set status = 'OFFERED', offer = ${JSON.stringify(o)}::jsonb, offer_summary = ${JSON.stringify(summary)}::jsonb, offered_on = ${today},
               offered_by = ${staffId(ctx)}, updated_at = now() where id = ${c.id}`;
    await audit(ctx, 'FORBEARANCE_OFFERED', 'forbearance_case', c.id, { status: c.status }, { status: 'OFFERED', offer: o }, tx);
    return caseFor(tx, c.id);
  });
}

async function policyOf(sql: SqlHandle, loan: LoanRow): Promise<{ graceDays: number; cap: string | null }> {
  const [p] = await sql<{ grace_days: number; default_charge_cap: string | null }[]>`
    select grace_days, default_charge_cap::text from forbearance_policies
     where contract_type_id = ${loan.contract_type_id} or contract_type_id is null
     order by contract_type_id nulls last limit 1`;
  return { graceDays: p?.grace_days ?? DEFAULT_GRACE_DAYS, cap: p?.default_charge_cap ?? null };
}

/**
 * Acceptance (OFFERED → ACCEPTED) by the borrower in the client zone or recorded by staff with its channel; with
 * `putInForce` (always from the client zone) the measure goes in force in the same transaction: the loan engine computes
 * it on the loan as it stands today and its schedule becomes the loan's new schedule version (reason FORBEARANCE).
 */
export async function acceptForbearance(ctx: Context, caseId: string, channel: AcceptanceChannel, opts: { partyId?: string; putInForce: boolean }): Promise<CaseRow> {
  if (!Object.values(AcceptanceChannel).includes(channel)) throw BadUserInput.field('channel', 'oneOf', `channel must be one of ${Object.values(AcceptanceChannel).join(', ')}`);
  return ctx.sql.begin(async (tx) => {
    const c = await caseFor(tx, caseId, { forUpdate: true, ...(opts.partyId ? { partyId: opts.partyId } : {}) });
    requireStatus(c, ['OFFERED'], 'acceptance');
    await tx`update forbearance_cases set status = 'ACCEPTED', acceptance_channel = ${channel}, accepted_on = ${businessDate()}, accepted_by_party = ${opts.partyId ?? null},
               acceptance_recorded_by = ${staffId(ctx)}, updated_at = now() where id = ${c.id}`;
    await audit(ctx, 'FORBEARANCE_ACCEPTED', 'forbearance_case', c.id, { status: c.status }, { status: 'ACCEPTED', channel }, tx);
    if (opts.putInForce) await inForce(ctx, tx, { ...c, status: 'ACCEPTED' });
    return caseFor(tx, c.id);
  });
}

/** Puts an ACCEPTED case in force (staff, after recording an acceptance without it). */
export async function putInForce(ctx: Context, caseId: string): Promise<CaseRow> {
  return ctx.sql.begin(async (tx) => {
    const c = await caseFor(tx, caseId, { forUpdate: true });
    requireStatus(c, ['ACCEPTED'], 'putting in force');
    await inForce(ctx, tx, c);
    return caseFor(tx, c.id);
  });
}

async function inForce(ctx: Context, tx: SqlHandle, c: CaseRow): Promise<void> {
  const loan = await loadLoan(tx, c.loan_id, { forUpdate: true });
  if (!loan) throw new NotFound('Loan');
  if (loan.status !== 'ACTIVE' && loan.status !== 'TERMINATED') throw new Conflict(`The loan is ${loan.status}; the measure cannot go in force`);
  if (!c.offer) throw new Conflict('The case has no offer');
  const today = businessDate();
  const res = await runMeasure(await stateOf(tx, loan, today), c.offer);
  const version = loan.schedule_version + 1;
  const terms = await loanTermsOf(tx, loan);
  await bulkInsert(
    tx,
    'installments',
    ['loan_id:uuid', 'version:int', 'number:int', 'due_date:date', 'principal:numeric', 'interest:numeric', 'accumulated_interest:numeric', 'total:numeric'].map((x) => {
      const [name, type] = x.split(':');
      return { name, type };
    }),
    res.schedule.lines.map((l) => [loan.id, version, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]),
  );
  const forbearance = {
    caseId: c.id,
    measure: c.offer.measure,
    offer: c.offer,
    asOf: today,
    ...(res.arrearsPlan ? { arrearsPlan: res.arrearsPlan } : {}),
    ...(res.forgiven ? { forgiven: res.forgiven } : {}),
  };
  const note = `forbearance: ${c.offer.measure}`;
  await tx`insert into schedule_versions (loan_id, version, reason, effective_date, terms, created_by)
    values (${loan.id}, ${version}, 'FORBEARANCE', ${today}, ${JSON.stringify({ ...terms, note, forbearance })}::jsonb, ${staffId(ctx)})`;
  await tx`update loans set schedule_version = ${version}, installments_count = ${res.schedule.lines.length} where id = ${loan.id}`;
  const updated = { ...loan, schedule_version: version, installments_count: res.schedule.lines.length };
  await storeLoanState(tx, updated, await loanState(tx, updated, today));
  const { graceDays } = await policyOf(tx, loan);
  await tx`update forbearance_cases set status = 'IN_FORCE', in_force_on = ${today}, schedule_version = ${version}, kept_installments = ${res.keptInstallments},
             grace_days = ${graceDays}, amount_forgiven = ${res.forgiven?.total.amount ?? '0'}, updated_at = now() where id = ${c.id}`;
  await audit(ctx, 'FORBEARANCE_IN_FORCE', 'forbearance_case', c.id, { status: c.status, version: loan.schedule_version }, { status: 'IN_FORCE', version }, tx);
}

/** Ends a case: REFUSED / WITHDRAWN (open, not in force) or COMPLETED (in force); the hold is cleared. */
export async function endForbearance(ctx: Context, caseId: string, outcome: 'REFUSED' | 'WITHDRAWN' | 'COMPLETED', note: string | null, opts: { partyId?: string } = {}): Promise<CaseRow> {
  const issues = new IssueCollector();
  const n = text(issues, note, 'note', outcome === 'REFUSED' && !opts.partyId);
  issues.throwIfAny();
  return ctx.sql.begin(async (tx) => {
    const c = await caseFor(tx, caseId, { forUpdate: true, ...(opts.partyId ? { partyId: opts.partyId } : {}) });
    requireStatus(c, outcome === 'COMPLETED' ? ['IN_FORCE'] : opts.partyId ? ['OFFERED'] : ['REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED'], outcome.toLowerCase());
    await closeCase(ctx, tx, c, outcome, n);
    return caseFor(tx, c.id);
  });
}

async function closeCase(ctx: Pick<Context, 'actor' | 'requestId'>, tx: SqlHandle, c: Pick<CaseRow, 'id' | 'status'>, outcome: string, note: string | null, today = businessDate()): Promise<void> {
  await tx`update forbearance_cases set status = ${outcome}, ended_on = ${today}, end_note = ${note}, updated_at = now() where id = ${c.id}`;
  await clearHold(tx, { sourceId: c.id }, today, ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null);
  await audit(ctx, `FORBEARANCE_${outcome}`, 'forbearance_case', c.id, { status: c.status }, { status: outcome, note }, tx);
}

/**
 * The daily check of the cases in force (pg-boss job, and callable for a date): BROKEN when an installment of the new
 * schedule (after the kept ones) is still unpaid more than the grace days after its due date; COMPLETED when the loan is
 * repaid or every installment of the new schedule due so far is paid and none is left. Both clear the hold.
 */
export async function checkCasesInForce(sql: Sql, asOf: string): Promise<{ broken: string[]; completed: string[] }> {
  const cases = await sql<{ id: string; status: string; loan_id: string; kept_installments: number; grace_days: number }[]>`
    select id, status, loan_id, kept_installments, coalesce(grace_days, ${DEFAULT_GRACE_DAYS})::int as grace_days from forbearance_cases where status = 'IN_FORCE' order by id`;
  const out = { broken: [] as string[], completed: [] as string[] };
  const ctx = { actor: null, requestId: 'forbearance-daily' };
  for (const c of cases) {
    await sql.begin(async (tx) => {
      const loan = await loadLoan(tx, c.loan_id, { forUpdate: true });
      if (!loan) return;
      const st = await loanState(tx, loan, asOf);
      const after = st.ledger.installments.filter((i) => i.number > c.kept_installments);
      const late = after.find((i) => i.status !== 'PAID' && i.daysPastDue > c.grace_days);
      if (late) {
        await closeCase(ctx, tx, c, 'BROKEN', `installment ${late.number} due ${late.dueDate} unpaid ${late.daysPastDue} days (grace ${c.grace_days})`, asOf);
        out.broken.push(c.id);
      } else if (loan.status === 'REPAID' || (after.length > 0 && after.every((i) => i.status === 'PAID'))) {
        await closeCase(ctx, tx, c, 'COMPLETED', 'repaid', asOf);
        out.completed.push(c.id);
      }
    });
  }
  return out;
}

/**
 * Analyst measures (issue 32) of the cases offered in [from, to]: per measure and currency the offers, acceptances,
 * declines, measures in force, completed and broken, the acceptance rate (accepted / offered), the cure rate
 * (completed / (completed + broken)) and the amounts forgiven. Rates are exact decimals rounded to 4 places.
 */
export async function forbearanceMeasures(sql: SqlHandle, from: string, to: string): Promise<ForbearanceMeasureStatsType[]> {
  const rows = await sql<
    {
      measure: string;
      currency: string;
      offered: number;
      accepted: number;
      declined: number;
      in_force: number;
      completed: number;
      broken: number;
      acceptance: string | null;
      cure: string | null;
      forgiven: string;
    }[]
  >`
    select offer->>'measure' as measure, currency, count(*)::int as offered,
      count(*) filter (where accepted_on is not null)::int as accepted,
      count(*) filter (where status = 'REFUSED')::int as declined,
      count(*) filter (where status = 'IN_FORCE')::int as in_force,
      count(*) filter (where status = 'COMPLETED')::int as completed,
      count(*) filter (where status = 'BROKEN')::int as broken,
      round(count(*) filter (where accepted_on is not null)::numeric / count(*), 4)::text as acceptance,
      round(count(*) filter (where status = 'COMPLETED')::numeric / nullif(count(*) filter (where status in ('COMPLETED', 'BROKEN')), 0), 4)::text as cure,
      coalesce(sum(amount_forgiven) filter (where in_force_on is not null), 0)::numeric(15, 2)::text as forgiven
    from forbearance_cases where offered_on between ${from} and ${to} and offer is not null
    group by 1, 2 order by 1, 2`;
  return rows.map((r) => ({
    measure: r.measure as ForbearanceMeasure,
    currency: r.currency,
    offered: r.offered,
    accepted: r.accepted,
    declined: r.declined,
    inForce: r.in_force,
    completed: r.completed,
    broken: r.broken,
    acceptanceRate: r.acceptance,
    cureRate: r.cure,
    amountForgiven: r.forgiven,
  }));
}
