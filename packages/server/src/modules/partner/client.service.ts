/**
 * Clients of partner front ends (LOAN-7.2 "POST client"): find-or-create by national id (+ CIS id) with the seed's five
 * de-duplication cases, partial updates that never delete stored data, a history ("archive") entry for every change,
 * versioned addresses and the Nonstop Banking attribute.
 */
import { PROFILE_KEYS } from './partner.fields.js';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { parseNonstopBanking, SEED_MESSAGES_SK, validateAddress, validatePesel, validateRodneCislo, type NonstopBanking } from '@raty/domain';
import type { DbOrTx } from '../../db/client.js';
import { addresses, cities, clientNumbers, clientProfiles, contacts, parties, partyHistory } from '../../db/schema/index.js';
import { actorLabel, type Context } from '../../graphql/context.js';
import { Conflict, IssueCollector } from '../../graphql/errors.js';
import { businessDate } from '../../lib/business-date.js';
import { audit } from '../common/index.js';
import { Reader, type Body } from './partner.parse.js';

export type Ctx = Pick<Context, 'db' | 'actor' | 'requestId'>;
export type Source = 'PARTNER_API' | 'GRAPHQL';

interface ClientAddress {
  kind: 'PERMANENT' | 'CORRESPONDENCE';
  street: string | null;
  houseNumber: string | null;
  flatNumber: string | null;
  zip: string;
  city: string;
  country: string;
}

export interface ClientData {
  pin: string;
  country: 'SK' | 'PL';
  birthDate: string;
  cisId?: string;
  consolidatedClientId?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  nonstopBanking?: NonstopBanking;
  addresses: ClientAddress[];
  contacts: { type: string; value: string; note: string | null }[];
  profile: Record<string, unknown>;
}

const CONTACT_FIELDS: [string, string, string | null][] = [
  ['mobilePhoneNumber', 'MOBILE', null],
  ['homePhoneNumber', 'HOME', null],
  ['employerPhoneNumber', 'WORK', null],
  ['wageDepartmentPhoneNumber', 'WORK', 'MZD'],
  ['faxNumber', 'FAX', null],
  ['otherContact', 'OTHER', null],
  ['clientEmail', 'EMAIL', null],
];

const FLAT_ADDRESSES = [
  { kind: 'PERMANENT' as const, p: 'permanentAddress' },
  { kind: 'CORRESPONDENCE' as const, p: 'contactAddress' },
];

function duplicateError(count: number) {
  return new Conflict('client registered more than once, consolidation needed', {
    rule: 'client.duplicate',
    field: 'pin',
    messageSk: SEED_MESSAGES_SK['client.duplicate'],
    matches: count,
  });
}

