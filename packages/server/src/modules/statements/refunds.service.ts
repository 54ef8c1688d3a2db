/**
 * Refund of an overpayment (issue 30 "Unmatched queue"): recorded as an outgoing transfer request and exported as a
 * CSV file for the bank's bulk-transfer import. A request reserves part of the loan's overpayment held (as of the
 * business date): the requests not cancelled never add up to more than it, checked under the loan's lock. The ledger
 * is not touched by the request; the refund is booked when the outgoing transfer is on a statement.
 * CSV (Polish bank conventions, docs/statements.md "Refund file"): UTF-8 with a BOM, `;` between fields, decimal
 * comma, CRLF, a header row; text fields quoted when they hold `;`, `"` or a line break, and neutralised against
 * formula injection (lib/spreadsheet.ts).
 */
import { formatMoney, parseMoney, sumMoney, validateAmount, validateIban, validateNrb } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput, Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { neutraliseFormula } from '../../lib/spreadsheet.js';
import { audit } from '../common/index.js';
import { loadLoan, loanState } from '../loans/index.js';

export interface RefundRow {
  id: string;
  loan_id: string;
  line_id: string | null;
  amount: string;
  currency: string;
  beneficiary_name: string;
  beneficiary_account: string;
  title: string;
  status: 'REQUESTED' | 'EXPORTED' | 'CANCELLED';
  requested_on: string;
  requested_by: string;
  requested_at: Date;
  export_id: string | null;
  exported_by: string | null;
  exported_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  /** not a column: the loan's contract number, filled by the list */
  loan_number?: string | null;
}

export interface RefundInput {
  loanId: string;
  amount: string;
  beneficiaryName: string;
  beneficiaryAccount: string;
  title?: string | null;
  lineId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Elixir / bulk-transfer field limits: name and title 4 × 35 characters */
const MAX_NAME = 140;
const MAX_TITLE = 140;

function actorLabel(ctx: Pick<Context, 'actor'>): string {
  const a = ctx.actor;
  if (!a) return 'system';
  if (a.type === 'STAFF') return `staff:${a.userId}`;
  if (a.type === 'API_TOKEN') return `token:${a.tokenId}`;
  return `client:${a.clientAccountId}`;
}

/** The beneficiary's account: a Polish NRB (26 digits, also PL IBAN) or another country's IBAN, checksum verified. */
function beneficiaryAccountOf(value: string, issues: IssueCollector): string | null {
  const s = (value ?? '').replace(/[\s-]/g, '').toUpperCase();
  const r = /^(PL)?\d{26}$/.test(s) || !/^[A-Z]{2}/.test(s) ? validateNrb(value, 'input.beneficiaryAccount') : validateIban(value, 'input.beneficiaryAccount');
  if (!r.ok) {
    issues.addAll(r.issues);
    return null;
  }
  return r.value;
}

/** Records a refund request of (part of) the overpayment a loan holds; audited. */
export async function requestRefund(ctx: Context, input: RefundInput): Promise<RefundRow> {
  const issues = new IssueCollector();
  if (!UUID.test(input.loanId ?? '')) issues.add('input.loanId', 'id.format', 'Loan id is not a valid id');
  const amount = validateAmount(input.amount, { field: 'input.amount', allowZero: false });
  if (!amount.ok) issues.addAll(amount.issues);
  const name = (input.beneficiaryName ?? '').trim();
  if (!name) issues.add('input.beneficiaryName', 'required', "The beneficiary's name is required");
  else if (name.length > MAX_NAME) issues.add('input.beneficiaryName', 'maxLength', `The beneficiary's name may have at most ${MAX_NAME} characters`, { max: MAX_NAME });
  const account = beneficiaryAccountOf(input.beneficiaryAccount, issues);
  const title = (input.title ?? '').trim();
  if (title.length > MAX_TITLE) issues.add('input.title', 'maxLength', `The title may have at most ${MAX_TITLE} characters`, { max: MAX_TITLE });
  if (input.lineId && !/^\d{1,18}$/.test(input.lineId)) issues.add('input.lineId', 'id.format', 'Line id is not a valid id');
  issues.throwIfAny();
  const value = (amount as { value: string }).value;
  const today = businessDate();
  const by = actorLabel(ctx);
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    // the loan's lock: two requests on one loan see each other's reservation
    const loan = await loadLoan(tx, input.loanId, { forUpdate: true });
    if (!loan) throw new NotFound('Loan');
    if (input.lineId) {
      const [line] = await tx<{ id: string }[]>`select id from bank_statement_lines where id = ${input.lineId}`;
      if (!line) throw BadUserInput.field('input.lineId', 'statementLine.notFound', 'No such statement line');
    }
    const state = await loanState(tx, loan, today);
    const held = state.ledger.balances.overpaymentBalance;
    const [{ reserved }] = await tx<{ reserved: string }[]>`
      select coalesce(sum(amount), 0)::text as reserved from refund_requests where loan_id = ${loan.id} and status in ('REQUESTED', 'EXPORTED')`;
    const available = parseMoney(held) - parseMoney(reserved);
    if (parseMoney(value) > available) {
      const free = formatMoney(available < 0n ? 0n : available);
      throw BadUserInput.field(
        'input.amount',
        'refund.exceedsOverpayment',
        `The refund of ${value} ${loan.currency} is more than the overpayment available, ${free} ${loan.currency} (held ${held}, already requested ${formatMoney(parseMoney(reserved))})`,
        { amount: value, available: free, held, reserved: formatMoney(parseMoney(reserved)), currency: loan.currency },
      );
    }
    const [row] = await tx<RefundRow[]>`
      insert into refund_requests (loan_id, line_id, amount, currency, beneficiary_name, beneficiary_account, title, requested_on, requested_by)
      values (${loan.id}, ${input.lineId ?? null}, ${value}, ${loan.currency}, ${name}, ${account!}, ${title || `Zwrot nadpłaty, umowa ${loan.number}`}, ${today}, ${by})
      returning *`;
    await audit(ctx, 'REQUEST_REFUND', 'refund_request', row.id, null, { loanId: loan.id, amount: value, currency: loan.currency, beneficiaryAccount: account, held, reservedBefore: reserved }, tx);
    return row;
  });
}

