import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClientZoneConfig, type ClientZoneConfig } from './modules/clientzone/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (packages/server/{src,dist}/.. /..). */
export const repoRoot = path.resolve(here, '..', '..', '..');

export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  freshDb: boolean;
  /** Demo portfolio loaded on first start (an empty database): RATY_DEMO_DATA, alias RATY_SEED; default `small`. */
  demoData: 'none' | 'small' | 'large';
  logLevel: string;
  webDist: string;
  /** `Secure` session cookies: COOKIE_SECURE=1/0; unset → on when RATY_PUBLIC_URL is https (issue 20) */
  cookieSecure: boolean;
  /**
   * Express `trust proxy`: the addresses (comma list of IPs/CIDRs or `loopback`, `linklocal`, `uniquelocal`) whose
   * `X-Forwarded-For` is honoured (RATY_TRUSTED_PROXIES; `none` = never: the TCP peer is the client). Default `loopback`.
   */
  trustedProxies: string[] | false;
  sessionTtlHours: number;
  /** Secret (any string; a 32-byte AES key is derived from it with scrypt) for encrypting integration secrets at rest. */
  secretsKey?: string;
  /** Previous values of RATY_SECRETS_KEY (RATY_SECRETS_KEY_PREVIOUS, comma-separated) while rotating (lib/secret-box.ts) */
  secretsKeyPrevious: string[];
  /** Integrations (docs/integrations.md): public base URL for provider callbacks, SMTP, local sandboxes, SMS timeout. */
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  /** start the local SMSAPI and SMTP sandboxes (default: only in embedded mode, i.e. without DATABASE_URL) */
  sandboxes: boolean;
  smsapiSandboxPort: number;
  smtpSandboxPort: number;
  /** the SMTP sandbox's admin HTTP (sent mail, bounce knobs; docs/integrations.md) */
  smtpSandboxAdminPort: number;
  smsTimeoutMs: number;
  /** Client zone and online payments (docs/clientzone.md). */
  clientZone: ClientZoneConfig;
  /** Analyst reads (docs/analytics.md): optional separate PostgreSQL (a read replica) and the statement timeout. */
  analyticsDatabaseUrl?: string;
  analyticsStatementTimeoutMs: number;
  /** Several processes (issue 29, docs/operations.md): server processes on this machine (RATY_WORKERS, default 1). */
  workers: number;
  /** connections of each process's request pool (RATY_DB_POOL, default 20) */
  dbPool: number;
  /**
   * the per-process staff session cache with its LISTEN connection (issue 28, modules/auth/session-cache.ts); off with
   * RATY_SESSION_CACHE=0 — needed when the app reaches PostgreSQL only through PgBouncer in transaction mode, where
   * LISTEN does not hold (docs/operations.md "Several processes")
   */
  sessionCache: boolean;
  /** connections kept free of the budget besides the superuser-reserved ones (RATY_DB_RESERVE, default 10) */
  dbReserve: number;
  /** app processes on other machines sharing the database, counted in the budget (RATY_OTHER_PROCESSES, default 0) */
  otherProcesses: number;
  /** on SIGTERM/SIGINT: keep answering (readyz 503) this long before closing the listener (RATY_DRAIN_DELAY_MS) */
  drainDelayMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // RATY_SEED is the former name of RATY_DEMO_DATA and keeps working; the new name wins when both are set
  const demoDataVar = env.RATY_DEMO_DATA !== undefined ? 'RATY_DEMO_DATA' : env.RATY_SEED !== undefined ? 'RATY_SEED' : null;
  const demoData = (demoDataVar ? env[demoDataVar] : 'small') as AppConfig['demoData'];
  if (!['none', 'small', 'large'].includes(demoData)) throw new Error(`${demoDataVar} must be none, small or large (got ${demoData})`);
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(repoRoot, env.RATY_DATA_DIR ?? '.data/pg'),
    embeddedPort: Number(env.RATY_PG_PORT ?? 0),
    freshDb: env.RATY_FRESH_DB === '1',
    demoData,
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(repoRoot, env.RATY_WEB_DIST ?? 'packages/web/dist'),
    cookieSecure: cookieSecureOf(env),
    trustedProxies: trustedProxiesOf(env.RATY_TRUSTED_PROXIES),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    secretsKey: env.RATY_SECRETS_KEY || undefined,
    secretsKeyPrevious: (env.RATY_SECRETS_KEY_PREVIOUS ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    publicUrl: env.RATY_PUBLIC_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Raty <no-reply@raty.local>',
    sandboxes: env.RATY_SANDBOXES ? env.RATY_SANDBOXES === '1' : !env.DATABASE_URL,
    smsapiSandboxPort: Number(env.RATY_SMSAPI_SANDBOX_PORT ?? 4010),
    smtpSandboxPort: Number(env.RATY_SMTP_SANDBOX_PORT ?? 2525),
    smtpSandboxAdminPort: Number(env.RATY_SMTP_SANDBOX_ADMIN_PORT ?? 2526),
    smsTimeoutMs: Number(env.RATY_SMS_TIMEOUT_MS ?? 10_000),
    analyticsDatabaseUrl: env.ANALYTICS_DATABASE_URL || undefined,
    analyticsStatementTimeoutMs: positiveInt(env.ANALYTICS_STATEMENT_TIMEOUT_MS, 5000, 'ANALYTICS_STATEMENT_TIMEOUT_MS'),
    workers: count(env.RATY_WORKERS, 1, 'RATY_WORKERS', 1),
    dbPool: count(env.RATY_DB_POOL, 20, 'RATY_DB_POOL', 1),
    sessionCache: env.RATY_SESSION_CACHE !== '0',
    dbReserve: count(env.RATY_DB_RESERVE, 10, 'RATY_DB_RESERVE', 0),
    otherProcesses: count(env.RATY_OTHER_PROCESSES, 0, 'RATY_OTHER_PROCESSES', 0),
    drainDelayMs: count(env.RATY_DRAIN_DELAY_MS, 1000, 'RATY_DRAIN_DELAY_MS', 0),
    clientZone: loadClientZoneConfig(env, { sandboxes: env.RATY_SANDBOXES ? env.RATY_SANDBOXES === '1' : !env.DATABASE_URL, publicUrl: env.RATY_PUBLIC_URL || undefined }),
  };
}

function count(v: string | undefined, dflt: number, name: string, min: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min} (got ${v})`);
  return n;
}

function positiveInt(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of milliseconds (got ${v})`);
  return n;
}

/** COOKIE_SECURE=1 → on, =0 → off; unset → on exactly when RATY_PUBLIC_URL is an https URL. */
export function cookieSecureOf(env: NodeJS.ProcessEnv): boolean {
  if (env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === 'true') return true;
  if (env.COOKIE_SECURE === '0' || env.COOKIE_SECURE === 'false') return false;
  return /^https:\/\//i.test(env.RATY_PUBLIC_URL ?? '');
}

/** RATY_TRUSTED_PROXIES → Express `trust proxy` (`none` → false; unset → loopback). */
export function trustedProxiesOf(v: string | undefined): string[] | false {
  const list = (v ?? 'loopback')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (!list.length || list.includes('none')) return false;
  return list;
}
