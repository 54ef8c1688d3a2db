// Client zone navigation rules (pure; unit-tested).

/** Only client zone paths are accepted as the post-login target. */
export function safeClientNext(next: string | null): string {
  return next && /^\/clientzone(\/|\?|$)/.test(next) && !next.startsWith('/clientzone/login') ? next : '/clientzone';
}

/**
 * Where an UNAUTHENTICATED answer sends a visitor of a client zone path: the borrower login (with next + expired),
 * or null when already on it.
 */
export function clientZoneLoginRedirect(pathname: string, search: string): string | null {
  if (pathname.startsWith('/clientzone/login')) return null;
  return `/clientzone/login?next=${encodeURIComponent(`${pathname}${search}`)}&expired=1`;
}
