import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import {
  isSmsChannel,
  makeIssue,
  massGenerationRows,
  normaliseSmsText,
  noticeTotals,
  renderNotice,
  validateMassGenerationParams,
  type ContactReason,
  type MassFile,
  type MassGenerationParams,
  type NoticeChannel,
  type ValidationIssue,
} from '@raty/domain';
import type { Sql, SqlHandle } from '../../../db/client.js';
import type { Context } from '../../../graphql/context.js';
import { bulkCopy } from '../../../db/bulk.js';
import { businessDate } from '../../../lib/business-date.js';
import { auditTx, isUuid, staffUserId, throwIssues } from '../common.js';
import { fileItemsAsOf, reasonItemsAsOf, type FileItem } from '../items.js';
import { addressees } from '../notices/notices.service.js';
import { getTemplate } from '../templates/templates.service.js';
import type { CreateMassNoticesInput, MassParamsInput } from './mass.types.js';
import { changedFilesSince, takeSnapshot } from './changes.js';
import { dropPreparation, findPreparation, keepPreparation } from './preparations.js';
import { noActiveHold } from '../holds/holds.service.js';

function toDomainParams(p: MassParamsInput, preparationDate: string): MassGenerationParams {
  return {
    kindCode: p.kindCode?.trim().toUpperCase(),
    fileNumberFrom: p.fileNumberFrom?.trim() || null,
    fileNumberTo: p.fileNumberTo?.trim() || null,
    channel: (p.channel ?? 'SMS') as NoticeChannel,
    reason: p.reason as ContactReason,
    dueWithinDays: p.dueWithinDays ?? null,
    amountFrom: p.amountFrom ?? null,
    amountTo: p.amountTo ?? null,
    skipNoticeWithinDays: p.skipNoticeWithinDays ?? null,
    preparationDate,
  };
}

function intOrNull(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  return /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : null;
}

/**
 * Set-based pre-selection in SQL (COLL-6 / docs/domain-collection.md §7): files of the kind, in the number range,
 * without a notice created in [P − Y, P], with at least one not-departed party holding a consented MOBILE, and with an
 * installment matching the reason and the due-date window whose principal + interest is not fully paid. The amount
 * range and exact balances (penalty interest) need the loan engine, so they are checked afterwards on these candidates
 * only — by the domain's own `massGenerationRows`, the reference implementation.
 */
async function candidateFiles(sql: SqlHandle, p: MassGenerationParams): Promise<string[]> {
  const P = p.preparationDate;
  const from = intOrNull(p.fileNumberFrom),
    to = intOrNull(p.fileNumberTo);
  const X = p.dueWithinDays ?? null;
  const Y = p.skipNoticeWithinDays ?? null;
  const reasonCond = p.reason === 'OVERDUE' ? sql`i.due_date < ${P}::date` : p.reason === 'UPCOMING' ? sql`i.due_date >= ${P}::date` : sql`true`;
  const windowCond =
    X === null || p.reason === 'OTHER'
      ? sql`true`
      : p.reason === 'OVERDUE'
        ? sql`i.due_date between ${P}::date - ${X}::int and ${P}::date - 1`
        : sql`i.due_date between ${P}::date and ${P}::date + ${X}::int`;
  // principal + interest still unpaid (installments' paid cache, kept by the allocation replay). Penalty interest is
  // allocated first, so an installment whose principal and interest are paid has no unpaid penalty either.
  const unpaidCond = sql`i.principal + i.interest > i.paid_principal + i.paid_interest`;
  const rows = await sql<{ id: string }[]>`
    select f.id from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id
    where k.code = ${p.kindCode} and ${noActiveHold(sql, sql`f.id`)}
      and (${from}::int is null or f.number >= ${from}::int) and (${to}::int is null or f.number <= ${to}::int)
      and (${Y}::int is null or not exists (select 1 from notices n where n.file_id = f.id and n.created_on between ${P}::date - ${Y}::int and ${P}::date))
      and exists (select 1 from file_parties fp join parties pa on pa.id = fp.party_id
                  join contacts c on c.party_id = pa.id and c.type = ${p.channel === 'EMAIL' ? 'EMAIL' : 'MOBILE'} and c.sms_consent
                  where fp.file_id = f.id and pa.death_date is null and pa.bankruptcy_date is null)
      and exists (select 1 from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
                  where l.file_id = f.id and l.status <> 'TO_BE_DISBURSED' and ${reasonCond} and ${windowCond} and ${unpaidCond})
    order by f.number`;
  return rows.map((r) => r.id);
}

