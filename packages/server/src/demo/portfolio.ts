import { buildSchedule, plMaxInterestRate, generateNrb, generatePesel, generatePlMobile, generateRodneCislo, mulberry32, type Rng } from '@raty/domain';
import { ensureDefaultStrategies } from '../modules/strategies/index.js';
import type { Logger } from 'pino';
import type { DbHandle } from '../db/client.js';
import { bulkInsert } from '../db/bulk.js';
import { hashPassword } from '../lib/crypto.js';
import { DEMO_TOTP_SECRET, sealTotpSecret } from '../modules/auth/index.js';
import { randomUUID } from 'node:crypto';
import { createDemoPayments, type Behaviour } from './payments.js';
import { addDaysIso, addMonthsIso, rngUuid } from './util.js';
import { users } from '../db/schema/index.js';
import { createDemoCollection } from './collection.js';
import { seedDuplicateClient, seedPartnerDemo } from './partner.js';
import { businessDate } from '../lib/business-date.js';
import { applyLegalCaps } from '../modules/legal-rates/index.js';

export const DEMO_LOGINS = {
  password: 'raty-demo-konto',
  /** the demo admin's TOTP secret (issue 20: a second factor is required for ADMIN); any authenticator app reads it */
  adminTotpSecret: DEMO_TOTP_SECRET,
  users: [
    { email: 'admin@raty.demo', name: 'Anna Administratorka', roles: ['ADMIN'] },
    { email: 'collector@raty.demo', name: 'Karol Windykator', roles: ['NOTICES_EDIT', 'NOTICES_VIEW', 'SERVICING'] },
    { email: 'viewer@raty.demo', name: 'Wiktoria Podgląd', roles: ['NOTICES_VIEW'] },
    { email: 'analyst@raty.demo', name: 'Adam Analityk', roles: ['ANALYST'] },
  ],
} as const;

const FIRST_M = [
  'Jan',
  'Piotr',
  'Krzysztof',
  'Andrzej',
  'Tomasz',
  'Paweł',
  'Michał',
  'Marcin',
  'Grzegorz',
  'Józef',
  'Łukasz',
  'Adam',
  'Zbigniew',
  'Jerzy',
  'Tadeusz',
  'Mateusz',
  'Dariusz',
  'Mariusz',
  'Wojciech',
  'Ryszard',
];
const FIRST_F = [
  'Anna',
  'Maria',
  'Katarzyna',
  'Małgorzata',
  'Agnieszka',
  'Barbara',
  'Ewa',
  'Krystyna',
  'Elżbieta',
  'Magdalena',
  'Joanna',
  'Zofia',
  'Monika',
  'Teresa',
  'Danuta',
  'Natalia',
  'Aleksandra',
  'Karolina',
  'Marta',
  'Beata',
];
const LAST = [
  ['Nowak', 'Nowak'],
  ['Kowalski', 'Kowalska'],
  ['Wiśniewski', 'Wiśniewska'],
  ['Wójcik', 'Wójcik'],
  ['Kowalczyk', 'Kowalczyk'],
  ['Kamiński', 'Kamińska'],
  ['Lewandowski', 'Lewandowska'],
  ['Zieliński', 'Zielińska'],
  ['Szymański', 'Szymańska'],
  ['Woźniak', 'Woźniak'],
  ['Dąbrowski', 'Dąbrowska'],
  ['Kozłowski', 'Kozłowska'],
  ['Jankowski', 'Jankowska'],
  ['Mazur', 'Mazur'],
  ['Kwiatkowski', 'Kwiatkowska'],
  ['Krawczyk', 'Krawczyk'],
  ['Piotrowski', 'Piotrowska'],
  ['Grabowski', 'Grabowska'],
  ['Nowakowski', 'Nowakowska'],
  ['Pawłowski', 'Pawłowska'],
  ['Michalski', 'Michalska'],
  ['Nowicki', 'Nowicka'],
  ['Adamczyk', 'Adamczyk'],
  ['Dudek', 'Dudek'],
  ['Zając', 'Zając'],
];
const SK_FIRST_M = ['Ján', 'Peter', 'Marek', 'Martin', 'Tomáš', 'Jozef', 'Michal'];
const SK_FIRST_F = ['Mária', 'Jana', 'Zuzana', 'Katarína', 'Eva', 'Lucia', 'Monika'];
const SK_LAST = [
  ['Horváth', 'Horváthová'],
  ['Kováč', 'Kováčová'],
  ['Varga', 'Vargová'],
  ['Tóth', 'Tóthová'],
  ['Nagy', 'Nagyová'],
  ['Baláž', 'Balážová'],
];
const CITIES_PL = [
  ['00-001', 'Warszawa'],
  ['30-001', 'Kraków'],
  ['50-001', 'Wrocław'],
  ['60-001', 'Poznań'],
  ['80-001', 'Gdańsk'],
  ['90-001', 'Łódź'],
  ['40-001', 'Katowice'],
  ['20-001', 'Lublin'],
  ['15-001', 'Białystok'],
  ['35-001', 'Rzeszów'],
];
const CITIES_SK = [
  ['811 01', 'Bratislava'],
  ['040 01', 'Košice'],
  ['010 01', 'Žilina'],
  ['974 01', 'Banská Bystrica'],
];
const STREETS = ['Marszałkowska', 'Długa', 'Polna', 'Lipowa', 'Leśna', 'Słoneczna', 'Krótka', 'Szkolna', 'Ogrodowa', 'Kościuszki', 'Mickiewicza', 'Parkowa'];

