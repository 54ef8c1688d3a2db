import fs from 'node:fs';
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  /** completed requests per second */
  throughput: number;
  latencies: number[];
  firstError?: string;
}

/**
 * Closed-loop load: `concurrency` clients, each sending its next request as soon as the previous one answered, over
 * keep-alive connections (one socket per client), for `seconds`. Bounded: stops after the duration.
 */
export async function httpLoad(opts: {
  url: string;
  concurrency: number;
  seconds: number;
  body: (i: number) => string;
  headers?: Record<string, string>;
  check?: (status: number, body: string) => string | null;
}): Promise<LoadResult> {
  const u = new URL(opts.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let seq = 0;
  const end = performance.now() + opts.seconds * 1000;
  const one = (payload: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname + u.search,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...opts.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < end) {
        const payload = opts.body(seq++);
        const s = performance.now();
        try {
          const r = await one(payload);
          const problem = r.status !== 200 ? `HTTP ${r.status}: ${r.body.slice(0, 300)}` : (opts.check?.(r.status, r.body) ?? null);
          if (problem) {
            errors++;
            firstError ??= problem;
          } else latencies.push(performance.now() - s);
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { requests: latencies.length, errors, seconds, throughput: latencies.length / seconds, latencies, firstError };
}

/** The same closed loop over an async function (in-process baseline). */
export async function fnLoad(opts: { concurrency: number; seconds: number; fn: (i: number) => Promise<string | null> }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let seq = 0;
  const end = performance.now() + opts.seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        try {
          const problem = await opts.fn(seq++);
          if (problem) {
            errors++;
            firstError ??= problem;
          } else latencies.push(performance.now() - s);
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { requests: latencies.length, errors, seconds, throughput: latencies.length / seconds, latencies, firstError };
}

/** Simple JSON POST (GraphQL) with a cookie. */
export async function gqlHttp<T>(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}, timeoutMs = 600_000): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** Resident set size (bytes) of a process, from /proc (Linux). */
export function rssOf(pid: number): number | null {
  try {
    const txt = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(txt);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
