import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import type { Logger } from 'pino';
import type { Sql } from '../../db/client.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Actor, Context } from '../../graphql/context.js';
import { AUTH_CHANGED, authChanges } from '../../lib/auth-changes.js';

/**
 * The staff session cache of one app process (issue 28): `{ me { id } }` and every other staff request no longer read
 * the session row from PostgreSQL each time. A revocation stays immediate in every process:
 *
 * - Migration 0043's trigger fires on any change to what an actor is made of (a session deleted or changed, a user's
 *   identity, roles, locale or `active` flag) by any path, and NOTIFYs `raty_auth_changed` at commit; every process
 *   LISTENs on its own connection and empties its cache when it hears it.
 * - That alone arrives asynchronously. So the process that made the change holds the request's answer back (the
 *   `sessionBarrierPlugin` of http/app.ts, when the trigger's NOTICE reached one of its connections during the
 *   request) until every listening process has acknowledged: it sends `b:<nonce>` on the channel and waits for an
 *   ack from every listener connection of the database (`application_name` `raty-auth:<instance>`, set only after
 *   its LISTEN, so every connection so named hears the barrier). A process acks after it emptied its cache.
 * - A listener that does not ack within ACK_TIMEOUT_MS (a frozen or cut-off process) is waited out: the answer is held
 *   until CACHE_TTL_MS after the barrier began, by when any entry that process filled before the change has expired.
 * - A change made through this process's own connections (the NOTICE) empties its cache at once, before the statement
 *   returns — also for changes made outside a GraphQL request (a REST route, a job, a test's direct SQL).
 * - A process whose listener connection is down caches nothing (and drops what it held) until it listens again;
 *   a lookup that started before the cache was last emptied is not stored (a generation counter).
 * - Entries live CACHE_TTL_MS at most (and never past the session's expiry): the "last seen" stamp is still written,
 *   at most once a minute per session, by the next lookup.
 *
 * Changes made outside the app (psql, a script) reach every process through the NOTIFY alone, within milliseconds.
 * Only staff sessions are cached; borrower sessions and API tokens are read on every request as before.
 */
const CACHE_TTL_MS = 5_000;
const ACK_TIMEOUT_MS = 2_000;
const MAX_ENTRIES = 10_000;
const APP_NAME = 'raty-auth:';
const ACK = 'raty_auth_ack';

interface Entry {
  actor: Actor;
  /** performance.now() after which the entry is not used */
  until: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** moves every time the cache is emptied */
  private gen = 0;
  /** false while the listener connection is not listening: nothing is cached then */
  private listening = false;
  private readonly instance = randomUUID();
  private readonly listener: postgres.Sql;
  private readonly pending = new Map<string, { waiting: Set<string>; done: () => void }>();
  private stopped = false;
  private seenLocal = authChanges.local;
  private retry: NodeJS.Timeout | null = null;
  private queued: Promise<void> | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  users = 1;

  constructor(
    private readonly sql: Sql,
    private readonly log: Logger,
  ) {
    this.listener = postgres({
      ...sql.options,
      max: 1,
      idle_timeout: null,
      max_lifetime: null,
      fetch_types: false,
      onnotice: () => {},
      onnotify: (channel: string, payload: string) => this.heard(channel, payload),
      onclose: () => {
        this.listening = false;
        this.empty();
        this.scheduleListen();
      },
    } as unknown as postgres.Options<Record<string, never>>);
  }

