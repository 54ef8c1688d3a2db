import zlib from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Answers from this size on are compressed (smaller ones gain nothing worth a round of zlib). */
const THRESHOLD = 1024;

/** gzip if the client accepts it (fast, everywhere), else brotli (quality 4, as the `compression` package), else none. */
function acceptedEncoding(header: string | undefined): 'gzip' | 'br' | null {
  if (!header) return null;
  let br = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const n = name.trim().toLowerCase();
    if (n !== 'gzip' && n !== 'br' && n !== '*') continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)).find(Boolean);
    if (q && Number(q[1]) === 0) continue;
    if (n === 'gzip' || n === '*') return 'gzip';
    br = true;
  }
  return br ? 'br' : null;
}

/**
 * Compression of GraphQL answers (issue 28): Apollo's Express integration sends a whole answer with one `res.send`, so
 * the answer is compressed there, at once, when it is at least 1 kB and the client accepts it — instead of the
 * `compression` middleware's stream wrapping of every response (on-headers, negotiator, write/end hooks), which was a
 * few per cent of the request path's CPU for answers that are mostly far below 1 kB.
 */
export function compressGraphqlAnswers(req: Request, res: Response, next: NextFunction) {
  res.setHeader('vary', 'Accept-Encoding');
  const encoding = acceptedEncoding(req.headers['accept-encoding']);
  if (!encoding) return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (typeof body !== 'string' || body.length < THRESHOLD || res.getHeader('content-encoding')) return send(body);
    const raw = Buffer.from(body);
    if (raw.length < THRESHOLD) return send(body);
    const done = (err: Error | null, out: Buffer) => {
      if (err) return void send(raw);
      res.setHeader('content-encoding', encoding);
      send(out);
    };
    if (encoding === 'gzip') zlib.gzip(raw, done);
    else zlib.brotliCompress(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }, done);
    return res;
  };
  next();
}
