import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { validateSenderName } from '@raty/domain';
import type { Db } from '../../db/client.js';
import { featureSwitches, integrationSettings } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { Conflict, IssueCollector } from '../../graphql/errors.js';
import { appConfig } from '../../app-config.js';
import { decryptSecret, encryptSecret } from '../../integrations/secrets.js';
import { SmsGateway, toGatewayError, type SmsConnectionInfo } from '../../integrations/sms-gateway.js';
import { smsNotifyUrl } from '../../integrations/sms-callbacks.js';
import { audit } from '../common/index.js';

const SMSAPI_PROVIDER = 'SMSAPI';
export const SOFT_COLLECTION = 'SOFT_COLLECTION';

type ServiceCtx = Pick<Context, 'actor' | 'requestId'> & { db: Db };

/** FORBIDDEN-like error for a switched-off feature or integration (extensions.code = FEATURE_DISABLED). */
export class FeatureDisabled extends GraphQLError {
  constructor(message: string, feature: string) {
    super(message, { extensions: { code: 'FEATURE_DISABLED', feature } });
  }
}

// ---------- feature switch ----------

async function isFeatureEnabled(db: Db, key: string): Promise<boolean> {
  const [row] = await db.select({ enabled: featureSwitches.enabled }).from(featureSwitches).where(eq(featureSwitches.key, key));
  return row?.enabled ?? false;
}

export function isSoftCollectionActive(db: Db): Promise<boolean> {
  return isFeatureEnabled(db, SOFT_COLLECTION);
}

/**
 * Call first in every soft-collection resolver/service: throws FEATURE_DISABLED until an administrator has
 * activated soft collection.
 */
export async function assertSoftCollectionActive(ctx: { db: Db }): Promise<void> {
  if (!(await isSoftCollectionActive(ctx.db))) {
    throw new FeatureDisabled('Soft collection is not active: an administrator must activate it in the settings', SOFT_COLLECTION);
  }
}

function actorUserId(ctx: Pick<Context, 'actor'>): string | null {
  return ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
}

export async function setFeatureEnabled(ctx: ServiceCtx, key: string, enabled: boolean): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(featureSwitches).where(eq(featureSwitches.key, key)).for('update');
    if ((before?.enabled ?? false) === enabled && before) return;
    await tx
      .insert(featureSwitches)
      .values({ key, enabled, updatedBy: actorUserId(ctx) })
      .onConflictDoUpdate({ target: featureSwitches.key, set: { enabled, updatedAt: new Date(), updatedBy: actorUserId(ctx) } });
    await audit(ctx, enabled ? 'ACTIVATE' : 'DEACTIVATE', 'feature', key, { enabled: before?.enabled ?? false }, { enabled }, tx);
  });
}

// ---------- SMS integration settings ----------

interface SmsPublicConfig {
  endpointUrl: string | null;
  backupEndpointUrl: string | null;
  senderName: string | null;
}

/** What the API may show about the SMS integration: never a token, only whether each one is set. */
export interface SmsSettingsView extends SmsPublicConfig {
  profileTokenSet: boolean;
  smsTokenSet: boolean;
  active: boolean;
  lastTestAt: Date | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
  updatedAt: Date | null;
}

type Row = typeof integrationSettings.$inferSelect;

function publicConfig(row: Row | undefined): SmsPublicConfig {
  const c = (row?.config ?? {}) as Partial<SmsPublicConfig>;
  return { endpointUrl: c.endpointUrl ?? null, backupEndpointUrl: c.backupEndpointUrl ?? null, senderName: c.senderName ?? null };
}

