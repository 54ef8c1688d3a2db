import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { createDemoData } from '../src/demo/index.js';
import { checkLedger } from '../scripts/check-invariants.js';

// Lender conventions, payoff quote for terms and the overpayment guard (issue 19, docs/domain.md §3.8).
process.env.RATY_TODAY = '2026-11-25';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 0, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
});
afterAll(async () => {
  delete process.env.RATY_OVERPAYMENT_MARGIN;
  await app?.close();
  await db?.drop();
});

type Err = { errors?: { message: string; extensions?: { code?: string; fields?: { field: string; rule: string; params?: Record<string, unknown> }[] } }[] };
const fieldsOf = (r: Err) => r.errors?.[0].extensions?.fields?.map((f) => [f.field, f.rule]);

describe('earlyRepaymentQuoteForTerms (LOAN-10.2 example, no loan needed)', () => {
  const Q = `query($terms: ScheduleTermsInput!, $date: Date!) {
    earlyRepaymentQuoteForTerms(terms: $terms, date: $date) { principal interest accruedInterest accumulatedInterest unpaidInstallmentInterest accruedFrom accruedDays total explanation }
  }`;
  // take-over 1.12.2020, first installment 20.1.2021: interest 22, accumulated 4 (1581.67 × 12 % × 50/365 = 26.00)
  const terms = {
    principal: '1581.67',
    annualRate: '12',
    installments: 120,
    disbursementDate: '2020-12-01',
    firstDueDate: '2021-01-20',
    method: 'ANNUITY',
    dayCount: 'ACT_365',
    fixedInstallment: '22.00',
  };
  type QR = { earlyRepaymentQuoteForTerms: Record<string, string | number | string[]> };
  it('on 25.1.2021: interest 20.1–25.1 (2.60) + accumulated 4 + interest 22 = 28.60', async () => {
    const r = await staff.gql<QR>(Q, { terms, date: '2021-01-25' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.earlyRepaymentQuoteForTerms).toMatchObject({
      interest: '28.60',
      accruedInterest: '2.60',
      accumulatedInterest: '4.00',
      unpaidInstallmentInterest: '22.00',
      accruedFrom: '2021-01-20',
      accruedDays: 5,
      principal: '1581.67',
      total: '1610.27',
    });
  });
  it('on 19.1.2021: interest for 1.12.2020–19.1.2021 only (49 days) = 25.48', async () => {
    const r = await staff.gql<QR>(Q, { terms, date: '2021-01-19' });
    expect(r.data!.earlyRepaymentQuoteForTerms).toMatchObject({ interest: '25.48', accumulatedInterest: '0.00', accruedDays: 49, total: '1607.15' });
  });
  it('applies the conventions sent with the terms (TO_NEXT_DUE_DATE: to 20.2.2021, 31 days = 16.12)', async () => {
    const r = await staff.gql<QR>(Q, { terms: { ...terms, conventions: { payoffInterest: 'TO_NEXT_DUE_DATE' } }, date: '2021-01-25' });
    // 16.12 + accumulated 4.00 + unpaid installment interest 22.00
    expect(r.data!.earlyRepaymentQuoteForTerms).toMatchObject({ accruedInterest: '16.12', interest: '42.12' });
  });
  it('refuses a date before the take-over naming the field', async () => {
    const r = await staff.gql(Q, { terms, date: '2020-11-30' });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)?.[0]?.[0]).toBe('date');
  });
});

