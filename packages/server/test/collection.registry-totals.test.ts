import { businessDate } from '../src/lib/business-date.js';
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/db/client.js';
import { compactNoticeTotals, registryTotals, rollupWhere } from '../src/modules/collection/registry/registry.service.js';
import type { NoticeFilter } from '../src/modules/collection/registry/registry.types.js';
import { collectionEnv, type CollectionEnv } from './collection-helpers.js';

/**
 * The registry's totals rollup (migration 0009, docs/performance.md "Registry search") must always equal a direct count
 * of the notices, whatever happens to them: created, sent, delivered, settled by payments, reversed, deleted, moved to
 * another kind, concurrently, before and after compaction.
 */
let env: CollectionEnv;
let users: string[] = [];

beforeAll(async () => {
  env = await collectionEnv({ files: 60, withPayments: true });
  users = (await env.db.sql<{ id: string }[]>`select id from users order by email`).map((u) => u.id);
});
afterAll(async () => env?.close());

/** Direct count (the reference) of a filter per currency of the file's kind, with the registry's own WHERE. */
async function direct(sql: Sql, f: NoticeFilter | null) {
  const { noticeJoins } = await import('../src/modules/collection/notices/notices.service.js');
  const { registryWhere } = await import('../src/modules/collection/registry/registry.service.js');
  const byCurrency = await sql<{ currency: string; count: number; amount: string }[]>`
    select k.currency, count(*)::int as count, sum(n.total_amount)::numeric(17,2)::text as amount ${noticeJoins(sql)} where ${registryWhere(sql, f)}
    group by k.currency order by k.currency`;
  const count = byCurrency.reduce((a, r) => a + r.count, 0);
  // one currency (or none): its total; several: none (money is never added across currencies)
  return { count, amount: byCurrency.length === 0 ? '0.00' : byCurrency.length === 1 ? byCurrency[0].amount : null, byCurrency };
}

async function filters(sql: Sql): Promise<NoticeFilter[]> {
  const kinds = (await sql<{ code: string }[]>`select code from receivable_kinds order by code`).map((k) => k.code);
  const out: NoticeFilter[] = [{}];
  for (const k of kinds) out.push({ kindCode: k }, { kindCode: k, reason: 'OVERDUE' as never });
  for (const s of ['UNSETTLED', 'PARTIALLY_SETTLED', 'SETTLED']) out.push({ settlementStatus: s as never });
  for (const s of ['DRAFT', 'SENT', 'ERROR']) out.push({ sendStatus: s as never }, { channel: 'SMS' as never, sendStatus: s as never });
  out.push({ deliveryStatus: 'delivered' }, { sentFrom: '2026-11-01', sentTo: '2026-11-20' }, { createdFrom: '2026-11-05', createdTo: '2026-11-20' });
  out.push({ createdBy: users[0] }, { createdBy: 'not-a-uuid' }, { createdFrom: '2026-11-10', settlementStatus: 'UNSETTLED' as never, kindCode: kinds[0] });
  return out;
}

async function expectRollupTrue(label: string) {
  const fs = await filters(env.db.sql);
  for (const f of fs) {
    expect(rollupWhere(env.db.sql, f), `${label}: ${JSON.stringify(f)} is answered by the rollup`).not.toBeNull();
    const [a, b] = await Promise.all([registryTotals(env.db.sql, f), direct(env.db.sql, f)]);
    expect(a, `${label}: ${JSON.stringify(f)}`).toEqual(b);
  }
}