export interface PreparedRow {
  fileId: string;
  fileDisplayNumber: string;
  kindCode: string;
  kindName: string;
  /** ISO 4217 of the file's receivable kind: the currency of its items' amounts */
  currency: string;
  fileNumber: string;
  partyId: string;
  partyName: string;
  address: string | null;
  phone: string;
  /** channel EMAIL: the consented e-mail address */
  email: string | null;
  items: FileItem[];
}

/**
 * Files (as the domain's MassFile) with exact balances as of P: 4 queries for the engine + 3 for parties. Earlier
 * notices are only needed for the "no notice within Y days" rule: `skipNoticeWithinDays` = Y reads only those of
 * [P − Y, P], null reads none (the rule is off), undefined (default) reads all of them. With `reason`, the files carry
 * only the items the domain would consider for that reason (`massCandidateItems`: matching the reason, positive
 * amount), computed set-based from the caches (`reasonItemsAsOf`); without it, all items by the engine's replay
 * (`fileItemsAsOf`, the reference).
 */
export async function massFiles(
  sql: Sql,
  fileIds: string[],
  P: string,
  skipNoticeWithinDays?: number | null,
  reason?: ContactReason,
): Promise<{ files: MassFile[]; meta: Map<string, { number: number; code: string; kindName: string; currency: string }>; adr: Awaited<ReturnType<typeof addressees>> }> {
  if (!fileIds.length) return { files: [], meta: new Map(), adr: new Map() };
  const Y = skipNoticeWithinDays;
  // the parties' contacts and addresses are read as soon as the parties are known, while the items are computed
  const fpsQ = sql<{ file_id: string; party_id: string }[]>`select file_id, party_id from file_parties where file_id = any(${fileIds}::uuid[])`.execute();
  const adrQ = fpsQ.then((fps) => addressees(sql, [...new Set(fps.map((f) => f.party_id))], P));
  const [meta, fps, notes, items, adr] = await Promise.all([
    sql<
      { id: string; number: number; code: string; kind_name: string; currency: string; on_hold: boolean }[]
    >`select f.id, f.number, k.code, k.name as kind_name, k.currency, not ${noActiveHold(sql, sql`f.id`)} as on_hold
      from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = any(${fileIds}::uuid[])`,
    fpsQ,
    Y === null
      ? Promise.resolve([] as { file_id: string; created_on: string }[])
      : Y === undefined
        ? sql<{ file_id: string; created_on: string }[]>`select file_id, created_on from notices where file_id = any(${fileIds}::uuid[])`
        : sql<{ file_id: string; created_on: string }[]>`select file_id, created_on from notices where file_id = any(${fileIds}::uuid[]) and created_on between ${P}::date - ${Y}::int and ${P}::date`,
    reason ? reasonItemsAsOf(sql, fileIds, P, reason) : fileItemsAsOf(sql, fileIds, P),
    adrQ,
  ]);
  const group = <T extends { file_id: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.file_id);
      if (list) list.push(r);
      else m.set(r.file_id, [r]);
    }
    return m;
  };
  const fpsBy = group(fps),
    notesBy = group(notes);
  const files: MassFile[] = meta.map((m) => ({
    id: m.id,
    kindCode: m.code,
    fileNumber: String(m.number),
    parties: (fpsBy.get(m.id) ?? []).map((f) => {
      const a = adr.get(f.party_id)!;
      return { id: a.partyId, name: a.name, dateOfDeath: a.dateOfDeath, bankruptcyDate: a.bankruptcyDate, contacts: a.contacts };
    }),
    items: items.get(m.id) ?? [],
    noticeCreationDates: (notesBy.get(m.id) ?? []).map((n) => n.created_on),
    onHold: m.on_hold,
  }));
  return { files, meta: new Map(meta.map((m) => [m.id, { number: m.number, code: m.code, kindName: m.kind_name, currency: m.currency }])), adr };
}

