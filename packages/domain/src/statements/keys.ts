/**
 * Exactly-once keys of statement lines (issue 30): the same statement twice, or overlapping statements, must post
 * nothing twice. A line with a bank reference is keyed on reference + account + booking date + direction and amount;
 * a NONREF line on account, booking date, amount, counterparty, title and its ordinal among identical lines of the
 * statement (two equal NONREF transfers on one day are two payments; the same two in an overlapping statement are
 * the same two).
 */
import type { StatementLine } from './types.js';

function norm(s: string | null | undefined): string {
  return (s ?? '').toUpperCase().replace(/\s+/g, ' ').trim();
}

function base(account: string, l: StatementLine): string {
  return [account, l.bookingDate, l.direction === 'CREDIT' ? 'C' : 'D', l.amount, l.currency].join('|');
}

/** The key of every line, in order (the server stores its SHA-256 under a unique constraint). */
export function lineKeys(account: string, lines: readonly StatementLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    if (l.bankReference) return `R|${base(account, l)}|${l.bankReference.trim().toUpperCase()}`;
    const k = `N|${base(account, l)}|${l.counterpartyAccount ?? ''}|${norm(l.counterpartyName)}|${norm(l.title)}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${k}|${n}`;
  });
}