function view(row: Row | undefined): SmsSettingsView {
  return {
    ...publicConfig(row),
    profileTokenSet: !!row?.profileTokenEnc,
    smsTokenSet: !!row?.smsTokenEnc,
    active: row?.active ?? false,
    lastTestAt: row?.lastTestAt ?? null,
    lastTestOk: row?.lastTestOk ?? null,
    lastTestMessage: row?.lastTestMessage ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** the audit payload: public fields and flags only */
function auditView(v: SmsSettingsView) {
  return { endpointUrl: v.endpointUrl, backupEndpointUrl: v.backupEndpointUrl, senderName: v.senderName, profileTokenSet: v.profileTokenSet, smsTokenSet: v.smsTokenSet, active: v.active };
}

async function loadRow(db: Db): Promise<Row | undefined> {
  const [row] = await db.select().from(integrationSettings).where(eq(integrationSettings.provider, SMSAPI_PROVIDER));
  return row;
}

export async function getSmsSettings(db: Db): Promise<SmsSettingsView> {
  return view(await loadRow(db));
}

export async function getSoftCollectionSettings(db: Db): Promise<{ active: boolean; sms: SmsSettingsView }> {
  return { active: await isSoftCollectionActive(db), sms: await getSmsSettings(db) };
}

export interface SmsSettingsInput {
  endpointUrl: string;
  backupEndpointUrl?: string | null;
  senderName?: string | null;
  /** write-only; null/empty keeps the stored token */
  profileToken?: string | null;
  smsToken?: string | null;
}

const TOKEN_AAD = { profile: `${SMSAPI_PROVIDER}.profileToken`, sms: `${SMSAPI_PROVIDER}.smsToken` };

function checkUrl(issues: IssueCollector, field: string, value: string) {
  let ok = false;
  try {
    const u = new URL(value);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname && !u.username && !u.password;
  } catch {
    ok = false;
  }
  if (!ok) issues.add(field, 'url', 'Enter an http(s) URL, e.g. https://api.smsapi.pl/');
}

function checkToken(issues: IssueCollector, field: string, value: string) {
  if (value.length > 512 || /\s/.test(value)) issues.add(field, 'token.format', 'The token must be a single word of at most 512 characters', { max: 512 });
}

function blank(v: string | null | undefined): boolean {
  return v === undefined || v === null || v.trim() === '';
}

/**
 * Saves the SMS settings. Tokens are encrypted (AES-256-GCM); a change of the endpoints or tokens clears the last
 * test result and deactivates the integration (it must be tested and activated again).
 */
export async function updateSmsSettings(ctx: ServiceCtx, input: SmsSettingsInput): Promise<SmsSettingsView> {
  const issues = new IssueCollector();
  const endpointUrl = input.endpointUrl?.trim() ?? '';
  if (!endpointUrl) issues.add('input.endpointUrl', 'required', 'Endpoint URL is required');
  else checkUrl(issues, 'input.endpointUrl', endpointUrl);
  const backupEndpointUrl = blank(input.backupEndpointUrl) ? null : input.backupEndpointUrl!.trim();
  if (backupEndpointUrl) checkUrl(issues, 'input.backupEndpointUrl', backupEndpointUrl);
  let senderName: string | null = null;
  if (!blank(input.senderName)) {
    const v = validateSenderName(input.senderName, 'input.senderName');
    if (v.ok) senderName = v.value;
    else issues.addAll(v.issues);
  }
  const profileToken = blank(input.profileToken) ? null : input.profileToken!.trim();
  const smsToken = blank(input.smsToken) ? null : input.smsToken!.trim();
  if (profileToken) checkToken(issues, 'input.profileToken', profileToken);
  if (smsToken) checkToken(issues, 'input.smsToken', smsToken);
  issues.throwIfAny();

  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(integrationSettings).where(eq(integrationSettings.provider, SMSAPI_PROVIDER)).for('update');
    const old = publicConfig(before);
    const config: SmsPublicConfig = { endpointUrl, backupEndpointUrl, senderName };
    const connectionChanged = old.endpointUrl !== endpointUrl || old.backupEndpointUrl !== backupEndpointUrl || !!profileToken || !!smsToken;
    const changed = connectionChanged || old.senderName !== senderName;
    const values = {
      config,
      profileTokenEnc: profileToken ? encryptSecret(profileToken, TOKEN_AAD.profile) : (before?.profileTokenEnc ?? null),
      smsTokenEnc: smsToken ? encryptSecret(smsToken, TOKEN_AAD.sms) : (before?.smsTokenEnc ?? null),
      active: connectionChanged ? false : (before?.active ?? false),
      ...(changed ? { lastTestAt: null, lastTestOk: null, lastTestMessage: null } : {}),
      updatedAt: new Date(),
      updatedBy: actorUserId(ctx),
    };
    const [row] = before
      ? await tx.update(integrationSettings).set(values).where(eq(integrationSettings.provider, SMSAPI_PROVIDER)).returning()
      : await tx
          .insert(integrationSettings)
          .values({ provider: SMSAPI_PROVIDER, ...values })
          .returning();
    const changedSecrets = [...(profileToken ? ['profileToken'] : []), ...(smsToken ? ['smsToken'] : [])];
    await audit(ctx, 'UPDATE', 'integration', SMSAPI_PROVIDER, before ? auditView(view(before)) : null, { ...auditView(view(row)), changedSecrets }, tx);
    return view(row);
  });
}

