import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../db/client.js';
import { rateLimits } from '../db/schema/index.js';

/**
 * Every rate limit of the app, kept in PostgreSQL (table `rate_limits`, migration 0014) by rate-limiter-flexible's
 * drizzle store: each hit is ONE atomic `insert … on conflict do update … returning` on the bucket's row, so a limit
 * holds under parallel requests and across app processes (docs/security.md § 3). Buckets are fixed windows: the
 * first hit opens a window of `durationSec`, the row expires with it.
 *
 * Why rate-limiter-flexible: maintained (weekly releases, 3M+ downloads a week), a store for the drizzle client we
 * already use (no second driver, no extra pool), atomic upserts, and the same API for every limit.
 */
export interface LimitSpec {
  /** bucket prefix, e.g. `login-ip` */
  name: string;
  /** hits allowed per window */
  points: number;
  durationSec: number;
}

export interface LimitResult {
  ok: boolean;
  /** seconds until the window ends (what `Retry-After` says when refused) */
  retryAfterSec: number;
  remaining: number;
}

const limiters = new WeakMap<Db, Map<string, RateLimiterDrizzle>>();

function limiterFor(db: Db, spec: LimitSpec): RateLimiterDrizzle {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  const id = `${spec.name}/${spec.points}/${spec.durationSec}`;
  let l = byName.get(id);
  if (!l) {
    l = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: spec.name, points: spec.points, duration: spec.durationSec });
    byName.set(id, l);
  }
  return l;
}

function toResult(r: RateLimiterRes, ok: boolean): LimitResult {
  return { ok, retryAfterSec: Math.max(1, Math.ceil(r.msBeforeNext / 1000)), remaining: r.remainingPoints };
}

/** Takes `points` from the caller's bucket: refused (ok=false) when that goes over the limit. */
export async function consume(db: Db, spec: LimitSpec, key: string, points = 1): Promise<LimitResult> {
  try {
    return toResult(await limiterFor(db, spec).consume(key, points), true);
  } catch (e) {
    if (e instanceof RateLimiterRes) return toResult(e, false);
    throw e; // a store error: fail closed (the request fails), never silently unlimited
  }
}

/** Gives points back (e.g. a successful login does not count towards a failures-only limit). */
export async function refund(db: Db, spec: LimitSpec, key: string, points = 1): Promise<void> {
  await limiterFor(db, spec).reward(key, points);
}
