import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { loadConfig, type AppConfig } from './config.js';
import { setAppConfig } from './app-config.js';
import { createLogger, setLogger } from './logger.js';
import { startEmbeddedPostgres } from './db/embedded.js';
import { connect, type DbHandle } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { checkConnectionBudget } from './db/budget.js';
import { createApp } from './http/app.js';
import { ensureDatabase } from './db/admin.js';
import { loadDemoDataIfEmpty, DEMO_LOGINS, DEMO_PARTNER_TOKEN } from './demo/index.js';
import { resumeStatementImports } from './modules/statements/index.js';
import { createLoaders } from './graphql/loaders.js';
import { startIntegrations } from './integrations/bootstrap.js';
import { QUEUE_POOL_MAX } from './jobs/queue.js';
import { startDraining } from './lib/lifecycle.js';
import { registerStrategyJobs } from './modules/strategies/index.js';
import { registerRetentionJob } from './modules/audit/index.js';
import { registerFileChangesPrune, registerNoticeSendWorker, registerNoticeTotalsCompaction } from './modules/collection/index.js';
import { registerDailyTick, backfillLedger } from './modules/loans/index.js';
import { registerForbearanceDaily } from './modules/forbearance/index.js';
import { registerMonthEndJob } from './modules/analytics/index.js';
import { initKeyRing } from './lib/secret-box.js';
import { resealTotpSecrets } from './modules/auth/index.js';
import path from 'node:path';

/**
 * `node dist/main.js` (docs/operations.md):
 * - one process (default): embedded PostgreSQL (without DATABASE_URL) → migrations → demo data → API, SPA and jobs;
 * - `RATY_WORKERS=N` (issue 29): a node:cluster PRIMARY prepares the database once (embedded PostgreSQL, migrations,
 *   demo data, the local sandboxes) and forks N WORKERS that serve on the same port (the primary hands out
 *   connections) and run the jobs; a worker that dies is forked again.
 * Signals (SIGTERM, SIGINT = Ctrl-C) are handled at any moment, start-up included: the step under way finishes,
 * then everything started is stopped in reverse order — HTTP drained (readyz 503 for RATY_DRAIN_DELAY_MS, then no new
 * connections, in-flight requests finish), the job queue stopped (running jobs finish their batch or hand it back),
 * the pool closed, and the embedded PostgreSQL (own process group: Ctrl-C does not reach it) stopped last.
 */

/** Connections of the cluster primary's own pool (sandbox admin checks, nothing else). */
const PRIMARY_POOL = 2;
/** Hard stop when a drain hangs. */
const FORCE_EXIT_MS = 40_000;

class Stopping extends Error {}
const DRAIN_MESSAGE = 'raty:drain';

/** Start-up steps and shutdown in reverse order, from the first line of main on. */
class Life {
  private closers: { name: string; fn: () => Promise<void> }[] = [];
  private stopping = false;
  private running = false;
  private hurry: (() => void) | null = null;

  constructor(private log: Logger) {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => this.signal(sig));
    // a cluster worker: the primary asks for a drain by message (a forwarded SIGTERM would count as a second signal
    // when the terminal's Ctrl-C reached the worker too)
    if (cluster.isWorker)
      process.on('message', (m) => {
        if (m === DRAIN_MESSAGE && !this.stopping) this.signal('primary');
      });
  }

  get isStopping() {
    return this.stopping;
  }

  /** Remembers how to stop what was just started (stopped in reverse order). */
  defer(name: string, fn: () => Promise<void>) {
    this.closers.push({ name, fn });
  }

  private stopped!: () => void;
  private whenStopping = new Promise<void>((r) => (this.stopped = r));

  /**
   * Awaits a start-up step; when a signal came meanwhile, start-up ends here (main stops what was started). A step
   * that starts something (PostgreSQL, a pool) is always awaited; `interruptible` ones (waiting for workers) are not.
   */
  async step<T>(p: Promise<T>, interruptible = false): Promise<T> {
    const v = interruptible ? await Promise.race([p, this.whenStopping.then(() => undefined)]) : await p;
    if (this.stopping) throw new Stopping();
    return v as T;
  }

  started() {
    this.running = true;
  }

  /** Waits `ms` while serving (readyz 503); a second signal ends the wait at once. */
  drainDelay(ms: number): Promise<void> {
    if (!ms) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.hurry = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private signal(sig: string) {
    if (this.stopping) {
      this.log.info({ signal: sig }, 'second signal: not waiting for the drain delay');
      this.hurry?.();
      return;
    }
    this.stopping = true;
    startDraining();
    this.stopped();
    this.log.info({ signal: sig }, this.running ? 'draining, then shutting down' : 'signal during start-up: stopping after the current step');
    if (this.running) void this.shutdown(0);
  }

  async shutdown(code: number): Promise<never> {
    this.stopping = true;
    startDraining();
    const force = setTimeout(() => {
      this.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, FORCE_EXIT_MS);
    force.unref();
    for (const c of this.closers.reverse()) {
      try {
        await c.fn();
        this.log.debug({ step: c.name }, 'stopped');
      } catch (err) {
        this.log.error({ err, step: c.name }, 'error during shutdown');
      }
    }
    this.closers = [];
    process.exit(code);
  }
}

/** The database of this run: DATABASE_URL, or the embedded PostgreSQL started here (stopped last). */
async function openDatabase(config: AppConfig, log: Logger, life: Life): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  log.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
  const embedded = await life.step(
    startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort, fresh: config.freshDb, ownSignals: true }).then((e) => {
      life.defer('embedded PostgreSQL', () => e.stop());
      return e;
    }),
  );
  await life.step(ensureDatabase(embedded.url(), 'raty'));
  return embedded.url('raty');
}

