import { createHash } from 'node:crypto';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { Kind, parse, visit, type ASTNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { rateLimiter } from '../lib/rate-limit.js';

/**
 * HTTP-level protections in front of the GraphQL endpoint (docs/security.md), mounted by http/app.ts before Apollo:
 *
 * 1. Request size: any request whose declared body exceeds `MAX_BODY_BYTES` is answered 413 before it is read;
 *    `/graphql` JSON bodies are parsed here with the same limit (a chunked body that grows past it → 413 too).
 *    A GraphQL POST with a body of another content type (text/plain, form) gets 415 (with cookies this is also CSRF).
 *    A document of more than MAX_TOKENS tokens → 400 GRAPHQL_PARSE_FAILED (graphql-armor's own check answers 500).
 * 2. Rate limits per operation (fixed window, in process memory, like lib/rate-limit.ts), keyed by the caller
 *    (session cookie / bearer token hash, else the client IP) — a second layer on top of the resolvers' own
 *    per-IP login limits and per-account lockouts:
 *      login, clientLogin      100 / 15 min per IP (backstop over the resolvers' 30 resp. 20 per IP and the
 *                              per-account lockout after 5 failures; also counts aliased logins in one request)
 *      clientChangePassword    5 / 15 min per caller (the resolver has no attempt counter of its own)
 *      SMS-sending mutations   30 / minute per caller (SMS cost; grant access, send notices, notify, …)
 *    Over the limit: HTTP 429, `Retry-After`, and a GraphQL error with extensions.code RATE_LIMITED.
 */
/** 4 MiB: a mass-generation request choosing 20k addressees is ~2 MB; anything larger is refused with 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

interface Rule {
  fields: string[];
  windowMs: number;
  max: number;
  by: 'caller' | 'ip';
}

/** Mutations that send an SMS (directly or by starting a job that does). */
export const SMS_SENDING_MUTATIONS = ['grantClientZoneAccess', 'sendNotices', 'notifyUpcomingInstallment', 'runReminders', 'testSmsConnection', 'createMassNotices', 'createNotice'];

export const RATE_RULES: Record<string, Rule> = {
  login: { fields: ['login', 'clientLogin'], windowMs: 15 * 60_000, max: 100, by: 'ip' },
  passwordChange: { fields: ['clientChangePassword'], windowMs: 15 * 60_000, max: 5, by: 'caller' },
  sms: { fields: SMS_SENDING_MUTATIONS, windowMs: 60_000, max: 30, by: 'caller' },
};

const limiters = new Map<string, ReturnType<typeof rateLimiter>>();
let enabled = process.env.RATY_RATE_LIMITS !== '0';

function limiterFor(name: string, rule: Rule) {
  let l = limiters.get(name);
  if (!l) limiters.set(name, (l = rateLimiter({ windowMs: rule.windowMs, max: rule.max })));
  return l;
}

/** Tests: clear every window / switch the limits off (e.g. for fuzzing many mutations from one caller). */
export const securityLimits = {
  reset() {
    for (const l of limiters.values()) l.reset();
  },
  setEnabled(v: boolean) {
    enabled = v;
  },
};

function callerKey(req: Request): string {
  const auth = req.headers.authorization;
  const cookie = req.headers.cookie;
  const secret = auth ?? cookie;
  const ip = req.ip ?? 'unknown';
  return secret ? `s:${createHash('sha256').update(secret).digest('hex').slice(0, 32)}` : `ip:${ip}`;
}

/** Root mutation fields of the operation that will run (undefined operationName with several operations → all). */
export function mutationFields(doc: DocumentNode, operationName?: string | null): string[] {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.filter((o) => o.name?.value === operationName) : ops;
  const out: string[] = [];
  for (const o of op) {
    if (o.operation !== 'mutation') continue;
    for (const s of o.selectionSet.selections) if (s.kind === Kind.FIELD) out.push(s.name.value);
  }
  return out;
}

function tooLarge(res: Response, req: Request) {
  res.setHeader('connection', 'close');
  res.status(413).json({ error: `Request body too large (limit ${MAX_BODY_BYTES} bytes)`, requestId: req.requestId });
}

export function bodySizeGuard(req: Request, res: Response, next: NextFunction) {
  const len = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(len) && len > MAX_BODY_BYTES) return void tooLarge(res, req);
  next();
}

/** graphql-armor's token limit (http/app.ts); enforced here too so that an oversized document is a 400, not a 500. */
export const MAX_TOKENS = 4000;

