import { failResult, makeIssue, okResult, type ValidationIssue, type ValidationResult } from './errors.js';

/** Mobile number prefixes of the Polish numbering plan (first two digits of the 9-digit number). */
export const PL_MOBILE_PREFIXES: readonly string[] = ['45', '50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'];

export interface PlMobileOptions {
  field?: string;
  /** check the mobile prefix (default true); false accepts any 9-digit Polish number (e.g. the seed's 222555666) */
  requireMobilePrefix?: boolean;
}

/**
 * Polish mobile number: accepts '+48', '0048' or '48' (when 11 digits) prefixes, spaces, dashes, dots and parentheses;
 * normalises to 9 digits; the first two digits must be a mobile prefix (PL_MOBILE_PREFIXES).
 */
export function validatePlMobile(value: unknown, options: PlMobileOptions = {}): ValidationResult<string> {
  const field = options.field ?? 'phone';
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'Phone number is required'));
  }
  const raw = String(value).trim();
  if (!/^[\d \-.()+]+$/.test(raw) || (raw.match(/\+/g) ?? []).length > 1) {
    return failResult(makeIssue(field, 'phone.format', 'Phone number may contain only digits, spaces, dashes and a +48 prefix'));
  }
  let s = raw.replace(/[\s\-.()]/g, '');
  if (s.indexOf('+') > 0) return failResult(makeIssue(field, 'phone.format', 'Phone number must be a 9-digit Polish number'));
  if (s.startsWith('+48')) s = s.slice(3);
  else if (s.startsWith('0048')) s = s.slice(4);
  else if (s.length === 11 && s.startsWith('48')) s = s.slice(2);
  if (!/^\d{9}$/.test(s)) {
    return failResult(makeIssue(field, 'phone.format', 'Phone number must be a 9-digit Polish number'));
  }
  if ((options.requireMobilePrefix ?? true) && !PL_MOBILE_PREFIXES.includes(s.slice(0, 2))) {
    return failResult(makeIssue(field, 'phone.plMobile', 'Phone number is not a Polish mobile number', { prefix: s.slice(0, 2) }));
  }
  return okResult(s);
}

/** Formats a 9-digit number as '600 700 800'. */
export function formatPlPhone(nineDigits: string): string {
  return nineDigits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

/** Masks a phone for display: '600700800' → '600 *** 800'. */
export function maskPhone(nineDigits: string): string {
  return nineDigits.replace(/^(\d{3})\d{3}(\d{3})$/, '$1 *** $2');
}

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Pragmatic e-mail check (RFC 5321 sizes, dot-atom local part, a dotted domain with a letter TLD). Lower-cases the domain. */
export function validateEmail(value: unknown, field = 'email'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'E-mail is required'));
  }
  const s = String(value).trim();
  const at = s.lastIndexOf('@');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  const labels = domain.split('.');
  const valid =
    at > 0 && s.length <= 254 && local.length <= 64 && EMAIL_LOCAL.test(local) && labels.length >= 2 && labels.every((l) => EMAIL_LABEL.test(l)) && /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]);
  if (!valid) return failResult(makeIssue(field, 'email.format', 'E-mail address is invalid'));
  return okResult(`${local}@${domain.toLowerCase()}`);
}

export type PostalCountry = 'PL' | 'SK';

/** Postal code: PL 'NN-NNN' (also accepts 'NNNNN'); SK 'NNN NN' (also 'NNNNN'). Returns the canonical form. */
export function validatePostalCode(value: unknown, country: PostalCountry, field = 'zipCode'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'Postal code is required'));
  }
  const s = String(value).trim();
  if (country === 'PL') {
    const m = /^(\d{2})-?(\d{3})$/.exec(s);
    if (!m) return failResult(makeIssue(field, 'postalCode.pl', 'Polish postal code must have the format NN-NNN'));
    return okResult(`${m[1]}-${m[2]}`);
  }
  const m = /^(\d{3}) ?(\d{2})$/.exec(s);
  if (!m) return failResult(makeIssue(field, 'postalCode.sk', 'Slovak postal code must have the format NNN NN'));
  return okResult(`${m[1]} ${m[2]}`);
}

/** SMSAPI sender name ("pole nadawcy") rules, COLL-2.2. */
export function validateSenderName(value: unknown, field = 'senderName'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'Sender name is required'));
  }
  const s = String(value);
  const issues: ValidationIssue[] = [];
  if ([...s].length > 11) issues.push(makeIssue(field, 'sender.maxLength', 'Sender name may have at most 11 characters', { max: 11 }));
  const bad = [...new Set([...s].filter((c) => !/[a-zA-Z0-9.&@\-+_!%# ]/.test(c)))];
  if (bad.length > 0) {
    issues.push(makeIssue(field, 'sender.chars', 'Sender name may contain only a-z A-Z 0-9 . & @ - + _ ! % # and space', { invalid: bad }));
  }
  const digits = s.replace(/\D/g, '');
  if (!/[a-zA-Z]/.test(s)) {
    if (digits.length >= 7 && /^[+\d\s\-.()]+$/.test(s)) {
      issues.push(makeIssue(field, 'sender.phoneNumber', 'Sender name must not be a phone number'));
    }
    issues.push(makeIssue(field, 'sender.letter', 'Sender name must contain at least one letter'));
  }
  if (/\d{4}/.test(s)) issues.push(makeIssue(field, 'sender.digits', 'Sender name must not contain more than 3 digits in a row'));
  return issues.length > 0 ? failResult(issues) : okResult(s);
}
