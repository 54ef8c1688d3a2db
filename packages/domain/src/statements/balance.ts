import { formatMoney, parseMoney } from '../money.js';
import { StatementError, type ParsedStatement } from './types.js';

export interface BalanceCheck {
  ok: boolean;
  opening: string;
  credits: string;
  debits: string;
  /** opening + credits − debits */
  computedClosing: string;
  /** the closing balance the bank stated */
  closing: string;
}

const CANONICAL_AMOUNT = /^\d+\.\d{2}$/;

/** Opening balance + Σ credits − Σ debits must equal the stated closing balance (issue 30 "Checks"). */
export function checkBalance(s: ParsedStatement): BalanceCheck {
  let credits = 0n;
  let debits = 0n;
  s.lines.forEach((l) => {
    // the parsers' canonical "123.45": its cents straight from the digits (exact); anything else through parseMoney
    const v = CANONICAL_AMOUNT.test(l.amount) ? BigInt(l.amount.slice(0, -3) + l.amount.slice(-2)) : parseMoney(l.amount, `statement.line[${l.ordinal}].amount`);
    if (l.direction === 'CREDIT') credits += v;
    else debits += v;
  });
  const opening = parseMoney(s.openingBalance, 'statement.openingBalance');
  const closing = parseMoney(s.closingBalance, 'statement.closingBalance');
  const computed = opening + credits - debits;
  return {
    ok: computed === closing,
    opening: formatMoney(opening),
    credits: formatMoney(credits),
    debits: formatMoney(debits),
    computedClosing: formatMoney(computed),
    closing: formatMoney(closing),
  };
}

/** Throws `statement.balanceMismatch` naming both figures when the balances do not add up. */
export function assertBalanced(s: ParsedStatement): BalanceCheck {
  const b = checkBalance(s);
  if (!b.ok) {
    throw new StatementError(
      'statement.balanceMismatch',
      'statement.closingBalance',
      `Opening balance ${b.opening} + credits ${b.credits} − debits ${b.debits} = ${b.computedClosing} ${s.currency}, but the statement's closing balance is ${b.closing} ${s.currency}`,
      { ...b, currency: s.currency },
    );
  }
  return b;
}

/** Statement-number gap: the previous statement of the account was `previous`, this one is `current`. */
export function sequenceGap(previous: number | null, current: number | null): { missingFrom: number; missingTo: number } | null {
  if (previous === null || current === null) return null;
  if (current <= previous + 1) return null;
  return { missingFrom: previous + 1, missingTo: current - 1 };
}
