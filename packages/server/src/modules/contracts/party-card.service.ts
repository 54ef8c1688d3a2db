/**
 * The client card (LOAN-7.2 "archív zákazníka"): every change of a party with before/after, who (partner token or
 * staff user) and when — including the history of the parties consolidated into it — and its versioned addresses.
 * Nonstop Banking (LOAN-9 "Služba Nonstop Banking", editable on the card) is changed here, audited.
 */
import type { NonstopBanking } from '@raty/domain';
import type { Sql } from '../../db/client.js';
import { actorLabel, type Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { audit } from '../common/index.js';

type Ctx = Pick<Context, 'sql' | 'actor' | 'requestId'>;

export interface HistoryEntry {
  id: string;
  partyId: string;
  /** true when the entry belongs to a party consolidated into this one */
  fromMergedParty: boolean;
  changedAt: Date;
  source: string;
  changedBy: string | null;
  /** the token's or the user's name */
  changedByName: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
  before: unknown;
  after: unknown;
}

const SNAPSHOT_FIELDS = ['firstName', 'lastName', 'nationalId', 'cisId', 'consolidatedId', 'nonstopBanking', 'email'] as const;

const show = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** What changed between two snapshots of party_history (fields, profile keys, addresses and contacts added). */
function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): HistoryEntry['changes'] {
  const out: HistoryEntry['changes'] = [];
  const b = before ?? {};
  const a = after ?? {};
  for (const f of SNAPSHOT_FIELDS) if (show(b[f]) !== show(a[f])) out.push({ field: f, before: show(b[f]), after: show(a[f]) });
  const bp = (b.profile ?? {}) as Record<string, unknown>;
  const ap = (a.profile ?? {}) as Record<string, unknown>;
  for (const k of new Set([...Object.keys(bp), ...Object.keys(ap)])) if (show(bp[k]) !== show(ap[k])) out.push({ field: `profile.${k}`, before: show(bp[k]), after: show(ap[k]) });
  const addr = a.addresses as { ended?: Record<string, unknown>[]; added?: Record<string, unknown>[] } | undefined;
  const line = (x: Record<string, unknown>) => `${x.kind}: ${[x.street, x.houseNumber, x.flatNumber].filter(Boolean).join(' ')}, ${x.zip ?? ''} ${x.city ?? ''}`.trim();
  for (const e of addr?.ended ?? []) out.push({ field: `address.${e.kind}`, before: line(e), after: `valid to ${e.validTo}` });
  for (const e of addr?.added ?? []) out.push({ field: `address.${e.kind}`, before: null, after: line(e) });
  for (const c of (a.contactsAdded ?? []) as Record<string, unknown>[]) out.push({ field: `contact.${c.type}`, before: null, after: show(c.value) });
  for (const m of (a.merged ?? []) as Record<string, unknown>[]) out.push({ field: 'merged', before: show(m.partyId), after: show(m.summary) });
  if (a.nonstopBankingBy === 'STAFF' && !out.some((c) => c.field === 'nonstopBanking')) out.push({ field: 'nonstopBanking', before: show(b.nonstopBanking), after: show(a.nonstopBanking) });
  return out;
}

export async function partyHistory(sql: Sql, partyId: string): Promise<HistoryEntry[]> {
  const rows = await sql<
    {
      id: string;
      party_id: string;
      merged: boolean;
      changed_at: Date;
      source: string;
      changed_by: string | null;
      who: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[]
  >`
    with recursive family(id) as (select ${partyId}::uuid union select p.id from parties p join family f on p.merged_into_id = f.id)
    select h.id::text, h.party_id, h.party_id <> ${partyId}::uuid as merged, h.changed_at, h.source, h.changed_by, coalesce(t.name, u.name) as who, h.before, h.after
    from party_history h join family f on f.id = h.party_id
    left join api_tokens t on h.changed_by = 'API_TOKEN:' || t.id::text
    left join users u on h.changed_by = 'STAFF:' || u.id::text
    order by h.changed_at desc, h.id desc`;
  return rows.map((r) => ({
    id: r.id,
    partyId: r.party_id,
    fromMergedParty: r.merged,
    changedAt: r.changed_at,
    source: r.source,
    changedBy: r.changed_by,
    changedByName: r.who,
    changes: diffSnapshots(r.before, r.after),
    before: r.before,
    after: r.after,
  }));
}

export interface AddressVersion {
  id: string;
  kind: string;
  street: string | null;
  houseNumber: string | null;
  flatNumber: string | null;
  zip: string | null;
  city: string | null;
  country: string;
  validFrom: string;
  validTo: string | null;
}

export async function addressVersions(sql: Sql, partyId: string): Promise<AddressVersion[]> {
  return [
    ...(await sql<
      AddressVersion[]
    >`select id, kind, street, house_number as "houseNumber", flat_number as "flatNumber", zip, city, country, valid_from::text as "validFrom", valid_to::text as "validTo"
    from addresses where party_id = ${partyId} order by kind, valid_from desc, created_at desc`),
  ];
}

export async function clientNumbersOf(sql: Sql, partyId: string): Promise<string[]> {
  const rows = await sql<{ n: string }[]>`with recursive family(id) as (select ${partyId}::uuid union select p.id from parties p join family f on p.merged_into_id = f.id)
    select c.client_id::text as n from client_numbers c join family f on f.id = c.party_id order by c.client_id`;
  return rows.map((r) => r.n);
}

/** Staff change Nonstop Banking (LOAN-9: "editovateľné nové pole Služba Nonstop Banking"): history + audit. */
export async function setNonstopBanking(ctx: Ctx, partyId: string, value: NonstopBanking): Promise<void> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(partyId)) throw new NotFound('Party');
  await ctx.sql.begin(async (tx) => {
    const [p] = await tx<
      { nonstop_banking: string; first_name: string | null; last_name: string | null; national_id: string | null; cis_id: string; consolidated_id: string | null; email: string | null }[]
    >`
      select nonstop_banking, first_name, last_name, national_id, cis_id::text, consolidated_id, email from parties where id = ${partyId} for update`;
    if (!p) throw new NotFound('Party');
    if (p.nonstop_banking === value) return;
    await tx`update parties set nonstop_banking = ${value}, updated_at = now() where id = ${partyId}`;
    const snap = { firstName: p.first_name, lastName: p.last_name, nationalId: p.national_id, cisId: p.cis_id, consolidatedId: p.consolidated_id, email: p.email };
    const { actorType, actorId } = actorLabel(ctx.actor);
    const before = { ...snap, nonstopBanking: p.nonstop_banking };
    const after = { ...snap, nonstopBanking: value };
    await tx`insert into party_history (party_id, changed_by, source, before, after) values (${partyId}, ${`${actorType}${actorId ? `:${actorId}` : ''}`}, 'GRAPHQL', ${JSON.stringify(before)}::jsonb, ${JSON.stringify({ ...after, nonstopBankingBy: 'STAFF' })}::jsonb)`;
    await audit(ctx, 'UPDATE', 'party.nonstopBanking', partyId, { nonstopBanking: p.nonstop_banking }, { nonstopBanking: value }, tx);
  });
}
