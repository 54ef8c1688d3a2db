import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client.js';
import { appConfig } from '../../app-config.js';
import { SANDBOX_BASE_PATH, getSandboxGateway, sandboxGatewayRouter } from '../../integrations/payment-gateway/index.js';
import { loopbackAdminAllowed, sandboxAdminVerdict } from '../../integrations/sandbox-admin.js';
import { NOTIFY_PATH, handleNotification } from './online-payments.service.js';

/**
 * HTTP routes of online payments (mounted by http/app.ts):
 * - POST /api/payments/notify/:gateway — the gateway's signed notification (raw body kept for the signature);
 * - /sandbox-gateway/* — the local sandbox gateway's pages, only when RATY_PAYMENT_GATEWAY=sandbox (never in tpay
 *   mode); its developer aids /sandbox-gateway/transactions* answer only an ADMIN session (or a direct loopback
 *   request with RATY_SANDBOX_ADMIN_LOOPBACK=1), see integrations/sandbox-admin.ts.
 */
export function mountClientZoneHttp(app: Express, deps: { db: DbHandle; log: Logger }) {
  app.post(`${NOTIFY_PATH}/:gateway`, express.raw({ type: () => true, limit: '64kb' }), async (req, res, next) => {
    try {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const out = await handleNotification(deps, String(req.params.gateway), raw, req.headers, req.requestId);
      res.status(out.status).type('text').send(out.body);
    } catch (err) {
      next(err);
    }
  });
  if (appConfig().clientZone.paymentGateway === 'sandbox') {
    let cached: { gw: ReturnType<typeof getSandboxGateway>; router: ReturnType<typeof sandboxGatewayRouter> } | undefined;
    app.use(`${SANDBOX_BASE_PATH}/transactions`, async (req, res, next) => {
      try {
        if (appConfig().clientZone.paymentGateway !== 'sandbox') return void res.status(404).json({ error: 'not found' });
        const verdict = await sandboxAdminVerdict(deps.db.db, req, { allowLoopback: loopbackAdminAllowed() });
        if (verdict === 401) return void res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sandbox tools need an ADMIN session' });
        if (verdict === 403) return void res.status(403).json({ error: 'FORBIDDEN', message: 'Sandbox tools need the ADMIN role' });
        next();
      } catch (err) {
        next(err);
      }
    });
    app.use(SANDBOX_BASE_PATH, (req, res, next) => {
      if (appConfig().clientZone.paymentGateway !== 'sandbox') return void res.status(404).json({ error: 'not found' });
      const gw = getSandboxGateway();
      if (cached?.gw !== gw) cached = { gw, router: sandboxGatewayRouter(gw) };
      cached.router(req, res, next);
    });
  }
}
