import { annualPercentageRate, formatMoney, parseMoney, scheduleCashFlows } from '@raty/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { takeLoanData } from '../../graphql/loaders.js';
import { NotFound } from '../../graphql/errors.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { pageSize } from '../common/index.js';
import { measuresLoader, searchLoans } from '../analytics/index.js';
import DataLoader from 'dataloader';
import { DebtorFileType, FilePartyType, PartyRoleEnum, ReceivableKindType } from '../files/index.js';
import {
  AllocationType,
  LoanBalancesType,
  LoanConnection,
  LoanFilter,
  LoanMeasuresType,
  LoanSortEnum,
  LoanType,
  PaymentStatusEnum,
  PaymentType,
  ScheduleLineType,
  ScheduleVersionType,
} from './loans.types.js';
import { loadLoan, loanStateCached } from './loans.service.js';
import { fileOfLoan, loanBelongsTo, loanCodes, loansOfFileWithData, productOfFile, scheduleVersionsOf, type LoanCodes as Codes } from './loan-reads.service.js';
import { toAllocationType, toBalances, toLoanType, toPaymentType } from './loans.mappers.js';
import { READ_ROLES } from './roles.js';

const codeLoaders = new WeakMap<object, DataLoader<string, Codes | null>>();
function codesLoader(ctx: Context): DataLoader<string, Codes | null> {
  let l = codeLoaders.get(ctx);
  if (!l) {
    l = new DataLoader<string, Codes | null>(async (ids) => {
      const rows = await loanCodes(ctx.sql, ids);
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    });
    codeLoaders.set(ctx, l);
  }
  return l;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => LoanType)
