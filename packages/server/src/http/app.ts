import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express, { type Request, type Response, type NextFunction } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { parseCookie as parseCookies } from 'cookie';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { DbHandle } from '../db/client.js';
import type { AppConfig } from '../config.js';
import type { Actor, Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { KNOWN_CODES } from '../graphql/errors.js';
import { getSchema } from '../graphql/schema.js';
import { denialAuditPlugin } from '../graphql/denial-audit.js';
import { introspectionGuard } from '../graphql/introspection-guard.js';
import { graphqlSecurity, mountSecurity, rateLimitPlugin } from './security.js';
import { compressGraphqlAnswers } from './compress.js';
import { graphqlTextGuard } from './text-guard.js';
import { analystReadsPlugin, isStatementTimeout, queryTimeoutError } from '../graphql/analyst-reads.js';
import { connect } from '../db/client.js';
import { latestMigrationMillis, migrationsCurrent } from '../db/migrate.js';
import { isDraining } from '../lib/lifecycle.js';
import { STAFF_COOKIE, sessionBarrierPlugin, staffActorFromSession, startSessionCache, tokenActor } from '../modules/auth/index.js';
import { partnerRouter } from '../modules/partner/index.js';
import { mountStatementsHttp } from '../modules/statements/index.js';
import { mountSmsCallbacks } from '../integrations/sms-callbacks.js';
import { mountMailBounces } from '../integrations/mail-bounces.js';
import { CLIENT_COOKIE, clientActorFromSession, mountClientZoneHttp } from '../modules/clientzone/index.js';
import { mountNoticeExport } from '../modules/collection/index.js';
import { mountWebDist } from './static.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      cookies: Record<string, string | undefined>;
      requestId: string;
    }
  }
}

export interface AppDeps {
  config: AppConfig;
  db: DbHandle;
  log: Logger;
  /** the analysts' read database (ANALYTICS_DATABASE_URL); when absent and the URL is configured, the app connects */
  analyticsDb?: DbHandle;
}

export interface RunningApp {
  server: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  close: () => Promise<void>;
}

