import { businessDate } from '../src/lib/business-date.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createLoan, sumMoney } from './support/fixtures.js';
import { createDemoData } from '../src/demo/index.js';

process.env.RATY_TODAY = '2026-11-25';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 5, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const REGISTER = `mutation($input: RegisterPaymentInput!) {
  registerPayment(input: $input) {
    replayed remainingBalance
    payment { id amount paymentDate status allocations { installmentNumber component amount } }
    balances { overdueBalance futureBalance overpaymentBalance totalOutstanding penaltyInterest }
  }
}`;
type Reg = {
  registerPayment: {
    replayed: boolean;
    remainingBalance: string;
    payment: { id: string; amount: string; status: string; allocations: { installmentNumber: number | null; component: string; amount: string }[] };
    balances: { overdueBalance: string; futureBalance: string; overpaymentBalance: string; totalOutstanding: string; penaltyInterest: string };
  };
};

function pay(loanId: string, clientId: string, paymentDate: string, amountPaid: string, key: string) {
  return staff.gql<Reg>(REGISTER, { input: { loanId, clientId, paymentDate, amountPaid, paymentMethod: 'BANK_TRANSFER', idempotencyKey: key } });
}

async function allocationsOf(paymentId: string) {
  return db.sql<{ installment_number: number | null; component: string; amount: string }[]>`
    select installment_number, component, amount from payment_allocations where payment_id = ${paymentId} order by id`;
}

