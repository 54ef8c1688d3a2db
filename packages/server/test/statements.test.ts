import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { demoStatement, demoMt940Text } from '../src/modules/statements/demo.js';
import { resumeStatementImports } from '../src/modules/statements/index.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { pino } from 'pino';

const AS_OF = '2026-11-25';
process.env.RATY_TODAY = AS_OF;

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;
let viewer: TestClient;
let bankToken: string;
let analystToken: string;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 120, asOf: AS_OF, withPayments: false });
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
  viewer = app.client();
  await viewer.login('viewer@raty.demo');
  const admin = app.client();
  await admin.login('admin@raty.demo');
  const t = await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "Bank connector", role: BANK) { token } }`);
  expect(t.errors).toBeUndefined();
  bankToken = t.data!.createApiToken.token;
  analystToken = (await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "BI", role: ANALYST) { token } }`)).data!.createApiToken.token;
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const IMPORT = `mutation($input: ImportStatementInput!) { importStatement(input: $input) {
  id format dialect account statementNumber sequenceGap { previous missingFrom missingTo }
  counts { lines newLines duplicates posted unmatched other } } }`;
type Imported = {
  importStatement: {
    id: string;
    format: string;
    dialect: string;
    account: string;
    sequenceGap: { previous: number; missingFrom: number; missingTo: number } | null;
    counts: { lines: number; newLines: number; duplicates: number; posted: number; unmatched: number; other: number };
  }[];
};
const LINES = `query($f: StatementLineFilter!) { statementLines(filter: $f) { id ordinal direction amount title status matchRule matchReason matchDetail loanId loanNumber paymentId counterpartyName } }`;
type Line = {
  id: string;
  ordinal: number;
  direction: string;
  amount: string;
  title: string;
  status: string;
  matchRule: string | null;
  matchReason: string | null;
  matchDetail: string | null;
  loanId: string | null;
  loanNumber: string | null;
  paymentId: string | null;
  counterpartyName: string | null;
};

async function bankPayments() {
  const [r] = await db.sql<{ n: number }[]>`select count(*)::int as n from payments where idempotency_key like 'stmt:%'`;
  return r.n;
}

let demo: string;
let demoId: string;

