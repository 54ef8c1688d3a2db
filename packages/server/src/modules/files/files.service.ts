import type postgres from 'postgres';
import type { Db, SqlHandle } from '../../db/client.js';
import { receivableKinds } from '../../db/schema/index.js';
import { jsonColumn } from '../../db/json.js';
import { NotFound } from '../../graphql/errors.js';
import { PartyRoleEnum, type DebtorFileType, type ReceivableKindType } from './files.types.js';
import { toPartyType } from './files.mappers.js';
import { decodeCursor, encodeCursor } from '../common/index.js';
import { businessDate } from '../../lib/business-date.js';

export interface FileRow {
  id: string;
  number: number;
  status: string;
  receivable_kind_id: string;
  code: string;
}

export type SearchIntent =
  { kind: 'fileNumber'; code: string; number: number } | { kind: 'digits'; value: string; number: number | null; nationalIdPrefix: boolean } | { kind: 'name'; words: string[] } | { kind: 'all' };

/** Shortest digit string searched as the prefix of a national id (PESEL "601123" = born 1960-11-23). */
const NATIONAL_ID_PREFIX_MIN = 6;

/**
 * Interprets the single search box (issue 26, docs/files.md "Search"):
 * - a kind code and a number, with or without a space or dash ("GOK 135", "gok135", "GOK-135") → that file;
 * - 1–5 digits → the file number (any kind); 6–8 digits → the file number or a national id prefix; 9–11 digits (spaces,
 *   dashes and the Slovak slash ignored) → a national id prefix (a whole PESEL / rodné číslo is its own prefix);
 * - anything else → up to 4 words, each the prefix of a name of one party of the file, case and diacritics ignored.
 */
function parseSearch(search: string | null | undefined): SearchIntent {
  const s = (search ?? '').trim();
  if (!s) return { kind: 'all' };
  // the code is the shortest letter-led run before the digits: "gok135" is GOK 135, not GOK13 5
  const fileWithKind = /^([A-Za-z][A-Za-z0-9]{0,11}?)\s*-?\s*(\d{1,9})$/.exec(s);
  if (fileWithKind) return { kind: 'fileNumber', code: fileWithKind[1].toUpperCase(), number: Number(fileWithKind[2]) };
  const digits = s.replace(/[\s/-]/g, '');
  if (/^\d{1,11}$/.test(digits)) {
    return { kind: 'digits', value: digits, number: digits.length <= 8 ? Number(digits) : null, nationalIdPrefix: digits.length >= NATIONAL_ID_PREFIX_MIN };
  }
  const words = s
    .split(/\s+/)
    .map((w) => w.replace(/[%_\\]/g, ''))
    .filter(Boolean)
    .slice(0, 4);
  return words.length ? { kind: 'name', words } : { kind: 'all' };
}

/** Keyset-paginated search of debtor files, ordered by kind code and number. */
export interface FileListFilter {
  currency?: string | null;
  status?: string | null;
  promisedFrom?: string | null;
  promisedTo?: string | null;
  daysPastDueMin?: number | null;
}

/** Per-file measures (alias f): the file's loans' current lines as of a date (the loan measures of docs/analytics.md, added up). */
function fileMeasureJoin(sql: SqlHandle, asOf: string) {
  return sql`cross join lateral (
    select count(distinct l.id)::int as loans,
           coalesce(sum(i.total - i.paid_principal - i.paid_interest), 0)::numeric(17,2) as outstanding,
           coalesce(sum(i.total - i.paid_principal - i.paid_interest) filter (where i.due_date < ${asOf}::date), 0)::numeric(17,2) as overdue,
           coalesce(${asOf}::date - min(i.due_date) filter (where i.due_date < ${asOf}::date and i.paid_principal + i.paid_interest < i.total), 0)::int as dpd
    from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version where l.file_id = f.id) fm`;
}

const FILE_SORTS: Record<string, string> = { OVERDUE_DESC: 'fm_overdue', OUTSTANDING_DESC: 'fm_outstanding', DAYS_PAST_DUE_DESC: 'fm_dpd' };

