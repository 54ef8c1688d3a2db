import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db, SqlHandle } from '../db/client.js';
import { jsonColumn } from '../db/json.js';
import type { InstallmentRow, LoanRow, PaymentRow } from '../modules/loans/index.js';
import { fileParties, parties, receivableKinds, contacts } from '../db/schema/index.js';

type PartyRow = typeof parties.$inferSelect;
type KindRow = typeof receivableKinds.$inferSelect;
type FilePartyRow = { fileId: string; partyId: string; role: string };
type ContactRow = typeof contacts.$inferSelect;

function group<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Everything the ledger replay and the loan's payments need, for the loan's CURRENT schedule version. */
export interface LoanData {
  lines: InstallmentRow[];
  payments: PaymentRow[];
  allocations: { payment_id: string; kind: string; effective_date: string; installment_number: number | null; component: string; amount: string }[];
  /** dated penalty rates added after disbursement (penalty_rates), oldest first */
  penaltyRates: { valid_from: string; rate: string }[];
}

/**
 * Columns (alias l = loans) that bring a loan's current schedule lines, payments, allocations and dated penalty rates
 * as JSON in the same row: one round trip for a whole debtor file instead of 2 + 2 per loan. Money travels as JSON
 * strings (`::text`), never as JSON numbers.
 */
export const LOAN_DATA_COLUMNS = `
  coalesce((select json_agg(json_build_array(i.number, i.due_date, i.principal::text, i.interest::text, i.accumulated_interest::text, i.total::text) order by i.number)
    from installments i where i.loan_id = l.id and i.version = l.schedule_version), '[]') as ld_lines,
  coalesce((select json_agg(json_build_array(p.id, p.payment_date, p.amount::text, p.method, p.kind, p.status, p.description, p.reversed_at, p.reversal_reason, p.created_at, p.idempotency_key, p.request_hash, p.reversed_on,
    p.payer_name, p.payer_account, p.payer_relation)
    order by p.payment_date, p.created_at, p.id) from payments p where p.loan_id = l.id), '[]') as ld_payments,
  coalesce((select json_agg(json_build_array(a.payment_id, a.installment_number, a.component, a.amount::text, a.kind, a.effective_date) order by a.id)
    from payment_allocations a where a.loan_id = l.id), '[]') as ld_allocations,
  coalesce((select json_agg(json_build_array(r.valid_from, r.rate::text) order by r.valid_from) from penalty_rates r where r.loan_id = l.id), '[]') as ld_rates`;

type Json = string | unknown[][];
const arr = (v: Json): unknown[][] => jsonColumn(v);

/** Turns the LOAN_DATA_COLUMNS of a row into LoanData (and strips them from the row). */
export function takeLoanData(row: Record<string, unknown>): LoanData {
  const lines = arr(row.ld_lines as Json).map((x) => ({
    number: x[0] as number,
    due_date: x[1] as string,
    principal: x[2] as string,
    interest: x[3] as string,
    accumulated_interest: x[4] as string,
    total: x[5] as string,
  }));
  const loanId = row.id as string;
  const payments = arr(row.ld_payments as Json).map((x) => ({
    id: x[0] as string,
    loan_id: loanId,
    payment_date: x[1] as string,
    amount: x[2] as string,
    method: x[3] as string,
    kind: x[4] as string,
    status: x[5] as string,
    description: x[6] as string | null,
    reversed_at: x[7] as Date | null,
    reversal_reason: x[8] as string | null,
    created_at: x[9] as Date,
    idempotency_key: x[10] as string | null,
    request_hash: x[11] as string | null,
    reversed_on: x[12] as string | null,
    payer_name: (x[13] ?? null) as string | null,
    payer_account: (x[14] ?? null) as string | null,
    payer_relation: (x[15] ?? null) as string | null,
  }));
  const allocations = arr(row.ld_allocations as Json).map((x) => ({
    payment_id: x[0] as string,
    installment_number: x[1] as number | null,
    component: x[2] as string,
    amount: x[3] as string,
    kind: x[4] as string,
    effective_date: x[5] as string,
  }));
  const penaltyRates = arr(row.ld_rates as Json).map((x) => ({ valid_from: x[0] as string, rate: x[1] as string }));
  delete row.ld_lines;
  delete row.ld_payments;
  delete row.ld_allocations;
  delete row.ld_rates;
  return { lines, payments, allocations, penaltyRates };
}

/** Per-request DataLoaders: one query per entity type per tick, never N+1. */
export function createLoaders(db: Db, sql?: SqlHandle) {
  const q = sql ?? db.$client;
  return {
    loan: new DataLoader<string, LoanRow | null>(async (ids) => {
      const rows = await q<LoanRow[]>`select * from loans where id = any(${ids as string[]}::uuid[])`;
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    /** the loan row together with its LoanData (one query for any number of loans) */
    loanData: new DataLoader<string, LoanData | null>(async (ids) => {
      const rows = await q<Record<string, unknown>[]>`select l.id, ${q.unsafe(LOAN_DATA_COLUMNS)} from loans l where l.id = any(${ids as string[]}::uuid[])`;
      const m = new Map(rows.map((r) => [r.id as string, takeLoanData(r)]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    /** key: `${loanId}:${version}` */
    scheduleLines: new DataLoader<string, InstallmentRow[]>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await q<(InstallmentRow & { loan_id: string; version: number })[]>`
        select i.loan_id, i.version, i.number, i.due_date, i.principal, i.interest, i.accumulated_interest, i.total
        from installments i join unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => Number(p[1]))}::int[]) as k(loan_id, version)
          on i.loan_id = k.loan_id and i.version = k.version
        order by i.loan_id, i.version, i.number`;
      const m = group(rows, (r) => `${r.loan_id}:${r.version}`);
      return keys.map((k) => m.get(k) ?? []);
    }),
    party: new DataLoader<string, PartyRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(parties)
        .where(inArray(parties.id, ids as string[]));
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    receivableKind: new DataLoader<string, KindRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(receivableKinds)
        .where(inArray(receivableKinds.id, ids as string[]));
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    filePartiesByFile: new DataLoader<string, FilePartyRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(fileParties)
        .where(inArray(fileParties.fileId, ids as string[]));
      const m = group(rows, (r) => r.fileId);
      return ids.map((id) => (m.get(id) ?? []).sort((a, b) => roleOrder(a.role) - roleOrder(b.role)));
    }),
    contactsByParty: new DataLoader<string, ContactRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(contacts)
        .where(inArray(contacts.partyId, ids as string[]));
      const m = group(rows, (r) => r.partyId);
      return ids.map((id) => m.get(id) ?? []);
    }),
  };
}

const ROLE_ORDER: Record<string, number> = { BORROWER: 0, CO_BORROWER: 1, GUARANTOR: 2 };
function roleOrder(r: string) {
  return ROLE_ORDER[r] ?? 9;
}

export type Loaders = ReturnType<typeof createLoaders>;
