import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromEpochDay,
  generateNrb,
  generatePesel,
  generatePlMobile,
  generateRodneCislo,
  mulberry32,
  toEpochDay,
  validateIban,
  validateNrb,
  validatePesel,
  validatePlMobile,
  validateRodneCislo,
} from '../../src/validators/index.js';

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42),
      b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

const dateArb = (min: string, max: string) => fc.integer({ min: toEpochDay(min), max: toEpochDay(max) }).map(fromEpochDay);

describe('generators always produce valid ids', () => {
  it('generatePesel', () => {
    fc.assert(
      fc.property(fc.integer(), dateArb('1800-01-01', '2299-12-31'), fc.constantFrom('M' as const, 'F' as const), (seed, birthDate, sex) => {
        const pesel = generatePesel(mulberry32(seed), birthDate, sex);
        expect(validatePesel(pesel)).toEqual({ ok: true, value: { pesel, birthDate, sex } });
      }),
      { numRuns: 500 },
    );
  });

  it('generateRodneCislo', () => {
    fc.assert(
      fc.property(fc.integer(), dateArb('1954-01-01', '2053-12-31'), fc.constantFrom('M' as const, 'F' as const), (seed, birthDate, sex) => {
        const rc = generateRodneCislo(mulberry32(seed), birthDate, sex);
        expect(validateRodneCislo(rc)).toEqual({ ok: true, value: { rodneCislo: rc, birthDate, sex } });
      }),
      { numRuns: 300 },
    );
  });

  it('generateNrb (random bank, 3-4 digit bank id, full sort code)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(undefined, '109', '1020', '10901014'), (seed, bank) => {
        const nrb = generateNrb(mulberry32(seed), bank);
        expect(validateNrb(nrb)).toEqual({ ok: true, value: nrb });
        expect(validateIban(`PL${nrb}`)).toMatchObject({ ok: true });
        if (bank) expect(nrb.slice(2).startsWith(bank)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('generatePlMobile', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        const phone = generatePlMobile(rng);
        expect(validatePlMobile(phone)).toEqual({ ok: true, value: phone });
      }),
      { numRuns: 300 },
    );
  });

  it('is reproducible for the demo seed', () => {
    const r1 = mulberry32(2026),
      r2 = mulberry32(2026);
    expect(generatePesel(r1, '1980-06-15', 'F')).toBe(generatePesel(r2, '1980-06-15', 'F'));
    expect(generateNrb(r1)).toBe(generateNrb(r2));
  });
});
