process.env.RATY_TODAY = '2026-06-10';
import { cureRates, curedWithin, dpdBucket, noticeEffectiveness, rollRates, vintageCurves, type DpdBucket, type EffectivenessNotice } from '@raty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { makeClient, startTestApp, type TestClient } from './support/app.js';
import { createLoan, sumMoney } from './support/fixtures.js';
import { apiToken, staffSession } from './support/faults.js';
import { snapshotMonthEnds } from '../src/modules/analytics/month-ends.service.js';
import { bucketSql } from '../src/modules/analytics/aggregates.service.js';
import { loadLoan, loanState } from '../src/modules/loans/index.js';

/**
 * Issue #27: the collections KPIs over a small hand-built portfolio, with every expected figure computed by hand below,
 * and each SQL twin compared with the pure domain function (docs/architecture.md § Twins).
 *
 * Business date 2026-06-10. Kind TST (PLN): four loans A–D, each 1 200.00 at 0 % (penalty rate 0 %, so a late line is
 * exactly 100.00), disbursed 2026-01-15, 12 lines of 100.00 due on the 15th from 2026-02-15. Kind TSE (EUR): loan E, the
 * same terms, paid on every due date. Payments:
 *   A: 100 on 02-15, 03-15, 04-15, 05-15 (always current)
 *   B: nothing
 *   C: 200 on 03-10 (line 1; 100 held until line 2 falls due on 03-15: paid_at 03-15)
 *   D: 100 on 03-20 (line 1), 200 on 04-05 (line 2; 100 held for line 3, paid_at 04-15)
 *   E: 100 on 02-15, 03-15, 04-15, 05-15
 * Month-end snapshots (outstanding / overdue / days past due → bucket):
 *        01-31          02-28             03-31              04-30              05-31
 *   A  1200/0/0 C    1100/0/0 C        1000/0/0 C         900/0/0 C          800/0/0 C
 *   B  1200/0/0 C    1200/100/13 1-30  1200/200/44 31-60  1200/300/74 61-90  1200/400/105 91-180
 *   C  1200/0/0 C    1200/100/13 1-30  1000/0/0 C         1000/100/15 1-30   1000/200/46 31-60
 *   D  1200/0/0 C    1200/100/13 1-30  1100/100/16 1-30   900/0/0 C          900/100/16 1-30
 */

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: TestClient;
let auth: Record<string, string>;
const L: Record<'A' | 'B' | 'C' | 'D' | 'E', { loanId: string; fileId: string; partyId: string }> = {} as never;
let template: string;

const q = <T>(query: string, variables?: Record<string, unknown>) => analyst.gql<T>(query, variables, auth);

