import { formatMoney, parseMoney } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, NotFound } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { csvCell, type CellKind } from '../../lib/spreadsheet.js';
import { placeHold } from '../collection/index.js';
import { audit } from '../common/index.js';
import { loadLoan } from '../loans/index.js';
import type { ForbearanceMeasure, ForbearanceStatus, HandoverKind, LoanHandoverInput, LoanHandoverType, PreEnforcementRowType } from './forbearance.types.js';

/**
 * Hand-over of a loan to hard collection or enforcement (issue 32). The system had no such event before; it is the
 * `loan_handovers` row written here, with a HARD_COLLECTION hold on the loan (out of soft collection from then on).
 * Directive 2023/2225 art. 35: forbearance comes before enforcement, so a loan with an open forbearance case cannot be
 * handed over, and a loan on which no forbearance was ever offered needs the reason why none was.
 */
export async function handOverLoan(ctx: Context, input: LoanHandoverInput): Promise<LoanHandoverType> {
  const reason = (input.noForbearanceReason ?? '').trim() || null;
  const note = (input.note ?? '').trim() || null;
  if (reason && reason.length > 2000) throw BadUserInput.field('input.noForbearanceReason', 'maxLength', 'noForbearanceReason must be at most 2000 characters', { max: 2000 });
  const today = businessDate();
  return ctx.sql.begin(async (tx) => {
    const loan = await loadLoan(tx, input.loanId, { forUpdate: true });
    if (!loan) throw new NotFound('Loan');
    const [c] = await tx<{ open: number; offered: number }[]>`
      select count(*) filter (where status in ('REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE'))::int as open,
             count(*) filter (where offered_on is not null)::int as offered
        from forbearance_cases where loan_id = ${loan.id}`;
    if (c!.open > 0) throw new Conflict('The loan has an open forbearance case; end it (refused, withdrawn, completed or broken) before handing the loan over');
    if (c!.offered === 0 && !reason)
      throw BadUserInput.field('input.noForbearanceReason', 'requiredWithoutForbearance', 'No forbearance was offered on this loan: say why none was offered before handing it over');
    const [dup] = await tx`select id from loan_handovers where loan_id = ${loan.id} and kind = ${input.kind}`;
    if (dup) throw new Conflict(`The loan was already handed over (${input.kind})`);
    const by = ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
    const [row] = await tx<{ id: string }[]>`
      insert into loan_handovers (loan_id, file_id, kind, handed_on, no_forbearance_reason, note, created_by)
      values (${loan.id}, ${loan.file_id}, ${input.kind}, ${today}, ${reason}, ${note}, ${by}) returning id`;
    await placeHold(tx, { fileId: loan.file_id, loanId: loan.id, reason: 'HARD_COLLECTION', sourceId: row!.id, since: today, note: input.kind, by });
    await audit(ctx, 'LOAN_HANDED_OVER', 'loan', loan.id, null, { kind: input.kind, handedOn: today, noForbearanceReason: reason }, tx);
    return { id: row!.id, loanId: loan.id, kind: input.kind, handedOn: today, noForbearanceReason: reason, note };
  });
}

interface ReportRow {
  loan_id: string;
  loan_number: string;
  file_number: string;
  borrower: string | null;
  kind: string;
  handed_on: string;
  no_forbearance_reason: string | null;
  cases: number;
  last_measure: string | null;
  last_status: string | null;
  last_offered_on: string | null;
  last_ended_on: string | null;
  last_end_note: string | null;
  charges: string;
  cap: string | null;
  currency: string;
}

/** What was considered, from the last case: the outcome the regulator asks about (offered, refused, broken, none). */
function considered(r: ReportRow): string {
  if (!r.cases) return 'NONE';
  switch (r.last_status) {
    case 'BROKEN':
      return 'BROKEN';
    case 'COMPLETED':
      return 'COMPLETED';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'REFUSED':
      return r.last_offered_on ? 'OFFER_DECLINED' : 'REFUSED';
    default:
      return r.last_offered_on ? 'OFFERED_ACCEPTED' : 'NONE';
  }
}

/**
 * The pre-enforcement report: every loan handed over (optionally between `from` and `to`, hand-over dates), with the
 * forbearance considered before (the last case, how many cases) or the reason none was offered, and the default
 * charges (fees) applied to the loan with its contract type's cap.
 */
