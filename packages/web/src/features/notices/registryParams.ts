import type { NoticeFilter } from '../../graphql/generated/graphql';
import { BATCH_PREFIX } from '../../shared/collection/registryLink';

export const FILTER_KEYS = ['kindCode', 'fileNumber', 'createdFrom', 'createdTo', 'sentFrom', 'sentTo', 'channel', 'reason', 'sendStatus', 'deliveryStatus', 'settlementStatus', 'createdBy'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type RegistrySearch = Record<FilterKey, string> & { ids: string[] };

export function readRegistrySearch(params: URLSearchParams): RegistrySearch {
  const out = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
  let ids = (params.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const batch = params.get('batch');
  if (batch) {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(BATCH_PREFIX + batch) ?? '[]');
      if (Array.isArray(stored)) ids = stored.filter((s): s is string => typeof s === 'string');
    } catch {
      // missing batch → no id filter
    }
  }
  return { ...out, ids };
}

export function registrySearchToParams(s: RegistrySearch, keepBatch?: string | null): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s[k]) p.set(k, s[k]);
  if (keepBatch) p.set('batch', keepBatch);
  else if (s.ids.length) p.set('ids', s.ids.join(','));
  return p;
}

export function registrySearchToFilter(s: RegistrySearch): NoticeFilter {
  const f: NoticeFilter = {};
  if (s.ids.length) f.ids = s.ids;
  if (s.kindCode) f.kindCode = s.kindCode;
  if (s.kindCode && s.fileNumber) f.fileNumber = s.fileNumber;
  if (s.createdFrom) f.createdFrom = s.createdFrom;
  if (s.createdTo) f.createdTo = s.createdTo;
  if (s.sentFrom) f.sentFrom = s.sentFrom;
  if (s.sentTo) f.sentTo = s.sentTo;
  if (s.channel) f.channel = s.channel as NoticeFilter['channel'];
  if (s.reason) f.reason = s.reason as NoticeFilter['reason'];
  if (s.sendStatus) f.sendStatus = s.sendStatus as NoticeFilter['sendStatus'];
  if (s.deliveryStatus) f.deliveryStatus = s.deliveryStatus;
  if (s.settlementStatus) f.settlementStatus = s.settlementStatus as NoticeFilter['settlementStatus'];
  if (s.createdBy) f.createdBy = s.createdBy;
  return f;
}

/**
 * Query string for GET /api/notices/export (same names as NoticeFilter; ids comma-separated). `lang`: the UI language,
 * so that the default (Excel) dialect writes the headers and values the user reads (docs/collection-api.md "Export").
 */
export function exportHref(s: RegistrySearch, format: 'csv' | 'xlsx', lang?: string): string {
  const f = registrySearchToFilter(s);
  const p = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(f)) {
    if (Array.isArray(v)) p.set(k, v.join(','));
    else if (typeof v === 'string' && v) p.set(k, v);
  }
  if (lang) p.set('lang', lang);
  return `/api/notices/export?${p.toString()}`;
}