describe('contract type conventions', () => {
  const FIELDS = 'id code conventions { rounding installmentMultiple partPeriodInterest emi payoffInterest earlyMoney }';
  const CREATE = `mutation($i: ContractTypeInput!) { createContractType(input: $i) { ${FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $i: ContractTypeInput!) { updateContractType(id: $id, input: $i) { ${FIELDS} } }`;
  type CT = { id: string; conventions: Record<string, string | null> };

  it('defaults to the engine rules, partial update keeps the rest, invalid values name the field', async () => {
    const c = await staff.gql<{ createContractType: CT }>(CREATE, { i: { code: 'CONV1', name: 'Conventions', country: 'SK' } });
    expect(c.errors).toBeUndefined();
    expect(c.data!.createContractType.conventions).toEqual({
      rounding: 'HALF_UP',
      installmentMultiple: null,
      partPeriodInterest: 'DAY_COUNT',
      emi: 'NOMINAL_MONTHLY',
      payoffInterest: 'TO_PAYOFF_DATE',
      earlyMoney: 'DEPOSIT_UNTIL_DUE',
    });
    const id = c.data!.createContractType.id;
    const u = await staff.gql<{ updateContractType: CT }>(UPDATE, { id, i: { conventions: { rounding: 'HALF_EVEN', installmentMultiple: '10.00' } } });
    expect(u.errors).toBeUndefined();
    const u2 = await staff.gql<{ updateContractType: CT }>(UPDATE, { id, i: { conventions: { payoffInterest: 'TO_NEXT_DUE_DATE' } } });
    expect(u2.data!.updateContractType.conventions).toMatchObject({ rounding: 'HALF_EVEN', installmentMultiple: '10.00', payoffInterest: 'TO_NEXT_DUE_DATE', emi: 'NOMINAL_MONTHLY' });
    const [row] = await db.sql`select schedule_conventions from contract_types where id = ${id}`;
    expect(row.schedule_conventions).toEqual({ rounding: 'HALF_EVEN', installmentMultiple: '10.00', payoffInterest: 'TO_NEXT_DUE_DATE' });
    const bad = await staff.gql(UPDATE, { id, i: { conventions: { installmentMultiple: '0.00' } } });
    expect(fieldsOf(bad)).toEqual([['input.conventions.installmentMultiple', 'domain.INVALID_CONVENTION']]);
    // money paid early applied at once: payment posting applies it (below), so a contract type may offer it
    const early = await staff.gql<{ updateContractType: CT }>(UPDATE, { id, i: { conventions: { earlyMoney: 'APPLY_AT_ONCE' } } });
    expect(early.errors).toBeUndefined();
    expect(early.data!.updateContractType.conventions).toMatchObject({ earlyMoney: 'APPLY_AT_ONCE', rounding: 'HALF_EVEN' });
    await staff.gql(UPDATE, { id, i: { conventions: { earlyMoney: null } } });
    const cleared = await staff.gql<{ updateContractType: CT }>(UPDATE, { id, i: { conventions: { installmentMultiple: null, rounding: 'HALF_UP' } } });
    expect(cleared.data!.updateContractType.conventions).toMatchObject({ installmentMultiple: null, rounding: 'HALF_UP', payoffInterest: 'TO_NEXT_DUE_DATE' });
  });

  it('the payoff quote of a loan of the type uses its conventions', async () => {
    const [t] = await db.sql<
      { id: string }[]
    >`insert into contract_types (code, name, schedule_conventions) values ('CONV2', 'Next due', ${JSON.stringify({ payoffInterest: 'TO_NEXT_DUE_DATE' })}::jsonb) returning id`;
    const loan = await createLoan(db, { principal: '11321.22' });
    const Q = `query($id: ID!, $d: Date!) { earlyRepaymentQuote(loanId: $id, date: $d) { accruedInterest accruedDays total } }`;
    // default: to 14.2.2026, 30E/360 29 days: 11321.22 × 12 % × 29/360 = 109.4385 → 109.44
    const before = await staff.gql<{ earlyRepaymentQuote: { accruedInterest: string; total: string } }>(Q, { id: loan.loanId, d: '2026-02-14' });
    expect(before.data!.earlyRepaymentQuote).toMatchObject({ accruedInterest: '109.44', total: '11430.66' });
    await db.sql`update loans set contract_type_id = ${t.id} where id = ${loan.loanId}`;
    // to the next due date 15.2.2026: a regular month, 11321.22 × 1 % = 113.21
    const after = await staff.gql<{ earlyRepaymentQuote: { accruedInterest: string; total: string } }>(Q, { id: loan.loanId, d: '2026-02-14' });
    expect(after.data!.earlyRepaymentQuote).toMatchObject({ accruedInterest: '113.21', total: '11434.43' });
    // a loan whose schedule was built under pinned conventions (partner contracts store them) keeps them
    await db.sql`update schedule_versions set terms = terms || ${JSON.stringify({ conventions: {} })}::jsonb where loan_id = ${loan.loanId} and version = 1`;
    const pinned = await staff.gql<{ earlyRepaymentQuote: { accruedInterest: string; total: string } }>(Q, { id: loan.loanId, d: '2026-02-14' });
    expect(pinned.data!.earlyRepaymentQuote).toMatchObject({ accruedInterest: '109.44', total: '11430.66' });
  });
});

