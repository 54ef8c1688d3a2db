/**
 * Exactly-once keys of statement lines (issue 30): the same statement twice, or overlapping statements, must post
 * nothing twice. A line with a bank reference is keyed on reference + account + booking date + direction and amount;
 * a NONREF line on account, booking date, amount, counterparty, title and its ordinal among identical lines of the
 * statement (two equal NONREF transfers on one day are two payments; the same two in an overlapping statement are
 * the same two).
 */
import type { StatementLine } from './types.js';

/** whitespace that collapsing changes: a run of two, or one that is not a plain space */
const ODD_SPACE = /\s\s|[^\S ]/;

function norm(s: string | null | undefined): string {
  if (!s) return '';
  const u = s.toUpperCase();
  return (ODD_SPACE.test(u) ? u.replace(/\s+/g, ' ') : u).trim();
}

function base(account: string, l: StatementLine): string {
  // as [...].join('|') writes them: a missing part is empty (the keys of statements stored before must not change)
  return `${account ?? ''}|${l.bookingDate ?? ''}|${l.direction === 'CREDIT' ? 'C' : 'D'}|${l.amount ?? ''}|${l.currency ?? ''}`;
}

/**
 * The key of every line, in order (the server stores its SHA-256 under a unique constraint). `digest` maps each key
 * as it is made (the server hashes it there: a 50,000-line statement then keeps 50,000 digests, not the keys too).
 */
export function lineKeys(account: string, lines: readonly StatementLine[], digest: (key: string) => string = (k) => k): string[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    if (l.bankReference) return digest(`R|${base(account, l)}|${l.bankReference.trim().toUpperCase()}`);
    const k = `N|${base(account, l)}|${l.counterpartyAccount ?? ''}|${norm(l.counterpartyName)}|${norm(l.title)}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return digest(`${k}|${n}`);
  });
}
