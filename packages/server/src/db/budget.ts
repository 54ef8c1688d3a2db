import type { Sql } from './client.js';

/**
 * Connection budget (issue 29, docs/operations.md "Several processes"): every app process holds up to `pool`
 * connections for requests plus `queue` for pg-boss and `listener` for the session cache's LISTEN (issue 28); the cluster primary (RATY_WORKERS > 1) holds `primary` more.
 * The sum over all processes of all machines must stay within PostgreSQL's `max_connections`, minus the connections
 * reserved for superusers and a `reserve` for maintenance (psql, backups, migrations of the next release).
 */
export interface ConnectionBudget {
  /** app processes on this machine (RATY_WORKERS) */
  processes: number;
  /** app processes on other machines sharing the database (RATY_OTHER_PROCESSES, default 0) */
  otherProcesses: number;
  pool: number;
  queue: number;
  /** the session cache's listening connection (1; 0 with RATY_SESSION_CACHE=0) */
  listener: number;
  /** connections of the cluster primary itself (0 with one process) */
  primary: number;
  reserve: number;
}

export interface BudgetVerdict {
  ok: boolean;
  needed: number;
  available: number;
  maxConnections: number;
  superuserReserved: number;
  message: string;
}

function budgetNeeded(b: ConnectionBudget): number {
  return (b.processes + b.otherProcesses) * (b.pool + b.queue + b.listener) + b.primary;
}

/** Compares the budget with the server's settings; `message` says which figures to change when it does not fit. */
function judgeBudget(b: ConnectionBudget, maxConnections: number, superuserReserved: number): BudgetVerdict {
  const needed = budgetNeeded(b);
  const available = maxConnections - superuserReserved - b.reserve;
  const n = b.processes + b.otherProcesses;
  const formula = `${n} process${n === 1 ? '' : 'es'} × (pool ${b.pool} + queue ${b.queue}${b.listener ? ` + listener ${b.listener}` : ''})${b.primary ? ` + primary ${b.primary}` : ''} = ${needed}`;
  const limit = `PostgreSQL max_connections ${maxConnections} − superuser_reserved_connections ${superuserReserved} − reserve ${b.reserve} = ${available}`;
  return {
    ok: needed <= available,
    needed,
    available,
    maxConnections,
    superuserReserved,
    message:
      needed <= available
        ? `connection budget: ${formula} ≤ ${limit}`
        : `Connection budget exceeded: ${formula} connections > ${limit}. Lower RATY_WORKERS or RATY_DB_POOL, or raise max_connections (or lower RATY_DB_RESERVE).`,
  };
}

export async function checkConnectionBudget(sql: Sql, b: ConnectionBudget): Promise<BudgetVerdict> {
  const [r] = await sql<{ max: string; reserved: string }[]>`
    select current_setting('max_connections') as max, current_setting('superuser_reserved_connections') as reserved`;
  return judgeBudget(b, Number(r.max), Number(r.reserved));
}
