import { Decimal } from 'decimal.js';
import { itemMatchesReason, noticeItemAmount, type ContactReason, type NoticeItem } from '@raty/domain';
import type { Sql, SqlHandle } from '../../db/client.js';
import { computeLoanState, ledgerOptionsOf, reversalDate } from '../loans/index.js';

/** A file's item with the loan reference (item id = `${loanId}:${installmentNumber}`). */
export interface FileItem extends NoticeItem {
  loanId: string;
  fileId: string;
  amount: string;
}

const ITEM_TYPE = 'RATA';

function itemId(loanId: string, n: number): string {
  return `${loanId}:${n}`;
}

/** A loan whose items are computed by the engine's replay. */
interface ReplayLoan {
  id: string;
  file_id: string;
  schedule_version: number;
  penalty_rate: string;
  disbursement_date: string;
  code: string;
}

/**
 * Items (installments) of debtor files with their balances as of `asOf`, computed by the loan engine (same replay as
 * `loanState`), batched: 4 queries for any number of files.
 * - overdue balance (saldo zaległości): principal + interest outstanding + unpaid penalty interest, for items due
 *   before `asOf`;
 * - future balance (saldo należności przyszłych): principal + interest outstanding, for items due on/after `asOf`;
 * - overpayment balance (saldo nadpłaty): the loan's unapplied overpayment, shown on the installment it will be
 *   applied to next (the first one due on/after `asOf`, else the last one) — **Choice**, the ledger keeps it per loan.
 * Fully settled items (no balance at all) are left out.
 */
export async function fileItemsAsOf(sql: SqlHandle, fileIds: readonly string[], asOf: string): Promise<Map<string, FileItem[]>> {
  const out = new Map<string, FileItem[]>();
  for (const f of fileIds) out.set(f, []);
  if (!fileIds.length) return out;
  const ids = [...new Set(fileIds)];
  const loans = await sql<ReplayLoan[]>`
    select l.id, l.file_id, l.schedule_version, l.penalty_rate, l.disbursement_date, k.code
    from loans l join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    where l.file_id = any(${ids}::uuid[]) and l.status <> 'TO_BE_DISBURSED'
    order by l.file_id, l.created_at, l.id`;
  for (const [fileId, list] of await replayItems(sql, loans, asOf)) out.get(fileId)!.push(...list);
  for (const list of out.values()) list.sort(byDueThenNumber);
  return out;
}

function byDueThenNumber(a: FileItem, b: FileItem): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.installmentNo - b.installmentNo;
}

