import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  parse,
  visit,
  type ASTNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { SqlHandle } from '../db/client.js';
import type { Actor, Context } from '../graphql/context.js';
import { consume, type LimitSpec } from '../lib/rate-limit.js';

/**
 * HTTP-level protections in front of the GraphQL endpoint (docs/security.md), mounted by http/app.ts before Apollo:
 *
 * 1. Request size: any request whose declared body exceeds `MAX_BODY_BYTES` is answered 413 before it is read;
 *    `/graphql` JSON bodies are parsed here with the same limit (a chunked body that grows past it → 413 too).
 *    A GraphQL POST with a body of another content type (text/plain, form) gets 415 (with cookies this is also CSRF).
 *    A document of more than MAX_TOKENS tokens → 400 GRAPHQL_PARSE_FAILED (graphql-armor's own check answers 500).
 * 2. Rate limits per operation (`rateLimitPlugin`, an Apollo plugin): after the document is parsed and VALIDATED, the
 *    root fields the operation will execute are counted — through fragments, inline fragments and aliases, minus
 *    @skip/@include'd ones — and each is taken from the caller's bucket in PostgreSQL (lib/rate-limit.ts: holds
 *    across processes). The caller is the authenticated principal (staff user, API token, borrower account), else
 *    the client IP: never a raw header, so junk cookies do not open new buckets.
 *      clientChangePassword    5 / 15 min per caller (on top of the account's guess budget, login-guard.ts)
 *      SMS-sending mutations   30 / minute per caller (SMS cost; grant access, send notices, notify, …)
 *    Logins have no rule here: they are limited per address (failures only) and per account in their resolvers.
 *    Over the limit: HTTP 429, `Retry-After`, and a GraphQL error with extensions.code RATE_LIMITED.
 */
/** 4 MiB: a mass-generation request choosing 20k addressees is ~2 MB; anything larger is refused with 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

interface Rule extends LimitSpec {
  fields: string[];
}

/** Mutations that send an SMS (directly or by starting a job that does). */
const SMS_SENDING_MUTATIONS = [
  'grantClientZoneAccess',
  'sendNotices',
  'notifyUpcomingInstallment',
  'runReminders',
  'testSmsConnection',
  'createMassNotices',
  'createNotice',
  'clientRequestOneTimePassword',
];

const RATE_RULES: Record<string, Rule> = {
  passwordChange: { name: 'op-password-change', fields: ['clientChangePassword'], durationSec: 15 * 60, points: 5 },
  sms: { name: 'op-sms', fields: SMS_SENDING_MUTATIONS, durationSec: 60, points: 30 },
};

let enabled = process.env.RATY_RATE_LIMITS !== '0';

/** Tests: empty every bucket / switch the per-operation limits off (e.g. for fuzzing many mutations from one caller). */
export const securityLimits = {
  async reset(sql: SqlHandle) {
    await sql`delete from rate_limits`;
  },
  setEnabled(v: boolean) {
    enabled = v;
  },
};

/** The bucket key of a caller: the authenticated principal, else the client IP (docs/security.md § 3). */
function principalKey(actor: Actor | null, ip: string): string {
  if (!actor) return `ip:${ip}`;
  if (actor.type === 'STAFF') return `user:${actor.userId}`;
  if (actor.type === 'API_TOKEN') return `token:${actor.tokenId}`;
  return `client:${actor.clientAccountId}`;
}

/**
 * The root fields an operation executes, one entry per response key (an alias is its own execution; identical
 * response keys merge into one, as graphql-js executes them once): through fragment spreads and inline fragments,
 * without fields excluded by @skip/@include.
 */
export function executedRootFields(doc: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const byKey = new Map<string, string>();
  const included = (node: { directives?: readonly DirectiveNode[] }) => {
    try {
      const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
      if (skip?.if === true) return false;
      const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
      return include?.if !== false;
    } catch {
      return true; // cannot tell: count it
    }
  };
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (!included(sel)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        if (!byKey.has(key)) byKey.set(key, sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else {
        const name = sel.name.value;
        const f = fragments.get(name);
        if (f && !visited.has(name)) {
          visited.add(name);
          walk(f.selectionSet);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return [...byKey.values()];
}

function rateLimited(rule: string, retryAfter: number): GraphQLError {
  return new GraphQLError('Too many requests. Try again later.', {
    extensions: { code: 'RATE_LIMITED', limit: rule, retryAfterSeconds: retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
  });
}

/** Counts the executed root fields of every validated operation against RATE_RULES (see the header comment). */
export const rateLimitPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, contextValue }) {
        if (!enabled || operation?.operation !== 'mutation') return;
        const fields = executedRootFields(document, operation, request.variables ?? {});
        for (const [name, rule] of Object.entries(RATE_RULES)) {
          const hits = fields.filter((f) => rule.fields.includes(f)).length;
          if (!hits) continue;
          const r = await consume(contextValue.db, rule, principalKey(contextValue.actor, contextValue.ip), hits);
          if (!r.ok) throw rateLimited(name, r.retryAfterSec);
        }
      },
    };
  },
};

function tooLarge(res: Response, req: Request) {
  res.setHeader('connection', 'close');
  res.status(413).json({ error: `Request body too large (limit ${MAX_BODY_BYTES} bytes)`, requestId: req.requestId });
}

/** Bank statement files (issue 30) may be up to 32 MiB; the statements route enforces that limit itself. */
const STATEMENT_UPLOAD_PATH = '/api/statements';

function bodySizeGuard(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'POST' && req.path === STATEMENT_UPLOAD_PATH) return next();
  const len = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(len) && len > MAX_BODY_BYTES) return void tooLarge(res, req);
  next();
}

/** graphql-armor's token limit (http/app.ts); enforced here too so that an oversized document is a 400, not a 500. */
const MAX_TOKENS = 4000;

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

/** Token limit and NUL bytes, before Apollo (the rate limits run after validation: rateLimitPlugin). */
function graphqlGuard(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST') return next();
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  if (!body || typeof body.query !== 'string') return next();
  const info = docInfo(body.query);
  if (info.tooManyTokens) {
    res.status(400).json({ errors: [{ message: `Syntax Error: Token limit of ${MAX_TOKENS} exceeded.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    return;
  }
  if (!info.doc) return next(); // Apollo answers the parse error
  const nul = variablesNulPath(body as { variables?: unknown }) ?? info.inlineNul;
  if (nul) {
    const message = 'Text must not contain NUL (\\u0000) characters';
    res.status(200).json({ data: null, errors: [{ message: `${nul}: ${message}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: nul, rule: 'string.nul', message }] } }] });
    return;
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

/** One call from http/app.ts, before any route. */
export function mountSecurity(app: Express): void {
  app.use(bodySizeGuard);
}

/** The /graphql guards, in order (http/app.ts runs them in the /graphql handler, before Apollo): JSON only, size, tokens, NUL. */
export const graphqlSecurity = [graphqlBody, express.json({ limit: MAX_BODY_BYTES }), graphqlGuard];
