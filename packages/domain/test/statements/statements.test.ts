import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertBalanced, checkBalance, lineKeys, matchLine, numberKeys, parseStatement, sequenceGap, type LoanRef, type MatchLookups } from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('MT940, PKO BP dialect (iPKO biznes :86: layout)', () => {
  const [s] = parseStatement(fixture('pko-bp.mt940'));
  it('reads the envelope and picks the dialect from the bank number 1020', () => {
    expect(s).toMatchObject({
      format: 'MT940',
      dialect: 'MT940_PKO',
      account: '60102010260000123456789012',
      currency: 'PLN',
      statementNumber: '00245/001',
      sequence: 245,
      openingBalance: '10000.00',
      openingDate: '2026-12-04',
      closingBalance: '10880.00',
      closingDate: '2026-12-05',
    });
    expect(s.lines).toHaveLength(4);
  });
  it('maps ~20…~25 title, ~27 name, ~38 account, the virtual account of the supplementary details, NONREF', () => {
    expect(s.lines[0]).toMatchObject({
      ordinal: 1,
      bookingDate: '2026-12-05',
      direction: 'CREDIT',
      amount: '500.00',
      bankReference: '26120512345678',
      title: 'Rata 5 umowy',
      counterpartyName: 'JAN KOWALSKI',
      counterpartyAccount: '67105014451000000012345678',
      creditedAccount: '76102010269000000000000101',
      transactionCode: '152',
    });
    expect(s.lines[1]).toMatchObject({ amount: '250.00', bankReference: null, title: 'SPLATA RATY GOT 2024 000777', counterpartyName: 'ANNA NOWAK', creditedAccount: null });
    expect(s.lines[3]).toMatchObject({ direction: 'DEBIT', amount: '120.00', title: 'ZWROT NADPLATY' });
  });
  it('balances: 10000.00 + 1000.00 − 120.00 = 10880.00', () => {
    expect(checkBalance(s)).toMatchObject({ ok: true, credits: '1000.00', debits: '120.00', computedClosing: '10880.00' });
  });
});

describe('MT940, mBank / ING dialect (CompanyNet :86: layout)', () => {
  const [s] = parseStatement(fixture('mbank.mt940'));
  it('reads SWIFT headers, funds code N, the bank reference after //, multi-line :86:', () => {
    expect(s).toMatchObject({ dialect: 'MT940_MBANK', account: '19114020040000330212345678', statementNumber: '341/1', sequence: 341, closingBalance: '1334.55' });
    expect(s.lines[0]).toMatchObject({
      amount: '1234.56',
      bankReference: 'CEN261205X01',
      title: 'Splata pozyczki nr GOT-2024-000123 PESEL 85031460593',
      counterpartyName: 'MARIA WISNIEWSKA',
      counterpartyAccount: '67105014451000000012345678',
      transactionCode: '240',
    });
    expect(s.lines[1]).toMatchObject({ amount: '99.99', bankReference: null, counterpartyName: 'ZENON NIEZNANY', counterpartyAccount: '50249000050000400036691234' });
  });
  it('a forced dialect reads the same file with the other table', () => {
    const [p] = parseStatement(fixture('mbank.mt940'), { dialect: 'MT940_PKO' });
    expect(p.lines[0].counterpartyName).toBeNull();
  });
  it('an unknown dialect is refused naming it', () => {
    expect(() => parseStatement(fixture('mbank.mt940'), { dialect: 'MT940_XYZ' })).toThrow(/Unknown MT940 dialect MT940_XYZ/);
  });
});