const RECEIVABLE_KINDS = [
  { code: 'GOK', name: 'Pożyczka gotówkowa', currency: 'PLN', method: 'ANNUITY', dayCount: '30/360' },
  { code: 'RAT', name: 'Kredyt ratalny', currency: 'PLN', method: 'EQUAL_PRINCIPAL', dayCount: 'ACT/365' },
  { code: 'SAM', name: 'Pożyczka samochodowa', currency: 'PLN', method: 'ANNUITY', dayCount: 'ACT/365' },
  { code: 'SPU', name: 'Spotrebný úver', currency: 'EUR', method: 'ANNUITY', dayCount: '30/360' },
] as const;

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

export interface DemoDataOptions {
  files: number;
  seed?: number;
  /** "today" of the portfolio: statuses and payments are generated up to this date */
  asOf?: string;
  log?: Logger;
  /** false: schedules only, no payment history */
  withPayments?: boolean;
  /**
   * `large` (npm run bench, RATY_DEMO_DATA=large): more parties per file (co-borrowers, guarantors), about two loans per
   * file. `small` (default) keeps the classic demo shape. The random stream of `small` is unchanged.
   */
  profile?: 'small' | 'large';
  /** files generated, inserted and paid per batch (bounded memory for the large profile); default: all at once */
  batchFiles?: number;
}

export interface DemoDataResult {
  files: number;
  parties: number;
  loans: number;
  installments: number;
  payments: number;
  notices?: number;
  ms: number;
}

export const SIZES = { small: 2_000, large: 100_000 } as const;

