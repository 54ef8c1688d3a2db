import {
  annualPercentageRate,
  buildSchedule,
  earlyRepaymentQuote,
  extraordinaryRepayment,
  legalApr,
  scheduleCashFlows,
  type Schedule,
  type ScheduleLine,
  type ScheduleTerms,
} from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Sql } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound, withDomainErrors } from '../../graphql/errors.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { bulkInsert } from '../../db/bulk.js';
import { audit } from '../common/audit.js';
import {
  CashFlowInput,
  EarlyRepaymentQuoteType,
  ExtraordinaryMode,
  ExtraordinaryRepaymentPreview,
  PaymentMethod,
  ScheduleLineType,
  ScheduleQuote,
  ScheduleTermsInput,
} from './loans.types.js';
import { fromMinor, loadLoan, loanState, storeLoanState, toMinor, type LoanRow } from './loans.service.js';
import { READ_ROLES } from './loans.resolver.js';

export function loanTerms(l: LoanRow): ScheduleTerms {
  return {
    principal: l.principal,
    annualRate: l.annual_rate,
    installments: l.installments_count,
    disbursementDate: l.disbursement_date,
    firstDueDate: l.first_due_date,
    method: l.method as ScheduleTerms['method'],
    dayCount: l.day_count as ScheduleTerms['dayCount'],
    deferralMonths: l.deferral_months,
    fixedInstallment: l.fixed_installment ?? undefined,
  };
}

function lineType(l: ScheduleLine): ScheduleLineType {
  return {
    number: l.number, dueDate: l.dueDate, paymentDate: l.dueDate, principal: l.principal, interest: l.interest,
    accumulatedInterest: l.accumulatedInterest, total: l.total, amountDue: l.total, balance: l.balance,
    paymentStatus: null, principalPaid: null, interestPaid: null, penaltyInterest: null, outstanding: null, daysPastDue: null,
  };
}

function termsFromInput(t: ScheduleTermsInput): ScheduleTerms {
  const issues = new IssueCollector();
  if (!Number.isInteger(t.installments) || t.installments < 1 || t.installments > 600) issues.add('terms.installments', 'range', 'Installments must be between 1 and 600', { min: 1, max: 600 });
  if (t.deferralMonths != null && (t.deferralMonths < 0 || t.deferralMonths >= t.installments)) issues.add('terms.deferralMonths', 'range', 'Deferral must be between 0 and installments − 1');
  issues.throwIfAny();
  return {
    principal: t.principal,
    annualRate: t.annualRate,
    installments: t.installments,
    disbursementDate: t.disbursementDate,
    firstDueDate: t.firstDueDate,
    method: t.method,
    dayCount: t.dayCount as ScheduleTerms['dayCount'],
    deferralMonths: t.deferralMonths ?? 0,
    fixedInstallment: t.fixedInstallment ?? undefined,
  };
}

@Resolver()
export class QuoteResolver {
  @Authorized(...READ_ROLES)
  @Query(() => ScheduleQuote, { description: 'Builds a schedule (and its APR) for the given terms without saving anything.' })
  async scheduleQuote(@Arg('terms', () => ScheduleTermsInput) terms: ScheduleTermsInput): Promise<ScheduleQuote> {
    const t = termsFromInput(terms);
    return withDomainErrors(() => {
      const s: Schedule = buildSchedule(t);
      const flows = scheduleCashFlows(t.disbursementDate, t.principal, s.lines, terms.fees ? [{ date: t.disbursementDate, amount: `-${terms.fees}` }] : []);
      const apr = annualPercentageRate(flows);
      return { lines: s.lines.map(lineType), totalInterest: s.totalInterest, totalPayable: s.totalPayable, installment: s.installment, apr, aprLegal: legalApr(apr) };
    }, 'terms');
  }

  @Authorized(...READ_ROLES)
  @Query(() => DecimalScalar, { description: 'APR (EU Directive 2008/48/EC Annex I) of dated cash flows, percent with 4 decimals.' })
  async aprQuote(@Arg('flows', () => [CashFlowInput]) flows: CashFlowInput[], @Arg('basis', () => String, { nullable: true }) basis?: string | null): Promise<string> {
    if (basis && basis !== 'DAYS' && basis !== 'MONTHS') throw BadUserInput.field('basis', 'oneOf', 'basis must be DAYS or MONTHS', { values: ['DAYS', 'MONTHS'] });
    return withDomainErrors(() => annualPercentageRate(flows, { basis: (basis as 'DAYS' | 'MONTHS' | null) ?? 'DAYS' }), 'flows');
  }

  @Authorized(...READ_ROLES)
  @Query(() => EarlyRepaymentQuoteType, { description: 'Full payoff quote for a date: remaining principal, interest to the date (seed 003 rules), arrears, minus overpayment.' })
  async earlyRepaymentQuote(@Arg('loanId', () => ID) loanId: string, @Arg('date', () => DateScalar) date: string, @Ctx() ctx: Context): Promise<EarlyRepaymentQuoteType> {
    const loan = await loadLoan(ctx.sql, loanId);
    if (!loan) throw new NotFound('Loan');
    if (loan.schedule_version > 1) throw BadUserInput.field('loanId', 'loan.scheduleChanged', 'The schedule was changed by an extraordinary repayment; ask servicing for a manual payoff quote');
    const q = await withDomainErrors(() => earlyRepaymentQuote(loanTerms(loan), date), '');
    const st = await loanState(ctx.sql, loan, date);
    const b = st.ledger.balances;
    const arrears = toMinor(b.overdueBalance) + toMinor(b.overdueFees);
    const overpayment = toMinor(b.overpaymentBalance);
    const total = toMinor(q.total) + arrears - overpayment;
    return {
      date: q.date, principal: q.principal, interest: q.interest, accumulatedInterest: q.accumulatedInterest, accruedInterest: q.accruedInterest,
      accruedFrom: q.accruedFrom, accruedDays: q.accruedDays, unpaidInstallmentInterest: q.unpaidInstallmentInterest,
      arrears: fromMinor(arrears), overpayment: fromMinor(overpayment), total: fromMinor(total < 0n ? 0n : total), explanation: q.explanation,
    };
  }