/**
 * "Przygotuj dane": candidates in SQL, then exact balances (`reasonItemsAsOf`) and the rules of the domain on those
 * files only. With `onlyFiles` (createMassNotices) everything runs for the chosen files only, without the SQL
 * pre-selection: every rule of `massGenerationRows` is per file (the rows of a file do not depend on the other files)
 * and the pre-selection only drops files the domain's rules drop too.
 */
export async function prepareMass(sql: Sql, input: MassParamsInput, P = businessDate(), onlyFiles?: ReadonlySet<string>): Promise<PreparedRow[]> {
  const params = toDomainParams(input, P);
  throwIssues(validateMassGenerationParams(params), 'params');
  const ids = onlyFiles ? [...onlyFiles].filter(isUuid) : await candidateFiles(sql, params);
  const { files, meta, adr } = await massFiles(sql, ids, P, params.skipNoticeWithinDays ?? null, params.reason);
  return massGenerationRows(params, files).map((r) => {
    const m = meta.get(r.fileId)!;
    return {
      fileId: r.fileId,
      fileDisplayNumber: `${m.code} ${m.number}`,
      kindCode: m.code,
      kindName: m.kindName,
      currency: m.currency,
      fileNumber: r.fileNumber,
      partyId: r.partyId,
      partyName: r.partyName ?? '',
      address: adr.get(r.partyId)?.address ?? null,
      phone: r.phone,
      email: r.email ?? null,
      items: r.items as FileItem[],
    };
  });
}

/** The parameters as a key: equal keys = the same preparation (the business date included). */
function paramsKey(input: MassParamsInput, P: string): string {
  return JSON.stringify(toDomainParams(input, P));
}

/**
 * `prepareMass` kept for the creation (`preparations.ts`): the snapshot is taken before the first read, so the
 * creation can tell which files changed since (`changes.ts`).
 */
export async function prepareMassKept(ctx: Context, input: MassParamsInput, P = businessDate()): Promise<{ preparationId: string; rows: PreparedRow[] }> {
  const snapshot = await takeSnapshot(ctx.sql);
  const rows = await prepareMass(ctx.sql, input, P);
  const preparationId = keepPreparation({ userId: staffUserId(ctx), key: paramsKey(input, P), businessDate: P, snapshot, rows });
  return { preparationId, rows };
}

/**
 * The rows of the chosen files as of now, exactly as `prepareMass(…, chosen files)` would return them: the kept
 * preparation's rows of the files unchanged since its snapshot, the others (changed, or not in the preparation)
 * prepared again. The "no notice within Y days" rule reads notices, which the change log does not follow: it is
 * checked again for the reused files (a notice created since drops the file, as a new preparation would).
 */
async function currentRows(ctx: Context, input: CreateMassNoticesInput, params: MassGenerationParams, P: string): Promise<{ rows: PreparedRow[]; reused: number }> {
  const chosen = new Set(input.rows.map((r) => r.fileId).filter(isUuid));
  const prep = input.preparationId ? findPreparation(input.preparationId, staffUserId(ctx), paramsKey(input.params, P), P) : null;
  if (!prep) return { rows: await prepareMass(ctx.sql, input.params, P, chosen), reused: 0 };
  const changed = await changedFilesSince(ctx.sql, prep.snapshot);
  const prepared = new Set(prep.rows.map((r) => r.fileId));
  let reuse = changed === 'all' ? [] : prep.rows.filter((r) => chosen.has(r.fileId) && !changed.has(r.fileId));
  const Y = params.skipNoticeWithinDays ?? null;
  if (Y !== null && reuse.length) {
    const noticed = await ctx.sql<{ file_id: string }[]>`
      select distinct file_id from notices where file_id = any(${[...new Set(reuse.map((r) => r.fileId))]}::uuid[]) and created_on between ${P}::date - ${Y}::int and ${P}::date`;
    const drop = new Set(noticed.map((n) => n.file_id));
    reuse = reuse.filter((r) => !drop.has(r.fileId));
  }
  const again = new Set([...chosen].filter((f) => changed === 'all' || changed.has(f) || !prepared.has(f)));
  const fresh = again.size ? await prepareMass(ctx.sql, input.params, P, again) : [];
  return { rows: [...reuse, ...fresh], reused: new Set(reuse.map((r) => r.fileId)).size };
}

