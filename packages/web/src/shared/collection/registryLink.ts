// The link into the notices registry (/notices) for a batch of notice ids: mass generation hands its result over
// with it; the registry (features/notices/registryParams) reads it back.

export const BATCH_PREFIX = 'raty.notices.batch.';

/** Mass generation hands over many ids: in the URL when few, else through sessionStorage (`?batch=`). */
export function registryUrlForIds(ids: readonly string[]): string {
  if (ids.length <= 150) return `/notices?ids=${ids.join(',')}`;
  const key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  try {
    sessionStorage.setItem(BATCH_PREFIX + key, JSON.stringify(ids));
    return `/notices?batch=${key}`;
  } catch {
    return `/notices?ids=${ids.join(',')}`;
  }
}
