/**
 * Bank statements (issue 30): the normalized form every format (MT940 dialects, camt.053) is mapped to.
 * Amounts are exact decimal strings (never JS numbers); a line's amount is positive, its direction says which way.
 */
import { DomainError } from '../loan/errors.js';

export type StatementFormat = 'MT940' | 'CAMT053';

export interface StatementLine {
  /** 1-based position of the line in the statement as received */
  ordinal: number;
  bookingDate: string;
  valueDate: string;
  direction: 'CREDIT' | 'DEBIT';
  /** positive decimal string, 2 decimals */
  amount: string;
  currency: string;
  /** the bank's reference of the transaction; null when the bank sent NONREF or none */
  bankReference: string | null;
  counterpartyName: string | null;
  /** the payer's (credit) or payee's (debit) account, normalized (PL: 26 digits, else IBAN) */
  counterpartyAccount: string | null;
  /** the account the money was credited to when the bank names it per line (individual / virtual repayment account) */
  creditedAccount: string | null;
  title: string;
  /** SK variable symbol (VS) when the bank gives one (camt.053 structured reference or /VS/ in the remittance text) */
  variableSymbol: string | null;
  transactionCode: string | null;
  /** the line's text exactly as received */
  raw: string;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** which bank mapping read it (e.g. MT940_PKO, MT940_MBANK, MT940_PL, CAMT053) */
  dialect: string;
  /** the statement's own account (normalized) */
  account: string;
  currency: string;
  /** statement number as the bank numbers it (MT940 :28C:, camt.053 LglSeqNb / ElctrncSeqNb); null when absent */
  statementNumber: string | null;
  /** numeric sequence used for the gap check (the part before "/" of :28C:), null when not numeric */
  sequence: number | null;
  /** signed decimal strings (a debit balance is negative) */
  openingBalance: string;
  openingDate: string;
  closingBalance: string;
  closingDate: string;
  lines: StatementLine[];
}

/** A statement that cannot be read: `field` names where (e.g. `statement.line[3].:61:`), `code` the rule. */
export class StatementError extends DomainError {}

/** Canonical account: spaces, dashes and a leading slash dropped; a PL IBAN reduced to its 26-digit NRB. */
export function normalizeAccount(value: string | null | undefined): string | null {
  if (!value) return null;
  let s = value.trim().replace(/^\/+/, '').replace(/[\s-]/g, '').toUpperCase();
  if (/^PL\d{26}$/.test(s)) s = s.slice(2);
  return s === '' ? null : s;
}
