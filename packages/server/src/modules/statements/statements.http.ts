/**
 * `POST /api/statements` for bank connectors (issue 30): the statement file as the request body (MT940 text or
 * camt.053 XML; UTF-8 or Windows-1250), an API token of kind BANK. Answers what was stored, posted and queued.
 * `GET /api/statements/demo.mt940` (staff with SERVICING): the demo statement of the running demo portfolio.
 */
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client.js';
import { createLoaders } from '../../graphql/loaders.js';
import type { Actor, Context } from '../../graphql/context.js';
import { businessDate } from '../../lib/business-date.js';
import { STAFF_COOKIE, staffActorFromSession, tokenActor } from '../auth/index.js';
import { demoStatement } from './demo.js';
import { decodeStatementBytes, importStatement } from './statements.service.js';

/** Statement files may be larger than other requests (http/security.ts lets this path through up to this size). */
const STATEMENT_BODY_LIMIT = '32mb';

export function mountStatementsHttp(app: Express, deps: { db: DbHandle; log: Logger }) {
  const { db, log } = deps;
  app.post('/api/statements', express.raw({ type: () => true, limit: STATEMENT_BODY_LIMIT }), async (req: Request, res: Response) => {
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const actor: Actor | null = token ? await tokenActor(db.db, token) : null;
    if (!actor) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return void res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Send Authorization: Bearer <BANK token>' } });
    }
    if (actor.type !== 'API_TOKEN' || actor.role !== 'BANK') return void res.status(403).json({ error: { code: 'FORBIDDEN', message: 'This endpoint needs an API token of kind BANK' } });
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const ctx: Context = { requestId: req.requestId, db: db.db, sql: db.sql, log: log.child({ requestId: req.requestId }), actor, loaders: createLoaders(db.db, db.sql), ip: req.ip ?? 'unknown' };
    try {
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : null;
      const dialect = typeof req.query.dialect === 'string' ? req.query.dialect : null;
      const out = await importStatement(ctx, { content: decodeStatementBytes(body), fileName, dialect, source: 'API' });
      res.status(201).json({
        statements: out.map((o) => ({
          id: o.statement.id,
          format: o.statement.format,
          dialect: o.statement.dialect,
          account: o.statement.account,
          currency: o.statement.currency,
          statementNumber: o.statement.statement_number,
          sequenceGap: o.statement.sequence_gap,
          counts: { ...o.counts, statementsId: undefined },
        })),
      });
    } catch (e) {
      const ext = (e as { extensions?: { code?: string; fields?: unknown } }).extensions;
      if (ext?.code === 'BAD_USER_INPUT') return void res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: (e as Error).message, fields: ext.fields } });
      log.error({ err: e }, 'statement import failed');
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error (reference ${req.requestId})` } });
    }
  });

  app.get('/api/statements/demo.mt940', async (req: Request, res: Response) => {
    const sid = req.cookies?.[STAFF_COOKIE];
    const actor = sid ? await staffActorFromSession(db.db, sid) : null;
    if (!actor || actor.type !== 'STAFF' || actor.enrolmentOnly) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (!actor.roles.some((r) => r === 'ADMIN' || r === 'SERVICING')) return void res.status(403).json({ error: 'FORBIDDEN' });
    const date = businessDate();
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="raty-demo-${date}.mt940"`);
    res.send(await demoStatement(db.sql, date));
  });
}
