import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Decimal: exact decimal number carried as a string on the wire ("1234.50"). Never a JS float.
 * Accepted input: optional minus, digits, optional fraction; no exponent, no thousands separators,
 * at most 18 integer digits and 10 fraction digits. Field-level rules (scale 2 for money, positivity)
 * are checked by the operations that take the value.
 */
const DECIMAL_RE = /^-?\d{1,18}(\.\d{1,10})?$/;

function parseDecimalLiteral(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('Decimal must be sent as a string, e.g. "1234.50"', {
      extensions: { code: 'BAD_USER_INPUT', rule: 'decimal.string' },
    });
  }
  const v = value.trim();
  if (!DECIMAL_RE.test(v)) {
    throw new GraphQLError(`"${v.slice(0, 40)}" is not a decimal number (use digits with an optional "." fraction, no exponent)`, {
      extensions: { code: 'BAD_USER_INPUT', rule: 'decimal.format' },
    });
  }
  return normaliseDecimal(v);
}

/** Canonical form: no leading zeros, no "-0". Keeps the given scale. */
export function normaliseDecimal(v: string): string {
  let neg = v.startsWith('-');
  const body = neg ? v.slice(1) : v;
  const [intRaw, frac] = body.split('.');
  let int = intRaw;
  int = int.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(int) && (!frac || /^0+$/.test(frac))) neg = false;
  return `${neg ? '-' : ''}${int}${frac !== undefined ? `.${frac}` : ''}`;
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "1234.50". Money has 2 decimals.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'bigint') return value.toString();
    if (value && typeof value === 'object' && 'toFixed' in value) return (value as { toFixed(): string }).toFixed();
    throw new GraphQLError('Decimal values are produced from strings only (never JS numbers)');
  },
  parseValue: parseDecimalLiteral,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal must be a string literal, e.g. "1234.50"', {
        extensions: { code: 'BAD_USER_INPUT', rule: 'decimal.string' },
      });
    }
    return parseDecimalLiteral(ast.value);
  },
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True if `v` is a real calendar date YYYY-MM-DD between 1900-01-01 and 2199-12-31. */
export function isCalendarDate(v: string): boolean {
  const m = DATE_RE.exec(v);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`"${String(value).slice(0, 40)}" is not a calendar date YYYY-MM-DD`, {
      extensions: { code: 'BAD_USER_INPUT', rule: 'date.format' },
    });
  }
  return value;
}

/** Date: calendar date "YYYY-MM-DD" without time zone (no drift). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date "YYYY-MM-DD", no time zone.',
  serialize(value) {
    if (typeof value === 'string') return value.slice(0, 10);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date must be a YYYY-MM-DD string');
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT', rule: 'date.format' } });
    return parseDate(ast.value);
  },
});

/** DateTime: an instant, ISO 8601 with offset, serialised in UTC ("2026-11-25T08:00:00.000Z"). */
function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new GraphQLError('DateTime must be ISO 8601 with an offset', { extensions: { code: 'BAD_USER_INPUT', rule: 'datetime.format' } });
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new GraphQLError('Invalid DateTime', { extensions: { code: 'BAD_USER_INPUT', rule: 'datetime.format' } });
  return d;
}

export const DateTimeScalar: GraphQLScalarType<Date, string> = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant in ISO 8601 (UTC), e.g. "2026-11-25T08:00:00.000Z".',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime must be a Date');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT', rule: 'datetime.format' } });
    return parseDateTime(ast.value);
  },
});
