import { checkSingleConsentedMobile, isDeparted, validateContact, type ContactType } from '@raty/domain';
import type { SqlHandle } from '../../../db/client.js';
import { jsonColumn } from '../../../db/json.js';
import type { Context } from '../../../graphql/context.js';
import { NotFound } from '../../../graphql/errors.js';
import { assertActive, auditTx, softCollectionEnabled, staffUserId, throwIssues } from '../common.js';
import type { ContactInput } from './contacts.types.js';

export interface ContactRow {
  id: string;
  party_id: string;
  type: string;
  value: string;
  note: string | null;
  sms_consent: boolean;
  created_at: Date;
  updated_at: Date;
}

function toContact(r: ContactRow) {
  return { id: r.id, partyId: r.party_id, type: r.type, value: r.value, note: r.note, smsConsent: r.sms_consent, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at) };
}

function partyName(p: { kind: string; first_name: string | null; last_name: string | null; company_name: string | null }): string {
  return p.kind === 'COMPANY' ? (p.company_name ?? '') : [p.last_name, p.first_name].filter(Boolean).join(' ').toUpperCase();
}

function consentTakenIssue(field: string) {
  // the domain's issue (with the seed's sentence in params.messagePl), re-pointed at the input field
  const [issue] = checkSingleConsentedMobile([
    { type: 'MOBILE', smsConsent: true },
    { type: 'MOBILE', smsConsent: true },
  ]);
  return { ...issue, field };
}

async function loadParty(sql: SqlHandle, partyId: string) {
  const [p] = await sql<{ id: string; kind: string; first_name: string | null; last_name: string | null; company_name: string | null; death_date: string | null; bankruptcy_date: string | null }[]>`
    select id, kind, first_name, last_name, company_name, death_date, bankruptcy_date from parties where id = ${partyId}`;
  if (!p) throw new NotFound('Party');
  return p;
}

type Json<T> = T | string;

/** The party, its contacts and its consent history in ONE round trip (the debtor file reads it on every open). */
export async function partyContacts(sql: SqlHandle, partyId: string) {
  const [p] = await sql<
    {
      id: string;
      kind: string;
      first_name: string | null;
      last_name: string | null;
      company_name: string | null;
      death_date: string | null;
      bankruptcy_date: string | null;
      contacts: Json<ContactRow[]>;
      changes: Json<{ contact_id: string; consent: boolean; changed_at: string; changed_by: string | null; source: string }[]>;
    }[]
  >`
    select p.id, p.kind, p.first_name, p.last_name, p.company_name, p.death_date, p.bankruptcy_date,
      coalesce((select json_agg(c order by c.created_at, c.id) from contacts c where c.party_id = p.id), '[]') as contacts,
      coalesce((select json_agg(json_build_object('contact_id', x.contact_id, 'consent', x.consent, 'changed_at', x.changed_at, 'changed_by', x.changed_by, 'source', x.source) order by x.changed_at, x.id)
        from consent_changes x where x.party_id = p.id), '[]') as changes
    from parties p where p.id = ${partyId}`;
  if (!p) throw new NotFound('Party');
  const rows = jsonColumn(p.contacts);
  const changes = jsonColumn(p.changes);
  return {
    partyId,
    name: partyName(p),
    departed: isDeparted({ dateOfDeath: p.death_date, bankruptcyDate: p.bankruptcy_date }),
    contacts: rows.map(toContact),
    consentChanges: changes.map((c) => ({ contactId: c.contact_id, consent: c.consent, changedAt: new Date(c.changed_at), changedBy: c.changed_by, source: c.source })),
  };
}

function isUniqueConsentViolation(err: unknown): boolean {
  const e = err as { code?: string; constraint_name?: string };
  return e?.code === '23505' && e.constraint_name === 'contacts_one_consented_mobile_uq';
}

