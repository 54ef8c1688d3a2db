import 'reflect-metadata';
import { pino } from 'pino';
import { createApp, type RunningApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { setAppConfig } from '../../src/app-config.js';
import type { DbHandle } from '../../src/db/client.js';

export interface TestClient {
  url: string;
  cookie?: string;
  /** POST a GraphQL operation; returns the parsed body and the HTTP status. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; rule: string; message: string }[] } & Record<string, unknown> }[];
}

/** Starts the real HTTP app (Express + Apollo) on a random port against the given database. */
export async function startTestApp(db: DbHandle): Promise<RunningApp & { client: () => TestClient }> {
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', webDist: '/nonexistent' };
  setAppConfig(config);
  const app = await createApp({ config, db, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
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
    async login(email, password = 'raty-demo-konto') {
      const r = await c.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
      if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    },
  };
  return c;
}
