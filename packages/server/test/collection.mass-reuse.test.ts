import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionEnv, fieldsOf, AS_OF, type CollectionEnv } from './collection-helpers.js';
import { pruneFileChanges } from '../src/modules/collection/mass/changes.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';

// createMassNotices with the preparationId of prepareMassNotices reuses the kept rows of the files unchanged since the
// preparation's snapshot and prepares the others again: the notices must always be those of a fresh preparation.
let env: CollectionEnv;
let admin: ReturnType<CollectionEnv['app']['client']>;
beforeAll(async () => {
  env = await collectionEnv({ files: 300, withPayments: true });
  admin = env.app.client();
  await admin.login('admin@raty.demo');
}, 120_000);
afterAll(async () => env?.close());

const P = { kindCode: 'GOK', reason: 'OVERDUE', dueWithinDays: 60 };
const PREPARE = `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { preparationId rowCount rows { fileId partyId items { id amount } } } }`;
const CREATE = `mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids count reusedFiles } }`;
type Row = { fileId: string; partyId: string; items: { id: string; amount: string }[] };
type Prep = { preparationId: string; rowCount: number; rows: Row[] };
type Created = { ids: string[]; count: number; reusedFiles: number };

async function prepare(client = env.editor, p: Record<string, unknown> = P): Promise<Prep> {
  const r = await client.gql<{ prepareMassNotices: Prep }>(PREPARE, { p });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.prepareMassNotices;
}

async function create(rows: Row[], preparationId: string | null, client = env.editor, p: Record<string, unknown> = P) {
  return client.gql<{ createMassNotices: Created }>(CREATE, {
    i: { params: p, preparationId, rows: rows.map((r) => ({ fileId: r.fileId, partyId: r.partyId })), text: 'Przypominamy o racie' },
  });
}

/** The created notices' content (no ids), sorted: file, party, phone, name, address, total and items. */
async function content(ids: string[]) {
  const rows = await env.db.sql<{ c: string }[]>`
    select concat_ws('|', n.file_id, n.party_id, n.phone, n.addressee_name, n.addressee_address, n.total_amount, n.text,
      (select string_agg(concat_ws(':', i.loan_id, i.installment_number, i.overdue_balance, i.future_balance, i.overpayment_balance, i.amount_due), ',' order by i.loan_id, i.installment_number)
       from notice_items i where i.notice_id = n.id)) as c
    from notices n where n.id = any(${ids}::uuid[]) order by 1`;
  return rows.map((r) => r.c);
}

async function drop(ids: string[]) {
  await env.db.sql`delete from notices where id = any(${ids}::uuid[])`;
}

/** Creates from a preparation (reused) and again without it (prepared again), and checks both give the same notices. */
async function createBothWays(rows: Row[], preparationId: string) {
  const a = await create(rows, preparationId);
  expect(a.errors).toBeUndefined();
  const reused = await content(a.data!.createMassNotices.ids);
  await drop(a.data!.createMassNotices.ids);
  const b = await create(rows, null);
  expect(b.errors).toBeUndefined();
  expect(b.data!.createMassNotices.reusedFiles).toBe(0);
  const fresh = await content(b.data!.createMassNotices.ids);
  await drop(b.data!.createMassNotices.ids);
  expect(reused).toEqual(fresh);
  return a.data!.createMassNotices;
}

const filesOf = (rows: Row[]) => new Set(rows.map((r) => r.fileId)).size;

