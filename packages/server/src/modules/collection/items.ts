import { Decimal } from 'decimal.js';
import { noticeItemAmount, type NoticeItem } from '@raty/domain';
import type { Sql } from '../../db/client.js';
import { computeLoanState } from '../loans/loan-state.js';

/** A file's item with the loan reference (item id = `${loanId}:${installmentNumber}`). */
export interface FileItem extends NoticeItem {
  loanId: string;
  fileId: string;
  amount: string;
}

export const ITEM_TYPE = 'RATA';

export function itemId(loanId: string, n: number): string {
  return `${loanId}:${n}`;
}

function reversalDate(status: string, paymentDate: string, reversedAt: Date | null): string | null {
  if (status !== 'REVERSED' || !reversedAt) return null;
  const d = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(reversedAt);
  return d < paymentDate ? paymentDate : d;
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
export async function fileItemsAsOf(sql: Sql, fileIds: readonly string[], asOf: string): Promise<Map<string, FileItem[]>> {
  const out = new Map<string, FileItem[]>();
  for (const f of fileIds) out.set(f, []);
  if (!fileIds.length) return out;
  const ids = [...new Set(fileIds)];
  const loans = await sql<{ id: string; file_id: string; schedule_version: number; penalty_rate: string; disbursement_date: string; code: string }[]>`
    select l.id, l.file_id, l.schedule_version, l.penalty_rate, l.disbursement_date, k.code
    from loans l join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    where l.file_id = any(${ids}::uuid[]) and l.status <> 'TO_BE_DISBURSED'
    order by l.file_id, l.created_at, l.id`;
  if (!loans.length) return out;
  const loanIds = loans.map((l) => l.id);
  const [lines, pays, rates] = await Promise.all([
    sql<{ loan_id: string; number: number; due_date: string; principal: string; interest: string }[]>`
      select i.loan_id, i.number, i.due_date, i.principal, i.interest
      from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version
      where i.loan_id = any(${loanIds}::uuid[]) order by i.loan_id, i.number`,
    sql<{ id: string; loan_id: string; payment_date: string; amount: string; status: string; reversed_at: Date | null }[]>`
      select id, loan_id, payment_date, amount, status, reversed_at from payments
      where loan_id = any(${loanIds}::uuid[]) and kind = 'REGULAR' order by loan_id, payment_date, created_at, id`,
    sql<{ loan_id: string; valid_from: string; rate: string }[]>`
      select loan_id, valid_from, rate from penalty_rates where loan_id = any(${loanIds}::uuid[]) order by loan_id, valid_from`,
  ]);
  const by = <T extends { loan_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.loan_id) ?? m.set(r.loan_id, []).get(r.loan_id)!).push(r);
    return m;
  };
  const linesBy = by(lines), paysBy = by(pays), ratesBy = by(rates);
  for (const loan of loans) {
    const ls = linesBy.get(loan.id) ?? [];
    if (!ls.length) continue;
    const state = computeLoanState({
      lines: ls.map((l) => ({ number: l.number, dueDate: l.due_date, principal: l.principal, interest: l.interest })),
      penaltyRates: [{ from: loan.disbursement_date, rate: loan.penalty_rate }, ...(ratesBy.get(loan.id) ?? []).map((r) => ({ from: r.valid_from, rate: r.rate }))],
      payments: (paysBy.get(loan.id) ?? []).map((p) => ({ id: p.id, date: p.payment_date, amount: p.amount, reversedOn: reversalDate(p.status, p.payment_date, p.reversed_at) })),
      asOf,
    });
    const overpayment = new Decimal(state.ledger.balances.overpaymentBalance);
    const positions = state.ledger.installments;
    const opTarget = overpayment.greaterThan(0)
      ? (positions.find((p) => p.dueDate >= asOf) ?? positions.at(-1))?.number
      : undefined;
    const list = out.get(loan.file_id)!;
    for (const p of positions) {
      const outstanding = new Decimal(p.outstanding);
      const penalty = Decimal.max(new Decimal(p.penaltyInterestAccrued).minus(p.penaltyInterestPaid), 0);
      const past = p.dueDate < asOf;
      const overdue = past ? outstanding.plus(penalty) : new Decimal(0);
      const future = past ? new Decimal(0) : outstanding;
      const op = p.number === opTarget ? overpayment : new Decimal(0);
      if (overdue.isZero() && future.isZero() && op.isZero()) continue;
      const item: FileItem = {
        id: itemId(loan.id, p.number), loanId: loan.id, fileId: loan.file_id, kindCode: loan.code,
        year: Number(p.dueDate.slice(0, 4)), installmentNo: p.number, dueDate: p.dueDate, type: ITEM_TYPE,
        overdueBalance: overdue.toFixed(2), futureBalance: future.toFixed(2), overpaymentBalance: op.toFixed(2), amount: '0.00',
      };
      item.amount = noticeItemAmount(item);
      list.push(item);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.installmentNo - b.installmentNo));
  return out;
}
