import { failResult, makeIssue, okResult, type ValidationResult } from './errors.js';

/** IBAN lengths by country (SWIFT IBAN registry). PL 28, SK 24. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** ISO 7064 mod 97-10 of an alphanumeric string (letters A=10 … Z=35), computed piecewise (no big numbers). */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

/** Strips spaces and dashes and upper-cases. */
function compact(value: string): string {
  return value.trim().replace(/[\s-]/g, '').toUpperCase();
}

/** Validates an IBAN (country length table + mod-97 = 1). Returns the electronic format (no spaces, upper case). */
export function validateIban(value: unknown, field = 'iban'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'IBAN is required'));
  }
  const s = compact(String(value));
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) {
    return failResult(makeIssue(field, 'iban.format', 'IBAN must start with a country code and two check digits followed by letters/digits'));
  }
  const country = s.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined) return failResult(makeIssue(field, 'iban.country', `Unsupported IBAN country ${country}`, { country }));
  if (s.length !== length) {
    return failResult(makeIssue(field, 'iban.length', `IBAN for ${country} must have ${length} characters`, { country, length }));
  }
  if (mod97(s.slice(4) + s.slice(0, 4)) !== 1) return failResult(makeIssue(field, 'iban.checksum', 'IBAN checksum is invalid'));
  return okResult(s);
}

/** Validates a Polish NRB (26 digits; also accepts a PL IBAN) by mod-97 with the PL prefix. Returns 26 digits. */
export function validateNrb(value: unknown, field = 'accountNumber'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(makeIssue(field, 'required', 'Account number is required'));
  }
  let s = compact(String(value));
  if (s.startsWith('PL')) s = s.slice(2);
  if (!/^\d{26}$/.test(s)) return failResult(makeIssue(field, 'nrb.format', 'Account number (NRB) must consist of 26 digits'));
  if (mod97(s.slice(2) + 'PL' + s.slice(0, 2)) !== 1) {
    return failResult(makeIssue(field, 'nrb.checksum', 'Account number (NRB) checksum is invalid'));
  }
  return okResult(s);
}

/** Computes the two IBAN/NRB check digits for a country and BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rem = mod97(bban + country.toUpperCase() + '00');
  return String(98 - rem).padStart(2, '0');
}

/** Formats an IBAN/NRB in groups of four ('PL61 1090 1014 …'; an NRB as '61 1090 1014 …'). */
export function formatAccountNumber(value: string): string {
  const s = compact(value);
  if (/^\d{26}$/.test(s))
    return `${s.slice(0, 2)} ${s
      .slice(2)
      .replace(/(.{4})/g, '$1 ')
      .trim()}`;
  return s.replace(/(.{4})/g, '$1 ').trim();
}

/** Polish bank sort-code (8 digits) check digit: weights 3,9,7,1,3,9,7 on the first 7 digits, mod 10. */
export function sortCodeCheckDigit(first7: string): number {
  const w = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...first7].reduce((acc, c, i) => acc + w[i] * (c.charCodeAt(0) - 48), 0);
  return (10 - (sum % 10)) % 10;
}

/** Slovak account-number weights (basic number, 10 digits): the weighted sum must be divisible by 11. */
const SK_BASIC_WEIGHTS = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
/** Slovak prefix (predčíslie, 6 digits) weights. */
const SK_PREFIX_WEIGHTS = [10, 5, 8, 4, 2, 1];

const weighted = (digits: string, w: number[]) => [...digits].reduce((s, c, i) => s + w[i] * (c.charCodeAt(0) - 48), 0);

/** True when a Slovak 6-digit prefix and 10-digit basic number pass the mod-11 check of the Slovak account number. */
export function isSkAccountNumber(prefix: string, basic: string): boolean {
  return /^\d{6}$/.test(prefix) && /^\d{10}$/.test(basic) && weighted(prefix, SK_PREFIX_WEIGHTS) % 11 === 0 && weighted(basic, SK_BASIC_WEIGHTS) % 11 === 0;
}

/** The lender's part of the account scheme when no lender account is configured (demo values). */
export const DEFAULT_LENDER_ACCOUNT = { SK: { bank: '0900', prefix: '000000' }, PL: { sortCode: '10901014', prefix: '770000' } } as const;

/**
 * A loan's own repayment account (issue 24; PRODUCT: every loan has its own account), built from the lender's account
 * (its bank and prefix) and the loan's sequence number `seq` (1 … 999 999 999):
 *  - SK → IBAN `SKkk BBBB PPPPPP CSSSSSSSSS`: bank code BBBB and prefix PPPPPP of the lender's IBAN; basic number =
 *    a check digit C and `seq` in 9 digits, C chosen so that the basic number passes the Slovak mod-11 check
 *    (weights 6,3,7,9,10,5,8,4,2,1); kk = ISO 7064 mod 97-10. When no digit C works (1 sequence number in 11), the
 *    answer is null and the caller takes the next sequence number.
 *  - PL → NRB (26 digits) `kk SSSSSSSS PPPPPP NNNNNNNNNN`: the lender's sort code (8 digits) and the first 6 digits of
 *    its account (the lender's virtual-account prefix), then `seq` in 10 digits; kk as the IBAN's (PL).
 * `lenderAccount`: the lender's IBAN/NRB of that country; anything else → DEFAULT_LENDER_ACCOUNT.
 */
export function virtualRepaymentAccount(country: 'SK' | 'PL', seq: number, lenderAccount?: string | null): string | null {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > 999_999_999) throw new RangeError(`sequence number out of range: ${seq}`);
  if (country === 'SK') {
    const lender = lenderAccount ? validateIban(lenderAccount) : null;
    const own = lender?.ok && lender.value.startsWith('SK') ? { bank: lender.value.slice(4, 8), prefix: lender.value.slice(8, 14) } : DEFAULT_LENDER_ACCOUNT.SK;
    const tail = String(seq).padStart(9, '0');
    // 6·C + Σ ≡ 0 (mod 11) → C ≡ −2·Σ (mod 11), 2 being the inverse of 6 mod 11
    const sum = weighted(tail, SK_BASIC_WEIGHTS.slice(1));
    const c = (((-2 * sum) % 11) + 11) % 11;
    if (c === 10) return null;
    const bban = `${own.bank}${own.prefix}${c}${tail}`;
    return `SK${ibanCheckDigits('SK', bban)}${bban}`;
  }
  const lender = lenderAccount ? validateNrb(lenderAccount) : null;
  const own = lender?.ok ? { sortCode: lender.value.slice(2, 10), prefix: lender.value.slice(10, 16) } : DEFAULT_LENDER_ACCOUNT.PL;
  const bban = `${own.sortCode}${own.prefix}${String(seq).padStart(10, '0')}`;
  return `${ibanCheckDigits('PL', bban)}${bban}`;
}
