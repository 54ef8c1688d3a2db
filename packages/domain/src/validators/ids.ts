import { isRealDate, toIsoDate, type IsoDate } from './dates.js';
import { failResult, makeIssue, okResult, type ValidationIssue, type ValidationResult } from './errors.js';

export type Sex = 'M' | 'F';

function digitsOf(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0) - 48);
}

function emptyIssue(field: string, what: string): ValidationIssue {
  return makeIssue(field, 'required', `${what} is required`);
}

// ---------------------------------------------------------------------------------------------------------------
// PESEL (PL)
// ---------------------------------------------------------------------------------------------------------------

export interface PeselInfo {
  pesel: string;
  birthDate: IsoDate;
  sex: Sex;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Check digit of the first 10 PESEL digits: (10 − Σ wᵢ·dᵢ mod 10) mod 10 with weights 1,3,7,9,1,3,7,9,1,3. */
export function peselCheckDigit(first10: string): number {
  const d = digitsOf(first10);
  const sum = PESEL_WEIGHTS.reduce((acc, w, i) => acc + w * d[i], 0);
  return (10 - (sum % 10)) % 10;
}

/**
 * PESEL month encoding: 1800–1899 +80, 1900–1999 +0, 2000–2099 +20, 2100–2199 +40, 2200–2299 +60.
 * Returns [fullYear, month] or null.
 */
export function decodePeselDate(yy: number, mm: number): [number, number] | null {
  const centuries: Array<[number, number]> = [
    [80, 1800],
    [0, 1900],
    [20, 2000],
    [40, 2100],
    [60, 2200],
  ];
  for (const [offset, century] of centuries) {
    const month = mm - offset;
    if (month >= 1 && month <= 12) return [century + yy, month];
  }
  return null;
}

export function encodePeselMonth(year: number, month: number): number {
  if (year >= 1800 && year < 1900) return month + 80;
  if (year >= 1900 && year < 2000) return month;
  if (year >= 2000 && year < 2100) return month + 20;
  if (year >= 2100 && year < 2200) return month + 40;
  if (year >= 2200 && year < 2300) return month + 60;
  throw new RangeError(`PESEL cannot encode year ${year}`);
}

/** Validates a PESEL: 11 digits, checksum, real embedded birth date. Returns the number, birth date and sex. */
export function validatePesel(value: unknown, field = 'pesel'): ValidationResult<PeselInfo> {
  if (value === undefined || value === null || String(value).trim() === '') return failResult(emptyIssue(field, 'PESEL'));
  const s = String(value).trim();
  if (!/^\d{11}$/.test(s)) return failResult(makeIssue(field, 'pesel.format', 'PESEL must consist of exactly 11 digits'));
  const d = digitsOf(s);
  const decoded = decodePeselDate(d[0] * 10 + d[1], d[2] * 10 + d[3]);
  const day = d[4] * 10 + d[5];
  if (!decoded || !isRealDate(decoded[0], decoded[1], day)) {
    return failResult(makeIssue(field, 'pesel.birthDate', 'PESEL contains an invalid birth date'));
  }
  if (peselCheckDigit(s.slice(0, 10)) !== d[10]) {
    return failResult(makeIssue(field, 'pesel.checksum', 'PESEL checksum is invalid'));
  }
  return okResult({ pesel: s, birthDate: toIsoDate(decoded[0], decoded[1], day), sex: d[9] % 2 === 1 ? 'M' : 'F' });
}

// ---------------------------------------------------------------------------------------------------------------
// Rodné číslo (SK/CZ birth number)
// ---------------------------------------------------------------------------------------------------------------

export interface RodneCisloInfo {
  /** digits only, without the slash */
  rodneCislo: string;
  birthDate: IsoDate;
  sex: Sex;
}

/**
 * Validates a Slovak (also Czech) rodné číslo `YYMMDD/XXX[X]` (slash optional):
 * - 9 digits: only for births before 1954 (YY 00–53 → 1900–1953); no check digit;
 * - 10 digits: YY 54–99 → 1954–1999, 00–53 → 2000–2053; the whole number is divisible by 11, except the historical
 *   rule for births before 1985: when the first 9 digits mod 11 = 10 the check digit is 0;
 * - month: men 1–12, women +50 (51–62); from 2004 also +20 (21–32) for men and +70 (71–82) for women;
 * - the embedded date must exist.
 */
export function validateRodneCislo(value: unknown, field = 'pin'): ValidationResult<RodneCisloInfo> {
  if (value === undefined || value === null || String(value).trim() === '') {
    return failResult(emptyIssue(field, 'Birth number'));
  }
  const raw = String(value).trim();
  if (!/^\d{6}\/?\d{3,4}$/.test(raw)) {
    return failResult(makeIssue(field, 'rodneCislo.format', 'Birth number must have 9 or 10 digits (YYMMDD/XXXX, slash optional)'));
  }
  const s = raw.replace('/', '');
  const d = digitsOf(s);
  const yy = d[0] * 10 + d[1];
  let mm = d[2] * 10 + d[3];
  const day = d[4] * 10 + d[5];
  let year: number;
  if (s.length === 9) {
    if (yy >= 54) return failResult(makeIssue(field, 'rodneCislo.format', 'A 9-digit birth number is only valid for births before 1954'));
    year = 1900 + yy;
  } else {
    year = yy >= 54 ? 1900 + yy : 2000 + yy;
  }
  let sex: Sex = 'M';
  if (mm > 70) {
    sex = 'F';
    mm -= 70;
    if (year < 2004) return failResult(dateIssue(field));
  } else if (mm > 50) {
    sex = 'F';
    mm -= 50;
  } else if (mm > 20) {
    mm -= 20;
    if (year < 2004) return failResult(dateIssue(field));
  }
  if (!isRealDate(year, mm, day)) return failResult(dateIssue(field));
  if (s.length === 10) {
    const mod = Number(s.slice(0, 9)) % 11;
    const expected = mod === 10 && year < 1985 ? 0 : mod;
    if (mod === 10 && year >= 1985) {
      return failResult(makeIssue(field, 'rodneCislo.checksum', 'Birth number checksum is invalid'));
    }
    if (d[9] !== expected) return failResult(makeIssue(field, 'rodneCislo.checksum', 'Birth number checksum is invalid'));
  }
  return okResult({ rodneCislo: s, birthDate: toIsoDate(year, mm, day), sex });
}

function dateIssue(field: string): ValidationIssue {
  return makeIssue(field, 'rodneCislo.birthDate', 'Birth number contains an invalid birth date');
}

// ---------------------------------------------------------------------------------------------------------------
// NIP, REGON (PL companies)
// ---------------------------------------------------------------------------------------------------------------

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Polish NIP: 10 digits (optional 'PL' prefix, spaces and dashes allowed), Σ wᵢ·dᵢ mod 11 = 10th digit (≠ 10). */
export function validateNip(value: unknown, field = 'nip'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') return failResult(emptyIssue(field, 'NIP'));
  const s = String(value).trim().toUpperCase().replace(/^PL/, '').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(s)) return failResult(makeIssue(field, 'nip.format', 'NIP must consist of 10 digits'));
  const d = digitsOf(s);
  const check = NIP_WEIGHTS.reduce((acc, w, i) => acc + w * d[i], 0) % 11;
  if (check === 10 || check !== d[9]) return failResult(makeIssue(field, 'nip.checksum', 'NIP checksum is invalid'));
  return okResult(s);
}

const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

function regonCheck(s: string, weights: number[]): boolean {
  const d = digitsOf(s);
  const mod = weights.reduce((acc, w, i) => acc + w * d[i], 0) % 11;
  return (mod === 10 ? 0 : mod) === d[weights.length];
}

/** Polish REGON: 9 digits (weights 8,9,2,3,4,5,6,7) or 14 digits (2,4,8,5,0,9,7,3,6,1,2,4,8; first 9 a valid REGON). */
export function validateRegon(value: unknown, field = 'regon'): ValidationResult<string> {
  if (value === undefined || value === null || String(value).trim() === '') return failResult(emptyIssue(field, 'REGON'));
  const s = String(value).trim().replace(/[\s-]/g, '');
  if (!/^(\d{9}|\d{14})$/.test(s)) return failResult(makeIssue(field, 'regon.format', 'REGON must consist of 9 or 14 digits'));
  const valid = s.length === 9 ? regonCheck(s, REGON9_WEIGHTS) : regonCheck(s.slice(0, 9), REGON9_WEIGHTS) && regonCheck(s, REGON14_WEIGHTS);
  if (!valid) return failResult(makeIssue(field, 'regon.checksum', 'REGON checksum is invalid'));
  return okResult(s);
}
