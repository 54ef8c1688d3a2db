import { describe, expect, it } from 'vitest';
import { nationalIdProblem } from './searchParams';

describe('nationalIdProblem (issue #22: why a national id finds nothing)', () => {
  it('names the PESEL fault: check digit, birth date, length', () => {
    expect(nationalIdProblem('44051401359')).toEqual({ kind: 'valid', digits: 11 });
    expect(nationalIdProblem('44051401358')).toEqual({ kind: 'peselChecksum', digits: 11 });
    expect(nationalIdProblem('44133401359')).toEqual({ kind: 'peselBirthDate', digits: 11 });
    expect(nationalIdProblem('4405140135912')).toEqual({ kind: 'tooLong', digits: 13 });
    expect(nationalIdProblem('4405140135')).toMatchObject({ digits: 10 });
  });

  it('leaves file numbers and names alone', () => {
    expect(nationalIdProblem('544')).toBeNull();
    expect(nationalIdProblem('GOK 544')).toBeNull();
    expect(nationalIdProblem('Kowalski')).toBeNull();
  });
});
