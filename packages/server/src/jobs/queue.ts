import { PgBoss, type Job, type SendOptions } from 'pg-boss';
import type { Logger } from 'pino';

/**
 * Job queue: pg-boss on the application's database (schema `pgboss`).
 * Modules register workers at import time or later (`registerWorker`); `startQueue` (main.ts) starts pg-boss,
 * creates the queues and starts every registered worker; a worker registered after the start begins at once.
 * A handler gets ONE job; throwing makes pg-boss retry it according to `retryLimit`/`retryDelay`.
 */

export interface WorkerOptions {
  /** retries after the first failure (default 3) */
  retryLimit?: number;
  /** seconds between retries (default 5) */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** seconds a job may run before it counts as failed (default 300) */
  expireInSeconds?: number;
  /**
   * a running job's worker refreshes a heartbeat every heartbeatSeconds/2; when the worker dies (SIGKILL) the
   * job is failed and retried after heartbeatSeconds instead of after expireInSeconds (default 30; ≥ 10)
   */
  heartbeatSeconds?: number;
  /** polling interval in seconds (default 2; ≥ 0.5) */
  pollingIntervalSeconds?: number;
  /** jobs processed in parallel by this process (default 1) */
  localConcurrency?: number;
}

export type JobHandler<T> = (job: Job<T>) => Promise<unknown>;

interface Registered {
  name: string;
  handler: JobHandler<unknown>;
  options: WorkerOptions;
}

const registry = new Map<string, Registered>();
let current: { boss: PgBoss; log: Logger } | undefined;

async function startWorker(boss: PgBoss, w: Registered, log: Logger) {
  const { retryLimit = 3, retryDelay = 5, retryBackoff = false, expireInSeconds = 300, heartbeatSeconds = 30 } = w.options;
  await boss.createQueue(w.name, { retryLimit, retryDelay, retryBackoff, expireInSeconds, heartbeatSeconds });
  await boss.work<unknown>(w.name, { pollingIntervalSeconds: w.options.pollingIntervalSeconds ?? 2, localConcurrency: w.options.localConcurrency ?? 1, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) {
      try {
        await w.handler(job);
      } catch (err) {
        log.warn({ err, queue: w.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
        throw err;
      }
    }
  });
}

/** Registers a worker; when the queue already runs it starts immediately. Names are unique. */
export async function registerWorker<T>(name: string, handler: JobHandler<T>, options: WorkerOptions = {}): Promise<void> {
  if (registry.has(name)) throw new Error(`a worker for queue "${name}" is already registered`);
  const w: Registered = { name, handler: handler as JobHandler<unknown>, options };
  registry.set(name, w);
  if (current) await startWorker(current.boss, w, current.log);
}

/**
 * A worker run on a cron schedule (pg-boss `schedule`: one job per tick across all processes). `tz` defaults to UTC.
 */
export async function registerCronJob(name: string, cron: string, handler: () => Promise<unknown>, options: WorkerOptions & { tz?: string } = {}): Promise<void> {
  const { tz, ...workerOptions } = options;
  await registerWorker(name, handler, workerOptions);
  await getQueue().schedule(name, cron, {}, tz ? { tz } : undefined);
}

/** Removes a worker (tests). */
export async function unregisterWorker(name: string): Promise<void> {
  registry.delete(name);
  if (current) await current.boss.offWork(name).catch(() => {});
}

export function registeredWorkers(): string[] {
  return [...registry.keys()];
}

/** Connections of pg-boss's own pool per process (the connection budget counts them: db/budget.ts). */
export const QUEUE_POOL_MAX = 4;

/**
 * Starts pg-boss. With several processes every one runs it: a job is fetched by ONE worker (`for update skip
 * locked`), and a cron occurrence becomes ONE job — one instance per monitor interval claims the cron pass, and the
 * occurrence is sent with a singleton key (pg-boss timekeeper; proven by test/cluster.two-processes.test.ts).
 * `cronMonitorSeconds` (RATY_CRON_MONITOR_SECONDS, tests) shortens pg-boss's cron monitor interval (default 30 s).
 */
export async function startQueue(dbUrl: string, log: Logger, opts: { max?: number; schema?: string; cronMonitorSeconds?: number } = {}): Promise<PgBoss> {
  if (current) throw new Error('the job queue is already started');
  const boss = new PgBoss({
    connectionString: dbUrl,
    schema: opts.schema ?? 'pgboss',
    max: opts.max ?? QUEUE_POOL_MAX,
    application_name: 'raty-queue',
    ...(opts.cronMonitorSeconds ? { cronMonitorIntervalSeconds: opts.cronMonitorSeconds } : {}),
  });
  boss.on('error', (err: Error) => {
    // the database going away during shutdown (embedded PostgreSQL gets Ctrl-C too) is not worth an error line
    if (/shutting down|terminating connection|Connection terminated/i.test(String(err?.message))) log.debug({ err }, 'job queue: database unavailable');
    else log.error({ err }, 'job queue error');
  });
  await boss.start();
  current = { boss, log };
  for (const w of registry.values()) await startWorker(boss, w, log);
  return boss;
}

/** The running queue; throws when it was not started. */
export function getQueue(): PgBoss {
  if (!current) throw new Error('the job queue is not started');
  return current.boss;
}

/** Enqueues a job on a registered queue (the queue must exist: registered before or after start). */
export async function enqueue<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
  return getQueue().send(name, data, options);
}

/** Graceful stop: waits up to `timeoutMs` for running jobs. */
export async function stopQueue(timeoutMs = 10_000): Promise<void> {
  const c = current;
  current = undefined;
  if (c) await c.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
}
