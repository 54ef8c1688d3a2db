import { validateEmail, validatePlMobile } from '../validators/contact.js';
import { validatePhone } from '../validators/phone.js';
import { failResult, makeIssue, okResult, type ValidationIssue, type ValidationResult } from '../validators/errors.js';
import { sanitizeText } from '../validators/text.js';
import { checkSingleConsentedMobile } from './notices.js';
import { CONTACT_TYPES, type ContactType, type PartyContact } from './types.js';

export interface ContactValidationOptions {
  /** require a Polish mobile prefix for MOBILE contacts (default true) */
  requireMobilePrefix?: boolean;
}

/**
 * Validates one contact of a party: MOBILE → 9-digit Polish mobile (normalised); HOME/WORK/FAX → a PL/SK phone number
 * (`validatePhone`, PL → 9 digits, SK → +421…); EMAIL → e-mail; OTHER → text ≤ 100; note ≤ 500 (multi-line).
 * The consent checkbox ("zgoda na powiadomienia sms/e-mail") is allowed on MOBILE and EMAIL contacts only.
 */
export function validateContact(contact: Partial<PartyContact>, field = 'contact', options: ContactValidationOptions = {}): ValidationResult<PartyContact> {
  const issues: ValidationIssue[] = [];
  const type = contact.type as ContactType;
  if (!contact.type) issues.push(makeIssue(`${field}.type`, 'required', 'Contact type is required'));
  else if (!(CONTACT_TYPES as readonly string[]).includes(contact.type)) issues.push(makeIssue(`${field}.type`, 'enum', 'Unknown contact type'));
  let value = '';
  if (type === 'MOBILE') {
    const r = validatePlMobile(contact.value, { field: `${field}.value`, requireMobilePrefix: options.requireMobilePrefix ?? true });
    if (r.ok) value = r.value;
    else issues.push(...r.issues);
  } else if (type === 'EMAIL') {
    const r = validateEmail(contact.value, `${field}.value`);
    if (r.ok) value = r.value;
    else issues.push(...r.issues);
  } else if (type === 'HOME' || type === 'WORK' || type === 'FAX') {
    // the same phone rule as the partner API (validatePhone): PL/SK numbers, PL normalised to 9 digits
    const r = validatePhone(contact.value, { field: `${field}.value` });
    if (r.ok) value = r.value;
    else issues.push(...r.issues);
  } else {
    const r = sanitizeText(contact.value, { field: `${field}.value`, required: true, maxLength: 100 });
    if (r.ok) value = r.value;
    else issues.push(...r.issues);
  }
  const note = sanitizeText(contact.note, { field: `${field}.note`, maxLength: 500, allowNewlines: true });
  if (!note.ok) issues.push(...note.issues);
  const smsConsent = Boolean(contact.smsConsent);
  if (smsConsent && type !== 'MOBILE' && type !== 'EMAIL') {
    issues.push(makeIssue(`${field}.smsConsent`, 'sms.consentType', 'Consent to notices can only be marked on a mobile phone or e-mail contact'));
  }
  if (issues.length > 0) return failResult(issues);
  return okResult({ ...(contact.id !== undefined ? { id: contact.id } : {}), type, value, note: note.ok && note.value !== '' ? note.value : null, smsConsent });
}

/** Validates all contacts of a party, including the single-consented-mobile rule. */
export function validateContacts(contacts: readonly Partial<PartyContact>[], options: ContactValidationOptions = {}): ValidationResult<PartyContact[]> {
  const issues: ValidationIssue[] = [];
  const out: PartyContact[] = [];
  contacts.forEach((c, i) => {
    const r = validateContact(c, `contacts[${i}]`, options);
    if (r.ok) out.push(r.value);
    else issues.push(...r.issues);
  });
  issues.push(...checkSingleConsentedMobile(contacts.map((c) => ({ type: c.type as ContactType, smsConsent: Boolean(c.smsConsent) }))));
  return issues.length > 0 ? failResult(issues) : okResult(out);
}