/** Reads and validates a client body (seed names). `at` prefixes field names ("client." inside a contract). */
export function readClient(body: Body, r: Reader, at: string, opts: { nonstopRequired: boolean; defaultCountry: 'SK' | 'PL' }): ClientData | null {
  const f = (n: string) => `${at}${n}`;
  const before = r.issues.issues.length;
  const countryRaw = r.text(body, 'country', { at: f('country') })?.toUpperCase();
  let country: 'SK' | 'PL' = opts.defaultCountry;
  if (countryRaw === 'SK' || countryRaw === 'PL') country = countryRaw;
  else if (countryRaw) r.issues.add(r.path(f('country')), 'oneOf', 'country must be SK or PL', { values: ['SK', 'PL'] });

  let pin = '';
  let birthDate = '';
  if (!Reader.present(body.pin)) r.missing(f('pin'));
  else if (country === 'SK') {
    const v = validateRodneCislo(body.pin, r.path(f('pin')));
    if (v.ok) ({ rodneCislo: pin, birthDate } = v.value);
    else r.issues.addAll(v.issues);
  } else {
    const v = validatePesel(typeof body.pin === 'number' ? String(body.pin) : body.pin, r.path(f('pin')));
    if (v.ok) ({ pesel: pin, birthDate } = v.value);
    else r.issues.addAll(v.issues);
  }
  const cisId = r.digits(body, 'cisId', { at: f('cisId') });
  const consolidatedClientId = r.digits(body, 'consolidatedClientId', { at: f('consolidatedClientId') });
  const lastName = r.text(body, 'surname', { max: 30, at: f('surname') });
  const firstName = r.text(body, 'firstName', { max: 30, at: f('firstName') });

  let nonstopBanking: NonstopBanking | undefined;
  // missing (rule `required`) and invalid (`nonstopbanking.invalid`, "Nesprávne vyplnená hodnota nonstopbanking") differ
  if (!Reader.present(body.nonstopbanking)) {
    if (opts.nonstopRequired) r.missing(f('nonstopbanking'));
  } else {
    const v = parseNonstopBanking(body.nonstopbanking, r.path(f('nonstopbanking')));
    if (v.ok) nonstopBanking = v.value;
    else r.issues.addAll(v.issues);
  }

  const addrs: ClientAddress[] = [];
  const readAddress = (input: Record<string, unknown>, kind: ClientAddress['kind'], prefix: string, rename: (n: string) => string) => {
    const v = validateAddress(
      {
        street: input.street as string | null,
        referenceNumber: input.referenceNumber == null ? null : String(input.referenceNumber),
        registerNumber: input.registerNumber == null ? null : String(input.registerNumber),
        city: input.city as string | null,
        zipCode: input.zipCode == null ? null : String(input.zipCode),
        countryCode: (input.countryCode as string | null) ?? country,
      },
      prefix,
    );
    if (!v.ok) {
      for (const i of v.issues) r.issues.add(r.path(rename(i.field.slice(prefix.length + 1))), i.rule, i.message, i.params);
      return;
    }
    const a = v.value;
    addrs.push({ kind, street: a.street || null, houseNumber: a.referenceNumber || null, flatNumber: a.registerNumber || null, zip: a.zipCode, city: a.city, country: a.countryCode });
  };
  for (const { kind, p } of FLAT_ADDRESSES) {
    const keys = ['Street', 'Number', 'InfoNumber', 'City', 'ZipCode', 'CountryId'];
    if (!keys.some((k) => Reader.present(body[`${p}${k}`]))) continue;
    const names: Record<string, string> = { street: 'Street', referenceNumber: 'Number', registerNumber: 'InfoNumber', city: 'City', zipCode: 'ZipCode', countryCode: 'CountryId', line1: 'Street' };
    readAddress(
      {
        street: body[`${p}Street`],
        referenceNumber: body[`${p}Number`],
        registerNumber: body[`${p}InfoNumber`],
        city: body[`${p}City`],
        zipCode: body[`${p}ZipCode`],
        countryCode: body[`${p}CountryId`],
      },
      kind,
      p,
      (n) => f(`${p}${names[n] ?? n}`),
    );
  }
  r.array(body, 'address', { at: f('address') }).forEach((a, i) => {
    const t = String(a.type ?? a.addressType ?? 'PERMANENT').toUpperCase();
    const kind = t === 'CONTACT' || t === 'CORRESPONDENCE' || t === 'PRECHODNE' ? 'CORRESPONDENCE' : 'PERMANENT';
    readAddress(a, kind, `address[${i}]`, (n) => f(`address[${i}].${n}`));
  });
  const seenKinds = new Set<string>();
  for (const a of addrs) {
    if (seenKinds.has(a.kind)) r.issues.add(r.path(f('address')), 'address.duplicateKind', `Only one ${a.kind.toLowerCase()} address may be sent`);
    seenKinds.add(a.kind);
  }

  const cts: ClientData['contacts'] = [];
  let email: string | undefined;
  for (const [field, type, note] of CONTACT_FIELDS) {
    let v: string | undefined;
    if (type === 'EMAIL') v = email = r.email(body, field, { at: f(field) });
    else if (type === 'OTHER') v = r.text(body, field, { max: 100, at: f(field) });
    else v = r.phone(body, field, { at: f(field), mobile: type === 'MOBILE', country });
    if (v) cts.push({ type, value: v, note });
  }
  const profile: Record<string, unknown> = {};
  for (const k of PROFILE_KEYS) if (Reader.present(body[k])) profile[k] = r.freeform(body[k], f(k));
  if (r.issues.issues.length > before) return null;
  return { pin, country, birthDate, cisId, consolidatedClientId, firstName, lastName, email, nonstopBanking, addresses: addrs, contacts: cts, profile };
}

