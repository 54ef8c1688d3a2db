import { GraphQLError } from 'graphql';

/**
 * Error shape (documented in docs/api.md):
 *   { message, extensions: { code, fields?: FieldIssue[], requestId? } }
 * code ∈ BAD_USER_INPUT | UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | CONFLICT | INTERNAL_SERVER_ERROR.
 * For BAD_USER_INPUT every offending field is listed with a stable `rule` key (translated by the SPA) and an
 * English message.
 */
export interface FieldIssue {
  field: string;
  rule: string;
  message: string;
  params?: Record<string, unknown>;
}

export class BadUserInput extends GraphQLError {
  constructor(fields: FieldIssue[], message?: string) {
    super(message ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
  }
  static field(field: string, rule: string, message: string, params?: Record<string, unknown>) {
    return new BadUserInput([{ field, rule, message, params }]);
  }
}

export class Unauthenticated extends GraphQLError {
  constructor(message = 'You must be logged in') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message = 'You do not have permission to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class NotFound extends GraphQLError {
  constructor(what = 'Resource') {
    super(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class Conflict extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

/** Collects issues and throws one BAD_USER_INPUT naming every field. */
export class IssueCollector {
  readonly issues: FieldIssue[] = [];
  add(field: string, rule: string, message: string, params?: Record<string, unknown>) {
    this.issues.push({ field, rule, message, params });
    return this;
  }
  addAll(issues: FieldIssue[], prefix?: string) {
    for (const i of issues) this.issues.push(prefix ? { ...i, field: `${prefix}.${i.field}` } : i);
    return this;
  }
  throwIfAny() {
    if (this.issues.length) throw new BadUserInput(this.issues);
  }
}

export const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'FEATURE_DISABLED',
  'QUERY_TIMEOUT',
  'RATE_LIMITED',
]);

/** Domain rule violations (DomainError from @raty/domain, or validator issues) → BAD_USER_INPUT naming the field. */
export function fromDomainError(err: unknown, prefix?: string): never {
  const e = err as { name?: string; code?: string; field?: string; message?: string; params?: Record<string, unknown> };
  if (e && e.name === 'DomainError' && typeof e.code === 'string') {
    const field = prefix ? (e.field ? `${prefix}.${e.field}` : prefix) : (e.field ?? 'input');
    throw new BadUserInput([{ field, rule: e.code, message: e.message ?? e.code, params: e.params }]);
  }
  // the domain's ValidationError (issues with field and rule, e.g. a forbearance measure that does not apply to the loan)
  const v = err as { name?: string; issues?: { field: string; rule: string; message: string; params?: Record<string, unknown> }[] };
  if (v && v.name === 'ValidationError' && Array.isArray(v.issues) && v.issues.length) {
    throw new BadUserInput(v.issues.map((i) => ({ ...i, field: prefix ? (i.field ? `${prefix}.${i.field}` : prefix) : i.field || 'input' })));
  }
  throw err;
}

/** Runs `fn`, translating DomainError and the domain's ValidationError into BAD_USER_INPUT. */
export async function withDomainErrors<T>(fn: () => T | Promise<T>, prefix?: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    return fromDomainError(err, prefix);
  }
}