/** Validates by the domain (type, 9-digit Polish mobile, e-mail, consent only on MOBILE/EMAIL). */
async function validated(ctx: Context, input: ContactInput) {
  const r = validateContact({ type: input.type as ContactType, value: input.value, note: input.note ?? null, smsConsent: Boolean(input.smsConsent) }, 'input', { requireMobilePrefix: false });
  if (!r.ok) throwIssues(r.issues);
  if (r.ok && r.value.smsConsent && !(await softCollectionEnabled(ctx))) {
    // COLL-4.1: consent can only be marked once soft collection is activated
    await assertActive(ctx);
  }
  return r.ok ? r.value : (null as never);
}

async function recordConsent(tx: SqlHandle, ctx: Context, contactId: string, partyId: string, consent: boolean, source: string) {
  await tx`insert into consent_changes (contact_id, party_id, consent, changed_by, source)
    values (${contactId}, ${partyId}, ${consent}, ${staffUserId(ctx)}, ${source})`;
}

export async function createContact(ctx: Context, partyId: string, input: ContactInput) {
  await loadParty(ctx.sql, partyId);
  const v = await validated(ctx, input);
  const source = input.consentSource?.trim() || 'STAFF';
  try {
    return await ctx.sql.begin(async (tx) => {
      if (v.type === 'MOBILE' && v.smsConsent) {
        const others = await tx<{ id: string }[]>`select id from contacts where party_id = ${partyId} and type = 'MOBILE' and sms_consent for update`;
        if (others.length) throwIssues([consentTakenIssue('input.smsConsent')]);
      }
      const [row] = await tx<ContactRow[]>`insert into contacts (party_id, type, value, note, sms_consent)
        values (${partyId}, ${v.type}, ${v.value}, ${v.note ?? null}, ${v.smsConsent}) returning *`;
      if (v.smsConsent) await recordConsent(tx, ctx, row.id, partyId, true, source);
      await auditTx(tx, ctx, 'CREATE', 'contact', row.id, null, toContact(row));
      return toContact(row);
    });
  } catch (err) {
    if (isUniqueConsentViolation(err)) throwIssues([consentTakenIssue('input.smsConsent')]);
    throw err;
  }
}

export async function updateContact(ctx: Context, id: string, input: ContactInput) {
  const [before] = await ctx.sql<ContactRow[]>`select * from contacts where id = ${id}`;
  if (!before) throw new NotFound('Contact');
  const v = await validated(ctx, input);
  const source = input.consentSource?.trim() || 'STAFF';
  try {
    return await ctx.sql.begin(async (tx) => {
      if (v.type === 'MOBILE' && v.smsConsent) {
        const others = await tx<{ id: string }[]>`select id from contacts where party_id = ${before.party_id} and id <> ${id} and type = 'MOBILE' and sms_consent for update`;
        if (others.length) throwIssues([consentTakenIssue('input.smsConsent')]);
      }
      const [row] = await tx<ContactRow[]>`update contacts set type = ${v.type}, value = ${v.value}, note = ${v.note ?? null}, sms_consent = ${v.smsConsent}, updated_at = now()
        where id = ${id} returning *`;
      if (row.sms_consent !== before.sms_consent) await recordConsent(tx, ctx, id, before.party_id, row.sms_consent, source);
      await auditTx(tx, ctx, 'UPDATE', 'contact', id, toContact(before), toContact(row));
      return toContact(row);
    });
  } catch (err) {
    if (isUniqueConsentViolation(err)) throwIssues([consentTakenIssue('input.smsConsent')]);
    throw err;
  }
}

export async function deleteContact(ctx: Context, id: string): Promise<boolean> {
  const [before] = await ctx.sql<ContactRow[]>`select * from contacts where id = ${id}`;
  if (!before) throw new NotFound('Contact');
  await ctx.sql.begin(async (tx) => {
    await tx`delete from contacts where id = ${id}`;
    if (before.sms_consent) await recordConsent(tx, ctx, id, before.party_id, false, 'CONTACT_DELETED');
    await auditTx(tx, ctx, 'DELETE', 'contact', id, toContact(before), null);
  });
  return true;
}