describe('overpayment guard on registerPayment', () => {
  const REGISTER = `mutation($input: RegisterPaymentInput!) {
    registerPayment(input: $input) { replayed remainingBalance payment { id amount allocations { installmentNumber component amount } } balances { overpaymentBalance } }
  }`;
  type Reg = { registerPayment: { payment: { id: string; amount: string; allocations: { component: string; amount: string }[] }; balances: { overpaymentBalance: string } } };
  const pay = (loanId: string, clientId: string, amountPaid: string, key: string, acceptOverpayment?: boolean) =>
    staff.gql<Reg>(REGISTER, {
      input: { loanId, clientId, paymentDate: '2026-02-14', amountPaid, paymentMethod: 'BANK_TRANSFER', idempotencyKey: key, ...(acceptOverpayment === undefined ? {} : { acceptOverpayment }) },
    });

  it('1 000 000 000 000.00 on a loan owing 11 430.66 is refused naming the payoff; with acceptOverpayment it is booked', async () => {
    // 11321.22 disbursed 15.1.2026: payoff on 14.2.2026 = 11321.22 + 109.44 = 11430.66
    const loan = await createLoan(db, { principal: '11321.22' });
    const r = await pay(loan.loanId, loan.partyId, '1000000000000.00', 'guard-1');
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual([['input.amountPaid', 'payment.exceedsPayoff']]);
    expect(r.errors![0].message).toContain('11430.66');
    expect((r.errors![0].extensions!.fields![0] as { params?: Record<string, unknown> }).params).toMatchObject({ payoff: '11430.66', excess: '999999988569.34', margin: '0.00', currency: 'PLN' });
    const [{ n }] = await db.sql`select count(*)::int as n from payments where loan_id = ${loan.loanId}`;
    expect(n).toBe(0);

    const ok = await pay(loan.loanId, loan.partyId, '1000000000000.00', 'guard-1', true);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerPayment.payment.amount).toBe('1000000000000.00');
    // nothing is due on 14.2.2026: the whole amount is held as an overpayment until installments fall due
    const [{ amount }] = await db.sql`select amount::text from payments where loan_id = ${loan.loanId}`;
    expect(amount).toBe('1000000000000.00');
  });

  it('the payoff itself and anything within the margin pass; a cent above it is refused', async () => {
    const loan = await createLoan(db, { principal: '11321.22' });
    const exact = await pay(loan.loanId, loan.partyId, '11430.66', 'guard-2');
    expect(exact.errors).toBeUndefined();
    const loan2 = await createLoan(db, { principal: '11321.22' });
    expect(fieldsOf(await pay(loan2.loanId, loan2.partyId, '11430.67', 'guard-3'))).toEqual([['input.amountPaid', 'payment.exceedsPayoff']]);
    process.env.RATY_OVERPAYMENT_MARGIN = '5.00';
    try {
      expect((await pay(loan2.loanId, loan2.partyId, '11435.67', 'guard-4')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const within = await pay(loan2.loanId, loan2.partyId, '11435.66', 'guard-5');
      expect(within.errors).toBeUndefined();
    } finally {
      delete process.env.RATY_OVERPAYMENT_MARGIN;
    }
  });
});

describe('docs/api.md examples (lender conventions section), executed as written apart from ids', () => {
  const doc = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('### Lender conventions'), doc.indexOf('## For analysts'));
  const ops = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]
      .split(/\n(?=(?:query|mutation) )/)
      .map((x) => x.trim())
      .filter(Boolean),
  );

  it('runs every example: the conventions update, the LOAN-10.2 quote (28.60) and the accepted overpayment', async () => {
    expect(ops).toHaveLength(3);
    const [t] = await db.sql<{ id: string }[]>`insert into contract_types (code, name) values ('DOCS', 'Docs example') returning id`;
    const loan = await createLoan(db, { principal: '11321.22' });
    const run = (q: string) =>
      staff.gql<Record<string, unknown>>(q.replace('id: "…"', `id: "${t.id}"`).replace('loanId: "…"', `loanId: "${loan.loanId}"`).replace('clientId: "…"', `clientId: "${loan.partyId}"`));
    const update = await run(ops[0]!);
    const quote = await run(ops[1]!);
    const payment = await run(ops[2]!);
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateContractType).toMatchObject({ conventions: { rounding: 'HALF_EVEN', installmentMultiple: '10.00', payoffInterest: 'TO_NEXT_DUE_DATE' } });
    expect(quote.data!.earlyRepaymentQuoteForTerms).toMatchObject({ interest: '28.60', total: '1610.27' });
    expect(payment.errors).toBeUndefined();
    // 1e12 − payoff 11430.66 is more than the whole schedule: nothing is left to pay, the rest is held
    expect(payment.data!.registerPayment).toMatchObject({ remainingBalance: '0.00' });
  });
});

