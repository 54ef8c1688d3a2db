/**
 * Consolidation of duplicated clients (LOAN-7.2 "POST client", cases 3–5: "zákazník je evidovaný duplicitne,
 * potrebná konsolidácia"): a report of national ids held by several parties, a preview of what a merge moves, and the
 * merge itself. The merged party stays (history, notices and client-zone accounts keep pointing at it), marked
 * `merged_into_id` = the survivor, so it is no longer a match of its national id: the partner API accepts the pin again.
 */
import { businessDate } from '../../lib/business-date.js';
import type { Sql } from '../../db/client.js';
import { actorLabel, type Context } from '../../graphql/context.js';
import { BadUserInput, NotFound } from '../../graphql/errors.js';
import { audit } from '../common/index.js';

type Ctx = Pick<Context, 'sql' | 'actor' | 'requestId'>;

interface DuplicateParty {
  id: string;
  name: string;
  cisId: string;
  consolidatedId: string | null;
  clientNumbers: string[];
  loans: number;
  createdAt: Date;
}
export interface DuplicateGroup {
  nationalId: string;
  parties: DuplicateParty[];
}

export async function duplicateParties(sql: Sql): Promise<DuplicateGroup[]> {
  const rows = await sql<(DuplicateParty & { nationalId: string })[]>`
    select p.national_id as "nationalId", p.id, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, p.company_name, '')) as name, p.cis_id::text as "cisId",
      p.consolidated_id as "consolidatedId", p.created_at as "createdAt",
      coalesce((select array_agg(c.client_id::text order by c.client_id) from client_numbers c where c.party_id = p.id), '{}') as "clientNumbers",
      (select count(*)::int from file_parties fp join loans l on l.file_id = fp.file_id where fp.party_id = p.id) as loans
    from parties p
    where p.merged_into_id is null and p.national_id in (
      select national_id from parties where merged_into_id is null and national_id is not null group by national_id having count(*) > 1)
    order by p.national_id, p.created_at, p.id`;
  const groups = new Map<string, DuplicateParty[]>();
  for (const { nationalId, ...p } of rows) groups.set(nationalId, [...(groups.get(nationalId) ?? []), p]);
  return [...groups].map(([nationalId, parties]) => ({ nationalId, parties }));
}

export interface MergePreview {
  survivorId: string;
  mergedId: string;
  nationalId: string;
  /** loans of the files where the merged party has a role */
  loans: string[];
  /** DROP_DUPLICATE: the survivor has a role in that file already (one role per party and file); it keeps its own */
  roles: { fileId: string; role: string; action: 'MOVE' | 'DROP_DUPLICATE' }[];
  contacts: { id: string; type: string; value: string; smsConsent: boolean; action: 'MOVE' | 'MOVE_WITHOUT_CONSENT' | 'DROP_DUPLICATE' }[];
  addresses: { id: string; kind: string; line: string; validFrom: string; validTo: string | null; action: 'MOVE' | 'MOVE_ENDED' }[];
  historyEntries: number;
  clientNumbers: string[];
  cisId: string;
  survivorCisId: string;
}

type Tx = Sql | import('postgres').TransactionSql;

