import type { Logger } from 'pino';
import type { Sql } from '../../db/client.js';
import { businessDate } from '../../lib/business-date.js';
import { loadLoan, loanState, storeLoanState } from './loans.service.js';

export const ALLOCATION_EVENTS_BACKFILL = '0019_allocation_events';

/**
 * Data step of migration 0019: rewrites every loan's allocation events (payment_allocations) by a replay as of the
 * business date, so that existing loans get the APPLICATION pairs of their deposits. Idempotent: it runs once per
 * database (a `ledger_backfills` row records it, inserted in the transaction of the last batch) and a replay of an
 * already-current loan writes the same rows. Audited: one audit_log entry (actor SYSTEM) with the number of loans.
 * A fresh database has no loans when it runs (migrate → backfill → seed), so the marker is written at once.
 */
export async function backfillAllocationEvents(sql: Sql, opts: { asOf?: string; log?: Logger; batch?: number } = {}): Promise<{ ran: boolean; loans: number }> {
  const [done] = await sql<{ n: number }[]>`select count(*)::int as n from ledger_backfills where name = ${ALLOCATION_EVENTS_BACKFILL}`;
  if (done.n) return { ran: false, loans: 0 };
  const asOf = opts.asOf ?? businessDate();
  const ids = (await sql<{ id: string }[]>`select distinct l.id from loans l join payments p on p.loan_id = l.id and p.kind = 'REGULAR' order by 1`).map((r) => r.id);
  const batch = opts.batch ?? 200;
  for (let i = 0; i < ids.length || i === 0; i += batch) {
    const part = ids.slice(i, i + batch);
    const last = i + batch >= ids.length;
    await sql.begin(async (txRaw) => {
      const tx = txRaw as unknown as Sql;
      for (const id of part) {
        const loan = await loadLoan(tx, id, { forUpdate: true });
        if (!loan) continue;
        await storeLoanState(tx, loan, await loanState(tx, loan, asOf));
      }
      if (last) {
        const ins = await tx`insert into ledger_backfills (name, loans) values (${ALLOCATION_EVENTS_BACKFILL}, ${ids.length}) on conflict do nothing`;
        if (ins.count) {
          await tx`insert into audit_log (actor_type, actor_id, action, entity, entity_id, before, after, request_id)
            values ('SYSTEM', null, 'BACKFILL', 'payment_allocations', ${ALLOCATION_EVENTS_BACKFILL}, null,
                    ${JSON.stringify({ loans: ids.length, asOf })}::jsonb, null)`;
        }
      }
    });
    if (ids.length > batch) opts.log?.info({ done: Math.min(i + batch, ids.length), of: ids.length }, 'allocation events backfill');
  }
  return { ran: true, loans: ids.length };
}