/**
 * A prepared row as the GraphQL MassRow. Items and totals are getters: a client that does not select them (a
 * 20k-row preparation has ~160k items) does not pay for mapping and summing them.
 */
export function rowOut(r: PreparedRow) {
  return {
    fileId: r.fileId,
    fileDisplayNumber: r.fileDisplayNumber,
    partyId: r.partyId,
    partyName: r.partyName,
    address: r.address,
    phone: r.phone,
    email: r.email,
    smsConsent: true,
    get items() {
      return r.items.map((i) => ({
        id: i.id,
        kindCode: i.kindCode,
        year: i.year,
        installmentNo: i.installmentNo,
        dueDate: i.dueDate,
        type: i.type ?? null,
        overdueBalance: i.overdueBalance,
        futureBalance: i.futureBalance,
        overpaymentBalance: i.overpaymentBalance,
        amount: i.amount,
        selected: true,
      }));
    },
    get totals() {
      return { ...noticeTotals(r.items), currency: r.currency };
    },
  };
}

const NOTICE_COLS = [
  'id:uuid',
  'file_id:uuid',
  'party_id:uuid',
  'reason:text',
  'channel:text',
  'created_on:date',
  'phone:text',
  'manual_phone:bool',
  'email:text',
  'subject:text',
  'text:text',
  'template_id:uuid',
  'addressee_name:text',
  'addressee_address:text',
  'addressee_consent:bool',
  'addressee_departed:bool',
  'total_amount:numeric',
  'created_by:uuid',
].map((s) => {
  const [name, type] = s.split(':');
  return { name, type };
});
const ITEM_COLS = [
  'notice_id:uuid',
  'loan_id:uuid',
  'installment_number:int',
  'kind_code:text',
  'year:int',
  'due_date:date',
  'item_type:text',
  'selected:bool',
  'overdue_balance:numeric',
  'future_balance:numeric',
  'overpayment_balance:numeric',
  'amount_due:numeric',
].map((s) => {
  const [name, type] = s.split(':');
  return { name, type };
});

/**
 * "Utwórz powiadomienia": the rows of the chosen files as of now (`currentRows`: the kept preparation for the files
 * unchanged since, prepared again otherwise; amounts are never taken from the client), keeps the chosen
 * party+file rows (and ticked items), renders the template for each and inserts all notices and items in ONE transaction
 * with two COPY statements. The notices are not sent.
 */
