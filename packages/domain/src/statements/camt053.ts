/**
 * ISO 20022 camt.053 (BkToCstmrStmt), versions .001.02 – .001.08 as SK/SEPA banks send them (issue 30). XML is read
 * by fast-xml-parser (values kept as strings: amounts and variable symbols never become JS numbers, leading zeros
 * survive); this file is only the mapping of the camt elements to statement lines.
 * VS (variabilný symbol): the structured creditor reference (`Strd/CdtrRefInf/Ref`, digits or `VS…`), the
 * end-to-end id in the Slovak form `/VS123/SS456/KS0308`, or `/VS/123` in the unstructured remittance text.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseMt940, variableSymbolIn } from './mt940.js';
import { StatementError, normalizeAccount, type ParsedStatement, type StatementLine } from './types.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['Stmt', 'Bal', 'Ntry', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
  processEntities: true,
});

function at(n: unknown, ...path: string[]): unknown {
  let cur = n;
  for (const p of path) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur)) cur = cur[0];
    cur = (cur as Node)[p];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

function text(n: unknown): string | null {
  if (n === null || n === undefined) return null;
  if (typeof n === 'string') return n.trim() || null;
  if (typeof n === 'object' && '#text' in (n as Node)) return String((n as Node)['#text']).trim() || null;
  return null;
}

function amountOf(n: unknown, field: string): { amount: string; currency: string | null } {
  const raw = text(n);
  const m = raw ? /^(\d+)(?:\.(\d{1,2}))?$/.exec(raw) : null;
  if (!m) throw new StatementError('statement.amount', field, `${field}: "${raw ?? ''}" is not an amount (digits, at most 2 decimals)`, { value: raw });
  const cur = typeof n === 'object' && n ? (((n as Node)['@Ccy'] as string | undefined) ?? null) : null;
  return { amount: `${m[1]!.replace(/^0+(?=\d)/, '')}.${((m[2] ?? '') + '00').slice(0, 2)}`, currency: cur };
}

function dateOf(n: unknown, field: string): string {
  const raw = text(at(n, 'Dt')) ?? text(at(n, 'DtTm'));
  if (!raw || !/^\d{4}-\d{2}-\d{2}/.test(raw)) throw new StatementError('statement.date', field, `${field}: a date is missing`, { value: raw });
  return raw.slice(0, 10);
}

function partyName(n: unknown): string | null {
  return text(at(n, 'Nm')) ?? text(at(n, 'Pty', 'Nm'));
}

function accountOf(n: unknown): string | null {
  return normalizeAccount(text(at(n, 'Id', 'IBAN')) ?? text(at(n, 'Id', 'Othr', 'Id')));
}

function vsFromStructured(strd: unknown): string | null {
  const ref = text(at(strd, 'CdtrRefInf', 'Ref'));
  if (!ref) return null;
  if (/^\d{1,10}$/.test(ref)) return ref.replace(/^0+(?=\d)/, '');
  return variableSymbolIn(ref);
}

function vsFromEndToEnd(e2e: string | null): string | null {
  if (!e2e) return null;
  const m = /\/VS(\d{1,10})(?:\/|$)/i.exec(e2e);
  return m ? m[1]!.replace(/^0+(?=\d)/, '') : null;
}

export function parseCamt053(xml: string): ParsedStatement[] {
  let doc: Node;
  try {
    doc = parser.parse(xml.replace(/^\uFEFF/, '')) as Node;
  } catch (e) {
    throw new StatementError('statement.format', 'statement', `The file is not well-formed XML: ${(e as Error).message}`);
  }
  const stmts = (at(doc, 'Document', 'BkToCstmrStmt') as Node | undefined)?.Stmt as Node[] | undefined;
  if (!stmts?.length) throw new StatementError('statement.format', 'statement', 'The file is not a camt.053 statement (no Document/BkToCstmrStmt/Stmt)');
  return stmts.map((st, si) => {
    const prefix = stmts.length > 1 ? `statement[${si + 1}]` : 'statement';
    const account = accountOf(at(st, 'Acct'));
    if (!account) throw new StatementError('statement.required', `${prefix}.Acct`, `${prefix}: the account (Acct/Id/IBAN) is missing`);
    const bals = (st.Bal as Node[] | undefined) ?? [];
    const balOf = (codes: string[]) => bals.find((b) => codes.includes(text(at(b, 'Tp', 'CdOrPrtry', 'Cd')) ?? ''));
    const ob = balOf(['OPBD', 'PRCD']);
    const cb = balOf(['CLBD']);
    if (!ob) throw new StatementError('statement.required', `${prefix}.Bal[OPBD]`, `${prefix}: the opening balance (Bal/Tp OPBD) is missing`);
    if (!cb) throw new StatementError('statement.required', `${prefix}.Bal[CLBD]`, `${prefix}: the closing balance (Bal/Tp CLBD) is missing`);
    const signed = (b: Node, field: string) => {
      const a = amountOf(b.Amt, field);
      return { ...a, amount: text(b.CdtDbtInd) === 'DBIT' && a.amount !== '0.00' ? `-${a.amount}` : a.amount };
    };
    const o = signed(ob, `${prefix}.Bal[OPBD].Amt`);
    const c = signed(cb, `${prefix}.Bal[CLBD].Amt`);
    const currency = text(at(st, 'Acct', 'Ccy')) ?? o.currency ?? 'EUR';
    const statementNumber = text(st.LglSeqNb) ?? text(st.ElctrncSeqNb) ?? text(st.Id);
    const seq = text(st.LglSeqNb) ?? text(st.ElctrncSeqNb);

    const lines: StatementLine[] = [];
    const entries = ((st.Ntry as Node[] | undefined) ?? []).filter((n) => {
      const sts = text(at(n, 'Sts')) ?? text(at(n, 'Sts', 'Cd'));
      return !sts || sts === 'BOOK';
    });
    entries.forEach((n) => {
      const ordinal = lines.length + 1;
      const field = `${prefix}.Ntry[${ordinal}]`;
      const amt = amountOf(n.Amt, `${field}.Amt`);
      const credit = text(n.CdtDbtInd) === 'CRDT';
      const tx = at(n, 'NtryDtls', 'TxDtls') as Node | undefined;
      const rmt = tx ? (at(tx, 'RmtInf') as Node | undefined) : undefined;
      const ustrd = rmt?.Ustrd as unknown[] | undefined;
      const title = (ustrd ?? [])
        .map((u) => text(u) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      const e2e = tx ? text(at(tx, 'Refs', 'EndToEndId')) : null;
      const strd = rmt?.Strd as unknown[] | undefined;
      const vs = (strd ?? []).map(vsFromStructured).find(Boolean) ?? vsFromEndToEnd(e2e) ?? variableSymbolIn(title);
      const parties = tx ? (at(tx, 'RltdPties') as Node | undefined) : undefined;
      const ref = text(n.AcctSvcrRef) ?? (tx ? text(at(tx, 'Refs', 'AcctSvcrRef')) : null);
      lines.push({
        ordinal,
        bookingDate: dateOf(at(n, 'BookgDt'), `${field}.BookgDt`),
        valueDate: at(n, 'ValDt') ? dateOf(at(n, 'ValDt'), `${field}.ValDt`) : dateOf(at(n, 'BookgDt'), `${field}.BookgDt`),
        direction: credit ? 'CREDIT' : 'DEBIT',
        amount: amt.amount,
        currency: amt.currency ?? currency,
        bankReference: ref && ref.toUpperCase() !== 'NONREF' && ref.toUpperCase() !== 'NOTPROVIDED' ? ref : null,
        counterpartyName: partyName(at(parties, credit ? 'Dbtr' : 'Cdtr')),
        counterpartyAccount: accountOf(at(parties, credit ? 'DbtrAcct' : 'CdtrAcct')),
        creditedAccount: credit ? accountOf(at(parties, 'CdtrAcct')) : null,
        title,
        variableSymbol: vs ?? null,
        transactionCode: text(at(n, 'BkTxCd', 'Domn', 'Cd')) ?? text(at(n, 'BkTxCd', 'Prtry', 'Cd')),
        raw: JSON.stringify(n),
      });
    });
    return {
      format: 'CAMT053' as const,
      dialect: 'CAMT053',
      account,
      currency,
      statementNumber,
      sequence: seq && /^\d+$/.test(seq) ? Number(seq) : null,
      openingBalance: o.amount,
      openingDate: dateOf(ob.Dt, `${prefix}.Bal[OPBD].Dt`),
      closingBalance: c.amount,
      closingDate: dateOf(cb.Dt, `${prefix}.Bal[CLBD].Dt`),
      lines,
    };
  });
}

/** Reads a statement file of either format (camt.053 when it starts with XML). */
export function parseStatement(content: string, opts: { dialect?: string } = {}): ParsedStatement[] {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return parseCamt053(head);
  return parseMt940(head, opts);
}
