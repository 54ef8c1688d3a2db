import type { SqlHandle } from '../../db/client.js';
import { LOAN_DATA_COLUMNS } from '../../graphql/loaders.js';
import type { ReceivableKindType } from '../files/index.js';
import type { LoanRow } from './loans.service.js';

/** Reads behind the loan's GraphQL fields (moved out of loans.resolver.ts: resolvers only map). */

export type LoanCodes = { contract_type: string | null; selling_channel: string | null };

/** Contract type and selling channel codes of loans, by loan id. */
export async function loanCodes(sql: SqlHandle, ids: readonly string[]): Promise<(LoanCodes & { id: string })[]> {
  return sql<(LoanCodes & { id: string })[]>`
        select l.id, ct.code as contract_type, sc.code as selling_channel from loans l
        left join contract_types ct on ct.id = l.contract_type_id left join selling_channels sc on sc.id = l.selling_channel_id
        where l.id = any(${ids as string[]}::uuid[])`;
}

/** The loans of a file with their schedule lines, payments, allocations and penalty rates (loaders.ts `takeLoanData`). */
export async function loansOfFileWithData(sql: SqlHandle, fileId: string): Promise<(LoanRow & Record<string, unknown>)[]> {
  return sql<(LoanRow & Record<string, unknown>)[]>`select l.*, ${sql.unsafe(LOAN_DATA_COLUMNS)} from loans l where l.file_id = ${fileId} order by l.number`;
}

export async function fileOfLoan(sql: SqlHandle, fileId: string): Promise<{ id: string; number: number; status: string; receivable_kind_id: string; code: string }> {
  const [f] = await sql<{ id: string; number: number; status: string; receivable_kind_id: string; code: string }[]>`
      select f.id, f.number, f.status, f.receivable_kind_id, k.code from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${fileId}`;
  return f;
}

export async function productOfFile(sql: SqlHandle, fileId: string): Promise<ReceivableKindType> {
  const [k] = await sql<
    ReceivableKindType[]
  >`select k.id, k.code, k.name, k.currency, k.method, k.day_count as "dayCount" from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${fileId}`;
  return k;
}

export async function scheduleVersionsOf(sql: SqlHandle, loanId: string): Promise<{ version: number; reason: string; effective_date: string; created_at: Date; note: string | null }[]> {
  return sql<{ version: number; reason: string; effective_date: string; created_at: Date; note: string | null }[]>`
      select version, reason, effective_date, created_at, terms->>'note' as note from schedule_versions where loan_id = ${loanId} order by version`;
}

/** The loan belongs to the client when the party is a borrower or co-borrower of the loan's file. */
export async function loanBelongsTo(sql: SqlHandle, loan: LoanRow, clientId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(clientId)) return false;
  const rows = await sql`select 1 from file_parties where file_id = ${loan.file_id} and party_id = ${clientId} and role in ('BORROWER', 'CO_BORROWER')`;
  return rows.length > 0;
}