  /** LISTENs, then names the connection (a connection so named hears every barrier); caching starts then. */
  async listen(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.listener`listen raty_auth_changed`;
      await this.listener`listen raty_auth_ack`;
      await this.listener`select set_config('application_name', ${APP_NAME + this.instance}, false)`;
      this.empty();
      this.listening = true;
    } catch (err) {
      this.log.warn({ err }, 'session cache: cannot listen; sessions are read on every request until it can');
      this.scheduleListen();
    }
  }

  private scheduleListen() {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, 1_000);
    this.retry.unref();
  }

  private empty() {
    this.entries.clear();
    this.gen++;
  }

  private heard(channel: string, payload: string) {
    if (channel === AUTH_CHANGED) {
      this.empty();
      if (payload.startsWith('b:')) {
        this.listener`select pg_notify(${ACK}, ${`${payload.slice(2)}:${this.instance}`})`.catch((err: unknown) => this.log.warn({ err }, 'session cache: ack failed'));
      }
    } else if (channel === ACK) {
      const at = payload.lastIndexOf(':');
      const p = this.pending.get(payload.slice(0, at));
      if (!p) return;
      p.waiting.delete(payload.slice(at + 1));
      if (p.waiting.size === 0) p.done();
    }
  }

  /** The generation a lookup starts in: hand it to `put` with the lookup's result. */
  generation(): number {
    return this.gen;
  }

  get(id: string): Actor | undefined {
    // a change made through this process's own connections empties the cache at once, before the statement's promise
    // resolves (the NOTICE; the NOTIFY at commit empties it again): the same process never reads its own old entry
    if (authChanges.local !== this.seenLocal) {
      this.seenLocal = authChanges.local;
      this.empty();
    }
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (performance.now() > e.until) {
      this.entries.delete(id);
      return undefined;
    }
    return e.actor;
  }

  /** Stores a lookup begun at `startedAt` (performance.now()) in generation `gen`, unless the cache was emptied since. */
  put(id: string, actor: Actor, gen: number, startedAt: number, expiresInMs: number) {
    if (!this.listening || gen !== this.gen) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { actor, until: startedAt + Math.min(CACHE_TTL_MS, expiresInMs) });
  }

  /**
   * Resolves once every process has emptied its cache after the changes committed before this call (see the header).
   * Calls while one barrier runs share the next one.
   */
  barrier(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.inFlight
      .catch(() => {})
      .then(() => {
        this.queued = null;
        return this.runBarrier();
      });
    this.queued = next;
    this.inFlight = next;
    return next;
  }

  private async runBarrier(): Promise<void> {
    const began = performance.now();
    const nonce = randomUUID();
    let acked = false;
    try {
      const rows = await this.sql<{ name: string }[]>`
        select application_name as name from pg_stat_activity where datname = current_database() and application_name like ${APP_NAME + '%'}`;
      const waiting = new Set(rows.map((r) => r.name.slice(APP_NAME.length)));
      let timer: NodeJS.Timeout | undefined;
      const all = new Promise<boolean>((resolve) => {
        this.pending.set(nonce, { waiting, done: () => resolve(true) });
        timer = setTimeout(() => resolve(false), ACK_TIMEOUT_MS);
      });
      await this.sql`select pg_notify(${AUTH_CHANGED}, ${`b:${nonce}`})`;
      acked = waiting.size === 0 || (await all);
      clearTimeout(timer);
      if (!acked) this.log.warn({ missing: [...waiting] }, 'session cache: a process did not acknowledge a session change; waiting for its cache entries to expire');
    } catch (err) {
      this.log.warn({ err }, 'session cache: barrier failed; waiting for cache entries to expire');
    } finally {
      this.pending.delete(nonce);
    }
    if (!acked) await new Promise((r) => setTimeout(r, Math.max(0, began + CACHE_TTL_MS + 50 - performance.now())));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    this.empty();
    await this.listener.end({ timeout: 1 });
  }
}

/**
 * Holds an answer back while a change to sessions or users made during the request (the trigger's NOTICE reached a
 * connection of this process) has not reached every process's cache. A change made by a concurrent request also
 * counts: that request then waits for one more barrier, which is rare and harmless.
 */
export function sessionBarrierPlugin(sql: Sql): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const before = authChanges.local;
      return {
        async willSendResponse() {
          if (authChanges.local !== before) await caches.get(sql)?.barrier();
        },
      };
    },
  };
}

const caches = new WeakMap<Sql, SessionCache>();

/** The cache of the app running on this pool, if any (staffActorFromSession reads through it). */
export function sessionCacheOf(sql: Sql): SessionCache | undefined {
  return caches.get(sql);
}

/** Started by http/app.ts for its pool (apps sharing a pool in one process share one cache); stop with the returned function. */
export async function startSessionCache(sql: Sql, log: Logger): Promise<() => Promise<void>> {
  let cache = caches.get(sql);
  if (cache) cache.users++;
  else {
    cache = new SessionCache(sql, log);
    caches.set(sql, cache);
    await cache.listen();
  }
  const c = cache;
  return async () => {
    if (--c.users > 0) return;
    caches.delete(sql);
    await c.stop();
  };
}
