import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type NextFunction } from 'express';

/** Vite names every file under assets/ by its content hash: a changed file is a new URL, so the old one never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, graphiql.html, the favicon: revalidated on every load, so a deploy is seen at once. */
const REVALIDATE = 'no-cache';
/** precompressed variants written next to each file by the web build (packages/web/vite-plugins.ts), best first */
const ENCODINGS = [
  { encoding: 'br', ext: '.br' },
  { encoding: 'gzip', ext: '.gz' },
] as const;

/** Which encodings exist on disk for each file under assets/ (read once at start; a file not listed is sent as is). */
function precompressed(assetsDir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!fs.existsSync(assetsDir)) return out;
  for (const name of fs.readdirSync(assetsDir)) {
    const e = ENCODINGS.find((x) => name.endsWith(x.ext));
    if (!e) continue;
    const original = name.slice(0, -e.ext.length);
    if (!fs.existsSync(path.join(assetsDir, original))) continue;
    const set = out.get(original) ?? new Set<string>();
    set.add(e.encoding);
    out.set(original, set);
  }
  return out;
}

/**
 * Serves the built SPA (issue 28): hashed assets precompressed (brotli or gzip by Accept-Encoding, `Vary:
 * Accept-Encoding`) and immutable for a year; the HTML pages `no-cache`; every other path that is not the API gets
 * index.html (client-side routes).
 */
export function mountWebDist(app: express.Express, webDist: string): void {
  const assetsDir = path.join(webDist, 'assets');
  const variants = precompressed(assetsDir);
  const html = (file: string) => (_req: Request, res: Response) => res.sendFile(path.join(webDist, file), { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });

  app.get('/graphiql', html('graphiql.html'));
  // the borrower's first screen: index.html with its chunks preloaded (packages/web/vite-plugins.ts routePreloadPage)
  if (fs.existsSync(path.join(webDist, 'clientzone-login.html'))) app.get('/clientzone/login', html('clientzone-login.html'));
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    const available = variants.get(name);
    if (!available) return next();
    res.vary('Accept-Encoding');
    const chosen = ENCODINGS.find((e) => available.has(e.encoding) && req.acceptsEncodings(e.encoding) === e.encoding);
    if (!chosen) return next();
    res.type(path.extname(name));
    res.setHeader('Content-Encoding', chosen.encoding);
    res.sendFile(path.join(assetsDir, name + chosen.ext), { cacheControl: false, acceptRanges: false, headers: { 'Cache-Control': IMMUTABLE } }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });
  app.use('/assets', express.static(assetsDir, { index: false, fallthrough: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE) }));
  app.use(express.static(webDist, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE) }));
  app.get(/^\/(?!graphql|api\/|healthz|readyz).*/, html('index.html'));
}
