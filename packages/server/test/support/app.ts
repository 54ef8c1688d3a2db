import 'reflect-metadata';
import { pino } from 'pino';
import { createApp, type RunningApp } from '../../src/http/app.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { setAppConfig } from '../../src/app-config.js';
import type { DbHandle } from '../../src/db/client.js';
import { DEMO_TOTP_SECRET, totpCode } from '../../src/modules/auth/totp.service.js';

/**
 * A TOTP code is accepted once per 30-second step (no replay), for the current step ± 1: logins of the same user in
 * one test file take the next unused step, waiting for the clock when two were used already.
 */
const lastStep = new Map<string, number>();
async function nextTotpCode(url: string, email: string, secret: string): Promise<string> {
  const key = `${url} ${email}`;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (lastStep.get(key) ?? -Infinity) + 1);
    if (step <= now + 1) {
      lastStep.set(key, step);
      return totpCode(secret, step * 30_000);
    }
    await new Promise((r) => setTimeout(r, (now + 1) * 30_000 - Date.now() + 50));
  }
}

export interface TestClient {
  url: string;
  cookie?: string;
  /** POST a GraphQL operation; returns the parsed body and the HTTP status. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Logs in; for a user with a second factor pass its TOTP secret (the demo admin's is used for admin@raty.demo). */
  login(email: string, password?: string, totpSecret?: string): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; rule: string; message: string }[] } & Record<string, unknown> }[];
}

/** Starts the real HTTP app (Express + Apollo) on a random port against the given database. */
export async function startTestApp(db: DbHandle, opts: { config?: Partial<AppConfig>; analyticsDb?: DbHandle } = {}): Promise<RunningApp & { client: () => TestClient }> {
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', webDist: '/nonexistent', ...opts.config };
  setAppConfig(config);
  const app = await createApp({ config, db, analyticsDb: opts.analyticsDb, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  return {
    ...app,
    close: async () => {
      await app.close();
      await new Promise<void>((r) => app.server.close(() => r()));
    },
    client: () => makeClient(app.url),
  };
}

export function makeClient(url: string): TestClient {
  const c: TestClient = {
    url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(c.cookie ? { cookie: c.cookie } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = res.headers.getSetCookie?.() ?? [];
      for (const sc of setCookie) {
        const [pair] = sc.split(';');
        if (pair.endsWith('=')) c.cookie = undefined;
        else c.cookie = pair;
      }
      const body = (await res.json()) as GqlResult<never>;
      return { status: res.status, data: body.data ?? null, errors: body.errors };
    },
    async login(email, password = 'raty-demo-konto', totpSecret = email === 'admin@raty.demo' ? DEMO_TOTP_SECRET : undefined) {
      const totpCode = totpSecret ? await nextTotpCode(url, email, totpSecret) : null;
      const r = await c.gql(`mutation($e: String!, $p: String!, $c: String) { login(email: $e, password: $p, totpCode: $c) { id } }`, { e: email, p: password, c: totpCode });
      if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    },
  };
  return c;
}
