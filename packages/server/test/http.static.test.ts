/**
 * Issue 28 (SPA weight): the built SPA is served precompressed (brotli or gzip, by Accept-Encoding), hashed assets are
 * immutable for a year, the HTML is revalidated, and GraphQL answers above 1 kB are compressed. A small dist is
 * written here the way the web build writes it (packages/web/vite-plugins.ts), so the test does not need a web build.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp } from './support/app.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-dist-'));
const script = `export const screen = ${JSON.stringify('Raty '.repeat(2000))};\n`;
const ASSET = 'main-Ab12Cd34.js';

/** A raw HTTP GET (fetch would decode the body and hide what was sent). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'clientzone-login.html'), '<!doctype html><link rel="modulepreload" href="/assets/ClientLoginPage-Xy.js"><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'assets', ASSET), script);
  fs.writeFileSync(path.join(dist, 'assets', `${ASSET}.gz`), zlib.gzipSync(script));
  fs.writeFileSync(path.join(dist, 'assets', `${ASSET}.br`), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(dist, 'assets', 'small-Zz99.css'), 'body{margin:0}');
  db = await createTestDb();
  app = await startTestApp(db, { config: { webDist: dist } });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('static assets (issue 28)', () => {
  it('a hashed asset is sent precompressed: brotli when accepted, else gzip, else as is; immutable for a year', async () => {
    const br = await get(`${app.url}/assets/${ASSET}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get(`${app.url}/assets/${ASSET}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(`${app.url}/assets/${ASSET}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body.toString()).toBe(script);

    // a file without precompressed variants is sent as is, also immutable
    const css = await get(`${app.url}/assets/small-Zz99.css`, { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('a missing asset is a 404, not the SPA page; index.html is revalidated (no-cache) on every client-side route', async () => {
    expect((await get(`${app.url}/assets/gone-00000000.js`)).status).toBe(404);
    for (const route of ['/', '/clientzone/login', '/files/123']) {
      const page = await get(`${app.url}${route}`);
      expect(page.status, route).toBe(200);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      expect(page.body.toString()).toContain('id="root"');
    }
  });

  it('/clientzone/login gets the page with its chunks preloaded (one round trip less on a phone); other routes do not', async () => {
    for (const route of ['/clientzone/login', '/clientzone/login?next=%2Fclientzone%2Floans']) {
      const page = await get(`${app.url}${route}`);
      expect(page.status, route).toBe(200);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      expect(page.body.toString(), route).toContain('rel="modulepreload" href="/assets/ClientLoginPage-Xy.js"');
    }
    for (const route of ['/clientzone', '/clientzone/loans', '/login']) {
      expect((await get(`${app.url}${route}`)).body.toString(), route).not.toContain('ClientLoginPage');
    }
  });

  it('GraphQL answers above 1 kB are compressed when the client accepts it; small ones are not', async () => {
    const post = (query: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const payload = JSON.stringify({ query });
        const req = http.request(
          `${app.url}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', 'content-length': Buffer.byteLength(payload) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    // 40 unknown fields: 40 validation errors, an answer of several kB
    const big = await post(`{ ${Array.from({ length: 40 }, (_, i) => `unknownField${i}`).join(' ')} }`);
    expect(big.headers['content-encoding']).toBe('gzip');
    const answer = JSON.parse(zlib.gunzipSync(big.body).toString()) as { errors?: unknown[] };
    expect(answer.errors?.length).toBeGreaterThan(0);
    const small = await post('{ __typename }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