describe('the demo MT940 statement (README walkthrough)', () => {
  it('is matched and posted: repayment accounts, loan numbers in titles, a PESEL; the rest waits in the queue with reasons', async () => {
    demo = await demoStatement(db.sql, AS_OF);
    expect(await demoStatement(db.sql, AS_OF)).toBe(demo); // deterministic
    const r = await staff.gql<Imported>(IMPORT, { input: { content: demo, fileName: 'demo.mt940' } });
    expect(r.errors).toBeUndefined();
    const [s] = r.data!.importStatement;
    demoId = s.id;
    expect(s).toMatchObject({ format: 'MT940', dialect: 'MT940_MBANK', account: '19114020040000330212345678' });
    expect(s.counts).toMatchObject({ lines: 13, newLines: 13, duplicates: 0, posted: 9, unmatched: 4 });
    const lines = (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statementId: s.id } })).data!.statementLines;
    expect(lines.filter((l) => l.matchRule === 'REPAYMENT_ACCOUNT' && l.status === 'POSTED')).toHaveLength(6);
    expect(lines.filter((l) => l.matchRule === 'TITLE_NUMBER' && l.status === 'POSTED')).toHaveLength(2);
    expect(lines.filter((l) => l.matchRule === 'PESEL' && l.status === 'POSTED')).toHaveLength(1);
    expect(
      lines
        .filter((l) => l.status === 'UNMATCHED')
        .map((l) => l.matchReason)
        .sort(),
    ).toEqual(['AMOUNT_ABOVE_PAYOFF', 'DEBIT_LINE', 'LOAN_CLOSED', 'NO_RULE_MATCHED']);
    // posted through the payment service: value date = booking date, ledger allocation events, audit
    const posted = lines.filter((l) => l.status === 'POSTED');
    const pays = await db.sql<{ id: string; payment_date: string; method: string; amount: string; loan_id: string }[]>`
      select id, payment_date, method, amount, loan_id from payments where id = any(${posted.map((l) => l.paymentId!)}::uuid[])`;
    expect(pays).toHaveLength(9);
    for (const p of pays) {
      expect(p).toMatchObject({ payment_date: AS_OF, method: 'BANK_TRANSFER' });
      expect(posted.find((l) => l.paymentId === p.id)).toMatchObject({ amount: p.amount, loanId: p.loan_id });
    }
    const [alloc] = await db.sql<{ n: number }[]>`select count(*)::int as n from payment_allocations where payment_id = any(${pays.map((p) => p.id)}::uuid[])`;
    expect(alloc.n).toBeGreaterThanOrEqual(9);
    const [aud] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'POST' and entity = 'payment' and entity_id = any(${pays.map((p) => p.id)}::text[])`;
    expect(aud.n).toBe(9);
    const above = lines.find((l) => l.matchReason === 'AMOUNT_ABOVE_PAYOFF')!;
    expect(above.matchDetail).toMatch(/exceeds the payoff amount/);
  });

  it('uploaded again: nothing stored or posted twice', async () => {
    const before = await bankPayments();
    const r = await staff.gql<Imported>(IMPORT, { input: { content: demo, fileName: 'demo.mt940' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importStatement[0].counts).toMatchObject({ lines: 13, newLines: 0, duplicates: 13, posted: 0 });
    expect(await bankPayments()).toBe(before);
  });

  it('an overlapping statement posts only its new line', async () => {
    const before = await bankPayments();
    const [loan] = await db.sql<{ repayment_account: string; total: string }[]>`
      select l.repayment_account, i.total from loans l join installments i on i.loan_id = l.id and i.number = 1
      where l.status = 'ACTIVE' and l.currency = 'PLN' order by l.number desc limit 1`;
    // two lines of the demo (same references, same NONREF title fields) and one new transfer
    const old = demo.split('\r\n');
    const firstLine = old.findIndex((x) => x.startsWith(':61:'));
    const nonref = old.findIndex((x) => x.startsWith(':61:') && x.includes('NONREF') && !x.includes('//'));
    const amount = (i: number) => /C(\d+,\d{2})NTRF/.exec(old[i])![1];
    const sum = (a: string, b: string, c: string) => {
      const cents = [a, b, c].reduce((s, x) => s + BigInt(x.replace(',', '')), 0n);
      return `${cents / 100n},${String(cents % 100n).padStart(2, '0')}`;
    };
    const newAmount = loan.total.replace('.', ',');
    const text = [
      ':20:OVERLAP',
      old[1],
      ':28C:2/1',
      old[3].replace(/PLN.*/, 'PLN0,00'),
      old[firstLine],
      old[firstLine + 1],
      old[firstLine + 2],
      old[nonref],
      old[nonref + 1],
      `:61:2611251125C${newAmount}NTRFNONREF//NEW0001`,
      loan.repayment_account,
      ':86:240~00IBCWPRZELEW~20Rata~32NOWA WPLATA',
      `:62F:C261125PLN${sum(amount(firstLine), amount(nonref), newAmount)}`,
      '-',
    ].join('\r\n');
    const r = await staff.gql<Imported>(IMPORT, { input: { content: text } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importStatement[0].counts).toMatchObject({ lines: 3, newLines: 1, duplicates: 2, posted: 1 });
    expect(await bankPayments()).toBe(before + 1);
  });

  it('a statement whose balances do not add up is refused with both figures, and nothing is stored', async () => {
    const [{ n: before }] = await db.sql<{ n: number }[]>`select count(*)::int as n from bank_statements`;
    const bad = demo.replace(/:62F:C(\d{6})PLN(\d+),(\d{2})/, (_m, d, i, c) => `:62F:C${d}PLN${i},${c === '99' ? '98' : String(Number(c) + 1).padStart(2, '0')}`);
    const r = await staff.gql<Imported>(IMPORT, { input: { content: bad } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.statement.closingBalance', rule: 'statement.balanceMismatch' });
    expect(r.errors?.[0].message).toMatch(/= \d+\.\d{2} PLN, but the statement's closing balance is \d+\.\d{2} PLN/);
    const [{ n: after }] = await db.sql<{ n: number }[]>`select count(*)::int as n from bank_statements`;
    expect(after).toBe(before);
  });

  it('a gap in statement numbers is flagged', async () => {
    const mk = (n: number) =>
      demoMt940Text([{ credit: true, amount: '10.00', ref: `GAP${n}`, creditedAccount: null, title: 'x', name: 'X', payerAccount: null }], AS_OF, n).replace(
        /19114020040000330212345678/,
        '11114020040000330299999999',
      );
    expect((await staff.gql<Imported>(IMPORT, { input: { content: mk(7) } })).data!.importStatement[0].sequenceGap).toBeNull();
    const r = await staff.gql<Imported>(IMPORT, { input: { content: mk(10) } });
    expect(r.data!.importStatement[0].sequenceGap).toEqual({ previous: 7, missingFrom: 8, missingTo: 9 });
  });

  it('a title naming a file (CODE NUMBER) matches its one active loan; a loan account stored with spaces and PL matches its canonical form', async () => {
    // a file with exactly one loan, active (rule 3 through the file's (kind, number) key)
    const [file] = await db.sql<{ code: string; number: number; loan_id: string; loan_number: string }[]>`
      select rk.code, df.number, min(l.id::text) as loan_id, min(l.number) as loan_number from debtor_files df
      join receivable_kinds rk on rk.id = df.receivable_kind_id join loans l on l.file_id = df.id
      group by rk.code, df.number having count(*) = 1 and bool_and(l.status = 'ACTIVE') order by df.number limit 1`;
    // another active loan, its repayment account rewritten as a spaced PL IBAN (the stored key is recomputed)
    const [other] = await db.sql<{ id: string; number: string; repayment_account: string }[]>`
      select id, number, repayment_account from loans where status = 'ACTIVE' and id <> ${file!.loan_id}::uuid and raty_account_key(repayment_account) ~ '^\\d{26}$'
      order by number desc limit 1`;
    const acct = other!.repayment_account.replace(/\s/g, '');
    await db.sql`update loans set repayment_account = ${'PL' + acct.replace(/(.{2})(.{4})(.{4})(.{4})(.{4})(.{4})(.{4})/, '$1 $2 $3 $4 $5 $6 $7')} where id = ${other!.id}::uuid`;
    const content = demoMt940Text(
      [
        { credit: true, amount: '1.00', ref: 'FILEKEY1', creditedAccount: null, title: `Wplata ${file!.code.toLowerCase()} ${file!.number}`, name: 'X', payerAccount: null },
        { credit: true, amount: '1.00', ref: 'ACCKEY1', creditedAccount: acct, title: 'Rata', name: 'X', payerAccount: null },
      ],
      AS_OF,
      40,
    ).replace(/19114020040000330212345678/, '11114020040000330288888888');
    const r = await staff.gql<Imported>(IMPORT, { input: { content } });
    expect(r.errors).toBeUndefined();
    const lines = (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statementId: r.data!.importStatement[0].id } })).data!.statementLines;
    const byOrdinal = new Map(lines.map((l) => [l.ordinal, l]));
    expect(byOrdinal.get(1)).toMatchObject({ matchRule: 'TITLE_NUMBER', loanId: file!.loan_id, status: 'POSTED' });
    expect(byOrdinal.get(1)!.matchDetail).toBe(`The title names file ${file!.code.toUpperCase()}${file!.number}, whose one active loan is ${file!.loan_number}`);
    expect(byOrdinal.get(2)).toMatchObject({ matchRule: 'REPAYMENT_ACCOUNT', loanId: other!.id, status: 'POSTED' });
  });

  it('only SERVICING may import', async () => {
    const r = await viewer.gql<Imported>(IMPORT, { input: { content: demo } });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the unmatched queue', () => {
  const queue = async () => (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statuses: ['UNMATCHED'] } })).data!.statementLines;

  it('suggests loans with score and reason; assigning posts once and is audited', async () => {
    const closed = (await queue()).find((l) => l.matchReason === 'LOAN_CLOSED')!;
    const sug = await staff.gql<{ statementLineSuggestions: { loanId: string; score: number; reason: string }[] }>(
      `query($id: ID!) { statementLineSuggestions(lineId: $id) { loanId score reason } }`,
      { id: closed.id },
    );
    expect(sug.data!.statementLineSuggestions[0]).toMatchObject({ score: 90, reason: 'LOAN_CLOSED' });

    const unknown = (await queue()).find((l) => l.matchReason === 'NO_RULE_MATCHED')!;
    const [loan] = await db.sql<{ id: string }[]>`select id from loans where status = 'ACTIVE' and currency = 'PLN' order by number limit 1 offset 20`;
    const ASSIGN = `mutation($input: AssignStatementLineInput!) { assignStatementLine(input: $input) { id status matchRule matchReason paymentId loanId } }`;
    const bad = await staff.gql(ASSIGN, { input: { lineId: unknown.id, parts: [{ loanId: loan.id, amount: '149.00' }] } });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.parts', rule: 'statementLine.splitSum' });
    const r = await staff.gql<{ assignStatementLine: Line }>(ASSIGN, { input: { lineId: unknown.id, parts: [{ loanId: loan.id, amount: unknown.amount }] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.assignStatementLine).toMatchObject({ status: 'POSTED', matchRule: 'MANUAL', matchReason: 'ASSIGNED', loanId: loan.id });
    const again = await staff.gql(ASSIGN, { input: { lineId: unknown.id, parts: [{ loanId: loan.id, amount: unknown.amount }] } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [a] = await db.sql`select action from audit_log where entity = 'bank_statement_line' and entity_id = ${unknown.id}`;
    expect(a).toEqual({ action: 'ASSIGN' });
  });

  it('splits a line across two loans (each part posted once)', async () => {
    const above = (await queue()).find((l) => l.matchReason === 'AMOUNT_ABOVE_PAYOFF')!;
    const loans = await db.sql<{ id: string }[]>`select id from loans where status = 'ACTIVE' and currency = 'PLN' order by number limit 2 offset 30`;
    const r = await staff.gql<{ assignStatementLine: Line }>(`mutation($input: AssignStatementLineInput!) { assignStatementLine(input: $input) { status matchReason } }`, {
      input: {
        lineId: above.id,
        acceptOverpayment: true,
        parts: [
          { loanId: loans[0].id, amount: '999000.00' },
          { loanId: loans[1].id, amount: '999.00' },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.assignStatementLine).toMatchObject({ status: 'POSTED', matchReason: 'SPLIT' });
    const parts =
      await db.sql`select p.loan_id, p.amount, pay.amount as paid from bank_line_postings p join payments pay on pay.id = p.payment_id where p.line_id = ${above.id} and p.status = 'POSTED' order by p.part`;
    expect(parts).toEqual([
      { loan_id: loans[0].id, amount: '999000.00', paid: '999000.00' },
      { loan_id: loans[1].id, amount: '999.00', paid: '999.00' },
    ]);
  });

  it('marks a return; a debit line cannot be assigned', async () => {
    const debit = (await queue()).find((l) => l.matchReason === 'DEBIT_LINE')!;
    const [loan] = await db.sql<{ id: string }[]>`select id from loans where status = 'ACTIVE' and currency = 'PLN' limit 1`;
    const no = await staff.gql(`mutation($input: AssignStatementLineInput!) { assignStatementLine(input: $input) { id } }`, {
      input: { lineId: debit.id, parts: [{ loanId: loan.id, amount: debit.amount }] },
    });
    expect(no.errors?.[0].extensions?.fields?.[0]).toMatchObject({ rule: 'statementLine.debit' });
    const r = await staff.gql<{ markStatementLine: Line }>(`mutation($id: ID!) { markStatementLine(lineId: $id, mark: RETURNED, note: "zwrot nadpłaty") { status } }`, { id: debit.id });
    expect(r.data!.markStatementLine.status).toBe('RETURNED');
    const [a] = await db.sql`select action, after from audit_log where entity = 'bank_statement_line' and entity_id = ${debit.id}`;
    expect(a).toMatchObject({ action: 'MARK_RETURNED', after: { status: 'RETURNED', note: 'zwrot nadpłaty' } });
  });

  it('undoes a wrong automatic match: payment reversed, line back in the queue, audited', async () => {
    const lines = (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statementId: demoId } })).data!.statementLines;
    const wrong = lines.find((l) => l.matchRule === 'TITLE_NUMBER')!;
    const r = await staff.gql<{ undoStatementLineMatch: Line }>(`mutation($id: ID!) { undoStatementLineMatch(lineId: $id, reason: "wrong loan") { status matchReason paymentId } }`, { id: wrong.id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.undoStatementLineMatch).toMatchObject({ status: 'UNMATCHED', matchReason: 'UNDONE', paymentId: null });
    const [p] = await db.sql`select status, reversed_on from payments where id = ${wrong.paymentId}`;
    expect(p).toEqual({ status: 'REVERSED', reversed_on: AS_OF });
    const [a] = await db.sql`select action from audit_log where entity = 'bank_statement_line' and entity_id = ${wrong.id} and action = 'UNDO_MATCH'`;
    expect(a).toEqual({ action: 'UNDO_MATCH' });
    // the same statement again still posts nothing: the line is known by its key
    const before = await bankPayments();
    await staff.gql<Imported>(IMPORT, { input: { content: demo } });
    expect(await bankPayments()).toBe(before);
  });

  it('dashboard counts', async () => {
    const r = await staff.gql<{ statementQueueCounts: { unmatched: number; posted: number; returned: number; gaps: number } }>(`{ statementQueueCounts { unmatched posted returned gaps } }`);
    expect(r.data!.statementQueueCounts).toMatchObject({ returned: 1, gaps: 1 });
    expect(r.data!.statementQueueCounts.unmatched).toBeGreaterThanOrEqual(2);
  });
});

describe('bank connectors: POST /api/statements with a BANK token', () => {
  const post = (body: string, token?: string) =>
    fetch(`${app.url}/api/statements`, { method: 'POST', headers: { 'content-type': 'application/xml', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });

  it('a camt.053 with VS lines matches SK loans', async () => {
    const sk = await db.sql<{ id: string; variable_symbol: string; total: string }[]>`
      select l.id, l.variable_symbol, i.total from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version and i.number = 1
      where l.currency = 'EUR' and l.status = 'ACTIVE' and l.disbursement_date <= ${AS_OF}::date order by l.number limit 2`;
    expect(sk).toHaveLength(2);
    expect(sk[0].variable_symbol).toMatch(/^\d{1,10}$/);
    const cents = sk.reduce((s, l) => s + BigInt(l.total.replace('.', '')), 0n);
    const closing = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    const ntry = (amt: string, rmt: string, ref: string) =>
      `<Ntry><Amt Ccy="EUR">${amt}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${AS_OF}</Dt></BookgDt><AcctSvcrRef>${ref}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Ján Novák</Nm></Dbtr></RltdPties><RmtInf>${rmt}</RmtInf></TxDtls></NtryDtls></Ntry>`;
    const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr><Stmt><Id>S1</Id><LglSeqNb>5</LglSeqNb>
      <Acct><Id><IBAN>SK6609000000005012345678</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${AS_OF}</Dt></Dt></Bal>
      ${ntry(sk[0].total, `<Strd><CdtrRefInf><Ref>${sk[0].variable_symbol}</Ref></CdtrRefInf></Strd>`, 'TB1')}
      ${ntry(sk[1].total, `<Ustrd>/VS/${sk[1].variable_symbol}/SS//KS/0308</Ustrd>`, 'TB2')}
      </Stmt></BkToCstmrStmt></Document>`;
    expect((await post(xml)).status).toBe(401);
    expect((await post(xml, analystToken)).status).toBe(403);
    const res = await post(xml, bankToken);
    const body = (await res.json()) as { statements: { format: string; counts: { posted: number; unmatched: number } }[] };
    expect(res.status).toBe(201);
    expect(body.statements[0]).toMatchObject({ format: 'CAMT053', counts: { posted: 2, unmatched: 0 } });
    const lines = await db.sql`select match_rule, loan_id from bank_statement_lines l join bank_statements s on s.id = l.statement_id where s.format = 'CAMT053' order by ordinal`;
    expect(lines).toEqual([
      { match_rule: 'VARIABLE_SYMBOL', loan_id: sk[0].id },
      { match_rule: 'VARIABLE_SYMBOL', loan_id: sk[1].id },
    ]);
    const again = await post(xml, bankToken);
    expect(((await again.json()) as { statements: { counts: { posted: number; duplicates: number } }[] }).statements[0].counts).toMatchObject({ posted: 0, duplicates: 2 });
  });

  it('a statement that does not balance: 400 naming both figures', async () => {
    const res = await post(demo.replace(':60F:C', ':60F:D').replace('PLN0,00', 'PLN1,00'), bankToken);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; fields: { field: string; rule: string; params: { computedClosing: string; closing: string } }[] } };
    expect(body.error.fields[0]).toMatchObject({ rule: 'statement.balanceMismatch' });
    expect(body.error.fields[0].params.computedClosing).not.toBe(body.error.fields[0].params.closing);
  });
});

describe('crash between posting and recording it', () => {
  it('the resume step answers the posted part by replay: the line is posted once', async () => {
    const [line] = await db.sql<{ id: string; payment_id: string }[]>`select id, payment_id from bank_statement_lines where status = 'POSTED' and match_rule = 'REPAYMENT_ACCOUNT' order by id limit 1`;
    // as if the process died after postPayment committed and before the line was marked
    await db.sql`update bank_statement_lines set status = 'MATCHED', payment_id = null where id = ${line.id}`;
    await db.sql`update bank_line_postings set status = 'PENDING', payment_id = null where line_id = ${line.id}`;
    const before = await bankPayments();
    const res = await resumeStatementImports({ requestId: 't', db: db.db, sql: db.sql, log: pino({ level: 'silent' }), actor: null, loaders: createLoaders(db.db, db.sql), ip: 'local' });
    expect(res.posted).toBe(1);
    expect(await bankPayments()).toBe(before);
    const [after] = await db.sql`select status, payment_id from bank_statement_lines where id = ${line.id}`;
    expect(after).toEqual({ status: 'POSTED', payment_id: line.payment_id });
  });
});