/** Cancels a refund request not exported yet; audited. */
export async function cancelRefund(ctx: Context, id: string, reason: string): Promise<RefundRow> {
  if (!UUID.test(id ?? '')) throw BadUserInput.field('id', 'id.format', 'Refund request id is not a valid id');
  if (!reason?.trim()) throw BadUserInput.field('reason', 'required', 'A reason is required to cancel a refund request');
  if (reason.length > 500) throw BadUserInput.field('reason', 'maxLength', 'Reason may have at most 500 characters', { max: 500 });
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const [r] = await tx<RefundRow[]>`select * from refund_requests where id = ${id} for update`;
    if (!r) throw new NotFound('Refund request');
    if (r.status !== 'REQUESTED') throw new Conflict(`The refund request is ${r.status}; only requests not exported yet can be cancelled`, { status: r.status });
    const [after] = await tx<RefundRow[]>`update refund_requests set status = 'CANCELLED', cancelled_by = ${actorLabel(ctx)}, cancel_reason = ${reason.trim()} where id = ${id} returning *`;
    await audit(ctx, 'CANCEL_REFUND', 'refund_request', id, { status: r.status }, { status: 'CANCELLED', reason: reason.trim() }, tx);
    return after;
  });
}

export async function listRefunds(sql: SqlHandle, f: { status?: string | null; loanId?: string | null; limit?: number | null }): Promise<RefundRow[]> {
  if (f.loanId && !UUID.test(f.loanId)) throw BadUserInput.field('filter.loanId', 'id.format', 'Loan id is not a valid id');
  const limit = Math.min(Math.max(f.limit ?? 200, 1), 1000);
  return sql<RefundRow[]>`select r.*, l.number as loan_number from refund_requests r join loans l on l.id = r.loan_id
    where (${f.status ?? null}::text is null or r.status = ${f.status ?? null}) and (${f.loanId ?? null}::uuid is null or r.loan_id = ${f.loanId ?? null}::uuid)
    order by r.requested_at desc, r.id limit ${limit}`;
}

/** Columns of the refund file, in order (docs/statements.md "Refund file"). */
const REFUND_CSV_COLUMNS = ['Rachunek odbiorcy', 'Nazwa odbiorcy', 'Kwota', 'Waluta', 'Tytuł', 'Data', 'Referencja'] as const;

function field(s: string): string {
  const v = neutraliseFormula(s);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** 1234.50 → 1234,50 (decimal comma, no thousands separator: what bank importers read). */
const decimalComma = (amount: string) => amount.replace('.', ',');

function refundCsv(rows: Pick<RefundRow, 'id' | 'beneficiary_account' | 'beneficiary_name' | 'amount' | 'currency' | 'title'>[], date: string): string {
  const lines = [REFUND_CSV_COLUMNS.join(';')];
  for (const r of rows) lines.push([r.beneficiary_account, r.beneficiary_name, decimalComma(r.amount), r.currency, r.title, date, r.id].map(field).join(';'));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export interface RefundExport {
  exportId: string | null;
  fileName: string;
  csv: string;
  count: number;
  total: string;
  currency: string;
}

/**
 * Exports every REQUESTED refund of a currency as one CSV file and marks them EXPORTED under one export id, in one
 * transaction (a request is in one file only); audited with the ids and the total. Nothing to export → an empty file
 * (header only), nothing marked.
 */
export async function exportRefunds(ctx: Context, currency: string): Promise<RefundExport> {
  if (!/^[A-Z]{3}$/.test(currency ?? '')) throw BadUserInput.field('currency', 'currency.format', 'Currency must be an ISO 4217 code (3 capital letters)');
  const today = businessDate();
  const by = actorLabel(ctx);
  return ctx.sql.begin(async (txRaw) => {
    const tx = txRaw;
    const rows = await tx<RefundRow[]>`select * from refund_requests where status = 'REQUESTED' and currency = ${currency} order by requested_at, id for update`;
    const total = rows.length ? sumMoney(rows.map((r) => r.amount)) : '0.00';
    const fileName = `raty-zwroty-${currency}-${today}.csv`;
    if (!rows.length) return { exportId: null, fileName, csv: refundCsv([], today), count: 0, total, currency };
    const [{ id: exportId }] = await tx<{ id: string }[]>`select gen_random_uuid()::text as id`;
    await tx`update refund_requests set status = 'EXPORTED', export_id = ${exportId}, exported_by = ${by}, exported_at = now()
      where id = any(${rows.map((r) => r.id)}::uuid[])`;
    await audit(ctx, 'EXPORT_REFUNDS', 'refund_export', exportId, null, { currency, count: rows.length, total, ids: rows.map((r) => r.id), fileName }, tx);
    return { exportId, fileName, csv: refundCsv(rows, today), count: rows.length, total, currency };
  });
}
