import { buildSchedule, mulberry32 } from '@raty/domain';
import type { Logger } from 'pino';
import type { DbHandle, Sql } from '../src/db/client.js';
import { bulkInsert } from '../src/db/bulk.js';
import { createDemoData, addDaysIso } from '../src/demo/index.js';
import { computeLoanState } from '../src/modules/loans/loan-state.js';
import { loadLoan, storeLoanState } from '../src/modules/loans/loans.service.js';

/** Bump when the generated portfolio changes: a bench data dir with another stamp is re-seeded. */
const BENCH_SEED_VERSION = 'v3';
/** The business date of the bench portfolio (RATY_TODAY is pinned to it for the bench). */
export const BENCH_AS_OF = '2026-11-25';
export const BIG_LOAN_NUMBER = 'GOK/2016/BENCH-500';

export const SCALES = {
  /** smoke: a few hundred files, well under a minute */
  small: {
    files: 300,
    samples: 5,
    registrySamples: 5,
    loadSeconds: 2,
    concurrency: 50,
    tickRuns: 2,
    smsNotices: 200,
    abortNotices: 2000,
    massRuns: 2,
    scheduleSamples: 11,
    paymentSamples: 5,
    statementLines: 5_000,
    statementPostings: 30,
  },
  /** between the two: ~10k files (~20k loans), for a shared machine where the full scale does not fit (issue 18's checker figure) */
  medium: {
    files: 10_000,
    samples: 10,
    registrySamples: 10,
    loadSeconds: 5,
    concurrency: 50,
    tickRuns: 2,
    smsNotices: 1_000,
    abortNotices: 3_000,
    massRuns: 3,
    scheduleSamples: 21,
    paymentSamples: 10,
    statementLines: 50_000,
    statementPostings: 300,
  },
  /** the target portfolio: ~100k files, ~200k parties, ~200k loans, ~5M installments, ~1M notices, ~2M payments */
  full: {
    files: 100_000,
    samples: 20,
    registrySamples: 20,
    loadSeconds: 15,
    concurrency: 50,
    tickRuns: 3,
    smsNotices: 3_000,
    abortNotices: 5_000,
    massRuns: 5,
    scheduleSamples: 41,
    paymentSamples: 30,
    statementLines: 50_000,
    statementPostings: 300,
  },
} as const;
export type ScaleName = keyof typeof SCALES;
export type Scale = { [K in keyof (typeof SCALES)['small']]: number };

export function stampOf(scale: ScaleName): string {
  return `${BENCH_SEED_VERSION}:${scale}:${SCALES[scale].files}:${BENCH_AS_OF}`;
}

export async function currentStamp(sql: Sql): Promise<string | null> {
  const [t] = await sql<{ t: string | null }[]>`select to_regclass('bench_meta')::text as t`;
  if (!t.t) return null;
  const rows = await sql<{ value: string }[]>`select value from bench_meta where key = 'stamp'`;
  return rows[0]?.value ?? null;
}

/**
 * Seeds the bench portfolio: the demo generator's `large` profile (set-based, batches of 10k files), the notices
 * (set-based INSERT … SELECT, when the collection tables exist) and one loan with 500 payments.
 */
export async function seedBench(db: DbHandle, scale: ScaleName, log?: Logger): Promise<Record<string, number>> {
  const t0 = Date.now();
  const seeded = await createDemoData(db, { files: SCALES[scale].files, asOf: BENCH_AS_OF, profile: 'large', batchFiles: 10_000, log });
  log?.info(seeded, 'portfolio seeded');
  const notices = await seedNotices(db.sql, BENCH_AS_OF);
  log?.info({ notices }, 'notices seeded');
  await seedBigLoan(db);
  await db.sql`vacuum analyze`.catch(() => db.sql`analyze`);
  await db.sql`create table if not exists bench_meta (key text primary key, value text not null)`;
  await db.sql`insert into bench_meta values ('stamp', ${stampOf(scale)}) on conflict (key) do update set value = excluded.value`;
  await db.sql`insert into bench_meta values ('seconds', ${String(Math.round((Date.now() - t0) / 1000))}) on conflict (key) do update set value = excluded.value`;
  return portfolio(db.sql);
}

