/**
 * Issue 24: staff see contracts (Loan.contract), Nonstop Banking edited on the client card (audited), the archive of
 * changes with who and when, versioned addresses, and the consolidation of duplicated clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { hashPassword } from '../src/lib/crypto.js';
import { startTestApp, type TestClient } from './support/app.js';
import { PARTNER_TOKEN, contractBody, insertTokens, newClient, rc, seedPartnerDictionaries } from './fixtures/partner-setup.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await insertTokens(db);
  await seedPartnerDictionaries(db);
  const pw = await hashPassword('long-enough-1');
  await db.sql`insert into users (email, name, password_hash, roles) values ('servicing@test', 'Sylwia Obsługa', ${pw}, '{SERVICING}'), ('viewer@test', 'V', ${pw}, '{NOTICES_VIEW}')`;
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('servicing@test', 'long-enough-1');
  analyst = app.client();
  await analyst.login('viewer@test', 'long-enough-1');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function post(path: 'contract' | 'client', body: unknown) {
  const res = await fetch(`${app.url}/api/lea/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${PARTNER_TOKEN}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const LOAN = `query($id: ID!) { loan(id: $id) { number contract {
  contractTypeCode rateCalculatedBy installmentCalculatedBy sellingChannelRequirement aprCheckBy methodRpmn interestRate rpmn odplata
  sellingChannelCode sellingChannelName salePlaceCode salePlaceName dealerCode dealerName signatureDate recalculationDate receivedAt
  downPayment contractPrice lastInstallment repaymentAccount variableSymbol registeredBy
  products { productCode price contractPrice } optionalData { code dataNocode } notes { code value date } approvals { approvalCode value validFrom } } } }`;

describe('Loan.contract', () => {
  it('shows what the partner API stored: type settings, US and its method, RPMN, Odplata, channel, sale place, dealer, dates, lists', async () => {
    const pin = rc();
    const a = await post(
      'contract',
      contractBody(pin, {
        optionalData: [{ code: 'POCVYZIV', dataNocode: '100' }],
        note: [{ code: 'cc-pf', value: 'poznámka', date: '9.4.2020' }],
        approvals: [{ approvalCode: 'BANKSL1', value: 'A', isValidFrom: '2020-4-10' }],
      }),
    );
    expect(a.status).toBe(200);
    const r = await staff.gql<{ loan: { number: string; contract: Record<string, unknown> } }>(LOAN, { id: a.body.contractId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.loan.contract).toEqual({
      contractTypeCode: 'SIGSK',
      rateCalculatedBy: 'FRONTEND',
      installmentCalculatedBy: 'FRONTEND',
      sellingChannelRequirement: 'OPTIONAL',
      aprCheckBy: 'SIGNATURE_DATE',
      methodRpmn: 'E',
      interestRate: '18.0000',
      rpmn: '20.0000',
      odplata: '20.0000',
      sellingChannelCode: null,
      sellingChannelName: null,
      salePlaceCode: '*E11527',
      salePlaceName: 'Predajňa',
      dealerCode: '*E1152702',
      dealerName: '*E1152702',
      signatureDate: '2020-06-01',
      recalculationDate: '2020-06-01',
      receivedAt: '2020-06-01',
      downPayment: '100.00',
      contractPrice: '1000.00',
      lastInstallment: '90.00',
      repaymentAccount: a.body.repaymentAccount,
      variableSymbol: expect.stringMatching(/^\d{1,10}$/), // SK contract: its VS, generated at registration
      registeredBy: 'QPartner',
      products: [{ productCode: 'TV', price: '800.00', contractPrice: '1000.00' }],
      optionalData: [{ code: 'POCVYZIV', dataNocode: '100' }],
      notes: [{ code: 'cc-pf', value: 'poznámka', date: '2020-04-09' }],
      approvals: [{ approvalCode: 'BANKSL1', value: 'A', validFrom: '2020-04-10' }],
    });
  });

  it('is null for a loan that did not come through the partner API', async () => {
    const [l] = await db.sql`insert into loans (file_id, number, principal, annual_rate, penalty_rate, method, day_count, installments_count, disbursement_date, first_due_date, repayment_account)
      select f.id, 'X/1', 100, 10, 10, 'ANNUITY', '30/360', 1, '2020-01-01', '2020-02-01', '' from debtor_files f limit 1 returning id`;
    const r = await staff.gql<{ loan: { contract: unknown } }>(`query($id: ID!) { loan(id: $id) { contract { rpmn } } }`, { id: l.id });
    expect(r.data!.loan.contract).toBeNull();
  });
});

describe('client card: Nonstop Banking, archive of changes, versioned addresses', () => {
  const CARD = `query($id: ID!) { party(id: $id) { nonstopBanking clientNumbers history { source changedBy changedByName fromMergedParty changes { field before after } }
    addressVersions { kind street city validFrom validTo } } }`;

  it('staff change Nonstop Banking (audited, in the archive with their name); a viewer may not', async () => {
    const pin = rc();
    await post('client', newClient(pin));
    await post('client', {
      pin,
      nonstopbanking: 'Áno',
      permanentAddressStreet: 'Nová',
      permanentAddressNumber: '1',
      permanentAddressCity: 'Nitra',
      permanentAddressZipCode: '949 01',
      permanentAddressCountryId: 'SK',
      housingType: 'VLA',
    });
    const [{ id }] = await db.sql`select id from parties where national_id = ${pin}`;
    const refused = await analyst.gql(`mutation($p: ID!) { setNonstopBanking(partyId: $p, value: NO) }`, { p: id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await staff.gql(`mutation($p: ID!) { setNonstopBanking(partyId: $p, value: NO) }`, { p: id });
    expect(ok.errors).toBeUndefined();
    const card = await staff.gql<{
      party: {
        nonstopBanking: string;
        clientNumbers: string[];
        history: { source: string; changedByName: string; changes: { field: string; before: string | null; after: string | null }[] }[];
        addressVersions: { kind: string; street: string; validTo: string | null }[];
      };
    }>(CARD, { id });
    expect(card.errors).toBeUndefined();
    const p = card.data!.party;
    expect(p.nonstopBanking).toBe('NO');
    expect(p.clientNumbers).toHaveLength(1);
    // newest first: staff change, partner change of the address and housing type, partner creation
    expect(p.history.map((h) => [h.source, h.changedByName])).toEqual([
      ['GRAPHQL', 'Sylwia Obsługa'],
      ['PARTNER_API', 'QPartner'],
      ['PARTNER_API', 'QPartner'],
    ]);
    expect(p.history[0].changes).toEqual([{ field: 'nonstopBanking', before: 'YES', after: 'NO' }]);
    expect(p.history[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'profile.housingType', before: 'NAJ', after: 'VLA' },
        { field: 'address.PERMANENT', before: 'PERMANENT: Hlavná 12, 811 01 Bratislava', after: expect.stringMatching(/^valid to \d{4}-\d{2}-\d{2}$/) },
        { field: 'address.PERMANENT', before: null, after: 'PERMANENT: Nová 1, 949 01 Nitra' },
      ]),
    );
    expect(p.addressVersions.map((a) => [a.kind, a.street, a.validTo === null])).toEqual([
      ['PERMANENT', 'Nová', true],
      ['PERMANENT', 'Hlavná', false],
    ]);
    const [audit] = await db.sql`select action, actor_type, before, after from audit_log where entity = 'party.nonstopBanking' and entity_id = ${id}`;
    expect(audit).toMatchObject({ action: 'UPDATE', actor_type: 'STAFF', before: { nonstopBanking: 'YES' }, after: { nonstopBanking: 'NO' } });
  });
});

describe('consolidation of duplicated clients (LOAN-7.2 cases 3–5)', () => {
  it("reports, previews and merges; the partner API accepts the pin again; the merged party's history stays readable", async () => {
    const pin = rc();
    // the survivor came through the partner API (history, a consented mobile, an address, a contract)
    const c = await post('contract', contractBody(pin));
    expect(c.status).toBe(200);
    const [survivor] = await db.sql`select id from parties where national_id = ${pin}`;
    await db.sql`update contacts set sms_consent = true where party_id = ${survivor.id} and type = 'MOBILE'`;
    // a duplicate registered elsewhere, with its own consented mobile, address, history, client number and file role
    const [dup] = await db.sql`insert into parties (kind, first_name, last_name, national_id, country, cis_id) values ('PERSON', 'Jana', 'Nováková', ${pin}, 'SK', 0) returning id`;
    await db.sql`insert into contacts (party_id, type, value, sms_consent) values (${dup.id}, 'MOBILE', '+421905999888', true), (${dup.id}, 'EMAIL', 'jana@example.sk', false)`;
    await db.sql`insert into addresses (party_id, kind, street, zip, city, country, valid_from) values (${dup.id}, 'PERMANENT', 'Stará', '040 01', 'Košice', 'SK', '2019-01-01')`;
    await db.sql`insert into party_history (party_id, changed_by, source, before, after) values (${dup.id}, 'MIGRATION', 'GRAPHQL', null, ${JSON.stringify({ lastName: 'Nováková' })}::jsonb)`;
    const [num] = await db.sql`insert into client_numbers (party_id) values (${dup.id}) returning client_id::text`;
    const [file] = await db.sql`select file_id from file_parties where party_id = ${survivor.id}`;
    await db.sql`insert into file_parties (file_id, party_id, role) values (${file.file_id}, ${dup.id}, 'GUARANTOR')`;
    const [file2] = await db.sql`insert into debtor_files (receivable_kind_id, number) select receivable_kind_id, 9999 from debtor_files where id = ${file.file_id} returning id`;
    await db.sql`insert into file_parties (file_id, party_id, role) values (${file2.id}, ${dup.id}, 'BORROWER')`;

    const refused = await post('client', { pin, nonstopbanking: 'Áno' });
    expect(refused.status).toBe(409);

    const report = await staff.gql<{ duplicateParties: { nationalId: string; parties: { id: string; clientNumbers: string[]; loans: number }[] }[] }>(
      `{ duplicateParties { nationalId parties { id cisId clientNumbers loans } } }`,
    );
    const group = report.data!.duplicateParties.find((g) => g.nationalId === pin)!;
    expect(group.parties.map((p) => p.id)).toEqual([survivor.id, dup.id]);

    const input = { survivorId: survivor.id, mergedId: dup.id };
    const PREVIEW = `query($i: MergePartiesInput!) { previewPartyMerge(input: $i) { loans roles { role action } contacts { type value action } addresses { kind action } historyEntries clientNumbers } }`;
    const preview = await staff.gql<{ previewPartyMerge: Record<string, unknown> }>(PREVIEW, { i: input });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewPartyMerge).toEqual({
      loans: [c.body.contract],
      roles: expect.arrayContaining([
        { role: 'GUARANTOR', action: 'DROP_DUPLICATE' },
        { role: 'BORROWER', action: 'MOVE' },
      ]),
      contacts: expect.arrayContaining([
        { type: 'MOBILE', value: '+421905999888', action: 'MOVE_WITHOUT_CONSENT' },
        { type: 'EMAIL', value: 'jana@example.sk', action: 'MOVE' },
      ]),
      addresses: [{ kind: 'PERMANENT', action: 'MOVE_ENDED' }],
      historyEntries: 1,
      clientNumbers: [num.client_id],
    });
    // a preview changes nothing
    expect(await db.sql`select 1 from contacts where party_id = ${dup.id}`).toHaveLength(2);
    const viewerMerge = await analyst.gql(`mutation($i: MergePartiesInput!) { mergeParties(input: $i) { loans } }`, { i: input });
    expect(viewerMerge.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const merged = await staff.gql(`mutation($i: MergePartiesInput!) { mergeParties(input: $i) { loans } }`, { i: input });
    expect(merged.errors).toBeUndefined();
    const consented = await db.sql`select value from contacts where party_id = ${survivor.id} and type = 'MOBILE' and sms_consent`;
    expect(consented).toHaveLength(1);
    expect(await db.sql`select file_id, role from file_parties where party_id = ${survivor.id} order by file_id = ${file.file_id} desc`).toEqual([
      { file_id: file.file_id, role: 'BORROWER' },
      { file_id: file2.id, role: 'BORROWER' },
    ]);
    expect(await db.sql`select 1 from file_parties where party_id = ${dup.id}`).toHaveLength(0);
    expect(await db.sql`select street, valid_to is null as current from addresses where party_id = ${survivor.id} order by street`).toEqual([
      { street: 'Hlavná', current: true },
      { street: 'Stará', current: false },
    ]);
    const [a] = await db.sql`select action, entity from audit_log where entity = 'party' and action = 'MERGE' and entity_id = ${survivor.id}`;
    expect(a).toEqual({ action: 'MERGE', entity: 'party' });
    const again = await staff.gql(`mutation($i: MergePartiesInput!) { mergeParties(input: $i) { loans } }`, { i: input });
    expect(again.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.mergedId', rule: 'merge.alreadyMerged' });

    // the partner API accepts the pin again (cases 3–5 resolved), and the merged party's number resolves to the survivor
    const ok = await post('client', { pin, cisId: 4242, nonstopbanking: 'Áno' });
    expect(ok.status).toBe(200);
    expect((await db.sql`select cis_id::text from parties where id = ${survivor.id}`)[0].cis_id).toBe('4242');
    const byNumber = await post('contract', { ...contractBody(rc()), client: undefined, clientId: Number(num.client_id), authorisationCode: `BYNUM-${pin}` });
    expect(byNumber.status).toBe(200);
    const [owner] = await db.sql`select fp.party_id from loans l join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER' where l.number = ${byNumber.body.contract as string}`;
    expect(owner.party_id).toBe(survivor.id);

    const card = await staff.gql<{ party: { history: { source: string; fromMergedParty: boolean }[]; clientNumbers: string[] } }>(
      `query($id: ID!) { party(id: $id) { clientNumbers history { source fromMergedParty } } }`,
      { id: survivor.id },
    );
    expect(card.data!.party.history.filter((h) => h.fromMergedParty)).toHaveLength(1);
    expect(card.data!.party.history.some((h) => h.source === 'CONSOLIDATION')).toBe(true);
    expect(card.data!.party.clientNumbers).toContain(num.client_id);
  });
});
