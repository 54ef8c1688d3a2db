import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Db, DbHandle } from '../db/client.js';
import { appConfig } from '../app-config.js';

/**
 * Bounces of e-mail the SMTP server accepted (issue 25). A bounce (DSN) arrives later than the SMTP answer; the mail
 * service reports it to the app by a webhook:
 *   POST <public URL>/api/integrations/mail/bounces/<token>   { "messageId": "<…>", "recipient": "…", "diagnostic": "550 …" }
 * (or an array of such objects), where <token> is an HMAC of the secrets key, like the SMS delivery callback. The
 * local SMTP sandbox calls it for the addresses its `bouncePattern` knob matches. The reports go to the registered
 * listeners (the notices module marks the notice BOUNCED); the answer is `{ "ok": true, "received": n }`.
 */
export interface MailBounce {
  /** the Message-ID of the bounced mail (as the mailer returned it, with or without <>) */
  messageId: string;
  recipient: string | null;
  /** the remote server's diagnostic, e.g. "550 5.1.1 User unknown" */
  diagnostic: string;
}

export type MailBounceListener = (bounces: MailBounce[], db: Db) => Promise<void> | void;

const listeners: MailBounceListener[] = [];

/** Registers a listener for bounce reports. */
export function onMailBounces(listener: MailBounceListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

const BOUNCE_PATH = '/api/integrations/mail/bounces';

function bounceToken(secret = appConfig().secretsKey ?? process.env.RATY_SECRETS_KEY ?? 'raty-dev'): string {
  return createHmac('sha256', secret).update('mail-bounce').digest('base64url').slice(0, 32);
}

/** The bounce webhook URL of the app at `baseUrl` (RATY_PUBLIC_URL when set). */
export function mailBounceUrl(baseUrl: string): string {
  const base = appConfig().publicUrl ?? baseUrl;
  return `${base.replace(/\/+$/, '')}${BOUNCE_PATH}/${bounceToken()}`;
}

function parseMailBounces(body: unknown): MailBounce[] {
  const list = Array.isArray(body) ? body : [body];
  return list
    .filter((b): b is Record<string, unknown> => !!b && typeof b === 'object')
    .map((b) => ({
      messageId: String(b.messageId ?? '').trim(),
      recipient: b.recipient ? String(b.recipient) : null,
      diagnostic: String(b.diagnostic ?? 'bounced').slice(0, 500),
    }))
    .filter((b) => b.messageId !== '');
}

/** Mounts the bounce webhook on the app (http/app.ts). */
export function mountMailBounces(app: Express, deps: { db: DbHandle; log: Logger }) {
  const handler = async (req: Request, res: Response) => {
    const given = Buffer.from(String(req.params.token ?? ''));
    const expected = Buffer.from(bounceToken());
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void res.status(404).type('text').send('Not found');
    const bounces = parseMailBounces(req.body);
    for (const l of listeners) {
      try {
        await l(bounces, deps.db.db);
      } catch (err) {
        deps.log.error({ err, bounces }, 'mail bounce listener failed');
        return void res.status(500).json({ ok: false });
      }
    }
    res.json({ ok: true, received: bounces.length });
  };
  app.post(`${BOUNCE_PATH}/:token`, express.json({ limit: '256kb' }), handler);
}