export async function portfolio(sql: Sql): Promise<Record<string, number>> {
  const hasNotices = await tableExists(sql, 'notices');
  const [r] = await sql<Record<string, number>[]>`select
    (select count(*) from debtor_files)::int as files, (select count(*) from parties)::int as parties, (select count(*) from loans)::int as loans,
    (select count(*) from installments)::int as installments, (select count(*) from payments)::int as payments,
    (select count(*) from payment_allocations)::int as allocations`;
  if (hasNotices) {
    const [n] = await sql<{ n: number }[]>`select count(*)::int as n from notices`;
    r.notices = n.n;
  }
  return { ...r };
}

export async function tableExists(sql: Sql, name: string): Promise<boolean> {
  const [t] = await sql<{ t: string | null }[]>`select to_regclass(${name})::text as t`;
  return !!t.t;
}

/**
 * ~1 notice per 3 past-due installments (deterministic: by installment id), addressed to the file's borrower, created a
 * week after the due date; SMS notices mostly SENT (delivered or not), the other channels DRAFT; one item each.
 */
async function seedNotices(sql: Sql, asOf: string): Promise<number> {
  if (!(await tableExists(sql, 'notices')) || !(await tableExists(sql, 'notice_items'))) return 0;
  const [u] = await sql<{ id: string }[]>`select id from users where email = 'collector@raty.demo'`;
  await sql`
    insert into notices (id, file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_address, addressee_consent,
                         total_amount, send_status, sent_at, provider_message_id, delivery_status, delivery_status_at, created_at, created_by, updated_at)
    select md5('notice' || i.id)::uuid, l.file_id, fp.party_id, 'OVERDUE', ch.channel, c.created_on, m.value,
           case when ch.channel in ('SMS', 'EXTERNAL_SMS') then 'Przypominamy o zaległej racie ' || (i.principal + i.interest)::text || ' PLN. Raty' end,
           coalesce(p.first_name || ' ' || p.last_name, p.company_name, '?'), a.street || ' ' || a.house_number || ', ' || a.zip || ' ' || a.city,
           m.value is not null, i.principal + i.interest,
           case when ch.channel = 'SMS' and m.value is not null then 'SENT' else 'DRAFT' end,
           case when ch.channel = 'SMS' and m.value is not null then c.created_on + time '09:00' end,
           case when ch.channel = 'SMS' and m.value is not null then 'bench-' || i.id end,
           case when ch.channel = 'SMS' and m.value is not null then (case when i.id % 10 = 3 then 'UNDELIVERED' else 'DELIVERED' end) end,
           case when ch.channel = 'SMS' and m.value is not null then c.created_on + time '09:05' end,
           c.created_on + time '08:00', ${u?.id ?? null}::uuid, c.created_on + time '08:00'
    from installments i
    join loans l on l.id = i.loan_id and i.version = l.schedule_version
    join file_parties fp on fp.file_id = l.file_id and fp.role = 'BORROWER'
    join parties p on p.id = fp.party_id
    cross join lateral (select least(i.due_date + 7, ${asOf}::date) as created_on) c
    cross join lateral (select (array['SMS','SMS','SMS','SMS','SMS','SMS','SMS','EMAIL','PHONE_CALL','EXTERNAL_SMS'])[1 + (i.id % 10)::int] as channel) ch
    left join lateral (select value from contacts ct where ct.party_id = p.id and ct.type = 'MOBILE' and ct.sms_consent limit 1) m on true
    left join lateral (select * from addresses ad where ad.party_id = p.id and ad.valid_to is null limit 1) a on true
    where i.due_date < ${asOf}::date and i.id % 3 = 0
    on conflict (id) do nothing`;
  await sql`
    insert into notice_items (notice_id, loan_id, installment_number, kind_code, year, due_date, selected, overdue_balance, future_balance, overpayment_balance, amount_due)
    select md5('notice' || i.id)::uuid, i.loan_id, i.number, split_part(l.number, '/', 1), extract(year from i.due_date)::int, i.due_date, true,
           i.principal + i.interest, 0, 0, i.principal + i.interest
    from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version
    where i.due_date < ${asOf}::date and i.id % 3 = 0
      and not exists (select 1 from notice_items x where x.notice_id = md5('notice' || i.id)::uuid)`;
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from notices`;
  return n;
}

/** A 120-installment annuity (2016–2026) with 500 regular payments, allocated by the loan engine. */
async function seedBigLoan(db: DbHandle): Promise<string> {
  const { sql } = db;
  const existing = await sql<{ id: string }[]>`select id from loans where number = ${BIG_LOAN_NUMBER}`;
  if (existing.length) return existing[0].id;
  const rng = mulberry32(500);
  const terms = { principal: '24000.00', annualRate: '12', installments: 120, disbursementDate: '2016-11-15', firstDueDate: '2016-12-15', method: 'ANNUITY' as const, dayCount: '30/360' as const };
  const s = buildSchedule(terms);
  const [kind] = await sql<{ id: string }[]>`select id from receivable_kinds where code = 'GOK'`;
  const [party] = await sql<{ id: string }[]>`insert into parties (kind, first_name, last_name, national_id) values ('PERSON', 'Benchmark', 'Pięćsetny', '80050512345') returning id`;
  await sql`insert into contacts (party_id, type, value, sms_consent) values (${party.id}, 'MOBILE', '500100500', true)`;
  const [file] = await sql<{ id: string }[]>`insert into debtor_files (receivable_kind_id, number) values (${kind.id}, 9000500) returning id`;
  await sql`insert into file_parties (file_id, party_id, role) values (${file.id}, ${party.id}, 'BORROWER')`;
  const [loan] = await sql<{ id: string }[]>`insert into loans (file_id, number, principal, annual_rate, penalty_rate, method, day_count, installments_count,
      disbursement_date, first_due_date, repayment_account, status)
    values (${file.id}, ${BIG_LOAN_NUMBER}, ${terms.principal}, ${terms.annualRate}, '18.5', ${terms.method}, ${terms.dayCount}, 120,
      ${terms.disbursementDate}, ${terms.firstDueDate}, 'PL61109010140000071219812874', 'ACTIVE') returning id`;
  await sql`insert into schedule_versions (loan_id, version, reason, effective_date, terms) values (${loan.id}, 1, 'INITIAL', ${terms.disbursementDate}, ${JSON.stringify(terms)}::jsonb)`;
  await bulkInsert(
    sql,
    'installments',
    [
      { name: 'loan_id', type: 'uuid' },
      { name: 'version', type: 'int' },
      { name: 'number', type: 'int' },
      { name: 'due_date', type: 'date' },
      { name: 'principal', type: 'numeric' },
      { name: 'interest', type: 'numeric' },
      { name: 'accumulated_interest', type: 'numeric' },
      { name: 'total', type: 'numeric' },
    ],
    s.lines.map((l) => [loan.id, 1, l.number, l.dueDate, l.principal, l.interest, l.accumulatedInterest, l.total]),
  );
  // 4 payments per installment (a quarter each, around the due date) + 20 small extra ones = 500
  const pays: unknown[][] = [];
  const q = (total: string) => {
    const minor = BigInt(total.replace('.', ''));
    const part = minor / 4n;
    return [part, part, part, minor - 3n * part].map((v) => `${v / 100n}.${String(v % 100n).padStart(2, '0')}`);
  };
  for (const l of s.lines) {
    q(l.total).forEach((amt, k) => pays.push([uuidFrom(rng), loan.id, addDaysIso(l.dueDate, k - 2 + Math.floor(rng() * 2)), amt, 'BANK_TRANSFER', `bench-big-${l.number}-${k}`, 'bench']));
  }
  for (let k = 0; k < 20; k++) pays.push([uuidFrom(rng), loan.id, addDaysIso('2017-01-20', k * 170), '15.00', 'CASH', `bench-big-extra-${k}`, 'bench']);
  await bulkInsert(
    sql,
    'payments',
    [
      { name: 'id', type: 'uuid' },
      { name: 'loan_id', type: 'uuid' },
      { name: 'payment_date', type: 'date' },
      { name: 'amount', type: 'numeric' },
      { name: 'method', type: 'text' },
      { name: 'idempotency_key', type: 'text' },
      { name: 'created_by', type: 'text' },
    ],
    pays,
  );
  const row = (await loadLoan(sql, loan.id))!;
  const st = computeLoanState({
    lines: s.lines.map((l) => ({ number: l.number, dueDate: l.dueDate, principal: l.principal, interest: l.interest })),
    penaltyRates: [{ from: terms.disbursementDate, rate: '18.5' }],
    payments: pays.map((p) => ({ id: p[0] as string, date: p[2] as string, amount: p[3] as string })),
    asOf: BENCH_AS_OF,
  });
  await sql.begin((tx) => storeLoanState(tx, row, st));
  return loan.id;
}

function uuidFrom(rng: () => number): string {
  const h = () =>
    Math.floor(rng() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
}