describe('mass generation: the preparation kept for the creation', () => {
  it('every table a preparation reads logs its changes (insert / update / delete / truncate)', async () => {
    const rows = await env.db.sql<{ tbl: string; events: string[] }[]>`
      select c.relname as tbl, array_agg(distinct e.event order by e.event) as events
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      cross join lateral (select unnest(array[
        case when t.tgtype & 4 <> 0 then 'INSERT' end, case when t.tgtype & 8 <> 0 then 'DELETE' end,
        case when t.tgtype & 16 <> 0 then 'UPDATE' end, case when t.tgtype & 32 <> 0 then 'TRUNCATE' end]) as event) e
      where t.tgname like '%file_changes%' and e.event is not null group by c.relname order by c.relname`;
    const all = ['DELETE', 'INSERT', 'TRUNCATE', 'UPDATE'];
    expect(Object.fromEntries(rows.map((r) => [r.tbl, r.events]))).toEqual({
      addresses: all,
      contacts: all,
      debtor_files: ['DELETE', 'TRUNCATE', 'UPDATE'],
      file_parties: all,
      installments: all,
      loan_balances: all,
      loans: all,
      parties: ['DELETE', 'TRUNCATE', 'UPDATE'],
      payment_allocations: all,
      payments: all,
      penalty_rates: all,
      receivable_kinds: ['DELETE', 'TRUNCATE', 'UPDATE'],
      schedule_versions: all,
    });
  });

  it('unchanged files are reused, with exactly the notices a new preparation gives', async () => {
    const prep = await prepare();
    expect(prep.rowCount).toBeGreaterThan(5);
    const created = await createBothWays(prep.rows, prep.preparationId);
    expect(created.count).toBe(prep.rows.length);
    expect(created.reusedFiles).toBe(filesOf(prep.rows));
    // used once: the same id again prepares everything again
    const again = await create(prep.rows.slice(0, 2), prep.preparationId);
    expect(again.data!.createMassNotices.reusedFiles).toBe(0);
    await drop(again.data!.createMassNotices.ids);
  });

  it('a payment, a deleted contact or a removed co-debtor since the preparation: those files are prepared again', async () => {
    const prep = await prepare();
    const byFile = new Map<string, Row[]>();
    for (const r of prep.rows) byFile.set(r.fileId, [...(byFile.get(r.fileId) ?? []), r]);
    const files = [...byFile.keys()];
    // 1. a payment on a loan of the first file: its amounts change
    const [loan] = await env.db.sql<{ id: string; party_id: string }[]>`
      select l.id, fp.party_id from loans l join file_parties fp on fp.file_id = l.file_id where l.file_id = ${files[0]} and l.status <> 'TO_BE_DISBURSED' limit 1`;
    const paid = await admin.gql(`mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { replayed } }`, {
      input: { loanId: loan.id, clientId: loan.party_id, paymentDate: AS_OF, amountPaid: '10.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: `reuse-${loan.id}` },
    });
    expect(paid.errors).toBeUndefined();
    // 2. the consented mobile of the second file's addressee deleted (a deletion leaves no timestamp behind)
    const gone = byFile.get(files[1])![0];
    await env.db.sql`delete from contacts where party_id = ${gone.partyId} and type = 'MOBILE' and sms_consent`;
    // 3. the third file's addressee taken off the file (file_parties row deleted) — only if another party remains
    const third = byFile.get(files[2])![0];
    const [others] = await env.db.sql<{ n: number }[]>`select count(*)::int as n from file_parties where file_id = ${files[2]}`;
    if (others.n > 1) await env.db.sql`delete from file_parties where file_id = ${files[2]} and party_id = ${third.partyId}`;
    else await env.db.sql`update parties set bankruptcy_date = ${AS_OF} where id = ${third.partyId}`;

    const stillOk = prep.rows.filter((r) => r !== gone && r !== third);
    const r = await create(stillOk, prep.preparationId);
    expect(r.errors).toBeUndefined();
    const created = r.data!.createMassNotices;
    expect(created.reusedFiles).toBe(filesOf(stillOk) - 1 - (stillOk.some((x) => x.fileId === files[1]) ? 1 : 0) - (stillOk.some((x) => x.fileId === files[2]) ? 1 : 0));
    const reused = await content(created.ids);
    await drop(created.ids);
    const fresh = await create(stillOk, null);
    expect(fresh.errors).toBeUndefined();
    expect(reused).toEqual(await content(fresh.data!.createMassNotices.ids));
    await drop(fresh.data!.createMassNotices.ids);
    // the removed addressees do not qualify any more, with or without the preparation
    const prep2 = await prepare();
    for (const row of [gone, third]) {
      const refused = await create([row], prep2.preparationId);
      expect(fieldsOf(refused)[0]).toMatchObject({ field: 'input.rows[0]', rule: 'mass.rowNotQualified' });
    }
  });

  it('a change committed after the snapshot by a transaction already running at the preparation is seen', async () => {
    const prep0 = await prepare();
    const target = prep0.rows[0];
    // a transaction changes the addressee's contact, stays open across the preparation, then commits
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const began = new Promise<void>((r) => (started = r));
    const tx = env.db.sql.begin(async (t) => {
      await t`update contacts set sms_consent = false where party_id = ${target.partyId} and type = 'MOBILE' and sms_consent`;
      started();
      await hold;
    });
    await began;
    const prep = await prepare();
    expect(prep.rows.some((r) => r.partyId === target.partyId && r.fileId === target.fileId)).toBe(true); // not visible yet
    release();
    await tx;
    const r = await create(
      prep.rows.filter((x) => x.fileId === target.fileId),
      prep.preparationId,
    );
    expect(fieldsOf(r).map((f) => f.rule)).toContain('mass.rowNotQualified');
    await env.db.sql`update contacts set sms_consent = true where id = (select id from contacts where party_id = ${target.partyId} and type = 'MOBILE' order by created_at limit 1)`;
  });

  it('a notice created since drops the file when recent notices are to be skipped', async () => {
    const p = { ...P, skipNoticeWithinDays: 3 };
    const prep = await prepare(env.editor, p);
    const first = prep.rows[0];
    await env.db.sql`insert into notices (file_id, party_id, reason, channel, created_on, phone, text, addressee_name, addressee_consent, total_amount)
      values (${first.fileId}, ${first.partyId}, 'OTHER', 'SMS', ${AS_OF}, '600700800', 'x', 'X', true, 1)`;
    const r = await create(
      prep.rows.filter((x) => x.fileId === first.fileId),
      prep.preparationId,
      env.editor,
      p,
    );
    expect(fieldsOf(r).map((f) => f.rule)).toContain('mass.rowNotQualified');
    await env.db.sql`delete from notices where file_id = ${first.fileId} and text = 'x'`;
  });

  it('the daily tick, a pruned change log, another user or other parameters: everything is prepared again', async () => {
    const rows = (await prepare()).rows.slice(0, 8);
    // daily tick (one "every file" row)
    let prep = await prepare();
    await runDailyTick(env.db.sql, AS_OF);
    expect((await createBothWays(rows, prep.preparationId)).reusedFiles).toBe(0);
    // the log pruned past the snapshot
    prep = await prepare();
    await env.db.sql`update debtor_files set number = number where id = ${rows[0].fileId}`;
    expect(await pruneFileChanges(env.db.sql, '0 seconds')).toBeGreaterThan(0);
    expect((await createBothWays(rows, prep.preparationId)).reusedFiles).toBe(0);
    // another user's preparation
    prep = await prepare(admin);
    const other = await create(rows, prep.preparationId);
    expect(other.data!.createMassNotices.reusedFiles).toBe(0);
    await drop(other.data!.createMassNotices.ids);
    // other parameters than prepared
    prep = await prepare();
    const p2 = { ...P, dueWithinDays: 59 };
    const diff = await create(rows, prep.preparationId, env.editor, p2);
    expect(diff.errors).toBeUndefined();
    expect(diff.data!.createMassNotices.reusedFiles).toBe(0);
    await drop(diff.data!.createMassNotices.ids);
    // and, unchanged, reused again
    prep = await prepare();
    expect((await createBothWays(rows, prep.preparationId)).reusedFiles).toBe(filesOf(rows));
  });
});