/** Migrations, the allocation backfill, demo data and the connection budget: once per start, before any serving. */
async function prepareDatabase(config: AppConfig, db: DbHandle, log: Logger, life: Life) {
  const budget = await life.step(
    checkConnectionBudget(db.sql, {
      processes: config.workers,
      otherProcesses: config.otherProcesses,
      pool: config.dbPool,
      queue: QUEUE_POOL_MAX,
      listener: config.sessionCache ? 1 : 0,
      primary: config.workers > 1 ? PRIMARY_POOL : 0,
      reserve: config.dbReserve,
    }),
  );
  if (!budget.ok) throw new Error(budget.message);
  log.info({ needed: budget.needed, available: budget.available }, budget.message);
  await life.step(runMigrations(db.db));
  // data step of migration 0024: plain TOTP secrets (and ones under a previous key) sealed under the current key
  const resealed = await life.step(resealTotpSecrets(db.sql));
  if (resealed.sealed || resealed.rekeyed) log.info({ sealed: resealed.sealed, rekeyed: resealed.rekeyed }, 'staff TOTP secrets encrypted under the current key');
  if (resealed.unreadable.length) {
    log.error(
      { users: resealed.unreadable },
      'TOTP secrets sealed under a key that is not in RATY_SECRETS_KEY / RATY_SECRETS_KEY_PREVIOUS: these users cannot log in until an admin resets their second factor',
    );
  }
  // data steps of migrations 0019 and 0023 (allocation and reversal events of existing loans by replay; each runs once, audited)
  for (const backfill of await life.step(backfillLedger(db.sql, { log }))) if (backfill.ran && backfill.loans) log.info(backfill, 'allocation events backfilled');
  if (config.demoData !== 'none') {
    const seeded = await life.step(loadDemoDataIfEmpty(db, { size: config.demoData, log }));
    if (seeded) log.info(seeded, 'demo portfolio seeded');
  }
  // issue 30: an import interrupted by a crash is finished (matched, posted once) before the app answers
  const resumed = await life.step(resumeStatementImports({ requestId: 'statements-resume', db: db.db, sql: db.sql, log, actor: null, loaders: createLoaders(db.db, db.sql), ip: 'local' }));
  if (resumed.matched || resumed.posted) log.info(resumed, 'interrupted statement imports resumed');
}

/** API, SPA and job workers of one process (the single process, or a cluster worker). */
async function serve(config: AppConfig, url: string, log: Logger, life: Life, db: DbHandle) {
  const integrations = await life.step(
    startIntegrations({ config, db, dbUrl: url, log }).then((i) => {
      life.defer('job queue and sandboxes', () => i.stop());
      return i;
    }),
  );
  const app = await life.step(
    createApp({ config, db, log }).then((a) => {
      life.defer('HTTP server', async () => {
        await life.drainDelay(config.drainDelayMs);
        await a.close(); // Apollo's drain: stops accepting, waits for in-flight requests (10 s grace)
        if (a.server.listening) await new Promise<void>((r) => a.server.close(() => r()));
      });
      return a;
    }),
  );
  integrations.setAppUrl(app.url);
  await life.step(registerStrategyJobs(db, log.child({ component: 'strategies' })));
  await life.step(registerRetentionJob(db, log.child({ component: 'retention' })));
  await life.step(registerNoticeSendWorker(db, log.child({ component: 'notices-send' })));
  await life.step(registerDailyTick(db.sql, log.child({ component: 'daily-tick' })));
  await life.step(registerForbearanceDaily(db.sql, log.child({ component: 'forbearance' })));
  await life.step(registerMonthEndJob(db.sql, log.child({ component: 'month-ends' })));
  await life.step(registerNoticeTotalsCompaction(db.sql, log.child({ component: 'notice-totals' })));
  await life.step(registerFileChangesPrune(db.sql, log.child({ component: 'file-changes' })));
  return { app, integrations };
}

