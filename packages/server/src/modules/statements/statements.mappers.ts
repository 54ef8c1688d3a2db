import type { LineRow, StatementCounts, StatementRow } from './statements.service.js';
import type { BankStatementType, RefundRequestType, StatementLineStatus, StatementLineType } from './statements.types.js';
import type { RefundRow } from './refunds.service.js';

export function toStatement(s: StatementRow, counts: StatementCounts): BankStatementType {
  return {
    id: s.id,
    format: s.format,
    dialect: s.dialect,
    account: s.account,
    currency: s.currency,
    statementNumber: s.statement_number,
    openingBalance: s.opening_balance,
    openingDate: s.opening_date,
    closingBalance: s.closing_balance,
    closingDate: s.closing_date,
    sequenceGap: s.sequence_gap,
    source: s.source,
    fileName: s.file_name,
    status: s.status,
    receivedAt: s.received_at,
    counts: { lines: counts.lines, newLines: counts.newLines, duplicates: counts.duplicates, posted: counts.posted, unmatched: counts.unmatched, other: counts.other },
  };
}

export function toLine(l: LineRow, loanNumber: string | null = null): StatementLineType {
  return {
    id: String(l.id),
    statementId: l.statement_id,
    ordinal: l.ordinal,
    bookingDate: l.booking_date,
    direction: l.direction,
    amount: l.amount,
    currency: l.currency,
    bankReference: l.bank_reference,
    counterpartyName: l.counterparty_name,
    counterpartyAccount: l.counterparty_account,
    creditedAccount: l.credited_account,
    title: l.title,
    variableSymbol: l.variable_symbol,
    raw: l.raw,
    status: l.status as StatementLineStatus,
    matchRule: l.match_rule,
    matchReason: l.match_reason,
    matchDetail: l.match_detail,
    loanId: l.loan_id,
    loanNumber,
    paymentId: l.payment_id,
    decidedBy: l.decided_by,
    note: l.note,
    payerRelation: l.payer_relation,
    payerDetail: l.payer_detail,
  };
}

export function toRefund(r: RefundRow): RefundRequestType {
  return {
    id: r.id,
    loanId: r.loan_id,
    loanNumber: r.loan_number ?? null,
    lineId: r.line_id,
    amount: r.amount,
    currency: r.currency,
    beneficiaryName: r.beneficiary_name,
    beneficiaryAccount: r.beneficiary_account,
    title: r.title,
    status: r.status,
    requestedOn: r.requested_on,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    exportId: r.export_id,
    exportedAt: r.exported_at,
    cancelReason: r.cancel_reason,
  };
}
