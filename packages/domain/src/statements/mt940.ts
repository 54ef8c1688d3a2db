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

/**
 * One tag of the file: `:61:`, `:86:` … Its value is kept as a range of the (line-break normalized) text while its
 * lines follow each other, else (a continuation after a skipped empty line, a tag in a SWIFT header line) as a string;
 * a 50,000-line statement then costs no string per file line (issue 30 "Speed").
 */
interface Tag {
  tag: string;
  /** value range in the text (valid while `str` is null) */
  start: number;
  end: number;
  str: string | null;
  /** 1-based file line of the tag */
  line: number;
}

const valueOf = (text: string, t: Tag) => t.str ?? text.slice(t.start, t.end);

const SWIFT_HEADER = /^\{1:[^}]*\}(\{2:[^}]*\})?(\{3:(\{[^}]*\})*\})?\{4:/;
const TAG_LINE = /^:(\d{2}[A-Z]?):(.*)$/;

/** `text` has its line breaks normalized to `\n`. Same reading as splitting it into lines (see below), line by line. */
function tagsOf(text: string): Tag[][] {
  const blocks: Tag[][] = [];
  let cur: Tag[] = [];
  let last: Tag | null = null;
  // U+2028 / U+2029 are not matched by `.`: a line holding one is not a tag line (the regular expression's reading)
  const oddBreaks = /[\u2028\u2029]/.test(text);
  const push = (tag: string, start: number, end: number, str: string | null, line: number) => {
    if (tag === '20' && cur.length) {
      blocks.push(cur);
      cur = [];
    }
    last = { tag, start, end, str, line };
    cur.push(last);
  };
  const len = text.length;
  let lineNo = 0;
  for (let pos = 0; pos <= len;) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? len : nl;
    lineNo++;
    const c0 = text.charCodeAt(pos);
    if (c0 === 0x7b || c0 === 0x2d || c0 === 0x7d || (oddBreaks && /[\u2028\u2029]/.test(text.slice(pos, end)))) {
      // the rare lines: SWIFT headers {1:…}{2:…}{4: (removed), the trailer -} / - / }, lines with U+2028/9
      let line = text.slice(pos, end);
      if (c0 === 0x7b) line = line.replace(SWIFT_HEADER, '');
      const c = line.charCodeAt(0);
      if ((c === 0x2d || c === 0x7d) && (/^-\}?\s*$/.test(line) || /^\}\s*$/.test(line))) {
        last = null;
      } else {
        const m = TAG_LINE.exec(line);
        if (m) push(m[1]!, 0, 0, m[2]!, lineNo);
        else if (last && line !== '') {
          const l: Tag = last;
          l.str = valueOf(text, l) + '\n' + line;
        }
      }
    } else if (end > pos) {
      // `:NN:` or `:NNA:`
      let tagEnd = -1;
      if (c0 === 0x3a && isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 2))) {
        const c3 = text.charCodeAt(pos + 3);
        if (c3 === 0x3a) tagEnd = pos + 3;
        else if (c3 >= 0x41 && c3 <= 0x5a && text.charCodeAt(pos + 4) === 0x3a) tagEnd = pos + 4;
      }
      if (tagEnd > 0) {
        const d1 = text.charCodeAt(pos + 1);
        const d2 = text.charCodeAt(pos + 2);
        const name = tagEnd === pos + 3 && d1 === 0x36 && d2 === 0x31 ? '61' : tagEnd === pos + 3 && d1 === 0x38 && d2 === 0x36 ? '86' : text.slice(pos + 1, tagEnd);
        push(name, tagEnd + 1, end, null, lineNo);
      } else if (last) {
        const l: Tag = last;
        // the line right after the tag's last line extends its range; after a skipped empty line it is joined
        if (l.str === null && l.end === pos - 1) l.end = end;
        else l.str = valueOf(text, l) + '\n' + text.slice(pos, end);
      }
    }
    pos = end + 1;
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

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