beforeAll(async () => {
  db = await createTestDb();
  app = await startTestApp(db);
  for (const k of ['A', 'B', 'C', 'D', 'E'] as const)
    L[k] = await createLoan(db, { principal: '1200.00', annualRate: '0', installments: 12, disbursementDate: '2026-01-15', firstDueDate: '2026-02-15', penaltyRate: '0' });
  // E is a Slovak-kind (EUR) loan
  const [eur] = await db.sql<{ id: string }[]>`insert into receivable_kinds (code, name, currency) values ('TSE', 'Test EUR', 'EUR') returning id`;
  await db.sql`update debtor_files set receivable_kind_id = ${eur.id} where id = ${L.E.fileId}`;
  await db.sql`update loans set currency = 'EUR' where id = ${L.E.loanId}`;
  const staff = await staffSession(db.sql, ['SERVICING']);
  const pay = async (k: keyof typeof L, date: string, amount: string) => {
    const r = await makeClient(app.url).gql(
      `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { payment { id } } }`,
      { input: { loanId: L[k].loanId, clientId: L[k].partyId, paymentDate: date, amountPaid: amount, paymentMethod: 'BANK_TRANSFER', idempotencyKey: `${k}-${date}` } },
      { cookie: staff.cookie },
    );
    expect(r.errors).toBeUndefined();
  };
  for (const d of ['2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15']) {
    await pay('A', d, '100.00');
    await pay('E', d, '100.00');
  }
  await pay('C', '2026-03-10', '200.00');
  await pay('D', '2026-03-20', '100.00');
  await pay('D', '2026-04-05', '200.00');
  auth = { authorization: (await apiToken(db.sql, 'ANALYST')).authorization };
  analyst = makeClient(app.url);

  // notices (created directly: the KPIs read the registry's rows); soft collection on for `notice` (promise outcomes)
  await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  const [t] = await db.sql<{ id: string }[]>`insert into notice_templates (name, channel, reason, text) values ('T1 overdue', 'SMS', 'OVERDUE', 'x') returning id`;
  template = t.id;
  const long = 'Przypominamy o zaleglej platnosci. '.repeat(5); // 175 GSM-7 characters: 2 parts
  const notice = async (
    k: keyof typeof L,
    n: { channel: string; reason: string; createdOn: string; send: string; delivery: string | null; text: string | null; total: string; promise: string | null; tpl: string | null },
  ) => {
    const [row] = await db.sql<
      { id: string }[]
    >`insert into notices (file_id, party_id, reason, channel, created_on, promise_date, text, template_id, addressee_name, total_amount, send_status, delivery_status)
      values (${L[k].fileId}, ${L[k].partyId}, ${n.reason}, ${n.channel}, ${n.createdOn}, ${n.promise}, ${n.text}, ${n.tpl}, 'Test', ${n.total}, ${n.send}, ${n.delivery}) returning id`;
    await db.sql`insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, overdue_balance, future_balance, overpayment_balance, amount_due)
      values (${row.id}, ${L[k].loanId}, 1, 'TST', 2026, '2026-02-15', '100.00', '0.00', '0.00', '100.00')`;
  };
  await notice('B', { channel: 'SMS', reason: 'OVERDUE', createdOn: '2026-03-01', send: 'SENT', delivery: 'DELIVERED', text: long, total: '200.00', promise: '2026-03-10', tpl: template });
  await notice('C', {
    channel: 'SMS',
    reason: 'OVERDUE',
    createdOn: '2026-03-01',
    send: 'SENT',
    delivery: 'DELIVERED',
    text: 'Prosimy o wplate.',
    total: '100.00',
    promise: '2026-03-12',
    tpl: template,
  });
  await notice('D', { channel: 'SMS', reason: 'OVERDUE', createdOn: '2026-03-01', send: 'SENT', delivery: null, text: 'Prosimy o wplate.', total: '100.00', promise: null, tpl: template });
  await notice('A', { channel: 'PHONE_CALL', reason: 'UPCOMING', createdOn: '2026-03-01', send: 'DRAFT', delivery: null, text: null, total: '100.00', promise: null, tpl: null });
  await notice('B', { channel: 'SMS', reason: 'OVERDUE', createdOn: '2026-03-02', send: 'DRAFT', delivery: null, text: 'Prosimy o wplate.', total: '100.00', promise: null, tpl: template });

  const run = await snapshotMonthEnds(db.sql, '2026-06-10');
  // 5 loans × 5 month ends (2026-01-31 … 2026-05-31)
  expect(run).toMatchObject({ loans: 5, rows: 25, monthEnds: 5 });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('month-end snapshots (the job and the backfill)', () => {
  it('hold the engine replay as of each month end (hand-computed table above)', async () => {
    const rows = await db.sql<{ loan_id: string; month_end: string; outstanding: string; overdue: string; days_past_due: number; bucket: string }[]>`
      select loan_id, month_end::text, outstanding::text, overdue::text, days_past_due, bucket from loan_month_ends order by month_end`;
    const of = (k: keyof typeof L) => rows.filter((r) => r.loan_id === L[k].loanId).map((r) => `${r.outstanding}/${r.overdue}/${r.days_past_due} ${r.bucket}`);
    expect(of('A')).toEqual(['1200.00/0.00/0 CURRENT', '1100.00/0.00/0 CURRENT', '1000.00/0.00/0 CURRENT', '900.00/0.00/0 CURRENT', '800.00/0.00/0 CURRENT']);
    expect(of('B')).toEqual(['1200.00/0.00/0 CURRENT', '1200.00/100.00/13 1-30', '1200.00/200.00/44 31-60', '1200.00/300.00/74 61-90', '1200.00/400.00/105 91-180']);
    expect(of('C')).toEqual(['1200.00/0.00/0 CURRENT', '1200.00/100.00/13 1-30', '1000.00/0.00/0 CURRENT', '1000.00/100.00/15 1-30', '1000.00/200.00/46 31-60']);
    expect(of('D')).toEqual(['1200.00/0.00/0 CURRENT', '1200.00/100.00/13 1-30', '1100.00/100.00/16 1-30', '900.00/0.00/0 CURRENT', '900.00/100.00/16 1-30']);
    // the loan engine agrees for every row (the snapshot IS its replay as of the month end)
    for (const r of rows) {
      const loan = (await loadLoan(db.sql, r.loan_id))!;
      const b = (await loanState(db.sql, loan, r.month_end)).ledger.balances;
      expect([r.outstanding, r.overdue, r.days_past_due, r.bucket]).toEqual([
        sumMoney([b.overduePrincipal, b.overdueInterest, b.futurePrincipal, b.futureInterest]),
        sumMoney([b.overduePrincipal, b.overdueInterest]),
        b.daysPastDue,
        dpdBucket(b.daysPastDue),
      ]);
    }
    // a second run writes nothing; the next month end is written once the business date is past it
    expect(await snapshotMonthEnds(db.sql, '2026-06-10')).toMatchObject({ rows: 0 });
    expect(await snapshotMonthEnds(db.sql, '2026-06-30')).toMatchObject({ rows: 0 });
  });
  it('write the same rows when the backfill pipelines several batches (read next, replay, write previous)', async () => {
    const all = () => db.sql`select month_end::text, loan_id, currency, status, outstanding::text, outstanding_principal::text, overdue::text, days_past_due, bucket
      from loan_month_ends order by month_end, loan_id`;
    const before = await all();
    expect(before).toHaveLength(25);
    await db.sql`delete from loan_month_ends`;
    // 5 loans in batches of 2: three batches, the reads and writes overlapping the replays
    expect(await snapshotMonthEnds(db.sql, '2026-06-10', { batch: 2 })).toMatchObject({ loans: 5, rows: 25, monthEnds: 5 });
    expect(await all()).toEqual(before);
  });
});

type Cell = { currency: string; receivableKindCode: string; from: string; to: string; loans: number; amount: string; shareByCount: string | null; shareByAmount: string | null };

describe('roll rates', () => {
  it('equal the hand-computed matrix, per currency and kind', async () => {
    const r = await q<{ rollRates: Cell[] }>(`{ rollRates(from: "2026-01-31", to: "2026-04-30") { currency receivableKindCode from to loans amount shareByCount shareByAmount } }`);
    expect(r.errors).toBeUndefined();
    // transitions (first month end → next, outstanding at the first):
    //   Jan→Feb: A C→C 1200, B C→1-30 1200, C C→1-30 1200, D C→1-30 1200
    //   Feb→Mar: A C→C 1100, B 1-30→31-60 1200, C 1-30→C 1200, D 1-30→1-30 1200
    //   Mar→Apr: A C→C 1000, B 31-60→61-90 1200, C C→1-30 1000, D 1-30→C 1100
    //   Apr→May: A C→C 900, B 61-90→91-180 1200, C 1-30→31-60 1000, D C→1-30 900
    // CURRENT row: 9 loans, 9700.00 (4·1200 + 1100 + 2·1000 + 2·900)
    //   → CURRENT 4 loans 4200.00: 4/9 = 0.4444, 4200/9700 = 0.43299 → 0.4330
    //   → 1-30 5 loans 5500.00: 5/9 = 0.5556, 5500/9700 = 0.56701 → 0.5670
    // 1-30 row: 5 loans, 5700.00 (3·1200 + 1100 + 1000)
    //   → CURRENT (C Feb, D Mar) 2, 2300.00: 0.4000, 2300/5700 = 0.40351 → 0.4035
    //   → 1-30 (D Feb) 1, 1200.00: 0.2000, 1200/5700 = 0.21053 → 0.2105
    //   → 31-60 (B Feb, C Apr) 2, 2200.00: 0.4000, 2200/5700 = 0.38596 → 0.3860
    // 31-60 → 61-90 (B) and 61-90 → 91-180 (B): 1 loan each, 1.0000
    // EUR: E always current, 4 loans 4200.00, 1.0000
    const c = (currency: string, kind: string, from: string, to: string, loans: number, amount: string, byCount: string, byAmount: string) => ({
      currency,
      receivableKindCode: kind,
      from,
      to,
      loans,
      amount,
      shareByCount: byCount,
      shareByAmount: byAmount,
    });
    expect(r.data!.rollRates).toEqual([
      c('EUR', 'TSE', 'CURRENT', 'CURRENT', 4, '4200.00', '1.0000', '1.0000'),
      c('PLN', 'TST', 'CURRENT', 'CURRENT', 4, '4200.00', '0.4444', '0.4330'),
      c('PLN', 'TST', 'CURRENT', '1-30', 5, '5500.00', '0.5556', '0.5670'),
      c('PLN', 'TST', '1-30', 'CURRENT', 2, '2300.00', '0.4000', '0.4035'),
      c('PLN', 'TST', '1-30', '1-30', 1, '1200.00', '0.2000', '0.2105'),
      c('PLN', 'TST', '1-30', '31-60', 2, '2200.00', '0.4000', '0.3860'),
      c('PLN', 'TST', '31-60', '61-90', 1, '1200.00', '1.0000', '1.0000'),
      c('PLN', 'TST', '61-90', '91-180', 1, '1200.00', '1.0000', '1.0000'),
    ]);
  });

  it('SQL twin = the domain rollRates over the same snapshots', async () => {
    for (const [from, to] of [
      ['2026-01-31', '2026-04-30'],
      ['2026-02-28', '2026-02-28'],
      ['2026-03-31', '2026-05-31'],
    ]) {
      const r = await q<{ rollRates: Cell[] }>(`query($f: Date!, $t: Date!) { rollRates(from: $f, to: $t) { currency receivableKindCode from to loans amount shareByCount shareByAmount } }`, {
        f: from,
        t: to,
      });
      const pairs = await db.sql<{ currency: string; kind: string; from: DpdBucket; to: DpdBucket; amount: string }[]>`
        select l.currency, rk.code as kind, a.bucket as from, b.bucket as to, a.outstanding::text as amount
        from loan_month_ends a join loan_month_ends b on b.loan_id = a.loan_id and b.month_end > a.month_end and b.month_end <= a.month_end + 31
        join loans l on l.id = a.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
        where a.month_end between ${from} and ${to} and a.outstanding > 0`;
      const want = rollRates(pairs.map((p) => ({ group: `${p.currency}|${p.kind}`, from: p.from, to: p.to, amount: p.amount })));
      expect(r.data!.rollRates.map(({ currency, receivableKindCode, ...x }) => ({ group: `${currency}|${receivableKindCode}`, ...x }))).toEqual(want);
    }
  });
});

type Cure = {
  currency: string;
  receivableKindCode: string;
  bucket: string;
  loans: number;
  curedLoans: number;
  overdue: string;
  curedOverdue: string;
  rateByCount: string | null;
  rateByAmount: string | null;
};
const CURE = `query($f: Date!, $t: Date!, $n: Int!) { cureRates(from: $f, to: $t, withinDays: $n) { currency receivableKindCode bucket loans curedLoans overdue curedOverdue rateByCount rateByAmount } }`;

describe('cure rate', () => {
  it('equals the hand computation (30 and 40 days)', async () => {
    // past-due cases at the month ends 01-31 … 04-30: Feb B, C, D (1-30, 100 each); Mar B (31-60, 200), D (1-30, 100);
    // Apr B (61-90, 300), C (1-30, 100).
    // C from 02-28: line 1 paid 03-10, nothing else due before → current on 03-10 (10 days): cured
    // D from 02-28: 03-20 pays line 1 but line 2 (03-15) is open; 04-05 pays line 2 → current on 04-05 (36 days)
    // D from 03-31: current on 04-05 (5 days): cured; C from 04-30: lines 3, 4 never paid; B never pays
    // within 30: 1-30 → 5 loans, 2 cured (C Feb, D Mar), overdue 500.00, cured 200.00 → 0.4000 / 0.4000
    const r30 = await q<{ cureRates: Cure[] }>(CURE, { f: '2026-01-31', t: '2026-04-30', n: 30 });
    expect(r30.errors).toBeUndefined();
    expect(r30.data!.cureRates).toEqual([
      { currency: 'PLN', receivableKindCode: 'TST', bucket: '1-30', loans: 5, curedLoans: 2, overdue: '500.00', curedOverdue: '200.00', rateByCount: '0.4000', rateByAmount: '0.4000' },
      { currency: 'PLN', receivableKindCode: 'TST', bucket: '31-60', loans: 1, curedLoans: 0, overdue: '200.00', curedOverdue: '0.00', rateByCount: '0.0000', rateByAmount: '0.0000' },
      { currency: 'PLN', receivableKindCode: 'TST', bucket: '61-90', loans: 1, curedLoans: 0, overdue: '300.00', curedOverdue: '0.00', rateByCount: '0.0000', rateByAmount: '0.0000' },
    ]);
    // within 40: D from 02-28 (36 days) too → 3 of 5, 300.00 of 500.00 → 0.6000 / 0.6000
    const r40 = await q<{ cureRates: Cure[] }>(CURE, { f: '2026-01-31', t: '2026-04-30', n: 40 });
    expect(r40.data!.cureRates[0]).toMatchObject({ bucket: '1-30', curedLoans: 3, curedOverdue: '300.00', rateByCount: '0.6000', rateByAmount: '0.6000' });
    const bad = await q(CURE, { f: '2026-01-31', t: '2026-04-30', n: 0 });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'withinDays', rule: 'int.range' });
  });

  it('SQL twin = the domain curedWithin + cureRates over the stored lines', async () => {
    for (const n of [1, 5, 10, 30, 36, 60, 120]) {
      const r = await q<{ cureRates: Cure[] }>(CURE, { f: '2026-01-01', t: '2026-05-31', n });
      const cases = await db.sql<{ loan_id: string; month_end: string; currency: string; kind: string; bucket: DpdBucket; overdue: string }[]>`
        select a.loan_id, a.month_end::text, l.currency, rk.code as kind, a.bucket, a.overdue::text
        from loan_month_ends a join loans l on l.id = a.loan_id join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id
        where a.bucket <> 'CURRENT'`;
      const lines = await db.sql<{ loan_id: string; due_date: string; paid_at: string | null }[]>`
        select i.loan_id, i.due_date::text, i.paid_at::text from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version`;
      const want = cureRates(
        cases.map((c) => ({
          group: `${c.currency}|${c.kind}`,
          bucket: c.bucket,
          overdue: c.overdue,
          cured: curedWithin(
            lines.filter((x) => x.loan_id === c.loan_id).map((x) => ({ dueDate: x.due_date, paidAt: x.paid_at })),
            c.month_end,
            n,
          ),
        })),
      );
      expect(r.data!.cureRates.map(({ currency, receivableKindCode, ...x }) => ({ group: `${currency}|${receivableKindCode}`, ...x }))).toEqual(want);
    }
  });
});

