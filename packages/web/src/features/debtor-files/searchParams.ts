// The search form state lives in the URL (shareable): /files?q=GOK%20544&kind=GOK
import type { DebtorFileFilter } from '../../graphql/generated/graphql';

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