/** Items of the given loans by the engine's replay, per file, in the loans' order (unsorted). */
async function replayItems(sql: SqlHandle, loans: readonly ReplayLoan[], asOf: string): Promise<Map<string, FileItem[]>> {
  const out = new Map<string, FileItem[]>();
  if (!loans.length) return out;
  const loanIds = loans.map((l) => l.id);
  const [lines, pays, rates, conv] = await Promise.all([
    sql<{ loan_id: string; number: number; due_date: string; principal: string; interest: string }[]>`
      select i.loan_id, i.number, i.due_date, i.principal, i.interest
      from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version
      where i.loan_id = any(${loanIds}::uuid[]) order by i.loan_id, i.number`,
    sql<{ id: string; loan_id: string; payment_date: string; amount: string; status: string; reversed_on: string | null }[]>`
      select id, loan_id, payment_date, amount, status, reversed_on from payments
      where loan_id = any(${loanIds}::uuid[]) and kind = 'REGULAR' order by loan_id, payment_date, created_at, id`,
    sql<{ loan_id: string; valid_from: string; rate: string }[]>`
      select loan_id, valid_from, rate from penalty_rates where loan_id = any(${loanIds}::uuid[]) order by loan_id, valid_from`,
    // the loans' early-money convention (APPLY_AT_ONCE pays the next installment at once, docs/domain.md §3.8)
    sql<{ id: string; early_money: string; deferral_months: number }[]>`
      select id, early_money, deferral_months from loans where id = any(${loanIds}::uuid[]) and early_money <> 'DEPOSIT_UNTIL_DUE'`,
  ]);
  const convOf = new Map(conv.map((c) => [c.id, c]));
  const by = <T extends { loan_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.loan_id) ?? m.set(r.loan_id, []).get(r.loan_id)!).push(r);
    return m;
  };
  const linesBy = by(lines),
    paysBy = by(pays),
    ratesBy = by(rates);
  for (const loan of loans) {
    const ls = linesBy.get(loan.id) ?? [];
    if (!ls.length) continue;
    const state = computeLoanState({
      lines: ls.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest })),
      penaltyRates: [{ from: loan.disbursement_date, rate: loan.penalty_rate }, ...(ratesBy.get(loan.id) ?? []).map((r) => ({ from: r.valid_from, rate: r.rate }))],
      payments: (paysBy.get(loan.id) ?? []).map((p) => ({ id: p.id, date: p.payment_date, amount: p.amount, reversedOn: reversalDate(p) })),
      asOf,
      ...ledgerOptionsOf(convOf.get(loan.id), ls),
    });
    const overpayment = new Decimal(state.ledger.balances.overpaymentBalance);
    const positions = state.ledger.installments;
    const opTarget = overpayment.greaterThan(0) ? (positions.find((p) => p.dueDate >= asOf) ?? positions.at(-1))?.number : undefined;
    const list = out.get(loan.file_id) ?? out.set(loan.file_id, []).get(loan.file_id)!;
    for (const p of positions) {
      const outstanding = new Decimal(p.outstanding);
      const penalty = Decimal.max(new Decimal(p.penaltyInterestAccrued).minus(p.penaltyInterestPaid), 0);
      const past = p.dueDate < asOf;
      const overdue = past ? outstanding.plus(penalty) : new Decimal(0);
      const future = past ? new Decimal(0) : outstanding;
      const op = p.number === opTarget ? overpayment : new Decimal(0);
      if (overdue.isZero() && future.isZero() && op.isZero()) continue;
      const item: FileItem = {
        id: itemId(loan.id, p.number),
        loanId: loan.id,
        fileId: loan.file_id,
        kindCode: loan.code,
        year: Number(p.dueDate.slice(0, 4)),
        installmentNo: p.number,
        dueDate: p.dueDate,
        type: ITEM_TYPE,
        overdueBalance: overdue.toFixed(2),
        futureBalance: future.toFixed(2),
        overpaymentBalance: op.toFixed(2),
        amount: '0.00',
      };
      item.amount = noticeItemAmount(item);
      list.push(item);
    }
  }
  return out;
}

/**
 * The items of debtor files that match a contact reason as of `asOf` (OVERDUE: due before `asOf`; UPCOMING: due on
 * or after; OTHER: all) and have a positive amount (overdue + future balance) — exactly the items
 * `fileItemsAsOf` + the domain's `massCandidateItems` keep, with the same balances, but computed SET-BASED in SQL from
 * the caches instead of replaying every loan (mass generation; docs/performance.md "Mass generation"):
 * - paid principal / interest: the installments' cache (`paid_principal`, `paid_interest`: the replay as of the day of
 *   the last posting, the overpayment applied by the daily tick); unpaid installments via `installments_unpaid_idx`;
 * - overpayment held: `loan_balances.overpayment`, when the row is still true for `asOf` (below);
 * - penalty interest per installment, recomputed exactly from the installment's stored allocation lines
 *   (docs/domain.md §5.2): its unpaid principal is constant between the due date and the value dates of the payments
 *   that reduced it (the overpayment applied on the due date = paid principal not explained by allocation lines),
 *   the rate between the dated penalty rates; Σ unpaid principal × rate × days / 36 500, rounded half-up to 0.01, minus
 *   the penalty paid to the installment (its PENALTY_INTEREST lines). Only unpaid installments can owe penalty: the
 *   waterfall pays an installment's penalty before its interest and principal, and paid principal accrues none.
 * A loan is replayed by the engine instead (same figures as `fileItemsAsOf` by construction) when:
 * - its `loan_balances` row is missing, for a later date, or older than the loan's last change (a payment created or
 *   reversed, a schedule version created since `computed_at`) — the rule of the daily tick;
 * - it has a payment dated after `asOf` or reversed after `asOf` (the caches already include it);
 * - it holds an overpayment while an installment due on or before `asOf` is unpaid (the tick has not applied it yet),
 *   or its caches are inconsistent (negative overpayment held or overpayment applied);
 * - an installment's exact penalty lies on a half-grosz (the engine sums per-segment roundings at 10⁻¹⁸ grosz and
 *   could round the other way; any other value is at least 1/36 500 000 000 PLN away from the boundary).
 */
