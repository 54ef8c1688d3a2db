import type { Logger } from 'pino';
import type { Sql, SqlHandle } from '../../db/client.js';
import { businessDate } from '../../lib/business-date.js';
import { LOAN_DATA_COLUMNS, takeLoanData } from '../../graphql/loaders.js';
import { stateOf, storeLoanStates, type LoanRow } from './loans.service.js';

/**
 * Replays the given loans as of `asOf` and stores their allocation events and paid cache (`storeLoanState` for a
 * batch): the loans are locked, their schedule, payments and rates read in one round trip, the states written in three
 * statements. Inside a transaction.
 */
export async function replayAndStore(tx: SqlHandle, ids: readonly string[], asOf: string): Promise<number> {
  if (!ids.length) return 0;
  const locked = await tx<LoanRow[]>`select * from loans where id = any(${ids as string[]}::uuid[]) order by id for update`;
  const data = await tx<Record<string, unknown>[]>`select l.id, ${tx.unsafe(LOAN_DATA_COLUMNS)} from loans l where l.id = any(${ids as string[]}::uuid[])`;
  const byId = new Map(data.map((r) => [r.id as string, takeLoanData(r)]));
  await storeLoanStates(
    tx,
    locked.map((loan) => {
      const d = byId.get(loan.id)!;
      return {
        loan,
        state: stateOf(
          loan,
          asOf,
          d.lines,
          d.payments,
          d.penaltyRates.map((r) => ({ from: r.valid_from, rate: r.rate })),
        ),
      };
    }),
  );
  return locked.length;
}

export const ALLOCATION_EVENTS_BACKFILL = '0019_allocation_events';
export const REVERSAL_EVENTS_BACKFILL = '0023_reversal_events';

type BackfillOpts = { asOf?: string; log?: Logger; batch?: number };

/**
 * Data step of migration 0019: rewrites every loan's allocation events (payment_allocations) by a replay as of the
 * business date, so that existing loans get the APPLICATION pairs of their deposits. Idempotent: it runs once per
 * database (a `ledger_backfills` row records it, inserted in the transaction of the last batch) and a replay of an
 * already-current loan writes the same rows. Audited: one audit_log entry (actor SYSTEM) with the number of loans.
 * A fresh database has no loans when it runs (migrate → backfill → seed), so the marker is written at once.
 */
export async function backfillAllocationEvents(sql: Sql, opts: BackfillOpts = {}): Promise<{ ran: boolean; loans: number }> {
  return runBackfill(
    sql,
    ALLOCATION_EVENTS_BACKFILL,
    async () => (await sql<{ id: string }[]>`select distinct l.id from loans l join payments p on p.loan_id = l.id and p.kind = 'REGULAR' order by 1`).map((r) => r.id),
    opts,
  );
}

/**
 * Data step of migration 0023: the loans with a reversed payment are replayed once so that their reversed payments get
 * their events (what they had reached, then the REVERSAL events on the reversal date). Same marker, audit and
 * idempotency as the 0019 step.
 */
export async function backfillReversalEvents(sql: Sql, opts: BackfillOpts = {}): Promise<{ ran: boolean; loans: number }> {
  return runBackfill(
    sql,
    REVERSAL_EVENTS_BACKFILL,
    async () => (await sql<{ id: string }[]>`select distinct p.loan_id as id from payments p where p.kind = 'REGULAR' and p.status = 'REVERSED' order by 1`).map((r) => r.id),
    opts,
  );
}

/** Every ledger data step not yet run on this database, in migration order (at startup, after the migrations). */
export async function backfillLedger(sql: Sql, opts: BackfillOpts = {}): Promise<{ name: string; ran: boolean; loans: number }[]> {
  return [
    { name: ALLOCATION_EVENTS_BACKFILL, ...(await backfillAllocationEvents(sql, opts)) },
    { name: REVERSAL_EVENTS_BACKFILL, ...(await backfillReversalEvents(sql, opts)) },
  ];
}

async function runBackfill(sql: Sql, name: string, loanIds: () => Promise<string[]>, opts: BackfillOpts): Promise<{ ran: boolean; loans: number }> {
  const [done] = await sql<{ n: number }[]>`select count(*)::int as n from ledger_backfills where name = ${name}`;
  if (done.n) return { ran: false, loans: 0 };
  const asOf = opts.asOf ?? businessDate();
  const ids = await loanIds();
  const batch = opts.batch ?? 200;
  for (let i = 0; i < ids.length || i === 0; i += batch) {
    const part = ids.slice(i, i + batch);
    const last = i + batch >= ids.length;
    await sql.begin(async (txRaw) => {
      const tx = txRaw;
      await replayAndStore(tx, part, asOf);
      if (last) {
        const ins = await tx`insert into ledger_backfills (name, loans) values (${name}, ${ids.length}) on conflict do nothing`;
        if (ins.count) {
          await tx`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id)
            values ('SYSTEM', null, 'BACKFILL', 'payment_allocations', ${name}, null,
                    ${JSON.stringify({ loans: ids.length, asOf })}::jsonb, null)`;
        }
      }
    });
    if (ids.length > batch) opts.log?.info({ done: Math.min(i + batch, ids.length), of: ids.length, name }, 'ledger backfill');
  }
  return { ran: true, loans: ids.length };
}
