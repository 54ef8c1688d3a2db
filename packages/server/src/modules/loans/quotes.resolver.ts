import {
  annualPercentageRate,
  APR_BASES,
  type AprBasis,
  aprDetails,
  buildSchedule,
  earlyRepaymentQuote,
  formatMoney,
  type Schedule,
  scheduleCashFlows,
  type ScheduleConventions,
  type ScheduleTerms,
} from '@raty/domain';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ScheduleConventionsInput } from '../dictionaries/index.js';
import { loanPayoff } from './payoff.service.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, IssueCollector, NotFound, withDomainErrors } from '../../graphql/errors.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { CashFlowInput, EarlyRepaymentQuoteType, ExtraordinaryMode, ExtraordinaryRepaymentPreview, PaymentMethod, ScheduleQuote, ScheduleTermsInput } from './loans.types.js';
import { loadLoan } from './loans.service.js';
import { executeExtraordinaryRepayment, extraordinaryRepaymentPreview } from './extraordinary-repayment.service.js';
import { lineType } from './loans.mappers.js';
import { READ_ROLES } from './roles.js';

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
    ...(t.conventions ? { conventions: conventionsFromInput(t.conventions) } : {}),
  };
}

@ObjectType('AprFigures')
export class AprFiguresType {
  @Field(() => DecimalScalar, { description: 'percent, 4 decimals' }) apr!: string;
  @Field(() => DecimalScalar, { description: 'legal figure: one decimal, rounded once from the exact solution' }) legal!: string;
  @Field(() => String, { description: 'DAYS (365/366, the legal basis) | MONTHS | DAYS_365_25 (comparison only)' }) basis!: string;
}

function aprBasis(basis: string | null | undefined): AprBasis {
  if (basis && !APR_BASES.includes(basis as AprBasis)) throw BadUserInput.field('basis', 'oneOf', `basis must be one of ${APR_BASES.join(', ')}`, { values: APR_BASES });
  return (basis as AprBasis | null | undefined) ?? 'DAYS';
}

function conventionsFromInput(c: ScheduleConventionsInput): ScheduleConventions {
  const out: ScheduleConventions = {};
  if (c.rounding) out.rounding = c.rounding;
  if (c.installmentMultiple) out.installmentMultiple = c.installmentMultiple;
  if (c.partPeriodInterest) out.partPeriodInterest = c.partPeriodInterest;
  if (c.emi) out.emi = c.emi;
  if (c.payoffInterest) out.payoffInterest = c.payoffInterest;
  if (c.earlyMoney) out.earlyMoney = c.earlyMoney;
  if (c.holidayInterest) out.holidayInterest = c.holidayInterest;
  return out;
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
      // the legal figure is rounded once from the exact solution (not from the 4-decimal apr)
      const d = aprDetails(flows);
      return { lines: s.lines.map(lineType), totalInterest: s.totalInterest, totalPayable: s.totalPayable, installment: s.installment, apr: d.apr, aprLegal: d.legal };
    }, 'terms');
  }

  @Authorized(...READ_ROLES)
  @Query(() => DecimalScalar, { description: 'APR (EU Directive 2008/48/EC Annex I) of dated cash flows, percent with 4 decimals.' })
  async aprQuote(@Arg('flows', () => [CashFlowInput]) flows: CashFlowInput[], @Arg('basis', () => String, { nullable: true }) basis?: string | null): Promise<string> {
    return withDomainErrors(() => annualPercentageRate(flows, { basis: aprBasis(basis) }), 'flows');
  }

  @Authorized(...READ_ROLES)
  @Query(() => AprFiguresType, { description: 'APR with 4 decimals and the legal (disclosed) figure: the exact solution rounded once, half up, to one decimal.' })
  async aprFigures(@Arg('flows', () => [CashFlowInput]) flows: CashFlowInput[], @Arg('basis', () => String, { nullable: true }) basis?: string | null): Promise<AprFiguresType> {
    const b = aprBasis(basis);
    const d = await withDomainErrors(() => aprDetails(flows, { basis: b }), 'flows');
    return { apr: d.apr, legal: d.legal, basis: b };
  }

  @Authorized(...READ_ROLES)
  @Query(() => EarlyRepaymentQuoteType, { description: 'Full payoff quote for a date: remaining principal, interest to the date (LOAN-10.2 rules), arrears, minus overpayment.' })
  async earlyRepaymentQuote(@Arg('loanId', () => ID) loanId: string, @Arg('date', () => DateScalar) date: string, @Ctx() ctx: Context): Promise<EarlyRepaymentQuoteType> {
    const loan = await loadLoan(ctx.sql, loanId);
    if (!loan) throw new NotFound('Loan');
    if (loan.schedule_version > 1)
      throw BadUserInput.field(
        'loanId',
        'loan.scheduleChanged',
        'The schedule was changed (an extraordinary repayment, or interest capped at the legal maximum); ask servicing for a manual payoff quote',
      );
    const { quote: q, arrears, overpayment, total } = await withDomainErrors(() => loanPayoff(ctx.sql, loan, date), '');
    return {
      date: q.date,
      principal: q.principal,
      interest: q.interest,
      accumulatedInterest: q.accumulatedInterest,
      accruedInterest: q.accruedInterest,
      accruedFrom: q.accruedFrom,
      accruedDays: q.accruedDays,
      unpaidInstallmentInterest: q.unpaidInstallmentInterest,
      arrears: formatMoney(arrears),
      overpayment: formatMoney(overpayment),
      total: formatMoney(total),
      explanation: q.explanation,
    };
  }

  @Authorized(...READ_ROLES)
  @Query(() => EarlyRepaymentQuoteType, {
    description:
      "Payoff quote for terms without a loan (LOAN-10.2 rules; the terms' conventions apply). No loan, no payments: installments due before the date count as unpaid (their interest is owed) unless paidInstallments says how many are paid; arrears and overpayment are 0.",
  })
  async earlyRepaymentQuoteForTerms(
    @Arg('terms', () => ScheduleTermsInput) terms: ScheduleTermsInput,
    @Arg('date', () => DateScalar) date: string,
    @Arg('paidInstallments', () => Int, { nullable: true }) paidInstallments?: number | null,
  ): Promise<EarlyRepaymentQuoteType> {
    const t = termsFromInput(terms);
    const q = await withDomainErrors(() => earlyRepaymentQuote(t, date, { paidInstallments: paidInstallments ?? 0 }), '');
    return {
      date: q.date,
      principal: q.principal,
      interest: q.interest,
      accumulatedInterest: q.accumulatedInterest,
      accruedInterest: q.accruedInterest,
      accruedFrom: q.accruedFrom,
      accruedDays: q.accruedDays,
      unpaidInstallmentInterest: q.unpaidInstallmentInterest,
      arrears: '0.00',
      overpayment: '0.00',
      total: q.total,
      explanation: q.explanation,
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
    return extraordinaryRepaymentPreview(ctx.sql, loanId, date, amount, mode);
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
    return executeExtraordinaryRepayment(ctx, { loanId, date, amount, mode, paymentMethod });
  }
}