interface Decrypted {
  row: Row;
  config: SmsPublicConfig;
  profileToken: string | null;
  smsToken: string | null;
}

async function loadDecrypted(db: Db): Promise<Decrypted | null> {
  const row = await loadRow(db);
  if (!row) return null;
  return {
    row,
    config: publicConfig(row),
    profileToken: row.profileTokenEnc ? decryptSecret(row.profileTokenEnc, TOKEN_AAD.profile) : null,
    smsToken: row.smsTokenEnc ? decryptSecret(row.smsTokenEnc, TOKEN_AAD.sms) : null,
  };
}

function gatewayFrom(d: Decrypted, opts: { timeoutMs?: number; notifyUrl?: string | null } = {}): SmsGateway {
  return new SmsGateway({
    endpointUrls: [d.config.endpointUrl!, ...(d.config.backupEndpointUrl ? [d.config.backupEndpointUrl] : [])],
    smsToken: d.smsToken!,
    profileToken: d.profileToken ?? undefined,
    senderName: d.config.senderName,
    timeoutMs: opts.timeoutMs ?? appConfig().smsTimeoutMs,
    notifyUrl: opts.notifyUrl === undefined ? smsNotifyUrl() : opts.notifyUrl,
  });
}

export interface SmsConnectionTestResult {
  ok: boolean;
  message: string;
  points: number | null;
  username: string | null;
  senderNames: string[] | null;
  /** SMSAPI error code, when the provider answered one */
  providerCode: number | null;
  reason: string | null;
  testedAt: Date;
}

/** "Test connection": asks SMSAPI for the account (points) and the sender names; records and audits the result. */
export async function testSmsConnection(ctx: ServiceCtx): Promise<SmsConnectionTestResult> {
  const d = await loadDecrypted(ctx.db);
  const missing = new IssueCollector();
  if (!d?.config.endpointUrl) missing.add('endpointUrl', 'required', 'Save the endpoint URL first');
  if (!d?.profileToken) missing.add('profileToken', 'required', 'Save the profile token first');
  if (!d?.smsToken) missing.add('smsToken', 'required', 'Save the SMS token first');
  missing.throwIfAny();
  const testedAt = new Date();
  let result: SmsConnectionTestResult;
  try {
    const info: SmsConnectionInfo = await gatewayFrom(d!).testConnection();
    const sender = d!.config.senderName;
    const senderNote =
      sender && info.senderNames && !info.senderNames.includes(sender)
        ? ` Note: sender name "${sender}" is not among the active sender names of the account (${info.senderNames.join(', ') || 'none'}).`
        : '';
    result = {
      ok: true,
      message: `Connected to ${info.endpointUrl} as ${info.username ?? 'unknown user'}; ${info.points ?? '?'} points available.${senderNote}`,
      points: info.points,
      username: info.username,
      senderNames: info.senderNames,
      providerCode: null,
      reason: null,
      testedAt,
    };
  } catch (err) {
    const e = toGatewayError(err);
    result = { ok: false, message: e.message, points: null, username: null, senderNames: null, providerCode: e.providerCode, reason: e.reason, testedAt };
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(integrationSettings)
      .set({ lastTestAt: testedAt, lastTestOk: result.ok, lastTestMessage: result.message.slice(0, 1000) })
      .where(eq(integrationSettings.provider, SMSAPI_PROVIDER));
    await audit(ctx, 'TEST_CONNECTION', 'integration', SMSAPI_PROVIDER, null, { ok: result.ok, message: result.message, providerCode: result.providerCode }, tx);
  });
  return result;
}

