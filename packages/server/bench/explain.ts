/**
 * EXPLAIN ANALYZE of the queries behind the measures, with and without the indexes added for performance
 * (dropped inside a transaction that is rolled back). Usage, with the bench PostgreSQL not running:
 *   node --import ./bench/swc-register.mjs bench/explain.ts [--scale=full|small] [--url=postgres://…/raty_bench] > /tmp/explain.txt
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { connect, type Sql, type SqlHandle } from '../src/db/client.js';
import { noticeJoins } from '../src/modules/collection/notices/notices.service.js';
import { registryWhere } from '../src/modules/collection/registry/registry.service.js';
import type { NoticeFilter } from '../src/modules/collection/registry/registry.types.js';
import { benchEnv } from './harness.js';
import { runDailyTick } from '../src/modules/loans/daily-tick.js';
import { BENCH_AS_OF } from './seed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const scale = (process.argv.find((a) => a.startsWith('--scale='))?.split('=')[1] ?? 'full') as string;

async function plan(sql: SqlHandle, title: string, q: () => Promise<{ 'QUERY PLAN': string }[]>) {
  const rows = await q();
  console.log(`\n### ${title}\n\n\`\`\`\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``);
}

async function withoutIndex(sql: Sql, index: string, fn: (tx: SqlHandle) => Promise<void>) {
  await sql
    .begin(async (tx0) => {
      const tx = tx0;
      await tx.unsafe(`drop index if exists ${index}`);
      await fn(tx);
      throw new Error('rollback');
    })
    .catch((err) => {
      if ((err as Error).message !== 'rollback') throw err;
    });
}

async function main() {
  benchEnv();
  // --url=postgres://…/raty_bench: a running bench PostgreSQL; otherwise the data dir of the scale is started here
  const url = process.argv.find((a) => a.startsWith('--url='))?.slice(6);
  const pg = url ? null : await startEmbeddedPostgres({ dataDir: path.resolve(here, '../../../bench/.data', scale) });
  const db = connect(url ?? pg!.url('raty_bench'), { max: 2 });
  const sql = db.sql;
  try {
    const registry = (tx: SqlHandle, f: NoticeFilter) => () =>
      tx<{ 'QUERY PLAN': string }[]>`explain (analyze, buffers, costs off) select n.id ${noticeJoins(tx)} where ${registryWhere(tx, f)} order by n.created_at desc, n.id desc limit 51`;
    const count = (tx: Sql, f: NoticeFilter) => () =>
      tx<{ 'QUERY PLAN': string }[]>`explain (analyze, buffers, costs off) select count(*)::int, coalesce(sum(n.total_amount), 0) ${noticeJoins(tx)} where ${registryWhere(tx, f)}`;
    const settled = { settlementStatus: 'SETTLED' } as NoticeFilter;
    await withoutIndex(sql, 'payment_allocations_loan_inst_idx', async (tx) => {
      await plan(tx, 'BEFORE (no payment_allocations_loan_inst_idx): registry page, settlementStatus = SETTLED', registry(tx, settled));
    });
    await plan(sql, 'AFTER: registry page, settlementStatus = SETTLED', registry(sql, settled));
    await plan(sql, 'registry totals, no filter', count(sql, {} as NoticeFilter));
    await plan(sql, 'registry page, no filter', registry(sql, {} as NoticeFilter));
    const week = { sentFrom: '2026-11-11', sentTo: '2026-11-18', deliveryStatus: 'DELIVERED' } as NoticeFilter;
    await plan(sql, 'registry totals, sent in a week + delivered', count(sql, week));
    await plan(
      sql,
      'daily tick candidates (step 1)',
      () =>
        sql<{ 'QUERY PLAN': string }[]>`explain (analyze, buffers, costs off)
        select l.id from loans l left join loan_balances b on b.loan_id = l.id
        where b.loan_id is null or b.as_of > ${BENCH_AS_OF}::date
           or exists (select 1 from installments i where i.loan_id = l.id and i.version = l.schedule_version and i.due_date <= ${BENCH_AS_OF}::date
                      and i.principal + i.interest > i.paid_principal + i.paid_interest)
           or exists (select 1 from payments p where p.loan_id = l.id and (p.created_at >= b.computed_at or p.reversed_at >= b.computed_at))`,
    );
    // the daily tick's steps over all loans (empty cache), then the cache is emptied again
    await sql`truncate loan_balances`;
    const tick = await runDailyTick(sql, BENCH_AS_OF);
    console.log(`\n### daily tick over all loans\n\n\`\`\`\n${JSON.stringify(tick, null, 2)}\n\`\`\``);
    await sql`truncate loan_balances`;
  } finally {
    await db.close();
    await pg?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