async function findByPin(db: DbOrTx, pin: string, lock: boolean) {
  // a party consolidated into another one (merged_into_id) is no longer a match: after a merge the pin is accepted again
  const q = db
    .select()
    .from(parties)
    .where(and(eq(parties.nationalId, pin), isNull(parties.mergedIntoId)))
    .orderBy(parties.createdAt);
  return lock ? q.for('update') : q;
}

/** Adds the fields a NEW client must have (checked before the transaction so that every missing field is named at once). */
export async function checkRequiredForNew(db: DbOrTx, data: ClientData | null, r: Reader, at: string): Promise<void> {
  if (!data) return;
  const existing = await findByPin(db, data.pin, false);
  if (existing.length > 0) return;
  if (!data.lastName) r.missing(`${at}surname`);
  if (!data.firstName) r.missing(`${at}firstName`);
  if (!data.addresses.some((a) => a.kind === 'PERMANENT')) {
    for (const n of ['permanentAddressCity', 'permanentAddressZipCode']) r.missing(`${at}${n}`, `${n} (the permanent address)`);
  }
}

function snapshot(p: typeof parties.$inferSelect, profile: Record<string, unknown>) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    nationalId: p.nationalId,
    cisId: p.cisId.toString(),
    consolidatedId: p.consolidatedId,
    nonstopBanking: p.nonstopBanking,
    email: p.email,
    profile,
  };
}

const sameAddress = (a: typeof addresses.$inferSelect, b: ClientAddress) =>
  (a.street ?? '') === (b.street ?? '') &&
  (a.houseNumber ?? '') === (b.houseNumber ?? '') &&
  (a.flatNumber ?? '') === (b.flatNumber ?? '') &&
  (a.zip ?? '') === b.zip &&
  (a.city ?? '') === b.city &&
  a.country === b.country;

function today(): string {
  return businessDate();
}

