/**
 * A small fixed-window rate limiter kept in process memory (per key). Good for a single app instance;
 * behind several instances put the limiter in the database or the proxy.
 */
export function rateLimiter(opts: { windowMs: number; max: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    take(key: string): boolean {
      const now = Date.now();
      let h = hits.get(key);
      if (!h || h.resetAt <= now) {
        h = { count: 0, resetAt: now + opts.windowMs };
        hits.set(key, h);
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
      }
      h.count += 1;
      return h.count <= opts.max;
    },
    reset() {
      hits.clear();
    },
  };
}
