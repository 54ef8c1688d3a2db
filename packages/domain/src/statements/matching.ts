/**
 * Matching a statement line to a loan (issue 30 "Matching"), rules in order, each decision with its reason:
 *  1. the credited account is a loan's individual repayment account;
 *  2. SK: the variable symbol is a contract's VS;
 *  3. the title names a loan number or a file number (tolerant of spaces, slashes, dashes and prefixes such as
 *     "umowa nr");
 *  4. the payer's account (learnt from earlier matched transfers) or a PESEL in the title belongs to exactly one
 *     borrower with exactly one active loan;
 *  5. otherwise unmatched — also debit lines (returns), loans closed, written off or not yet disbursed, another
 *     currency. An amount above the payoff is refused by the payment service's overpayment guard at posting.
 * Pure: the server looks every candidate key up set-based (one query per rule for the whole statement) and hands
 * the answers in as maps.
 */
import { validatePesel } from '../validators/ids.js';
import type { StatementLine } from './types.js';

export interface LoanRef {
  loanId: string;
  loanNumber: string;
  status: string;
  currency: string;
}

export interface MatchLookups {
  /** normalized repayment account → loan */
  byRepaymentAccount: ReadonlyMap<string, LoanRef>;
  /** VS → loan */
  byVariableSymbol: ReadonlyMap<string, LoanRef>;
  /** number key (see numberKeys) → loans with that loan number, or the loans of the file with that file number */
  byNumberKey: ReadonlyMap<string, { kind: 'LOAN' | 'FILE'; loans: LoanRef[] }>;
  /** payer account → borrowers known to pay from it, each with their loans */
  byPayerAccount: ReadonlyMap<string, { partyId: string; loans: LoanRef[] }[]>;
  /** PESEL → borrowers with that PESEL, each with their loans */
  byPesel: ReadonlyMap<string, { partyId: string; loans: LoanRef[] }[]>;
}

export type MatchRule = 'REPAYMENT_ACCOUNT' | 'VARIABLE_SYMBOL' | 'TITLE_NUMBER' | 'PAYER_ACCOUNT' | 'PESEL';

export interface MatchDecision {
  matched: boolean;
  loan: LoanRef | null;
  rule: MatchRule | null;
  /** stable reason code (SPA translates it) */
  reason: string;
  /** English explanation with the figures */
  detail: string;
  /** loans worth showing in the unmatched queue */
  candidates: LoanRef[];
}

const ACTIVE = new Set(['ACTIVE', 'TERMINATED']);