export class LoanResolver {
  @Authorized(...READ_ROLES)
  @Query(() => LoanConnection, {
    description: 'Loans, filterable by the loan, its file, dictionaries and measures, sorted by number (default) or a measure (keyset pagination). docs/analytics.md',
  })
  async loans(
    @Ctx() ctx: Context,
    @Arg('filter', () => LoanFilter, { nullable: true }) filter?: LoanFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => LoanSortEnum, { nullable: true, defaultValue: LoanSortEnum.NUMBER_ASC }) sort?: LoanSortEnum | null,
  ): Promise<LoanConnection> {
    const res = await searchLoans(ctx.sql, filter, pageSize(first), after, sort);
    for (const r of res.nodes) ctx.loaders.loan.prime(r.id, r);
    for (const x of res.measures) measuresLoader(ctx).prime(x.id, x.m);
    const edges = res.nodes.map((r) => ({ cursor: res.cursorOf(r), node: toLoanType(r) }));
    return { edges, totalCount: res.totalCount, pageInfo: { hasNextPage: res.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(...READ_ROLES)
  @Query(() => LoanType, { nullable: true })
  async loan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LoanType | null> {
    const r = UUID_RE.test(id) ? await ctx.loaders.loan.load(id) : null;
    return r ? toLoanType(r) : null;
  }

  @Authorized(...READ_ROLES)
  @Query(() => [LoanType], { description: 'Loans of a debtor file' })
  async fileLoans(@Arg('fileId', () => ID) fileId: string, @Ctx() ctx: Context): Promise<LoanType[]> {
    if (!/^[0-9a-f-]{36}$/i.test(fileId)) throw new NotFound('Debtor file');
    // the loans with their schedule lines, payments, allocations and penalty rates: one round trip for the whole file
    const rows = await loansOfFileWithData(ctx.sql, fileId);
    for (const r of rows) {
      ctx.loaders.loanData.prime(r.id, takeLoanData(r));
      ctx.loaders.loan.prime(r.id, r);
    }
    return rows.map(toLoanType);
  }

  @Authorized(...READ_ROLES)
  @Query(() => [ScheduleLineType], {
    description: 'MON-1 "fetch repayment schedule": the loan\'s schedule lines with paymentDate, amountDue and paymentStatus. NOT_FOUND when the loan does not belong to that client.',
  })
  async repaymentSchedule(@Arg('loanId', () => ID) loanId: string, @Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context): Promise<ScheduleLineType[]> {
    const loan = await loadLoan(ctx.sql, loanId);
    if (!loan || !(await loanBelongsTo(ctx.sql, loan, clientId))) throw new NotFound('Loan');
    return this.schedule(toLoanType(loan), ctx, null, null);
  }

  @FieldResolver(() => DebtorFileType)
  async file(@Root() l: LoanType, @Ctx() ctx: Context): Promise<DebtorFileType> {
    const f = await fileOfLoan(ctx.sql, l.fileId);
    return { id: f.id, number: String(f.number), displayNumber: `${f.code} ${f.number}`, status: f.status, receivableKindId: f.receivable_kind_id };
  }

  @FieldResolver(() => ReceivableKindType, { description: 'The loan product' })
  async product(@Root() l: LoanType, @Ctx() ctx: Context): Promise<ReceivableKindType> {
    return productOfFile(ctx.sql, l.fileId);
  }

  @FieldResolver(() => [FilePartyType])
  async parties(@Root() l: LoanType, @Ctx() ctx: Context): Promise<FilePartyType[]> {
    const rows = await ctx.loaders.filePartiesByFile.load(l.fileId);
    return rows.map((r) => ({ role: r.role as PartyRoleEnum, partyId: r.partyId }));
  }

  @FieldResolver(() => [ScheduleLineType], { description: 'Schedule lines of a version (current by default) with their status as of a date (today by default)' })
  async schedule(
    @Root() l: LoanType,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<ScheduleLineType[]> {
    const loan = await ctx.loaders.loan.load(l.id);
    if (!loan) throw new NotFound('Loan');
    const v = version ?? loan.schedule_version;
    const lines = v === loan.schedule_version ? ((await ctx.loaders.loanData.load(loan.id))?.lines ?? []) : await ctx.loaders.scheduleLines.load(`${loan.id}:${v}`);
    const positions = v === loan.schedule_version ? new Map((await loanStateCached(ctx, loan, asOf ?? businessDate())).ledger.installments.map((p) => [p.number, p])) : null;
    // principal balance after each line = principal of the lines after it (suffix sum, exact in minor units)
    const after = new Map<number, string>();
    let rest = 0n;
    for (let i = lines.length - 1; i >= 0; i--) {
      after.set(lines[i].number, formatMoney(rest));
      rest += parseMoney(lines[i].principal);
    }
    return lines.map((li) => {
      const p = positions?.get(li.number);
      return {
        number: li.number,
        dueDate: li.due_date,
        paymentDate: li.due_date,
        principal: li.principal,
        interest: li.interest,
        accumulatedInterest: li.accumulated_interest,
        total: li.total,
        amountDue: li.total,
        balance: after.get(li.number) ?? null,
        paymentStatus: (p?.status as PaymentStatusEnum | undefined) ?? null,
        principalPaid: p?.principalPaid ?? null,
        interestPaid: p?.interestPaid ?? null,
        penaltyInterest: p?.penaltyInterestAccrued ?? null,
        outstanding: p?.outstanding ?? null,
        daysPastDue: p?.daysPastDue ?? null,
      };
    });
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'APR (RRSO/RPMN) in percent, 4 decimals: the stored contract figure, else computed by the EU formula from the initial schedule and upfront fees',
  })
  async aprEffective(@Root() l: LoanType, @Ctx() ctx: Context): Promise<string | null> {
    if (l.apr) return l.apr;
    const loan = await ctx.loaders.loan.load(l.id);
    if (!loan) return null;
    const lines = await ctx.loaders.scheduleLines.load(`${l.id}:1`);
    if (!lines.length) return null;
    const fees = parseMoney(loan.fees);
    const flows = scheduleCashFlows(
      loan.disbursement_date,
      formatMoney(parseMoney(loan.principal) - fees),
      lines.map((x) => ({ dueDate: x.due_date, total: x.total })),
    );
    try {
      return annualPercentageRate(flows);
    } catch {
      return null;
    }
  }

  @FieldResolver(() => [ScheduleVersionType])
  async scheduleVersions(@Root() l: LoanType, @Ctx() ctx: Context): Promise<ScheduleVersionType[]> {
    const rows = await scheduleVersionsOf(ctx.sql, l.id);
    return rows.map((r) => ({ version: r.version, reason: r.reason, effectiveDate: r.effective_date, createdAt: r.created_at, current: r.version === l.scheduleVersion, note: r.note, loanId: l.id }));
  }

  @FieldResolver(() => [PaymentType], { description: 'Payments (oldest first) with their allocation lines' })
  async payments(@Root() l: LoanType, @Ctx() ctx: Context): Promise<PaymentType[]> {
    const data = await ctx.loaders.loanData.load(l.id);
    if (!data) return [];
    const { payments: pays, allocations: allocs } = data;
    type Alloc = (typeof allocs)[number];
    const byPayment = new Map<string, Alloc[]>();
    for (const a of allocs) {
      const list = byPayment.get(a.payment_id) ?? [];
      list.push(a);
      byPayment.set(a.payment_id, list);
    }
    return pays.map((p) => toPaymentType(p, byPayment.get(p.id) ?? [], l.currency));
  }

  @FieldResolver(() => [AllocationType], { description: "The allocation events of all the loan's payments (optionally of one installment), by effective date" })
  async allocationEvents(@Root() l: LoanType, @Ctx() ctx: Context, @Arg('installmentNumber', () => Int, { nullable: true }) installmentNumber?: number | null): Promise<AllocationType[]> {
    const data = await ctx.loaders.loanData.load(l.id);
    if (!data) return [];
    const pays = new Map(data.payments.map((p) => [p.id, p]));
    return data.allocations
      .filter((a) => installmentNumber === undefined || installmentNumber === null || a.installment_number === installmentNumber)
      .map((a) => toAllocationType(a, pays.get(a.payment_id) ?? { id: a.payment_id, loan_id: l.id }, l.currency))
      .sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0));
  }

  @FieldResolver(() => LoanMeasuresType, {
    description: 'Set-based measures as of the business date (outstanding, overdue without penalty, days past due, bucket; penalty from the last daily tick). docs/analytics.md',
  })
  async measures(@Root() l: LoanType, @Ctx() ctx: Context): Promise<LoanMeasuresType> {
    const m = await measuresLoader(ctx).load(l.id);
    if (!m) throw new NotFound('Loan');
    return m;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contract type code' })
  async contractTypeCode(@Root() l: LoanType, @Ctx() ctx: Context): Promise<string | null> {
    return (await codesLoader(ctx).load(l.id))?.contract_type ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Selling channel code' })
  async sellingChannelCode(@Root() l: LoanType, @Ctx() ctx: Context): Promise<string | null> {
    return (await codesLoader(ctx).load(l.id))?.selling_channel ?? null;
  }

  @FieldResolver(() => LoanBalancesType, { description: 'Balances as of a date (today by default)' })
  async balances(@Root() l: LoanType, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<LoanBalancesType> {
    const loan = await ctx.loaders.loan.load(l.id);
    if (!loan) throw new NotFound('Loan');
    const st = await loanStateCached(ctx, loan, asOf ?? businessDate());
    return toBalances(st.ledger.balances);
  }
}