// :61: YYMMDD[MMDD](C|D|RC|RD)[funds code]amount(N|F|S)xxx customer-ref[//bank-ref][\nsupplementary details]
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d{0,2})([NFS][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;

function bookingDateOf(valueDate: string, mmdd: string | undefined): string {
  if (!mmdd) return valueDate;
  // the same month and day: the value date itself (no new string for the usual line)
  if (
    mmdd.charCodeAt(0) === valueDate.charCodeAt(5) &&
    mmdd.charCodeAt(1) === valueDate.charCodeAt(6) &&
    mmdd.charCodeAt(2) === valueDate.charCodeAt(8) &&
    mmdd.charCodeAt(3) === valueDate.charCodeAt(9)
  ) {
    return valueDate;
  }
  let y = Number(valueDate.slice(0, 4));
  const vm = Number(valueDate.slice(5, 7));
  const em = Number(mmdd.slice(0, 2));
  if (vm === 12 && em === 1) y += 1;
  if (vm === 1 && em === 12) y -= 1;
  return `${y}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
}

/** The `:86:` sub-fields a dialect reads, as indexes 0–99 (`30+31`: sort code + account). */
interface DialectPlan {
  title: number[];
  name: number[];
  account: (number | [number, number])[];
  wanted: boolean[];
}

const PLANS = new Map<string, DialectPlan>();

function planOf(d: Mt940Dialect): DialectPlan {
  let p = PLANS.get(d.id);
  if (p) return p;
  const wanted: boolean[] = Array.from({ length: 100 }, () => false);
  const idx = (k: string) => {
    wanted[Number(k)] = true;
    return Number(k);
  };
  const account = d.account.map((k): number | [number, number] => (k === '30+31' ? [idx('30'), idx('31')] : idx(k)));
  p = { title: d.title.map(idx), name: d.name.map(idx), account, wanted };
  PLANS.set(d.id, p);
  return p;
}

const isSep = (c: number) => c === 0x7e || c === 0x3c || c === 0x5e || c === 0x3f; // ~ < ^ ?

/** What a line reads from its `:86:` (the same reading as subfieldsOf + the dialect table), into a reused object. */
interface Read86 {
  code: string | null;
  structured: boolean;
  title: string;
  name: string | null;
  account: string | null;
}

/**
 * Reads `:86:` for one dialect: like `subfieldsOf` (continuation lines joined, parts split at the separator, equal
 * keys concatenated), but it keeps only the sub-fields the dialect reads, in an array reused from line to line.
 */
function read86(v86: string, plan: DialectPlan, vals: (string | undefined)[], touched: number[], out: Read86): Read86 {
  const joined = v86.indexOf('\n') < 0 ? v86 : v86.replace(/\n/g, '');
  const c = (i: number) => joined.charCodeAt(i);
  // ^(\d{3})?([~<^?])\d{2}
  const off = isDigit(c(0)) && isDigit(c(1)) && isDigit(c(2)) && isSep(c(3)) && isDigit(c(4)) && isDigit(c(5)) ? 3 : isSep(c(0)) && isDigit(c(1)) && isDigit(c(2)) ? 0 : -1;
  if (off < 0) {
    out.code = null;
    out.structured = false;
    out.title = v86.replace(/\n/g, ' ').trim();
    out.name = null;
    out.account = null;
    return out;
  }
  const sep = joined[off]!;
  touched.length = 0;
  for (let p = off; p >= 0;) {
    const q = joined.indexOf(sep, p + 1);
    const from = p + 1;
    const to = q < 0 ? joined.length : q;
    // a part's key is its first two characters; only two-digit keys can be one a dialect reads
    if (to - from >= 2 && isDigit(c(from)) && isDigit(c(from + 1))) {
      const k = (c(from) - 0x30) * 10 + (c(from + 1) - 0x30);
      if (plan.wanted[k]) {
        const v = joined.slice(from + 2, to);
        const prev = vals[k];
        if (prev === undefined) touched.push(k);
        vals[k] = prev === undefined ? v : prev + v;
      }
    }
    p = q;
  }
  out.code = off ? joined.slice(0, 3) : null;
  out.structured = true;
  out.title = joinFields(vals, plan.title) ?? '';
  out.name = joinFields(vals, plan.name);
  out.account = accountOfFields(vals, plan.account);
  for (const k of touched) vals[k] = undefined;
  return out;
}

function joinFields(vals: (string | undefined)[], keys: number[]): string | null {
  let s = '';
  for (const k of keys) {
    const v = vals[k];
    if (v) s += v;
  }
  if (/\s\s|[\t\n\r\f\v]/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s === '' ? null : s;
}

function accountOfFields(vals: (string | undefined)[], keys: (number | [number, number])[]): string | null {
  for (const k of keys) {
    if (typeof k !== 'number') {
      const sort = vals[k[0]]?.trim() ?? '';
      const acc = vals[k[1]]?.trim() ?? '';
      if (sort && acc) {
        const all = normalizeAccount(sort + acc);
        if (all) return all;
      }
      if (acc) return normalizeAccount(acc);
      continue;
    }
    const v = normalizeAccount(vals[k]);
    if (v) return v;
  }
  return null;
}

/** `s` matched `\d+,\d{0,2}` (LINE_61): the amount as a decimal string, like amountOf. */
function lineAmount(s: string): string {
  const ci = s.indexOf(',');
  let a = 0;
  while (a < ci - 1 && s.charCodeAt(a) === 0x30) a++;
  const dec = s.length - ci - 1;
  return s.slice(a, ci) + (dec === 2 ? '.' + s.slice(ci + 1) : dec === 1 ? '.' + s.slice(ci + 1) + '0' : '.00');
}

const isNonref = (s: string) => s.length === 6 && s.toUpperCase() === 'NONREF';
const CREDITED_ACCOUNT = /^(PL)?\d{26}$|^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/** Parses every statement (`:20:` block) of an MT940 file. `dialect` forces a bank's `:86:` table. */
export function parseMt940(input: string, opts: { dialect?: string } = {}): ParsedStatement[] {
  const bomless = input.replace(/^\uFEFF/, '');
  // one pass over the file: its lines end in \n from here on (as when split at \r\n, \r or \n)
  const text = bomless.indexOf('\r') < 0 ? bomless : bomless.replace(/\r\n?/g, '\n');
  const blocks = tagsOf(text);
  if (!blocks.length || !blocks[0]!.some((t) => t.tag === '61' || t.tag === '60F' || t.tag === '60M')) {
    throw new StatementError('statement.format', 'statement', 'The file is not an MT940 statement (no :20:/:60F: tags)');
  }
  return blocks.map((tags, b) => {
    const prefix = blocks.length > 1 ? `statement[${b + 1}]` : 'statement';
    const get = (t: string) => {
      const x = tags.find((y) => y.tag === t);
      return x ? valueOf(text, x) : undefined;
    };
    const acc = get('25');
    if (acc === undefined) throw new StatementError('statement.required', `${prefix}.:25:`, `${prefix}: the account (:25:) is missing`);
    const account = normalizeAccount(acc.split('/').filter(Boolean).pop() ?? acc)!;
    const open = get('60F') ?? get('60M');
    const close = get('62F') ?? get('62M');
    if (open === undefined) throw new StatementError('statement.required', `${prefix}.:60F:`, `${prefix}: the opening balance (:60F:) is missing`);
    if (close === undefined) throw new StatementError('statement.required', `${prefix}.:62F:`, `${prefix}: the closing balance (:62F:) is missing`);
    const ob = balanceOf(open, `${prefix}.:60F:`);
    const cb = balanceOf(close, `${prefix}.:62F:`);
    const num = get('28C') ?? get('28');
    const statementNumber = num?.trim() ?? null;
    const seq = statementNumber ? /^0*(\d+)/.exec(statementNumber) : null;
    const dialect = opts.dialect ? MT940_DIALECTS[opts.dialect] : mt940DialectFor(account);
    if (!dialect) throw new StatementError('statement.dialect', 'dialect', `Unknown MT940 dialect ${opts.dialect}`, { allowed: Object.keys(MT940_DIALECTS) });
    const plan = planOf(dialect);
    const vals: (string | undefined)[] = Array.from({ length: 100 }, () => undefined);
    const touched: number[] = [];
    const sub: Read86 = { code: null, structured: false, title: '', name: null, account: null };

    const lines: StatementLine[] = [];
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!;
      if (t.tag !== '61') continue;
      const ordinal = lines.length + 1;
      const field = () => `${prefix}.line[${ordinal}].:61:`;
      const value = valueOf(text, t);
      const nl = value.indexOf('\n');
      const m = LINE_61.exec(nl < 0 ? value : value.slice(0, nl));
      if (!m) throw errorAt(field, 'statement.line', (f) => `${f} (file line ${t.line}): "${value.split('\n')[0]}" is not an MT940 transaction line`, { fileLine: t.line });
      const valueDate = dateOf(m[1]!, field);
      const dc = m[3]!;
      const next = tags[i + 1]?.tag === '86' ? tags[i + 1]! : null;
      if (next) read86(valueOf(text, next), plan, vals, touched, sub);
      else {
        sub.code = null;
        sub.structured = false;
        sub.title = '';
      }
      const custRef = m[7]!.trim();
      const bankRef = (m[8] ?? '').trim();
      const ref = bankRef && !isNonref(bankRef) ? bankRef : custRef && !isNonref(custRef) ? custRef : null;
      const supplementary = nl < 0 ? '' : value.slice(nl + 1).trim();
      const creditedAccount = supplementary !== '' && CREDITED_ACCOUNT.test(supplementary.replace(/\s/g, '')) ? normalizeAccount(supplementary) : null;
      const title = sub.title;
      // the :61:/:86: pair as received: one slice of the file when the two follow each other
      const raw =
        t.str === null && (next === null || (next.str === null && next.start === t.end + 5))
          ? text.slice(t.start - 4, next ? next.end : t.end)
          : `:61:${value}${next ? `\n:86:${valueOf(text, next)}` : ''}`;
      lines.push({
        ordinal,
        valueDate,
        bookingDate: bookingDateOf(valueDate, m[2]),
        // RC / RD (reversal of credit / debit) move money the other way
        direction: dc === 'C' || dc === 'RD' ? 'CREDIT' : 'DEBIT',
        amount: lineAmount(m[5]!),
        currency: ob.currency,
        bankReference: ref,
        counterpartyName: sub.structured ? sub.name : null,
        counterpartyAccount: sub.structured ? sub.account : null,
        creditedAccount,
        title,
        variableSymbol: variableSymbolIn(title),
        transactionCode: sub.code ?? m[6]!,
        raw,
      });
    }
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
