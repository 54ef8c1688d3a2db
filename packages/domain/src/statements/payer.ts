/**
 * Who paid (issue 30 "payers who are not the borrower (recorded as such)"): a transfer for a loan may come from the
 * borrower, a co-borrower, or someone else (a family member, an employer, a debt adviser). The line and the payment
 * record which; a third party's transfer still repays the loan, but staff see it in the queue and on the payment.
 * Rule: the payer is a borrower when every word of a borrower's surname and the first name (or its initial) appear
 * among the words of the payer's name (any order, case and Polish/Slovak diacritics ignored), or — for a company — all
 * significant words of its name do; or when the payer's account is one that borrower paid from before. A line with no
 * payer name and no known account is UNKNOWN.
 */
export interface BorrowerName {
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  /** accounts this borrower is known to pay from (normalized, e.g. from earlier posted lines) */
  accounts?: readonly string[];
}

export type PayerRelation = 'BORROWER' | 'THIRD_PARTY' | 'UNKNOWN';

export interface PayerCheck {
  relation: PayerRelation;
  /** English explanation (the SPA shows the relation translated and the payer's name) */
  detail: string;
}

const COMPANY_NOISE = new Set(['SP', 'Z', 'O', 'OO', 'SA', 'SPOLKA', 'AKCYJNA', 'KOMANDYTOWA', 'JAWNA', 'SRO', 'AS', 'SK', 'SJ', 'SPK']);

function words(s: string | null | undefined): string[] {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

function nameMatches(payer: Set<string>, b: BorrowerName): boolean {
  if (b.companyName && !b.lastName) {
    const sig = words(b.companyName).filter((w) => w.length > 1 && !COMPANY_NOISE.has(w));
    return sig.length > 0 && sig.every((w) => payer.has(w));
  }
  const last = words(b.lastName);
  if (!last.length || !last.every((w) => payer.has(w))) return false;
  const first = words(b.firstName)[0];
  if (!first) return true;
  return payer.has(first) || payer.has(first[0]!);
}

/** Whether the payer of a transfer (name / account from the statement line) is one of the loan's borrowers. */
export function payerCheck(payer: { name: string | null; account: string | null }, borrowers: readonly BorrowerName[]): PayerCheck {
  const label = [payer.name, payer.account].filter(Boolean).join(', ');
  if (!payer.name && !payer.account) return { relation: 'UNKNOWN', detail: 'The statement names no payer' };
  if (!borrowers.length) return { relation: 'UNKNOWN', detail: 'The loan has no borrower on record' };
  const ws = new Set(words(payer.name));
  if (payer.name && borrowers.some((b) => nameMatches(ws, b))) return { relation: 'BORROWER', detail: `Paid by the borrower (${label})` };
  if (payer.account && borrowers.some((b) => b.accounts?.includes(payer.account!))) return { relation: 'BORROWER', detail: `Paid from an account the borrower paid from before (${label})` };
  if (!payer.name) return { relation: 'UNKNOWN', detail: `The statement names only the payer's account ${payer.account}` };
  const who = borrowers.map((b) => b.companyName ?? [b.firstName, b.lastName].filter(Boolean).join(' ')).join(', ');
  return { relation: 'THIRD_PARTY', detail: `Paid by ${label}, who is not the borrower (${who})` };
}
