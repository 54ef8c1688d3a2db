import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aprDetails, buildSchedule, scheduleCashFlows } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { hashPassword } from '../src/lib/crypto.js';
import { startTestApp } from './support/app.js';
import { ANALYST_TOKEN, PARTNER_TOKEN, contractBody, insertTokens, newClient, rc, seedPartnerDictionaries } from './fixtures/partner-setup.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  await insertTokens(db);
  await seedPartnerDictionaries(db);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

interface Answer {
  status: number;
  body: {
    contract?: string | null;
    client?: string | null;
    resultCode: boolean;
    errorMessage: string | null;
    code?: string;
    errors?: { field: string; rule: string; message: string; params?: Record<string, unknown> }[];
  } & Record<string, unknown>;
}

async function post(path: 'contract' | 'client', body: unknown, token: string | null = PARTNER_TOKEN): Promise<Answer> {
  const res = await fetch(`${app.url}/api/lea/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const fields = (a: Answer) => (a.body.errors ?? []).map((e) => e.field);
const ruleOf = (a: Answer, field: string) => a.body.errors?.find((e) => e.field === field)?.rule;

describe('partner API: authentication and OpenAPI', () => {
  it('refuses anonymous callers with 401 JSON and analyst tokens with 403', async () => {
    const anon = await post('contract', {}, null);
    expect(anon.status).toBe(401);
    expect(anon.body).toMatchObject({ contract: null, resultCode: false, code: 'UNAUTHENTICATED' });
    const bogus = await post('client', {}, 'raty_pt_nope');
    expect(bogus.status).toBe(401);
    const analyst = await post('client', newClient(rc()), ANALYST_TOKEN);
    expect(analyst.status).toBe(403);
    expect(analyst.body).toMatchObject({ contract: null, resultCode: false, code: 'FORBIDDEN' });
    const [{ n }] = await db.sql`select count(*)::int as n from parties`;
    expect(n).toBe(0);
  });

  it('serves an OpenAPI 3.1 document listing both endpoints', async () => {
    const res = await fetch(`${app.url}/api/lea/openapi.json`);
    expect(res.status).toBe(200);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/lea/client', '/api/lea/contract']);
    expect(doc.components.schemas.Contract.properties).toHaveProperty('authorisationCode');
    expect(doc.components.schemas.Client.required).toContain('nonstopbanking');
    expect(doc.paths['/api/lea/contract'].post.responses['409']).toBeDefined();
    expect(doc.paths['/api/lea/client'].post.responses['413']).toBeDefined();
  });

  it('answers invalid JSON with a result object', async () => {
    const a = await post('contract', '{"paymentsCount": ');
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ contract: null, resultCode: false, code: 'BAD_REQUEST' });
  });
});

describe('POST /api/lea/contract', () => {
  it('registers the seed example body as written (client by clientId) with its schedule, products, notes, data and approvals', async () => {
    const pin = rc();
    const c = await post('client', newClient(pin));
    expect(c.status).toBe(200);
    await db.sql`update client_numbers set client_id = 5135010 where client_id = ${Number(c.body.contract)}`;
    const example = JSON.parse(fs.readFileSync(new URL('./fixtures/lea-contract-example.json', import.meta.url), 'utf8'));
    const a = await post('contract', example);
    expect(a.body.errorMessage).toBeNull();
    expect(a.status).toBe(200);
    expect(a.body.resultCode).toBe(true);
    expect(a.body.contract).toBe('TOV/2020/000001');
    expect(a.body.clientId).toBe(5135010);

    const [loan] = await db.sql`select l.*, p.national_id from loans l join file_parties fp on fp.file_id = l.file_id join parties p on p.id = fp.party_id where l.authorisation_code = '2020040915'`;
    expect(loan).toMatchObject({
      national_id: pin,
      principal: '1235.00',
      installments_count: 10,
      down_payment: '145.00',
      contract_price: '1450.00',
      fixed_installment: '130.50',
      signature_date: '2020-04-09',
      recalculation_date: '2020-04-09',
      apr: '15.8000',
      status: 'ACTIVE',
    });
    const inst = await db.sql<{ total: string; principal: string }[]>`select total, principal from installments where loan_id = ${loan.id} order by number`;
    expect(inst).toHaveLength(10);
    expect(inst.slice(0, 9).every((i) => i.total === '130.50')).toBe(true);
    // 10 × 130.50 + 145 − 1450 = 0 → the last installment settles a difference of 0
    expect(inst[9].total).toBe('130.50');
    expect(inst.reduce((s, i) => s + Math.round(Number(i.principal) * 100), 0)).toBe(123500);
    // the interest is the cost of the credit: contract price − price = 70.00, never negative on a line
    const split = await db.sql<{ interest: string }[]>`select interest from installments where loan_id = ${loan.id} order by number`;
    expect(split.every((i) => Number(i.interest) >= 0)).toBe(true);
    expect(split.reduce((s, i) => s + Math.round(Number(i.interest) * 100), 0)).toBe(7000);
    const [v] = await db.sql`select version, reason from schedule_versions where loan_id = ${loan.id}`;
    expect(v).toEqual({ version: 1, reason: 'INITIAL' });
    const [det] = await db.sql`select rpmn, odplata, interest_rate, method_rpmn, sale_place_code, dealer_code, rate_calculated_by from contract_details where loan_id = ${loan.id}`;
    expect(det).toEqual({ rpmn: '15.8000', odplata: '15.8000', interest_rate: '15.8000', method_rpmn: 'D', sale_place_code: '*E11527', dealer_code: '*E1152702', rate_calculated_by: 'FRONTEND' });
    expect(await db.sql`select product_code, price, contract_price, producer from contract_products where loan_id = ${loan.id}`).toEqual([
      { product_code: 'M1N', price: '1380.00', contract_price: '1450.00', producer: 'A DATA' },
    ]);
    expect(await db.sql`select code, value, date from contract_notes where loan_id = ${loan.id}`).toEqual([{ code: 'cc-pf', value: 'skuska poznamky z API Lea', date: '2020-04-09' }]);
    expect(await db.sql`select code, data_nocode from contract_optional_data where loan_id = ${loan.id}`).toEqual([{ code: 'POCVYZIV', data_nocode: '100' }]);
    expect(await db.sql`select approval_code, value, valid_from from contract_approvals where loan_id = ${loan.id}`).toEqual([{ approval_code: 'BANKSL1', value: 'A', valid_from: '2020-04-10' }]);
    const [ch] = await db.sql`select s.code from loans l join selling_channels s on s.id = l.selling_channel_id where l.id = ${loan.id}`;
    expect(ch.code).toBe('pk1');
    const audits = await db.sql`select action, actor_type from audit_log where entity = 'contract' and entity_id = ${loan.id}`;
    expect(audits).toEqual([{ action: 'CREATE', actor_type: 'API_TOKEN' }]);

    // the same authorisation code again → refused, nothing written
    const dup = await post('contract', example);
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ contract: null, resultCode: false, code: 'CONFLICT' });
    expect(dup.body.errors?.[0]).toMatchObject({ field: 'authorisationCode', rule: 'contract.duplicateAuthorisationCode' });
    const [{ n }] = await db.sql`select count(*)::int as n from loans where authorisation_code = '2020040915'`;
    expect(n).toBe(1);
  });

  it('lets exactly one of concurrent registrations with the same authorisation code win', async () => {
    const pin = rc();
    const body = contractBody(pin, { authorisationCode: 'RACE-1' });
    const answers = await Promise.all([1, 2, 3, 4].map(() => post('contract', body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const [{ loans, people }] =
      await db.sql`select (select count(*)::int from loans where authorisation_code = 'RACE-1') as loans, (select count(*)::int from parties where national_id = ${pin}) as people`;
    expect({ loans, people }).toEqual({ loans: 1, people: 1 });
  });

  it('names every missing required field at once', async () => {
    const a = await post('contract', { bonus: null });
    expect(a.status).toBe(400);
    expect(a.body.code).toBe('BAD_USER_INPUT');
    expect(fields(a).sort()).toEqual(
      [
        'authorisationCode',
        'client',
        'contractStatusCode',
        'contractTypeId',
        'dealerCode',
        'firstPaymentPercentage',
        'firstPaymentValue',
        'paymentForm',
        'paymentsCount',
        'product',
        'salePlaceCode',
        'signatureDate',
      ].sort(),
    );
    expect(a.body.errors!.every((e) => e.rule === 'required')).toBe(true);
    // with a known contract type the type's own requirements are named too, and the new client's
    const b = await post('contract', { contractTypeId: 'PZEX5', client: { pin: rc(), nonstopbanking: 'Nie' }, product: [{ productCode: 'X' }] });
    expect(fields(b)).toEqual(
      expect.arrayContaining([
        'payment',
        'rpmn',
        'odplata',
        'interestRate',
        'methodRpmn',
        'sellingChannel',
        'dateOfRecalculation',
        'product[0].price',
        'product[0].contractPrice',
        'client.surname',
        'client.firstName',
        'client.permanentAddressCity',
        'client.permanentAddressZipCode',
      ]),
    );
    const [{ n }] = await db.sql`select count(*)::int as n from parties`;
    const [{ m }] = await db.sql`select count(*)::int as m from parties where first_name is null`;
    expect(n).toBeGreaterThan(0);
    expect(m).toBe(0);
  });

  it('checks the front-end installment at the boundary: |payment × count + down payment − contract price| < payment', async () => {
    // credit 700, contract price 1000, down payment 100, 10 payments: accepted for 81.82 < payment < 100
    const low = await post('contract', contractBody(rc(), { payment: 81.81 }));
    expect(low.status).toBe(400);
    expect(ruleOf(low, 'payment')).toBe('installment.checkFailed');
    const high = await post('contract', contractBody(rc(), { payment: 100 }));
    expect(ruleOf(high, 'payment')).toBe('installment.checkFailed');
    const ok = await post('contract', contractBody(rc(), { payment: 81.82 }));
    expect(ok.status).toBe(200);
    const rows = await db.sql<{ total: string }[]>`select i.total from installments i join loans l on l.id = i.loan_id where l.number = ${ok.body.contract!} order by i.number`;
    expect(rows.slice(0, 9).every((r) => r.total === '81.82')).toBe(true);
    // the last installment settles the difference: 1000 − 100 − 9 × 81.82 = 163.62
    expect(rows[9].total).toBe('163.62');
    expect(ok.body.lastInstallment).toBe('163.62');
  });

  it('checks the APR cap on the signature date or on the recalculation date, per contract type', async () => {
    // caps: MAX_APR 60 from 2015, 30 from 2021. RPMN 40, signed 2020-06-01, recalculated 2022-01-01.
    const extra = { rpmn: 40, signatureDate: '2020-06-01', dateOfRecalculation: '2022-01-01' };
    const bySignature = await post('contract', contractBody(rc(), { ...extra, contractTypeId: 'SIGSK' }));
    expect(bySignature.status).toBe(200);
    const byRecalc = await post('contract', contractBody(rc(), { ...extra, contractTypeId: 'RECSK' }));
    expect(byRecalc.status).toBe(400);
    const issue = byRecalc.body.errors!.find((e) => e.field === 'rpmn')!;
    expect(issue.rule).toBe('cap.exceeded');
    expect(issue.message).toContain('MAX_APR');
    expect(issue.params).toMatchObject({ cap: 'MAX_APR', limit: '30.0000', checkDate: '2022-01-01', checkDateKind: 'RECALCULATION_DATE' });
    // and the other way round: recalculated before the lower cap → accepted by RECSK, refused by SIGSK when signed late
    const late = { rpmn: 40, signatureDate: '2022-02-01', receivedAt: '2022-02-01', dateOfRecalculation: '2020-12-31' };
    expect((await post('contract', contractBody(rc(), { ...late, contractTypeId: 'RECSK' }))).status).toBe(200);
    const sig = await post('contract', contractBody(rc(), { ...late, contractTypeId: 'SIGSK' }));
    expect(sig.body.errors?.[0]).toMatchObject({ field: 'rpmn', rule: 'cap.exceeded', params: { limit: '30.0000', checkDate: '2022-02-01' } });
    // recalculation date is required when the type checks by it
    const missing = await post('contract', contractBody(rc(), { contractTypeId: 'RECSK', dateOfRecalculation: null }));
    expect(ruleOf(missing, 'dateOfRecalculation')).toBe('required');
  });

  it('computes the installment and APR in the system when the contract type says SYSTEM', async () => {
    const body = contractBody(rc(), { contractTypeId: 'SYSSK', interestRate: 12, rpmn: 99, odplata: 99, payment: null, methodRpmn: null });
    const a = await post('contract', body);
    expect(a.status).toBe(200);
    const expected = buildSchedule({ principal: '700.00', annualRate: '12', installments: 10, disbursementDate: '2020-06-01', firstDueDate: '2020-07-01', method: 'ANNUITY', dayCount: '30/360' });
    const apr = aprDetails(scheduleCashFlows('2020-06-01', '700.00', expected.lines)).apr;
    expect(a.body.rpmn).toBe(apr);
    // method D: US = RPMN
    expect(a.body.interestRate).toBe(apr);
    const rows = await db.sql<{ total: string }[]>`select i.total from installments i join loans l on l.id = i.loan_id where l.number = ${a.body.contract!} order by i.number`;
    expect(rows.map((r) => r.total)).toEqual(expected.lines.map((l) => l.total));
    // F is never computed by the system
    const f = await post('contract', contractBody(rc(), { contractTypeId: 'SYSSK', interestRate: 12, methodRpmn: 'F' }));
    expect(ruleOf(f, 'methodRpmn')).toBe('interestMethod.fRequiresFrontend');
  });

  it("builds the schedule under the contract type's lender conventions and keeps them with the loan (issue 19)", async () => {
    await db.sql`update contract_types set schedule_conventions = ${JSON.stringify({ installmentMultiple: '10.00' })}::jsonb where code = 'SYSSK'`;
    try {
      const a = await post('contract', contractBody(rc(), { contractTypeId: 'SYSSK', interestRate: 12, rpmn: 99, odplata: 99, payment: null, methodRpmn: null }));
      expect(a.status).toBe(200);
      // 700.00 at 12 % over 10: annuity 73.91 → rounded to a multiple of 10.00 = 70.00, the last line settles the rest
      const expected = buildSchedule({
        principal: '700.00',
        annualRate: '12',
        installments: 10,
        disbursementDate: '2020-06-01',
        firstDueDate: '2020-07-01',
        method: 'ANNUITY',
        dayCount: '30/360',
        conventions: { installmentMultiple: '10.00' },
      });
      expect(expected.installment).toBe('70.00');
      const rows = await db.sql<{ total: string }[]>`select i.total from installments i join loans l on l.id = i.loan_id where l.number = ${a.body.contract!} order by i.number`;
      expect(rows.map((r) => r.total)).toEqual(expected.lines.map((l) => l.total));
      expect(rows.slice(0, 9).every((r) => r.total === '70.00')).toBe(true);
      const [v] = await db.sql<{ c: unknown }[]>`select v.terms->'conventions' as c from schedule_versions v join loans l on l.id = v.loan_id where l.number = ${a.body.contract!} and v.version = 1`;
      expect(v.c).toEqual({ installmentMultiple: '10.00' });
    } finally {
      await db.sql`update contract_types set schedule_conventions = '{}'::jsonb where code = 'SYSSK'`;
    }
  });

  it('requires a selling channel valid on the registration day when the contract type says REQUIRED', async () => {
    const base = { contractTypeId: 'PZEX5', dateOfRecalculation: '2020-06-01' };
    const none = await post('contract', contractBody(rc(), { ...base, sellingChannel: null }));
    expect(ruleOf(none, 'sellingChannel')).toBe('required');
    const old = await post('contract', contractBody(rc(), { ...base, sellingChannel: 'OLD' }));
    expect(ruleOf(old, 'sellingChannel')).toBe('sellingChannel.notValid');
    const future = await post('contract', contractBody(rc(), { ...base, sellingChannel: 'FUTURE' }));
    expect(ruleOf(future, 'sellingChannel')).toBe('sellingChannel.notValid');
    const unknown = await post('contract', contractBody(rc(), { ...base, sellingChannel: 'NOPE' }));
    expect(ruleOf(unknown, 'sellingChannel')).toBe('notFound');
    const ok = await post('contract', contractBody(rc(), { ...base, sellingChannel: 'pk1' }));
    expect(ok.status).toBe(200);
    // optional for SIGSK: no channel is fine
    const optional = await post('contract', contractBody(rc(), { sellingChannel: undefined }));
    expect(optional.status).toBe(200);
  });

  it('registers co-applicants as co-borrowers of the file', async () => {
    const pin = rc();
    const co = rc();
    const a = await post('contract', contractBody(pin, { coApplicant: [newClient(co, { firstName: 'Peter', surname: 'Novák' })] }));
    expect(a.status).toBe(200);
    const rows =
      await db.sql`select p.national_id, fp.role from loans l join file_parties fp on fp.file_id = l.file_id join parties p on p.id = fp.party_id where l.number = ${a.body.contract!} order by fp.role`;
    expect(rows).toEqual([
      { national_id: pin, role: 'BORROWER' },
      { national_id: co, role: 'CO_BORROWER' },
    ]);
  });
});

describe('POST /api/lea/client', () => {
  const party = async (pin: string) => (await db.sql`select * from parties where national_id = ${pin}`)[0];

  it('requires nonstopbanking with the seed values and the seed message', async () => {
    const pin = rc();
    const missing = await post('client', newClient(pin, { nonstopbanking: undefined }));
    expect(missing.status).toBe(400);
    // missing is not invalid (issue 24): its own rule and the seed's wording for a missing attribute
    expect(missing.body.errorMessage).not.toContain('Nesprávne vyplnená hodnota');
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'nonstopbanking', rule: 'required', message: 'nonstopbanking is required', params: { messageSk: 'Povinný atribút nonstopbanking nie je dodaný' } }),
    ]);
    const bad = await post('client', newClient(pin, { nonstopbanking: 'Možno' }));
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'nonstopbanking', rule: 'nonstopbanking.invalid', message: 'Nesprávne vyplnená hodnota nonstopbanking' })]);
    expect(await party(pin)).toBeUndefined();
    const ok = await post('client', newClient(pin, { nonstopbanking: ' Áno' }));
    expect(ok.status).toBe(200);
    expect((await party(pin)).nonstop_banking).toBe('YES');
    await post('client', { pin, nonstopbanking: 'Nie je známe' });
    expect((await party(pin)).nonstop_banking).toBe('UNKNOWN');
  });

  it('case 1: one client with CIS id ≠ 0 is used; a different CIS id is updated', async () => {
    const pin = rc();
    const first = await post('client', newClient(pin, { cisId: 111 }));
    const again = await post('client', { pin, cisId: 111, nonstopbanking: 'Áno' });
    expect(again.body).toMatchObject({ contract: first.body.contract, resultCode: true, changed: false });
    const changed = await post('client', { pin, cisId: 222, nonstopbanking: 'Áno' });
    expect(changed.body).toMatchObject({ contract: first.body.contract, changed: true });
    const rows = await db.sql`select cis_id from parties where national_id = ${pin}`;
    expect(rows).toEqual([{ cis_id: '222' }]);
    const hist = await db.sql`select before->>'cisId' as b, after->>'cisId' as a from party_history h join parties p on p.id = h.party_id where p.national_id = ${pin} order by h.id`;
    expect(hist).toEqual([
      { b: null, a: '111' },
      { b: '111', a: '222' },
    ]);
  });

  it('case 2: one client with CIS id = 0 is used and gets the CIS id', async () => {
    const pin = rc();
    await db.sql`insert into parties (kind, first_name, last_name, national_id, country, cis_id) values ('PERSON', 'Eva', 'Stará', ${pin}, 'SK', 0)`;
    const a = await post('client', { pin, cisId: 333, nonstopbanking: 'Nie' });
    expect(a.status).toBe(200);
    expect(a.body.created).toBe(false);
    expect(await db.sql`select first_name, cis_id, nonstop_banking from parties where national_id = ${pin}`).toEqual([{ first_name: 'Eva', cis_id: '333', nonstop_banking: 'NO' }]);
  });

  it.each([
    ['case 3: several clients, all CIS id 0', [0, 0]],
    ['case 4: several clients, CIS id ≠ 0 and = 0', [444, 0]],
    ['case 5: several clients, all CIS id ≠ 0', [555, 556]],
  ])('%s → consolidation needed, nothing changed', async (_name, cis) => {
    const pin = rc();
    for (const c of cis) await db.sql`insert into parties (kind, first_name, last_name, national_id, country, cis_id) values ('PERSON', 'Dup', 'Licita', ${pin}, 'SK', ${c})`;
    const a = await post('client', { pin, cisId: 999, surname: 'Zmena', nonstopbanking: 'Áno' });
    expect(a.status).toBe(409);
    expect(a.body).toMatchObject({ contract: null, resultCode: false, errorMessage: 'zákazník je evidovaný duplicitne, potrebná konsolidácia' });
    expect(a.body.errors?.[0]).toMatchObject({ rule: 'client.duplicate', message: 'client registered more than once, consolidation needed' });
    const rows = await db.sql`select cis_id, last_name from parties where national_id = ${pin} order by cis_id`;
    expect(rows.map((r) => r.last_name)).toEqual(['Licita', 'Licita']);
    // the same inside a contract registration
    const c = await post('contract', contractBody(pin, { client: { pin, nonstopbanking: 'Áno' } }));
    expect(c.status).toBe(409);
    expect(c.body.errorMessage).toBe('zákazník je evidovaný duplicitne, potrebná konsolidácia');
  });

  it('does not create duplicates for concurrent upserts of the same national id', async () => {
    const pin = rc();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post('client', newClient(pin))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.body.contract)).size).toBe(1);
    const [{ n }] = await db.sql`select count(*)::int as n from parties where national_id = ${pin}`;
    expect(n).toBe(1);
  });

  it('keeps stored data on partial updates and writes the history', async () => {
    const pin = rc();
    await post('client', newClient(pin, { maritalStatus: 'SLOBODNY', education: 'VS', clientEmail: 'jana@example.sk' }));
    const p = await party(pin);
    const partial = await post('client', { pin, surname: 'Kováčová', housingType: 'VLA', nonstopbanking: 'Áno' });
    expect(partial.status).toBe(200);
    const after = await party(pin);
    expect(after).toMatchObject({ first_name: 'Jana', last_name: 'Kováčová', email: 'jana@example.sk', nonstop_banking: 'YES' });
    const [prof] = await db.sql`select data from client_profiles where party_id = ${p.id}`;
    expect(prof.data).toMatchObject({ maritalStatus: 'SLOBODNY', education: 'VS', housingType: 'VLA', clientType: 'S' });
    expect(await db.sql`select type, value from contacts where party_id = ${p.id} order by type`).toEqual([
      { type: 'EMAIL', value: 'jana@example.sk' },
      { type: 'MOBILE', value: '+421905123456' },
    ]);
    const addr = await db.sql`select street from addresses where party_id = ${p.id}`;
    expect(addr).toEqual([{ street: 'Hlavná' }]);
    const hist =
      await db.sql`select source, before->>'lastName' as b, after->>'lastName' as a, before->'profile'->>'housingType' as hb, after->'profile'->>'housingType' as ha from party_history where party_id = ${p.id} order by id`;
    expect(hist).toEqual([
      { source: 'PARTNER_API', b: null, a: 'Nováková', hb: null, ha: 'NAJ' },
      { source: 'PARTNER_API', b: 'Nováková', a: 'Kováčová', hb: 'NAJ', ha: 'VLA' },
    ]);
  });

  it('versions addresses: one changed character ends the old one and starts a new one; the same address adds nothing', async () => {
    const pin = rc();
    await post('client', newClient(pin));
    const p = await party(pin);
    await post('client', {
      pin,
      nonstopbanking: 'Áno',
      permanentAddressStreet: 'Hlavna',
      permanentAddressNumber: '12',
      permanentAddressCity: 'Bratislava',
      permanentAddressZipCode: '81101',
      permanentAddressCountryId: 'SK',
    });
    const rows = await db.sql`select street, zip, valid_to is null as current from addresses where party_id = ${p.id} order by created_at`;
    expect(rows).toEqual([
      { street: 'Hlavná', zip: '811 01', current: false },
      { street: 'Hlavna', zip: '811 01', current: true },
    ]);
    const histBefore = await db.sql`select count(*)::int as n from party_history where party_id = ${p.id}`;
    const same = await post('client', {
      pin,
      nonstopbanking: 'Áno',
      permanentAddressStreet: 'Hlavna',
      permanentAddressNumber: '12',
      permanentAddressCity: 'Bratislava',
      permanentAddressZipCode: '811 01',
      permanentAddressCountryId: 'SK',
    });
    expect(same.body.changed).toBe(false);
    const [{ n }] = await db.sql`select count(*)::int as n from addresses where party_id = ${p.id}`;
    expect(n).toBe(2);
    expect(await db.sql`select count(*)::int as n from party_history where party_id = ${p.id}`).toEqual(histBefore);
  });

  it('adds an unknown ZIP + city pair to the cities dictionary, once', async () => {
    const pin = rc();
    const before = await db.sql`select count(*)::int as n from cities where zip = '059 51' and name = 'Poprad-Matejovce'`;
    expect(before[0].n).toBe(0);
    await post('client', newClient(pin, { permanentAddressCity: 'Poprad-Matejovce', permanentAddressZipCode: '059 51' }));
    await post('client', newClient(rc(), { permanentAddressCity: 'Poprad-Matejovce', permanentAddressZipCode: '05951' }));
    expect(await db.sql`select zip, name, country from cities where name = 'Poprad-Matejovce'`).toEqual([{ zip: '059 51', name: 'Poprad-Matejovce', country: 'SK' }]);
  });

  it('validates the address fields naming them', async () => {
    const a = await post('client', newClient(rc(), { permanentAddressZipCode: '8110', permanentAddressCity: '' }));
    expect(fields(a).sort()).toEqual(['permanentAddressCity', 'permanentAddressZipCode']);
  });
});

describe('GraphQL registerContract / upsertClient (same services)', () => {
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  const REG = `mutation($input: RegisterContractInput!) { registerContract(input: $input) { contract clientId rpmn lastInstallment resultCode } }`;
  const UPS = `mutation($input: PartnerClientInput!) { upsertClient(input: $input) { client created resultCode } }`;

  it('staff channel: nonstopbanking optional, UNKNOWN for new clients, existing values kept', async () => {
    await db.sql`insert into users (email, name, password_hash, roles) values ('servicing@test', 'S', ${await hashPassword('long-enough-1')}, '{SERVICING}')`;
    const staff = app.client();
    await staff.login('servicing@test', 'long-enough-1');
    const pin = rc();
    const created = await staff.gql<{ upsertClient: { created: boolean } }>(UPS, { input: { ...newClient(pin, { monthlyIncome: '0' }), nonstopbanking: null } });
    expect(created.errors).toBeUndefined();
    expect((await db.sql`select nonstop_banking from parties where national_id = ${pin}`)[0].nonstop_banking).toBe('UNKNOWN');
    await post('client', { pin, nonstopbanking: 'Áno' });
    await staff.gql(UPS, { input: { pin, surname: 'Iná' } });
    expect(await db.sql`select last_name, nonstop_banking from parties where national_id = ${pin}`).toEqual([{ last_name: 'Iná', nonstop_banking: 'YES' }]);
    const [h] = await db.sql`select source from party_history h join parties p on p.id = h.party_id where p.national_id = ${pin} order by h.id desc limit 1`;
    expect(h.source).toBe('GRAPHQL');
  });

  it('registers with a partner token; names missing fields with the input. prefix; refuses analysts', async () => {
    const c = app.client();
    const pin = rc();
    const input = {
      ...contractBody(pin),
      paymentsCount: 10,
      firstPaymentPercentage: '10',
      firstPaymentValue: '100',
      payment: '90',
      rpmn: '20',
      odplata: '20',
      interestRate: '18',
      product: [{ productCode: 'TV', price: '800', contractPrice: '1000' }],
      client: { ...newClient(pin), monthlyIncome: '0' },
    };
    const ok = await c.gql<{ registerContract: { contract: string; resultCode: boolean } }>(REG, { input }, bearer(PARTNER_TOKEN));
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.registerContract.resultCode).toBe(true);
    const [loan] = await db.sql`select authorisation_code from loans where number = ${ok.data!.registerContract.contract}`;
    expect(loan.authorisation_code).toBe(`AUTH-${pin}`);
    const bad = await c.gql(REG, { input: { contractTypeId: 'SIGSK' } }, bearer(PARTNER_TOKEN));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['input.paymentsCount', 'input.payment', 'input.authorisationCode', 'input.client']));
    const dup = await c.gql(REG, { input }, bearer(PARTNER_TOKEN));
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const analyst = await c.gql(UPS, { input: newClient(rc(), { monthlyIncome: '0' }) }, bearer(ANALYST_TOKEN));
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await c.gql(UPS, { input: { pin: rc() } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const up = await c.gql<{ upsertClient: { created: boolean } }>(UPS, { input: newClient(rc(), { monthlyIncome: '0' }) }, bearer(PARTNER_TOKEN));
    expect(up.data?.upsertClient.created).toBe(true);
  });
});