/** Loads the demo data when the database has no users yet (first start). */
export async function loadDemoDataIfEmpty(db: DbHandle, opts: { size: 'small' | 'large'; log?: Logger; asOf?: string }): Promise<DemoDataResult | null> {
  const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from users`;
  if (n > 0) return null;
  const asOf = opts.asOf ?? businessDate();
  const res = await createDemoData(db, { files: SIZES[opts.size], log: opts.log, asOf, profile: opts.size, batchFiles: opts.size === 'large' ? 10_000 : undefined });
  const t0 = Date.now();
  // running PL loans signed before a cut of the maximum interest: capped from the cut (small profile; the large one
  // leaves it to the daily tick's cron job, which applies the same service)
  if (opts.size === 'small') opts.log?.info(await applyLegalCaps(db.sql, asOf), 'legal caps applied to the demo');
  res.notices = await createDemoCollection(db, { asOf, log: opts.log });
  await seedDuplicateClient(db);
  res.ms += Date.now() - t0;
  return res;
}

/**
 * Deterministic demo portfolio (fixed seed): valid PESELs / rodné čísla, 9-digit mobiles, addresses, ~70 % of parties
 * with SMS consent, some departed, files with co-debtors, loans in every status with schedules and payments
 * (on time, late, partial, overpaid, stopped). Everything is inserted set-based (unnest arrays, chunks of 20k rows).
 */
export async function createDemoData(db: DbHandle, opts: DemoDataOptions): Promise<DemoDataResult> {
  const t0 = Date.now();
  const rng = mulberry32(opts.seed ?? 20261125);
  const asOf = opts.asOf ?? businessDate();
  const { sql } = db;

  // --- staff users
  const pwHash = await hashPassword(DEMO_LOGINS.password);
  await db.db
    .insert(users)
    .values(
      DEMO_LOGINS.users.map((u) => {
        const id = randomUUID();
        return {
          id,
          email: u.email,
          name: u.name,
          passwordHash: pwHash,
          roles: [...u.roles],
          // the TOTP secret is stored encrypted (docs/security.md § 3b)
          ...((u.roles as readonly string[]).includes('ADMIN') ? { totpSecret: sealTotpSecret(id, DEMO_LOGINS.adminTotpSecret), totpEnabledAt: new Date() } : {}),
        };
      }),
    )
    .onConflictDoNothing();

  // --- dictionaries
  const kindIds: Record<string, string> = {};
  for (const k of RECEIVABLE_KINDS) {
    const [r] = await sql<{ id: string }[]>`insert into receivable_kinds (code, name, currency, method, day_count)
      values (${k.code}, ${k.name}, ${k.currency}, ${k.method}, ${k.dayCount})
      on conflict (code) do update set name = excluded.name returning id`;
    kindIds[k.code] = r.id;
  }
  // each receivable kind has an active default strategy (issue 31: a fresh demo runs its reminders through them)
  await ensureDefaultStrategies(sql);
  const [ctStd] = await sql<{ id: string }[]>`insert into contract_types (code, name, country, receivable_kind_id) values ('STD', 'Umowa standardowa', 'PL', ${kindIds.GOK})
    on conflict (code) do update set name = excluded.name returning id`;
  const [ctQp] = await sql<
    { id: string }[]
  >`insert into contract_types (code, name, country, rate_calculated_by, installment_calculated_by, selling_channel_requirement, apr_check_by, interest_method, receivable_kind_id)
    values ('QPARTNER', 'QPartner – tovarová pôžička', 'SK', 'FRONTEND', 'FRONTEND', 'REQUIRED', 'RECALCULATION_DATE', 'E', ${kindIds.SPU})
    on conflict (code) do update set name = excluded.name returning id`;
  await sql`insert into selling_channels (code, name, valid_from, valid_to) values
    ('BRANCH', 'Oddział / pobočka', '2015-01-01', null),
    ('ONLINE', 'Internet', '2018-01-01', null),
    ('QPARTNER', 'QPartner – partnerská sieť', '2020-01-01', null),
    ('CALLCTR', 'Call centrum (archiwalny)', '2015-01-01', '2022-12-31')
    on conflict (code) do nothing`;
  // SK caps: dated legal_rates rows (migration 0022), added once (the table is append-only)
  await sql`insert into legal_rates (kind, valid_from, value, source)
    select v.kind, v.valid_from::date, v.value::numeric, v.source from (values
      ('SK_MAX_RPMN', '2015-06-01', '57.0000', 'max RPMN: 2× average RPMN (NBS), demo figure'),
      ('SK_MAX_RPMN', '2024-01-01', '45.0000', 'max RPMN from 2024 (demo figure)'),
      ('SK_MAX_ODPLATA', '2015-06-01', '57.0000', 'max odplata (demo figure)')) as v(kind, valid_from, value, source)
    where not exists (select 1 from legal_rates r where r.kind = v.kind and r.valid_from = v.valid_from::date)`;
  // PL maxima come from legal_rates (migration 0015: NBP reference rates and the formula rows); MPKK from the domain
  for (const [zip, name] of CITIES_PL) await sql`insert into cities (zip, name, country) values (${zip}, ${name}, 'PL') on conflict do nothing`;
  for (const [zip, name] of CITIES_SK) await sql`insert into cities (zip, name, country) values (${zip}, ${name}, 'SK') on conflict do nothing`;

  // --- parties, files, loans (in memory, then set-based inserts)
  const partyRows: unknown[][] = [];
  const contactRows: unknown[][] = [];
  const addressRows: unknown[][] = [];
  const fileRows: unknown[][] = [];
  const filePartyRows: unknown[][] = [];
  const loanRows: unknown[][] = [];
  const instRows: unknown[][] = [];
  const versionRows: unknown[][] = [];
  const loansForPayments: Parameters<typeof createDemoPayments>[1] = [];
  const nextNumber: Record<string, number> = {};
  const large = opts.profile === 'large';
  const batch = Math.max(1, opts.batchFiles ?? opts.files);
  const totals = { files: 0, parties: 0, loans: 0, installments: 0, payments: 0 };

  const makeParty = (sk: boolean) => {
    const id = rngUuid(rng);
    const female = rng() < 0.5;
    const year = (sk ? 1956 : 1950) + Math.floor(rng() * (sk ? 47 : 53));
    const birth = `${year}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
    const sex = female ? 'F' : 'M';
    const first = sk ? pick(rng, female ? SK_FIRST_F : SK_FIRST_M) : pick(rng, female ? FIRST_F : FIRST_M);
    const lastPair = sk ? pick(rng, SK_LAST) : pick(rng, LAST);
    const last = female ? lastPair[1] : lastPair[0];
    const nationalId = sk ? generateRodneCislo(rng, birth, sex) : generatePesel(rng, birth, sex);
    const roll = rng();
    const deathDate = roll < 0.015 ? addDaysIso(asOf, -Math.floor(30 + rng() * 700)) : null;
    const bankruptcyDate = roll >= 0.015 && roll < 0.025 ? addDaysIso(asOf, -Math.floor(30 + rng() * 700)) : null;
    const nonstop = rng() < 0.5 ? 'UNKNOWN' : rng() < 0.6 ? 'YES' : 'NO';
    const email = rng() < 0.6 ? `${asciiFold(first)}.${asciiFold(last)}${Math.floor(rng() * 1000)}@example.${sk ? 'sk' : 'pl'}`.toLowerCase() : null;
    partyRows.push([id, 'PERSON', first, last, nationalId, sk ? 'SK' : 'PL', birth, deathDate, bankruptcyDate, nonstop, email]);
    // contacts: most have a mobile; ~70 % consent to SMS reminders on exactly one mobile
    const consent = rng() < 0.7;
    if (rng() < 0.96 || consent) contactRows.push([rngUuid(rng), id, 'MOBILE', generatePlMobile(rng), null, consent]);
    if (rng() < 0.08) contactRows.push([rngUuid(rng), id, 'MOBILE', generatePlMobile(rng), 'drugi numer', false]);
    if (rng() < 0.1) contactRows.push([rngUuid(rng), id, 'HOME', `22${String(Math.floor(rng() * 1e7)).padStart(7, '0')}`, null, false]);
    if (email) contactRows.push([rngUuid(rng), id, 'EMAIL', email, null, false]);
    const [zip, city] = sk ? pick(rng, CITIES_SK) : pick(rng, CITIES_PL);
    const street = pick(rng, STREETS);
    const house = String(1 + Math.floor(rng() * 120));
    const flat = rng() < 0.6 ? String(1 + Math.floor(rng() * 60)) : null;
    if (rng() < 0.1) {
      const [ozip, ocity] = sk ? pick(rng, CITIES_SK) : pick(rng, CITIES_PL);
      addressRows.push([rngUuid(rng), id, 'PERMANENT', pick(rng, STREETS), '7', null, ozip, ocity, sk ? 'SK' : 'PL', '2015-01-01', '2022-06-30']);
      addressRows.push([rngUuid(rng), id, 'PERMANENT', street, house, flat, zip, city, sk ? 'SK' : 'PL', '2022-07-01', null]);
    } else {
      addressRows.push([rngUuid(rng), id, 'PERMANENT', street, house, flat, zip, city, sk ? 'SK' : 'PL', '2015-01-01', null]);
    }
    return id;
  };

  const plParties: string[] = [];
  for (let i = 0; i < opts.files; i++) {
    const kind = rng() < 0.06 ? RECEIVABLE_KINDS[3] : pick(rng, RECEIVABLE_KINDS.slice(0, 3));
    const sk = kind.code === 'SPU';
    const fileId = rngUuid(rng);
    nextNumber[kind.code] = (nextNumber[kind.code] ?? 100) + 1 + Math.floor(rng() * 3);
    const number = nextNumber[kind.code];
    // 8 % of PL borrowers already have another file with us
    const borrower = !sk && plParties.length > 50 && rng() < 0.08 ? pick(rng, plParties) : makeParty(sk);
    if (!sk) plParties.push(borrower);
    filePartyRows.push([fileId, borrower, 'BORROWER']);
    if (rng() < (large ? 0.7 : 0.25)) filePartyRows.push([fileId, makeParty(sk), 'CO_BORROWER']);
    if (rng() < (large ? 0.2 : 0.05)) filePartyRows.push([fileId, makeParty(sk), 'GUARANTOR']);

    // large profile: about two loans per file (a top-up loan), sometimes three
    const loanCount = large ? (rng() < 0.9 ? 2 : 1) + (rng() < 0.1 ? 1 : 0) : 1;
    let fileClosed = true;
    for (let k = 0; k < loanCount; k++) {
      // loan terms
      const n = pick(rng, [6, 12, 12, 18, 24, 24, 36, 36, 48, 60]);
      const principal = (Math.round((1000 + rng() * (kind.code === 'SAM' ? 60000 : 30000)) / 50) * 50).toFixed(2);
      const drawnRate = sk ? (8 + Math.floor(rng() * 100) / 10).toFixed(2) : pick(rng, ['0', '7.5', '9.9', '12', '14.5', '16', '17']);
      const penalty = sk ? '15.00' : '18.50';
      const monthsAgo = Math.floor(rng() * 40) - 1; // -1 → disbursed in the future (TO_BE_DISBURSED)
      const dueDay = pick(rng, [5, 10, 15, 20, 25, 28]);
      const disb = addMonthsIso(asOf, -monthsAgo, 1 + Math.floor(rng() * 28));
      // PL: a contract is signed at no more than the maximum interest in force that day (the domain's NBP table, the same
      // rows migration 0015 ships); later cuts cap running loans through LEGAL_CAP schedule versions (loadDemoDataIfEmpty)
      const plMax = sk ? null : plMaxInterestRate(disb);
      const rate = plMax !== null && Number(drawnRate) > Number(plMax) ? plMax : drawnRate;
      const firstDue = addMonthsIso(disb, 1, dueDay);
      const deferral = sk && rng() < 0.2 ? 2 : 0;
      const schedule = buildSchedule({
        principal,
        annualRate: rate,
        installments: n,
        disbursementDate: disb,
        firstDueDate: firstDue,
        method: kind.method,
        dayCount: kind.dayCount,
        deferralMonths: deferral,
      });
      const behaviourRoll = rng();
      const behaviour: Behaviour =
        monthsAgo < 0
          ? 'NEVER'
          : behaviourRoll < 0.45
            ? 'ON_TIME'
            : behaviourRoll < 0.62
              ? 'LATE'
              : behaviourRoll < 0.72
                ? 'PARTIAL'
                : behaviourRoll < 0.78
                  ? 'OVERPAID'
                  : behaviourRoll < 0.93
                    ? 'STOPPED'
                    : behaviourRoll < 0.97
                      ? 'NEVER'
                      : 'REPAID_EARLY';
      const lastDue = schedule.lines.at(-1)!.dueDate;
      let status = monthsAgo < 0 ? 'TO_BE_DISBURSED' : 'ACTIVE';
      if (status === 'ACTIVE' && lastDue < asOf && (behaviour === 'ON_TIME' || behaviour === 'OVERPAID' || behaviour === 'LATE')) status = 'REPAID';
      if (status === 'ACTIVE' && behaviour === 'NEVER' && monthsAgo > 8) status = rng() < 0.5 ? 'TERMINATED' : 'WRITTEN_OFF';
      if (status === 'ACTIVE' && behaviour === 'STOPPED' && monthsAgo > 20 && rng() < 0.4) status = 'TERMINATED';

      const loanId = rngUuid(rng);
      const loanNumber = `${kind.code}/${disb.slice(0, 4)}/${String(number).padStart(6, '0')}${k ? `-${k + 1}` : ''}`;
      const account = sk ? null : generateNrb(rng, '1090');
      const skIban = sk ? skIbanFrom(rng) : null;
      if (status !== 'REPAID') fileClosed = false;
      loanRows.push([
        loanId,
        fileId,
        loanNumber,
        sk ? ctQp.id : ctStd.id,
        kind.currency,
        principal,
        rate,
        penalty,
        kind.method,
        kind.dayCount,
        n,
        deferral,
        disb,
        disb,
        firstDue,
        account ?? skIban,
        status,
      ]);
      versionRows.push([loanId, 1, 'INITIAL', disb, JSON.stringify({ principal, annualRate: rate, installments: n, method: kind.method, dayCount: kind.dayCount, deferralMonths: deferral })]);
      for (const l of schedule.lines) {
        instRows.push([loanId, 1, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]);
      }
      loansForPayments.push({ loanId, behaviour, status, lines: schedule.lines, penaltyRate: penalty, terms: { principal, annualRate: rate, disbursementDate: disb } });
    }
    fileRows.push([fileId, kindIds[kind.code], number, fileClosed ? 'CLOSED' : 'ACTIVE']);
    if ((i + 1) % batch === 0 || i === opts.files - 1) await flush();
  }

  async function flush() {
    await bulkInsert(
      sql,
      'parties',
      cols('id:uuid kind:text first_name:text last_name:text national_id:text country:text birth_date:date death_date:date bankruptcy_date:date nonstop_banking:text email:text'),
      partyRows,
    );
    await bulkInsert(sql, 'contacts', cols('id:uuid party_id:uuid type:text value:text note:text sms_consent:bool'), contactRows);
    await bulkInsert(
      sql,
      'addresses',
      cols('id:uuid party_id:uuid kind:text street:text house_number:text flat_number:text zip:text city:text country:text valid_from:date valid_to:date'),
      addressRows,
    );
    await bulkInsert(sql, 'debtor_files', cols('id:uuid receivable_kind_id:uuid number:int status:text'), fileRows);
    await bulkInsert(sql, 'file_parties', cols('file_id:uuid party_id:uuid role:text'), filePartyRows, { onConflict: 'on conflict do nothing' });
    await bulkInsert(
      sql,
      'loans',
      cols(
        'id:uuid file_id:uuid number:text contract_type_id:uuid currency:text principal:numeric annual_rate:numeric penalty_rate:numeric method:text day_count:text installments_count:int deferral_months:int signature_date:date disbursement_date:date first_due_date:date repayment_account:text status:text',
      ),
      loanRows,
    );
    await bulkInsert(sql, 'schedule_versions', cols('loan_id:uuid version:int reason:text effective_date:date terms:jsonb'), versionRows);
    await bulkInsert(sql, 'installments', cols('loan_id:uuid version:int number:int due_date:date principal:numeric interest:numeric accumulated_interest:numeric total:numeric'), instRows, {
      chunk: 50_000,
    });
    const payments = opts.withPayments === false ? 0 : await createDemoPayments(db, loansForPayments, { rng, asOf });
    totals.files += fileRows.length;
    totals.parties += partyRows.length;
    totals.loans += loanRows.length;
    totals.installments += instRows.length;
    totals.payments += payments;
    for (const rows of [partyRows, contactRows, addressRows, fileRows, filePartyRows, loanRows, instRows, versionRows, loansForPayments]) rows.length = 0;
    if (batch < opts.files) opts.log?.info({ ...totals }, 'demo data batch done');
  }

  // selling channels (analysts filter by them, docs/analytics.md): QPartner loans through the partner network, the
  // Polish ones spread over branch / online / the archived call centre by their number (no random draw: the rest of
  // the portfolio stays what the fixed seed makes it)
  await sql`update loans l set selling_channel_id = sc.id from selling_channels sc
    where l.selling_channel_id is null and sc.code = case
      when l.contract_type_id = ${ctQp.id} then 'QPARTNER'
      when abs(hashtext(l.number)) % 10 < 6 then 'BRANCH'
      when abs(hashtext(l.number)) % 10 < 9 then 'ONLINE'
      else 'CALLCTR' end`;

  // partner API demo (issue 24): PZEX5, pk1, sale place *E11527 / dealer *E1152702, client 5135010, a duplicated client
  await seedPartnerDemo(db, { skKindId: kindIds.SPU });

  const res: DemoDataResult = { ...totals, ms: Date.now() - t0 };
  opts.log?.info(res, 'demo data created');
  return res;
}

function cols(spec: string) {
  return spec.split(/\s+/).map((s) => {
    const [name, type] = s.split(':');
    return { name, type };
  });
}

function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

function skIbanFrom(rng: Rng): string {
  // SK IBAN: SKkk + 4-digit bank + 6-digit prefix + 10-digit account
  const bban = '0900' + '000000' + String(Math.floor(rng() * 1e10)).padStart(10, '0');
  const rearranged = bban + '2820' + '00'; // S=28, K=20
  let rem = 0;
  for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  return `SK${check}${bban}`;
}
