import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_MESSAGES_PL } from '@raty/domain';
import { collectionEnv, fieldsOf, type CollectionEnv } from './collection-helpers.js';

let env: CollectionEnv;
let partyId: string;

const CREATE = `mutation($p: ID!, $i: ContactInput!) { createContact(partyId: $p, input: $i) { id type value smsConsent note createdAt } }`;
const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id smsConsent value } }`;
const LIST = `query($p: ID!) { partyContacts(partyId: $p) { partyId name departed contacts { id type value smsConsent } consentChanges { contactId consent source changedBy } } }`;

beforeAll(async () => {
  env = await collectionEnv({ files: 20 });
  // a party without any contact
  const [p] = await env.db.sql`select id from parties where death_date is null and bankruptcy_date is null order by id limit 1`;
  partyId = p.id;
  await env.db.sql`delete from contacts where party_id = ${partyId}`;
});
afterAll(async () => env?.close());

describe('party contacts (COLL-4.1)', () => {
  it('adds a consented mobile (9-digit Polish number, normalised) and records the consent change', async () => {
    const r = await env.editor.gql<{ createContact: { id: string; value: string; smsConsent: boolean } }>(CREATE, {
      p: partyId,
      i: { type: 'MOBILE', value: '+48 600 700 800', smsConsent: true, consentSource: 'PAPER_FORM' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createContact).toMatchObject({ value: '600700800', smsConsent: true });
    const changes = await env.db.sql`select consent, source, changed_by from consent_changes where party_id = ${partyId}`;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ consent: true, source: 'PAPER_FORM' });
    expect(changes[0].changed_by).toBeTruthy();
    const audit = await env.db.sql`select action from audit_log where entity = 'contact' and entity_id = ${r.data!.createContact.id}`;
    expect(audit.map((a) => a.action)).toEqual(['CREATE']);
  });

  it('refuses a second consented mobile with the seed message (blocking)', async () => {
    const r = await env.editor.gql(CREATE, { p: partyId, i: { type: 'MOBILE', value: '511222333', smsConsent: true } });
    const f = fieldsOf(r);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(f[0]).toMatchObject({ field: 'input.smsConsent', rule: 'sms.consentTaken' });
    expect(f[0].params?.messagePl).toBe(SEED_MESSAGES_PL['sms.consentTaken']);
    const [{ n }] = await env.db.sql`select count(*)::int as n from contacts where party_id = ${partyId}`;
    expect(n).toBe(1);
  });

  it('accepts a second mobile without consent, but not switching its consent on; the DB index also refuses it', async () => {
    const r = await env.editor.gql<{ createContact: { id: string } }>(CREATE, { p: partyId, i: { type: 'MOBILE', value: '511222333', smsConsent: false, note: 'drugi' } });
    expect(r.errors).toBeUndefined();
    const id = r.data!.createContact.id;
    const u = await env.editor.gql(UPDATE, { id, i: { type: 'MOBILE', value: '511222333', smsConsent: true } });
    expect(fieldsOf(u)[0]).toMatchObject({ rule: 'sms.consentTaken' });
    await expect(env.db.sql`update contacts set sms_consent = true where id = ${id}`).rejects.toThrow(/contacts_one_consented_mobile_uq/);
  });

  it('validates values by type: a mobile must have 9 digits; consent only on mobile/e-mail', async () => {
    const bad = await env.editor.gql(CREATE, { p: partyId, i: { type: 'MOBILE', value: '60070080' } });
    expect(fieldsOf(bad)[0]).toMatchObject({ field: 'input.value' });
    const email = await env.editor.gql(CREATE, { p: partyId, i: { type: 'EMAIL', value: 'not-an-email' } });
    expect(fieldsOf(email)[0]).toMatchObject({ field: 'input.value', rule: 'email.format' });
    const fax = await env.editor.gql(CREATE, { p: partyId, i: { type: 'FAX', value: '22 123 45 67', smsConsent: true } });
    expect(fieldsOf(fax)[0]).toMatchObject({ field: 'input.smsConsent', rule: 'sms.consentType' });
  });

  it('records withdrawing consent; lists contacts with the departed flag and the consent history', async () => {
    const l = await env.viewer.gql<{ partyContacts: { contacts: { id: string; type: string; smsConsent: boolean }[] } }>(LIST, { p: partyId });
    const consented = l.data!.partyContacts.contacts.find((c) => c.smsConsent)!;
    const u = await env.editor.gql(UPDATE, { id: consented.id, i: { type: 'MOBILE', value: '600700800', smsConsent: false } });
    expect(u.errors).toBeUndefined();
    const after = await env.viewer.gql<{ partyContacts: { departed: boolean; consentChanges: { consent: boolean }[] } }>(LIST, { p: partyId });
    expect(after.data!.partyContacts.departed).toBe(false);
    expect(after.data!.partyContacts.consentChanges.map((c) => c.consent)).toEqual([true, false]);
    const [dep] = await env.db.sql`select id from parties where death_date is not null or bankruptcy_date is not null limit 1`;
    if (dep) {
      const d = await env.viewer.gql<{ partyContacts: { departed: boolean } }>(LIST, { p: dep.id });
      expect(d.data!.partyContacts.departed).toBe(true);
    }
  });

  it('roles: a viewer cannot add contacts; anonymous → UNAUTHENTICATED', async () => {
    const v = await env.viewer.gql(CREATE, { p: partyId, i: { type: 'HOME', value: '221234567' } });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const a = await env.anon.gql(LIST, { p: partyId });
    expect(a.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('marking consent needs soft collection switched on (FEATURE_DISABLED otherwise)', async () => {
    await env.db.sql`update feature_switches set enabled = false where key = 'SOFT_COLLECTION'`;
    try {
      const r = await env.editor.gql(CREATE, { p: partyId, i: { type: 'EMAIL', value: 'x@example.pl', smsConsent: true } });
      expect(r.errors?.[0].extensions?.code).toBe('FEATURE_DISABLED');
      const ok = await env.editor.gql(CREATE, { p: partyId, i: { type: 'EMAIL', value: 'x@example.pl', smsConsent: false } });
      expect(ok.errors).toBeUndefined();
    } finally {
      await env.db.sql`update feature_switches set enabled = true where key = 'SOFT_COLLECTION'`;
    }
  });
});