/** Activates (requires both tokens and a successful test of the current settings) or deactivates the integration. */
export async function setSmsIntegrationActive(ctx: ServiceCtx, active: boolean): Promise<SmsSettingsView> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(integrationSettings).where(eq(integrationSettings.provider, SMSAPI_PROVIDER)).for('update');
    if (active) {
      const missing = new IssueCollector();
      const c = publicConfig(before);
      if (!c.endpointUrl) missing.add('endpointUrl', 'required', 'The endpoint URL is not set');
      if (!before?.profileTokenEnc) missing.add('profileToken', 'required', 'The profile token is not set');
      if (!before?.smsTokenEnc) missing.add('smsToken', 'required', 'The SMS token is not set');
      if (missing.issues.length)
        throw new Conflict(`The SMS integration cannot be activated: ${missing.issues.map((i) => i.message).join('; ')}`, { reason: 'sms.incomplete', fields: missing.issues });
      if (before!.lastTestOk !== true) {
        throw new Conflict('The SMS integration cannot be activated before a successful "test connection" of the current settings', { reason: 'sms.testRequired' });
      }
    }
    if (!before) return view(undefined);
    if (before.active === active) return view(before);
    const [row] = await tx
      .update(integrationSettings)
      .set({ active, updatedAt: new Date(), updatedBy: actorUserId(ctx) })
      .where(eq(integrationSettings.provider, SMSAPI_PROVIDER))
      .returning();
    await audit(ctx, active ? 'ACTIVATE' : 'DEACTIVATE', 'integration', SMSAPI_PROVIDER, { active: before.active }, { active }, tx);
    return view(row);
  });
}

/**
 * The SMS gateway for sending, built from the stored (decrypted) settings.
 * Throws FEATURE_DISABLED "SMS integration is not active" when the integration is not configured or not active.
 * `notifyUrl` defaults to the app's delivery-callback URL (see integrations/sms-callbacks.ts).
 */
export async function getSmsGateway(db: Db, opts: { timeoutMs?: number; notifyUrl?: string | null } = {}): Promise<SmsGateway> {
  const d = await loadDecrypted(db);
  if (!d || !d.row.active || !d.config.endpointUrl || !d.smsToken) {
    throw new FeatureDisabled('SMS integration is not active', 'SMS_INTEGRATION');
  }
  return gatewayFrom(d, opts);
}

export async function isSmsIntegrationActive(db: Db): Promise<boolean> {
  const row = await loadRow(db);
  return !!row?.active;
}

/**
 * Embedded/dev first start: when no SMS settings exist yet, points them at the local sandbox (active, tested) and
 * switches soft collection on (unless an administrator has already set it). Returns what it did.
 */
export async function prefillSandboxSettings(db: Db, sandbox: { url: string; token: string; senderName?: string }): Promise<{ sms: boolean; softCollection: boolean }> {
  const ctx: ServiceCtx = { db, actor: null, requestId: 'startup' };
  const done = { sms: false, softCollection: false };
  if (!(await loadRow(db))) {
    await updateSmsSettings(ctx, { endpointUrl: sandbox.url, senderName: sandbox.senderName ?? 'Raty', profileToken: sandbox.token, smsToken: sandbox.token });
    await db
      .update(integrationSettings)
      .set({ lastTestAt: new Date(), lastTestOk: true, lastTestMessage: 'Local SMSAPI sandbox (pre-filled at first start)' })
      .where(eq(integrationSettings.provider, SMSAPI_PROVIDER));
    await setSmsIntegrationActive(ctx, true);
    done.sms = true;
  }
  const [flag] = await db.select().from(featureSwitches).where(eq(featureSwitches.key, SOFT_COLLECTION));
  if (!flag) {
    await setFeatureEnabled(ctx, SOFT_COLLECTION, true);
    done.softCollection = true;
  }
  return done;
}
