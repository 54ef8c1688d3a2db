import { afterAll, beforeAll, describe, expect, it } from 'vitest';
process.env.RATY_SECRETS_KEY = 'test-secrets-key-for-settings';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { startTestSmsapi, waitFor, type SmsapiSandbox } from './support/sandboxes.js';
import { createDemoData } from '../src/demo/index.js';
import { decryptSecret, deriveSecretsKey } from '../src/integrations/secrets.js';
import { onSmsDeliveryReport, setPublicBaseUrl, smsNotifyUrl, type SmsDeliveryReport } from '../src/integrations/sms-callbacks.js';
import { assertSoftCollectionActive, getSmsGateway } from '../src/modules/settings/index.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let sb: SmsapiSandbox;
let admin: TestClient;

const PROFILE_TOKEN = 'profile-Secret-0123456789';
const SMS_TOKEN = 'sms-Secret-9876543210';

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 3, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  setPublicBaseUrl(app.url);
  sb = await startTestSmsapi({ tokens: [PROFILE_TOKEN, SMS_TOKEN], senderNames: ['Raty', 'Windykacja'] });
  admin = app.client();
  await admin.login('admin@raty.demo');
});
afterAll(async () => {
  await sb?.close();
  await app?.close();
  await db?.drop();
});

const SETTINGS = `{ softCollectionSettings { active sms { endpointUrl backupEndpointUrl senderName profileTokenSet smsTokenSet active lastTestOk lastTestMessage } } }`;
const UPDATE = `mutation($i: SmsIntegrationInput!) { updateSmsIntegrationSettings(input: $i) { endpointUrl senderName profileTokenSet smsTokenSet active lastTestOk } }`;
const TEST = `mutation { testSmsConnection { ok message points providerCode reason senderNames } }`;
const ACTIVATE = `mutation { activateSmsIntegration { active } }`;

