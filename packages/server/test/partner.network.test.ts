/**
 * Issue 24: sale places and dealers (LOAN-7.1 salePlaceCode / dealerCode), the ContractResultClass answer of
 * POST /api/lea/client, unknown fields reported in `warnings`, one repayment account per partner loan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateIban } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { hashPassword } from '../src/lib/crypto.js';
import { randomUUID } from 'node:crypto';
import { DEMO_TOTP_SECRET, sealTotpSecret } from '../src/modules/auth/totp.service.js';
import { startTestApp } from './support/app.js';
import { PARTNER_TOKEN, contractBody, insertTokens, newClient, rc, seedPartnerDictionaries } from './fixtures/partner-setup.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  db = await createTestDb();
  await insertTokens(db);
  await seedPartnerDictionaries(db);
  const pw = await hashPassword('long-enough-1');
  const adminId = randomUUID(); // the TOTP secret is stored sealed for its user (migration 0024)
  await db.sql`insert into users (id, email, name, password_hash, roles, totp_secret, totp_enabled_at) values
    (${adminId}, 'admin@test', 'A', ${pw}, '{ADMIN}', ${sealTotpSecret(adminId, DEMO_TOTP_SECRET)}, now()), (${randomUUID()}, 'servicing@test', 'S', ${pw}, '{SERVICING}', null, null)`;
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

interface Answer {
  status: number;
  body: Record<string, unknown> & {
    resultCode: boolean;
    errorMessage: string | null;
    errors?: { field: string; rule: string; message: string }[];
    warnings?: { field: string; rule: string; message: string }[];
  };
}

async function post(path: 'contract' | 'client', body: unknown): Promise<Answer> {
  const res = await fetch(`${app.url}/api/lea/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${PARTNER_TOKEN}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

describe('sale places and dealers (LOAN-7.1: salePlaceCode, dealerCode)', () => {
  it('accepts the seed codes *E11527 / *E1152702 and stores the dictionary rows with the contract', async () => {
    const pin = rc();
    const a = await post('contract', contractBody(pin));
    expect(a.body.errorMessage).toBeNull();
    expect(a.status).toBe(200);
    const [d] = await db.sql`select sp.code as place, dl.code as dealer from contract_details cd join sale_places sp on sp.id = cd.sale_place_id join dealers dl on dl.id = cd.dealer_id
      join loans l on l.id = cd.loan_id where l.authorisation_code = ${`AUTH-${pin}`}`;
    expect(d).toEqual({ place: '*E11527', dealer: '*E1152702' });
  });

  it('refuses an unknown dealer with 400 naming dealerCode, and writes nothing', async () => {
    const pin = rc();
    const a = await post('contract', contractBody(pin, { dealerCode: 'NOPE' }));
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ contract: null, resultCode: false, code: 'BAD_USER_INPUT' });
    expect(a.body.errors).toEqual([expect.objectContaining({ field: 'dealerCode', rule: 'notFound', message: 'Dealer NOPE does not exist' })]);
    expect(a.body.errorMessage).toContain('dealerCode');
    expect(await db.sql`select 1 from parties where national_id = ${pin}`).toHaveLength(0);
  });

  it('refuses an unknown sale place, a sale place whose cooperation ended before the signature date, and a dealer of another place', async () => {
    const unknown = await post('contract', contractBody(rc(), { salePlaceCode: 'S1', dealerCode: 'D1' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((e) => [e.field, e.rule])).toEqual([
      ['salePlaceCode', 'notFound'],
      ['dealerCode', 'notFound'],
    ]);

    // ENDED: cooperation until 2020-03-31; the contract is signed on 2020-06-01
    const ended = await post('contract', contractBody(rc(), { salePlaceCode: 'ENDED', dealerCode: 'ENDED01' }));
    expect(ended.status).toBe(400);
    expect(ended.body.errors).toEqual([expect.objectContaining({ field: 'salePlaceCode', rule: 'salePlace.cooperationEnded' })]);
    expect(ended.body.errors?.[0].message).toContain('2020-03-31');
    // signed on the last day of the cooperation → accepted
    const lastDay = await post(
      'contract',
      contractBody(rc(), { salePlaceCode: 'ENDED', dealerCode: 'ENDED01', signatureDate: '2020-03-31', receivedAt: '2020-03-31', dateOfRecalculation: '2020-03-31' }),
    );
    expect(lastDay.body.errorMessage).toBeNull();

    const foreign = await post('contract', contractBody(rc(), { dealerCode: 'OTHER01' }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'dealerCode', rule: 'dealer.notOfSalePlace', message: 'Dealer OTHER01 does not belong to sale place *E11527' })]);
  });

  it('is maintained by admins over GraphQL (audited); servicing staff may read but not write', async () => {
    const admin = app.client();
    await admin.login('admin@test', 'long-enough-1', DEMO_TOTP_SECRET);
    const staff = app.client();
    await staff.login('servicing@test', 'long-enough-1');
    const CREATE = `mutation($i: SalePlaceInput!) { createSalePlace(input: $i) { id code cooperationFrom cooperationTo } }`;
    const refused = await staff.gql(CREATE, { i: { code: 'NEW1', name: 'Nová', cooperationFrom: '2020-01-01' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.gql(CREATE, { i: { code: 'NEW1', name: '', cooperationFrom: '2020-01-01', cooperationTo: '2019-01-01' } });
    expect(bad.errors?.[0].extensions?.fields?.map((f: { field: string }) => f.field)).toEqual(['input.name', 'input.cooperationTo']);
    const made = await admin.gql<{ createSalePlace: { id: string } }>(CREATE, { i: { code: 'NEW1', name: 'Nová predajňa', cooperationFrom: '2020-01-01' } });
    expect(made.errors).toBeUndefined();
    const dealer = await admin.gql(`mutation { createDealer(input: { code: "NEW101", name: "Predajca", salePlaceCode: "NEW1" }) { code salePlaceCode } }`);
    expect(dealer.data).toEqual({ createDealer: { code: 'NEW101', salePlaceCode: 'NEW1' } });
    const dupCode = await admin.gql(`mutation { createDealer(input: { code: "NEW101", name: "Iný", salePlaceCode: "NEW1" }) { code } }`);
    expect(dupCode.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await post('contract', contractBody(rc(), { salePlaceCode: 'NEW1', dealerCode: 'NEW101' }))).status).toBe(200);
    // the admin ends the cooperation: later contracts are refused
    const end = await admin.gql(`mutation($id: ID!) { updateSalePlace(id: $id, input: { cooperationTo: "2020-05-31" }) { cooperationTo dealers { code } } }`, { id: made.data!.createSalePlace.id });
    expect(end.data).toEqual({ updateSalePlace: { cooperationTo: '2020-05-31', dealers: [{ code: 'NEW101' }] } });
    expect((await post('contract', contractBody(rc(), { salePlaceCode: 'NEW1', dealerCode: 'NEW101' }))).body.errors?.[0].rule).toBe('salePlace.cooperationEnded');
    const list = await staff.gql<{ salePlaces: { code: string }[] }>(`{ salePlaces { code dealers { code } } }`);
    expect(list.data!.salePlaces.map((p) => p.code)).toContain('NEW1');
    const audits = await db.sql`select entity, action from audit_log where entity in ('sale_place', 'dealer') order by id`;
    expect(audits).toEqual([
      { entity: 'sale_place', action: 'CREATE' },
      { entity: 'dealer', action: 'CREATE' },
      { entity: 'sale_place', action: 'UPDATE' },
    ]);
  });
});

describe('answers: ContractResultClass and warnings', () => {
  it('POST /api/lea/client answers contract (the client number), resultCode, errorMessage (+ created, changed, warnings)', async () => {
    const a = await post('client', newClient(rc()));
    expect(a.status).toBe(200);
    expect(Object.keys(a.body).sort()).toEqual(['changed', 'contract', 'created', 'errorMessage', 'resultCode', 'warnings']);
    expect(a.body).toMatchObject({ contract: expect.stringMatching(/^\d+$/), resultCode: true, errorMessage: null, created: true, changed: true, warnings: [] });
    const [n] = await db.sql`select client_id::text from client_numbers order by client_id desc limit 1`;
    expect(a.body.contract).toBe(n.client_id);
  });

  it('reports unknown fields by name in warnings (both endpoints), ignores the removed fields of the seed silently', async () => {
    const c = await post('client', newClient(rc(), { favouriteColour: 'blue', clientCardId: '123' }));
    expect(c.status).toBe(200);
    expect(c.body.warnings).toEqual([{ field: 'favouriteColour', rule: 'field.unknown', message: expect.stringContaining('favouriteColour') }]);

    const pin = rc();
    const k = await post('contract', contractBody(pin, { salePlaceId: 7, noteId: 1, variableSymbol: '123', complaint: [], extraThing: 1, client: newClient(pin, { shoeSize: 42 }) }));
    expect(k.status).toBe(200);
    expect(k.body.warnings?.map((w) => w.field)).toEqual(['extraThing', 'client.shoeSize']);
    // also on a refused request
    const bad = await post('contract', { extraThing: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.warnings?.map((w) => w.field)).toEqual(['extraThing']);
  });
});

describe('repayment accounts', () => {
  it('gives every partner loan its own valid IBAN (lender bank and prefix + loan sequence)', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post('contract', contractBody(rc())));
    const accounts = answers.map((a) => a.body.repaymentAccount as string);
    expect(new Set(accounts).size).toBe(3);
    for (const a of accounts) expect(validateIban(a)).toEqual({ ok: true, value: a });
    const stored = await db.sql<{ repayment_account: string }[]>`select repayment_account from loans where number = any(${answers.map((a) => a.body.contract as string)})`;
    expect(stored.map((s) => s.repayment_account).sort()).toEqual([...accounts].sort());
    const [{ n, m }] = await db.sql`select count(distinct repayment_account)::int as n, count(*)::int as m from loans`;
    expect(n).toBe(m);
  });
});
