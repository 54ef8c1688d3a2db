import { extraordinaryRepayment } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import { bulkInsert } from '../../db/bulk.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, NotFound, withDomainErrors } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { audit } from '../common/index.js';
import { ExtraordinaryMode, ExtraordinaryRepaymentPreview, PaymentMethod } from './loans.types.js';
import { loadLoan, loanState, storeLoanState, type LoanRow } from './loans.service.js';
import { loanTermsOf } from './payoff.service.js';
import { lineType } from './loans.mappers.js';

/**
 * The extraordinary repayment (LOAN-12): a payment of principal outside the schedule that yields a new schedule
 * version — a shorter term or a lower installment (`mode`). The domain's `extraordinaryRepayment` computes it; this file
 * previews it and executes it (payment, its principal allocation, the new schedule lines and version, the loan, the
 * stored state and the audit entry: one transaction).
 */

export interface ExtraordinaryRepaymentInput {
  loanId: string;
  date: string;
  amount: string;
  mode: ExtraordinaryMode;
  paymentMethod: PaymentMethod;
}

/** Preview (nothing saved): the new schedule and a per-line diff against the current one. */
export async function extraordinaryRepaymentPreview(sql: SqlHandle, loanId: string, date: string, amount: string, mode: ExtraordinaryMode): Promise<ExtraordinaryRepaymentPreview> {
  const loan = await loadLoan(sql, loanId);
  if (!loan) throw new NotFound('Loan');
  return previewOf(sql, loan, date, amount, mode, null);
}

/** Executes the repayment: only for the business date or earlier, on an ACTIVE loan whose schedule was never changed. */
export async function executeExtraordinaryRepayment(ctx: Context, input: ExtraordinaryRepaymentInput): Promise<ExtraordinaryRepaymentPreview> {
  const { loanId, date, amount, mode, paymentMethod } = input;
  const today = businessDate();
  if (date > today) throw BadUserInput.field('date', 'date.future', `An extraordinary repayment can be executed only for today or earlier (${today})`);
  return ctx.sql.begin(async (tx) => {
    const loan = await loadLoan(tx, loanId, { forUpdate: true });
    if (!loan) throw new NotFound('Loan');
    if (loan.status !== 'ACTIVE') throw new Conflict(`The loan is ${loan.status}; an extraordinary repayment needs an ACTIVE loan`);
    const newVersion = loan.schedule_version + 1;
    const preview = await previewOf(tx, loan, date, amount, mode, newVersion);
    const terms = await loanTermsOf(tx, loan);
    const res = extraordinaryRepayment(terms, { date, amount, mode });
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
      values (${loan.id}, ${newVersion}, 'EXTRAORDINARY_REPAYMENT', ${date}, ${JSON.stringify({ ...terms, extraordinary: { date, amount: res.amount, mode } })}::jsonb,
              ${ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null})`;
    await tx`update loans set schedule_version = ${newVersion}, installments_count = ${res.schedule.lines.length} where id = ${loan.id}`;
    const updated = { ...loan, schedule_version: newVersion };
    const st = await loanState(tx, updated, today);
    await storeLoanState(tx, updated, st);
    await audit(ctx, 'EXTRAORDINARY_REPAYMENT', 'loan', loan.id, { version: loan.schedule_version }, { version: newVersion, date, amount: res.amount, mode }, tx);
    return preview;
  });
}

async function previewOf(sql: SqlHandle, loan: LoanRow, date: string, amount: string, mode: ExtraordinaryMode, newVersion: number | null): Promise<ExtraordinaryRepaymentPreview> {
  if (loan.schedule_version > 1) {
    throw BadUserInput.field(
      'loanId',
      'loan.scheduleChanged',
      'The schedule of this loan was already changed (an extraordinary repayment, or interest capped at the legal maximum); a further extraordinary repayment is recalculated by servicing manually',
    );
  }
  const terms = await loanTermsOf(sql, loan);
  const res = await withDomainErrors(() => extraordinaryRepayment(terms, { date, amount, mode }), '');
  return {
    mode,
    date: res.date,
    amount: res.amount,
    recomputedFromStart: res.recomputedFromStart,
    principalBefore: res.principalBefore,
    principalAfter: res.principalAfter,
    installmentBefore: res.installmentBefore,
    installmentAfter: res.installmentAfter,
    installmentsBefore: res.installmentsBefore,
    installmentsAfter: res.installmentsAfter,
    diff: res.diff.map((d) => ({ number: d.number, before: d.before ? lineType(d.before) : null, after: d.after ? lineType(d.after) : null, changed: d.changed, totalDelta: d.totalDelta })),
    newVersion,
  };
}