async function previewIn(q: Tx, survivorId: string, mergedId: string, lock: boolean): Promise<MergePreview> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!uuid.test(survivorId)) throw new NotFound('Party (survivorId)');
  if (!uuid.test(mergedId)) throw new NotFound('Party (mergedId)');
  if (survivorId === mergedId) throw new BadUserInput([{ field: 'input.mergedId', rule: 'merge.sameParty', message: 'Pick two different parties' }]);
  const parties = lock
    ? await q<
        { id: string; national_id: string | null; merged_into_id: string | null; cis_id: string }[]
      >`select id, national_id, merged_into_id, cis_id::text from parties where id in (${survivorId}, ${mergedId}) order by id for update`
    : await q<
        { id: string; national_id: string | null; merged_into_id: string | null; cis_id: string }[]
      >`select id, national_id, merged_into_id, cis_id::text from parties where id in (${survivorId}, ${mergedId})`;
  const s = parties.find((p) => p.id === survivorId);
  const m = parties.find((p) => p.id === mergedId);
  if (!s) throw new NotFound('Party (survivorId)');
  if (!m) throw new NotFound('Party (mergedId)');
  if (!s.national_id || s.national_id !== m.national_id)
    throw new BadUserInput([{ field: 'input.mergedId', rule: 'merge.differentNationalId', message: 'Only parties with the same national id can be consolidated' }]);
  if (s.merged_into_id || m.merged_into_id)
    throw new BadUserInput([{ field: s.merged_into_id ? 'input.survivorId' : 'input.mergedId', rule: 'merge.alreadyMerged', message: 'This party was already consolidated into another one' }]);

  const roles = await q<{ file_id: string; role: string; dup: boolean }[]>`select fp.file_id, fp.role,
      exists (select 1 from file_parties x where x.file_id = fp.file_id and x.party_id = ${survivorId}) as dup
    from file_parties fp where fp.party_id = ${mergedId} order by fp.file_id, fp.role`;
  const loans = await q<{ number: string }[]>`select l.number from loans l join file_parties fp on fp.file_id = l.file_id where fp.party_id = ${mergedId} order by l.number`;
  const sc = await q<{ type: string; value: string; sms_consent: boolean }[]>`select type, value, sms_consent from contacts where party_id = ${survivorId}`;
  const survivorHasConsent = sc.some((c) => c.type === 'MOBILE' && c.sms_consent);
  const mc = await q<{ id: string; type: string; value: string; sms_consent: boolean }[]>`select id, type, value, sms_consent from contacts where party_id = ${mergedId} order by created_at, id`;
  const sa = await q<{ kind: string }[]>`select kind from addresses where party_id = ${survivorId} and valid_to is null`;
  const ma = await q<{ id: string; kind: string; street: string | null; house_number: string | null; zip: string | null; city: string | null; valid_from: string; valid_to: string | null }[]>`
    select id, kind, street, house_number, zip, city, valid_from::text, valid_to::text from addresses where party_id = ${mergedId} order by kind, valid_from`;
  const [{ n }] = await q<{ n: number }[]>`select count(*)::int as n from party_history where party_id = ${mergedId}`;
  const nums = await q<{ n: string }[]>`select client_id::text as n from client_numbers where party_id = ${mergedId}`;
  let consentTaken = survivorHasConsent;
  return {
    survivorId,
    mergedId,
    nationalId: s.national_id,
    loans: loans.map((l) => l.number),
    roles: roles.map((r) => ({ fileId: r.file_id, role: r.role, action: r.dup ? 'DROP_DUPLICATE' : 'MOVE' })),
    contacts: mc.map((c) => {
      if (sc.some((x) => x.type === c.type && x.value === c.value)) return { id: c.id, type: c.type, value: c.value, smsConsent: c.sms_consent, action: 'DROP_DUPLICATE' as const };
      // one consented mobile per party: the survivor's, else the merged party's first
      if (c.type === 'MOBILE' && c.sms_consent) {
        if (consentTaken) return { id: c.id, type: c.type, value: c.value, smsConsent: true, action: 'MOVE_WITHOUT_CONSENT' as const };
        consentTaken = true;
      }
      return { id: c.id, type: c.type, value: c.value, smsConsent: c.sms_consent, action: 'MOVE' as const };
    }),
    addresses: ma.map((a) => ({
      id: a.id,
      kind: a.kind,
      line: `${[a.street, a.house_number].filter(Boolean).join(' ')}, ${a.zip ?? ''} ${a.city ?? ''}`.trim(),
      validFrom: a.valid_from,
      validTo: a.valid_to,
      // the survivor's current address of that kind stays current; the merged party's joins as an ended version
      action: a.valid_to === null && sa.some((x) => x.kind === a.kind) ? 'MOVE_ENDED' : 'MOVE',
    })),
    historyEntries: n,
    clientNumbers: nums.map((x) => x.n),
    cisId: m.cis_id,
    survivorCisId: s.cis_id,
  };
}

