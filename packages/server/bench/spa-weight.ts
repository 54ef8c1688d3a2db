import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** One chunk of the Vite build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/**
 * The first screens of issue 28: the lazily loaded modules each route loads besides the entry
 * (packages/web/src/app/router.tsx): the client zone login has no Apollo layout, the staff login has.
 */
export const FIRST_SCREENS: Record<string, readonly string[]> = {
  'client zone login (/clientzone/login)': ['src/features/client-zone/ClientLoginPage.tsx'],
  'staff login (/login)': ['src/app/ApolloLayout.tsx', 'src/features/auth/LoginPage.tsx'],
};

export interface ScreenWeight {
  /** JavaScript files the screen loads: the entry, the route's module and their static imports */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

const sizeOf = (file: string, ext: '.gz' | '.br', make: (b: Buffer) => Buffer) => (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : make(fs.readFileSync(file)).length);

/**
 * What a first visit of a screen downloads in JavaScript, from the build manifest: the entry chunk (index.html), the
 * route's lazily loaded modules and, transitively, every chunk they import statically. Gzip/brotli sizes are the
 * precompressed files the server sends (built by packages/web/vite-plugins.ts), or computed when they are absent.
 */
export function screenWeight(webDist: string, routeModules: readonly string[] = []): ScreenWeight {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest (was the route or the build changed?)`);
    seen.add(key);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit('index.html');
  for (const m of routeModules) visit(m);
  const files = [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const f of files) {
    const full = path.join(webDist, f);
    rawBytes += fs.statSync(full).size;
    gzipBytes += sizeOf(full, '.gz', (b) => zlib.gzipSync(b, { level: 9 }));
    brotliBytes += sizeOf(full, '.br', (b) => zlib.brotliCompressSync(b));
  }
  return { files, rawBytes, gzipBytes, brotliBytes };
}

/**
 * The floor (a measured bound, issue 28): packages/web/floor — React, react-dom, react-router (data router), i18next
 * and one GraphQL mutation by fetch, no app code: the stack the client zone login needs — built now with Vite into a
 * temporary directory; its entry's weight.
 */
export function floorWeight(webRoot: string): ScreenWeight {
  const out = buildFloor(webRoot);
  try {
    return screenWeight(out, ['FloorLogin.tsx']); // the entry and its lazily loaded screen, as the app's login
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** Builds packages/web/floor (precompressed like the app) into a new temporary directory; the caller removes it. */
export function buildFloor(webRoot: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-floor-'));
  const vite = path.join(webRoot, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'floor/vite.config.ts'], { cwd: webRoot, env: { ...process.env, RATY_FLOOR_OUT: out }, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/**
 * Serves a built floor the way packages/server/src/http/static.ts serves the app (precompressed brotli or gzip by
 * Accept-Encoding, index.html for every other path), for the phone measure's same-run floor.
 */
export async function serveFloor(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    let file = path.join(dist, url.pathname.startsWith('/assets/') ? path.normalize(url.pathname) : 'index.html');
    if (!file.startsWith(dist) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('vary', 'Accept-Encoding');
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const variant = [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([enc, ext]) => accepted.includes(enc) && fs.existsSync(file + ext));
    if (variant) {
      res.setHeader('content-encoding', variant[0]);
      file += variant[1];
    }
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
