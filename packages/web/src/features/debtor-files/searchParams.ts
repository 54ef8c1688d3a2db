// The search form state lives in the URL (shareable): /files?q=GOK%20544&kind=GOK
import type { DebtorFileFilter } from '../../graphql/generated/graphql';
import { validatePesel, validateRodneCislo } from '@raty/domain';

export type FileSearch = { q: string; kind: string };

export function readFileSearch(params: URLSearchParams): FileSearch {
  return { q: (params.get('q') ?? '').trim(), kind: (params.get('kind') ?? '').trim() };
}

export function fileSearchToParams(search: FileSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.kind.trim()) params.set('kind', search.kind.trim());
  return params;
}

export function fileSearchToFilter(search: FileSearch): DebtorFileFilter {
  return {
    search: search.q || null,
    receivableKindCode: search.kind || null,
  };
}

/**
 * Why a search for a national id found nothing (issue #22): the server looks a term of 9–11 digits up as an exact
 * national id (PESEL: 11 digits; rodné číslo: 9–10). Returns the problem of a term that looks like one, or null when
 * the term is not a number of that kind. 'valid': well-formed, simply nobody on a file has it.
 */
export type NationalIdProblem = { kind: 'peselBirthDate' | 'peselChecksum' | 'tooLong' | 'rodneCislo'; digits: number } | { kind: 'valid'; digits: number };

export function nationalIdProblem(q: string): NationalIdProblem | null {
  const digits = q.replace(/[\s/-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length < 9) return null;
  if (/^[A-Za-z]/.test(q.trim())) return null;
  const n = digits.length;
  if (n > 11) return { kind: 'tooLong', digits: n };
  if (n === 11) {
    const r = validatePesel(digits);
    if (r.ok) return { kind: 'valid', digits: n };
    return { kind: r.issues[0]?.rule === 'pesel.birthDate' ? 'peselBirthDate' : 'peselChecksum', digits: n };
  }
  return validateRodneCislo(digits).ok ? { kind: 'valid', digits: n } : { kind: 'rodneCislo', digits: n };
}
