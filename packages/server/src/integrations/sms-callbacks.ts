import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { DbHandle } from '../db/client.js';
import type { Db } from '../db/client.js';
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

/** Listener for all reports of one group write (one or more callback requests; set-based), called before the per-report listeners. */
export type SmsDeliveryBatchListener = (reports: SmsDeliveryReport[], db: Db) => Promise<void> | void;

const listeners: SmsDeliveryListener[] = [];
const batchListeners: SmsDeliveryBatchListener[] = [];

/** Registers a listener for delivery reports (e.g. the notices module updating the delivery status). */
export function onSmsDeliveryReport(listener: SmsDeliveryListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/** Registers a listener for the reports of one group write (SMSAPI may batch several messages in one call; concurrent calls are grouped). */
export function onSmsDeliveryReports(listener: SmsDeliveryBatchListener): () => void {
  batchListeners.push(listener);
  return () => {
    const i = batchListeners.indexOf(listener);
    if (i >= 0) batchListeners.splice(i, 1);
  };
}

const STATUS_NAMES: Record<string, string> = {
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

const SMS_DLR_PATH = '/api/integrations/smsapi/dlr';

let publicBaseUrl: string | undefined;
/** The base URL SMSAPI reaches the app at (RATY_PUBLIC_URL, else the app's own URL, set at start). */
export function setPublicBaseUrl(url: string) {
  publicBaseUrl = url.replace(/\/+$/, '');
}

let tokenCache: { secret: string; token: string } | null = null;
function dlrToken(secret = appConfig().secretsKey ?? process.env.RATY_SECRETS_KEY ?? 'raty-dev'): string {
  if (tokenCache?.secret !== secret) tokenCache = { secret, token: createHmac('sha256', secret).update('smsapi-dlr').digest('base64url').slice(0, 32) };
  return tokenCache.token;
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
  const columns = Object.entries(params).map(([k, v]) => [k, split(v)] as const);
  return ids
    .map((id, i) => {
      const code = statuses[i] ?? null;
      const status = names[i] || (code ? (STATUS_NAMES[code] ?? code) : 'UNKNOWN');
      const raw: Record<string, string> = {};
      for (const [k, vs] of columns) raw[k] = vs[i] ?? vs[0] ?? '';
      const ts = Number(done[i]);
      return { providerId: id.trim(), idx: idxs[i] ? idxs[i] : null, status, statusCode: code, doneAt: Number.isFinite(ts) && ts > 0 ? new Date(ts * 1000) : null, raw };
    })
    .filter((r) => r.providerId);
}

/** Most reports stored and applied by one group write (bigger groups are split). */
const GROUP_MAX = 500;

/**
 * Stores the reports (one INSERT for all) and passes them to the listeners: the batch listeners once with all of
 * them, the per-report listeners one by one. A listener's failure is logged, never fails the callback.
 */
async function storeAndDispatch(reports: SmsDeliveryReport[], deps: { db: DbHandle; log: Logger }) {
  if (!reports.length) return;
  // raw JSON text: the drizzle driver replaces the json serializers
  await deps.db.sql.unsafe(
    `insert into sms_delivery_reports (provider_id, idx, status, status_code, done_at, raw)
     select r->>0, r->>1, r->>2, r->>3, (r->>4)::timestamptz, (r->5)::jsonb from json_array_elements($1::json) r`,
    [JSON.stringify(reports.map((r) => [r.providerId, r.idx, r.status, r.statusCode, r.doneAt ? r.doneAt.toISOString() : null, r.raw]))],
  );
  for (const l of batchListeners) {
    try {
      await l(reports, deps.db.db);
    } catch (err) {
      deps.log.error({ err, providerIds: reports.map((r) => r.providerId) }, 'SMS delivery listener failed');
    }
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
}

/**
 * Group commit of delivery callbacks: one writer at a time; each write takes the reports of every callback request
 * that arrived meanwhile (one INSERT, one lookup, one apply statement for all of them instead of ~6 round trips per
 * report). Every request is answered only after its own reports were stored and applied, so "OK" still means
 * "recorded" (SMSAPI retries a callback that was not answered OK).
 */
function dlrWriter(deps: { db: DbHandle; log: Logger }) {
  const waiting: { reports: SmsDeliveryReport[]; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    try {
      while (waiting.length) {
        const group: typeof waiting = [];
        let n = 0;
        while (waiting.length && (n === 0 || n + waiting[0].reports.length <= GROUP_MAX)) {
          const w = waiting.shift()!;
          group.push(w);
          n += w.reports.length;
        }
        try {
          await storeAndDispatch(
            group.flatMap((w) => w.reports),
            deps,
          );
          for (const w of group) w.resolve();
        } catch (err) {
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      running = false;
    }
  };
  return (reports: SmsDeliveryReport[]) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ reports, resolve, reject });
      if (!running) void drain();
    });
}

/** Mounts the DLR route on the app (http/app.ts). */
export function mountSmsCallbacks(app: Express, deps: { db: DbHandle; log: Logger }) {
  const record = dlrWriter(deps);
  const handler = async (req: Request, res: Response) => {
    const given = Buffer.from(String(req.params.token ?? ''));
    const expected = Buffer.from(dlrToken());
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void res.status(404).type('text').send('Not found');
    const params = { ...(req.query as Record<string, unknown>), ...((req.body as Record<string, unknown> | undefined) ?? {}) };
    const reports = parseDeliveryReports(params);
    if (reports.length) await record(reports);
    res.type('text').send('OK');
  };
  const parse = express.urlencoded({ extended: false, limit: '256kb' });
  app.get(`${SMS_DLR_PATH}/:token`, handler);
  app.post(`${SMS_DLR_PATH}/:token`, parse, express.json({ limit: '256kb' }), handler);
}
