/**
 * Fault-injection helpers for the reliability tests (docs/reliability.md):
 * - `spawnServer`: the BUILT server (`node packages/server/dist/main.js`) as a child process on a random port
 *   against a test database; `kill()` sends SIGKILL (no graceful shutdown), `restart()` starts it again on the
 *   same port.
 * - `tcpProxy`: a TCP proxy in front of PostgreSQL whose connections can be cut at will.
 * - `freePort`, `retryFetch`.
 * Everything binds to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from '../../src/db/client.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const serverDir = path.resolve(here, '..', '..');
export const repoRoot = path.resolve(serverDir, '..', '..');
const MAIN_JS = path.join(serverDir, 'dist', 'main.js');

export function distIsBuilt(): boolean {
  return fs.existsSync(MAIN_JS);
}

/** A free TCP port on 127.0.0.1 (the OS picks it; tiny race window before the child binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  url: string;
  port: number;
  /** pid of the current child, or null when stopped */
  pid(): number | null;
  /** SIGKILL: no drain, no graceful shutdown; resolves when the process is gone */
  kill(): Promise<void>;
  /** starts the server again on the same port; resolves when /healthz answers */
  restart(): Promise<void>;
  /** SIGKILL if running (for afterAll) */
  stop(): Promise<void>;
  /** sends a signal (e.g. SIGTERM: graceful drain); resolves with the exit code once the process is gone */
  terminate(signal?: NodeJS.Signals): Promise<number | null>;
  /** the last 4,000 characters of stdout+stderr (diagnostics) */
  output(): string;
  /** everything kept of stdout+stderr (up to outputLimit) */
  fullOutput(): string;
  /** number of starts so far */
  starts(): number;
  /** exits the test did not ask for (crashes), with their last output lines */
  crashes(): { code: number | null; signal: string | null; tail: string }[];
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number, out: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited during start (code ${child.exitCode}, signal ${child.signalCode}):\n${out()}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The clock of the test run, passed on to child servers: in the clock-shift run (libfaketime preloaded, `npm test`)
 * a child on the real clock would disagree with PostgreSQL's shifted now() by 400 days.
 */
function clockEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && (k === 'LD_PRELOAD' || k.startsWith('FAKETIME')))) as Record<string, string>;
}

/**
 * Spawns `node packages/server/dist/main.js` with DATABASE_URL=<dbUrl> RATY_DEMO_DATA=none PORT=<port> HOST=127.0.0.1.
 * Extra env (e.g. RATY_SECRETS_KEY, RATY_TODAY, RATY_SMS_TIMEOUT_MS) is merged in.
 */
export async function spawnServer(opts: {
  dbUrl: string;
  env?: Record<string, string>;
  port?: number;
  startTimeoutMs?: number;
  /** restart the server when it exits on its own (like systemd Restart=always / a container restart policy) */
  supervise?: boolean;
  /** bytes of stdout+stderr kept for output() (default 20,000) */
  outputLimit?: number;
}): Promise<ChildServer> {
  if (!distIsBuilt()) throw new Error(`${MAIN_JS} is missing: build first (npx tsc -p tsconfig.build.json)`);
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let buf = '';
  let starts = 0;
  const crashes: { code: number | null; signal: string | null; tail: string }[] = [];
  let expectedExit = false;
  const keep = (d: Buffer) => {
    buf += d.toString();
    const limit = opts.outputLimit ?? 20_000;
    if (buf.length > limit) buf = buf.slice(-Math.floor(limit / 2));
  };
  const start = async () => {
    starts += 1;
    const c = spawn(process.execPath, [MAIN_JS], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        NODE_ENV: 'test',
        DATABASE_URL: opts.dbUrl,
        RATY_DEMO_DATA: 'none',
        PORT: String(port),
        HOST: '127.0.0.1',
        RATY_SANDBOXES: '0',
        RATY_WEB_DIST: '/nonexistent',
        LOG_LEVEL: process.env.CHILD_LOG_LEVEL ?? 'warn',
        // the same key as this process (vitest.config.ts): the child reads the TOTP secrets this process sealed
        RATY_SECRETS_KEY: process.env.RATY_SECRETS_KEY ?? 'raty-test-secrets-key',
        ...clockEnv(),
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    c.stdout?.on('data', keep);
    c.stderr?.on('data', keep);
    c.once('exit', (code, signal) => {
      if (expectedExit || child !== c) return;
      crashes.push({ code, signal, tail: buf.slice(-1500) });
      child = null;
      if (opts.supervise) setTimeout(() => void start().catch(() => {}), 200);
    });
    child = c;
    await waitHealthy(url, c, opts.startTimeoutMs ?? 90_000, () => buf.slice(-4000));
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) {
      child = null;
      return;
    }
    expectedExit = true;
    const gone = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGKILL');
    await gone;
    child = null;
    expectedExit = false;
  };
  await start();
  return {
    url,
    port,
    pid: () => child?.pid ?? null,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    stop: async () => {
      opts.supervise = false;
      await kill();
    },
    terminate: async (signal = 'SIGTERM') => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return c?.exitCode ?? null;
      expectedExit = true;
      const gone = new Promise<number | null>((r) => c.once('exit', (code) => r(code)));
      c.kill(signal);
      const code = await gone;
      child = null;
      expectedExit = false;
      return code;
    },
    output: () => buf.slice(-4000),
    fullOutput: () => buf,
    starts: () => starts,
    crashes: () => crashes,
  };
}

/** True for errors that mean "the connection failed / was cut" (the request may or may not have been processed). */
function isConnectionError(err: unknown): boolean {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  const code = e?.cause?.code ?? e?.code ?? '';
  return (
    e?.name === 'TypeError' || // undici: "fetch failed"
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError' ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ETIMEDOUT'].includes(code)
  );
}