function dayBefore(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

export interface UpsertResult {
  partyId: string;
  clientId: number;
  created: boolean;
  changed: boolean;
  citiesAdded: number;
}

/** The de-duplication and the write, inside the caller's transaction (advisory lock on the national id). */
export async function upsertClientTx(tx: DbOrTx, ctx: Ctx, data: ClientData, source: Source): Promise<UpsertResult> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'party:' + data.pin}, 0))`);
  const matches = await findByPin(tx, data.pin, true);
  // seed cases 3, 4, 5: several clients with this national id, whatever their CIS ids
  if (matches.length > 1) throw duplicateError(matches.length);
  const { actorType, actorId } = actorLabel(ctx.actor);
  const changedBy = `${actorType}${actorId ? `:${actorId}` : ''}`;
  const now = today();
  let citiesAdded = 0;

  let party = matches[0];
  let created = false;
  let profileBefore: Record<string, unknown> = {};
  let before: ReturnType<typeof snapshot> | null = null;
  if (!party) {
    created = true;
    [party] = await tx
      .insert(parties)
      .values({
        kind: 'PERSON',
        firstName: data.firstName ?? null,
        lastName: data.lastName ?? null,
        nationalId: data.pin,
        country: data.country,
        birthDate: data.birthDate || null,
        cisId: BigInt(data.cisId ?? '0'),
        consolidatedId: data.consolidatedClientId ?? null,
        // new clients from other channels get UNKNOWN (LOAN-9)
        nonstopBanking: data.nonstopBanking ?? 'UNKNOWN',
        email: data.email ?? null,
      })
      .returning();
  } else {
    const [prof] = await tx.select().from(clientProfiles).where(eq(clientProfiles.partyId, party.id));
    profileBefore = (prof?.data as Record<string, unknown>) ?? {};
    before = snapshot(party, profileBefore);
    // seed cases 1 and 2: one client → use it; a different CIS id (or CIS id 0) is replaced by the one sent.
    // Missing fields keep their stored values; Nonstop Banking is kept unless sent.
    const patch: Partial<typeof parties.$inferInsert> = {};
    if (data.cisId !== undefined && BigInt(data.cisId) !== party.cisId) patch.cisId = BigInt(data.cisId);
    if (data.consolidatedClientId !== undefined && data.consolidatedClientId !== party.consolidatedId) patch.consolidatedId = data.consolidatedClientId;
    if (data.firstName !== undefined && data.firstName !== party.firstName) patch.firstName = data.firstName;
    if (data.lastName !== undefined && data.lastName !== party.lastName) patch.lastName = data.lastName;
    if (data.email !== undefined && data.email !== party.email) patch.email = data.email;
    if (data.nonstopBanking !== undefined && data.nonstopBanking !== party.nonstopBanking) patch.nonstopBanking = data.nonstopBanking;
    if (Object.keys(patch).length) {
      [party] = await tx
        .update(parties)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(parties.id, party.id))
        .returning();
    }
  }

  const profileAfter = { ...profileBefore, ...data.profile };
  const profileChanged = JSON.stringify(profileAfter) !== JSON.stringify(profileBefore);
  if (profileChanged) {
    await tx
      .insert(clientProfiles)
      .values({ partyId: party.id, data: profileAfter })
      .onConflictDoUpdate({ target: clientProfiles.partyId, set: { data: profileAfter, updatedAt: new Date() } });
  }

  // versioned addresses: never overwritten; any difference ends the current one and starts a new one
  const addressChanges: { ended: unknown[]; added: unknown[] } = { ended: [], added: [] };
  for (const a of data.addresses) {
    const inserted = await tx.insert(cities).values({ zip: a.zip, name: a.city, country: a.country }).onConflictDoNothing().returning({ id: cities.id });
    citiesAdded += inserted.length;
    const current = await tx
      .select()
      .from(addresses)
      .where(and(eq(addresses.partyId, party.id), eq(addresses.kind, a.kind), isNull(addresses.validTo)))
      .for('update');
    if (current.length === 1 && sameAddress(current[0], a)) continue;
    for (const c of current) {
      const validTo = c.validFrom < now ? dayBefore(now) : c.validFrom;
      await tx.update(addresses).set({ validTo }).where(eq(addresses.id, c.id));
      addressChanges.ended.push({ id: c.id, kind: c.kind, street: c.street, houseNumber: c.houseNumber, flatNumber: c.flatNumber, zip: c.zip, city: c.city, validTo });
    }
    const [n] = await tx
      .insert(addresses)
      .values({ partyId: party.id, ...a, validFrom: now })
      .returning({ id: addresses.id });
    addressChanges.added.push({ id: n.id, ...a, validFrom: now });
  }

  // contacts: added when not yet known (a contact is never deleted by a partner request)
  const contactsAdded: unknown[] = [];
  if (data.contacts.length) {
    const known = await tx.select({ type: contacts.type, value: contacts.value }).from(contacts).where(eq(contacts.partyId, party.id));
    for (const c of data.contacts) {
      if (known.some((k) => k.type === c.type && k.value === c.value)) continue;
      await tx.insert(contacts).values({ partyId: party.id, type: c.type, value: c.value, note: c.note });
      contactsAdded.push(c);
    }
  }

  let [num] = await tx.select().from(clientNumbers).where(eq(clientNumbers.partyId, party.id));
  if (!num) [num] = await tx.insert(clientNumbers).values({ partyId: party.id }).returning();

  const after = snapshot(party, profileAfter);
  const changed = created || JSON.stringify(before) !== JSON.stringify(after) || addressChanges.added.length > 0 || contactsAdded.length > 0;
  if (changed) {
    const extra = { addresses: addressChanges, contactsAdded };
    await tx.insert(partyHistory).values({ partyId: party.id, changedBy, source, before, after: { ...after, ...extra } });
    await audit(ctx, created ? 'CREATE' : 'UPDATE', 'party', party.id, before, { ...after, ...extra }, tx);
  }
  return { partyId: party.id, clientId: num.clientId, created, changed, citiesAdded };
}

/** Register or update a client (partner API `POST /api/lea/client` and the GraphQL mutation `upsertClient`). */
export async function upsertClient(ctx: Ctx, body: Body, opts: { source: Source; prefix: string; nonstopRequired: boolean }): Promise<UpsertResult> {
  const issues = new IssueCollector();
  const r = new Reader(issues, opts.prefix);
  const data = readClient(body, r, '', { nonstopRequired: opts.nonstopRequired, defaultCountry: 'SK' });
  await checkRequiredForNew(ctx.db, data, r, '');
  issues.throwIfAny();
  return ctx.db.transaction(async (tx) => upsertClientTx(tx, ctx, data!, opts.source));
}
