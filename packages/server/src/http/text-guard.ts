import type { NextFunction, Request, Response } from 'express';
import { forbiddenCodePointKind } from '@raty/domain';

/**
 * The text rule of every GraphQL door (docs/security.md "Input validation"), checked once before Apollo: a string
 * anywhere in the variables (or in the document's inline literals) holding a character the domain's `sanitizeText`
 * refuses — control characters other than \n \r \t, bidi controls (U+202A–U+202E, U+2066–U+2069, …), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF, …) — is refused with BAD_USER_INPUT naming the argument path
 * (`input.note`, rule `text.controlChar`). Every field is covered, also those whose resolver checks only lengths.
 * Passwords are exempt (a wrong password is answered by the login rules, not echoed as a validation issue).
 * Services still run their own field rules (lengths, phones, …) with the same domain validators.
 */

const MAX_ISSUES = 20;

function firstForbidden(s: string): { cp: number; kind: string } | null {
  for (const ch of s) {
    if (ch === '\n' || ch === '\r' || ch === '\t') continue;
    const cp = ch.codePointAt(0) ?? 0;
    const kind = forbiddenCodePointKind(cp);
    if (kind) return { cp, kind };
  }
  return null;
}

// quick pre-check: ASCII-printable + Latin/Polish/Slovak letters never need the per-character walk
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/;

export interface TextIssue {
  field: string;
  rule: 'text.controlChar';
  message: string;
  params: { codePoint: string; kind: string };
}

function issue(field: string, cp: number, kind: string): TextIssue {
  const what = kind === 'bidi' ? 'a bidirectional-override' : kind === 'invisible' ? 'an invisible (zero-width)' : 'a control';
  return { field, rule: 'text.controlChar', message: `Text contains ${what} character`, params: { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, kind } };
}

/** variable name → argument name it is passed to (`login(password: $p)` → p → password), from the document text. */
function argumentNames(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/(\w+)\s*:\s*\$(\w+)/g)) if (!out.has(m[2])) out.set(m[2], m[1]);
  return out;
}

function textIssues(body: { query?: unknown; variables?: unknown }): TextIssue[] {
  const issues: TextIssue[] = [];
  const query = typeof body.query === 'string' ? body.query : '';
  const args = argumentNames(query);
  const walk = (v: unknown, path: string): void => {
    if (issues.length >= MAX_ISSUES) return;
    if (typeof v === 'string') {
      if (!SUSPECT.test(v)) return;
      const bad = firstForbidden(v);
      if (bad) issues.push(issue(path, bad.cp, bad.kind));
      return;
    }
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (/password/i.test(k)) continue;
        walk(x, path ? `${path}.${k}` : k);
      }
    }
  };
  if (body.variables && typeof body.variables === 'object' && !Array.isArray(body.variables)) {
    for (const [name, value] of Object.entries(body.variables)) {
      const arg = args.get(name) ?? name;
      if (/password/i.test(arg)) continue;
      walk(value, arg);
    }
  }
  if (SUSPECT.test(query)) {
    // inline literals (or anything else) in the document: the document itself has no business holding these
    const bad = firstForbidden(query);
    if (bad && !/password/i.test(query)) issues.push(issue('query', bad.cp, bad.kind));
  }
  return issues;
}

export function graphqlTextGuard(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST' || !req.body || typeof req.body !== 'object') return next();
  const issues = textIssues(req.body as { query?: unknown; variables?: unknown });
  if (!issues.length) return next();
  const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  res.status(200).json({ data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: issues } }] });
}