/** POST a GraphQL operation, retrying (same body) on connection errors and 5xx until `deadline`. */
export async function gqlWithRetry<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  opts: { headers?: Record<string, string>; deadline: number; onRetry?: (why: string) => void; timeoutMs?: number },
): Promise<{ data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; attempts: number }> {
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...opts.headers },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
      if (res.status >= 500 && res.status !== 500) throw Object.assign(new Error(`HTTP ${res.status}`), { code: 'ECONNRESET' });
      const body = (await res.json()) as { data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const internal = body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (internal) {
        // e.g. the DB connection died under the request: retry the same idempotent request
        opts.onRetry?.(`internal: ${body.errors?.[0]?.message}`);
      } else {
        return { ...body, attempts };
      }
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      opts.onRetry?.((err as Error).message);
    }
    if (Date.now() > opts.deadline) throw new Error(`gqlWithRetry: gave up after ${attempts} attempts`);
    await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 100)));
  }
}

export interface TcpProxy {
  port: number;
  /** destroys every open connection (both directions) */
  cutAll(): number;
  /** refuse (destroy) new connections while true */
  setRefusing(v: boolean): void;
  connections(): number;
  close(): Promise<void>;
}

/** A TCP proxy 127.0.0.1:<port> → 127.0.0.1:<targetPort> (e.g. in front of PostgreSQL). */
export function tcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let refusing = false;
  const server = net.createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = net.connect(targetPort, targetHost);
    open.add(client);
    open.add(upstream);
    const done = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', done).on('close', done);
    upstream.on('error', done).on('close', done);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        cutAll() {
          const n = open.size / 2;
          for (const s of open) s.destroy();
          open.clear();
          return n;
        },
        setRefusing(v) {
          refusing = v;
        },
        connections: () => open.size / 2,
        close: () =>
          new Promise<void>((r) => {
            for (const s of open) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}

// ------------------------------------------------------------------------------------------------------------------
// actors for the security tests: staff per role, analyst/partner tokens, two borrowers — created directly in the DB
// (sessions hold only sha256(token), exactly as session.service.ts does), so no login rate limit is spent.

export type ActorName = 'anonymous' | 'ADMIN' | 'SERVICING' | 'NOTICES_EDIT' | 'NOTICES_VIEW' | 'ANALYST_SESSION' | 'ANALYST_TOKEN' | 'PARTNER_TOKEN' | 'BORROWER_A' | 'BORROWER_B';
export const ACTOR_NAMES: ActorName[] = ['anonymous', 'ADMIN', 'SERVICING', 'NOTICES_EDIT', 'NOTICES_VIEW', 'ANALYST_SESSION', 'ANALYST_TOKEN', 'PARTNER_TOKEN', 'BORROWER_A', 'BORROWER_B'];

type SqlLike = Sql;

const tok = () => randomBytes(24).toString('base64url');
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

/** A staff user with `roles` and a live session; answers the cookie header value. */
export async function staffSession(sql: SqlLike, roles: string[], email = `${roles.join('-').toLowerCase() || 'none'}-${tok().slice(0, 6)}@sec.test`): Promise<{ cookie: string; userId: string }> {
  // a syntactically valid argon2id hash of a random password: nobody can log in with it
  const [u] = await sql<{ id: string }[]>`insert into users (email, name, password_hash, roles) values (${email}, ${'Sec ' + roles.join(',')},
    ${'$argon2id$v=19$m=19456,t=2,p=1$' + randomBytes(16).toString('base64').replace(/=+$/, '') + '$' + randomBytes(32).toString('base64').replace(/=+$/, '')}, ${roles}) returning id`;
  const t = tok();
  await sql`insert into sessions (id, kind, user_id, expires_at) values (${sha(t)}, 'STAFF', ${u.id}, now() + interval '2 hours')`;
  return { cookie: `raty_sid=${t}`, userId: u.id };
}

export async function apiToken(sql: SqlLike, role: 'ANALYST' | 'PARTNER'): Promise<{ authorization: string; tokenId: string }> {
  const t = `raty_${role === 'ANALYST' ? 'an' : 'pt'}_${tok()}`;
  const [r] = await sql<{ id: string }[]>`insert into api_tokens (name, token_hash, role) values (${'sec ' + role}, ${sha(t)}, ${role}) returning id`;
  return { authorization: `Bearer ${t}`, tokenId: r.id };
}

/** A client-zone account for `partyId` (password already changed) with a live session. */
export async function borrowerSession(sql: SqlLike, partyId: string): Promise<{ cookie: string; accountId: string; login: string }> {
  const [p] = await sql<{ national_id: string }[]>`select national_id from parties where id = ${partyId}`;
  // test fixtures may generate the same national id twice: the login then gets a suffix (sessions are made directly)
  const taken = await sql<{ id: string }[]>`select id from client_accounts where login = ${p.national_id} and revoked_at is null`;
  const login = taken.length ? `${p.national_id}-${tok().slice(0, 6)}` : p.national_id;
  const [a] = await sql<{ id: string }[]>`insert into client_accounts (party_id, login, password_hash, must_change_password, password_changed_at)
    values (${partyId}, ${login}, ${'$argon2id$v=19$m=19456,t=2,p=1$' + randomBytes(16).toString('base64').replace(/=+$/, '') + '$' + randomBytes(32).toString('base64').replace(/=+$/, '')}, false, now()) returning id`;
  const t = tok();
  await sql`insert into sessions (id, kind, client_account_id, expires_at) values (${sha(t)}, 'CLIENT', ${a.id}, now() + interval '2 hours')`;
  return { cookie: `raty_cz=${t}`, accountId: a.id, login };
}