export async function reasonItemsAsOf(sql: Sql, fileIds: readonly string[], asOf: string, reason: ContactReason, stats?: { loans: number; replayed: number }): Promise<Map<string, FileItem[]>> {
  const out = new Map<string, FileItem[]>();
  for (const f of fileIds) out.set(f, []);
  if (!fileIds.length) return out;
  const ids = [...new Set(fileIds)];
  const past = reason !== 'UPCOMING',
    future = reason !== 'OVERDUE';
  type Row = {
    kind: 'I' | 'R';
    ord: number;
    loan_id: string;
    file_id: string;
    code: string;
    number: number | null;
    due_date: string | null;
    overdue: string | null;
    future: string | null;
    op: string | null;
    amount: string | null;
    v: number;
    penalty_rate: string;
    disbursement_date: string;
  };
  // temp tables (analysed): a uuid[] parameter is estimated at a handful of rows, which leads the planner to nested
  // loops over CTE scans (quadratic); the data is small and cached, so index probes are preferred to scans
  const rows = await sql.begin(async (txRaw) => {
    const tx = txRaw;
    await tx`set local work_mem = '64MB'`;
    await tx`set local random_page_cost = 1.1`;
    await tx`
      create temp table mi_l on commit drop as
      select l.id, l.file_id, l.schedule_version as v, l.penalty_rate, l.disbursement_date, k.code,
             row_number() over (order by l.file_id, l.created_at, l.id)::int as ord,
             b.overpayment as held,
             (b.loan_id is not null and b.as_of <= ${asOf}::date
              and not exists (select 1 from payments p where p.loan_id = l.id and p.created_at >= b.computed_at)
              and not exists (select 1 from payments p where p.loan_id = l.id and p.reversed_at is not null
                              and (p.reversed_at >= b.computed_at or p.reversed_on > ${asOf}::date))
              and not exists (select 1 from payments p where p.loan_id = l.id and p.payment_date > ${asOf}::date)
              and not exists (select 1 from schedule_versions sv where sv.loan_id = l.id and sv.version = l.schedule_version and sv.created_at >= b.computed_at)
             ) as cached
      from loans l join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
      left join loan_balances b on b.loan_id = l.id
      where l.file_id = any(${ids}::uuid[]) and l.status <> 'TO_BE_DISBURSED'`;
    await tx`analyze mi_l`;
    // unpaid installments of the cached loans: due on/before asOf (overdue items, stale overpayment), after (future items)
    await tx`
      create temp table mi_o on commit drop as
      select i.loan_id, i.number, i.due_date, i.principal, i.paid_principal, i.principal + i.interest - i.paid_principal - i.paid_interest as outstanding
      from mi_l l join installments i on i.loan_id = l.id and i.version = l.v
      where l.cached and i.principal + i.interest > i.paid_principal + i.paid_interest and (${future} or i.due_date <= ${asOf}::date)`;
    await tx`analyze mi_o`;
    return tx<Row[]>`
    with stale as (
      select l.id as loan_id from mi_l l where l.cached and (l.held < 0 or (l.held > 0 and exists (select 1 from mi_o o where o.loan_id = l.id and o.due_date <= ${asOf}::date)))
    ), open as (
      select o.* from mi_o o where ${past} and o.due_date < ${asOf}::date and o.loan_id not in (select loan_id from stale)
    ), alloc as materialized (
      -- the open installments' allocation lines (principal reductions, penalty paid) with their value dates
      select a.loan_id, a.installment_number as number, a.component, a.amount, a.effective_date as d
      from open o join payment_allocations a on a.loan_id = o.loan_id and a.installment_number = o.number and a.component in ('PRINCIPAL', 'PENALTY_INTEREST')
      join payments p on p.id = a.payment_id and p.kind = 'REGULAR' and p.status <> 'REVERSED'
    ), pa_sum as (
      select loan_id, number, sum(amount) filter (where component = 'PRINCIPAL') as principal, sum(amount) filter (where component = 'PENALTY_INTEREST') as penalty
      from alloc group by 1, 2
    ), rates as (
      select x.loan_id, x.f, lead(x.f) over (partition by x.loan_id order by x.f) as nf, x.rate
      from (select l.id as loan_id, l.disbursement_date as f, l.penalty_rate as rate from mi_l l where l.id in (select loan_id from open)
            union all
            select r.loan_id, r.valid_from, r.rate from penalty_rates r where r.loan_id in (select loan_id from open)) x
    ), red as (
      -- principal reductions: the payments' PRINCIPAL lines on their value dates (never before the due date)
      select a.loan_id, a.number, greatest(a.d, o.due_date) as c, a.amount from alloc a join open o using (loan_id, number) where a.component = 'PRINCIPAL'
    ), red_r as (
      -- Σ amount × (Σ of the daily rates of the days after c up to asOf)
      select x.loan_id, x.number, sum(x.amount * r.rate * (least(${asOf}::date, coalesce(r.nf - 1, ${asOf}::date)) - greatest(x.c + 1, r.f) + 1)) as n
      from red x join rates r on r.loan_id = x.loan_id and greatest(x.c + 1, r.f) <= least(${asOf}::date, coalesce(r.nf - 1, ${asOf}::date))
      group by x.loan_id, x.number
    ), due_r as (
      select o.loan_id, o.number, sum(r.rate * (least(${asOf}::date, coalesce(r.nf - 1, ${asOf}::date)) - greatest(o.due_date + 1, r.f) + 1)) as rd
      from open o join rates r on r.loan_id = o.loan_id and greatest(o.due_date + 1, r.f) <= least(${asOf}::date, coalesce(r.nf - 1, ${asOf}::date))
      group by o.loan_id, o.number
    ), pen as (
      -- the unpaid principal on day d is principal − overpayment applied on the due date − the reductions dated before
      -- d, so n = Σ_d unpaid(d) × rate(d) = (principal − overpayment applied) × R(due) − Σ reductions × R(c), with
      -- R(x) = Σ of the daily rates of the days after x up to asOf (exact numeric); accrued = n / 36 500, half-up to 0.01
      select o.loan_id, o.number,
             coalesce((o.principal - (o.paid_principal - coalesce(ps.principal, 0))) * d.rd, 0) - coalesce(rr.n, 0) as n,
             coalesce(ps.principal, 0) > o.paid_principal or o.paid_principal > o.principal as broken, ps.penalty
      from open o left join pa_sum ps using (loan_id, number) left join due_r d using (loan_id, number) left join red_r rr using (loan_id, number)
    ), unpaid_pen as (
      select loan_id, number, greatest(round(n / 36500, 2) - coalesce(penalty, 0), 0) as pen,
             mod(2 * n, 730) = 365 or broken as replay
      from pen
    ), replay as (
      select l.id as loan_id from mi_l l where not l.cached
      union select loan_id from stale
      union select loan_id from unpaid_pen where replay
    ), target as (
      -- the installment the overpayment held is shown on: the first due on/after asOf (else the last one, which is
      -- then due before asOf: unpaid means stale, paid means no item)
      select l.id as loan_id, t.number from mi_l l
      cross join lateral (select i.number from installments i where i.loan_id = l.id and i.version = l.v and i.due_date >= ${asOf}::date
                          order by i.due_date, i.number limit 1) t
      where ${future} and l.cached and l.held > 0
    ), items as (
      select o.loan_id, o.number, o.due_date,
             case when o.due_date < ${asOf}::date then o.outstanding + coalesce(up.pen, 0) else 0 end as overdue,
             case when o.due_date < ${asOf}::date then 0 else o.outstanding end as future,
             case when t.loan_id is not null then l.held else 0 end as op
      from mi_o o join mi_l l on l.id = o.loan_id
      left join unpaid_pen up on up.loan_id = o.loan_id and up.number = o.number
      left join target t on t.loan_id = o.loan_id and t.number = o.number
      where ((${past} and o.due_date < ${asOf}::date) or (${future} and o.due_date >= ${asOf}::date))
        and o.loan_id not in (select loan_id from replay)
    )
    -- money as text with two decimals (numeric(17,2) rounds half away from zero, like Decimal's toFixed on these
    -- already-rounded values); unsorted: each file's few items are sorted in JS (one sort of ~100k wide rows here
    -- cost ~0.3 s)
    select 'I' as kind, l.ord, l.id as loan_id, l.file_id, l.code, x.number, x.due_date,
           x.overdue::numeric(17, 2)::text as overdue, x.future::numeric(17, 2)::text as future, x.op::numeric(17, 2)::text as op,
           (x.overdue + x.future)::numeric(17, 2)::text as amount, l.v, l.penalty_rate, l.disbursement_date
    from items x join mi_l l on l.id = x.loan_id
    union all
    select 'R', l.ord, l.id, l.file_id, l.code, null, null, null, null, null, null, l.v, l.penalty_rate, l.disbursement_date
    from mi_l l where l.id in (select loan_id from replay)`;
  });
  const replayLoans: (ReplayLoan & { ord: number })[] = [];
  const ordOf = new Map<string, number>();
  for (const r of rows) {
    ordOf.set(r.loan_id, r.ord);
    if (r.kind === 'R') {
      replayLoans.push({ id: r.loan_id, file_id: r.file_id, schedule_version: r.v, penalty_rate: r.penalty_rate, disbursement_date: r.disbursement_date, code: r.code, ord: r.ord });
      continue;
    }
    out.get(r.file_id)!.push({
      id: itemId(r.loan_id, r.number!),
      loanId: r.loan_id,
      fileId: r.file_id,
      kindCode: r.code,
      year: Number(r.due_date!.slice(0, 4)),
      installmentNo: r.number!,
      dueDate: r.due_date!,
      type: ITEM_TYPE,
      overdueBalance: r.overdue!,
      futureBalance: r.future!,
      overpaymentBalance: r.op!,
      amount: r.amount!,
    });
  }
  if (stats) {
    stats.replayed = replayLoans.length;
    stats.loans = ordOf.size;
  }
  if (replayLoans.length) {
    for (const list of (await replayItems(sql, replayLoans, asOf)).values()) {
      for (const it of list) {
        if (!itemMatchesReason(reason, asOf, it.dueDate) || !new Decimal(it.amount).greaterThan(0)) continue;
        out.get(it.fileId)!.push(it);
      }
    }
  }
  // the order of fileItemsAsOf: due date, installment number, then the loans' order (created_at, id)
  for (const list of out.values()) if (list.length > 1) list.sort((a, b) => byDueThenNumber(a, b) || ordOf.get(a.loanId)! - ordOf.get(b.loanId)!);
  return out;
}
