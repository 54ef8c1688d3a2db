import path from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { DbHandle } from '../db/client.js';
import { startQueue, stopQueue } from '../jobs/queue.js';
import { getSmsSettings, prefillSandboxSettings } from '../modules/settings/index.js';
import { initSecretsKey } from './secrets.js';
import { setMailerUrl } from './mailer.js';
import { mailBounceUrl } from './mail-bounces.js';
import { setPublicBaseUrl } from './sms-callbacks.js';
import { loopbackAdminAllowed } from '../lib/loopback.js';
import { sandboxAdminVerdict } from './sandbox-admin.js';
import { startSmsapiSandbox, type SmsapiSandbox } from './smsapi-sandbox/server.js';
import { startSmtpSandbox, type SmtpSandbox } from './smtp-sandbox.js';

export interface RunningIntegrations {
  smsapi?: SmsapiSandbox;
  smtp?: SmtpSandbox;
  /** lines for the startup banner */
  lines: string[];
  /** tell the integrations the app's URL (delivery callbacks) once it listens */
  setAppUrl(url: string): void;
  stop(): Promise<void>;
}

const SANDBOX_TOKEN_DEFAULT = 'raty-sandbox-token';

/** Whether an SMS endpoint URL of the settings is the local sandbox on `port` (loopback host, same port). */
export function pointsAt(url: string | null | undefined, port: number): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(u.hostname) && Number(u.port) === port;
  } catch {
    return false;
  }
}

/**
 * Called by main.ts after migrations: secrets key, local sandboxes (embedded/dev), first-start SMS settings,
 * job queue. Nothing here runs in tests (they start what they need from test/support/sandboxes.ts).
 */
export async function startIntegrations(deps: { config: AppConfig; db: DbHandle; dbUrl: string; log: Logger; queue?: boolean }): Promise<RunningIntegrations> {
  const { config, db, dbUrl, log } = deps;
  const embedded = !config.databaseUrl;
  try {
    const key = initSecretsKey({ secret: config.secretsKey, keyFile: embedded ? path.join(path.dirname(config.dataDir), 'secrets.key') : undefined });
    log.info({ source: key.source }, 'integration secrets key loaded');
  } catch (err) {
    log.warn({ err }, 'RATY_SECRETS_KEY is not set: integration settings with tokens cannot be saved or used');
  }

  const lines: string[] = [];
  let smsapi: SmsapiSandbox | undefined;
  let smtp: SmtpSandbox | undefined;
  if (config.sandboxes) {
    try {
      smsapi = await startSmsapiSandbox({
        port: config.smsapiSandboxPort,
        token: process.env.RATY_SMSAPI_SANDBOX_TOKEN ?? SANDBOX_TOKEN_DEFAULT,
        defaultSender: 'Raty',
        deliveryDelayMs: 3000,
        // /__sandbox/* (sent SMS incl. client-zone passwords): only while the SMS integration points at this sandbox,
        // and only to an ADMIN session (or loopback with the explicit flag RATY_SANDBOX_ADMIN_LOOPBACK=1)
        adminGuard: async (req) => {
          const s = await getSmsSettings(db.db);
          if (!smsapi || ![s.endpointUrl, s.backupEndpointUrl].some((u) => pointsAt(u, smsapi!.port))) return 404;
          return sandboxAdminVerdict(db.db, req, { allowLoopback: loopbackAdminAllowed() });
        },
      });
      lines.push(`  SMSAPI sandbox: ${smsapi.url}   (sent SMS: ${smsapi.url}/__sandbox/messages — ADMIN session, or RATY_SANDBOX_ADMIN_LOOPBACK=1)`);
    } catch (err) {
      log.warn({ err, port: config.smsapiSandboxPort }, 'SMSAPI sandbox not started');
    }
    try {
      smtp = await startSmtpSandbox({
        port: config.smtpSandboxPort,
        adminPort: config.smtpSandboxAdminPort,
        // /__sandbox/* (sent mail, bounce knobs): only while the app's mail goes to this sandbox, and only to an ADMIN
        // session (or loopback with RATY_SANDBOX_ADMIN_LOOPBACK=1), like the SMSAPI sandbox
        adminGuard: async (req) => (config.smtpUrl ? 404 : sandboxAdminVerdict(db.db, req, { allowLoopback: loopbackAdminAllowed() })),
      });
      if (!config.smtpUrl) setMailerUrl(smtp.url);
      lines.push(`  SMTP sandbox:   ${smtp.url}   (mail kept in memory: ${smtp.adminUrl}/__sandbox/messages; bounce@… addresses bounce)`);
    } catch (err) {
      log.warn({ err, port: config.smtpSandboxPort }, 'SMTP sandbox not started');
    }
    if (smsapi) {
      try {
        const done = await prefillSandboxSettings(db.db, { url: smsapi.url, token: smsapi.token, senderName: 'Raty' });
        if (done.sms) log.info({ url: smsapi.url }, 'SMS integration pre-filled with the local SMSAPI sandbox');
        if (done.softCollection) log.info('soft collection activated (first start)');
      } catch (err) {
        log.warn({ err }, 'could not pre-fill the SMS integration settings');
      }
    }
  }

  // the cluster primary (RATY_WORKERS > 1) runs the sandboxes only; its workers run the queue (main.ts)
  if (deps.queue !== false) await startQueue(dbUrl, log.child({ component: 'queue' }), { cronMonitorSeconds: Number(process.env.RATY_CRON_MONITOR_SECONDS) || undefined });

  return {
    smsapi,
    smtp,
    lines,
    setAppUrl: (url) => {
      setPublicBaseUrl(config.publicUrl ?? url);
      smtp?.configure({ bounceUrl: mailBounceUrl(url) });
    },
    stop: async () => {
      await stopQueue().catch((err) => log.error({ err }, 'queue stop failed'));
      await smsapi?.close();
      await smtp?.close();
    },
  };
}