/**
 * graphql-js appends "Did you mean …?" to unknown fields, arguments, types and enum values (also in variable coercion,
 * which graphql-armor's blockFieldSuggestion does not see): the schema would leak through them, so they are cut from
 * every answer (OWASP GraphQL cheat sheet).
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/gi, '');
}

/** Masks every error that is not one of our documented codes; logs the original with the request id. */
function formatError(log: Logger, analystTimeoutMs = 5000) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isStatementTimeout((error as { originalError?: unknown })?.originalError ?? error)) {
      const e = queryTimeoutError(analystTimeoutMs);
      return { message: e.message, path: formatted.path, locations: formatted.locations, extensions: e.extensions };
    }
    const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    if (KNOWN_CODES.has(code)) {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions: ext };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const errorId = randomUUID();
    log.error({ err: original, errorId, path: formatted.path }, 'internal error in resolver');
    return { message: `Internal server error (reference ${errorId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}

/**
 * The GraphQL context's base: the request's logger (a pino child, with its redaction of the bindings — measurable per
 * request) is made when first used. On the prototype, because Apollo clones the context with Object.assign, which
 * would call an own getter.
 */
class RequestContext {
  private reqLog: Logger | undefined;
  constructor(
    private readonly rootLog: Logger,
    readonly requestId: string,
  ) {}
  get log(): Logger {
    return (this.reqLog ??= this.rootLog.child({ requestId: this.requestId }));
  }
  set log(l: Logger) {
    this.reqLog = l;
  }
}

/**
 * helmet's headers do not depend on the request (no CSP nonce): they are taken from one run of its middleware at
 * start-up and set from that list on every answer, without helmet's chain of middlewares per request (issue 28).
 */
function fixedHeaders(mw: (req: Request, res: Response, next: (err?: unknown) => void) => void) {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (k: string, v: unknown) => void set.push([k, String(v)]),
    removeHeader: (k: string) => void removed.push(k),
    getHeader: () => undefined,
  };
  let done = false;
  mw({ headers: {}, method: 'GET', url: '/' } as Request, probe as unknown as Response, (err) => {
    if (err) throw err as Error;
    done = true;
  });
  if (!done || !set.length) throw new Error('helmet did not set its headers synchronously');
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const k of removed) res.removeHeader(k);
    for (const [k, v] of set) res.setHeader(k, v);
    next();
  };
}

/** Runs Express handlers one after the other as one handler (an error or a rejected promise goes to `next`). */
function inSequence(...handlers: ((req: Request, res: Response, next: NextFunction) => unknown)[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    let i = 0;
    const step = (err?: unknown) => {
      if (err) return void next(err);
      const h = handlers[i++];
      if (!h) return void next();
      try {
        const r = h(req, res, step);
        if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, next);
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}

async function resolveActor(req: Request, db: DbHandle): Promise<Actor | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return tokenActor(db.db, auth.slice(7).trim());
  const cz = req.cookies[CLIENT_COOKIE];
  // The client-zone pages send `x-raty-zone: client`: they act as the borrower even if the browser also holds a
  // staff session (and a staff page never acts as a borrower).
  if (req.headers['x-raty-zone'] === 'client') return cz ? clientActorFromSession(db.sql, cz) : null;
  const sid = req.cookies[STAFF_COOKIE];
  const staff = sid ? await staffActorFromSession(db.db, sid) : null;
  if (staff) return staff;
  if (cz) return clientActorFromSession(db.sql, cz);
  return null;
}

export async function createApp(deps: AppDeps, extra: { mount?: (app: express.Express) => void } = {}): Promise<RunningApp> {
  const { config, db, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustedProxies); // RATY_TRUSTED_PROXIES (docs/security.md § 3c)
  app.set('etag', false); // answers are per user and mostly POST: a hash of every body is wasted work
  const httpServer = http.createServer(app);

  app.use(
    fixedHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            workerSrc: ["'self'", 'blob:'],
            connectSrc: ["'self'"],
            fontSrc: ["'self'", 'data:'],
            upgradeInsecureRequests: null,
          },
        },
        crossOriginEmbedderPolicy: false,
      }),
    ),
  );
  app.use((req, res, next) => {
    if (isDraining()) res.setHeader('connection', 'close'); // keep-alive clients reconnect (to another process)
    req.requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', req.requestId);
    req.cookies = req.headers.cookie ? parseCookies(req.headers.cookie) : {};
    next();
  });

  // JSON answers above 1 kB are compressed (gzip/brotli by Accept-Encoding; issue 28): the partner API's here, the
  // GraphQL answers by ./compress.ts; the SPA's files are sent precompressed (./static.ts), the exports stream as they are
  app.use('/api/lea', compression({ threshold: 1024 }));
  mountSecurity(app); // size limits (docs/security.md); the /graphql guards run in the /graphql handler below
  // liveness and readiness for a proxy / orchestrator (docs/operations.md "Health, logs, shutdown"; issue 29)
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  const latestMigration = latestMigrationMillis();
  app.get('/readyz', async (_req, res) => {
    if (isDraining()) return void res.status(503).json({ status: 'draining' });
    try {
      if (!(await migrationsCurrent(db.sql, latestMigration))) return void res.status(503).json({ status: 'migrations pending' });
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  const ownAnalyticsDb = !deps.analyticsDb && config.analyticsDatabaseUrl ? connect(config.analyticsDatabaseUrl, { max: 10 }) : undefined;
  const analyticsDb = deps.analyticsDb ?? ownAnalyticsDb;
  if (analyticsDb) log.info('analyst reads go to ANALYTICS_DATABASE_URL');
  const schema = await getSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 30 },
    maxTokens: { n: 4000 },
    costLimit: { maxCost: 50_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // staff sessions are cached per process; a change to a session or a user holds its request's answer until every
  // process emptied its cache (modules/auth/session-cache.ts, migration 0043; issue 28)
  const stopSessionCache = config.sessionCache ? await startSessionCache(db.sql, log) : async () => {};
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    sessionBarrierPlugin(db.sql),
    // no HTTP caching of GraphQL answers here: without this, Apollo wraps EVERY field's resolver to compute cache hints
    ApolloServerPluginCacheControlDisabled(),
    introspectionGuard,
    rateLimitPlugin,
    analystReadsPlugin({ main: db, analytics: analyticsDb, timeoutMs: config.analyticsStatementTimeoutMs }),
    denialAuditPlugin(db.sql),
    ...(protection.plugins as ApolloServerPlugin<Context>[]),
  ];
  const apollo = new ApolloServer<Context>({
    schema,
    plugins,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM (drain delay, then this server's stop): Apollo's own handlers stopped it at once
    // and re-raised the signal (issue 29)
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log, config.analyticsStatementTimeoutMs),
  });
  await apollo.start();

  // one handler for /graphql (each Express layer costs a path match per request; issue 28): compression of large
  // answers, JSON only + size + token limit + NUL (./security.ts), the text rule (control/bidi/zero-width characters
  // in any argument → BAD_USER_INPUT), then Apollo; rate limits run in Apollo after validation (rateLimitPlugin)
  app.use(
    '/graphql',
    inSequence(
      compressGraphqlAnswers,
      ...graphqlSecurity,
      graphqlTextGuard,
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const actor = await resolveActor(req, db);
          return Object.assign(new RequestContext(log, req.requestId), {
            db: db.db,
            sql: db.sql,
            actor,
            req,
            res,
            loaders: createLoaders(db.db, db.sql),
            ip: req.ip ?? 'unknown',
          }) satisfies Context;
        },
      }),
    ),
  );

  mountSmsCallbacks(app, { db, log });
  mountMailBounces(app, { db, log });
  mountClientZoneHttp(app, { db, log });
  mountNoticeExport(app, { db, log });
  app.use('/api/lea', partnerRouter(deps));
  mountStatementsHttp(app, { db, log });
  extra.mount?.(app);

  // The built SPA (and the bundled GraphiQL page) — no CDN.
  const webDist = config.webDist;
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    mountWebDist(app, webDist);
  } else {
    app.get('/', (_req, res) => res.type('text').send('Raty API. The SPA is not built: run `npm start` (it builds packages/web).'));
  }

  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) log.error({ err, requestId: req.requestId }, 'http error');
    res.status(status).json({ error: status >= 500 ? 'Internal server error' : (err as Error).message, requestId: req.requestId });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const addr = httpServer.address() as { port: number };
  const url = `http://localhost:${addr.port}`;
  return {
    server: httpServer,
    apollo,
    url,
    close: async () => {
      await apollo.stop();
      await stopSessionCache();
      await ownAnalyticsDb?.close();
    },
  };
}
