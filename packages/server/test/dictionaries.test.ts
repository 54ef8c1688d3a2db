import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: TestClient;
let servicing: TestClient;
let viewer: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 0, asOf: '2026-11-25', withPayments: false });
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

const fieldsOf = (r: { errors?: { extensions?: { fields?: { field: string; rule: string }[] } }[] }) => r.errors?.[0].extensions?.fields?.map((f) => [f.field, f.rule]);

describe('selling channels', () => {
  const CREATE = `mutation($i: SellingChannelInput!) { createSellingChannel(input: $i) { id code name validFrom validTo } }`;

  it('validates code ≤ 12, name, valid from and valid to ≥ valid from, naming each field', async () => {
    const r = await servicing.gql(CREATE, { i: { code: 'ABCDEFGHIJKLM', name: ' ' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual([
      ['input.code', 'text.maxLength'],
      ['input.name', 'required'],
      ['input.validFrom', 'required'],
    ]);
    const order = await servicing.gql(CREATE, { i: { code: 'WEB', name: 'Web', validFrom: '2025-01-01', validTo: '2024-12-31' } });
    expect(fieldsOf(order)).toEqual([['input.validTo', 'date.notBefore']]);
    const [{ n }] = await db.sql`select count(*)::int as n from selling_channels where code in ('WEB', 'ABCDEFGHIJKLM')`;
    expect(n).toBe(0);
  });

  it('creates (audited), refuses a duplicate code, updates partially, lists by validity and deletes', async () => {
    const ok = await servicing.gql<{ createSellingChannel: { id: string; validTo: string | null } }>(CREATE, { i: { code: 'WEB', name: 'Web', validFrom: '2025-01-01' } });
    expect(ok.errors).toBeUndefined();
    const id = ok.data!.createSellingChannel.id;
    expect(await db.sql`select action, actor_type from audit_log where entity = 'selling_channel' and entity_id = ${id}`).toEqual([{ action: 'CREATE', actor_type: 'STAFF' }]);
    const dup = await admin.gql(CREATE, { i: { code: 'WEB', name: 'Again', validFrom: '2025-01-01' } });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const upd = await servicing.gql<{ updateSellingChannel: { name: string; validTo: string } }>(
      `mutation($id: ID!) { updateSellingChannel(id: $id, input: { validTo: "2025-12-31" }) { name validTo } }`,
      { id },
    );
    expect(upd.data?.updateSellingChannel).toEqual({ name: 'Web', validTo: '2025-12-31' });
    const valid = await viewer.gql<{ sellingChannels: { code: string }[] }>(`{ sellingChannels(validOn: "2026-01-15") { code } }`);
    expect(valid.data?.sellingChannels.map((c) => c.code)).not.toContain('WEB');
    expect(valid.data?.sellingChannels.map((c) => c.code)).toContain('ONLINE');
    const del = await admin.gql(`mutation($id: ID!) { deleteSellingChannel(id: $id) }`, { id });
    expect(del.data).toEqual({ deleteSellingChannel: true });
    expect(await db.sql`select action from audit_log where entity = 'selling_channel' and entity_id = ${id} order by id`).toEqual([{ action: 'CREATE' }, { action: 'UPDATE' }, { action: 'DELETE' }]);
  });

  it('lets readers read and only ADMIN / SERVICING write', async () => {
    const read = await viewer.gql<{ contractTypes: { code: string }[] }>(`{ contractTypes { code } aprCaps { kind } }`);
    expect(read.errors).toBeUndefined();
    const write = await viewer.gql(CREATE, { i: { code: 'X', name: 'X', validFrom: '2025-01-01' } });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await app.client().gql(`{ sellingChannels { code } }`);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('contract types', () => {
  const CREATE = `mutation($i: ContractTypeInput!) { createContractType(input: $i) { id code rateCalculatedBy installmentCalculatedBy sellingChannelRequirement aprCheckBy interestMethod receivableKindId } }`;

  it('applies the seed defaults', async () => {
    const r = await servicing.gql<{ createContractType: Record<string, unknown> }>(CREATE, { i: { code: 'tov1', name: 'Tovar', country: 'SK', receivableKindCode: 'SPU' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.createContractType).toMatchObject({
      code: 'TOV1',
      rateCalculatedBy: 'SYSTEM',
      installmentCalculatedBy: 'SYSTEM',
      sellingChannelRequirement: 'OPTIONAL',
      aprCheckBy: 'SIGNATURE_DATE',
      interestMethod: 'D',
    });
    const [k] = await db.sql`select id from receivable_kinds where code = 'SPU'`;
    expect(r.data?.createContractType.receivableKindId).toBe(k.id);
  });

  it('allows interest method F only with FRONTEND rate calculation, on create and on update', async () => {
    const bad = await servicing.gql(CREATE, { i: { code: 'FSYS', name: 'F', interestMethod: 'F' } });
    expect(fieldsOf(bad)).toEqual([['input.interestMethod', 'interestMethod.fRequiresFrontend']]);
    const ok = await servicing.gql<{ createContractType: { id: string } }>(CREATE, { i: { code: 'FFRONT', name: 'F', interestMethod: 'F', rateCalculatedBy: 'FRONTEND' } });
    expect(ok.errors).toBeUndefined();
    const upd = await servicing.gql(`mutation($id: ID!) { updateContractType(id: $id, input: { rateCalculatedBy: SYSTEM }) { id } }`, { id: ok.data!.createContractType.id });
    expect(fieldsOf(upd)).toEqual([['input.interestMethod', 'interestMethod.fRequiresFrontend']]);
    const [row] = await db.sql`select rate_calculated_by from contract_types where code = 'FFRONT'`;
    expect(row.rate_calculated_by).toBe('FRONTEND');
    const missing = await servicing.gql(CREATE, { i: { receivableKindCode: 'NOPE' } });
    expect(fieldsOf(missing)).toEqual([
      ['input.code', 'required'],
      ['input.name', 'required'],
      ['input.receivableKindCode', 'notFound'],
    ]);
  });

  it('refuses to delete a contract type that contracts use', async () => {
    const [used] = await db.sql`select id from contract_types where code = 'STD'`;
    await db.sql`insert into debtor_files (id, receivable_kind_id, number) select gen_random_uuid(), id, 1 from receivable_kinds where code = 'GOK'`;
    await db.sql`insert into loans (file_id, number, contract_type_id, principal, annual_rate, penalty_rate, method, day_count, installments_count, disbursement_date, first_due_date, repayment_account)
      select f.id, 'X/1', ${used.id}, 100, 1, 1, 'ANNUITY', '30/360', 1, '2025-01-01', '2025-02-01', '' from debtor_files f where f.number = 1 limit 1`;
    const r = await admin.gql(`mutation($id: ID!) { deleteContractType(id: $id) }`, { id: used.id });
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('receivable kinds and APR caps', () => {
  it('creates a receivable kind with validation', async () => {
    const bad = await servicing.gql(`mutation { createReceivableKind(input: { code: "1X", name: "", currency: "EURO", dayCount: "30/365" }) { id } }`);
    expect(fieldsOf(bad)).toEqual([
      ['input.code', 'receivableKind.codeFormat'],
      ['input.name', 'required'],
      ['input.currency', 'currency.format'],
      ['input.dayCount', 'oneOf'],
    ]);
    const ok = await servicing.gql<{ createReceivableKind: { code: string; currency: string } }>(
      `mutation { createReceivableKind(input: { code: "tov", name: "Tovar", currency: "eur" }) { code currency } }`,
    );
    expect(ok.data?.createReceivableKind).toEqual({ code: 'TOV', currency: 'EUR' });
  });

  it('no longer writes the caps dictionary: SK caps are legal-rate rows, listed by aprCaps', async () => {
    const CREATE = `mutation($i: AprCapInput!) { createAprCap(input: $i) { id country kind validFrom value } }`;
    const created = await servicing.gql(CREATE, { i: { country: 'SK', kind: 'MAX_APR', validFrom: '2026-01-01', value: '39.5' } });
    expect(fieldsOf(created)).toEqual([['input', 'aprCaps.retired']]);
    expect(created.errors?.[0].message).toContain('addLegalRate');
    const before = await viewer.gql<{ aprCaps: { id: string; kind: string; validFrom: string; value: string; note: string }[] }>(`{ aprCaps(country: "SK") { id kind validFrom value note } }`);
    expect(before.data?.aprCaps.filter((c) => c.kind === 'MAX_APR').map((c) => [c.validFrom, c.value])).toEqual([
      ['2015-06-01', '57.0000'],
      ['2024-01-01', '45.0000'],
    ]);
    const id = before.data!.aprCaps[0].id;
    const updated = await servicing.gql(`mutation($id: ID!) { updateAprCap(id: $id, input: { value: "40" }) { id } }`, { id });
    expect(fieldsOf(updated)).toEqual([['id', 'aprCaps.retired']]);
    const deleted = await servicing.gql(`mutation($id: ID!) { deleteAprCap(id: $id) }`, { id });
    expect(fieldsOf(deleted)).toEqual([['id', 'aprCaps.retired']]);
    // an SK cap added (by an admin) through the legal-rates API is what the dictionary query lists
    const add = await admin.gql(`mutation { addLegalRate(input: { kind: "SK_MAX_RPMN", validFrom: "2026-01-01", value: "39.5", source: "NBS 2025" }) { id } }`);
    expect(add.errors).toBeUndefined();
    const after = await viewer.gql<{ aprCaps: { kind: string; validFrom: string; value: string }[] }>(`{ aprCaps(country: "SK") { kind validFrom value } }`);
    expect(after.data?.aprCaps.filter((c) => c.kind === 'MAX_APR').map((c) => [c.validFrom, c.value])).toEqual([
      ['2015-06-01', '57.0000'],
      ['2024-01-01', '45.0000'],
      ['2026-01-01', '39.5000'],
    ]);
    expect(await db.sql`select count(*)::int as n from audit_log where entity = 'apr_cap'`).toEqual([{ n: 0 }]);
  });
});
