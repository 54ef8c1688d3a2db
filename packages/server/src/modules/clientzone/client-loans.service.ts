import { attributePayments, formatMoney, parseMoney } from '@raty/domain';
import { Decimal } from 'decimal.js';
import type { Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { appConfig } from '../../app-config.js';
import { loadLoan, loanStateCached, penaltyRatesOf, remainingOf, scheduleLines, type LoanRow } from '../loans/index.js';
import type { LoanStatus } from '../loans/index.js';
import { activeGatewayName } from '../../integrations/payment-gateway/index.js';
import { ts } from './client-auth.service.js';
import type { ClientLoanSummaryType, ClientLoanType, ClientOnlinePaymentType, OnlinePaymentStatus } from './clientzone.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type OwnLoanRow = LoanRow & { my_role: string; product_name: string; product_code: string; borrower_name: string | null };

/**
 * Loans of the party as BORROWER or CO_BORROWER. `loanId` narrows to one loan: a loan of anybody else is simply not
 * in the result, which the callers answer as NOT_FOUND (no difference between "not yours" and "does not exist").
 */
async function ownLoans(ctx: Context, partyId: string, loanId?: string): Promise<OwnLoanRow[]> {
  if (loanId !== undefined && !UUID.test(loanId)) return [];
  return ctx.sql<OwnLoanRow[]>`
    select l.*, me.role as my_role, k.name as product_name, k.code as product_code,
      (select coalesce(nullif(trim(p.company_name), ''), trim(concat_ws(' ', p.first_name, p.last_name)))
         from file_parties b join parties p on p.id = b.party_id where b.file_id = l.file_id and b.role = 'BORROWER'
         order by p.created_at, p.id limit 1) as borrower_name
    from loans l
    join file_parties me on me.file_id = l.file_id and me.party_id = ${partyId} and me.role in ('BORROWER', 'CO_BORROWER')
    join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    where ${loanId !== undefined ? ctx.sql`l.id = ${loanId}` : ctx.sql`true`}
    order by l.disbursement_date desc, l.number`;
}

/** NOT_FOUND unless the loan belongs to the party (BORROWER / CO_BORROWER). */
export async function requireOwnLoan(ctx: Context, partyId: string, loanId: string): Promise<OwnLoanRow> {
  const [row] = await ownLoans(ctx, partyId, loanId);
  if (!row) throw new NotFound('Loan');
  return row;
}

const PAYABLE = new Set(['ACTIVE', 'TERMINATED']);

async function summaryOf(ctx: Context, l: OwnLoanRow, today: string) {
  const st = await loanStateCached(ctx, l, today);
  const b = st.ledger.balances;
  const next = st.ledger.installments.find((i) => i.dueDate >= today && i.status !== 'PAID' && parseMoney(i.outstanding) > 0n);
  const totalDebt = remainingOf(b);
  const summary: ClientLoanSummaryType = {
    id: l.id,
    number: l.number,
    currency: l.currency,
    amount: l.principal,
    installmentsCount: l.installments_count,
    status: l.status as LoanStatus,
    product: l.product_name,
    productCode: l.product_code,
    borrower: l.borrower_name ?? '—',
    myRole: l.my_role,
    nextDueDate: next?.dueDate ?? null,
    nextDueAmount: next?.outstanding ?? null,
    overdueAmount: b.overdueBalance,
    canPayOnline: !!activeGatewayName() && PAYABLE.has(l.status) && parseMoney(totalDebt) > 0n,
  };
  return { summary, st, totalDebt };
}

export async function myLoans(ctx: Context, partyId: string): Promise<ClientLoanSummaryType[]> {
  const today = businessDate();
  const rows = await ownLoans(ctx, partyId);
  const out: ClientLoanSummaryType[] = [];
  for (const l of rows) out.push((await summaryOf(ctx, l, today)).summary);
  return out;
}

/** Suggested "pay online" amount: the overdue amount, else the next installment's unpaid part; capped at the total debt. */
function suggestedAmount(overdue: string, nextDue: string | null, totalDebt: string): string | null {
  const total = parseMoney(totalDebt);
  if (total <= 0n) return null;
  let s = parseMoney(overdue) > 0n ? parseMoney(overdue) : nextDue ? parseMoney(nextDue) : total;
  if (s <= 0n || s > total) s = total;
  return formatMoney(s);
}

export async function myLoan(ctx: Context, partyId: string, loanId: string): Promise<ClientLoanType> {
  const l = await requireOwnLoan(ctx, partyId, loanId);
  const today = businessDate();
  const { summary, st, totalDebt } = await summaryOf(ctx, l, today);
  const loan = (await loadLoan(ctx.sql, l.id))!;
  const [lines, rates, pays, online, versions] = await Promise.all([
    scheduleLines(ctx.sql, l.id, l.schedule_version),
    penaltyRatesOf(ctx.sql, loan),
    ctx.sql<{ id: string; payment_date: string; amount: string; method: string; kind: string }[]>`
      select id, payment_date, amount, method, kind from payments where loan_id = ${l.id} and status = 'POSTED' order by payment_date, created_at, id`,
    // a PENDING attempt the gateway never confirmed within the abandon window is shown as CANCELLED (issue 26): a
    // technical timeout of the gateway session on the wall clock, like the session lifetimes, not a business-date rule
    ctx.sql<
      {
        id: string;
        loan_id: string;
        amount: string;
        description: string;
        status: string;
        gateway: string;
        transaction_id: string | null;
        created_at: Date;
        paid_at: Date | null;
        failed_at: Date | null;
      }[]
    >`
      select id, loan_id, amount, description,
             case when status = 'PENDING' and created_at < now() - make_interval(mins => ${appConfig().clientZone.paymentAbandonMinutes}) then 'CANCELLED' else status end as status,
             gateway, transaction_id, created_at, paid_at, failed_at from online_payments
      where loan_id = ${l.id} and party_id = ${partyId} order by created_at desc limit 50`,
    ctx.sql<{ version: number; reason: string; effective_date: string; max_interest: string | null; note: string | null }[]>`
      select version, reason, effective_date::text, terms->>'maxInterest' as max_interest, terms->>'note' as note
      from schedule_versions where loan_id = ${l.id} and version <= ${l.schedule_version} order by version`,
  ]);
  const capNow = versions.filter((v) => v.reason === 'LEGAL_CAP' && v.effective_date <= today).at(-1)?.max_interest ?? null;
  const positions = new Map(st.ledger.installments.map((p) => [p.number, p]));
  const penalty = rates.filter((r) => r.from <= today).at(-1)?.rate ?? l.penalty_rate;
  // what each payment finally paid, its deposit (money paid before the due date) attributed FIFO as the ledger used it
  const split = attributePayments(st.ledger);
  const m0 = (m: Record<string, string> | undefined, k: string) => m?.[k] ?? '0.00';
  return {
    ...summary,
    disbursementDate: l.disbursement_date,
    interestRate: l.annual_rate,
    interestRateInForce: capNow !== null && new Decimal(capNow).lt(l.annual_rate) ? capNow : l.annual_rate,
    scheduleChanges: versions.map((v) => ({ version: v.version, reason: v.reason, effectiveDate: v.effective_date, maxInterest: v.max_interest, note: v.note })),
    gracePeriodMonths: l.deferral_months,
    repaymentAccount: l.repayment_account,
    variableSymbol: l.variable_symbol ?? null,
    totalDebt,
    penaltyInterestRate: penalty,
    deposit: st.ledger.balances.overpaymentBalance,
    suggestedPaymentAmount: summary.canPayOnline ? suggestedAmount(summary.overdueAmount, summary.nextDueAmount, totalDebt) : null,
    schedule: lines.map((li) => {
      const p = positions.get(li.number);
      return { number: li.number, date: li.due_date, principal: li.principal, interest: li.interest, total: li.total, status: p?.status ?? 'PENDING', outstanding: p?.outstanding ?? li.total };
    }),
    repayments: pays.map((p) => {
      const m = split.get(p.id);
      // an extraordinary repayment goes to principal through a new schedule version (no waterfall allocations)
      const principal = !m && p.kind === 'EXTRAORDINARY' ? p.amount : m0(m, 'PRINCIPAL');
      return {
        id: p.id,
        date: p.payment_date,
        amount: p.amount,
        principal,
        interest: m0(m, 'INTEREST'),
        penaltyInterest: m0(m, 'PENALTY_INTEREST'),
        other: m0(m, 'FEE'),
        deposit: m0(m, 'OVERPAYMENT'),
        method: p.method,
      };
    }),
    onlinePayments: online.map(toOnlinePaymentType),
  };
}

function toOnlinePaymentType(o: {
  id: string;
  loan_id: string;
  amount: string;
  description: string;
  status: string;
  gateway: string;
  transaction_id: string | null;
  created_at: Date | string;
  paid_at: Date | string | null;
  failed_at: Date | string | null;
}): ClientOnlinePaymentType {
  return {
    id: o.id,
    loanId: o.loan_id,
    amount: o.amount,
    description: o.description,
    status: o.status as OnlinePaymentStatus,
    gateway: o.gateway,
    transactionId: o.transaction_id,
    createdAt: ts(o.created_at)!,
    paidAt: ts(o.paid_at),
    failedAt: ts(o.failed_at),
  };
}