  @Authorized(...READ_ROLES)
  @Query(() => ExtraordinaryRepaymentPreview, { description: 'Preview of an extraordinary repayment: new schedule and a per-line diff against the current one.' })
  async extraordinaryRepaymentPreview(
    @Arg('loanId', () => ID) loanId: string,
    @Arg('date', () => DateScalar) date: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Arg('mode', () => ExtraordinaryMode) mode: ExtraordinaryMode,
    @Ctx() ctx: Context,
  ): Promise<ExtraordinaryRepaymentPreview> {
    const loan = await loadLoan(ctx.sql, loanId);
    if (!loan) throw new NotFound('Loan');
    return previewOf(loan, date, amount, mode, null);
  }

  @Authorized('SERVICING')
  @Mutation(() => ExtraordinaryRepaymentPreview, { description: 'Executes an extraordinary repayment: records the payment and creates a new schedule version.' })
  async executeExtraordinaryRepayment(
    @Arg('loanId', () => ID) loanId: string,
    @Arg('date', () => DateScalar) date: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Arg('mode', () => ExtraordinaryMode) mode: ExtraordinaryMode,
    @Arg('paymentMethod', () => PaymentMethod, { defaultValue: PaymentMethod.BANK_TRANSFER }) paymentMethod: PaymentMethod,
    @Ctx() ctx: Context,
  ): Promise<ExtraordinaryRepaymentPreview> {
    const today = businessDate();
    if (date > today) throw BadUserInput.field('date', 'date.future', `An extraordinary repayment can be executed only for today or earlier (${today})`);
    return ctx.sql.begin(async (txRaw) => {
      const tx = txRaw as unknown as Sql;
      const loan = await loadLoan(tx, loanId, { forUpdate: true });
      if (!loan) throw new NotFound('Loan');
      if (loan.status !== 'ACTIVE') throw new Conflict(`The loan is ${loan.status}; an extraordinary repayment needs an ACTIVE loan`);
      const newVersion = loan.schedule_version + 1;
      const preview = await previewOf(loan, date, amount, mode, newVersion);
      const res = extraordinaryRepayment(loanTerms(loan), { date, amount, mode });
      const [p] = await tx<{ id: string }[]>`insert into payments (loan_id, payment_date, amount, method, kind, description, created_by)
        values (${loan.id}, ${date}, ${res.amount}, ${paymentMethod}, 'EXTRAORDINARY', ${`Extraordinary repayment (${mode})`}, ${ctx.actor?.type === 'STAFF' ? `staff:${ctx.actor.userId}` : 'system'}) returning id`;
      await tx`insert into payment_allocations (payment_id, loan_id, installment_number, component, amount, kind, effective_date) values (${p.id}, ${loan.id}, null, 'PRINCIPAL', ${res.amount}, 'POSTING', ${date})`;
      await bulkInsert(
        tx,
        'installments',
        ['loan_id:uuid', 'version:int', 'number:int', 'due_date:date', 'principal:numeric', 'interest:numeric', 'accumulated_interest:numeric', 'total:numeric'].map((c) => {
          const [name, type] = c.split(':');
          return { name, type };
        }),
        res.schedule.lines.map((l) => [loan.id, newVersion, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]),
      );
      await tx`insert into schedule_versions (loan_id, version, reason, effective_date, terms, created_by)
        values (${loan.id}, ${newVersion}, 'EXTRAORDINARY_REPAYMENT', ${date}, ${JSON.stringify({ ...loanTerms(loan), extraordinary: { date, amount: res.amount, mode } })}::jsonb,
                ${ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null})`;
      await tx`update loans set schedule_version = ${newVersion}, installments_count = ${res.schedule.lines.length} where id = ${loan.id}`;
      const updated = { ...loan, schedule_version: newVersion };
      const st = await loanState(tx, updated, today);
      await storeLoanState(tx, updated, st);
      await audit(ctx, 'EXTRAORDINARY_REPAYMENT', 'loan', loan.id, { version: loan.schedule_version }, { version: newVersion, date, amount: res.amount, mode }, tx);
      return preview;
    });
  }
}

async function previewOf(loan: LoanRow, date: string, amount: string, mode: ExtraordinaryMode, newVersion: number | null): Promise<ExtraordinaryRepaymentPreview> {
  if (loan.schedule_version > 1) {
    throw BadUserInput.field('loanId', 'loan.scheduleChanged', 'This loan already had an extraordinary repayment; a further one is recalculated by servicing manually');
  }
  const res = await withDomainErrors(() => extraordinaryRepayment(loanTerms(loan), { date, amount, mode }), '');
  return {
    mode, date: res.date, amount: res.amount, recomputedFromStart: res.recomputedFromStart,
    principalBefore: res.principalBefore, principalAfter: res.principalAfter, installmentBefore: res.installmentBefore, installmentAfter: res.installmentAfter,
    installmentsBefore: res.installmentsBefore, installmentsAfter: res.installmentsAfter,
    diff: res.diff.map((d) => ({ number: d.number, before: d.before ? lineType(d.before) : null, after: d.after ? lineType(d.after) : null, changed: d.changed, totalDelta: d.totalDelta })),
    newVersion,
  };
}