function banner(url: string, extra: string[], processes: number): string {
  return (
    [
      '',
      `  Raty is running at ${url}${processes > 1 ? `   (${processes} server processes)` : ''}`,
      `  GraphQL API: ${url}/graphql   GraphiQL: ${url}/graphiql`,
      ...extra,
      `  Demo logins (password "${DEMO_LOGINS.password}"):`,
      ...DEMO_LOGINS.users.map((u) => `    ${u.email.padEnd(24)} ${u.roles.join(', ')}`),
      `  admin@raty.demo also needs a TOTP code (two-factor authentication): add the secret`,
      `    ${DEMO_LOGINS.adminTotpSecret}  to an authenticator app (RFC 6238: SHA-1, 6 digits, 30 s)`,
      `  Partner API (POST /api/lea/contract, /api/lea/client): Authorization: Bearer ${DEMO_PARTNER_TOKEN}`,
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n') + '\n'
  );
}

function connectPool(url: string, max: number, life: Life): DbHandle {
  const db = connect(url, { max });
  life.defer('database pool', () => db.close());
  return db;
}

async function runSingle(config: AppConfig, log: Logger, life: Life) {
  const url = await openDatabase(config, log, life);
  const db = connectPool(url, config.dbPool, life);
  await prepareDatabase(config, db, log, life);
  const { app, integrations } = await serve(config, url, log, life, db);
  life.started();
  process.stdout.write(banner(app.url, integrations.lines, 1));
}

/** A cluster worker: the primary prepared the database and passes its URL. */
async function runWorker(config: AppConfig, log: Logger, life: Life) {
  const url = process.env.RATY_CLUSTER_DATABASE_URL!;
  const db = connectPool(url, config.dbPool, life);
  // the primary runs the local sandboxes; mail goes to its SMTP sandbox (SMTP_URL set by the primary)
  await serve({ ...config, sandboxes: false }, url, log, life, db);
  life.started();
}

async function runPrimary(config: AppConfig, log: Logger, life: Life) {
  const url = await openDatabase(config, log, life);
  const db = connectPool(url, PRIMARY_POOL, life);
  await prepareDatabase(config, db, log, life);
  const sandboxes = await life.step(
    startIntegrations({ config, db, dbUrl: url, log, queue: false }).then((i) => {
      life.defer('sandboxes', () => i.stop());
      return i;
    }),
  );
  const env: Record<string, string> = { RATY_CLUSTER_DATABASE_URL: url };
  if (!config.smtpUrl && sandboxes.smtp) env.SMTP_URL = sandboxes.smtp.url;

  // workers: forked, restarted when they die (with a growing pause when they die soon after starting)
  const workers = new Set<Worker>();
  const startedAt = new Map<Worker, number>();
  let pause = 500;
  const fork = () => {
    const w = cluster.fork(env);
    workers.add(w);
    startedAt.set(w, Date.now());
    return w;
  };
  cluster.on('exit', (w, code, signal) => {
    workers.delete(w);
    if (life.isStopping) return;
    const lived = Date.now() - (startedAt.get(w) ?? 0);
    pause = lived < 10_000 ? Math.min(pause * 2, 30_000) : 500;
    log.warn({ workerPid: w.process.pid, code, signal, restartInMs: pause }, 'server process exited; starting a new one');
    setTimeout(() => {
      if (!life.isStopping) fork();
    }, pause);
  });
  life.defer('server processes', async () => {
    // each worker drains itself (Ctrl-C reaches it from the terminal too; SIGTERM is forwarded here)
    const gone = [...workers].map((w) => new Promise<void>((r) => (w.isDead() ? r() : w.once('exit', () => r()))));
    for (const w of workers) if (!w.isDead()) w.send(DRAIN_MESSAGE);
    await Promise.all(gone);
  });
  const listening = new Set<number>();
  const all = new Promise<void>((resolve) => {
    cluster.on('listening', (w) => {
      listening.add(w.id);
      if (listening.size >= config.workers) resolve();
    });
  });
  for (let i = 0; i < config.workers; i++) fork();
  await life.step(all, true);
  sandboxes.setAppUrl(`http://127.0.0.1:${config.port}`); // the SMTP sandbox posts bounces to the workers
  life.started();
  process.stdout.write(banner(`http://localhost:${config.port}`, sandboxes.lines, config.workers));
}

async function main() {
  const config = loadConfig();
  setAppConfig(config);
  const log = createLogger(config.logLevel).child(cluster.isWorker ? { worker: cluster.worker?.id } : {});
  setLogger(log);
  const life = new Life(log);
  try {
    // staff second-factor secrets are stored encrypted (docs/security.md § 3b): no key, no start — an admin could not
    // log in. Every process loads the ring; in embedded mode the primary creates the key file before forking.
    const keyRing = initKeyRing({
      secret: config.secretsKey,
      previous: config.secretsKeyPrevious,
      keyFile: config.databaseUrl ? undefined : path.join(path.dirname(config.dataDir), 'secrets.key'),
    });
    if (!cluster.isWorker) log.info({ source: keyRing.source, keyId: keyRing.keyId }, 'secrets key ring loaded');
    if (cluster.isWorker) await runWorker(config, log, life);
    else if (config.workers > 1) await runPrimary(config, log, life);
    else await runSingle(config, log, life);
  } catch (err) {
    if (err instanceof Stopping) await life.shutdown(0);
    log.error({ err }, 'start-up failed');
    if (!(err instanceof Error) || !/Connection budget exceeded/.test(err.message)) console.error(err);
    else console.error(`\n  ${err.message}\n`);
    await life.shutdown(1);
  }
}

void main();