type Vintage = Record<string, string | number | null>;
const VINTAGE = `query($f: Date!, $t: Date!) { vintageCurves(cohortFrom: $f, cohortTo: $t) { currency receivableKindCode cohort monthsOnBook loans principal loans30 loans60 loans90 amount30 amount60 amount90 share30ByCount share60ByCount share90ByCount share30ByAmount share60ByAmount share90ByAmount } }`;

describe('vintage curves', () => {
  it('equal the hand computation for the January 2026 cohort', async () => {
    const r = await q<{ vintageCurves: Vintage[] }>(VINTAGE, { f: '2026-01-01', t: '2026-01-31' });
    expect(r.errors).toBeUndefined();
    const pln = r.data!.vintageCurves.filter((p) => p.currency === 'PLN');
    // cohort 2026-01 (TST): 4 loans, 4800.00 disbursed. Month on book 0 = 01-31, 1 = 02-28 (all ≤ 13 days): no 30+.
    // mob 2 (03-31): B 44 days → 30+: 1 loan, outstanding principal 1200.00 → 0.2500 / 0.2500
    // mob 3 (04-30): B 74 → 30+, 60+; C 15, D 0 → 1, 1, 0
    // mob 4 (05-31): B 105 (30+, 60+, 90+), C 46 (30+: 1000.00), D 16 → 30+: 2 loans 2200.00 → 0.5000 / 2200/4800 = 0.4583;
    //   60+: B 1200.00 → 0.2500 / 0.2500; 90+: B → 0.2500 / 0.2500
    expect(pln.map((p) => [p.monthsOnBook, p.loans30, p.loans60, p.loans90, p.amount30, p.share30ByCount, p.share30ByAmount, p.share60ByAmount, p.share90ByAmount])).toEqual([
      [0, 0, 0, 0, '0.00', '0.0000', '0.0000', '0.0000', '0.0000'],
      [1, 0, 0, 0, '0.00', '0.0000', '0.0000', '0.0000', '0.0000'],
      [2, 1, 0, 0, '1200.00', '0.2500', '0.2500', '0.0000', '0.0000'],
      [3, 1, 1, 0, '1200.00', '0.2500', '0.2500', '0.2500', '0.0000'],
      [4, 2, 1, 1, '2200.00', '0.5000', '0.4583', '0.2500', '0.2500'],
    ]);
    expect(pln[0]).toMatchObject({ cohort: '2026-01', receivableKindCode: 'TST', loans: 4, principal: '4800.00' });
    expect(r.data!.vintageCurves.filter((p) => p.currency === 'EUR').map((p) => p.share30ByCount)).toEqual(['0.0000', '0.0000', '0.0000', '0.0000', '0.0000']);
  });

  it('SQL twin = the domain vintageCurves over the same snapshots', async () => {
    const r = await q<{ vintageCurves: Vintage[] }>(VINTAGE, { f: '2025-01-01', t: '2026-12-31' });
    const loans = await db.sql<{ id: string; currency: string; kind: string; cohort: string; principal: string }[]>`
      select l.id, l.currency, rk.code as kind, to_char(l.disbursement_date, 'YYYY-MM') as cohort, l.principal::text
      from loans l join debtor_files f on f.id = l.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id`;
    const obs = await db.sql<{ loan_id: string; month_end: string; days_past_due: number; outstanding_principal: string }[]>`
      select loan_id, month_end::text, days_past_due, outstanding_principal::text from loan_month_ends`;
    const cohortOf = new Map(loans.map((l) => [l.id, l.cohort]));
    const mob = (cohort: string, monthEnd: string) => (Number(monthEnd.slice(0, 4)) - Number(cohort.slice(0, 4))) * 12 + Number(monthEnd.slice(5, 7)) - Number(cohort.slice(5, 7));
    const want = vintageCurves(
      loans.map((l) => ({ id: l.id, group: `${l.currency}|${l.kind}`, cohort: l.cohort, principal: l.principal })),
      obs.map((o) => ({ loanId: o.loan_id, monthsOnBook: mob(cohortOf.get(o.loan_id)!, o.month_end), daysPastDue: o.days_past_due, outstandingPrincipal: o.outstanding_principal })),
    );
    expect(r.data!.vintageCurves.map(({ currency, receivableKindCode, ...x }) => ({ group: `${currency}|${receivableKindCode}`, ...x }))).toEqual(want);
  });
});

