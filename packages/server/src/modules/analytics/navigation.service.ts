import type { SqlHandle } from '../../db/client.js';

/** Reads behind the navigation fields (notice → file, notice → loans; moved out of navigation.resolver.ts). */

export type FileRow = { id: string; number: number; status: string; receivable_kind_id: string; code: string };

export async function filesByIds(sql: SqlHandle, ids: readonly string[]): Promise<FileRow[]> {
  return sql<FileRow[]>`select f.id, f.number, f.status, f.receivable_kind_id, k.code from debtor_files f
        join receivable_kinds k on k.id = f.receivable_kind_id where f.id = any(${ids as string[]}::uuid[])`;
}

export async function noticeLoanPairs(sql: SqlHandle, noticeIds: readonly string[]): Promise<{ notice_id: string; loan_id: string }[]> {
  return sql<{ notice_id: string; loan_id: string }[]>`
        select distinct ni.notice_id, ni.loan_id from notice_items ni where ni.notice_id = any(${noticeIds as string[]}::uuid[])`;
}