describe('registerPayment (MON-3)', () => {
  it('allocates interest then principal of the oldest installment and answers the remaining balance', async () => {
    const loan = await createLoan(db);
    // 12 000 at 12 % p.a., 30/360 → monthly 1 %: annuity 12000·0.01/(1−1.01^−12) = 1066.1854 → 1066.19; first interest 120.00
    expect(loan.lines[0]).toMatchObject({ interest: '120.00', total: '1066.19', principal: '946.19' });
    const r = await pay(loan.loanId, loan.partyId, '2026-02-15', '1066.19', 'k-basic-1');
    expect(r.errors).toBeUndefined();
    const p = r.data!.registerPayment;
    expect(p.replayed).toBe(false);
    expect(p.payment.allocations).toEqual([
      { installmentNumber: 1, component: 'INTEREST', amount: '120.00' },
      { installmentNumber: 1, component: 'PRINCIPAL', amount: '946.19' },
    ]);
    const b = p.balances;
    expect(p.remainingBalance).toBe(sumMoney([b.totalOutstanding, `-${b.overpaymentBalance}`]));
    // the stored allocation lines are exactly the answer
    expect(await allocationsOf(p.payment.id)).toEqual([
      { installment_number: 1, component: 'INTEREST', amount: '120.00' },
      { installment_number: 1, component: 'PRINCIPAL', amount: '946.19' },
    ]);
    const [inst] = await db.sql`select paid_principal, paid_interest, paid_at from installments where loan_id = ${loan.loanId} and number = 1`;
    expect(inst).toEqual({ paid_principal: '946.19', paid_interest: '120.00', paid_at: '2026-02-15' });
  });

  it('is idempotent per key: same body → first answer, different body → CONFLICT, nothing posted twice', async () => {
    const loan = await createLoan(db);
    const a = await pay(loan.loanId, loan.partyId, '2026-03-01', '500.00', 'k-idem-1');
    const b = await pay(loan.loanId, loan.partyId, '2026-03-01', '500.00', 'k-idem-1');
    expect(b.data!.registerPayment.replayed).toBe(true);
    expect(b.data!.registerPayment.payment.id).toBe(a.data!.registerPayment.payment.id);
    const c = await pay(loan.loanId, loan.partyId, '2026-03-01', '500.01', 'k-idem-1');
    expect(c.errors?.[0].extensions?.code).toBe('CONFLICT');
    const rows = await db.sql`select count(*)::int as n from payments where loan_id = ${loan.loanId}`;
    expect(rows[0].n).toBe(1);
  });

  it('50 concurrent postings on one loan (half retries) post exactly the distinct payments', async () => {
    const loan = await createLoan(db, { disbursementDate: '2026-11-15', firstDueDate: '2026-12-15' });
    const keys = Array.from({ length: 25 }, (_, i) => `k-conc-${i}`);
    const calls = [...keys, ...keys].map((k) => pay(loan.loanId, loan.partyId, '2026-11-20', '100.00', k));
    const results = await Promise.all(calls);
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data!.registerPayment.payment.id));
    expect(ids.size).toBe(25);
    const [{ n, total }] = await db.sql`select count(*)::int as n, sum(amount)::text as total from payments where loan_id = ${loan.loanId}`;
    expect(n).toBe(25);
    expect(total).toBe('2500.00');
    const [{ alloc }] = await db.sql`select sum(amount)::text as alloc from payment_allocations where loan_id = ${loan.loanId}`;
    expect(alloc).toBe('2500.00');
    // nothing is due yet: balance = principal + interest − the distinct payments
    const totalPayable = sumMoney(loan.lines.map((l) => l.total));
    const last = await pay(loan.loanId, loan.partyId, '2026-11-20', '0.01', 'k-conc-final');
    expect(last.data!.registerPayment.remainingBalance).toBe(sumMoney([totalPayable, '-2500.01']));
  });

  it('a back-dated payment re-allocates later payments and their penalty interest; a reversal restores them', async () => {
    const loan = await createLoan(db);
    const late = await pay(loan.loanId, loan.partyId, '2026-06-20', '3000.00', 'k-back-late');
    const lateId = late.data!.registerPayment.payment.id;
    const before = await allocationsOf(lateId);
    // paid late: installment 1 (due 15.02) carries penalty interest for 125 days
    expect(before.some((a) => a.installment_number === 1 && a.component === 'PENALTY_INTEREST')).toBe(true);

    const early = await pay(loan.loanId, loan.partyId, '2026-02-15', '1066.19', 'k-back-early');
    const earlyId = early.data!.registerPayment.payment.id;
    expect(await allocationsOf(earlyId)).toEqual([
      { installment_number: 1, component: 'INTEREST', amount: '120.00' },
      { installment_number: 1, component: 'PRINCIPAL', amount: '946.19' },
    ]);
    const after = await allocationsOf(lateId);
    expect(after.some((a) => a.installment_number === 1)).toBe(false);
    expect(sumMoney(after.map((a) => a.amount))).toBe('3000.00');

    const rev = await staff.gql(`mutation($id: ID!) { reversePayment(id: $id, reason: "returned by the bank") { status reversalReason } }`, { id: earlyId });
    expect(rev.data).toEqual({ reversePayment: { status: 'REVERSED', reversalReason: 'returned by the bank' } });
    expect(await allocationsOf(lateId)).toEqual(before);
    // the reversed payment keeps its posting and reads its undoing as negative REVERSAL events (issue 18): Σ = 0
    expect(await allocationsOf(earlyId)).toEqual([
      { installment_number: 1, component: 'INTEREST', amount: '120.00' },
      { installment_number: 1, component: 'PRINCIPAL', amount: '946.19' },
      { installment_number: 1, component: 'INTEREST', amount: '-120.00' },
      { installment_number: 1, component: 'PRINCIPAL', amount: '-946.19' },
    ]);
    const kinds = await db.sql`select kind, effective_date from payment_allocations where payment_id = ${earlyId} order by id`;
    expect(kinds.map((k) => `${k.kind} ${k.effective_date}`)).toEqual(['POSTING 2026-02-15', 'POSTING 2026-02-15', `REVERSAL ${businessDate()}`, `REVERSAL ${businessDate()}`]);
    const [p] = await db.sql`select status from payments where id = ${earlyId}`;
    expect(p.status).toBe('REVERSED'); // never deleted
    const again = await staff.gql(`mutation($id: ID!) { reversePayment(id: $id, reason: "x") { status } }`, { id: earlyId });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('validates input and names each field', async () => {
    const loan = await createLoan(db);
    const r = await staff.gql(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2027-01-01', amountPaid: '-5.001', paymentMethod: 'CASH', idempotencyKey: '' },
    });
    const fields = r.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.rule}`);
    expect(fields).toEqual(['input.amountPaid:amount.decimals', 'input.paymentDate:date.future', 'input.idempotencyKey:required']);
    const exp = await staff.gql(REGISTER, { input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-03-01', amountPaid: '1e3', paymentMethod: 'CASH', idempotencyKey: 'x' } });
    expect(exp.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const beforeDisb = await pay(loan.loanId, loan.partyId, '2025-12-31', '10.00', 'k-v-1');
    expect(beforeDisb.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.paymentDate', rule: 'date.beforeDisbursement' });
  });

  it("another client's loan is NOT_FOUND, and a viewer cannot post", async () => {
    const mine = await createLoan(db);
    const other = await createLoan(db);
    const r = await pay(mine.loanId, other.partyId, '2026-03-01', '10.00', 'k-own-1');
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const viewer = app.client();
    await viewer.login('viewer@raty.demo');
    const v = await viewer.gql(REGISTER, { input: { loanId: mine.loanId, clientId: mine.partyId, paymentDate: '2026-03-01', amountPaid: '10.00', paymentMethod: 'CASH', idempotencyKey: 'k-own-2' } });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('repaymentSchedule and loan queries', () => {
  it('returns lines with paymentDate, amountDue and status; NOT_FOUND for another client', async () => {
    const loan = await createLoan(db);
    await pay(loan.loanId, loan.partyId, '2026-02-15', '1066.19', 'k-sched-1');
    await pay(loan.loanId, loan.partyId, '2026-03-15', '500.00', 'k-sched-2');
    const q = `query($l: ID!, $c: ID!) { repaymentSchedule(loanId: $l, clientId: $c) { number paymentDate amountDue principal interest paymentStatus } }`;
    const r = await staff.gql<{ repaymentSchedule: { number: number; paymentDate: string; amountDue: string; paymentStatus: string }[] }>(q, { l: loan.loanId, c: loan.partyId });
    const lines = r.data!.repaymentSchedule;
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatchObject({ number: 1, paymentDate: '2026-02-15', amountDue: '1066.19', paymentStatus: 'PAID' });
    // partly paid and past due: OVERDUE wins over PARTIALLY_PAID (the engine's rule, docs/domain.md)
    expect(lines[1]).toMatchObject({ paymentStatus: 'OVERDUE' });
    expect(lines[2].paymentStatus).toBe('OVERDUE');
    expect(lines[11].paymentStatus).toBe('PENDING');
    const other = await createLoan(db);
    // a payment before the due date of a future line does not mark it paid until it falls due
    const future = await createLoan(db, { disbursementDate: '2026-11-15', firstDueDate: '2026-11-25' });
    await pay(future.loanId, future.partyId, '2026-11-25', '100.00', 'k-sched-3');
    const fr = await staff.gql<{ repaymentSchedule: { paymentStatus: string }[] }>(q, { l: future.loanId, c: future.partyId });
    expect(fr.data!.repaymentSchedule[0].paymentStatus).toBe('PARTIALLY_PAID');
    const nf = await staff.gql(q, { l: loan.loanId, c: other.partyId });
    expect(nf.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('loan(id) gives parties, balances as of a date and payments with allocations', async () => {
    const loan = await createLoan(db, { disbursementDate: '2026-11-15', firstDueDate: '2026-12-15' });
    await pay(loan.loanId, loan.partyId, '2026-11-20', '50.00', 'k-loan-1');
    const r = await staff.gql<{
      loan: {
        number: string;
        parties: { role: string }[];
        balances: { overpaymentBalance: string; overdueBalance: string; futureBalance: string };
        payments: { amount: string; allocations: { component: string }[] }[];
      };
    }>(
      `query($id: ID!) { loan(id: $id) { number status parties { role } balances(asOf: "2026-11-25") { overdueBalance futureBalance overpaymentBalance daysPastDue }
        payments { amount allocations { component amount } } scheduleVersions { version current } } }`,
      { id: loan.loanId },
    );
    const l = r.data!.loan;
    expect(l.parties).toEqual([{ role: 'BORROWER' }]);
    expect(l.balances.overpaymentBalance).toBe('50.00');
    expect(l.balances.overdueBalance).toBe('0.00');
    expect(l.balances.futureBalance).toBe(sumMoney(loan.lines.map((x) => x.total)));
    expect(l.payments).toEqual([{ amount: '50.00', allocations: [{ component: 'OVERPAYMENT', amount: '50.00' }] }]);
    // no stored APR: computed from the schedule by the EU formula (12 % nominal, monthly → about 12.68 %)
    const apr = await staff.gql<{ loan: { apr: string | null; aprEffective: string } }>(`query($id: ID!) { loan(id: $id) { apr aprEffective } }`, { id: loan.loanId });
    expect(apr.data!.loan.apr).toBeNull();
    expect(Number(apr.data!.loan.aprEffective)).toBeGreaterThan(12.5);
    expect(Number(apr.data!.loan.aprEffective)).toBeLessThan(12.9);
  });
});

describe('quotes and extraordinary repayment', () => {
  it('scheduleQuote builds the annuity and its APR without saving', async () => {
    const r = await staff.gql<{ scheduleQuote: { installment: string; totalInterest: string; lines: { total: string }[]; apr: string; aprLegal: string } }>(
      `{ scheduleQuote(terms: { principal: "12000.00", annualRate: "12", installments: 12, disbursementDate: "2026-01-15", firstDueDate: "2026-02-15", method: ANNUITY, dayCount: D30_360 }) { installment totalInterest apr aprLegal lines { total } } }`,
    );
    expect(r.errors).toBeUndefined();
    const q = r.data!.scheduleQuote;
    expect(q.installment).toBe('1066.19');
    expect(q.lines).toHaveLength(12);
    expect(sumMoney(q.lines.map((l) => l.total))).toBe(sumMoney(['12000.00', q.totalInterest]));
    // nominal 12 % monthly-compounded → effective (1.01^12 − 1) = 12.68 %
    expect(Number(q.apr)).toBeGreaterThan(12.6);
    expect(Number(q.apr)).toBeLessThan(12.8);
    expect(q.aprLegal).toMatch(/^12\.[67]$/);
  });

  it('previews and executes LOWER_INSTALLMENT as a new schedule version', async () => {
    const loan = await createLoan(db);
    for (let i = 0; i < 3; i++) await pay(loan.loanId, loan.partyId, loan.lines[i].dueDate, loan.lines[i].total, `k-ms-${i}`);
    const args = { l: loan.loanId, d: '2026-05-01', a: '3000.00' };
    const pv = await staff.gql<{ extraordinaryRepaymentPreview: { installmentBefore: string; installmentAfter: string; installmentsAfter: number; diff: { changed: boolean }[] } }>(
      `query($l: ID!, $d: Date!, $a: Decimal!) { extraordinaryRepaymentPreview(loanId: $l, date: $d, amount: $a, mode: LOWER_INSTALLMENT) { installmentBefore installmentAfter installmentsAfter diff { number changed } } }`,
      args,
    );
    const p = pv.data!.extraordinaryRepaymentPreview;
    expect(p.installmentBefore).toBe('1066.19');
    expect(Number(p.installmentAfter)).toBeLessThan(1066.19);
    expect(p.installmentsAfter).toBe(12);
    expect(p.diff.filter((d) => d.changed).length).toBeGreaterThan(0);
    const ex = await staff.gql<{ executeExtraordinaryRepayment: { newVersion: number } }>(
      `mutation($l: ID!, $d: Date!, $a: Decimal!) { executeExtraordinaryRepayment(loanId: $l, date: $d, amount: $a, mode: LOWER_INSTALLMENT) { newVersion installmentAfter } }`,
      args,
    );
    expect(ex.errors).toBeUndefined();
    expect(ex.data!.executeExtraordinaryRepayment.newVersion).toBe(2);
    const [l] = await db.sql`select schedule_version from loans where id = ${loan.loanId}`;
    expect(l.schedule_version).toBe(2);
    const v2 = await db.sql`select total from installments where loan_id = ${loan.loanId} and version = 2 and number = 6`;
    expect(v2[0].total).toBe(p.installmentAfter);
    // the three paid installments stay paid in the new version
    const paid = await db.sql`select count(*)::int as n from installments where loan_id = ${loan.loanId} and version = 2 and paid_at is not null`;
    expect(paid[0].n).toBe(3);
  });

  it('refuses an extraordinary repayment during a deferral with the field named', async () => {
    const loan = await createLoan(db, { deferralMonths: 3, installments: 15 });
    const r = await staff.gql(`query($l: ID!) { extraordinaryRepaymentPreview(loanId: $l, date: "2026-03-01", amount: "100.00", mode: SHORTEN_TERM) { newVersion } }`, { l: loan.loanId });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields?.[0].field).toBe('date');
  });
});