describe('MT940 line breaks, headers and continuation lines', () => {
  const mbank = fixture('mbank.mt940');
  const lf = mbank.replace(/\r\n?/g, '\n');
  it('reads the same whether lines end in \\r\\n, \\r or \\n', () => {
    const expected = parseStatement(lf);
    expect(parseStatement(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseStatement(lf.replace(/\n/g, '\r'))).toEqual(expected);
  });
  it('keeps the :61:/:86: pair as received, continuation lines joined with \\n; an empty line inside :86: is skipped', () => {
    expect(lf).toContain('~21024-000123 PESEL 85031460593\n');
    const [s] = parseStatement(lf);
    const [withGap] = parseStatement(lf.replace('~21024-000123 PESEL 85031460593\n', '~21024-000123 PESEL 85031460593\n\n'));
    expect(s!.lines[0]!.raw).toBe(lf.slice(lf.indexOf(':61:'), lf.indexOf('\n:61:', lf.indexOf(':61:') + 1)));
    expect(withGap).toEqual(parseStatement(lf)[0]);
    expect(s!.lines[0]!.title).toBe('Splata pozyczki nr GOT-2024-000123 PESEL 85031460593');
  });
  it('a tag that follows the SWIFT header on its line is read', () => {
    expect(lf).toContain('{4:\n:20:');
    const [s] = parseStatement(lf);
    const [inline] = parseStatement(lf.replace('{4:\n:20:', '{4::20:'));
    expect(inline).toEqual(s);
  });
});

describe('camt.053 (SK)', () => {
  const [s] = parseStatement(fixture('sk-camt053.xml'));
  it('reads balances, sequence and entries; VS from Strd, /VS/ in Ustrd and the end-to-end id', () => {
    expect(s).toMatchObject({ format: 'CAMT053', account: 'SK6609000000005012345678', currency: 'EUR', statementNumber: '12', sequence: 12, openingBalance: '5000.00', closingBalance: '5245.50' });
    expect(s.lines.map((l) => l.variableSymbol)).toEqual(['2024000123', '2024000456', '2024000789', null]);
    expect(s.lines[0]).toMatchObject({ amount: '120.50', bankReference: 'TB2612050001', counterpartyName: 'Ján Novák', counterpartyAccount: 'SK2411000000002612345678', creditedAccount: null });
    expect(s.lines[1]).toMatchObject({ bankReference: null, title: '/VS/2024000456/SS//KS/0308 splatka' });
    expect(s.lines[3]).toMatchObject({ direction: 'DEBIT', amount: '15.00' });
    expect(checkBalance(s).ok).toBe(true);
  });
  it('not a statement: a clear error', () => {
    expect(() => parseStatement('<a/>')).toThrow(/not a camt.053 statement/);
  });
});

describe('balance check', () => {
  it('refuses a statement that does not add up, naming both figures', () => {
    const bad = fixture('mbank.mt940').replace(':62F:C261205PLN1334,55', ':62F:C261205PLN1334,65');
    const [s] = parseStatement(bad);
    expect(() => assertBalanced(s)).toThrow(expect.objectContaining({ code: 'statement.balanceMismatch', params: expect.objectContaining({ computedClosing: '1334.55', closing: '1334.65' }) }));
    expect(() => assertBalanced(s)).toThrow(/= 1334.55 PLN, but the statement's closing balance is 1334.65 PLN/);
  });
  it('flags a gap in statement numbers', () => {
    expect(sequenceGap(244, 245)).toBeNull();
    expect(sequenceGap(241, 245)).toEqual({ missingFrom: 242, missingTo: 244 });
    expect(sequenceGap(null, 3)).toBeNull();
  });
  it('a malformed line names the line', () => {
    const bad = fixture('mbank.mt940').replace(':61:2612051205CN99,99', ':61:2612051205CN99.99');
    expect(() => parseStatement(bad)).toThrow(/statement.line\[2\].:61:/);
  });
});

describe('exactly-once keys', () => {
  it('two identical NONREF transfers are two lines; the same statement gives the same keys', () => {
    const [s] = parseStatement(fixture('pko-bp.mt940'));
    const keys = lineKeys(s.account, s.lines);
    expect(new Set(keys).size).toBe(4);
    expect(keys[1]).toMatch(/\|1$/);
    expect(keys[2]).toMatch(/\|2$/);
    expect(keys[0]).toBe('R|60102010260000123456789012|2026-12-05|C|500.00|PLN|26120512345678');
    const [again] = parseStatement(fixture('pko-bp.mt940'));
    expect(lineKeys(again.account, again.lines)).toEqual(keys);
  });
  it('an overlapping statement that repeats a line repeats its key', () => {
    const [s] = parseStatement(fixture('pko-bp.mt940'));
    const overlap = [s.lines[1], { ...s.lines[3], ordinal: 2 }];
    expect(lineKeys(s.account, overlap)).toEqual([lineKeys(s.account, s.lines)[1], lineKeys(s.account, s.lines)[3]]);
  });
});

describe('matching rules in order', () => {
  const loan = (n: string, status = 'ACTIVE', currency = 'PLN'): LoanRef => ({ loanId: `id-${n}`, loanNumber: n, status, currency });
  const empty: MatchLookups = { byRepaymentAccount: new Map(), byVariableSymbol: new Map(), byNumberKey: new Map(), byPayerAccount: new Map(), byPesel: new Map() };
  const [pko] = parseStatement(fixture('pko-bp.mt940'));
  const [mb] = parseStatement(fixture('mbank.mt940'));
  const [sk] = parseStatement(fixture('sk-camt053.xml'));

  it('numberKeys is tolerant of spaces, slashes, dashes and prefixes', () => {
    expect(numberKeys('Umowa nr GOT/2024/000123')).toContain('GOT2024000123');
    expect(numberKeys('got 2024 000123 rata')).toContain('GOT2024000123');
    expect(numberKeys('SPLATA RATY GOT 2024 000777')).toContain('GOT2024000777');
    expect(numberKeys('kartoteka GOT-101 12.2026')).toContain('GOT101');
  });
  it('1. credited account = repayment account', () => {
    const d = matchLine(pko.lines[0], pko.account, { ...empty, byRepaymentAccount: new Map([['76102010269000000000000101', loan('GOT/2024/000101')]]) });
    expect(d).toMatchObject({ matched: true, rule: 'REPAYMENT_ACCOUNT', loan: { loanNumber: 'GOT/2024/000101' } });
  });
  it('2. SK variable symbol', () => {
    const d = matchLine(sk.lines[0], sk.account, { ...empty, byVariableSymbol: new Map([['2024000123', loan('SPU/2024/000123', 'ACTIVE', 'EUR')]]) });
    expect(d).toMatchObject({ matched: true, rule: 'VARIABLE_SYMBOL', reason: 'VARIABLE_SYMBOL' });
  });
  it('3. title names a loan number (longest key wins) or a file with one active loan', () => {
    const byNumberKey = new Map([['GOT2024000123', { kind: 'LOAN' as const, loans: [loan('GOT/2024/000123')] }]]);
    expect(matchLine(mb.lines[0], mb.account, { ...empty, byNumberKey })).toMatchObject({ matched: true, rule: 'TITLE_NUMBER' });
    const files = new Map([['GOT101', { kind: 'FILE' as const, loans: [loan('A', 'REPAID'), loan('B')] }]]);
    const line = { ...pko.lines[1], title: 'rata GOT 101' };
    expect(matchLine(line, pko.account, { ...empty, byNumberKey: files })).toMatchObject({ matched: true, loan: { loanNumber: 'B' } });
  });
  it('4. PESEL in the title → one borrower with one active loan; two active loans → queue', () => {
    const byPesel = new Map([['85031460593', [{ partyId: 'p1', loans: [loan('X'), loan('Y', 'REPAID')] }]]]);
    expect(matchLine(mb.lines[0], mb.account, { ...empty, byPesel })).toMatchObject({ matched: true, rule: 'PESEL', loan: { loanNumber: 'X' } });
    const two = new Map([['85031460593', [{ partyId: 'p1', loans: [loan('X'), loan('Y')] }]]]);
    expect(matchLine(mb.lines[0], mb.account, { ...empty, byPesel: two })).toMatchObject({ matched: false, reason: 'BORROWER_HAS_SEVERAL_LOANS' });
  });
  it('4. payer account learnt from earlier transfers', () => {
    const byPayerAccount = new Map([['50249000050000400036691234', [{ partyId: 'p9', loans: [loan('Z')] }]]]);
    expect(matchLine(mb.lines[1], mb.account, { ...empty, byPayerAccount })).toMatchObject({ matched: true, rule: 'PAYER_ACCOUNT' });
  });
  it('5. unmatched: debit lines, closed / written-off loans, other currency, nothing found', () => {
    expect(matchLine(pko.lines[3], pko.account, empty)).toMatchObject({ matched: false, reason: 'DEBIT_LINE' });
    const closed = { ...empty, byRepaymentAccount: new Map([['76102010269000000000000101', loan('C', 'REPAID')]]) };
    expect(matchLine(pko.lines[0], pko.account, closed)).toMatchObject({ matched: false, reason: 'LOAN_CLOSED', candidates: [{ loanNumber: 'C' }] });
    const wo = { ...empty, byRepaymentAccount: new Map([['76102010269000000000000101', loan('W', 'WRITTEN_OFF')]]) };
    expect(matchLine(pko.lines[0], pko.account, wo)).toMatchObject({ matched: false, reason: 'LOAN_WRITTEN_OFF' });
    const eur = { ...empty, byRepaymentAccount: new Map([['76102010269000000000000101', loan('E', 'ACTIVE', 'EUR')]]) };
    expect(matchLine(pko.lines[0], pko.account, eur)).toMatchObject({ matched: false, reason: 'CURRENCY_MISMATCH' });
    expect(matchLine(mb.lines[1], mb.account, empty)).toMatchObject({ matched: false, reason: 'NO_RULE_MATCHED' });
  });
  it('rule order: the repayment account wins over a loan number in the title', () => {
    const line = { ...pko.lines[0], title: 'GOT/2024/000999' };
    const lk = { ...empty, byRepaymentAccount: new Map([['76102010269000000000000101', loan('ACC')]]), byNumberKey: new Map([['GOT2024000999', { kind: 'LOAN' as const, loans: [loan('TITLE')] }]]) };
    expect(matchLine(line, pko.account, lk)).toMatchObject({ rule: 'REPAYMENT_ACCOUNT', loan: { loanNumber: 'ACC' } });
  });
});