/** What the guard needs of a document: parsed once per distinct query text (clients send the same few documents). */
interface DocInfo {
  doc: DocumentNode | null;
  tooManyTokens: boolean;
  /** path of an inline argument holding NUL, if any */
  inlineNul: string | null;
}
const DOC_CACHE_MAX = 500;
/** bigger documents are parsed every time (the cache stays below 500 × 20k characters) */
const DOC_CACHE_MAX_CHARS = 20_000;
const docCache = new Map<string, DocInfo>();

function docInfo(query: string): DocInfo {
  const hit = docCache.get(query);
  if (hit) return hit;
  let info: DocInfo;
  try {
    const doc = parse(query, { maxTokens: MAX_TOKENS });
    info = { doc, tooManyTokens: false, inlineNul: inlineNulPath(doc) };
  } catch (err) {
    info = { doc: null, tooManyTokens: /more th(?:an|at) \d+ tokens/i.test((err as Error).message), inlineNul: null };
  }
  if (query.length <= DOC_CACHE_MAX_CHARS) {
    if (docCache.size >= DOC_CACHE_MAX) docCache.delete(docCache.keys().next().value!); // oldest first
    docCache.set(query, info);
  }
  return info;
}

export function graphqlRateLimit(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST') return next();
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  if (!body || typeof body.query !== 'string') return next();
  const info = docInfo(body.query);
  if (info.tooManyTokens) {
    res.status(400).json({ errors: [{ message: `Syntax Error: Token limit of ${MAX_TOKENS} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    return;
  }
  if (!info.doc) return next(); // Apollo answers the parse error
  const doc = info.doc;
  const nul = variablesNulPath(body as { variables?: unknown }) ?? info.inlineNul;
  if (nul) {
    const message = 'Text must not contain NUL (\\u0000) characters';
    res.status(200).json({ data: null, errors: [{ message: `${nul}: ${message}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: nul, rule: 'string.nul', message }] } }] });
    return;
  }
  if (!enabled) return next();
  const fields = mutationFields(doc, typeof body.operationName === 'string' ? body.operationName : null);
  if (!fields.length) return next();
  for (const [name, rule] of Object.entries(RATE_RULES)) {
    const hits = fields.filter((f) => rule.fields.includes(f)).length;
    if (!hits) continue;
    const key = rule.by === 'ip' ? `ip:${req.ip ?? 'unknown'}` : callerKey(req);
    let ok = true;
    for (let i = 0; i < hits; i++) ok = limiterFor(name, rule).take(key) && ok;
    if (!ok) {
      const retryAfter = Math.ceil(rule.windowMs / 1000);
      res.setHeader('retry-after', String(retryAfter));
      res.status(429).json({
        errors: [{ message: 'Too many requests. Try again later.', extensions: { code: 'RATE_LIMITED', limit: name, retryAfterSeconds: retryAfter } }],
      });
      return;
    }
  }
  next();
}

/**
 * PostgreSQL text cannot hold NUL (0x00): such a value would fail deep in SQL as an internal error. Answers the path of
 * the first variable (or inline argument, `inlineNulPath`) holding one, e.g. `input.name`.
 */
function variablesNulPath(body: { variables?: unknown }): string | null {
  const walk = (v: unknown, path: string): string | null => {
    if (typeof v === 'string') return v.includes('\u0000') ? path : null;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const p = walk(v[i], `${path}[${i}]`);
        if (p) return p;
      }
      return null;
    }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes('\u0000')) return `${path ? `${path}.` : ''}${k}`;
        const p = walk(x, path ? `${path}.${k}` : k);
        if (p) return p;
      }
    }
    return null;
  };
  return walk(body.variables, '');
}

function inlineNulPath(doc: DocumentNode): string | null {
  let inline: string | null = null;
  visit(doc, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (inline || !node.value.includes('\u0000')) return;
      const names = (ancestors as readonly (ASTNode | readonly ASTNode[])[])
        .filter((a): a is ASTNode => !Array.isArray(a) && (a as ASTNode).kind !== undefined)
        .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
        .map((a) => (a as { name: { value: string } }).name.value);
      inline = names.join('.') || 'query';
    },
  });
  return inline;
}

/** express.json for /graphql with the size limit; other content types of a POST → 415 (CSRF: no simple requests). */
function graphqlBody(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST') return next();
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) {
    res.status(415).json({ errors: [{ message: 'GraphQL POST requests must be application/json', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next();
}

/** One call from http/app.ts, before the /graphql route. */
export function mountSecurity(app: Express): void {
  app.use(bodySizeGuard);
  app.use('/graphql', graphqlBody, express.json({ limit: MAX_BODY_BYTES }), graphqlRateLimit);
}
