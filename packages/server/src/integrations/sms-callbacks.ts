import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { DbHandle } from '../db/client.js';
import type { Db } from '../db/client.js';
import { smsDeliveryReports } from '../db/schema/index.js';
import { appConfig } from '../app-config.js';

/**
 * Delivery callbacks (DLR) from SMSAPI: `notify_url` points at
 *   <public URL>/api/integrations/smsapi/dlr/<token>
 * where <token> is an HMAC of the secrets key (so a callback cannot be forged by someone who does not know the URL).
 * SMSAPI sends MsgId, status (numeric), status_name, idx, donedate, … by GET or POST (form), values of several
 * messages comma-separated. Every report is stored in sms_delivery_reports and passed to the registered listeners
 * (`onSmsDeliveryReport`); the answer is the plain text "OK" SMSAPI expects.
 */

export interface SmsDeliveryReport {
  providerId: string;
  idx: string | null;
  /** SMSAPI status name: DELIVERED, UNDELIVERED, FAILED, EXPIRED, REJECTED, SENT, … */
  status: string;
  statusCode: string | null;
  doneAt: Date | null;
  raw: Record<string, string>;
}

export type SmsDeliveryListener = (report: SmsDeliveryReport, db: Db) => Promise<void> | void;

const listeners: SmsDeliveryListener[] = [];

/** Registers a listener for delivery reports (e.g. the notices module updating the delivery status). */
export function onSmsDeliveryReport(listener: SmsDeliveryListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

export const STATUS_NAMES: Record<string, string> = {
  '401': 'NOT_FOUND',
  '402': 'EXPIRED',
  '403': 'SENT',
  '404': 'DELIVERED',
  '405': 'UNDELIVERED',
  '406': 'FAILED',
  '407': 'REJECTED',
  '408': 'UNKNOWN',
  '409': 'QUEUE',
  '410': 'ACCEPTED',
  '411': 'RENEWAL',
  '412': 'STOP',
};

export const SMS_DLR_PATH = '/api/integrations/smsapi/dlr';

let publicBaseUrl: string | undefined;
/** The base URL SMSAPI reaches the app at (RATY_PUBLIC_URL, else the app's own URL, set at start). */
export function setPublicBaseUrl(url: string) {
  publicBaseUrl = url.replace(/\/+$/, '');
}

export function dlrToken(secret = appConfig().secretsKey ?? process.env.RATY_SECRETS_KEY ?? 'raty-dev'): string {
  return createHmac('sha256', secret).update('smsapi-dlr').digest('base64url').slice(0, 32);
}

/** notify_url for SMSAPI delivery callbacks; null when the app's public URL is unknown. */
export function smsNotifyUrl(): string | null {
  const base = appConfig().publicUrl ?? publicBaseUrl;
  return base ? `${base.replace(/\/+$/, '')}${SMS_DLR_PATH}/${dlrToken()}` : null;
}

function split(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return String(Array.isArray(v) ? v.join(',') : v).split(',');
}

export function parseDeliveryReports(params: Record<string, unknown>): SmsDeliveryReport[] {
  const ids = split(params.MsgId);
  const statuses = split(params.status);
  const names = split(params.status_name);
  const idxs = split(params.idx);
  const done = split(params.donedate);
  return ids
    .map((id, i) => {
      const code = statuses[i] ?? null;
      const status = names[i] || (code ? (STATUS_NAMES[code] ?? code) : 'UNKNOWN');
      const raw: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) raw[k] = split(v)[i] ?? split(v)[0] ?? '';
      const ts = Number(done[i]);
      return { providerId: id.trim(), idx: idxs[i] ? idxs[i] : null, status, statusCode: code, doneAt: Number.isFinite(ts) && ts > 0 ? new Date(ts * 1000) : null, raw };
    })
    .filter((r) => r.providerId);
}

/** Mounts the DLR route on the app (http/app.ts). */
export function mountSmsCallbacks(app: Express, deps: { db: DbHandle; log: Logger }) {
  const handler = async (req: Request, res: Response) => {
    const given = Buffer.from(String(req.params.token ?? ''));
    const expected = Buffer.from(dlrToken());
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void res.status(404).type('text').send('Not found');
    const params = { ...(req.query as Record<string, unknown>), ...((req.body as Record<string, unknown> | undefined) ?? {}) };
    const reports = parseDeliveryReports(params);
    if (reports.length) {
      await deps.db.db.insert(smsDeliveryReports).values(reports.map((r) => ({ providerId: r.providerId, idx: r.idx, status: r.status, statusCode: r.statusCode, doneAt: r.doneAt, raw: r.raw })));
    }
    for (const r of reports) {
      for (const l of listeners) {
        try {
          await l(r, deps.db.db);
        } catch (err) {
          deps.log.error({ err, providerId: r.providerId }, 'SMS delivery listener failed');
        }
      }
    }
    res.type('text').send('OK');
  };
  const parse = express.urlencoded({ extended: false, limit: '256kb' });
  app.get(`${SMS_DLR_PATH}/:token`, handler);
  app.post(`${SMS_DLR_PATH}/:token`, parse, express.json({ limit: '256kb' }), handler);
}
