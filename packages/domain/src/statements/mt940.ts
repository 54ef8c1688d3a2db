/**
 * MT940 as Polish banks export it (issue 30). The SWIFT envelope (:20: :25: :28C: :60F/M: :61: :86: :62F/M:) is read
 * here; what differs between banks is the `:86:` layout, described by a small mapping table per bank (dialect).
 * Sources: mBank CompanyNet "Opis formatu pliku eksportu wyciągów dziennych MT940" (sub-fields `~00` code, `~20…~25`
 * title, `~30`/`~31` counterparty bank and account, `~32…~33` counterparty name, `~38` counterparty IBAN, `~62…~63`
 * counterparty address) — the same layout ING Bank Śląski uses; PKO BP "File Reports Structure of Output Files iPKO
 * biznes" (`~20…~25` title, `~27…~28` counterparty name, `~29`/`~60` address, `~30`/`~31` bank and account, `~38`
 * IBAN). Banks that separate sub-fields with `<` (Pekao, Millennium) or `^` are read with the same tables.
 * Amounts stay decimal strings: no parser that hands them over as JS numbers (mt940-js uses parseFloat) is used.
 */
import { StatementError, normalizeAccount, type ParsedStatement, type StatementLine } from './types.js';

export interface Mt940Dialect {
  id: string;
  bankName: string;
  title: string[];
  name: string[];
  address: string[];
  /** counterparty account: the first sub-field present; `30`+`31` means sort code + account number */
  account: string[];
}

export const MT940_DIALECTS: Record<string, Mt940Dialect> = {
  MT940_PKO: { id: 'MT940_PKO', bankName: 'PKO BP', title: ['20', '21', '22', '23', '24', '25'], name: ['27', '28'], address: ['29', '60'], account: ['38', '30+31'] },
  MT940_MBANK: { id: 'MT940_MBANK', bankName: 'mBank / ING', title: ['20', '21', '22', '23', '24', '25'], name: ['32', '33'], address: ['62', '63'], account: ['38', '30+31'] },
};

/** Polish bank numbers (digits 3–6 of the NRB) whose :86: layout is known. Others read with the mBank/ING table. */
const BANK_DIALECT: Record<string, string> = { '1020': 'MT940_PKO', '1140': 'MT940_MBANK', '1050': 'MT940_MBANK' };

export function mt940DialectFor(account: string): Mt940Dialect {
  const nrb = normalizeAccount(account) ?? '';
  const id = /^\d{26}$/.test(nrb) ? BANK_DIALECT[nrb.slice(2, 6)] : undefined;
  return MT940_DIALECTS[id ?? 'MT940_MBANK']!;
}

interface Tag {
  tag: string;
  value: string;
  line: number;
}

function tagsOf(text: string): Tag[][] {
  const lines = text.split(/\r\n?|\n/);
  const blocks: Tag[][] = [];
  let cur: Tag[] = [];
  let last: Tag | null = null;
  lines.forEach((raw, i) => {
    let line = raw;
    const c0 = line.charCodeAt(0);
    // SWIFT headers {1:…}{2:…}{4: and the trailer -} / - (only lines starting with {, - or } are tested)
    if (c0 === 0x7b) line = line.replace(/^\{1:[^}]*\}(\{2:[^}]*\})?(\{3:(\{[^}]*\})*\})?\{4:/, '');
    const c = line.charCodeAt(0);
    if ((c === 0x2d || c === 0x7d) && (/^-\}?\s*$/.test(line) || /^\}\s*$/.test(line))) {
      last = null;
      return;
    }
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) {
      if (m[1] === '20' && cur.length) {
        blocks.push(cur);
        cur = [];
      }
      last = { tag: m[1]!, value: m[2]!, line: i + 1 };
      cur.push(last);
    } else if (last && line !== '') {
      last.value += '\n' + line;
    }
  });
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** A StatementError whose field name is built only when thrown (per-line field names cost a string each otherwise). */
function errorAt(fieldOf: string | (() => string), rule: string, message: (field: string) => string, params?: Record<string, unknown>): StatementError {
  const field = typeof fieldOf === 'string' ? fieldOf : fieldOf();
  return new StatementError(rule, field, message(field), params);
}

