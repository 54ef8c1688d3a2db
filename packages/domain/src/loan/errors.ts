/**
 * Typed validation / rule error raised by every function of the loan engine.
 * `code` is a stable machine-readable string, `field` the path of the offending input
 * (e.g. "terms.principal"), `params` carries the values needed to render a localised message.
 * The GraphQL server maps it to a BAD_USER_INPUT error naming `field`.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field: string;
  readonly params: Record<string, unknown>;

  constructor(code: string, field: string, message: string, params: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.params = params;
  }

  toJSON(): { code: string; field: string; message: string; params: Record<string, unknown> } {
    return { code: this.code, field: this.field, message: this.message, params: this.params };
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
