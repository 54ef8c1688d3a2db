import { type Rng } from '@raty/domain';
import type { DbHandle } from '../db/client.js';
import { bulkInsert, bulkJson } from '../db/bulk.js';
import { addDaysIso, rngUuid } from './util.js';
import { computeLoanState, type LoanStateInput } from '../modules/loans/index.js';

/** Payment behaviour of a generated loan. */
export type Behaviour = 'ON_TIME' | 'LATE' | 'PARTIAL' | 'OVERPAID' | 'STOPPED' | 'NEVER' | 'REPAID_EARLY';

export interface DemoLoan {
  loanId: string;
  behaviour: Behaviour;
  status: string;
  penaltyRate: string;
  lines: { number: number; dueDate: string; total: string; principal: string; interest: string; accumulatedInterest: string }[];
  terms: { principal: string; annualRate: string; disbursementDate: string };
}

const METHODS = ['BANK_TRANSFER', 'BANK_TRANSFER', 'BANK_TRANSFER', 'CREDIT_CARD', 'ONLINE_GATEWAY', 'CASH'];

/** Multiplies a 2-decimal string amount by a ratio in per-mille, rounding down to the grosz (exact, bigint). */
function scaleAmount(amount: string, perMille: number): string {
  const minor = BigInt(amount.replace('.', ''));
  const scaled = (minor * BigInt(perMille)) / 1000n;
  const s = scaled.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/**
 * Generates each loan's payments from its behaviour, then allocates them with the loan engine (the same code
 * the servicing module uses) and stores payments, allocation lines and installments' paid amounts set-based.
 */
export async function createDemoPayments(db: DbHandle, loans: DemoLoan[], opts: { rng: Rng; asOf: string }): Promise<number> {
  const { rng, asOf } = opts;
  const paymentRows: unknown[][] = [];
  const allocRows: unknown[][] = [];
  const paidRows: unknown[][] = [];
  // the loan status follows the ledger: REPAID exactly when nothing is owed any more
  const statusRows: unknown[][] = [];
  for (const loan of loans) {
    if (loan.behaviour === 'NEVER' || loan.status === 'TO_BE_DISBURSED') continue;
    const pays: { id: string; date: string; amount: string; method: string }[] = [];
    const due = loan.lines.filter((l) => l.dueDate <= asOf);
    const stopAfter = loan.behaviour === 'STOPPED' ? Math.floor(rng() * Math.max(1, due.length)) : Infinity;
    due.forEach((l, i) => {
      if (i >= stopAfter) return;
      let date = addDaysIso(l.dueDate, -Math.floor(rng() * 4));
      let amount = l.total;
      if (loan.behaviour === 'LATE') date = addDaysIso(l.dueDate, 3 + Math.floor(rng() * 35));
      if (loan.behaviour === 'PARTIAL') amount = scaleAmount(l.total, 400 + Math.floor(rng() * 450));
      if (loan.behaviour === 'OVERPAID' && i === due.length - 1) amount = scaleAmount(l.total, 1000 + 100 + Math.floor(rng() * 400));
      if (date > asOf) return;
      if (amount === '0.00' || amount === '.00') return;
      pays.push({ id: rngUuid(rng), date, amount, method: METHODS[Math.floor(rng() * METHODS.length)] });
    });
    if (!pays.length) {
      if (loan.status === 'REPAID') statusRows.push([loan.loanId, 'ACTIVE']);
      continue;
    }
    const input: LoanStateInput = {
      lines: loan.lines,
      penaltyRates: [{ from: loan.terms.disbursementDate, rate: loan.penaltyRate }],
      payments: pays.map((p) => ({ id: p.id, date: p.date, amount: p.amount })),
      asOf,
    };
    const state = computeLoanState(input);
    const owesNothing = /^0(\.0+)?$/.test(state.ledger.balances.totalOutstanding);
    if (loan.status === 'REPAID' && !owesNothing) statusRows.push([loan.loanId, 'ACTIVE']);
    if (loan.status === 'ACTIVE' && owesNothing) statusRows.push([loan.loanId, 'REPAID']);
    for (const p of pays) paymentRows.push([p.id, loan.loanId, p.date, p.amount, p.method, `seed-${p.id}`, 'seed']);
    for (const a of state.allocations) allocRows.push([a.paymentId, loan.loanId, a.installmentNumber, a.component, a.amount, a.kind, a.effectiveDate]);
    for (const i of state.installments) {
      if (i.paidPrincipal !== '0.00' || i.paidInterest !== '0.00') paidRows.push([loan.loanId, i.number, i.paidPrincipal, i.paidInterest, i.paidAt]);
    }
  }
  await bulkInsert(
    db.sql,
    'payments',
    [
      { name: 'id', type: 'uuid' },
      { name: 'loan_id', type: 'uuid' },
      { name: 'payment_date', type: 'date' },
      { name: 'amount', type: 'numeric' },
      { name: 'method', type: 'text' },
      { name: 'idempotency_key', type: 'text' },
      { name: 'created_by', type: 'text' },
    ],
    paymentRows,
  );
  await bulkInsert(
    db.sql,
    'payment_allocations',
    [
      { name: 'payment_id', type: 'uuid' },
      { name: 'loan_id', type: 'uuid' },
      { name: 'installment_number', type: 'int' },
      { name: 'component', type: 'text' },
      { name: 'amount', type: 'numeric' },
      { name: 'kind', type: 'text' },
      { name: 'effective_date', type: 'date' },
    ],
    allocRows,
    { chunk: 50_000 },
  );
  // paid amounts: one set-based UPDATE … FROM unnest per chunk
  await bulkJson(
    db.sql,
    `update installments i set paid_principal = (r->>2)::numeric, paid_interest = (r->>3)::numeric, paid_at = (r->>4)::date
     from json_array_elements($1::json) as r
     where i.loan_id = (r->>0)::uuid and i.version = 1 and i.number = (r->>1)::int`,
    paidRows,
  );
  await bulkJson(db.sql, `update loans l set status = r->>1 from json_array_elements($1::json) as r where l.id = (r->>0)::uuid`, statusRows);
  await db.sql`update debtor_files f set status = case when l.status = 'REPAID' then 'CLOSED' else 'ACTIVE' end
    from loans l where l.file_id = f.id and f.status <> (case when l.status = 'REPAID' then 'CLOSED' else 'ACTIVE' end)
      and not exists (select 1 from loans l2 where l2.file_id = f.id and l2.id <> l.id)`;
  return paymentRows.length;
}
