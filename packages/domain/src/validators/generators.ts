import { ibanCheckDigits, sortCodeCheckDigit } from './bank.js';
import { validateIsoDate, type IsoDate } from './dates.js';
import { PL_MOBILE_PREFIXES } from './contact.js';
import { encodePeselMonth, peselCheckDigit, type Sex } from './ids.js';

/** A deterministic pseudo-random source returning numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32 — a tiny seeded 32-bit PRNG (deterministic across platforms). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max] (inclusive). */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function randomDigits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(randomInt(rng, 0, 9));
  return s;
}

/** Generates a valid PESEL for the birth date (1800-01-01 … 2299-12-31) and sex. */
export function generatePesel(rng: Rng, birthDate: IsoDate, sex: Sex): string {
  const d = validateIsoDate(birthDate);
  if (!d.ok) throw new RangeError(`Invalid birth date ${birthDate}`);
  const [y, m, day] = birthDate.split('-').map(Number);
  const mm = encodePeselMonth(y, m);
  const serial = randomDigits(rng, 3);
  const sexDigit = (sex === 'M' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8])[randomInt(rng, 0, 4)];
  const first10 = `${String(y % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}${sexDigit}`;
  return first10 + String(peselCheckDigit(first10));
}

/**
 * Generates a valid Polish NRB (26 digits). `bankCode` may be the 8-digit sort code (used as is), or a 3–4 digit
 * bank id (e.g. '109', '1020'), completed with random branch digits and the sort-code check digit.
 */
export function generateNrb(rng: Rng, bankCode?: string): string {
  let sortCode: string;
  if (bankCode !== undefined && /^\d{8}$/.test(bankCode)) sortCode = bankCode;
  else {
    if (bankCode !== undefined && !/^\d{3,4}$/.test(bankCode)) throw new RangeError(`Invalid bank code ${bankCode}`);
    const prefix = bankCode ?? String(randomInt(rng, 101, 299));
    const first7 = prefix + randomDigits(rng, 7 - prefix.length);
    sortCode = first7 + String(sortCodeCheckDigit(first7));
  }
  const bban = sortCode + randomDigits(rng, 16);
  return ibanCheckDigits('PL', bban) + bban;
}

/** Generates a valid 9-digit Polish mobile number with a mobile prefix. */
export function generatePlMobile(rng: Rng): string {
  const prefix = PL_MOBILE_PREFIXES[randomInt(rng, 0, PL_MOBILE_PREFIXES.length - 1)];
  return prefix + randomDigits(rng, 7);
}

/** Generates a valid 10-digit Slovak rodné číslo (births 1954–2053) without the slash. */
export function generateRodneCislo(rng: Rng, birthDate: IsoDate, sex: Sex): string {
  const d = validateIsoDate(birthDate);
  if (!d.ok) throw new RangeError(`Invalid birth date ${birthDate}`);
  const [y, m, day] = birthDate.split('-').map(Number);
  if (y < 1954 || y > 2053) throw new RangeError('generateRodneCislo supports births 1954–2053');
  const mm = m + (sex === 'F' ? 50 : 0);
  const prefix = `${String(y % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  for (;;) {
    const first9 = prefix + randomDigits(rng, 3);
    const check = Number(first9) % 11;
    if (check !== 10) return first9 + String(check);
  }
}
