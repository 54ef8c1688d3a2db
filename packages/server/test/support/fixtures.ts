import { buildSchedule, generatePesel, mulberry32, type ScheduleTerms } from '@raty/domain';
import type { DbHandle } from '../../src/db/client.js';

let counter = 0;

/** Inserts a receivable kind (if missing), a borrower, a debtor file, a loan and its INITIAL schedule. */
export async function createLoan(
  db: DbHandle,
  terms: Partial<ScheduleTerms> & { penaltyRate?: string; status?: string } = {},
): Promise<{ loanId: string; fileId: string; partyId: string; lines: ReturnType<typeof buildSchedule>['lines'] }> {
  const { sql } = db;
  const t: ScheduleTerms = {
    principal: '12000.00',
    annualRate: '12',
    installments: 12,
    disbursementDate: '2026-01-15',
    firstDueDate: '2026-02-15',
    method: 'ANNUITY',
    dayCount: '30/360',
    ...terms,
  };
  counter += 1;
  const rng = mulberry32(1000 + counter);
  const [kind] = await sql<{ id: string }[]>`insert into receivable_kinds (code, name) values ('TST', 'Test loans')
    on conflict (code) do update set name = excluded.name returning id`;
  const [party] = await sql<{ id: string }[]>`insert into parties (kind, first_name, last_name, national_id)
    values ('PERSON', 'Test', ${'Borrower' + counter}, ${generatePesel(rng, '1980-05-05', 'M')}) returning id`;
  const [{ n }] = await sql<{ n: number }[]>`select coalesce(max(number), 0)::int + 1 as n from debtor_files where receivable_kind_id = ${kind.id}`;
  const [file] = await sql<{ id: string }[]>`insert into debtor_files (receivable_kind_id, number) values (${kind.id}, ${n}) returning id`;
  await sql`insert into file_parties (file_id, party_id, role) values (${file.id}, ${party.id}, 'BORROWER')`;
  const s = buildSchedule(t);
  const [loan] = await sql<{ id: string }[]>`insert into loans (file_id, number, principal, annual_rate, penalty_rate, method, day_count, installments_count,
      deferral_months, disbursement_date, first_due_date, repayment_account, status)
    values (${file.id}, ${'TST/' + n + '/' + counter}, ${t.principal}, ${t.annualRate}, ${terms.penaltyRate ?? '18.5'}, ${t.method}, ${t.dayCount}, ${t.installments},
      ${t.deferralMonths ?? 0}, ${t.disbursementDate}, ${t.firstDueDate}, 'PL61109010140000071219812874', ${terms.status ?? 'ACTIVE'}) returning id`;
  await sql`insert into schedule_versions (loan_id, version, reason, effective_date, terms) values (${loan.id}, 1, 'INITIAL', ${t.disbursementDate}, ${JSON.stringify(t)}::jsonb)`;
  for (const l of s.lines) {
    await sql`insert into installments (loan_id, version, number, due_date, principal, interest, accumulated_interest, total)
      values (${loan.id}, 1, ${l.number}, ${l.dueDate}, ${l.principal}, ${l.interest}, ${l.accumulatedInterest}, ${l.total})`;
  }
  return { loanId: loan.id, fileId: file.id, partyId: party.id, lines: s.lines };
}

/** Sum of decimal strings with 2 decimals, exact (bigint minor units). */
export function sumMoney(xs: string[]): string {
  let t = 0n;
  for (const x of xs) {
    const neg = x.startsWith('-');
    const [i, f = ''] = (neg ? x.slice(1) : x).split('.');
    const v = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
    t += neg ? -v : v;
  }
  const neg = t < 0n;
  const a = neg ? -t : t;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}
