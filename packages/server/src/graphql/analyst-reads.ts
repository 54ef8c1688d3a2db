import type { ApolloServerPlugin } from '@apollo/server';
import { drizzle } from 'drizzle-orm/postgres-js';
import { GraphQLError } from 'graphql';
import type { DbHandle } from '../db/client.js';
import { schema } from '../db/client.js';
import type { Actor, Context } from './context.js';
import { createLoaders } from './loaders.js';

/**
 * Safe ad-hoc reads for analysts (docs/analytics.md "Safety"): every query operation of an analyst runs on ONE
 * connection in a `READ ONLY` transaction (repeatable read: all the resolvers of the operation see one snapshot) with
 * `statement_timeout` set locally, on the analytics database when ANALYTICS_DATABASE_URL is set (a read replica),
 * else on the main one. Mutations, logins and every other actor's operations are untouched. The cost limits of
 * graphql-armor apply before this (validation), so a query reaching PostgreSQL has already passed them.
 */

/** An analyst = an ANALYST API token, or a staff session whose every role is ANALYST (a user with more roles is staff). */
function isAnalystActor(actor: Actor | null): boolean {
  if (!actor) return false;
  if (actor.type === 'API_TOKEN') return actor.role === 'ANALYST';
  if (actor.type === 'STAFF') return actor.roles.length > 0 && actor.roles.every((r) => r === 'ANALYST');
  return false;
}

const QUERY_TIMEOUT = 'QUERY_TIMEOUT';

/** The GraphQL error an analyst gets when PostgreSQL cancels a statement at the timeout. */
export function queryTimeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(
    `Query cancelled: it ran longer than the analyst statement timeout of ${timeoutMs} ms (ANALYTICS_STATEMENT_TIMEOUT_MS). ` +
      'Narrow the filter, ask for fewer fields or a smaller page, or use the exports.',
    { extensions: { code: QUERY_TIMEOUT, limit: 'statement_timeout', timeoutMs } },
  );
}

/** PostgreSQL's "canceling statement due to statement timeout" (SQLSTATE 57014 with that text). */
export function isStatementTimeout(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === '57014' && /statement timeout/i.test(e.message ?? '');
}

export interface AnalystReadsOptions {
  /** the main database (used when no analytics database is configured) */
  main: DbHandle;
  /** ANALYTICS_DATABASE_URL's pool, if set */
  analytics?: DbHandle;
  timeoutMs: number;
}

export function analystReadsPlugin(opts: AnalystReadsOptions): ApolloServerPlugin<Context> {
  const pool = opts.analytics ?? opts.main;
  const timeout = String(Math.max(1, Math.floor(opts.timeoutMs)));
  return {
    async requestDidStart() {
      let release: (() => Promise<void>) | null = null;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query' || !isAnalystActor(contextValue.actor)) return;
          const reserved = await pool.sql.reserve();
          try {
            await reserved`begin transaction isolation level repeatable read read only`;
            await reserved`select set_config('statement_timeout', ${timeout}, true)`;
          } catch (err) {
            reserved.release();
            throw err;
          }
          // a reserved connection shares the pool's parsers but has no `options` of its own; drizzle reads them
          Object.defineProperty(reserved, 'options', { value: pool.sql.options, configurable: true });
          const sql = reserved;
          const db = drizzle(sql, { schema });
          contextValue.auditSql = opts.main.sql;
          contextValue.sql = sql;
          contextValue.db = db;
          contextValue.loaders = createLoaders(db, sql);
          contextValue.analyticsRead = true;
          release = async () => {
            try {
              await reserved`rollback`;
            } finally {
              reserved.release();
            }
          };
        },
        async willSendResponse() {
          const r = release;
          release = null;
          if (r) await r();
        },
      };
    },
  };
}