function amountOf(s: string, fieldOf: string | (() => string)): string {
  const m = /^(\d+),(\d{0,2})$/.exec(s);
  if (!m) throw errorAt(fieldOf, 'statement.amount', (field) => `${field}: "${s}" is not an MT940 amount (digits, a comma, at most 2 decimals)`, { value: s });
  const int = m[1]!.replace(/^0+(?=\d)/, '');
  return `${int}.${(m[2]! + '00').slice(0, 2)}`;
}

// a statement has few distinct dates: each is checked once
const DATES = new Map<string, string>();

function dateOf(yymmdd: string, fieldOf: string | (() => string)): string {
  const known = DATES.get(yymmdd);
  if (known) return known;
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!m) throw errorAt(fieldOf, 'statement.date', (field) => `${field}: "${yymmdd}" is not a YYMMDD date`, { value: yymmdd });
  const y = Number(m[1]) >= 80 ? `19${m[1]}` : `20${m[1]}`;
  const iso = `${y}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw errorAt(fieldOf, 'statement.date', (field) => `${field}: "${yymmdd}" is not a calendar date`, { value: yymmdd });
  }
  if (DATES.size < 10_000) DATES.set(yymmdd, iso);
  return iso;
}

function balanceOf(v: string, field: string): { amount: string; date: string; currency: string } {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)$/.exec(v.trim());
  if (!m) throw new StatementError('statement.balance', field, `${field}: "${v}" is not a balance (C|D, YYMMDD, currency, amount)`, { value: v });
  const amt = amountOf(m[4]!, field);
  return { amount: m[1] === 'D' && amt !== '0.00' ? `-${amt}` : amt, date: dateOf(m[2]!, field), currency: m[3]! };
}

/** `:86:` sub-fields: `020~00XYZ~20title…` (or `<`, `^`, `?` as the separator). Continuation lines are joined. */
export function subfieldsOf(v86: string): { code: string | null; fields: Map<string, string>; text: string } {
  const joined = v86.indexOf('\n') < 0 ? v86 : v86.replace(/\n/g, '');
  const m = /^(\d{3})?([~<^?])\d{2}/.exec(joined);
  if (!m) return { code: null, fields: new Map(), text: v86.replace(/\n/g, ' ').trim() };
  const sep = m[2]!;
  const fields = new Map<string, string>();
  const parts = joined
    .slice(m[1] ? 3 : 0)
    .split(sep)
    .slice(1);
  for (const p of parts) {
    const key = p.slice(0, 2);
    const val = p.slice(2);
    fields.set(key, (fields.get(key) ?? '') + val);
  }
  return { code: m[1] ?? null, fields, text: joined };
}

const VS_IN_TEXT = /\/VS\/?\s*(\d{1,10})\b|\bVS[:\s]*(\d{1,10})\b/i;

export function variableSymbolIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = VS_IN_TEXT.exec(text);
  return m ? (m[1] ?? m[2])!.replace(/^0+(?=\d)/, '') : null;
}

function join(fields: Map<string, string>, keys: string[]): string | null {
  let s = '';
  for (const k of keys) {
    const v = fields.get(k);
    if (v) s += v;
  }
  if (/\s\s|[\t\n\r\f\v]/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s === '' ? null : s;
}

function accountFrom(fields: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    if (k === '30+31') {
      const sort = fields.get('30')?.trim() ?? '';
      const acc = fields.get('31')?.trim() ?? '';
      if (sort && acc) {
        const all = normalizeAccount(sort + acc);
        // sort code + account without check digits (24 digits) → cannot rebuild the NRB without them; keep as given
        if (all) return all;
      }
      if (acc) return normalizeAccount(acc);
      continue;
    }
    const v = normalizeAccount(fields.get(k));
    if (v) return v;
  }
  return null;
}

// :61: YYMMDD[MMDD](C|D|RC|RD)[funds code]amount(N|F|S)xxx customer-ref[//bank-ref][\nsupplementary details]
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d{0,2})([NFS][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;

function bookingDateOf(valueDate: string, mmdd: string | undefined): string {
  if (!mmdd) return valueDate;
  let y = Number(valueDate.slice(0, 4));
  const vm = Number(valueDate.slice(5, 7));
  const em = Number(mmdd.slice(0, 2));
  if (vm === 12 && em === 1) y += 1;
  if (vm === 1 && em === 12) y -= 1;
  return `${y}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
}