type Eff = { currency: string; keys: { dimension: string; value: string | null }[] } & Record<string, unknown>;
const EFF = `query($f: Date!, $by: [NoticeDimension!]!, $n: Int!) { noticeEffectiveness(from: $f, to: "2026-06-10", by: $by, withinDays: $n) {
  currency keys { dimension value } notices sent delivered deliveryRate smsParts addressees addresseesPaid paidShareByCount collected asked paidShareByAmount
  promisesMade promisesKept promisesBroken promisesPending } }`;

describe('notice effectiveness', () => {
  it('equals the hand computation per template', async () => {
    const r = await q<{ noticeEffectiveness: Eff[] }>(EFF, { f: '2026-03-01', by: ['TEMPLATE'], n: 14 });
    expect(r.errors).toBeUndefined();
    // T1: notices to B (sent, delivered, 2 SMS parts, promise 03-10 of line 1, never paid: BROKEN), C (sent, delivered,
    // 1 part, promise 03-12 of line 1, paid 03-10: KEPT), D (sent, not delivered, 1 part), B again (draft: not sent).
    // sent 3, delivered 2 → 0.6667; parts 2 + 1 + 1 = 4; addressees B, C, D = 3; paid within 14 days of 03-01 (≤ 03-15)
    // on the file's loans: C's 200.00 on 03-10 (D paid 03-20, B never) → 1 of 3 = 0.3333; asked 200 + 100 + 100 = 400.00,
    // collected 200.00 → 0.5000; promises 2: 1 kept, 1 broken.
    // No template: the phone call to A (counts as sent, nothing delivered); A paid 100.00 on 03-15 → 1 of 1; 100/100.
    expect(r.data!.noticeEffectiveness).toEqual([
      {
        currency: 'PLN',
        keys: [{ dimension: 'TEMPLATE', value: template }],
        notices: 4,
        sent: 3,
        delivered: 2,
        deliveryRate: '0.6667',
        smsParts: 4,
        addressees: 3,
        addresseesPaid: 1,
        paidShareByCount: '0.3333',
        collected: '200.00',
        asked: '400.00',
        paidShareByAmount: '0.5000',
        promisesMade: 2,
        promisesKept: 1,
        promisesBroken: 1,
        promisesPending: 0,
      },
      {
        currency: 'PLN',
        keys: [{ dimension: 'TEMPLATE', value: null }],
        notices: 1,
        sent: 1,
        delivered: 0,
        deliveryRate: '0.0000',
        smsParts: 0,
        addressees: 1,
        addresseesPaid: 1,
        paidShareByCount: '1.0000',
        collected: '100.00',
        asked: '100.00',
        paidShareByAmount: '1.0000',
        promisesMade: 0,
        promisesKept: 0,
        promisesBroken: 0,
        promisesPending: 0,
      },
    ]);
    const labelled = await q<{ noticeEffectiveness: Eff[] }>(`{ noticeEffectiveness(from: "2026-03-01", by: [TEMPLATE]) { keys { value label } } }`);
    expect(labelled.data!.noticeEffectiveness.map((e) => e.keys[0])).toEqual([
      { value: template, label: 'T1 overdue' },
      { value: null, label: null },
    ]);
    // 30 days (≤ 03-31): D's 100.00 on 03-20 counts too → 2 of 3, 300.00 of 400.00
    const r30 = await q<{ noticeEffectiveness: Eff[] }>(EFF, { f: '2026-03-01', by: ['TEMPLATE'], n: 30 });
    expect(r30.data!.noticeEffectiveness[0]).toMatchObject({ addresseesPaid: 2, paidShareByCount: '0.6667', collected: '300.00', paidShareByAmount: '0.7500' });
  });

  it('SQL twin = the domain noticeEffectiveness, for each dimension and window', async () => {
    const ns = await db.sql<
      {
        id: string;
        party_id: string;
        file_id: string;
        created_on: string;
        send_status: string;
        channel: string;
        delivery_status: string | null;
        text: string | null;
        total_amount: string;
        currency: string;
        template_id: string | null;
        reason: string;
        created_by: string | null;
      }[]
    >`
      select n.id, n.party_id, n.file_id, n.created_on::text, n.send_status, n.channel, n.delivery_status, n.text, n.total_amount::text, rk.currency, n.template_id, n.reason, n.created_by
      from notices n join debtor_files f on f.id = n.file_id join receivable_kinds rk on rk.id = f.receivable_kind_id`;
    const loans = await db.sql<{ id: string; file_id: string }[]>`select id, file_id from loans`;
    const pays = await db.sql<
      { id: string; loanId: string; date: string; amount: string }[]
    >`select id, loan_id as "loanId", payment_date::text as date, amount::text from payments where status = 'POSTED'`;
    // promise outcomes as the API's Notice.promiseOutcome answers them
    const outcome = new Map<string, 'KEPT' | 'BROKEN' | 'PENDING' | null>();
    for (const n of ns) {
      const o = await q<{ notice: { promiseOutcome: 'KEPT' | 'BROKEN' | 'PENDING' | null } }>(`query($id: ID!) { notice(id: $id) { promiseOutcome } }`, { id: n.id });
      expect(o.errors).toBeUndefined();
      outcome.set(n.id, o.data?.notice?.promiseOutcome ?? null);
    }
    const { smsLength } = await import('@raty/domain');
    const keyOf: Record<string, (n: (typeof ns)[number]) => string | null> = {
      TEMPLATE: (n) => n.template_id,
      NOTICE_CHANNEL: (n) => n.channel,
      REASON: (n) => n.reason,
      CREATOR: (n) => n.created_by,
    };
    for (const by of [['TEMPLATE'], ['NOTICE_CHANNEL'], ['REASON', 'CREATOR'], []])
      for (const days of [0, 9, 14, 30, 60]) {
        const r = await q<{ noticeEffectiveness: Eff[] }>(EFF, { f: '2026-01-01', by, n: days });
        expect(r.errors).toBeUndefined();
        const input: EffectivenessNotice[] = ns.map((n) => {
          const sent = n.send_status === 'SENT' || ['EXTERNAL_SMS', 'PHONE_CALL'].includes(n.channel);
          return {
            id: n.id,
            group: JSON.stringify([n.currency, ...by.map((d) => keyOf[d](n))]),
            partyId: n.party_id,
            createdOn: n.created_on,
            sent,
            delivered: n.delivery_status === 'DELIVERED',
            smsParts: sent && ['SMS', 'EXTERNAL_SMS'].includes(n.channel) && n.text ? smsLength(n.text).parts : 0,
            amount: n.total_amount,
            loanIds: loans.filter((l) => l.file_id === n.file_id).map((l) => l.id),
            promise: outcome.get(n.id) ?? null,
          };
        });
        const want = noticeEffectiveness(input, pays, days).map(({ group, ...x }) => ({ group: JSON.parse(group) as (string | null)[], ...x }));
        const got = r.data!.noticeEffectiveness.map(({ currency, keys, ...x }) => ({ group: [currency, ...keys.map((k) => k.value)], ...x }));
        const sortKey = (g: (string | null)[]) => JSON.stringify(g);
        expect(got.sort((a, b) => sortKey(a.group).localeCompare(sortKey(b.group)))).toEqual(want.sort((a, b) => sortKey(a.group).localeCompare(sortKey(b.group))));
      }
  });
});

