import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from '../../graphql/errors.js';

/**
 * Password policy for staff (and borrowers' client-zone) passwords, after NIST SP 800-63B § 3.1.1.2 (issue 20,
 * docs/security.md § 3a):
 * - at least 12 characters (Unicode code points), at most 128 (no maximum below 64; spaces and any character allowed);
 * - NO composition rules (no "one digit, one capital…"), no periodic expiry;
 * - refused: a password found in the list of common/breached passwords (the ~49 000 passwords of
 *   `@zxcvbn-ts/language-common`, shipped with the package: offline), compared case-insensitively and also with its
 *   spaces removed; one character repeated (e.g. 12 spaces); fewer than 4 different characters;
 * - refused: the user's own e-mail (or its part before @), name (or any part of it of 4+ letters), or national id
 *   (PESEL/rodné číslo) inside the password.
 * Pure code (no I/O): the callers map the issues to the field they validate.
 */
const PASSWORD_MIN = 12;
const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
  nationalId?: string | null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The issues of a new password (empty when acceptable), each naming `field` and a stable rule key. */
export function passwordIssues(password: string, field: string, ctx: PasswordContext = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const length = [...password].length;
  if (!password) return [{ field, rule: 'required', message: 'Password is required' }];
  if (length < PASSWORD_MIN) issues.push({ field, rule: 'password.tooShort', message: `The password must have at least ${PASSWORD_MIN} characters`, params: { min: PASSWORD_MIN } });
  if (length > PASSWORD_MAX) issues.push({ field, rule: 'password.tooLong', message: `The password may have at most ${PASSWORD_MAX} characters`, params: { max: PASSWORD_MAX } });
  const folded = fold(password);
  const squeezed = folded.replace(/\s+/g, '');
  if (new Set(folded).size < 4) {
    issues.push({ field, rule: 'password.tooSimple', message: 'The password must not be one character repeated or use fewer than 4 different characters' });
  } else if (commonPasswords().has(folded) || commonPasswords().has(squeezed) || commonPasswords().has(folded.trim())) {
    issues.push({ field, rule: 'password.common', message: 'This password is on the list of common or breached passwords: choose another one' });
  }
  const personal: string[] = [];
  const email = ctx.email?.trim().toLowerCase();
  if (email) {
    personal.push(email);
    const local = email.split('@')[0];
    if (local && local.length >= 4) personal.push(local);
  }
  const name = ctx.name ? fold(ctx.name.trim()) : '';
  if (name) {
    const whole = name.replace(/\s+/g, '');
    if (whole.length >= 4) personal.push(whole);
    for (const part of name.split(/[\s-]+/)) if (part.length >= 4) personal.push(part);
  }
  const nid = ctx.nationalId?.replace(/[\s/-]/g, '');
  if (nid && nid.length >= 4) personal.push(nid);
  const digits = password.replace(/\D/g, '');
  if (personal.some((p) => squeezed.includes(p.replace(/\s+/g, ''))) || (nid && digits.includes(nid))) {
    issues.push({ field, rule: 'password.personal', message: 'The password must not contain your e-mail, name or national id' });
  }
  return issues;
}
