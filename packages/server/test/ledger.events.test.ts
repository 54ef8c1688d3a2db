/**
 * One ledger (issue 18): on a fresh small demo portfolio every view reads the same allocation events —
 * Σ Payment.allocations by component = the schedule's paid amounts for every loan (analyst GraphQL), an early payment
 * (deposit applied later) reads the same split for staff, analyst and the borrower's client zone, and the portfolio
 * checker (scripts/check-invariants.ts checkLedger: L1–L3) finds nothing.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { createDemoData, SIZES } from '../src/demo/index.js';
import { hashPassword } from '../src/lib/crypto.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { backfillAllocationEvents, backfillReversalEvents, ALLOCATION_EVENTS_BACKFILL, REVERSAL_EVENTS_BACKFILL } from '../src/modules/loans/backfill.js';
import { checkLedger } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;
let staff: TestClient;

const minor = (s: string) => {
  const neg = s.startsWith('-');
  const [i, f = ''] = (neg ? s.slice(1) : s).split('.');
  const v = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  return neg ? -v : v;
};

type Alloc = { kind: string; effectiveDate: string; installmentNumber: number | null; component: string; amount: string; currency: string };
const split = (allocs: Alloc[]) => {
  const m: Record<string, bigint> = { PRINCIPAL: 0n, INTEREST: 0n, PENALTY_INTEREST: 0n, FEE: 0n, OVERPAYMENT: 0n };
  for (const a of allocs) m[a.component] += minor(a.amount);
  return m;
};

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: SIZES.small, asOf: TODAY });
  app = await startTestApp(db);
  analyst = app.client();
  await analyst.login('analyst@raty.demo');
  staff = app.client();
  await staff.login('collector@raty.demo');
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('one ledger on the small demo portfolio', () => {
  it('done-when 1: for every loan Σ payments.allocations by component = Σ schedule paid, through GraphQL as an analyst', async () => {
    const Q = `query($a: String) { loans(first: 100, after: $a) { pageInfo { hasNextPage endCursor }
      edges { node { id number currency schedule { number principalPaid interestPaid } payments { status amount currency allocations { kind effectiveDate installmentNumber component amount currency } } } } } }`;
    type Node = {
      id: string;
      number: string;
      currency: string;
      schedule: { principalPaid: string | null; interestPaid: string | null }[];
      payments: { status: string; amount: string; currency: string; allocations: Alloc[] }[];
    };
    let after: string | null = null;
    let loans = 0,
      differ = 0,
      withApplications = 0;
    do {
      const r: { data: { loans: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } } | null; errors?: unknown } = await analyst.gql(Q, { a: after });
      expect(r.errors).toBeUndefined();
      for (const { node } of r.data!.loans.edges) {
        loans++;
        const all = node.payments.flatMap((p) => p.allocations);
        const s = split(all);
        const paidP = node.schedule.reduce((a, l) => a + minor(l.principalPaid ?? '0'), 0n);
        const paidI = node.schedule.reduce((a, l) => a + minor(l.interestPaid ?? '0'), 0n);
        if (s.PRINCIPAL !== paidP || s.INTEREST !== paidI) differ++;
        if (all.some((a) => a.kind === 'APPLICATION')) withApplications++;
        for (const p of node.payments) {
          expect(p.currency).toBe(node.currency);
          // per payment the events sum to its amount (none for a reversed one)
          expect(p.allocations.reduce((a, x) => a + minor(x.amount), 0n)).toBe(p.status === 'POSTED' ? minor(p.amount) : 0n);
          for (const a of p.allocations) expect(a.currency).toBe(node.currency);
        }
      }
      after = r.data!.loans.pageInfo.hasNextPage ? r.data!.loans.pageInfo.endCursor : null;
    } while (after);
    expect(loans).toBe(SIZES.small);
    expect(differ).toBe(0);
    expect(withApplications).toBeGreaterThan(100);
  }, 300_000);

  it('done-when 2: an early payment (deposit applied later) reads the same split for staff, analyst and the client zone', async () => {
    // the demo is generated relative to the business date: RAT/2025/000212's 951.36 of 2025-11-27 is "a payment made
    // before its due date whose whole amount was a deposit at posting and later paid interest + principal"
    const [p] = await db.sql<{ id: string; loan_id: string; file_id: string; amount: string; payment_date: string; party_id: string; national_id: string }[]>`
      select p.id, p.loan_id, l.file_id, p.amount::text, p.payment_date, fp.party_id, pa.national_id
      from payments p join loans l on l.id = p.loan_id
      join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER' join parties pa on pa.id = fp.party_id
      where p.status = 'POSTED' and pa.national_id is not null
        and exists (select 1 from payment_allocations a where a.payment_id = p.id and a.kind = 'POSTING' and a.component = 'OVERPAYMENT' and a.amount = p.amount)
        and exists (select 1 from payment_allocations a where a.payment_id = p.id and a.kind = 'APPLICATION' and a.component = 'PRINCIPAL')
        and (select count(*) from file_parties x where x.file_id = l.file_id and x.role = 'BORROWER') = 1
      order by p.payment_date, p.id limit 1`;
    expect(p).toBeDefined();

    const staffR = await staff.gql<{ fileLoans: { id: string; payments: { id: string; allocations: Alloc[] }[] }[] }>(
      `query($f: ID!) { fileLoans(fileId: $f) { id payments { id allocations { kind effectiveDate installmentNumber component amount currency } } } }`,
      { f: p.file_id },
    );
    expect(staffR.errors).toBeUndefined();
    const staffAllocs = staffR.data!.fileLoans.find((l) => l.id === p.loan_id)!.payments.find((x) => x.id === p.id)!.allocations;
    const staffSplit = split(staffAllocs);
    expect(staffSplit.PRINCIPAL).toBeGreaterThan(0n);
    expect(staffAllocs[0]).toMatchObject({ kind: 'POSTING', effectiveDate: p.payment_date, component: 'OVERPAYMENT', amount: p.amount });
    expect(staffAllocs.filter((a) => a.kind === 'APPLICATION').every((a) => a.effectiveDate >= p.payment_date && (a.component === 'OVERPAYMENT') === (a.installmentNumber === null))).toBe(true);

    // the same events per installment (Loan.allocationEvents): those of the installment its deposit paid
    const inst = staffAllocs.find((a) => a.kind === 'APPLICATION' && a.installmentNumber !== null)!.installmentNumber!;
    const perInst = await analyst.gql<{ loan: { allocationEvents: (Alloc & { paymentId: string })[] } }>(
      `query($l: ID!, $n: Int) { loan(id: $l) { allocationEvents(installmentNumber: $n) { paymentId kind effectiveDate installmentNumber component amount currency } } }`,
      { l: p.loan_id, n: inst },
    );
    expect(perInst.errors).toBeUndefined();
    const mine = perInst.data!.loan.allocationEvents.filter((a) => a.paymentId === p.id).map(({ paymentId: _, ...a }) => a);
    expect(mine).toEqual(staffAllocs.filter((a) => a.installmentNumber === inst));
    expect(perInst.data!.loan.allocationEvents.every((a) => a.installmentNumber === inst)).toBe(true);

    const anR = await analyst.gql<{ allPayments: { edges: { node: { id: string; allocations: Alloc[] } }[] } }>(
      `query($d: Date!) { allPayments(filter: { from: $d, to: $d }, first: 200) { edges { node { id allocations { kind effectiveDate installmentNumber component amount currency } } } } }`,
      { d: p.payment_date },
    );
    expect(anR.errors).toBeUndefined();
    const anAllocs = anR.data!.allPayments.edges.find((e) => e.node.id === p.id)!.node.allocations;
    expect(anAllocs).toEqual(staffAllocs);

    // the borrower in the client zone (an account with an own password, logged in over HTTP)
    await db.sql`insert into client_accounts (party_id, login, password_hash, must_change_password) values (${p.party_id}, ${p.national_id}, ${await hashPassword('Moje-Haslo-2026')}, false)`;
    const c = makeClient(app.url);
    const li = await c.gql(
      `mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { partyId } }`,
      { l: p.national_id, p: 'Moje-Haslo-2026' },
      { 'x-forwarded-for': '198.51.100.77' },
    );
    expect(li.errors).toBeUndefined();
    const my = await c.gql<{ myLoan: { repayments: { id: string; amount: string; principal: string; interest: string; penaltyInterest: string; other: string; deposit: string }[] } }>(
      `query($id: ID!) { myLoan(id: $id) { repayments { id amount principal interest penaltyInterest other deposit } } }`,
      { id: p.loan_id },
    );
    expect(my.errors).toBeUndefined();
    const row = my.data!.myLoan.repayments.find((r) => r.id === p.id)!;
    expect({ PRINCIPAL: minor(row.principal), INTEREST: minor(row.interest), PENALTY_INTEREST: minor(row.penaltyInterest), FEE: minor(row.other), OVERPAYMENT: minor(row.deposit) }).toEqual(
      staffSplit,
    );
  }, 120_000);

  it('the portfolio checker (L1–L3) finds nothing, and after the daily tick of a later date still nothing', async () => {
    const r = await checkLedger(db.sql);
    expect(r.violations).toEqual([]);
    expect(r.stats.loansDiffering).toBe(0);
    expect(r.stats.events).toBeGreaterThan(1000);
    // the tick applies deposits to installments falling due and records them as events
    await runDailyTick(db.sql, '2026-12-31');
    const after = await checkLedger(db.sql);
    expect(after.violations).toEqual([]);
    expect(after.stats.events).toBeGreaterThan(r.stats.events);
  }, 120_000);

  it('a reversal reads as dated negative events: the payment keeps what it had reached, undone on the reversal date; the checker still holds', async () => {
    // an early payment whose deposit was applied to an installment (APPLICATION events), reversed by staff today
    const [p] = await db.sql<{ id: string; loan_id: string; file_id: string; amount: string }[]>`
      select p.id, p.loan_id, l.file_id, p.amount::text from payments p join loans l on l.id = p.loan_id
      where p.status = 'POSTED' and p.kind = 'REGULAR' and l.schedule_version = 1
        and exists (select 1 from payment_allocations a where a.payment_id = p.id and a.kind = 'APPLICATION' and a.component = 'PRINCIPAL')
      order by p.payment_date, p.id limit 1`;
    const Q = `query($f: ID!) { fileLoans(fileId: $f) { id schedule { number principalPaid interestPaid } payments { id status amount allocations { kind effectiveDate installmentNumber component amount currency } } } }`;
    type L = {
      id: string;
      schedule: { number: number; principalPaid: string | null; interestPaid: string | null }[];
      payments: { id: string; status: string; amount: string; allocations: Alloc[] }[];
    };
    const before = (await staff.gql<{ fileLoans: L[] }>(Q, { f: p.file_id })).data!.fileLoans.find((l) => l.id === p.loan_id)!.payments.find((x) => x.id === p.id)!.allocations;
    const rev = await staff.gql(`mutation($id: ID!) { reversePayment(id: $id, reason: "returned by the bank") { status } }`, { id: p.id });
    expect(rev.errors).toBeUndefined();
    const loan = (await staff.gql<{ fileLoans: L[] }>(Q, { f: p.file_id })).data!.fileLoans.find((l) => l.id === p.loan_id)!;
    const after = loan.payments.find((x) => x.id === p.id)!;
    expect(after.status).toBe('REVERSED');
    // its events up to the reversal are kept (those dated by today, as before), then undone on today's date
    expect(after.allocations.filter((a) => a.kind !== 'REVERSAL')).toEqual(before.filter((a) => a.effectiveDate <= TODAY));
    const undo = after.allocations.filter((a) => a.kind === 'REVERSAL');
    expect(undo.length).toBeGreaterThan(0);
    expect(undo.every((a) => a.effectiveDate === TODAY && minor(a.amount) < 0n)).toBe(true);
    // Σ events of the reversed payment = 0, and every component of every installment nets to 0
    expect(after.allocations.reduce((x, a) => x + minor(a.amount), 0n)).toBe(0n);
    const net = new Map<string, bigint>();
    for (const a of after.allocations) net.set(`${a.installmentNumber}|${a.component}`, (net.get(`${a.installmentNumber}|${a.component}`) ?? 0n) + minor(a.amount));
    expect([...net.values()].every((v) => v === 0n)).toBe(true);
    // the loan's events still sum to its schedule's paid amounts
    const all = split(loan.payments.flatMap((x) => x.allocations));
    expect(all.PRINCIPAL).toBe(loan.schedule.reduce((a, l) => a + minor(l.principalPaid ?? '0'), 0n));
    expect(all.INTEREST).toBe(loan.schedule.reduce((a, l) => a + minor(l.interestPaid ?? '0'), 0n));
    expect((await checkLedger(db.sql)).violations).toEqual([]);

    // migration 0023's data step gives a reversed payment of an existing database its events, once, audited
    await db.sql`delete from payment_allocations where payment_id = ${p.id}`;
    const first = await backfillReversalEvents(db.sql);
    expect(first).toEqual({ ran: true, loans: 1 });
    expect(await backfillReversalEvents(db.sql)).toEqual({ ran: false, loans: 0 });
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from payment_allocations where payment_id = ${p.id}`;
    expect(n).toBe(after.allocations.length);
    const audits = await db.sql`select 1 from audit_log where action = 'BACKFILL' and entity_id = ${REVERSAL_EVENTS_BACKFILL}`;
    expect(audits).toHaveLength(1);
    expect((await checkLedger(db.sql)).violations).toEqual([]);
  }, 120_000);

  it('the backfill of migration 0019 is idempotent and audited', async () => {
    const before = await db.sql<{ n: number }[]>`select count(*)::int as n from payment_allocations`;
    // as on an existing database: the marker missing, every loan's events rewritten by replay
    await db.sql`delete from ledger_backfills`;
    const first = await backfillAllocationEvents(db.sql, { asOf: '2026-12-31' });
    expect(first.ran).toBe(true);
    expect(first.loans).toBeGreaterThan(100);
    const again = await backfillAllocationEvents(db.sql, { asOf: '2026-12-31' });
    expect(again).toEqual({ ran: false, loans: 0 });
    const after = await db.sql<{ n: number }[]>`select count(*)::int as n from payment_allocations`;
    expect(after[0].n).toBe(before[0].n);
    const audits = await db.sql<{ after: { loans: number } }[]>`select after from audit_log where action = 'BACKFILL' and entity_id = ${ALLOCATION_EVENTS_BACKFILL}`;
    expect(audits).toHaveLength(1);
    expect(audits[0].after.loans).toBe(first.loans);
    expect((await checkLedger(db.sql)).violations).toEqual([]);
  }, 300_000);
});