export async function preEnforcementReport(sql: SqlHandle, f: { from?: string | null; to?: string | null }): Promise<PreEnforcementRowType[]> {
  const rows = await sql<ReportRow[]>`
    select h.loan_id, l.number as loan_number, concat_ws(' ', k.code, f.number) as file_number,
      (select coalesce(nullif(trim(p.company_name), ''), trim(concat_ws(' ', p.first_name, p.last_name)))
         from file_parties b join parties p on p.id = b.party_id where b.file_id = l.file_id and b.role = 'BORROWER' order by p.created_at, p.id limit 1) as borrower,
      h.kind, h.handed_on::text, h.no_forbearance_reason,
      (select count(*)::int from forbearance_cases c where c.loan_id = h.loan_id and c.requested_on <= h.handed_on) as cases,
      lc.offer->>'measure' as last_measure, lc.status as last_status, lc.offered_on::text as last_offered_on, lc.ended_on::text as last_ended_on, lc.end_note as last_end_note,
      (select coalesce(sum(i.fee), 0)::text from installments i where i.loan_id = l.id and i.version = l.schedule_version) as charges,
      (select fp.default_charge_cap::text from forbearance_policies fp where fp.contract_type_id = l.contract_type_id or fp.contract_type_id is null
        order by fp.contract_type_id nulls last limit 1) as cap,
      l.currency
    from loan_handovers h
    join loans l on l.id = h.loan_id
    join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
    left join lateral (select * from forbearance_cases c where c.loan_id = h.loan_id and c.requested_on <= h.handed_on order by c.requested_on desc, c.created_at desc limit 1) lc on true
    where ${f.from ? sql`h.handed_on >= ${f.from}` : sql`true`} and ${f.to ? sql`h.handed_on <= ${f.to}` : sql`true`}
    order by h.handed_on, l.number, h.kind`;
  return rows.map((r) => ({
    loanId: r.loan_id,
    loanNumber: r.loan_number,
    fileNumber: r.file_number,
    borrower: r.borrower ?? '—',
    kind: r.kind as HandoverKind,
    handedOn: r.handed_on,
    considered: considered(r),
    cases: r.cases,
    lastMeasure: r.last_measure as ForbearanceMeasure | null,
    lastStatus: r.last_status as ForbearanceStatus | null,
    lastOfferedOn: r.last_offered_on,
    lastEndedOn: r.last_ended_on,
    lastEndNote: r.last_end_note,
    noForbearanceReason: r.no_forbearance_reason,
    chargesApplied: formatMoney(parseMoney(r.charges)),
    chargeCap: r.cap,
    currency: r.currency,
  }));
}

const CSV_COLUMNS: { header: string; kind: CellKind; value: (r: PreEnforcementRowType) => string | number | null }[] = [
  { header: 'Numer umowy', kind: 'text', value: (r) => r.loanNumber },
  { header: 'Kartoteka', kind: 'text', value: (r) => r.fileNumber },
  { header: 'Dłużnik', kind: 'text', value: (r) => r.borrower },
  { header: 'Przekazanie', kind: 'text', value: (r) => r.kind },
  { header: 'Data przekazania', kind: 'date', value: (r) => r.handedOn },
  { header: 'Restrukturyzacja rozważona', kind: 'text', value: (r) => r.considered },
  { header: 'Liczba wniosków', kind: 'integer', value: (r) => r.cases },
  { header: 'Ostatni środek', kind: 'text', value: (r) => r.lastMeasure },
  { header: 'Status', kind: 'text', value: (r) => r.lastStatus },
  { header: 'Data oferty', kind: 'date', value: (r) => r.lastOfferedOn },
  { header: 'Data zakończenia', kind: 'date', value: (r) => r.lastEndedOn },
  { header: 'Uwagi', kind: 'text', value: (r) => r.lastEndNote },
  { header: 'Powód braku oferty', kind: 'text', value: (r) => r.noForbearanceReason },
  { header: 'Opłaty za opóźnienie', kind: 'money', value: (r) => r.chargesApplied },
  { header: 'Limit opłat', kind: 'money', value: (r) => r.chargeCap },
  { header: 'Waluta', kind: 'text', value: (r) => r.currency },
];

const quote = (v: string | null) => (v === null ? '' : /[;"\r\n]|^'/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The report as a CSV file in the "excel" dialect of the exports (BOM, ';', decimal comma, formulas neutralised). */
export function preEnforcementCsv(rows: PreEnforcementRowType[]): string {
  const lines = [CSV_COLUMNS.map((c) => c.header).join(';')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => quote(csvCell(c.kind, c.value(r), { decimalComma: true }))).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