export function previewMerge(sql: Sql, survivorId: string, mergedId: string): Promise<MergePreview> {
  return previewIn(sql, survivorId, mergedId, false);
}

/** Merges `mergedId` into `survivorId` (one transaction, audited); answers what moved. */
export async function mergeParties(ctx: Ctx, survivorId: string, mergedId: string): Promise<MergePreview> {
  const day = businessDate();
  return ctx.sql.begin(async (tx) => {
    const pre = await previewIn(tx, survivorId, mergedId, true);
    await tx`select pg_advisory_xact_lock(hashtextextended(${'party:' + pre.nationalId}, 0))`;
    for (const r of pre.roles) {
      if (r.action === 'DROP_DUPLICATE') await tx`delete from file_parties where file_id = ${r.fileId} and role = ${r.role} and party_id = ${mergedId}`;
      else await tx`update file_parties set party_id = ${survivorId} where file_id = ${r.fileId} and role = ${r.role} and party_id = ${mergedId}`;
    }
    for (const c of pre.contacts) {
      if (c.action === 'DROP_DUPLICATE') continue; // the survivor has it already; the merged party's row stays with it
      await tx`update contacts set party_id = ${survivorId}, sms_consent = ${c.action === 'MOVE' ? c.smsConsent : false}, updated_at = now() where id = ${c.id}`;
      if (c.action === 'MOVE_WITHOUT_CONSENT') {
        const { actorType, actorId } = actorLabel(ctx.actor);
        await tx`insert into consent_changes (contact_id, party_id, consent, changed_by, source) values (${c.id}, ${survivorId}, false, ${`${actorType}${actorId ? `:${actorId}` : ''}`}, 'CONSOLIDATION')`;
      }
    }
    for (const a of pre.addresses) {
      if (a.action === 'MOVE_ENDED') await tx`update addresses set party_id = ${survivorId}, valid_to = greatest(valid_from, ${day}::date - 1) where id = ${a.id}`;
      else await tx`update addresses set party_id = ${survivorId} where id = ${a.id}`;
    }
    // profile attributes: the survivor's win, the merged party's fill the gaps
    await tx`insert into client_profiles (party_id, data) select ${survivorId}, data from client_profiles where party_id = ${mergedId}
      on conflict (party_id) do update set data = excluded.data || client_profiles.data, updated_at = now()`;
    // client numbers: the survivor keeps its own; a merged party's number keeps resolving (to the survivor) through merged_into_id
    if (pre.survivorCisId === '0' && pre.cisId !== '0') await tx`update parties set cis_id = ${pre.cisId}::bigint where id = ${survivorId}`;
    await tx`update parties set merged_into_id = ${survivorId}, updated_at = now() where id = ${mergedId}`;
    const { actorType, actorId } = actorLabel(ctx.actor);
    const who = `${actorType}${actorId ? `:${actorId}` : ''}`;
    const summary = {
      loans: pre.loans.length,
      roles: pre.roles.length,
      contacts: pre.contacts.length,
      addresses: pre.addresses.length,
      historyEntries: pre.historyEntries,
      clientNumbers: pre.clientNumbers,
    };
    await tx`insert into party_merges (survivor_id, merged_id, moved, merged_by) values (${survivorId}, ${mergedId}, ${JSON.stringify(pre)}::jsonb, ${who})`;
    await tx`insert into party_history (party_id, changed_by, source, before, after) values
      (${survivorId}, ${who}, 'CONSOLIDATION', null, ${JSON.stringify({ merged: [{ partyId: mergedId, summary: JSON.stringify(summary) }] })}::jsonb)`;
    await audit(ctx, 'MERGE', 'party', survivorId, { mergedId }, pre, tx);
    return pre;
  });
}
