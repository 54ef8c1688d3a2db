import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** A debtor / party (podatnik, kontrahent, klient): a person or a company. */
export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // PERSON | COMPANY
    firstName: text('first_name'),
    lastName: text('last_name'),
    companyName: text('company_name'),
    nationalId: text('national_id'), // PESEL (PL) / rodné číslo (SK) / NIP for companies
    country: text('country').notNull().default('PL'), // PL | SK: country of the national id
    birthDate: date('birth_date', { mode: 'string' }),
    cisId: bigint('cis_id', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    consolidatedId: text('consolidated_id'),
    deathDate: date('death_date', { mode: 'string' }),
    bankruptcyDate: date('bankruptcy_date', { mode: 'string' }),
    nonstopBanking: text('nonstop_banking').notNull().default('UNKNOWN'), // YES | NO | UNKNOWN
    email: text('email'),
    /** set when the party was consolidated into another one (migration 0027): no longer a match of its national id */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => parties.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('parties_national_id_idx').on(t.nationalId),
    index('parties_last_name_idx').on(sql`lower(${t.lastName}) text_pattern_ops`),
    index('parties_company_name_idx').on(sql`lower(${t.companyName}) text_pattern_ops`),
    // migration 0031 (issue 26): the staff search folds case and diacritics with raty_fold() = lower(unaccent(x))
    index('parties_last_name_fold_idx').on(sql`raty_fold(${t.lastName}) text_pattern_ops`),
    index('parties_first_name_fold_idx').on(sql`raty_fold(${t.firstName}) text_pattern_ops`),
    index('parties_company_name_trgm_idx').using('gin', sql`raty_fold(${t.companyName}) gin_trgm_ops`),
    index('parties_national_id_prefix_idx').on(sql`${t.nationalId} text_pattern_ops`),
  ],
);

/** History ("archive") of every change of a party: before/after snapshot. */
export const partyHistory = pgTable(
  'party_history',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: text('changed_by'),
    source: text('source').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('party_history_party_idx').on(t.partyId)],
);

/** Contacts of a party. At most one MOBILE per party may carry SMS consent (partial unique index). */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    type: text('type').notNull(), // MOBILE | HOME | WORK | EMAIL | FAX | OTHER
    value: text('value').notNull(),
    note: text('note'),
    smsConsent: boolean('sms_consent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_party_idx').on(t.partyId),
    uniqueIndex('contacts_one_consented_mobile_uq')
      .on(t.partyId)
      .where(sql`${t.smsConsent} and ${t.type} = 'MOBILE'`),
  ],
);

/** Every change of SMS consent: who, when, source. */
export const consentChanges = pgTable(
  'consent_changes',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    contactId: uuid('contact_id').notNull(),
    partyId: uuid('party_id').notNull(),
    consent: boolean('consent').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: text('changed_by'),
    source: text('source').notNull(),
  },
  (t) => [index('consent_changes_party_idx').on(t.partyId)],
);

/** City dictionary (ZIP + city); unknown pairs are added when addresses are registered. */
export const cities = pgTable(
  'cities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zip: text('zip').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull().default('PL'),
  },
  (t) => [uniqueIndex('cities_zip_name_uq').on(t.country, t.zip, t.name)],
);

/** Versioned addresses: never overwritten; a changed address ends the old version (valid_to) and starts a new one. */
export const addresses = pgTable(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('PERMANENT'), // PERMANENT | CORRESPONDENCE
    street: text('street'),
    houseNumber: text('house_number'),
    flatNumber: text('flat_number'),
    zip: text('zip'),
    city: text('city'),
    country: text('country').notNull().default('PL'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('addresses_party_idx').on(t.partyId, t.kind)],
);

/** Consolidations of duplicated parties (LOAN-7.2 "potrebná konsolidácia"): what moved to the survivor. Migration 0027. */
export const partyMerges = pgTable(
  'party_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => parties.id),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => parties.id),
    moved: jsonb('moved').notNull(),
    mergedBy: text('merged_by'),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('party_merges_survivor_idx').on(t.survivorId)],
);
