import { businessDate } from '../src/lib/business-date.js';
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { registryTuning } from '../src/modules/collection/registry/registry.service.js';
import ExcelJS from 'exceljs';
import { settlementStatus } from '@raty/domain';
import { collectionEnv, fieldsOf, type CollectionEnv } from './collection-helpers.js';

let env: CollectionEnv;
const created: string[] = [];

const LIST = `query($f: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) { notices(filter: $f, first: $first, after: $after, sort: $sort) {
  totalCount totalAmount pageInfo { hasNextPage endCursor } edges { node { id fileDisplayNumber kindCode reason channel createdOn sendStatus deliveryStatus settlementStatus totals { total } addressee { name } } } } }`;
type Node = {
  id: string;
  fileDisplayNumber: string;
  kindCode: string;
  reason: string;
  channel: string;
  createdOn: string;
  sendStatus: string;
  settlementStatus: string;
  totals: { total: string };
  addressee: { name: string };
};
type Conn = { notices: { totalCount: number; totalAmount: string; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } };

const createdOnOf: string[] = [];

beforeAll(async () => {
  env = await collectionEnv({ files: 80 });
  const pairs = await env.db.sql`select fp.file_id, fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE' order by fp.file_id limit 24`;
  const channels = ['PHONE_CALL', 'EXTERNAL_SMS', 'PHONE_CALL', 'EMAIL'];
  const reasons = ['OVERDUE', 'UPCOMING', 'OTHER'];
  const dates = ['2026-11-02', '2026-11-10', '2026-11-18', '2026-11-25'];
  for (let i = 0; i < pairs.length; i++) {
    const r = await env.editor.gql<{ createNotice: { notice: { id: string } } }>(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id } } }`, {
      i: { fileId: pairs[i].file_id, partyId: pairs[i].party_id, reason: reasons[i % 3], channel: channels[i % 4], createdOn: dates[i % 4], text: 'x' },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    created.push(r.data!.createNotice.notice.id);
    createdOnOf.push(dates[i % 4]);
  }
  // some sent with delivery statuses, some payments after creation
  await env.db.sql`update notices set sent_at = created_on + interval '1 day 10 hours', delivery_status = 'DELIVERED' where id = any(${created.slice(0, 4)}::uuid[])`;
  const items = await env.db.sql`select ni.notice_id, ni.loan_id, ni.installment_number, ni.amount_due, n.created_on from notice_items ni join notices n on n.id = ni.notice_id
    where ni.notice_id = any(${created.slice(4, 10)}::uuid[]) order by ni.notice_id, ni.due_date`;
  for (const [k, it] of items.entries()) {
    const amount = k % 2 === 0 ? it.amount_due : (Number(it.amount_due) / 3).toFixed(2);
    const [p] = await env.db.sql`insert into payments (loan_id, payment_date, amount, method) values (${it.loan_id}, ${it.created_on}, ${amount}, 'CASH') returning id`;
    await env.db.sql`insert into payment_allocations (payment_id, loan_id, installment_number, component, amount) values (${p.id}, ${it.loan_id}, ${it.installment_number}, 'PRINCIPAL', ${amount})`;
  }
});
afterAll(async () => env?.close());

async function all(filter: Record<string, unknown>) {
  const r = await env.viewer.gql<Conn>(LIST, { f: filter, first: 200 });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.notices;
}

describe('registry (COLL-5)', () => {
  it('lists every notice with totals (count and sum of amounts)', async () => {
    const c = await all({});
    expect(c.totalCount).toBe(created.length);
    const [s] = await env.db.sql`select sum(total_amount)::numeric(17,2)::text as t from notices`;
    expect(c.totalAmount).toBe(s.t);
  });

  it('totals per currency: never added across currencies, from the rollup and counted, filter by currency (issue 18)', async () => {
    const TOTALS = `query($f: NoticeFilter) { notices(filter: $f, first: 1) { totalCount totalAmount totalsByCurrency { currency count amount } } }`;
    type T = { notices: { totalCount: number; totalAmount: string | null; totalsByCurrency: { currency: string; count: number; amount: string }[] } };
    const sql = env.db.sql;
    // two notices' files move to the EUR kind (SPU): the rollup's kind-change trigger moves their totals
    const moved = await sql<{ file_id: string; kind: string }[]>`select distinct n.file_id, f.receivable_kind_id as kind from notices n join debtor_files f on f.id = n.file_id
      where n.id = any(${created.slice(0, 2)}::uuid[])`;
    await sql`update debtor_files set receivable_kind_id = (select id from receivable_kinds where code = 'SPU') where id = any(${moved.map((m) => m.file_id)}::uuid[])`;
    onTestFinished(async () => {
      for (const m of moved) await sql`update debtor_files set receivable_kind_id = ${m.kind} where id = ${m.file_id}`;
    });
    const expected = await sql<{ currency: string; count: number; amount: string }[]>`select k.currency, count(*)::int as count, sum(n.total_amount)::numeric(17,2)::text as amount
      from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id group by k.currency order by k.currency`;
    expect(expected.map((e) => e.currency)).toEqual(['EUR', 'PLN']);
    const q = async (f: Record<string, unknown>) => {
      const r = await env.viewer.gql<T>(TOTALS, { f });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!.notices;
    };
    // rollup path (no filter) and counted path (ids): the same per-currency totals, no mixed sum
    for (const f of [{}, { ids: created }]) {
      const all = await q(f);
      expect(all.totalsByCurrency).toEqual(expected);
      expect(all.totalAmount).toBeNull();
      expect(all.totalCount).toBe(created.length);
    }
    // a currency filter: one currency, so the single total is given too (the rollup answers it, as does the counted path)
    for (const f of [{ currency: 'eur' }, { currency: 'EUR', ids: created }]) {
      const eur = await q(f);
      expect(eur.totalsByCurrency).toEqual([expected[0]]);
      expect(eur.totalAmount).toBe(expected[0].amount);
      expect(eur.totalCount).toBe(expected[0].count);
    }
    const none = await q({ currency: 'CZK' });
    expect(none).toEqual({ totalCount: 0, totalAmount: '0.00', totalsByCurrency: [] });
    // the currency of a kind with files cannot change (its amounts are in it)
    const servicing = env.editor; // collector has SERVICING
    const [spu] = await sql`select id from receivable_kinds where code = 'SPU'`;
    const r = await servicing.gql(`mutation($id: ID!) { updateReceivableKind(id: $id, input: { currency: "PLN" }) { currency } }`, { id: spu.id });
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0].message).toMatch(/currency of a receivable kind with debtor files cannot change/);
    const [still] = await sql`select currency from receivable_kinds where id = ${spu.id}`;
    expect(still.currency).toBe('EUR');
  });

  it('filters by kind, file number (only with a kind), dates, channel, reason, statuses, created by and ids', async () => {
    const [one] = await env.db.sql`select k.code, f.number, n.id from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id limit 1`;
    const byKind = await all({ kindCode: one.code });
    expect(byKind.edges.every((e) => e.node.kindCode === one.code)).toBe(true);
    const [{ n: kindCount }] = await env.db
      .sql`select count(*)::int as n from notices n join debtor_files f on f.id = n.file_id join receivable_kinds k on k.id = f.receivable_kind_id where k.code = ${one.code}`;
    expect(byKind.totalCount).toBe(kindCount);
    const byFile = await all({ kindCode: one.code, fileNumber: String(one.number) });
    expect(byFile.edges.map((e) => e.node.fileDisplayNumber)).toEqual(byFile.edges.map(() => `${one.code} ${one.number}`));
    expect(byFile.totalCount).toBeGreaterThan(0);
    const noKind = await env.viewer.gql(LIST, { f: { fileNumber: String(one.number) } });
    expect(fieldsOf(noKind)[0]).toMatchObject({ field: 'filter.fileNumber', rule: 'filter.fileNumberNeedsKind' });
    const dates = await all({ createdFrom: '2026-11-10', createdTo: '2026-11-18' });
    expect(dates.totalCount).toBe(12);
    expect(dates.edges.every((e) => e.node.createdOn >= '2026-11-10' && e.node.createdOn <= '2026-11-18')).toBe(true);
    const sent = await all({ sentFrom: '2026-11-03', sentTo: '2026-11-11' });
    expect(sent.totalCount).toBe(2);
    expect((await all({ channel: 'EMAIL' })).totalCount).toBe(6);
    expect((await all({ reason: 'UPCOMING' })).totalCount).toBe(8);
    expect((await all({ sendStatus: 'DRAFT' })).totalCount).toBe(24);
    expect((await all({ deliveryStatus: 'DELIVERED' })).totalCount).toBe(4);
    const [u] = await env.db.sql`select id from users where email = 'collector@raty.demo'`;
    expect((await all({ createdBy: u.id })).totalCount).toBe(24);
    expect((await all({ ids: created.slice(3, 6) })).edges.map((e) => e.node.id).sort()).toEqual(created.slice(3, 6).sort());
  });

  it('settlement status filter (SQL) agrees with the domain settlementStatus for every notice', async () => {
    const allocs = await env.db
      .sql`select pa.loan_id, pa.installment_number, p.payment_date, pa.amount, p.status from payment_allocations pa join payments p on p.id = pa.payment_id where pa.installment_number is not null`;
    const allocations = allocs.map((a) => ({ itemId: `${a.loan_id}:${a.installment_number}`, paymentDate: a.payment_date, amount: a.amount, reversed: a.status === 'REVERSED' }));
    const expected = new Map<string, string>();
    for (const id of created) {
      const [n] = await env.db.sql`select created_on from notices where id = ${id}`;
      const items = await env.db.sql`select loan_id, installment_number, amount_due from notice_items where notice_id = ${id} and selected`;
      expected.set(
        id,
        settlementStatus(
          n.created_on,
          items.map((i) => ({ id: `${i.loan_id}:${i.installment_number}`, amountDue: i.amount_due })),
          allocations,
        ),
      );
    }
    const counts: Record<string, number> = {};
    for (const s of ['SETTLED', 'PARTIALLY_SETTLED', 'UNSETTLED']) {
      const c = await all({ settlementStatus: s });
      counts[s] = c.totalCount;
      for (const e of c.edges) expect(expected.get(e.node.id)).toBe(s);
    }
    expect(counts.SETTLED + counts.PARTIALLY_SETTLED + counts.UNSETTLED).toBe(created.length);
    expect(counts.PARTIALLY_SETTLED + counts.SETTLED).toBeGreaterThan(0);
    expect(counts.UNSETTLED).toBeGreaterThan(0);
  });

  it('the stored settlement status stays equal to the computed one after reversals, rewrites and item edits (triggers)', async () => {
    const { settlementSql } = await import('../src/modules/collection/notices/notices.service.js');
    const sql = env.db.sql;
    const check = async () => {
      const bad = await sql`select n.id, n.settlement_status, ${settlementSql(sql)} as computed from notices n where n.settlement_status <> ${settlementSql(sql)}`;
      expect(bad).toEqual([]);
    };
    await check();
    const [paid] = await sql<{ id: string; loan_id: string }[]>`select p.id, p.loan_id from payments p join payment_allocations pa on pa.payment_id = p.id
      join notice_items ni on ni.loan_id = pa.loan_id and ni.installment_number = pa.installment_number where p.status <> 'REVERSED' limit 1`;
    const before = await sql`select id, settlement_status from notices order by id`;
    await sql.begin(async (tx) => {
      await tx`update payments set status = 'REVERSED', reversed_at = now(), reversed_on = ${businessDate()}::date where id = ${paid.id}`;
      await check();
      // the posting's rewrite of a loan's allocations (delete + insert)
      const rows = await tx`delete from payment_allocations where loan_id = ${paid.loan_id} returning payment_id, loan_id, installment_number, component, amount`;
      await check();
      await tx`insert into payment_allocations ${tx(rows as unknown as Record<string, unknown>[], 'payment_id', 'loan_id', 'installment_number', 'component', 'amount')}`;
      await check();
      await tx`update payments set status = 'POSTED', reversed_at = null, reversed_on = null where id = ${paid.id}`;
      await check();
    });
    // item edits (selected)
    const [item] = await sql`select ni.id from notice_items ni join notices n on n.id = ni.notice_id where n.settlement_status <> 'UNSETTLED' limit 1`;
    await sql`update notice_items set selected = false where id = ${item.id}`;
    await check();
    await sql`update notice_items set selected = true where id = ${item.id}`;
    await check();
    expect(await sql`select id, settlement_status from notices order by id`).toEqual(before);
  });

  it.each([
    ['filter first, then sort the matches', 100_000, false],
    ['walk the sort key, filtering', 0, false],
    ['selective filter: totals and page in one statement', 100_000, true],
  ])('pages with keyset cursors under every sort, each notice exactly once and in order (%s)', async (_plan, filterFirstMax, byIds) => {
    registryTuning.filterFirstMax = filterFirstMax;
    onTestFinished(() => void (registryTuning.filterFirstMax = 100_000));
    for (const sort of ['CREATED_DESC', 'CREATED_ASC', 'SENT_DESC', 'ADDRESSEE_ASC', 'FILE_ASC', 'AMOUNT_DESC']) {
      const seen: Node[] = [];
      let after: string | null = null;
      do {
        const r: { data: Conn | null; errors?: unknown } = await env.viewer.gql<Conn>(LIST, { first: 5, after, sort, ...(byIds ? { f: { ids: created } } : {}) });
        expect(r.errors).toBeUndefined();
        expect(r.data!.notices.totalCount).toBe(created.length);
        seen.push(...r.data!.notices.edges.map((e) => e.node));
        after = r.data!.notices.pageInfo.hasNextPage ? r.data!.notices.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen.map((n) => n.id)).size).toBe(created.length);
      if (sort === 'AMOUNT_DESC') for (let i = 1; i < seen.length; i++) expect(Number(seen[i - 1].totals.total)).toBeGreaterThanOrEqual(Number(seen[i].totals.total));
      // "Data utworzenia" is the notice date (issue #22): by createdOn, then in the order the notices were recorded
      const byDate = created.map((id, i) => ({ id, i, on: createdOnOf[i] })).sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : x.i - y.i));
      if (sort === 'CREATED_ASC') expect(seen.map((n) => n.id)).toEqual(byDate.map((x) => x.id));
      if (sort === 'CREATED_DESC') expect(seen.map((n) => n.id)).toEqual(byDate.map((x) => x.id).reverse());
    }
  });

  it('exports the filtered registry as CSV (streamed, stable columns), staff cookie with NOTICES_VIEW', async () => {
    const url = `${env.app.url}/api/notices/export?format=csv&dialect=machine&channel=PHONE_CALL&createdFrom=2026-11-01`;
    const res = await fetch(url, { headers: { cookie: env.viewer.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('transfer-encoding')).toBe('chunked'); // streamed, no content-length
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,file,kind_code,file_number,addressee,address,phone,email,subject,sms_consent,reason,channel,created_on,promise_date,sent_at,send_status,delivery_status,settlement_status,currency,overdue_balance,future_balance,overpayment_balance,total_amount,template,created_by,note,text',
    );
    const filtered = await all({ channel: 'PHONE_CALL', createdFrom: '2026-11-01' });
    expect(lines.length - 1).toBe(filtered.totalCount);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids.sort()).toEqual(filtered.edges.map((e) => e.node.id).sort());
    expect(lines.slice(1).every((l) => l.includes(',PHONE_CALL,'))).toBe(true);
    // every amount of a row is in the currency of its own column (issue 18)
    expect(lines.slice(1).every((l) => /,(PLN|EUR),-?\d+\.\d{2},/.test(l))).toBe(true);
  });

  it('exports XLSX with the same columns; refuses anonymous and users without a notices role', async () => {
    const res = await fetch(`${env.app.url}/api/notices/export?format=xlsx&reason=OVERDUE`, { headers: { cookie: env.editor.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Identyfikator'); // the user's language (export-dialects.ts)
    expect(ws.actualRowCount - 1).toBe((await all({ reason: 'OVERDUE' })).totalCount);
    const anon = await fetch(`${env.app.url}/api/notices/export?format=csv`);
    expect(anon.status).toBe(401);
    const analyst = env.app.client();
    await analyst.login('analyst@raty.demo');
    const forbidden = await fetch(`${env.app.url}/api/notices/export?format=csv`, { headers: { cookie: analyst.cookie! } });
    expect(forbidden.status).toBe(403);
  });

  it('with soft collection switched off the registry and the export are unavailable', async () => {
    await env.db.sql`update feature_switches set enabled = false where key = 'SOFT_COLLECTION'`;
    try {
      const r = await env.viewer.gql(LIST, {});
      expect(r.errors?.[0].extensions?.code).toBe('FEATURE_DISABLED');
      const e = await fetch(`${env.app.url}/api/notices/export?format=csv`, { headers: { cookie: env.viewer.cookie! } });
      expect(e.status).toBe(403);
      const m = await env.editor.gql(`{ prepareMassNotices(params: { kindCode: "GOK", reason: OTHER }) { rowCount } }`);
      expect(m.errors?.[0].extensions?.code).toBe('FEATURE_DISABLED');
    } finally {
      await env.db.sql`update feature_switches set enabled = true where key = 'SOFT_COLLECTION'`;
    }
  });
});
