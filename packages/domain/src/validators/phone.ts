import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { failResult, makeIssue, okResult, type ValidationResult } from './errors.js';

/** Countries whose numbers we accept (the lenders' markets). */
export type PhoneCountry = 'PL' | 'SK';
export const PHONE_COUNTRIES: readonly PhoneCountry[] = ['PL', 'SK'];

export interface PhoneOptions {
  field?: string;
  /** country of a number written without a prefix (the client's country); default PL */
  defaultCountry?: PhoneCountry;
  /** MOBILE: the number must be a mobile (PL 45/50/51/53/57/60/66/69/72/73/78/79/88…, SK 9xx); ANY: any valid number */
  kind?: 'MOBILE' | 'ANY';
  /** value may be empty (answers ok with '') */
  optional?: boolean;
}

/**
 * One phone-number rule for every door (GraphQL, partner REST): the value may contain digits, spaces, dashes, dots,
 * parentheses, a slash and ONE leading '+' (or '00'); anything else (letters such as 'I' for '1', a second number,
 * newlines, control characters) is refused, never stripped. The number is parsed with libphonenumber-js (full
 * metadata) and must be a valid PL or SK number (of the mobile type for kind MOBILE).
 *
 * Normalised form: a Polish number → its 9 national digits ('601234567', the form the SMS gateway and the contacts
 * screen use); a Slovak number → E.164 ('+421905123456').
 */
export function validatePhone(value: unknown, options: PhoneOptions = {}): ValidationResult<string> {
  const field = options.field ?? 'phone';
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (options.optional) return okResult('');
    return failResult(makeIssue(field, 'required', 'Phone number is required'));
  }
  if (typeof value !== 'string' && typeof value !== 'number') return failResult(makeIssue(field, 'phone.format', 'Phone number must be text'));
  const raw = String(value).trim();
  // spaces only as ' ' (no tabs/newlines: a newline between two numbers must not join them)
  if (!/^\+?[\d .\-()/]+$/.test(raw) || raw.length > 32) {
    return failResult(makeIssue(field, 'phone.format', 'Phone number may contain only digits, spaces, dashes, parentheses and one leading +'));
  }
  const compact = raw.replace(/[ .\-()/]/g, '');
  const international = compact.startsWith('+') ? compact : compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, (options.defaultCountry ?? 'PL') as CountryCode);
  if (!parsed || !parsed.isValid()) {
    return failResult(makeIssue(field, 'phone.invalid', 'Phone number is not a valid number', { value: raw }));
  }
  const country = parsed.country as PhoneCountry | undefined;
  if (!country || !PHONE_COUNTRIES.includes(country)) {
    return failResult(makeIssue(field, 'phone.country', 'Phone number must be a Polish (+48) or Slovak (+421) number', { countries: PHONE_COUNTRIES }));
  }
  if ((options.kind ?? 'ANY') === 'MOBILE') {
    const type = parsed.getType();
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
      return failResult(makeIssue(field, 'phone.mobile', 'Phone number is not a mobile number', { country }));
    }
  }
  return okResult(country === 'PL' ? String(parsed.nationalNumber) : String(parsed.number));
}