type Agg = { currency: string; keys: { dimension: string; value: string | null }[]; count: number; distinctLoans: number; distinctFiles: number; sum: string; avg: string; min: string; max: string };
const AGG = `query($fact: AggregateFact!, $by: [AggregateDimension!]!, $v: AggregateValue, $f: AggregateFilter) {
  aggregate(fact: $fact, groupBy: $by, value: $v, filter: $f) { currency keys { dimension value } count distinctLoans distinctFiles sum avg min max } }`;

describe('group-by aggregates', () => {
  it('payments per month: one row per currency and month, exact sums and averages', async () => {
    const r = await q<{ aggregate: Agg[] }>(AGG, { fact: 'PAYMENTS', by: ['MONTH'], f: { from: '2026-02-01', to: '2026-05-31' } });
    expect(r.errors).toBeUndefined();
    const row = (currency: string, month: string, count: number, loans: number, sum: string, avg: string, min: string, max: string) => ({
      currency,
      keys: [{ dimension: 'MONTH', value: month }],
      count,
      distinctLoans: loans,
      distinctFiles: loans,
      sum,
      avg,
      min,
      max,
    });
    // PLN: Feb A 100; Mar A 100, C 200, D 100 → 400.00, avg 133.33; Apr A 100, D 200 → 300.00, avg 150.00; May A 100
    // EUR: E 100 in each month (never added to PLN)
    expect(r.data!.aggregate).toEqual([
      row('EUR', '2026-02-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
      row('EUR', '2026-03-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
      row('EUR', '2026-04-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
      row('EUR', '2026-05-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
      row('PLN', '2026-02-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
      row('PLN', '2026-03-01', 3, 3, '400.00', '133.33', '100.00', '200.00'),
      row('PLN', '2026-04-01', 2, 2, '300.00', '150.00', '100.00', '200.00'),
      row('PLN', '2026-05-01', 1, 1, '100.00', '100.00', '100.00', '100.00'),
    ]);
  });

  it('portfolio as of the business date by DPD bucket; month ends by month and bucket; installments; notices', async () => {
    const p = await q<{ aggregate: Agg[] }>(AGG, { fact: 'PORTFOLIO', by: ['DPD_BUCKET'], f: { receivableKindCode: 'TST' } });
    // as of 06-10: A current (800.00 left), D line 4 (05-15) open: 26 days (900.00), C line 3 (04-15): 56 days (1000.00),
    // B line 1 (02-15): 115 days (1200.00)
    expect(p.data!.aggregate.map((x) => [x.keys[0].value, x.count, x.sum])).toEqual([
      ['CURRENT', 1, '800.00'],
      ['1-30', 1, '900.00'],
      ['31-60', 1, '1000.00'],
      ['91-180', 1, '1200.00'],
    ]);
    // the SQL bucket is the twin of the domain's dpdBucket
    const ds = Array.from({ length: 400 }, (_, i) => i);
    const buckets = await db.sql<{ d: number; b: string }[]>`select d, ${bucketSql(db.sql, db.sql`d`)} as b from unnest(${ds}::int[]) d`;
    expect(buckets.map((x) => x.b)).toEqual(ds.map(dpdBucket));
    const me = await q<{ aggregate: Agg[] }>(AGG, { fact: 'MONTH_END', by: ['MONTH', 'DPD_BUCKET'], v: 'OVERDUE', f: { from: '2026-05-31', to: '2026-05-31', currency: 'PLN' } });
    // 05-31: A current, D 16 days (100.00), C 46 (200.00), B 105 (400.00)
    expect(me.data!.aggregate.map((x) => [x.keys[1].value, x.count, x.sum])).toEqual([
      ['CURRENT', 1, '0.00'],
      ['1-30', 1, '100.00'],
      ['31-60', 1, '200.00'],
      ['91-180', 1, '400.00'],
    ]);
    const inst = await q<{ aggregate: Agg[] }>(AGG, { fact: 'INSTALLMENTS', by: ['RECEIVABLE_KIND'], v: 'UNPAID', f: { to: '2026-06-10' } });
    // lines due by 06-10 (02-15 … 05-15: 4 per loan): unpaid A 0, B 400, C 200 (lines 3, 4), D 100 (line 4) → TST 700.00; E 0
    expect(inst.data!.aggregate.map((x) => [x.currency, x.keys[0].value, x.count, x.sum, x.distinctLoans])).toEqual([
      ['EUR', 'TSE', 4, '0.00', 1],
      ['PLN', 'TST', 16, '700.00', 4],
    ]);
    const n = await q<{ aggregate: Agg[] }>(AGG, { fact: 'NOTICES', by: ['NOTICE_CHANNEL', 'STATUS'] });
    expect(n.data!.aggregate.map((x) => [x.keys[0].value, x.keys[1].value, x.count, x.distinctLoans, x.distinctFiles, x.sum])).toEqual([
      ['PHONE_CALL', 'DRAFT', 1, 1, 1, '100.00'],
      ['SMS', 'DRAFT', 1, 1, 1, '100.00'],
      ['SMS', 'SENT', 3, 3, 3, '400.00'],
    ]);
  });

  it('refuses a dimension the fact does not have, naming the field and the rule', async () => {
    const r = await q(AGG, { fact: 'PAYMENTS', by: ['MONTH', 'DPD_BUCKET'] });
    expect(r.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'groupBy.1', rule: 'dimension.unsupported' });
    const v = await q(AGG, { fact: 'PAYMENTS', by: [], v: 'OVERDUE' });
    expect(v.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'value', rule: 'value.unsupported' });
  });
});

// last: it adds a loan (its own kind) that the figures above must not see
describe('month-end snapshots of a loan with a reversed payment', () => {
  it('replays that loan as of each month end (the reversal re-derives the later allocations)', async () => {
    const F = await createLoan(db, { principal: '1200.00', annualRate: '0', installments: 12, disbursementDate: '2026-01-15', firstDueDate: '2026-02-15', penaltyRate: '0' });
    const [k] = await db.sql<{ id: string }[]>`insert into receivable_kinds (code, name) values ('TSR', 'Test reversal') returning id`;
    await db.sql`update debtor_files set receivable_kind_id = ${k.id} where id = ${F.fileId}`;
    const staff = await staffSession(db.sql, ['SERVICING']);
    const c = makeClient(app.url);
    const ids: string[] = [];
    for (const [date, amount] of [
      ['2026-02-10', '300.00'],
      ['2026-04-15', '100.00'],
    ]) {
      const r = await c.gql<{ registerPayment: { payment: { id: string } } }>(
        `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { payment { id } } }`,
        { input: { loanId: F.loanId, clientId: F.partyId, paymentDate: date, amountPaid: amount, paymentMethod: 'BANK_TRANSFER', idempotencyKey: `F-${date}` } },
        { cookie: staff.cookie },
      );
      ids.push(r.data!.registerPayment.payment.id);
    }
    // the 300.00 of 02-10 is reversed (business date 06-10): as of each month end before, it still counted
    const rev = await c.gql(`mutation($id: ID!) { reversePayment(id: $id, reason: "returned") { status } }`, { id: ids[0] }, { cookie: staff.cookie });
    expect(rev.errors).toBeUndefined();
    expect(await snapshotMonthEnds(db.sql, '2026-06-10', { loanIds: [F.loanId] })).toMatchObject({ loans: 1, rows: 5 });
    const rows = await db.sql<{ month_end: string; outstanding: string; overdue: string; days_past_due: number }[]>`
      select month_end::text, outstanding::text, overdue::text, days_past_due from loan_month_ends where loan_id = ${F.loanId} order by month_end`;
    const loan = (await loadLoan(db.sql, F.loanId))!;
    for (const r of rows) {
      const b = (await loanState(db.sql, loan, r.month_end)).ledger.balances;
      expect([r.outstanding, r.overdue, r.days_past_due]).toEqual([
        sumMoney([b.overduePrincipal, b.overdueInterest, b.futurePrincipal, b.futureInterest]),
        sumMoney([b.overduePrincipal, b.overdueInterest]),
        b.daysPastDue,
      ]);
    }
    // the 300.00 of 02-10 pays line 1 when it falls due (02-15), the rest is held and pays line 2 (03-15) and line 3
    // (04-15); the 100.00 of 04-15 is then held for line 4 (05-15). The reversal is dated 06-10, after every month end.
    expect(rows.map((r) => `${r.month_end} ${r.outstanding}/${r.overdue}/${r.days_past_due}`)).toEqual([
      '2026-01-31 1200.00/0.00/0',
      '2026-02-28 1100.00/0.00/0',
      '2026-03-31 1000.00/0.00/0',
      '2026-04-30 900.00/0.00/0',
      '2026-05-31 800.00/0.00/0',
    ]);
  });
});
