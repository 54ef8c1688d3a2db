/**
 * Validation issues returned by the pure validators and collection rules.
 *
 * `rule` is a stable machine key (e.g. `pesel.checksum`) that the SPA translates; `message` is English and meant for
 * logs/API consumers. `params` carries values the translation may interpolate.
 */
export interface ValidationIssue {
  field: string;
  rule: string;
  message: string;
  params?: Record<string, unknown>;
}

/** Outcome of a validator: either a normalised value or one or more issues. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function okResult<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function failResult<T = never>(issues: ValidationIssue | ValidationIssue[]): ValidationResult<T> {
  return { ok: false, issues: Array.isArray(issues) ? issues : [issues] };
}

export function makeIssue(field: string, rule: string, message: string, params?: Record<string, unknown>): ValidationIssue {
  return params === undefined ? { field, rule, message } : { field, rule, message, params };
}

/** Error carrying issues, for callers that prefer exceptions (e.g. `assertValid`, `applySendEvent`). */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; ') || 'Validation failed');
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Returns the value of a successful result or throws a `ValidationError`. */
export function assertValid<T>(result: ValidationResult<T>): T {
  if (result.ok) return result.value;
  throw new ValidationError(result.issues);
}

/**
 * Polish messages keyed by rule. `sms.consentTaken` is the seed's own sentence (COLL-4.1); the seed shows the other
 * dialogs only as screenshots, so those texts are written in the seed's wording style.
 */
export const SEED_MESSAGES_PL: Readonly<Record<string, string>> = {
  'sms.consentTaken': 'Kontrahent może mieć wskazany tylko jeden numer telefonu komórkowego oznaczony zgodą na otrzymywanie powiadomień.',
  'sms.noConsent': 'Kontrahent nie wyraził zgody na otrzymywanie powiadomień SMS.',
  'notice.deleteSent': 'Nie można usunąć powiadomienia, które zostało wysłane.',
  'sms.textNormalised': 'Polskie znaki zostały zastąpione ich prostymi odpowiednikami, a znaki specjalne usunięte.',
};

/** Slovak texts of messages fixed by LOAN-7.2 and LOAN-9. */
export const SEED_MESSAGES_SK: Readonly<Record<string, string>> = {
  'nonstopbanking.invalid': 'Nesprávne vyplnená hodnota nonstopbanking',
  'client.duplicate': 'zákazník je evidovaný duplicitne, potrebná konsolidácia',
};
