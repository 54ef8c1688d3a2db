/**
 * The demo MT940 statement (issue 30 walkthrough): generated from the demo portfolio, deterministic for a given
 * database and business date (loans taken in number order, amounts from their schedules). Pure text building lives
 * in `demoMt940Text`; `demoStatement` reads the few loans it needs.
 * Lines: 6 transfers to PL loans' individual repayment accounts (rule 1), 2 naming a loan number in the title with
 * spaces/dashes (rule 3), 1 with the borrower's PESEL (rule 4), and 4 for the queue: a repaid loan's account, a title
 * naming nothing, a transfer above the payoff, a return (debit).
 */
import { formatMoney, parseMoney } from '@raty/domain';
import type { SqlHandle } from '../../db/client.js';

/** The lender's collection account in the demo (mBank layout: bank number 1140). */
const DEMO_STATEMENT_ACCOUNT = '19114020040000330212345678';

export interface DemoLine {
  credit: boolean;
  amount: string;
  ref: string | null;
  creditedAccount: string | null;
  title: string;
  name: string;
  payerAccount: string | null;
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
const mt940Amount = (a: string) => a.replace('.', ',');

function chunks(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.length ? out : [''];
}

/** MT940 text in the mBank / ING layout (`~20…~25` title in 27-character pieces, `~32` name, `~38` payer IBAN). */
export function demoMt940Text(lines: DemoLine[], date: string, number: number): string {
  const total = lines.reduce((s, l) => s + (l.credit ? 1n : -1n) * parseMoney(l.amount), 0n);
  const d = yymmdd(date);
  const out = [':20:ST' + d + 'RATYDEMO', `:25:PL${DEMO_STATEMENT_ACCOUNT}`, `:28C:${number}/1`, `:60F:C${d}PLN0,00`];
  for (const l of lines) {
    out.push(`:61:${d}${d.slice(2)}${l.credit ? 'C' : 'D'}${mt940Amount(l.amount)}NTRFNONREF${l.ref ? `//${l.ref}` : ''}`);
    if (l.creditedAccount) out.push(l.creditedAccount);
    const title = chunks(l.title, 27)
      .slice(0, 6)
      .map((c, i) => `~2${i}${c}`)
      .join('');
    out.push(`:86:${l.credit ? '240' : '641'}~00${l.credit ? 'IBCWPRZELEW' : 'IBZWZWROT'}${title}~32${l.name.slice(0, 27)}${l.payerAccount ? `~38PL${l.payerAccount}` : ''}`);
  }
  out.push(`:62F:${total < 0n ? 'D' : 'C'}${d}PLN${mt940Amount(formatMoney(total < 0n ? -total : total))}`, '-');
  return out.join('\r\n') + '\r\n';
}

interface DemoLoan {
  id: string;
  number: string;
  repayment_account: string;
  status: string;
  installment: string;
  last_name: string | null;
  first_name: string | null;
  national_id: string | null;
  actives: number;
}

export async function demoStatement(sql: SqlHandle, date: string): Promise<string> {
  const loans = await sql<DemoLoan[]>`
    select l.id, l.number, l.repayment_account, l.status,
      -- a modest amount (≤ the first installment, at most 60.00): below the payoff of any running loan
      least(coalesce((select i.total from installments i where i.loan_id = l.id and i.version = l.schedule_version and i.number = 1), 60), 60.00)::numeric(15,2)::text as installment,
      p.last_name, p.first_name, p.national_id,
      (select count(*)::int from file_parties f2 join loans l2 on l2.file_id = f2.file_id where f2.party_id = p.id and f2.role in ('BORROWER', 'CO_BORROWER') and l2.status in ('ACTIVE', 'TERMINATED')) as actives
    from loans l join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER' join parties p on p.id = fp.party_id
    where l.currency = 'PLN' and l.disbursement_date <= ${date}::date and raty_account_key(l.repayment_account) ~ '^\\d{26}$'
    order by l.number limit 400`;
  const active = loans.filter((l) => l.status === 'ACTIVE');
  const repaid = loans.find((l) => l.status === 'REPAID');
  const single = active.filter((l) => l.actives === 1 && l.national_id);
  const name = (l: DemoLoan) => `${l.first_name ?? ''} ${l.last_name ?? ''}`.trim().toUpperCase();
  const lines: DemoLine[] = [];
  const used = new Set<string>();
  const take = (l: DemoLoan) => (used.add(l.id), l);
  for (const l of active.slice(0, 6).map(take)) {
    lines.push({
      credit: true,
      amount: l.installment,
      ref: `RD${yymmdd(date)}${String(lines.length + 1).padStart(4, '0')}`,
      creditedAccount: l.repayment_account.replace(/\s/g, ''),
      title: 'Rata',
      name: name(l),
      payerAccount: null,
    });
  }
  for (const l of active
    .filter((x) => !used.has(x.id))
    .slice(0, 2)
    .map(take)) {
    const spaced = l.number.replace(/\//g, ' ').replace(/-/, ' - ');
    lines.push({ credit: true, amount: l.installment, ref: null, creditedAccount: null, title: `Splata umowy nr ${spaced}`, name: name(l), payerAccount: null });
  }
  const p = single.find((x) => !used.has(x.id));
  if (p) {
    take(p);
    lines.push({ credit: true, amount: p.installment, ref: null, creditedAccount: null, title: `Wplata PESEL ${p.national_id}`, name: name(p), payerAccount: null });
  }
  if (repaid)
    lines.push({
      credit: true,
      amount: repaid.installment,
      ref: `RD${yymmdd(date)}9001`,
      creditedAccount: repaid.repayment_account.replace(/\s/g, ''),
      title: 'Rata',
      name: name(repaid),
      payerAccount: null,
    });
  lines.push({ credit: true, amount: '150.00', ref: null, creditedAccount: null, title: 'Przelew srodkow', name: 'JAN NIEZNANY', payerAccount: '50249000050000400036691234' });
  const big = active.find((x) => !used.has(x.id));
  if (big)
    lines.push({
      credit: true,
      amount: '999999.00',
      ref: `RD${yymmdd(date)}9002`,
      creditedAccount: big.repayment_account.replace(/\s/g, ''),
      title: 'Splata calosci',
      name: name(big),
      payerAccount: null,
    });
  lines.push({ credit: false, amount: '40.00', ref: `RD${yymmdd(date)}9003`, creditedAccount: null, title: 'Zwrot nadplaty', name: 'ANNA ZWROT', payerAccount: '67105014451000000012345678' });
  return demoMt940Text(lines, date, 1);
}