describe('earlyMoney APPLY_AT_ONCE in payment posting (docs/domain.md §3.8)', () => {
  const REGISTER = `mutation($input: RegisterPaymentInput!) {
    registerPayment(input: $input) { payment { id allocations { kind effectiveDate installmentNumber component amount currency } } balances { overpaymentBalance } }
  }`;
  const LOAN = `query($id: ID!) { loan(id: $id) { earlyMoney scheduleVersion installmentsCount schedule { number dueDate principal interest total principalPaid interestPaid paymentStatus } } }`;
  type Alloc = { kind: string; effectiveDate: string; installmentNumber: number | null; component: string; amount: string; currency: string };
  type Reg = { registerPayment: { payment: { id: string; allocations: Alloc[] }; balances: { overpaymentBalance: string } } };
  type Line = { number: number; principal: string; interest: string; total: string; principalPaid: string | null; interestPaid: string | null };
  type LoanQ = { loan: { earlyMoney: string; scheduleVersion: number; installmentsCount: number; schedule: Line[] } };

  /** A loan of a contract type with earlyMoney APPLY_AT_ONCE (its schedule built under it, as partner contracts store). */
  async function atOnceLoan(terms: Record<string, unknown>) {
    const [t] = await db.sql<
      { id: string }[]
    >`insert into contract_types (code, name, schedule_conventions) values (${`AAO${Math.floor(Math.random() * 1e6)}`}, 'At once', ${JSON.stringify({ earlyMoney: 'APPLY_AT_ONCE' })}::jsonb) returning id`;
    const loan = await createLoan(db, { principal: '3000.00', installments: 3, ...terms });
    await db.sql`update loans set contract_type_id = ${t.id}, early_money = 'APPLY_AT_ONCE' where id = ${loan.loanId}`;
    await db.sql`update schedule_versions set terms = terms || ${JSON.stringify({ conventions: { earlyMoney: 'APPLY_AT_ONCE' } })}::jsonb where loan_id = ${loan.loanId} and version = 1`;
    return loan;
  }

  it('1500.00 paid on 10.2. before #1 (1020.07) is due: #1 paid at once, the rest 479.93 on principal, #2 and #3 re-amortised to 776.49 / 776.50', async () => {
    // 3000.00, 12 % 30/360, 3 annuity installments of 1020.07 from 15.2.2026 (the worked example of docs/domain.md §3.8)
    const loan = await atOnceLoan({});
    expect(loan.lines.map((l) => l.total)).toEqual(['1020.07', '1020.07', '1020.06']);
    const r = await staff.gql<Reg>(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-02-10', amountPaid: '1500.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'at-once-1' },
    });
    expect(r.errors).toBeUndefined();
    // the allocation events (#18): one POSTING on the payment date, interest then principal of #1, nothing held
    expect(r.data!.registerPayment.payment.allocations).toEqual([
      { kind: 'POSTING', effectiveDate: '2026-02-10', installmentNumber: 1, component: 'INTEREST', amount: '30.00', currency: 'PLN' },
      { kind: 'POSTING', effectiveDate: '2026-02-10', installmentNumber: 1, component: 'PRINCIPAL', amount: '1470.00', currency: 'PLN' },
    ]);
    expect(r.data!.registerPayment.balances.overpaymentBalance).toBe('0.00');
    // the schedule: version 2 (EARLY_MONEY), #1 carries the extra principal, #2 and #3 lower (1530.00 over 2 months at 1 %)
    const q = await staff.gql<LoanQ>(LOAN, { id: loan.loanId });
    expect(q.errors).toBeUndefined();
    expect(q.data!.loan).toMatchObject({ earlyMoney: 'APPLY_AT_ONCE', scheduleVersion: 2, installmentsCount: 3 });
    expect(q.data!.loan.schedule.map((l) => [l.number, l.principal, l.interest, l.total, l.principalPaid, l.interestPaid])).toEqual([
      [1, '1470.00', '30.00', '1500.00', '1470.00', '30.00'],
      [2, '761.19', '15.30', '776.49', '0.00', '0.00'],
      [3, '768.81', '7.69', '776.50', '0.00', '0.00'],
    ]);
    const [v] = await db.sql`select reason, effective_date, terms->'earlyMoney' as em from schedule_versions where loan_id = ${loan.loanId} and version = 2`;
    expect(v).toMatchObject({ reason: 'EARLY_MONEY', effective_date: '2026-02-10', em: { paymentId: r.data!.registerPayment.payment.id, installmentNumber: 1, extraPrincipal: '479.93' } });
    const [a] = await db.sql`select after from audit_log where action = 'EARLY_MONEY' and entity_id = ${loan.loanId}`;
    expect(a.after).toMatchObject({ version: 2, extraPrincipal: '479.93' });
    // soft collection reads the same ledger: on 12.2. #1 is paid, #2 and #3 are the lower installments, nothing held
    await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
    const draft = await staff.gql<{ noticeDraft: { items: { installmentNo: number; amount: string; overpaymentBalance: string }[] } }>(
      `query($f: ID!) { noticeDraft(fileId: $f, reason: OTHER, createdOn: "2026-02-12") { items { installmentNo amount overpaymentBalance } } }`,
      { f: loan.fileId },
    );
    expect(draft.errors).toBeUndefined();
    expect(draft.data!.noticeDraft.items.filter((i) => i.amount !== '0.00').map((i) => [i.installmentNo, i.amount, i.overpaymentBalance])).toEqual([
      [2, '776.49', '0.00'],
      [3, '776.50', '0.00'],
    ]);
    // the checker (L1–L3) holds for the loan; the payment cannot be reversed (it re-amortised the schedule)
    expect((await checkLedger(db.sql)).violations).toEqual([]);
    const rev = await staff.gql(`mutation($id: ID!) { reversePayment(id: $id, reason: "test") { status } }`, { id: r.data!.registerPayment.payment.id });
    expect(fieldsOf(rev as Err)).toEqual([['id', 'payment.notReversible']]);
    // a later regular payment of the lower #2 on its due date pays it exactly
    const r2 = await staff.gql<Reg>(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-03-15', amountPaid: '776.49', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'at-once-2' },
    });
    expect(r2.errors).toBeUndefined();
    expect(r2.data!.registerPayment.payment.allocations.map((x) => [x.installmentNumber, x.component, x.amount])).toEqual([
      [2, 'INTEREST', '15.30'],
      [2, 'PRINCIPAL', '761.19'],
    ]);
    expect((await checkLedger(db.sql)).violations).toEqual([]);
  });

  it('a payment smaller than the next installment pays its interest then principal at once, no new schedule', async () => {
    const loan = await atOnceLoan({});
    const r = await staff.gql<Reg>(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-02-01', amountPaid: '500.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'at-once-3' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerPayment.payment.allocations.map((x) => [x.installmentNumber, x.component, x.amount])).toEqual([
      [1, 'INTEREST', '30.00'],
      [1, 'PRINCIPAL', '470.00'],
    ]);
    const q = await staff.gql<LoanQ>(LOAN, { id: loan.loanId });
    expect(q.data!.loan.scheduleVersion).toBe(1);
  });

  it('never during a deferral: money paid then is held as a deposit until installments fall due', async () => {
    // one deferral month (due 15.2.2026), then 3 installments
    const loan = await atOnceLoan({ installments: 4, deferralMonths: 1 });
    const r = await staff.gql<Reg>(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-02-01', amountPaid: '1500.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'at-once-4' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerPayment.payment.allocations.filter((x) => x.kind === 'POSTING')).toEqual([
      { kind: 'POSTING', effectiveDate: '2026-02-01', installmentNumber: null, component: 'OVERPAYMENT', amount: '1500.00', currency: 'PLN' },
    ]);
    const q = await staff.gql<LoanQ>(LOAN, { id: loan.loanId });
    expect(q.data!.loan.scheduleVersion).toBe(1);
    expect((await checkLedger(db.sql)).violations).toEqual([]);
  });
});