const NUMBER_TOKEN = /(?<![A-Z])[A-Z]{2,5}[\s/\-.:#_]*\d(?:[\d\s/\-.]*\d)?/g;
const ANY_DIGIT = /\d/;

/** Keys of loan / file numbers named in a title: "GOT/2024/000123", "got 2024 000123", "umowa nr GOT-101" … */
export function numberKeys(title: string): string[] {
  // a number token holds a digit (upper-casing makes none): most titles without one are done here
  if (!ANY_DIGIT.test(title)) return [];
  const upper = title.toUpperCase();
  let out: Set<string> | null = null;
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(upper); m; m = NUMBER_TOKEN.exec(upper)) {
    const tok = m[0];
    const letters = /^[A-Z]+/.exec(tok)![0];
    const rest = tok.slice(letters.length).replace(/^[\s/\-.:#_]+/, '');
    // every cut at a separator: "GOT 101 12.2026" names GOT101 as well
    const groups = rest.split(/[\s/\-.]+/);
    out ??= new Set<string>();
    let key = letters;
    for (const g of groups) {
      key += g;
      out.add(key);
    }
  }
  return out ? [...out] : [];
}

/** Normalizes a loan or file number to its key (letters and digits only, upper case). */
export function numberKeyOf(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const PESEL_TOKEN = /(?<!\d)\d{11}(?!\d)/g;

/** Valid PESELs written in the title (11 digits with a correct check digit). */
export function peselsIn(title: string): string[] {
  const out: string[] = [];
  if (title.length < 11) return out;
  PESEL_TOKEN.lastIndex = 0;
  for (let m = PESEL_TOKEN.exec(title); m; m = PESEL_TOKEN.exec(title)) if (validatePesel(m[0]).ok) out.push(m[0]);
  return out;
}

function refuse(line: StatementLine, loan: LoanRef, rule: MatchRule, how: string): MatchDecision | null {
  if (loan.currency !== line.currency) {
    return {
      matched: false,
      loan: null,
      rule,
      reason: 'CURRENCY_MISMATCH',
      detail: `${how} ${loan.loanNumber}, but the loan is in ${loan.currency} and the transfer in ${line.currency}`,
      candidates: [loan],
    };
  }
  if (loan.status === 'REPAID' || loan.status === 'WRITTEN_OFF') {
    return {
      matched: false,
      loan: null,
      rule,
      reason: loan.status === 'REPAID' ? 'LOAN_CLOSED' : 'LOAN_WRITTEN_OFF',
      detail: `${how} ${loan.loanNumber}, which is ${loan.status === 'REPAID' ? 'repaid (closed)' : 'written off'}`,
      candidates: [loan],
    };
  }
  if (loan.status === 'TO_BE_DISBURSED') {
    return { matched: false, loan: null, rule, reason: 'LOAN_NOT_DISBURSED', detail: `${how} ${loan.loanNumber}, which is not disbursed yet`, candidates: [loan] };
  }
  return null;
}

function hit(line: StatementLine, loan: LoanRef, rule: MatchRule, how: string): MatchDecision {
  return refuse(line, loan, rule, how) ?? { matched: true, loan, rule, reason: rule, detail: `${how} ${loan.loanNumber}`, candidates: [loan] };
}

function viaBorrowers(line: StatementLine, owners: { partyId: string; loans: LoanRef[] }[], rule: MatchRule, what: string): MatchDecision | null {
  const parties = [...new Set(owners.map((o) => o.partyId))];
  const all = owners.flatMap((o) => o.loans);
  if (parties.length !== 1) {
    return { matched: false, loan: null, rule, reason: 'SEVERAL_BORROWERS', detail: `${what} belongs to ${parties.length} borrowers`, candidates: all };
  }
  const active = [...new Map(all.filter((l) => ACTIVE.has(l.status) && l.currency === line.currency).map((l) => [l.loanId, l])).values()];
  if (active.length === 1) return hit(line, active[0]!, rule, `${what} belongs to the borrower of`);
  return {
    matched: false,
    loan: null,
    rule,
    reason: active.length ? 'BORROWER_HAS_SEVERAL_LOANS' : 'BORROWER_HAS_NO_ACTIVE_LOAN',
    detail: `${what} belongs to a borrower with ${active.length} active loans`,
    candidates: all,
  };
}

/** `titleKeys` / `titlePesels`: the line's numberKeys / peselsIn when the caller computed them already. */
const none = (reason: string, detail: string, candidates: LoanRef[] = []): MatchDecision => ({ matched: false, loan: null, rule: null, reason, detail, candidates });

// the two decisions without figures, the same for every line they apply to (frozen: shared by many lines)
const DEBIT_LINE: MatchDecision = Object.freeze({ ...none('DEBIT_LINE', 'A debit (outgoing transfer or a return) is not a repayment'), candidates: Object.freeze([]) as unknown as LoanRef[] });
const NO_RULE_MATCHED: MatchDecision = Object.freeze({
  ...none('NO_RULE_MATCHED', 'No repayment account, variable symbol, loan or file number, known payer account or PESEL identifies a loan'),
  candidates: Object.freeze([]) as unknown as LoanRef[],
});

const byLengthDesc = (a: string, b: string) => b.length - a.length;

export function matchLine(line: StatementLine, statementAccount: string, lk: MatchLookups, pre: { titleKeys?: string[]; titlePesels?: string[] } = {}): MatchDecision {
  if (line.direction === 'DEBIT') return DEBIT_LINE;

  // 1. individual repayment account (the line's credited account, else the statement's own account)
  const credited = line.creditedAccount ? lk.byRepaymentAccount.get(line.creditedAccount) : undefined;
  if (credited) return hit(line, credited, 'REPAYMENT_ACCOUNT', `Credited account ${line.creditedAccount} is the repayment account of`);
  const own = statementAccount ? lk.byRepaymentAccount.get(statementAccount) : undefined;
  if (own) return hit(line, own, 'REPAYMENT_ACCOUNT', `Credited account ${statementAccount} is the repayment account of`);
  // 2. SK variable symbol
  if (line.variableSymbol) {
    const loan = lk.byVariableSymbol.get(line.variableSymbol);
    if (loan) return hit(line, loan, 'VARIABLE_SYMBOL', `Variable symbol ${line.variableSymbol} is the VS of`);
  }
  // 3. loan / file number in the title (the longest key that names something wins)
  const named = pre.titleKeys ?? numberKeys(line.title);
  const keys = named.length > 1 ? [...named].sort(byLengthDesc) : named;
  for (const k of keys) {
    const found = lk.byNumberKey.get(k);
    if (!found) continue;
    if (found.kind === 'LOAN' && found.loans.length === 1) return hit(line, found.loans[0]!, 'TITLE_NUMBER', `The title names loan`);
    const active = found.loans.filter((l) => ACTIVE.has(l.status));
    if (found.kind === 'FILE' && active.length === 1) return hit(line, active[0]!, 'TITLE_NUMBER', `The title names file ${k}, whose one active loan is`);
    if (found.kind === 'FILE' && found.loans.length === 1) return hit(line, found.loans[0]!, 'TITLE_NUMBER', `The title names file ${k}, whose loan is`);
    return none('FILE_HAS_SEVERAL_LOANS', `The title names file ${k}, which has ${active.length} active loans`, found.loans);
  }
  // 4. payer account / PESEL → exactly one borrower with one active loan
  if (line.counterpartyAccount) {
    const owners = lk.byPayerAccount.get(line.counterpartyAccount);
    if (owners?.length) {
      const d = viaBorrowers(line, owners, 'PAYER_ACCOUNT', `Payer account ${line.counterpartyAccount}`);
      if (d) return d;
    }
  }
  for (const pesel of pre.titlePesels ?? peselsIn(line.title)) {
    const owners = lk.byPesel.get(pesel);
    if (owners?.length) {
      const d = viaBorrowers(line, owners, 'PESEL', `PESEL ${pesel} in the title`);
      if (d) return d;
    }
  }
  return NO_RULE_MATCHED;
}
