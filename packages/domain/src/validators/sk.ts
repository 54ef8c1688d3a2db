import { validatePostalCode } from './contact.js';
import { failResult, makeIssue, okResult, SEED_MESSAGES_SK, type ValidationIssue, type ValidationResult } from './errors.js';
import { sanitizeText } from './text.js';

export type NonstopBanking = 'YES' | 'NO' | 'UNKNOWN';

/**
 * LOAN-9: the partner API's required field "nonstopbanking" with values "Áno", "Nie", "Nie je známe" (the seed's
 * example sends " Áno" with a leading space, so values are trimmed; the seed's A/N codes and our enum are accepted
 * too). Anything else → the seed's message "Nesprávne vyplnená hodnota nonstopbanking".
 */
export function parseNonstopBanking(value: unknown, field = 'nonstopbanking'): ValidationResult<NonstopBanking> {
  const s = typeof value === 'string' ? value.trim().normalize('NFC') : '';
  const map: Record<string, NonstopBanking> = {
    Áno: 'YES',
    A: 'YES',
    YES: 'YES',
    Nie: 'NO',
    N: 'NO',
    NO: 'NO',
    'Nie je známe': 'UNKNOWN',
    UNKNOWN: 'UNKNOWN',
  };
  const v = map[s];
  if (v === undefined) return failResult(makeIssue(field, 'nonstopbanking.invalid', SEED_MESSAGES_SK['nonstopbanking.invalid']));
  return okResult(v);
}

export interface AddressInput {
  street?: string | null;
  referenceNumber?: string | null; // popisné číslo
  registerNumber?: string | null; // súpisné číslo
  city?: string | null;
  zipCode?: string | null;
  countryCode?: string | null;
}

export interface Address {
  street: string;
  referenceNumber: string;
  registerNumber: string;
  /** "Adresa1": street + numbers, at most 50 characters (LOAN-7.3) */
  line1: string;
  city: string;
  zipCode: string;
  countryCode: string;
}

/**
 * Address (LOAN-7.3): city, zip and country code required; line 1 (street + numbers) ≤ 50 characters; the zip is
 * validated per country (SK 'NNN NN', PL 'NN-NNN'; other countries: up to 10 characters as given).
 */
export function validateAddress(input: AddressInput, fieldPrefix = 'address'): ValidationResult<Address> {
  const issues: ValidationIssue[] = [];
  const f = (n: string) => `${fieldPrefix}.${n}`;
  const text = (v: unknown, name: string, max: number, required = false): string => {
    const r = sanitizeText(v, { field: f(name), maxLength: max, required });
    if (!r.ok) {
      issues.push(...r.issues);
      return '';
    }
    return r.value;
  };
  const street = text(input.street, 'street', 50);
  const referenceNumber = text(input.referenceNumber, 'referenceNumber', 20);
  const registerNumber = text(input.registerNumber, 'registerNumber', 20);
  const city = text(input.city, 'city', 50, true);
  const countryCode = text(input.countryCode, 'countryCode', 2, true).toUpperCase();
  if (countryCode !== '' && !/^[A-Z]{2}$/.test(countryCode)) {
    issues.push(makeIssue(f('countryCode'), 'address.countryCode', 'Country code must be two letters, e.g. SK'));
  }
  let zipCode = '';
  if (countryCode === 'SK' || countryCode === 'PL') {
    const z = validatePostalCode(input.zipCode, countryCode, f('zipCode'));
    if (z.ok) zipCode = z.value;
    else issues.push(...z.issues);
  } else {
    zipCode = text(input.zipCode, 'zipCode', 10, true);
  }
  const numbers = [referenceNumber, registerNumber].filter((x) => x !== '').join('/');
  const line1 = [street, numbers].filter((x) => x !== '').join(' ');
  if ([...line1].length > 50) {
    issues.push(makeIssue(f('line1'), 'text.maxLength', 'Street and numbers may have at most 50 characters', { max: 50 }));
  }
  return issues.length > 0 ? failResult(issues) : okResult({ street, referenceNumber, registerNumber, line1, city, zipCode, countryCode });
}
