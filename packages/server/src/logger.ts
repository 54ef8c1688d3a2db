import { pino, type Logger } from 'pino';

/**
 * Structured logging. Personal data (national ids, phone numbers, e-mails) and secrets never reach the log:
 * known keys are redacted by path, and free-text values pass through `maskPii`.
 */
const REDACT_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'token',
  '*.token',
  '*.tokens',
  'authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'nationalId',
  '*.nationalId',
  'pin',
  '*.pin',
  'pesel',
  '*.pesel',
  'phone',
  '*.phone',
  'phoneNumber',
  '*.phoneNumber',
  'email',
  '*.email',
  'contactInfo',
  '*.contactInfo',
  'variables',
  '*.variables',
  'smsToken',
  '*.smsToken',
  'profileToken',
  '*.profileToken',
  'err.detail',
  'err.where',
  '*.err.detail',
  '*.err.where', // PostgreSQL error detail/context quote row values ("Failing row contains (…)")
];

const PESEL_LIKE = /\b\d{9,11}\b/g;
const EMAIL_LIKE = /[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** Masks digit runs that may be national ids / phone numbers and e-mail addresses in free text. */
function maskPii(text: string): string {
  return text.replace(EMAIL_LIKE, '[email]').replace(PESEL_LIKE, (m) => `${m.slice(0, 2)}${'*'.repeat(m.length - 2)}`);
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskPii(a) : a)) as typeof args;
        method.apply(this, masked);
      },
    },
  });
}

export let logger: Logger = createLogger();
export function setLogger(l: Logger) {
  logger = l;
}