async function createNotices(n: number, createdOn: string, reason = 'OVERDUE', channel = 'PHONE_CALL') {
  const pairs = await env.db.sql<{ file_id: string; party_id: string }[]>`
    select fp.file_id, fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE'
    order by md5(fp.file_id::text || ${createdOn}) limit ${n}`;
  const ids: string[] = [];
  for (const p of pairs) {
    const r = await env.editor.gql<{ createNotice: { notice: { id: string } } }>(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id } } }`, {
      i: { fileId: p.file_id, partyId: p.party_id, reason, channel, createdOn, text: 'Przypomnienie' },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    ids.push(r.data!.createNotice.notice.id);
  }
  return ids;
}

describe('registry totals rollup', () => {
  it('answers the filters on its dimensions; ids / file / party filters are counted directly', () => {
    expect(rollupWhere(env.db.sql, { kindCode: 'GOK', settlementStatus: 'SETTLED' as never })).not.toBeNull();
    expect(rollupWhere(env.db.sql, { fileId: '00000000-0000-0000-0000-000000000000' })).toBeNull();
    expect(rollupWhere(env.db.sql, { partyId: '00000000-0000-0000-0000-000000000000' })).toBeNull();
    expect(rollupWhere(env.db.sql, { ids: [] })).toBeNull();
    expect(rollupWhere(env.db.sql, { kindCode: 'GOK', fileNumber: '1' })).toBeNull();
  });

  it('equals a direct count through creation, sending, delivery, settlement, reversal, deletion, a kind change and compaction', async () => {
    await expectRollupTrue('seeded');
    const a = await createNotices(12, '2026-11-10');
    const b = await createNotices(8, '2026-11-18', 'UPCOMING', 'EMAIL');
    await expectRollupTrue('created');
    // sent (Warsaw day boundary: 23:30 UTC on 14.11 is 15.11 in Warsaw) and delivered
    await env.db.sql`update notices set send_status = 'SENT', sent_at = '2026-11-14T23:30:00Z', delivery_status = 'DELIVERED' where id = any(${a.slice(0, 5)}::uuid[])`;
    await env.db.sql`update notices set send_status = 'ERROR', failure_reason = 'x' where id = any(${a.slice(5, 7)}::uuid[])`;
    await env.db.sql`update notices set created_by = ${users[0]} where id = any(${b}::uuid[])`;
    await expectRollupTrue('sent');
    // settlement through payments on the notices' items (triggers of migration 0008 update notices.settlement_status)
    const items = await env.db.sql<{ loan_id: string; installment_number: number; amount_due: string; created_on: string }[]>`
      select ni.loan_id, ni.installment_number, ni.amount_due, n.created_on from notice_items ni join notices n on n.id = ni.notice_id
      where ni.notice_id = any(${a}::uuid[]) and ni.selected order by ni.notice_id, ni.due_date`;
    const paid: string[] = [];
    for (const [k, it] of items.entries()) {
      const amount = k % 2 === 0 ? it.amount_due : '1.00';
      const [p] = await env.db.sql<{ id: string }[]>`insert into payments (loan_id, payment_date, amount, method) values (${it.loan_id}, ${it.created_on}, ${amount}, 'CASH') returning id`;
      await env.db.sql`insert into payment_allocations (payment_id, loan_id, installment_number, component, amount) values (${p.id}, ${it.loan_id}, ${it.installment_number}, 'PRINCIPAL', ${amount})`;
      paid.push(p.id);
    }
    const [{ n: settled }] = await env.db.sql<{ n: number }[]>`select count(*)::int as n from notices where id = any(${a}::uuid[]) and settlement_status <> 'UNSETTLED'`;
    expect(settled).toBeGreaterThan(0);
    await expectRollupTrue('settled');
    await env.db.sql`update payments set status = 'REVERSED', reversed_at = now(), reversed_on = ${businessDate()}::date where id = any(${paid.slice(0, 3)}::uuid[])`;
    await expectRollupTrue('reversed');
    // a compaction in the middle, then more changes on top of the compacted rollup
    expect(await compactNoticeTotals(env.db.sql)).toBeGreaterThan(0);
    const [{ n: left }] = await env.db.sql<{ n: number }[]>`select count(*)::int as n from notice_totals_delta`;
    expect(left).toBe(0);
    await expectRollupTrue('compacted');
    await env.db.sql`delete from notice_items where notice_id = any(${b.slice(0, 3)}::uuid[])`;
    await env.db.sql`delete from notices where id = any(${b.slice(0, 3)}::uuid[])`;
    await env.db.sql`update notices set total_amount = total_amount + 10.05 where id = any(${a.slice(7)}::uuid[])`;
    await expectRollupTrue('deleted / amounts changed');
    // a file moved to another receivable kind moves its notices' totals
    const [f] = await env.db.sql<{ file_id: string; kind: string }[]>`select n.file_id, f.receivable_kind_id as kind from notices n join debtor_files f on f.id = n.file_id where n.id = ${a[0]}`;
    const [other] = await env.db.sql<{ id: string }[]>`select id from receivable_kinds where id <> ${f.kind} order by code limit 1`;
    await env.db.sql`update debtor_files set receivable_kind_id = ${other.id} where id = ${f.file_id}`;
    await expectRollupTrue('kind changed');
    await env.db.sql`update debtor_files set receivable_kind_id = ${f.kind} where id = ${f.file_id}`;
    await compactNoticeTotals(env.db.sql);
    await expectRollupTrue('compacted again');
  });

  it('concurrent writers never wait for each other on the rollup, and the totals stay exact', async () => {
    // (inserted directly: the API's per-user rate limit is not what this test is about)
    const ids = (
      await env.db.sql<{ id: string }[]>`
      insert into notices (file_id, party_id, reason, channel, created_on, text, addressee_name, addressee_consent, total_amount)
      select n.file_id, n.party_id, 'OVERDUE', 'SMS', '2026-11-20', 'x', n.addressee_name, true, 12.34 + g from (select * from notices order by id limit 1) n, generate_series(1, 30) g returning id`
    ).map((r) => r.id);
    expect(ids).toHaveLength(30);
    // 30 transactions at once, each changing its own notice (all in the same rollup rows) in two steps and holding its
    // transaction open for a moment: with an upserted rollup they would queue up on the same rows
    await Promise.all(
      ids.map((id, k) =>
        env.db.sql.begin(async (tx) => {
          await tx`update notices set send_status = 'SENDING' where id = ${id}`;
          await tx`select pg_sleep(0.02)`;
          await tx`update notices set send_status = ${k % 3 === 0 ? 'SENT' : 'ERROR'}, sent_at = ${k % 3 === 0 ? '2026-11-21T08:00:00Z' : null} where id = ${id}`;
        }),
      ),
    );
    await expectRollupTrue('concurrent');
    await Promise.all([compactNoticeTotals(env.db.sql), compactNoticeTotals(env.db.sql)]);
    await expectRollupTrue('concurrent compactions');
  });
});
