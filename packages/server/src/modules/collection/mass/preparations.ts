import { randomUUID } from 'node:crypto';
import type { PreparedRow } from './mass.service.js';

/**
 * Preparations kept for `createMassNotices` (docs/performance.md "Mass generation"): the rows of a
 * `prepareMassNotices` with the snapshot taken before its reads. Kept in this process's memory for 30 minutes, at most
 * four (the oldest goes first); a creation that finds none (another process, expired, other user, other parameters
 * or business date) prepares the chosen files again — the same answer, only slower. Never trusted blindly: creation
 * re-prepares every file changed since the snapshot (`changedFilesSince`).
 */
export interface Preparation {
  id: string;
  userId: string | null;
  /** the parameters, normalised (toDomainParams without the date) */
  key: string;
  businessDate: string;
  snapshot: string;
  createdAt: number;
  rows: PreparedRow[];
}

const PREPARATION_TTL_MS = 30 * 60_000;
const PREPARATIONS_KEPT = 4;
const store = new Map<string, Preparation>();

function evict(now: number) {
  for (const [id, p] of store) if (now - p.createdAt > PREPARATION_TTL_MS) store.delete(id);
  while (store.size > PREPARATIONS_KEPT) store.delete(store.keys().next().value!);
}

export function keepPreparation(p: Omit<Preparation, 'id' | 'createdAt'>, now = Date.now()): string {
  const id = randomUUID();
  store.set(id, { ...p, id, createdAt: now });
  evict(now);
  return id;
}

/** The preparation if it is this user's, for these parameters and business date, and not expired. */
export function findPreparation(id: string, userId: string | null, key: string, businessDate: string, now = Date.now()): Preparation | null {
  evict(now);
  const p = store.get(id);
  return p && p.userId === userId && p.key === key && p.businessDate === businessDate ? p : null;
}

export function dropPreparation(id: string): void {
  store.delete(id);
}