async function rawGql(c: TestClient, query: string, variables?: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${c.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(c.cookie ? { cookie: c.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.text();
}

describe('access', () => {
  it('anonymous → UNAUTHENTICATED, non-admin → FORBIDDEN; any staff may read the status', async () => {
    const anon = app.client();
    expect((await anon.gql(SETTINGS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const collector = app.client();
    await collector.login('collector@raty.demo');
    expect((await collector.gql(SETTINGS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const m of ['mutation { activateSoftCollection { active } }', TEST, ACTIVATE, 'mutation { deactivateSmsIntegration { active } }']) {
      expect((await collector.gql(m)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const upd = await collector.gql(UPDATE, { i: { endpointUrl: sb.url, smsToken: 'x' } });
    expect(upd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const st = await collector.gql(`{ softCollectionStatus { active smsIntegrationActive } }`);
    expect(st.data).toEqual({ softCollectionStatus: { active: false, smsIntegrationActive: false } });
  });
});

describe('soft-collection feature switch', () => {
  it('is off by default; activate/deactivate are audited; assertSoftCollectionActive follows it', async () => {
    const ctx = { db: db.db };
    await expect(assertSoftCollectionActive(ctx)).rejects.toMatchObject({ extensions: { code: 'FEATURE_DISABLED' } });
    const on = await admin.gql(`mutation { activateSoftCollection { active } }`);
    expect(on.data).toEqual({ activateSoftCollection: { active: true } });
    await expect(assertSoftCollectionActive(ctx)).resolves.toBeUndefined();
    const off = await admin.gql(`mutation { deactivateSoftCollection { active } }`);
    expect(off.data).toEqual({ deactivateSoftCollection: { active: false } });
    await expect(assertSoftCollectionActive(ctx)).rejects.toThrow(/Soft collection is not active/);
    const rows = await db.sql`select action, actor_type, after from audit_log where entity = 'feature' and entity_id = 'SOFT_COLLECTION' order by id`;
    expect(rows.map((r) => r.action)).toEqual(['ACTIVATE', 'DEACTIVATE']);
    expect(rows[0].actor_type).toBe('STAFF');
    await admin.gql(`mutation { activateSoftCollection { active } }`);
  });
});

describe('SMS integration settings', () => {
  it('validates input with field errors (sender name by SMSAPI rules, URLs, tokens)', async () => {
    const r = await admin.gql(UPDATE, { i: { endpointUrl: 'ftp://x', backupEndpointUrl: 'not a url', senderName: 'Raty1234567890', smsToken: 'has space' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields!.map((f) => [f.field, f.rule]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['input.endpointUrl', 'url'],
        ['input.backupEndpointUrl', 'url'],
        ['input.senderName', 'sender.maxLength'],
        ['input.senderName', 'sender.digits'],
        ['input.smsToken', 'token.format'],
      ]),
    );
    const phone = await admin.gql(UPDATE, { i: { endpointUrl: sb.url, senderName: '600100200' } });
    expect(phone.errors?.[0].extensions?.fields?.map((f) => f.rule)).toEqual(expect.arrayContaining(['sender.phoneNumber', 'sender.letter']));
    const chars = await admin.gql(UPDATE, { i: { endpointUrl: sb.url, senderName: 'Raty$' } });
    expect(chars.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.senderName', rule: 'sender.chars' });
  });

  it('stores tokens encrypted (AES-256-GCM) and never returns them', async () => {
    const raw = await rawGql(admin, UPDATE, { i: { endpointUrl: sb.url, senderName: 'Raty', profileToken: PROFILE_TOKEN, smsToken: 'wrong-sms-token' } });
    expect(raw).not.toContain(PROFILE_TOKEN);
    expect(JSON.parse(raw).data.updateSmsIntegrationSettings).toEqual({ endpointUrl: sb.url, senderName: 'Raty', profileTokenSet: true, smsTokenSet: true, active: false, lastTestOk: null });
    const q = await rawGql(admin, SETTINGS);
    expect(q).not.toContain(PROFILE_TOKEN);
    expect(q).not.toContain('wrong-sms-token');
    expect(q).not.toMatch(/"v1:/);
    // nothing in the schema exposes a token field
    const intro = await rawGql(admin, `{ __type(name: "SmsIntegrationSettings") { fields { name } } }`);
    expect(
      JSON.parse(intro)
        .data.__type.fields.map((f: { name: string }) => f.name)
        .filter((n: string) => /token/i.test(n)),
    ).toEqual(['profileTokenSet', 'smsTokenSet']);

    const [row] = await db.sql`select profile_token_enc, sms_token_enc from integration_settings where provider = 'SMSAPI'`;
    expect(row.profile_token_enc).not.toContain(PROFILE_TOKEN);
    expect(row.profile_token_enc).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
    const key = deriveSecretsKey('test-secrets-key-for-settings');
    expect(decryptSecret(row.profile_token_enc, 'SMSAPI.profileToken', key)).toBe(PROFILE_TOKEN);
    expect(decryptSecret(row.sms_token_enc, 'SMSAPI.smsToken', key)).toBe('wrong-sms-token');
    expect(() => decryptSecret(row.profile_token_enc, 'SMSAPI.profileToken', deriveSecretsKey('another key'))).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret(row.profile_token_enc, 'SMSAPI.smsToken', key)).toThrow(); // bound to its field

    const audits = await db.sql`select before, after from audit_log where entity = 'integration'`;
    const text = JSON.stringify(audits);
    expect(text).not.toContain(PROFILE_TOKEN);
    expect(text).not.toContain('wrong-sms-token');
    expect(text).not.toContain('v1:');
    expect(audits.at(-1)!.after).toMatchObject({ changedSecrets: ['profileToken', 'smsToken'], profileTokenSet: true });
  });

  it('activation requires a successful test connection; test reports the provider error', async () => {
    const early = await admin.gql(ACTIVATE);
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0].extensions?.reason).toBe('sms.testRequired');

    const bad = await admin.gql<{ testSmsConnection: Record<string, unknown> }>(TEST);
    expect(bad.data?.testSmsConnection).toMatchObject({ ok: false, providerCode: 101, reason: 'AUTH' });
    expect(String(bad.data?.testSmsConnection.message)).toMatch(/SMS token was refused.*Authorization failed/);
    expect((await admin.gql(ACTIVATE)).errors?.[0].extensions?.reason).toBe('sms.testRequired');

    // keep the profile token (null), replace the SMS token
    await admin.gql(UPDATE, { i: { endpointUrl: sb.url, senderName: 'Raty', profileToken: null, smsToken: SMS_TOKEN } });
    const ok = await admin.gql<{ testSmsConnection: Record<string, unknown> }>(TEST);
    expect(ok.data?.testSmsConnection).toMatchObject({ ok: true, providerCode: null, senderNames: ['Raty', 'Windykacja'] });
    expect(ok.data?.testSmsConnection.points).toBeGreaterThan(0);
    const act = await admin.gql(ACTIVATE);
    expect(act.errors).toBeUndefined();
    expect(act.data).toEqual({ activateSmsIntegration: { active: true } });
    const s = await admin.gql<{ softCollectionSettings: { sms: Record<string, unknown> } }>(SETTINGS);
    expect(s.data?.softCollectionSettings.sms).toMatchObject({ active: true, lastTestOk: true, profileTokenSet: true, smsTokenSet: true });
    const actions = (await db.sql`select action from audit_log where entity = 'integration' order by id`).map((r) => r.action);
    expect(actions).toEqual(['UPDATE', 'TEST_CONNECTION', 'UPDATE', 'TEST_CONNECTION', 'ACTIVATE']);
  });

  it('getSmsGateway sends through the stored settings; delivery callbacks reach the app', async () => {
    const reports: SmsDeliveryReport[] = [];
    const off = onSmsDeliveryReport((r) => void reports.push(r));
    try {
      expect(smsNotifyUrl()).toMatch(new RegExp(`^${app.url}/api/integrations/smsapi/dlr/[\\w-]{20,}$`));
      const gw = await getSmsGateway(db.db);
      const r = await gw.send({ to: '600700800', text: 'Rata 100,00 PLN', idx: 'notice:settings-1' });
      expect(sb.messages().find((m) => m.id === r.providerId)).toMatchObject({ from: 'Raty', text: 'Rata 100,00 PLN', notifyUrl: smsNotifyUrl() });
      await waitFor(() => reports.length > 0);
      expect(reports[0]).toMatchObject({ providerId: r.providerId, idx: 'notice:settings-1', status: 'DELIVERED' });
      const rows = await db.sql`select provider_id, idx, status, status_code from sms_delivery_reports`;
      expect(rows).toEqual([{ provider_id: r.providerId, idx: 'notice:settings-1', status: 'DELIVERED', status_code: '404' }]);
      // a forged callback (wrong token in the URL) is refused
      const forged = await fetch(`${app.url}/api/integrations/smsapi/dlr/forged`, { method: 'POST', body: new URLSearchParams({ MsgId: 'x', status: '404' }) });
      expect(forged.status).toBe(404);
    } finally {
      off();
    }
  });

  it('changing a token deactivates the integration; getSmsGateway then refuses with FEATURE_DISABLED', async () => {
    const r = await admin.gql(UPDATE, { i: { endpointUrl: sb.url, senderName: 'Windykacja', smsToken: SMS_TOKEN } });
    expect(r.data).toMatchObject({ updateSmsIntegrationSettings: { active: false, lastTestOk: null, senderName: 'Windykacja' } });
    await expect(getSmsGateway(db.db)).rejects.toMatchObject({ message: 'SMS integration is not active', extensions: { code: 'FEATURE_DISABLED' } });
    expect((await admin.gql(TEST)).data).toMatchObject({ testSmsConnection: { ok: true } });
    expect((await admin.gql(ACTIVATE)).data).toEqual({ activateSmsIntegration: { active: true } });
    await expect(getSmsGateway(db.db)).resolves.toBeTruthy();
    expect((await admin.gql(`mutation { deactivateSmsIntegration { active } }`)).data).toEqual({ deactivateSmsIntegration: { active: false } });
    await expect(getSmsGateway(db.db)).rejects.toThrow('SMS integration is not active');
  });
});
