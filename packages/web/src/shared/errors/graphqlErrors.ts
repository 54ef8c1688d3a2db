// Turns an Apollo error (or one of shared/graphqlFetch.ts) into what forms display: a field → message map and banner
// messages. Server contract: GraphQL errors carry `extensions.code` (see ErrorCode) and, for BAD_USER_INPUT,
// `extensions.fields: [{ field, rule, message, params? }]` (field like "email" or "input.amount").
// No import of Apollo Client here: the client zone login uses these messages without loading Apollo (issue 28).
import type { TFunction } from 'i18next';
import { translateRule } from '../i18n/validationRules';
import type { Language } from '../i18n/i18n';

const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ServerFieldError = {
  field: string;
  rule: string;
  message: string;
  params?: Record<string, unknown>;
};

export type ApiErrorItem = {
  /** one of ERROR_CODES, 'NETWORK' for transport failures, or 'UNKNOWN' */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  fields: ServerFieldError[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toCode(value: unknown): ApiErrorItem['code'] {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value) ? (value as ErrorCode) : 'UNKNOWN';
}

function toFieldErrors(value: unknown): ServerFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ServerFieldError[] => {
    if (!isRecord(item) || typeof item.field !== 'string') return [];
    return [
      {
        field: item.field,
        rule: typeof item.rule === 'string' ? item.rule : '',
        message: typeof item.message === 'string' ? item.message : '',
        params: isRecord(item.params) ? item.params : undefined,
      },
    ];
  });
}

/** The errors of a GraphQL answer: Apollo's CombinedGraphQLErrors and graphqlFetch's GraphqlErrors both carry `errors`. */
function isGraphqlErrors(error: unknown): error is { errors: { message: string; extensions?: Record<string, unknown> }[] } {
  return error instanceof Error && Array.isArray((error as { errors?: unknown }).errors);
}

/** A non-GraphQL HTTP answer: Apollo's ServerError / ServerParseError and graphqlFetch's GraphqlHttpError carry `statusCode`. */
function isHttpError(error: unknown): error is Error & { statusCode: number } {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

/** Normalises anything Apollo (or fetch) can throw into a list of error items. */
export function toApiErrors(error: unknown): ApiErrorItem[] {
  if (!error) return [];
  if (isGraphqlErrors(error)) {
    return error.errors.map((e) => ({
      code: toCode(e.extensions?.code),
      message: e.message,
      fields: toFieldErrors(e.extensions?.fields),
    }));
  }
  if (isHttpError(error)) {
    const status = error.statusCode;
    if (status === 401) return [{ code: 'UNAUTHENTICATED', message: error.message, fields: [] }];
    if (status === 403) return [{ code: 'FORBIDDEN', message: error.message, fields: [] }];
    return [{ code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', message: error.message, fields: [] }];
  }
  if (error instanceof TypeError) {
    return [{ code: 'NETWORK', message: error.message, fields: [] }];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'UNKNOWN', message, fields: [] }];
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return toApiErrors(error).some((e) => e.code === code);
}

/** True when `fieldPath` from the server designates the form field `name` ("input.amount" ~ "amount"). */
export function fieldMatches(fieldPath: string, name: string): boolean {
  return fieldPath === name || fieldPath.endsWith(`.${name}`) || name.endsWith(`.${fieldPath}`);
}

/** Message for one server field error in the UI language; falls back to the server's message. */
export function fieldErrorMessage(error: ServerFieldError, language: Language): string {
  return translateRule(language, error.rule, error.params) ?? (error.message || error.rule);
}

export type FormErrors = {
  /** translated message for a form field, by its name; undefined when the field is fine */
  byField: Record<string, string>;
  /** messages for the banner: non-field errors and field errors no form control shows */
  banner: string[];
};

/**
 * Splits an error for a form that renders the given field names.
 * Field errors that no rendered field matches go to the banner, prefixed with the field path.
 */
export function toFormErrors(error: unknown, fieldNames: readonly string[], t: TFunction, language: Language): FormErrors {
  const byField: Record<string, string> = {};
  const banner: string[] = [];
  for (const item of toApiErrors(error)) {
    if (item.code === 'BAD_USER_INPUT' && item.fields.length > 0) {
      for (const fe of item.fields) {
        const message = fieldErrorMessage(fe, language);
        const name = fieldNames.find((n) => fieldMatches(fe.field, n));
        if (name) {
          byField[name] = byField[name] ? `${byField[name]} ${message}` : message;
        } else {
          banner.push(`${t('errors.fieldPrefix', { field: fe.field })}: ${message}`);
        }
      }
      continue;
    }
    banner.push(bannerMessage(item, t));
  }
  return { byField, banner: [...new Set(banner)] };
}

/** A banner line for a non-field error: translated by code, with the server's detail for CONFLICT etc. */
export function bannerMessage(item: ApiErrorItem, t: TFunction): string {
  switch (item.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'UNKNOWN':
      return item.message || t('errors.unknown');
    case 'INTERNAL_SERVER_ERROR':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN': // the server's reason is English: the user's language only (issue 22)
      return t(`errors.${item.code}`);
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'CONFLICT': {
      const generic = t(`errors.${item.code}`);
      // The server's message names the specific problem (e.g. which cap or which record).
      return item.message && item.message !== generic ? `${generic} ${item.message}` : generic;
    }
  }
}