export async function searchFiles(
  sql: SqlHandle,
  opts: { search?: string | null; kindCode?: string | null; first: number; after?: string | null; more?: FileListFilter | null; sort?: string | null },
) {
  const intent = parseSearch(opts.search);
  const cursor = opts.sort && FILE_SORTS[opts.sort] ? null : (decodeCursor(opts.after, 2) as [string, number] | null);
  const kindCode = opts.kindCode?.trim().toUpperCase() || (intent.kind === 'fileNumber' ? intent.code : undefined);

  const conds = [sql`true`];
  if (kindCode) conds.push(sql`k.code = ${kindCode}`);
  if (intent.kind === 'fileNumber') conds.push(sql`f.number = ${intent.number}`);
  if (intent.kind === 'digits') {
    // one set of file ids from two indexed lookups (an OR of the two would scan every file)
    const byNumber = intent.number !== null ? sql`select f2.id from debtor_files f2 where f2.number = ${intent.number}` : null;
    const byNationalId = intent.nationalIdPrefix ? sql`select fp.file_id from parties p join file_parties fp on fp.party_id = p.id where p.national_id like ${intent.value + '%'}` : null;
    conds.push(byNumber && byNationalId ? sql`f.id in (${byNumber} union ${byNationalId})` : sql`f.id in (${byNumber ?? byNationalId!})`);
  }
  if (intent.kind === 'name') {
    // every word must prefix-match the last, first or company name of one party of the file (company names: anywhere,
    // by trigrams); both sides folded by raty_fold = lower(unaccent(…)) so that "Kaminski" finds "Kamiński" (migration 0031)
    const wordMatch = (w: string) =>
      sql`(raty_fold(p.last_name) like raty_fold(${w}) || '%' or raty_fold(p.first_name) like raty_fold(${w}) || '%' or raty_fold(p.company_name) like '%' || raty_fold(${w}) || '%')`;
    const all = intent.words.map(wordMatch).reduce((a, b) => sql`${a} and ${b}`);
    conds.push(sql`f.id in (select fp.file_id from parties p join file_parties fp on fp.party_id = p.id where ${all})`);
  }
  const m = opts.more;
  if (m?.currency) conds.push(sql`k.currency = ${m.currency.trim().toUpperCase()}`);
  if (m?.status) conds.push(sql`f.status = ${m.status.trim().toUpperCase()}`);
  if (m?.promisedFrom || m?.promisedTo) {
    conds.push(sql`exists (select 1 from notices n where n.file_id = f.id and n.promise_date is not null
      ${m.promisedFrom ? sql`and n.promise_date >= ${m.promisedFrom}` : sql``} ${m.promisedTo ? sql`and n.promise_date <= ${m.promisedTo}` : sql``})`);
  }
  if (m?.daysPastDueMin != null) {
    // the loan measure "days past due" (docs/analytics.md): as of the business date, from the stored lines
    conds.push(sql`exists (select 1 from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where l.file_id = f.id and i.due_date < ${businessDate()}::date and i.paid_principal + i.paid_interest < i.total
        and i.due_date <= ${businessDate()}::date - ${m.daysPastDueMin}::int)`);
  }
  const where = conds.reduce((a, b) => sql`${a} and ${b}`);
  const measureKey = opts.sort ? FILE_SORTS[opts.sort] : undefined;
  if (measureKey) return searchFilesByMeasure(sql, where, measureKey, opts.first, opts.after);
  const page = cursor ? sql`and (k.code, f.number) > (${cursor[0]}, ${cursor[1]})` : sql``;

  const [rows, [{ count }]] = await Promise.all([
    sql<FileRow[]>`
      select f.id, f.number, f.status, f.receivable_kind_id, k.code
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id
      where ${where} ${page}
      order by k.code, f.number
      limit ${opts.first + 1}`,
    sql<{ count: number }[]>`
      select count(*)::int as count
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id
      where ${where}`,
  ]);
  const hasNextPage = rows.length > opts.first;
  const nodes = rows.slice(0, opts.first);
  return {
    totalCount: count,
    hasNextPage,
    nodes,
    cursorOf: (r: FileRow) => encodeCursor([r.code, r.number]),
  };
}

