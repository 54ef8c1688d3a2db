import { promiseOutcome } from '@raty/domain';
import type { SqlHandle } from '../../../db/client.js';
import { businessDate } from '../../../lib/business-date.js';
import type { NoticeStatusChangeType, PromiseOutcomeEnum } from './notices.types.js';

/** Reads behind the notice's GraphQL fields (moved out of notices.resolver.ts). */

/** Promise outcomes of many notices (the domain's `promiseOutcome` on their selected items and the loans' allocations, or, for a
 * promise with an amount (issue 31), on the payments posted on the file's loans): 4 queries. */
export async function promiseOutcomes(sql: SqlHandle, parsed: { id: string; promiseDate: string; createdOn: string }[]): Promise<PromiseOutcomeEnum[]> {
  const items = await sql<{ notice_id: string; loan_id: string; installment_number: number; amount_due: string }[]>`
    select notice_id, loan_id, installment_number, amount_due from notice_items where notice_id = any(${parsed.map((p) => p.id)}::uuid[]) and selected`;
  const loans = [...new Set(items.map((i) => i.loan_id))];
  const allocs = loans.length
    ? await sql<{ loan_id: string; installment_number: number; payment_date: string; amount: string; status: string }[]>`
    select pa.loan_id, pa.installment_number, p.payment_date, pa.amount, p.status from payment_allocations pa join payments p on p.id = pa.payment_id
    where pa.loan_id = any(${loans}::uuid[]) and pa.installment_number is not null`
    : [];
  const allocations = allocs.map((a) => ({ itemId: `${a.loan_id}:${a.installment_number}`, paymentDate: a.payment_date, amount: a.amount, reversed: a.status === 'REVERSED' }));
  const ids = parsed.map((p) => p.id);
  const amounts = await sql<{ id: string; file_id: string; promise_amount: string | null }[]>`select id, file_id, promise_amount from notices where id = any(${ids}::uuid[])`;
  const byId = new Map(amounts.map((a) => [a.id, a]));
  const files = [...new Set(amounts.filter((a) => a.promise_amount !== null).map((a) => a.file_id))];
  const payments = files.length
    ? await sql<{ file_id: string; payment_date: string; amount: string }[]>`
    select l.file_id, p.payment_date, p.amount from payments p join loans l on l.id = p.loan_id where l.file_id = any(${files}::uuid[]) and p.status = 'POSTED'`
    : [];
  const today = businessDate();
  return parsed.map(
    (p) =>
      promiseOutcome(
        p.promiseDate,
        items.filter((i) => i.notice_id === p.id).map((i) => ({ id: `${i.loan_id}:${i.installment_number}`, amountDue: i.amount_due })),
        allocations,
        today,
        {
          since: p.createdOn,
          amount: byId.get(p.id)?.promise_amount ?? null,
          payments: payments.filter((x) => x.file_id === byId.get(p.id)?.file_id).map((x) => ({ paymentDate: x.payment_date, amount: x.amount })),
        },
      ) as PromiseOutcomeEnum,
  );
}

export async function noticeStatusHistory(sql: SqlHandle, ids: readonly string[]): Promise<(NoticeStatusChangeType & { notice_id: string })[]> {
  return sql<(NoticeStatusChangeType & { notice_id: string })[]>`
        select notice_id, status, source, applied, at from notice_status_history where notice_id = any(${ids as string[]}::uuid[]) order by at, id`;
}

/** The debtor files of a party (any role), by kind and number. */
export async function debtorFilesOfParty(sql: SqlHandle, partyId: string): Promise<{ id: string; number: number; status: string; receivable_kind_id: string; code: string }[]> {
  return sql<{ id: string; number: number; status: string; receivable_kind_id: string; code: string }[]>`
      select f.id, f.number, f.status, f.receivable_kind_id, k.code from file_parties fp join debtor_files f on f.id = fp.file_id
      join receivable_kinds k on k.id = f.receivable_kind_id where fp.party_id = ${partyId} order by k.code, f.number`;
}
