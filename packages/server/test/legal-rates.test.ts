import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePesel, mulberry32 } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { hashPassword } from '../src/lib/crypto.js';
import { applyLegalCaps } from '../src/modules/legal-rates/legal-caps.service.js';
import { createLoan } from './support/fixtures.js';
import { newClient, rc } from './fixtures/partner-setup.js';

// issue 16: PL caps on the right numbers, legal tables kept by admins, APR disclosed to the law's rounding
process.env.RATY_TODAY = '2026-12-07';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: TestClient;
let servicing: TestClient;
let viewer: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 0, asOf: '2026-12-07', withPayments: false });
  app = await startTestApp(db);
  admin = app.client();
  servicing = app.client();
  viewer = app.client();
  await admin.login('admin@raty.demo');
  await servicing.login('collector@raty.demo');
  await viewer.login('viewer@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const REG = `mutation($input: RegisterContractInput!) { registerContract(input: $input) { contract loanId rpmn interestRate resultCode } }`;
let seq = 0;
function plContract(extra: Record<string, unknown> = {}) {
  seq++;
  const pin = generatePesel(mulberry32(7000 + seq), `19${70 + (seq % 20)}-0${1 + (seq % 9)}-1${seq % 9}`, seq % 2 ? 'M' : 'F');
  return {
    pin,
    input: {
      contractTypeId: 'STD',
      paymentsCount: 12,
      firstPaymentPercentage: '0',
      signatureDate: '2026-12-07',
      receivedAt: '2026-12-07',
      paymentForm: 'P',
      salePlaceCode: 'WAW01',
      dealerCode: 'D01',
      authorisationCode: `PL-AUTH-${seq}-${pin}`,
      contractStatusCode: 'B',
      firstPaymentValue: '0',
      interestRate: '14.00',
      product: [{ productCode: 'CASH', price: '12000.00', contractPrice: '12000.00' }],
      client: {
        pin,
        country: 'PL',
        surname: 'Kowalska',
        firstName: 'Anna',
        permanentAddressStreet: 'Prosta',
        permanentAddressNumber: '5',
        permanentAddressCity: 'Warszawa',
        permanentAddressZipCode: '00-850',
        permanentAddressCountryId: 'PL',
        mobilePhoneNumber: '600100200',
        clientType: 'S',
        housingType: 'NAJ',
        monthlyIncome: '0',
      },
      ...extra,
    },
  };
}
type RegResult = { registerContract: { contract: string; loanId: string; rpmn: string; interestRate: string; resultCode: boolean } };
const fields = (r: { errors?: { extensions?: { fields?: { field: string; rule: string; message: string; params?: Record<string, unknown> }[] } }[] }) => r.errors?.[0]?.extensions?.fields ?? [];

describe('done-when 1: PL contract at the nominal rate, checked against the maximum interest in force on the signature date', () => {
  it('14.00 % signed 2026-12-07 is accepted, stored as 14.0000 with its APR separately', async () => {
    const { input } = plContract();
    const r = await admin.gql<RegResult>(REG, { input });
    expect(JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.registerContract.interestRate).toBe('14.0000');
    const [loan] = await db.sql`select l.annual_rate::text, l.penalty_rate::text, l.apr::text, d.method_rpmn, d.interest_rate::text as d_rate, d.rpmn::text
      from loans l join contract_details d on d.loan_id = l.id where l.id = ${r.data!.registerContract.loanId}`;
    expect(loan).toMatchObject({ annual_rate: '14.0000', penalty_rate: '14.0000', d_rate: '14.0000', method_rpmn: null });
    // the APR (RRSO) of 14 % nominal paid monthly is ≈ 14.9 %, stored beside the rate (not instead of it)
    expect(Number(loan.apr)).toBeGreaterThan(14.5);
    expect(Number(loan.apr)).toBeLessThan(15.5);
    expect(loan.rpmn).toBe(loan.apr);
    const versions = await db.sql`select reason from schedule_versions where loan_id = ${r.data!.registerContract.loanId}`;
    expect(versions).toEqual([{ reason: 'INITIAL' }]);
  });

  it('16 % is refused naming the 14.5 % maximum in force that day', async () => {
    const { input } = plContract({ interestRate: '16' });
    const r = await admin.gql<RegResult>(REG, { input });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const f = fields(r).find((x) => x.field === 'input.interestRate');
    expect(f).toMatchObject({ rule: 'cap.exceeded', params: { cap: 'MAX_INTEREST', limit: '14.50', checkDate: '2026-12-07' } });
    expect(f!.message).toContain('14.5 % in force on 2026-12-07');
    expect(await db.sql`select 1 from loans where authorisation_code = ${input.authorisationCode}`).toEqual([]);
  });
});

describe('done-when 3: MPKK', () => {
  it('non-interest costs above the MPKK limit are refused with the limit in the error; at the limit accepted', async () => {
    // 12000.00 over 365 days (2026-12-07 → 2027-12-07): 1200 + 1200 × 365/365 = 2400.00
    const over = plContract({ nonInterestCosts: '2300.00', insurance: '10.00' }); // 2300 + 12 × 10 = 2420 > 2400
    const r = await admin.gql<RegResult>(REG, { input: over.input });
    const f = fields(r).find((x) => x.field === 'input.nonInterestCosts');
    expect(f).toMatchObject({ rule: 'cap.exceeded', params: { limit: '2400.00', value: '2420.00', termDays: 365 } });
    expect(f!.message).toContain('MPKK) of 2400.00');
    const ok = plContract({ nonInterestCosts: '2280.00', insurance: '10.00' }); // exactly 2400.00
    const a = await admin.gql<RegResult>(REG, { input: ok.input });
    expect(a.errors).toBeUndefined();
    // the costs enter the APR: far above the nominal rate
    expect(Number(a.data!.registerContract.rpmn)).toBeGreaterThan(50);
  });
});

describe('done-when 2: a running loan is capped day by day as the maximum falls', () => {
  it('PL loan signed 2025-07-15 at 17 % (allowed then): one LEGAL_CAP version per cut, 14.5 % from 2026-03-05, in schedule history and client zone', async () => {
    const { input, pin } = plContract({ signatureDate: '2025-07-15', receivedAt: '2025-07-15', interestRate: '17', paymentsCount: 24 });
    const r = await admin.gql<RegResult>(REG, { input });
    expect(r.errors).toBeUndefined();
    const loanId = r.data!.registerContract.loanId;
    const versions = await db.sql<{ version: number; reason: string; effective_date: string; max: string | null }[]>`
      select version, reason, effective_date::text, terms->>'maxInterest' as max from schedule_versions where loan_id = ${loanId} order by version`;
    expect(versions.map((v) => [v.reason, v.effective_date, v.max])).toEqual([
      ['INITIAL', '2025-07-15', null],
      ['LEGAL_CAP', '2025-09-04', '16.50'],
      ['LEGAL_CAP', '2025-10-09', '16.00'],
      ['LEGAL_CAP', '2025-11-06', '15.50'],
      ['LEGAL_CAP', '2025-12-04', '15.00'],
      ['LEGAL_CAP', '2026-03-05', '14.50'],
    ]);
    const [{ schedule_version }] = await db.sql`select schedule_version from loans where id = ${loanId}`;
    expect(schedule_version).toBe(6);
    // a period wholly after 2026-03-05 carries 14.5/17 of the contractual interest; principal parts are unchanged
    const [v1] = await db.sql`select interest::text, principal::text from installments where loan_id = ${loanId} and version = 1 and due_date = '2026-04-15'`;
    const [v6] = await db.sql`select interest::text, principal::text, total::text from installments where loan_id = ${loanId} and version = 6 and due_date = '2026-04-15'`;
    expect(v6.principal).toBe(v1.principal);
    expect(v6.interest).toBe((Math.round((Number(v1.interest) * 14.5 * 100) / 17) / 100).toFixed(2));
    // the maximum late interest: the contract's 17 % is below every maximum late interest since (≥ 18.5 %): no row
    expect(await db.sql`select 1 from penalty_rates where loan_id = ${loanId}`).toEqual([]);
    // idempotent: running again (the daily job) adds nothing
    expect(await applyLegalCaps(db.sql, '2026-12-07', { loanIds: [loanId] })).toEqual({ loans: 0, versions: 0, penaltyRows: 0 });

    // staff: schedule history with the reason
    const staffView = await servicing.gql<{ loan: { scheduleVersions: { version: number; reason: string; effectiveDate: string; note: string | null; current: boolean }[] } }>(
      `query($id: ID!) { loan(id: $id) { scheduleVersions { version reason effectiveDate note current } } }`,
      { id: loanId },
    );
    expect(staffView.errors).toBeUndefined();
    const last = staffView.data!.loan.scheduleVersions.at(-1)!;
    expect(last).toMatchObject({ version: 6, reason: 'LEGAL_CAP', effectiveDate: '2026-03-05', current: true });
    expect(last.note).toContain('Maximum interest 14.50 % in force from 2026-03-05 (NBP reference rate 3.75 %)');

    // client zone: the borrower sees the changes and the rate applied today
    const [party] = await db.sql<{ party_id: string }[]>`select fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id where l.id = ${loanId} and fp.role = 'BORROWER'`;
    await db.sql`insert into client_accounts (party_id, login, password_hash, must_change_password) values (${party.party_id}, ${pin}, ${await hashPassword('Moje-Haslo-2026')}, false)`;
    const client = makeClient(app.url);
    const li = await client.gql(`mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { login } }`, { l: pin, p: 'Moje-Haslo-2026' });
    expect(li.errors).toBeUndefined();
    const my = await client.gql<{
      myLoan: {
        interestRate: string;
        interestRateInForce: string;
        scheduleChanges: { reason: string; effectiveDate: string; maxInterest: string | null }[];
        schedule: { date: string; interest: string }[];
      };
    }>(`query($id: ID!) { myLoan(id: $id) { interestRate interestRateInForce scheduleChanges { reason effectiveDate maxInterest } schedule { date interest } } }`, { id: loanId });
    expect(my.errors).toBeUndefined();
    expect(my.data!.myLoan.interestRate).toBe('17.0000');
    expect(my.data!.myLoan.interestRateInForce).toBe('14.50');
    expect(my.data!.myLoan.scheduleChanges.map((c) => [c.reason, c.effectiveDate, c.maxInterest]).slice(-2)).toEqual([
      ['LEGAL_CAP', '2025-12-04', '15.00'],
      ['LEGAL_CAP', '2026-03-05', '14.50'],
    ]);
    expect(my.data!.myLoan.schedule.find((l) => l.date === '2026-04-15')!.interest).toBe(v6.interest);
  });
});

describe('done-when 5: legal-rate tables kept by admins (history, corrections with a reason, audit)', () => {
  const ADD = `mutation($i: LegalRateInput!) { addLegalRate(input: $i) { id kind validFrom value source reason correctsId current } }`;
  const MAX = `query($d: Date) { legalMaxima(date: $d) { date referenceRate referenceFrom maxInterest maxLateInterest } }`;

  it('ships the verified NBP history and the formula rows; today 14.5 % / 18.5 %; the shipped table is stale on 2026-12-07', async () => {
    const st = await viewer.gql<{ legalRatesStatus: Record<string, unknown> }>(`{ legalRatesStatus { lastReferenceFrom lastEntryOn staleAfterDays daysSinceLastEntry stale } }`);
    // nobody has recorded a check since the 2026-03-05 row: 277 days > 45
    expect(st.data!.legalRatesStatus).toEqual({ lastReferenceFrom: '2026-03-05', lastEntryOn: '2026-03-05', staleAfterDays: 45, daysSinceLastEntry: 277, stale: true });
    const m = await viewer.gql<{ legalMaxima: Record<string, string> }>(MAX, {});
    expect(m.data!.legalMaxima).toEqual({ date: '2026-12-07', referenceRate: '3.7500', referenceFrom: '2026-03-05', maxInterest: '14.50', maxLateInterest: '18.50' });
    const rows = await viewer.gql<{ legalRates: { kind: string; validFrom: string; value: string | null; current: boolean }[] }>(
      `{ legalRates(kind: "NBP_REFERENCE") { kind validFrom value current } }`,
    );
    expect(rows.data!.legalRates.slice(0, 3).map((x) => [x.validFrom, x.value])).toEqual([
      ['2026-03-05', '3.7500'],
      ['2025-12-04', '4.0000'],
      ['2025-11-06', '4.2500'],
    ]);
  });

  it('an admin adds a reference-rate row; the maximum interest of later dates follows; the audit shows it; others are refused', async () => {
    const refused = await servicing.gql(ADD, { i: { kind: 'NBP_REFERENCE', validFrom: '2027-01-14', value: '3.50', source: 'NBP' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.gql(ADD, { i: { kind: 'NBP_REFERENCE', validFrom: '2027-01-14', source: ' ' } });
    expect(fields(bad).map((f) => [f.field, f.rule])).toEqual([
      ['input.value', 'legalRates.valueRequired'],
      ['input.source', 'required'],
    ]);
    const ok = await admin.gql<{ addLegalRate: { id: string; current: boolean } }>(ADD, {
      i: { kind: 'NBP_REFERENCE', validFrom: '2027-01-14', value: '3.50', source: 'NBP, RPP decision of 2027-01-13 (test)' },
    });
    expect(ok.errors).toBeUndefined();
    const before = await viewer.gql<{ legalMaxima: { maxInterest: string } }>(MAX, { d: '2027-01-13' });
    const after = await viewer.gql<{ legalMaxima: { maxInterest: string; maxLateInterest: string } }>(MAX, { d: '2027-01-14' });
    expect(before.data!.legalMaxima.maxInterest).toBe('14.50');
    expect(after.data!.legalMaxima).toMatchObject({ maxInterest: '14.00', maxLateInterest: '18.00' });
    const audit = await db.sql`select action, actor_type, after->>'value' as value from audit_log where entity = 'legal_rate' and entity_id = ${ok.data!.addLegalRate.id}`;
    expect(audit).toEqual([{ action: 'CREATE', actor_type: 'STAFF', value: '3.5000' }]);

    // a correction of the same date needs a reason; the old row stays in the history, not in force
    const noReason = await admin.gql(ADD, { i: { kind: 'NBP_REFERENCE', validFrom: '2027-01-14', value: '3.25', source: 'NBP' } });
    expect(fields(noReason).map((f) => f.rule)).toEqual(['legalRates.correctionReason']);
    const fix = await admin.gql<{ addLegalRate: { correctsId: string; reason: string; current: boolean } }>(ADD, {
      i: { kind: 'NBP_REFERENCE', validFrom: '2027-01-14', value: '3.25', source: 'NBP', reason: 'typo: the cut was 50 bp' },
    });
    expect(fix.data!.addLegalRate).toMatchObject({ correctsId: ok.data!.addLegalRate.id, reason: 'typo: the cut was 50 bp', current: true });
    expect((await viewer.gql<{ legalMaxima: { maxInterest: string } }>(MAX, { d: '2027-02-01' })).data!.legalMaxima.maxInterest).toBe('13.50');
    const hist = await viewer.gql<{ legalRates: { validFrom: string; value: string; current: boolean }[] }>(`{ legalRates(kind: "NBP_REFERENCE") { validFrom value current } }`);
    expect(hist.data!.legalRates.filter((x) => x.validFrom === '2027-01-14')).toEqual([
      { validFrom: '2027-01-14', value: '3.2500', current: true },
      { validFrom: '2027-01-14', value: '3.5000', current: false },
    ]);
    expect(await db.sql`select action from audit_log where entity = 'legal_rate' order by id`).toEqual([{ action: 'CREATE' }, { action: 'CORRECT' }]);
    // the table is append-only in the database too
    await expect(db.sql`update legal_rates set value = 1 where valid_from = '2027-01-14'`).rejects.toThrow(/append-only/);
  });

  it('dashboard status: stale when no reference-rate entry for longer than the configured days', async () => {
    const st = await viewer.gql<{ legalRatesStatus: { lastReferenceFrom: string; staleAfterDays: number; stale: boolean } }>(
      `{ legalRatesStatus { lastReferenceFrom lastEntryOn staleAfterDays daysSinceLastEntry stale } }`,
    );
    expect(st.errors).toBeUndefined();
    expect(st.data!.legalRatesStatus).toMatchObject({ lastReferenceFrom: '2027-01-14', staleAfterDays: 45, stale: false });
    const set = await admin.gql(`mutation { setLegalRatesStaleAfterDays(days: 0) }`);
    expect(fields(set).map((f) => f.rule)).toEqual(['range']);
    expect((await servicing.gql(`mutation { setLegalRatesStaleAfterDays(days: 30) }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("done-when 4: APR disclosed to the law's rounding", () => {
  const Q = `query($b: String) { aprFigures(flows: [{ date: "2026-12-07", amount: "100000.00" }, { date: "2027-12-07", amount: "-106449.96" }], basis: $b) { apr legal basis } }`;
  it('100000.00 repaid by 106449.96 a year later: apr 6.4500, legal 6.4 (rounded once); DAYS_365_25 exists; other bases refused', async () => {
    expect((await viewer.gql(Q, {})).data).toEqual({ aprFigures: { apr: '6.4500', legal: '6.4', basis: 'DAYS' } });
    expect((await viewer.gql(Q, { b: 'DAYS_365_25' })).data).toEqual({ aprFigures: { apr: '6.4545', legal: '6.5', basis: 'DAYS_365_25' } });
    const bad = await viewer.gql(Q, { b: 'DAYS_360' });
    expect(fields(bad).map((f) => [f.field, f.rule])).toEqual([['basis', 'oneOf']]);
  });
});

describe('the daily job: a cut reached by the business date caps running loans (interest and late interest)', () => {
  it('a 14.5 % / 18.5 % loan: nothing before 2027-01-14; from then 13.5 % interest (new version) and 17.5 % late interest (penalty_rates)', async () => {
    // the reference rate 3.25 % from 2027-01-14 was recorded by the admin in the test above (→ 13.5 % / 17.5 %)
    const { loanId } = await createLoan(db, { annualRate: '14.5', penaltyRate: '18.5', disbursementDate: '2026-06-15', firstDueDate: '2026-07-15', installments: 12 });
    expect(await applyLegalCaps(db.sql, '2027-01-13', { loanIds: [loanId] })).toEqual({ loans: 0, versions: 0, penaltyRows: 0 });
    expect(await applyLegalCaps(db.sql, '2027-01-14', { loanIds: [loanId] })).toEqual({ loans: 1, versions: 1, penaltyRows: 1 });
    expect(await db.sql`select version, reason, effective_date::text, terms->>'maxInterest' as max from schedule_versions where loan_id = ${loanId} order by version`).toEqual([
      { version: 1, reason: 'INITIAL', effective_date: '2026-06-15', max: null },
      { version: 2, reason: 'LEGAL_CAP', effective_date: '2027-01-14', max: '13.50' },
    ]);
    expect(await db.sql`select valid_from::text, rate::text from penalty_rates where loan_id = ${loanId}`).toEqual([{ valid_from: '2027-01-14', rate: '17.5000' }]);
    // the line due 2027-01-15 has one capped day (2027-01-14) of 31; the line due 2027-02-15 is wholly capped
    const lines = await db.sql<{ version: number; due_date: string; interest: string }[]>`
      select version, due_date::text, interest::text from installments where loan_id = ${loanId} and due_date in ('2027-01-15', '2027-02-15') order by due_date, version`;
    const [j1, j2, f1, f2] = lines;
    expect(j2.interest).toBe((Math.round((Number(j1.interest) * (30 * 14.5 + 13.5) * 100) / (14.5 * 31)) / 100).toFixed(2));
    expect(f2.interest).toBe((Math.round((Number(f1.interest) * 13.5 * 100) / 14.5) / 100).toFixed(2));
    // the next day's run changes nothing
    expect(await applyLegalCaps(db.sql, '2027-01-15', { loanIds: [loanId] })).toEqual({ loans: 0, versions: 0, penaltyRows: 0 });
  });
});

describe('SK caps (RPMN, Odplata) as dated legal-rate rows: history, corrections with a reason, audit, the contract check', () => {
  const ADD = `mutation($i: LegalRateInput!) { addLegalRate(input: $i) { id kind validFrom value source reason correctsId current } }`;
  let n = 0;
  // the demo's QPARTNER type (SK, rate from the front end, cap checked on the recalculation date)
  const skContract = (checkDate: string, rpmn: string) => {
    const pin = rc();
    n++;
    return {
      contractTypeId: 'QPARTNER',
      sellingChannel: 'QPARTNER',
      paymentsCount: 10,
      firstPaymentPercentage: '10',
      signatureDate: checkDate,
      receivedAt: checkDate,
      dateOfRecalculation: checkDate,
      paymentForm: 'P',
      salePlaceCode: '*E11527',
      dealerCode: '*E1152702',
      authorisationCode: `SK-CAP-${n}-${pin}`,
      contractStatusCode: 'B',
      firstPaymentValue: '100',
      payment: '90',
      rpmn,
      odplata: '20',
      interestRate: '18',
      methodRpmn: 'E',
      product: [{ productCode: 'TV', price: '800', contractPrice: '1000' }],
      client: { ...newClient(pin), monthlyIncome: '0' },
    };
  };

  it('ships the SK rows (copied from apr_caps by migration 0022 / the demo seed) and lists them by kind', async () => {
    const r = await viewer.gql<{ legalRates: { kind: string; validFrom: string; value: string; current: boolean }[] }>(`{ legalRates(kind: "SK_MAX_RPMN") { kind validFrom value current } }`);
    expect(r.data!.legalRates).toEqual([
      { kind: 'SK_MAX_RPMN', validFrom: '2024-01-01', value: '45.0000', current: true },
      { kind: 'SK_MAX_RPMN', validFrom: '2015-06-01', value: '57.0000', current: true },
    ]);
  });

  it('an admin adds an SK cap; the check uses the row in force on the check date; a correction needs a reason; all audited', async () => {
    expect((await servicing.gql(ADD, { i: { kind: 'SK_MAX_RPMN', validFrom: '2026-06-01', value: '25', source: 'NBS' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.gql(ADD, { i: { kind: 'SK_MAX_ODPLATA', validFrom: '2026-06-01', multiplier: '2', spread: '1', source: 'NBS' } });
    expect(fields(bad).map((f) => [f.field, f.rule])).toEqual([['input.value', 'legalRates.valueRequired']]);
    const ok = await admin.gql<{ addLegalRate: { id: string; value: string; current: boolean } }>(ADD, {
      i: { kind: 'SK_MAX_RPMN', validFrom: '2026-06-01', value: '25', source: 'NBS announcement (test)' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addLegalRate).toMatchObject({ value: '25.0000', current: true });

    // before the new row: 45 % in force → 30 % accepted; from 2026-06-01: 25 % → refused naming the cap
    const before = await admin.gql<RegResult>(REG, { input: skContract('2026-05-31', '30') });
    expect(JSON.stringify(before.errors)).toBeUndefined();
    const after = await admin.gql<RegResult>(REG, { input: skContract('2026-06-15', '30') });
    const issue = fields(after).find((f) => f.field === 'input.rpmn');
    expect(issue).toMatchObject({ rule: 'cap.exceeded', params: { cap: 'MAX_APR', limit: '25.0000', checkDate: '2026-06-15', checkDateKind: 'RECALCULATION_DATE' } });
    expect(issue!.message).toContain('25 %');

    // a correction of the same date: reason required; the old row stays in the history, not in force
    const noReason = await admin.gql(ADD, { i: { kind: 'SK_MAX_RPMN', validFrom: '2026-06-01', value: '35', source: 'NBS' } });
    expect(fields(noReason).map((f) => f.rule)).toEqual(['legalRates.correctionReason']);
    const fix = await admin.gql<{ addLegalRate: { id: string; correctsId: string; reason: string; current: boolean } }>(ADD, {
      i: { kind: 'SK_MAX_RPMN', validFrom: '2026-06-01', value: '35', source: 'NBS', reason: 'wrong figure typed' },
    });
    expect(fix.data!.addLegalRate).toMatchObject({ correctsId: ok.data!.addLegalRate.id, reason: 'wrong figure typed', current: true });
    const hist = await viewer.gql<{ legalRates: { validFrom: string; value: string; current: boolean }[] }>(`{ legalRates(kind: "SK_MAX_RPMN") { validFrom value current } }`);
    expect(hist.data!.legalRates.filter((x) => x.validFrom === '2026-06-01')).toEqual([
      { validFrom: '2026-06-01', value: '35.0000', current: true },
      { validFrom: '2026-06-01', value: '25.0000', current: false },
    ]);
    const again = await admin.gql<RegResult>(REG, { input: skContract('2026-06-15', '30') });
    expect(JSON.stringify(again.errors)).toBeUndefined();
    expect(fields(await admin.gql(REG, { input: skContract('2026-06-15', '36') })).find((f) => f.field === 'input.rpmn')).toMatchObject({ params: { limit: '35.0000' } });

    const audit = await db.sql`select action, actor_type, after->>'kind' as kind, after->>'value' as value, after->>'reason' as reason from audit_log
      where entity = 'legal_rate' and entity_id in (${ok.data!.addLegalRate.id}, ${fix.data!.addLegalRate.id}) order by id`;
    expect(audit).toEqual([
      { action: 'CREATE', actor_type: 'STAFF', kind: 'SK_MAX_RPMN', value: '25.0000', reason: null },
      { action: 'CORRECT', actor_type: 'STAFF', kind: 'SK_MAX_RPMN', value: '35.0000', reason: 'wrong figure typed' },
    ]);
    // the dictionaries API no longer overwrites a cap
    const upd = await admin.gql(`mutation($id: ID!) { updateAprCap(id: $id, input: { value: "60" }) { id } }`, { id: fix.data!.addLegalRate.id });
    expect(fields(upd).map((f) => [f.field, f.rule])).toEqual([['id', 'aprCaps.retired']]);
  });
});

describe('migration 0022: the SK rows of apr_caps become legal-rate rows', () => {
  it('copies MAX_APR / MAX_ODPLATA (note as the source) and removes them from apr_caps; PL rows stay', async () => {
    await db.sql`insert into apr_caps (country, kind, valid_from, value, note) values
      ('SK', 'MAX_APR', '2010-01-01', '33.0000', 'NBS 2009'), ('SK', 'MAX_ODPLATA', '2010-01-01', '34.0000', null), ('PL', 'MAX_INTEREST', '2010-01-01', '20.0000', null)`;
    const file = fs.readFileSync(path.join(import.meta.dirname, '../drizzle/0022_sk_caps.sql'), 'utf8');
    for (const stmt of file.split('--> statement-breakpoint')) await db.sql.unsafe(stmt);
    expect(await db.sql`select kind, value::text, source, reason, recorded_on from legal_rates where valid_from = '2010-01-01' order by kind`).toEqual([
      { kind: 'SK_MAX_ODPLATA', value: '34.0000', source: 'apr_caps dictionary (migrated)', reason: null, recorded_on: null },
      { kind: 'SK_MAX_RPMN', value: '33.0000', source: 'NBS 2009', reason: null, recorded_on: null },
    ]);
    expect(await db.sql`select country, kind from apr_caps`).toEqual([{ country: 'PL', kind: 'MAX_INTEREST' }]);
    // the shape rule: an SK row needs a value
    await expect(db.sql`insert into legal_rates (kind, valid_from, source) values ('SK_MAX_RPMN', '2011-01-01', 'x')`).rejects.toThrow(/legal_rates_shape_ck/);
  });
});