/** debtorFiles sorted by a file measure, descending, ties by kind and number (keyset on the three). */
async function searchFilesByMeasure(sql: SqlHandle, where: postgres.PendingQuery<postgres.Row[]>, key: string, first: number, after: string | null | undefined) {
  const cursor = decodeCursor(after, 3) as [string | number, string, number] | null;
  const asOf = businessDate();
  const k = sql.unsafe(key === 'fm_dpd' ? 'fm_dpd' : `${key}::numeric`);
  const cast = sql.unsafe(key === 'fm_dpd' ? 'int' : 'numeric');
  const page = cursor ? sql`and (${k} < ${String(cursor[0])}::${cast} or (${k} = ${String(cursor[0])}::${cast} and (code, number) > (${cursor[1]}, ${cursor[2]})))` : sql``;
  const rows = await sql<(FileRow & { total_count: number; fm_overdue: string; fm_outstanding: string; fm_dpd: number })[]>`
    with m as materialized (
      select f.id, f.number, f.status, f.receivable_kind_id, k.code, fm.overdue::text as fm_overdue, fm.outstanding::text as fm_outstanding, fm.dpd as fm_dpd
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id ${fileMeasureJoin(sql, asOf)}
      where ${where})
    select (select count(*)::int from m) as total_count, p.* from (select 1) one
    left join lateral (select * from m where true ${page} order by ${k} desc, code, number limit ${first + 1}) p on true`;
  const found = rows.filter((r) => r.id != null);
  return {
    totalCount: rows[0]?.total_count ?? 0,
    hasNextPage: found.length > first,
    nodes: found.slice(0, first),
    cursorOf: (r: FileRow) => {
      const x = r as FileRow & Record<string, unknown>;
      return encodeCursor([x[key], r.code, r.number]);
    },
  };
}

type PreParty = Parameters<typeof toPartyType>[0] & { role: string; smsConsent: boolean };

/** A debtor file with its product and its parties (with the "has a consented mobile" flag), or null. */
export async function loadDebtorFile(sql: SqlHandle, id: string): Promise<DebtorFileType | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('Debtor file');
  // the file, its product and its parties (with the "has a consented mobile" flag) in one round trip
  const [r] = await sql<{ id: string; number: number; status: string; kind: ReceivableKindType | string; parties: PreParty[] | string }[]>`
    select f.id, f.number, f.status,
      json_build_object('id', k.id, 'code', k.code, 'name', k.name, 'currency', k.currency, 'method', k.method, 'dayCount', k.day_count) as kind,
      coalesce((select json_agg(json_build_object('role', fp.role, 'id', p.id, 'kind', p.kind, 'firstName', p.first_name, 'lastName', p.last_name,
          'companyName', p.company_name, 'nationalId', p.national_id, 'country', p.country, 'deathDate', p.death_date, 'bankruptcyDate', p.bankruptcy_date,
          'nonstopBanking', p.nonstop_banking,
          'smsConsent', exists (select 1 from contacts c where c.party_id = p.id and c.type = 'MOBILE' and c.sms_consent))
        order by case fp.role when 'BORROWER' then 0 when 'CO_BORROWER' then 1 when 'GUARANTOR' then 2 else 9 end)
        from file_parties fp join parties p on p.id = fp.party_id where fp.file_id = f.id), '[]') as parties
    from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${id}`;
  if (!r) return null;
  const kind = jsonColumn(r.kind);
  const parties = jsonColumn(r.parties);
  return {
    id: r.id,
    number: String(r.number),
    displayNumber: `${kind.code} ${r.number}`,
    status: r.status,
    receivableKindId: kind.id,
    preloaded: {
      kind,
      parties: parties.map((p) => ({ role: p.role as PartyRoleEnum, partyId: p.id, party: { ...toPartyType(p), smsConsentKnown: p.smsConsent } })),
    },
  };
}

export async function listReceivableKinds(db: Db): Promise<ReceivableKindType[]> {
  return db.select().from(receivableKinds).orderBy(receivableKinds.code);
}

/** Files' measures (their loans' measures added up) as of a date. */
export async function fileMeasureRows(
  sql: SqlHandle,
  ids: readonly string[],
  asOf: string,
): Promise<{ id: string; currency: string; loans: number; outstanding: string; overdue: string; dpd: number }[]> {
  return sql<{ id: string; currency: string; loans: number; outstanding: string; overdue: string; dpd: number }[]>`
          select f.id, k.currency, fm.loans, fm.outstanding::text as outstanding, fm.overdue::text as overdue, fm.dpd
          from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id ${fileMeasureJoin(sql, asOf)} where f.id = any(${ids as string[]}::uuid[])`;
}
