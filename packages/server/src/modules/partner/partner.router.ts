/**
 * Partner JSON API (LOAN-7 "Lea API"), mounted at /api/lea:
 *   POST /api/lea/contract   register a contract   → { contract, resultCode, errorMessage }
 *   POST /api/lea/client     register/update client → { contract (= the client number), resultCode, errorMessage }
 * Both answers are the seed's ContractResultClass plus `warnings` (unknown fields, named and ignored).
 *   GET  /api/lea/openapi.json
 * Authentication: `Authorization: Bearer <token>` of an api_tokens row with role PARTNER.
 * The handlers call the same services as the GraphQL mutations registerContract / upsertClient.
 */
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../graphql/context.js';
import type { FieldIssue } from '../../graphql/errors.js';
import { tokenActor } from '../auth/index.js';
import { upsertClient } from './client.service.js';
import { registerContract } from './contract.service.js';
import { openApiDocument } from './openapi.js';
import { clientWarnings, contractWarnings, type FieldWarning } from './partner.fields.js';
import type { Body } from './partner.parse.js';

/** The result key of both endpoints: the seed's ContractResultClass has only `contract` (for a client: its number). */
type Key = 'contract';

/** Body limit of the partner endpoints (a contract with many products/notes is a few kB). */
const PARTNER_BODY_LIMIT = '1mb';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function fail(key: Key, status: number, errorMessage: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { [key]: null, resultCode: false, errorMessage, ...extra } };
}

const warningsOf = (path: 'contract' | 'client', body: unknown): FieldWarning[] =>
  body && typeof body === 'object' && !Array.isArray(body) ? (path === 'contract' ? contractWarnings(body as Body) : clientWarnings(body as Body)) : [];

/** Maps a service error to the seed's result object (resultCode false) and an HTTP status. */
function errorAnswer(key: Key, e: unknown, log: Logger, requestId: string): Answer {
  if (e instanceof GraphQLError) {
    const ext = e.extensions as { code?: string; fields?: FieldIssue[]; rule?: string; messageSk?: string; field?: string };
    if (ext.code === 'BAD_USER_INPUT') return fail(key, 400, e.message, { code: 'BAD_USER_INPUT', errors: ext.fields ?? [] });
    if (ext.code === 'CONFLICT') {
      // the client de-duplication error keeps the seed's Slovak text as the partner's errorMessage
      const message = ext.messageSk ?? e.message;
      return fail(key, 409, message, { code: 'CONFLICT', errors: [{ field: ext.field ?? null, rule: ext.rule ?? 'conflict', message: e.message }] });
    }
    if (ext.code === 'NOT_FOUND') return fail(key, 404, e.message, { code: 'NOT_FOUND' });
  }
  const errorId = randomUUID();
  log.error({ err: e, errorId, requestId }, 'partner API: internal error');
  return fail(key, 500, `Systémová chyba / internal error (reference ${errorId})`, { code: 'INTERNAL_SERVER_ERROR', errorId });
}

export function partnerRouter(deps: { db: DbHandle; log: Logger }): express.Router {
  const { db, log } = deps;
  const router = express.Router();

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });

  const authenticate = (key: Key) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
      const actor = token ? await tokenActor(db.db, token) : null;
      if (!actor) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        const a = fail(key, 401, 'Authentication required: send Authorization: Bearer <partner token>', { code: 'UNAUTHENTICATED' });
        res.status(a.status).json(a.body);
        return;
      }
      if (actor.type !== 'API_TOKEN' || actor.role !== 'PARTNER') {
        const a = fail(key, 403, 'This endpoint needs a PARTNER token', { code: 'FORBIDDEN' });
        res.status(a.status).json(a.body);
        return;
      }
      (req as Request & { actor?: Actor }).actor = actor;
      next();
    } catch (e) {
      next(e);
    }
  };

  const body = (key: Key) => (req: Request, res: Response, next: NextFunction) => {
    express.json({ limit: PARTNER_BODY_LIMIT, strict: true })(req, res, (err?: unknown) => {
      if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
        // declared (Content-Length) or counted while reading a chunked body: 413 either way
        res.setHeader('connection', 'close');
        const a = fail(key, 413, `The request body is larger than ${PARTNER_BODY_LIMIT}`, { code: 'PAYLOAD_TOO_LARGE', limit: PARTNER_BODY_LIMIT });
        res.status(a.status).json(a.body);
        return;
      }
      if (err) {
        const a = fail(key, 400, 'The request body is not valid JSON', { code: 'BAD_REQUEST' });
        res.status(a.status).json(a.body);
        return;
      }
      if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
        const a = fail(key, 400, 'The request body must be a JSON object', { code: 'BAD_REQUEST' });
        res.status(a.status).json(a.body);
        return;
      }
      next();
    });
  };

  const ctxOf = (req: Request) => ({ db: db.db, actor: (req as Request & { actor?: Actor }).actor ?? null, requestId: req.requestId });

  router.post('/contract', authenticate('contract'), body('contract'), async (req, res) => {
    try {
      const warnings = warningsOf('contract', req.body);
      const r = await registerContract(ctxOf(req), req.body as Body, { source: 'PARTNER_API', prefix: '', nonstopRequired: true });
      res.json({
        contract: r.contract,
        resultCode: true,
        errorMessage: null,
        contractId: r.loanId,
        clientId: r.clientId,
        rpmn: r.rpmn,
        odplata: r.odplata,
        interestRate: r.interestRate,
        lastInstallment: r.lastInstallment,
        repaymentAccount: r.repaymentAccount,
        warnings,
      });
    } catch (e) {
      const a = errorAnswer('contract', e, log, req.requestId);
      res.status(a.status).json({ ...a.body, warnings: warningsOf('contract', req.body) });
    }
  });

  router.post('/client', authenticate('contract'), body('contract'), async (req, res) => {
    try {
      const warnings = warningsOf('client', req.body);
      const r = await upsertClient(ctxOf(req), req.body as Body, { source: 'PARTNER_API', prefix: '', nonstopRequired: true });
      // ContractResultClass: `contract` carries the client number; created/changed are documented extras
      res.json({ contract: String(r.clientId), resultCode: true, errorMessage: null, created: r.created, changed: r.changed, warnings });
    } catch (e) {
      const a = errorAnswer('contract', e, log, req.requestId);
      res.status(a.status).json({ ...a.body, warnings: warningsOf('client', req.body) });
    }
  });

  return router;
}