/** Parses every statement (`:20:` block) of an MT940 file. `dialect` forces a bank's `:86:` table. */
export function parseMt940(text: string, opts: { dialect?: string } = {}): ParsedStatement[] {
  const blocks = tagsOf(text.replace(/^\uFEFF/, ''));
  if (!blocks.length || !blocks[0]!.some((t) => t.tag === '61' || t.tag === '60F' || t.tag === '60M')) {
    throw new StatementError('statement.format', 'statement', 'The file is not an MT940 statement (no :20:/:60F: tags)');
  }
  return blocks.map((tags, b) => {
    const prefix = blocks.length > 1 ? `statement[${b + 1}]` : 'statement';
    const get = (t: string) => tags.find((x) => x.tag === t);
    const acc = get('25');
    if (!acc) throw new StatementError('statement.required', `${prefix}.:25:`, `${prefix}: the account (:25:) is missing`);
    const account = normalizeAccount(acc.value.split('/').filter(Boolean).pop() ?? acc.value)!;
    const open = get('60F') ?? get('60M');
    const close = get('62F') ?? get('62M');
    if (!open) throw new StatementError('statement.required', `${prefix}.:60F:`, `${prefix}: the opening balance (:60F:) is missing`);
    if (!close) throw new StatementError('statement.required', `${prefix}.:62F:`, `${prefix}: the closing balance (:62F:) is missing`);
    const ob = balanceOf(open.value, `${prefix}.:60F:`);
    const cb = balanceOf(close.value, `${prefix}.:62F:`);
    const num = get('28C') ?? get('28');
    const statementNumber = num?.value.trim() ?? null;
    const seq = statementNumber ? /^0*(\d+)/.exec(statementNumber) : null;
    const dialect = opts.dialect ? MT940_DIALECTS[opts.dialect] : mt940DialectFor(account);
    if (!dialect) throw new StatementError('statement.dialect', 'dialect', `Unknown MT940 dialect ${opts.dialect}`, { allowed: Object.keys(MT940_DIALECTS) });

    const lines: StatementLine[] = [];
    tags.forEach((t, i) => {
      if (t.tag !== '61') return;
      const ordinal = lines.length + 1;
      const field = () => `${prefix}.line[${ordinal}].:61:`;
      const nl = t.value.indexOf('\n');
      const m = LINE_61.exec(nl < 0 ? t.value : t.value.slice(0, nl));
      if (!m) throw errorAt(field, 'statement.line', (f) => `${f} (file line ${t.line}): "${t.value.split('\n')[0]}" is not an MT940 transaction line`, { fileLine: t.line });
      const valueDate = dateOf(m[1]!, field);
      const dc = m[3]!;
      const next = tags[i + 1]?.tag === '86' ? tags[i + 1]! : null;
      const sub = next ? subfieldsOf(next.value) : { code: null, fields: new Map<string, string>(), text: '' };
      const custRef = m[7]!.trim();
      const bankRef = (m[8] ?? '').trim();
      const ref = bankRef && bankRef.toUpperCase() !== 'NONREF' ? bankRef : custRef && custRef.toUpperCase() !== 'NONREF' ? custRef : null;
      const supplementary = nl < 0 ? '' : t.value.slice(nl + 1).trim();
      const creditedAccount = /^(PL)?\d{26}$|^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(supplementary.replace(/\s/g, '')) ? normalizeAccount(supplementary) : null;
      const title = sub.fields.size ? (join(sub.fields, dialect.title) ?? '') : sub.text;
      lines.push({
        ordinal,
        valueDate,
        bookingDate: bookingDateOf(valueDate, m[2]),
        // RC / RD (reversal of credit / debit) move money the other way
        direction: dc === 'C' || dc === 'RD' ? 'CREDIT' : 'DEBIT',
        amount: amountOf(m[5]!, field),
        currency: ob.currency,
        bankReference: ref,
        counterpartyName: sub.fields.size ? join(sub.fields, dialect.name) : null,
        counterpartyAccount: sub.fields.size ? accountFrom(sub.fields, dialect.account) : null,
        creditedAccount,
        title,
        variableSymbol: variableSymbolIn(title),
        transactionCode: sub.code ?? m[6]!,
        raw: `:61:${t.value}${next ? `\n:86:${next.value}` : ''}`,
      });
    });
    return {
      format: 'MT940' as const,
      dialect: dialect.id,
      account,
      currency: ob.currency,
      statementNumber,
      sequence: seq ? Number(seq[1]) : null,
      openingBalance: ob.amount,
      openingDate: ob.date,
      closingBalance: cb.amount,
      closingDate: cb.date,
      lines,
    };
  });
}
