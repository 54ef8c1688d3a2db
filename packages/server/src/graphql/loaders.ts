import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db, Sql } from '../db/client.js';
import type { InstallmentRow, LoanRow, PaymentRow } from '../modules/loans/loans.service.js';
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

/** Per-request DataLoaders: one query per entity type per tick, never N+1. */
export function createLoaders(db: Db, sql?: Sql) {
  const q = sql ?? (db as unknown as { $client: Sql }).$client;
  return {
    loan: new DataLoader<string, LoanRow | null>(async (ids) => {
      const rows = await q<LoanRow[]>`select * from loans where id = any(${ids as string[]}::uuid[])`;
      const m = new Map(rows.map((r) => [r.id, r]));
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
    loanPayments: new DataLoader<string, PaymentRow[]>(async (ids) => {
      const rows = await q<PaymentRow[]>`select * from payments where loan_id = any(${ids as string[]}::uuid[]) order by payment_date, created_at, id`;
      const m = group(rows, (r) => r.loan_id);
      return ids.map((id) => m.get(id) ?? []);
    }),
    party: new DataLoader<string, PartyRow | null>(async (ids) => {
      const rows = await db.select().from(parties).where(inArray(parties.id, ids as string[]));
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    receivableKind: new DataLoader<string, KindRow | null>(async (ids) => {
      const rows = await db.select().from(receivableKinds).where(inArray(receivableKinds.id, ids as string[]));
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    filePartiesByFile: new DataLoader<string, FilePartyRow[]>(async (ids) => {
      const rows = await db.select().from(fileParties).where(inArray(fileParties.fileId, ids as string[]));
      const m = group(rows, (r) => r.fileId);
      return ids.map((id) => (m.get(id) ?? []).sort((a, b) => roleOrder(a.role) - roleOrder(b.role)));
    }),
    contactsByParty: new DataLoader<string, ContactRow[]>(async (ids) => {
      const rows = await db.select().from(contacts).where(inArray(contacts.partyId, ids as string[]));
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