export async function createMassNotices(ctx: Context, input: CreateMassNoticesInput) {
  const P = businessDate();
  const params = toDomainParams(input.params, P);
  throwIssues(validateMassGenerationParams(params), 'input.params'); // named by this mutation's argument path
  const channel = params.channel as NoticeChannel;
  const issues: ValidationIssue[] = [];
  if (!input.rows.length) issues.push(makeIssue('input.rows', 'required', 'Choose at least one addressee'));
  let template: Awaited<ReturnType<typeof getTemplate>> | null = null;
  if (input.templateId) {
    template = await getTemplate(ctx.sql, input.templateId).catch(() => null);
    if (!template) issues.push(makeIssue('input.templateId', 'notFound', 'Template not found'));
    else if (template.reason !== params.reason) issues.push(makeIssue('input.templateId', 'notice.templateReason', 'The template is for another contact reason'));
  }
  const typed = input.text?.trim() ? input.text.trim() : null;
  if (!template && !typed && channel === 'SMS') issues.push(makeIssue('input.text', 'required', 'Choose a template or type the text of the SMS notices'));
  if (channel === 'EMAIL' && template && template.channel !== 'EMAIL') {
    issues.push(makeIssue('input.templateId', 'notice.templateChannel', 'E-mail notices need an e-mail template (with a subject)', { templateChannel: template.channel }));
  }
  throwIssues(issues);
  const { rows: prepared, reused } = await currentRows(ctx, input, params, P);
  const byKey = new Map(prepared.map((r) => [`${r.fileId}|${r.partyId}`, r]));
  const seen = new Set<string>();
  const chosen: { row: PreparedRow; items: FileItem[] }[] = [];
  input.rows.forEach((c, i) => {
    const key = `${c.fileId}|${c.partyId}`;
    const row = byKey.get(key);
    if (!row) return void issues.push(makeIssue(`input.rows[${i}]`, 'mass.rowNotQualified', 'The addressee does not qualify (any more) for these parameters'));
    if (seen.has(key)) return void issues.push(makeIssue(`input.rows[${i}]`, 'mass.duplicateRow', 'The addressee is chosen twice'));
    seen.add(key);
    let items = row.items;
    if (c.itemIds) {
      const known = new Set(items.map((x) => x.id));
      c.itemIds.forEach((id, k) => {
        if (!known.has(id)) issues.push(makeIssue(`input.rows[${i}].itemIds[${k}]`, 'notice.itemUnknown', 'Not an item of this row', { id }));
      });
      const sel = new Set(c.itemIds);
      items = items.filter((x) => sel.has(x.id));
    }
    chosen.push({ row, items });
  });
  throwIssues(issues);
  const userId = staffUserId(ctx);
  const noticeRows: unknown[][] = [];
  const itemRows: unknown[][] = [];
  for (const { row, items } of chosen) {
    const id = randomUUID();
    let text: string | null = typed;
    let subject: string | null = null;
    if (template) {
      const r = renderNotice(
        { channel, reason: params.reason, text: template.text, promiseAddendum: template.promise_addendum, subject: template.subject },
        {
          kindCode: row.kindCode,
          kindName: row.kindName,
          fileNumber: row.fileNumber,
          items: items.map((x) => ({ year: x.year, installmentNo: x.installmentNo, dueDate: x.dueDate, amount: x.amount })),
          promiseDate: null,
        },
      );
      text = r.text;
      subject = r.subject ?? null;
    } else if (text && isSmsChannel(channel)) text = normaliseSmsText(text).text;
    const total = items.reduce((s, x) => s.plus(x.amount), new Decimal(0)).toFixed(2);
    const isEmail = channel === 'EMAIL';
    noticeRows.push([
      id,
      row.fileId,
      row.partyId,
      params.reason,
      channel,
      P,
      isEmail ? null : row.phone,
      false,
      isEmail ? row.email : null,
      isEmail ? subject : null,
      text,
      template?.id ?? null,
      row.partyName,
      row.address,
      true,
      false,
      total,
      userId,
    ]);
    for (const x of items) itemRows.push([id, x.loanId, x.installmentNo, x.kindCode, x.year, x.dueDate, x.type ?? null, true, x.overdueBalance, x.futureBalance, x.overpaymentBalance, x.amount]);
  }
  const ids = noticeRows.map((r) => r[0] as string);
  await ctx.sql.begin(async (tx0) => {
    const tx = tx0;
    // one COPY each (the fastest path; one statement, so the statement-level triggers — registry totals, settlement —
    // run once)
    await bulkCopy(tx, 'notices', NOTICE_COLS, noticeRows);
    await bulkCopy(tx, 'notice_items', ITEM_COLS, itemRows);
    await auditTx(tx, ctx, 'MASS_CREATE', 'notice', null, null, { params, templateId: template?.id ?? null, ids });
  });
  if (input.preparationId) dropPreparation(input.preparationId);
  return { ids, count: ids.length, reusedFiles: reused };
}
