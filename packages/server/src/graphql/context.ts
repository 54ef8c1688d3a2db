import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Db, Sql } from '../db/client.js';
import type { Loaders } from './loaders.js';

export type StaffRole = 'ADMIN' | 'SERVICING' | 'NOTICES_EDIT' | 'NOTICES_VIEW' | 'ANALYST';
/** Roles usable in @Authorized: staff roles plus the non-staff actors. */
export type AuthRole = StaffRole | 'PARTNER' | 'BANK' | 'CLIENT';

export type Actor =
  // locale: read with the session (the `me` answer needs no second query); absent where an actor is made otherwise
  | { type: 'STAFF'; userId: string; email: string; name: string; roles: StaffRole[]; sessionId: string; enrolmentOnly?: boolean; locale?: string }
  | { type: 'API_TOKEN'; tokenId: string; role: 'ANALYST' | 'PARTNER' | 'BANK'; name: string }
  | { type: 'CLIENT'; clientAccountId: string; partyId: string; sessionId: string };

export interface Context {
  requestId: string;
  db: Db;
  sql: Sql;
  log: Logger;
  actor: Actor | null;
  req?: Request;
  res?: Response;
  loaders: Loaders;
  ip: string;
  /** true while the operation runs in the analyst's read-only transaction (graphql/analyst-reads.ts) */
  analyticsRead?: boolean;
  /** The main database while `sql`/`db` are an analyst's read-only transaction: audit rows (e.g. permission denials) go here. */
  auditSql?: Sql;
}

export function actorLabel(actor: Actor | null): { actorType: string; actorId: string | null } {
  if (!actor) return { actorType: 'ANONYMOUS', actorId: null };
  if (actor.type === 'STAFF') return { actorType: 'STAFF', actorId: actor.userId };
  if (actor.type === 'API_TOKEN') return { actorType: 'API_TOKEN', actorId: actor.tokenId };
  return { actorType: 'CLIENT', actorId: actor.clientAccountId };
}
