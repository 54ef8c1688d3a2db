/**
 * Issue 30, continued: payers who are not the borrower are recorded as such (on the line, in the queue and on the
 * payment); a refund of an overpayment is an outgoing transfer request, exported as a CSV file for the bank —
 * audited, permission-checked, never more than the overpayment held (also under concurrency).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { demoMt940Text } from '../src/modules/statements/demo.js';

const AS_OF = '2026-11-25';
process.env.RATY_TODAY = AS_OF;

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;
let viewer: TestClient;

interface LoanInfo {
  id: string;
  number: string;
  repayment_account: string;
  first_name: string;
  last_name: string;
  party_id: string;
}
let loans: LoanInfo[];
let repaid: { id: string; repayment_account: string };

beforeAll(async () => {
  db = await createDemoDataDb();
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
  viewer = app.client();
  await viewer.login('viewer@raty.demo');
  loans = await db.sql<LoanInfo[]>`
    select l.id, l.number, l.repayment_account, p.first_name, p.last_name, p.id as party_id from loans l
    join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER' join parties p on p.id = fp.party_id
    where l.status = 'ACTIVE' and l.currency = 'PLN' and l.disbursement_date <= ${AS_OF}::date and p.last_name is not null and p.first_name is not null
      and (select count(*) from file_parties x where x.file_id = l.file_id and x.role in ('BORROWER', 'CO_BORROWER')) = 1
    order by l.number limit 4`;
  [repaid] = await db.sql<{ id: string; repayment_account: string }[]>`select id, repayment_account from loans where status = 'REPAID' and currency = 'PLN' order by number limit 1`;
  expect(loans).toHaveLength(4);
  expect(repaid).toBeTruthy();
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function createDemoDataDb() {
  const d = await createTestDb();
  await createDemoData(d, { files: 80, asOf: AS_OF, withPayments: false });
  return d;
}

const IMPORT = `mutation($input: ImportStatementInput!) { importStatement(input: $input) { id counts { posted unmatched } } }`;
const LINES = `query($f: StatementLineFilter!) { statementLines(filter: $f) { id ordinal status matchReason loanId paymentId counterpartyName payerRelation payerDetail } }`;
type Line = { id: string; ordinal: number; status: string; matchReason: string | null; loanId: string | null; paymentId: string | null; payerRelation: string | null; payerDetail: string | null };

describe('payers who are not the borrower', () => {
  it('are recorded on the line and on the payment; the borrower paying is recorded as the borrower; queued lines too', async () => {
    const [a, b] = loans;
    const text = demoMt940Text(
      [
        { credit: true, amount: '11.00', ref: 'PAYER1', creditedAccount: a.repayment_account, title: 'Rata', name: `${a.last_name} ${a.first_name}`.toUpperCase(), payerAccount: null },
        { credit: true, amount: '12.00', ref: 'PAYER2', creditedAccount: b.repayment_account, title: 'Rata za syna', name: 'ZBIGNIEW OBCY-NIEZNANY', payerAccount: '61109010140000071219812874' },
        // a closed loan's account: queued (LOAN_CLOSED) with its one candidate, and the payer compared with its borrower
        { credit: true, amount: '13.00', ref: 'PAYER3', creditedAccount: repaid.repayment_account, title: 'Rata', name: 'ZBIGNIEW OBCY-NIEZNANY', payerAccount: null },
        { credit: true, amount: '14.00', ref: 'PAYER4', creditedAccount: null, title: 'Przelew', name: 'KTOS', payerAccount: null },
      ],
      AS_OF,
      501,
    );
    const r = await staff.gql<{ importStatement: { id: string; counts: { posted: number; unmatched: number } }[] }>(IMPORT, { input: { content: text } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importStatement[0].counts).toMatchObject({ posted: 2, unmatched: 2 });
    const lines = (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statementId: r.data!.importStatement[0].id } })).data!.statementLines;
    expect(lines.map((l) => [l.status, l.payerRelation])).toEqual([
      ['POSTED', 'BORROWER'],
      ['POSTED', 'THIRD_PARTY'],
      ['UNMATCHED', 'THIRD_PARTY'],
      ['UNMATCHED', null],
    ]);
    expect(lines[1].payerDetail).toContain('ZBIGNIEW OBCY-NIEZNANY');
    expect(lines[1].payerDetail).toContain(`${b.first_name} ${b.last_name}`);
    // the unmatched queue shows it
    const queue = (await staff.gql<{ statementLines: Line[] }>(LINES, { f: { statuses: ['UNMATCHED'] } })).data!.statementLines;
    expect(queue.find((l) => l.id === lines[2].id)).toMatchObject({ matchReason: 'LOAN_CLOSED', payerRelation: 'THIRD_PARTY' });
    // the payment records the payer
    const pay = await staff.gql<{ loan: { payments: { id: string; payerName: string | null; payerAccount: string | null; payerRelation: string | null }[] } }>(
      `query($id: ID!) { loan(id: $id) { payments { id payerName payerAccount payerRelation } } }`,
      { id: b.id },
    );
    expect(pay.errors).toBeUndefined();
    expect(pay.data!.loan.payments.find((p) => p.id === lines[1].paymentId)).toEqual({
      id: lines[1].paymentId,
      payerName: 'ZBIGNIEW OBCY-NIEZNANY',
      payerAccount: '61109010140000071219812874',
      payerRelation: 'THIRD_PARTY',
    });
    const [own] = await db.sql<{ payer_relation: string }[]>`select payer_relation from payments where id = ${lines[0].paymentId}`;
    expect(own.payer_relation).toBe('BORROWER');
  });

  it('an assignment from the queue records the payer against the loan assigned', async () => {
    const [, , c] = loans;
    const [line] = await db.sql<{ id: string }[]>`select id from bank_statement_lines where bank_reference = 'PAYER4'`;
    const r = await staff.gql<{ assignStatementLine: { status: string; payerRelation: string } }>(
      `mutation($input: AssignStatementLineInput!) { assignStatementLine(input: $input) { status payerRelation } }`,
      { input: { lineId: line.id, parts: [{ loanId: c.id, amount: '14.00' }] } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.assignStatementLine).toEqual({ status: 'POSTED', payerRelation: 'THIRD_PARTY' });
    const [p] = await db.sql<
      { payer_relation: string; payer_name: string }[]
    >`select p.payer_relation, p.payer_name from payments p join bank_statement_lines l on l.payment_id = p.id where l.id = ${line.id}`;
    expect(p).toEqual({ payer_relation: 'THIRD_PARTY', payer_name: 'KTOS' });
  });
});

const REQUEST = `mutation($input: RequestRefundInput!) { requestRefund(input: $input) { id amount currency status beneficiaryAccount title } }`;
const EXPORT = `mutation($c: String!) { exportRefunds(currency: $c) { exportId fileName csv count total currency } }`;

describe('refund of an overpayment: an outgoing transfer request, exported as a CSV file for the bank', () => {
  let loan: LoanInfo;
  let held: string;

  it('a loan paid above its payoff holds an overpayment', async () => {
    loan = loans[3];
    const r = await staff.gql<{ registerPayment: { payment: { id: string } } }>(`mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { payment { id } } }`, {
      input: { loanId: loan.id, clientId: loan.party_id, paymentDate: AS_OF, amountPaid: '999999.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'refund-overpay-1', acceptOverpayment: true },
    });
    expect(r.errors).toBeUndefined();
    const b = await staff.gql<{ loan: { balances: { overpaymentBalance: string } } }>(`query($id: ID!) { loan(id: $id) { balances { overpaymentBalance } } }`, { id: loan.id });
    held = b.data!.loan.balances.overpaymentBalance;
    expect(Number(held)).toBeGreaterThan(1000);
  });

  it('is refused above the overpayment available, with the figures', async () => {
    const r = await staff.gql(REQUEST, { input: { loanId: loan.id, amount: '1000000.00', beneficiaryName: 'Jan Kowalski', beneficiaryAccount: '61 1090 1014 0000 0712 1981 2874' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.amount', rule: 'refund.exceedsOverpayment', params: { available: held } }] });
  });

  it('a bad account is refused naming the field and the rule; a viewer may not request refunds', async () => {
    const bad = await staff.gql(REQUEST, { input: { loanId: loan.id, amount: '10.00', beneficiaryName: 'Jan Kowalski', beneficiaryAccount: '61 1090 1014 0000 0712 1981 2875' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.beneficiaryAccount', rule: 'nrb.checksum' }] });
    const denied = await viewer.gql(REQUEST, { input: { loanId: loan.id, amount: '10.00', beneficiaryName: 'Jan Kowalski', beneficiaryAccount: '61109010140000071219812874' } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deniedExport = await viewer.gql(EXPORT, { c: 'PLN' });
    expect(deniedExport.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from refund_requests`;
    expect(n).toBe(0);
  });

  it('two concurrent requests of 60 % of the overpayment each: one is recorded, the other refused', async () => {
    const cents = BigInt(held.replace('.', ''));
    const part = ((cents * 6n) / 10n).toString().padStart(3, '0');
    const amount = `${part.slice(0, -2)}.${part.slice(-2)}`;
    const input = (name: string) => ({ loanId: loan.id, amount, beneficiaryName: name, beneficiaryAccount: '61109010140000071219812874', title: 'Zwrot; "nadpłaty"' });
    const [x, y] = await Promise.all([staff.gql(REQUEST, { input: input('Jan Kowalski') }), staff.gql(REQUEST, { input: input('Jan Kowalski') })]);
    const ok = [x, y].filter((r) => !r.errors);
    const refused = [x, y].filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ fields: [{ rule: 'refund.exceedsOverpayment' }] });
    expect((ok[0].data as { requestRefund: { status: string; amount: string } }).requestRefund).toMatchObject({ status: 'REQUESTED', amount });
    const [aud] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'REQUEST_REFUND' and entity = 'refund_request'`;
    expect(aud.n).toBe(1);
  });

  it('exports the requests as a CSV for the bank (BOM, semicolons, decimal comma), marks them exported once, audited', async () => {
    const second = await staff.gql<{ requestRefund: { id: string } }>(REQUEST, {
      input: { loanId: loan.id, amount: '10.50', beneficiaryName: '=HYPERLINK("x")', beneficiaryAccount: 'PL61109010140000071219812874' },
    });
    expect(second.errors).toBeUndefined();
    const r = await staff.gql<{ exportRefunds: { exportId: string; fileName: string; csv: string; count: number; total: string; currency: string } }>(EXPORT, { c: 'PLN' });
    expect(r.errors).toBeUndefined();
    const e = r.data!.exportRefunds;
    expect(e).toMatchObject({ count: 2, currency: 'PLN', fileName: `raty-zwroty-PLN-${AS_OF}.csv` });
    expect(e.csv.startsWith('\uFEFF')).toBe(true);
    const rows = e.csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Rachunek odbiorcy;Nazwa odbiorcy;Kwota;Waluta;Tytuł;Data;Referencja');
    expect(rows[1]).toMatch(/^61109010140000071219812874;Jan Kowalski;\d+,\d{2};PLN;"Zwrot; ""nadpłaty""";2026-11-25;[0-9a-f-]{36}$/);
    // a formula-looking name is neutralised (OWASP CSV injection) and quoted
    expect(rows[2]).toBe(`61109010140000071219812874;"'=HYPERLINK(""x"")";10,50;PLN;Zwrot nadpłaty, umowa ${loan.number};2026-11-25;${second.data!.requestRefund.id}`);
    expect(rows[3]).toBe('');
    const list = await staff.gql<{ refundRequests: { status: string; exportId: string }[] }>(`{ refundRequests(status: "EXPORTED") { status exportId } }`);
    expect(list.data!.refundRequests).toHaveLength(2);
    expect(new Set(list.data!.refundRequests.map((x) => x.exportId))).toEqual(new Set([e.exportId]));
    const [aud] = await db.sql<{ after: { count: number; total: string } }[]>`select after from audit_log where action = 'EXPORT_REFUNDS' and entity_id = ${e.exportId}`;
    expect(aud.after).toMatchObject({ count: 2, total: e.total });
    // nothing left to export: a header-only file, nothing marked
    const again = await staff.gql<{ exportRefunds: { exportId: string | null; count: number; csv: string } }>(EXPORT, { c: 'PLN' });
    expect(again.data!.exportRefunds).toMatchObject({ exportId: null, count: 0 });
  });

  it('an exported request cannot be cancelled; a requested one can, audited, and frees its amount', async () => {
    const [exported] = await db.sql<{ id: string }[]>`select id from refund_requests where status = 'EXPORTED' limit 1`;
    const no = await staff.gql(`mutation($id: ID!) { cancelRefund(id: $id, reason: "x") { status } }`, { id: exported.id });
    expect(no.errors?.[0].extensions?.code).toBe('CONFLICT');
    const r = await staff.gql<{ requestRefund: { id: string } }>(REQUEST, {
      input: { loanId: loan.id, amount: '1.00', beneficiaryName: 'Jan Kowalski', beneficiaryAccount: '61109010140000071219812874' },
    });
    const c = await staff.gql<{ cancelRefund: { status: string } }>(`mutation($id: ID!) { cancelRefund(id: $id, reason: "Klient zrezygnował") { status } }`, { id: r.data!.requestRefund.id });
    expect(c.data!.cancelRefund.status).toBe('CANCELLED');
    const [aud] = await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'CANCEL_REFUND' and entity_id = ${r.data!.requestRefund.id}`;
    expect(aud.n).toBe(1);
  });
});
