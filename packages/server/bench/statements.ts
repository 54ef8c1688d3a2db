/**
 * Issue 30 bench (standalone; not part of `npm run bench`'s suite yet):
 *   node --import ./packages/server/bench/swc-register.mjs packages/server/bench/statements.ts [--lines=50000] [--post=300] [--files=3000]
 * A. parse + exactly-once keys + set-based lookups + matching of an N-line MT940 statement, vs one COPY of the same
 *    lines into a table of the same columns (target ≤ 3×).
 * B. posting M matched lines (processPendingLines, 4 loans at a time) vs posting M equal payments through postPayment
 *    directly, 4 loans at a time (target ≥ 80 % of its throughput).
 * Writes bench/statements-results.md (appended to bench/results.md by hand).
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pino } from 'pino';
import { lineKeys, matchLine, numberKeys, parseStatement, peselsIn } from '@raty/domain';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { ensureDatabase } from '../src/db/admin.js';
import { connect } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { createDemoData } from '../src/demo/index.js';
import { createLoaders } from '../src/graphql/loaders.js';
import type { Context } from '../src/graphql/context.js';
import { demoMt940Text, type DemoLine } from '../src/modules/statements/demo.js';
import { buildLookups, importStatement, processPendingLines } from '../src/modules/statements/statements.service.js';
import { postPayment } from '../src/modules/loans/payments.service.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const N = Number(args.lines ?? 50_000);
const M = Number(args.post ?? 300);
const FILES = Number(args.files ?? 3000);
const AS_OF = '2026-11-25';
process.env.RATY_TODAY = AS_OF;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raty-bench-stmt-'));
  fs.chmodSync(dir, 0o777); // PostgreSQL runs as the postgres user when we are root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), fresh: true });
  await ensureDatabase(pg.url(), 'raty');
  const db = connect(pg.url('raty'), { max: 10 });
  await runMigrations(db.db);
  await createDemoData(db, { files: FILES, asOf: AS_OF, withPayments: false });
  const ctx: Context = { requestId: 'bench', db: db.db, sql: db.sql, log: pino({ level: 'silent' }), actor: null, loaders: createLoaders(db.db, db.sql), ip: 'local' };
  const loans = await db.sql<{ id: string; number: string; repayment_account: string }[]>`
    select id, number, repayment_account from loans where status = 'ACTIVE' and currency = 'PLN' and disbursement_date <= ${AS_OF}::date order by number`;
  const out: string[] = [
    `# Bank statements bench (issue 30)`,
    '',
    `- run: ${new Date().toISOString()}, ${os.cpus().length} cores (shared machine), demo portfolio ${FILES} files, ${loans.length} active PLN loans`,
    '',
  ];

  // A. N lines: a third by repayment account, a third by loan number in the title, a third naming nothing
  const lines: DemoLine[] = Array.from({ length: N }, (_, i) => {
    const l = loans[i % loans.length];
    const kind = i % 3;
    return {
      credit: true,
      amount: `${10 + (i % 500)}.${String(i % 100).padStart(2, '0')}`,
      ref: kind === 2 ? null : `B${i}`,
      creditedAccount: kind === 0 ? l.repayment_account : null,
      title: kind === 1 ? `Splata umowy ${l.number.replace(/\//g, ' ')}` : `Przelew ${i}`,
      name: 'JAN KOWALSKI',
      payerAccount: null,
    };
  });
  const text = demoMt940Text(lines, AS_OF, 1);
  const runs = 3;
  const tMatch: number[] = [];
  const tCopy: number[] = [];
  let matched = 0;
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    const [s] = parseStatement(text);
    const keys = lineKeys(s.account, s.lines).map((k) => createHash('sha256').update(k).digest('hex'));
    const rows = s.lines.map((l) => ({ account: s.account, credited_account: l.creditedAccount, variable_symbol: l.variableSymbol, title: l.title, counterparty_account: l.counterpartyAccount }));
    const titleKeys = s.lines.map((l) => numberKeys(l.title));
    const titlePesels = s.lines.map((l) => peselsIn(l.title));
    const lk = await buildLookups(db.sql, rows, { titleKeys, titlePesels });
    matched = s.lines.filter((l, i) => matchLine(l, s.account, lk, { titleKeys: titleKeys[i], titlePesels: titlePesels[i] }).matched).length;
    tMatch.push(performance.now() - t0);
    void keys;
    // COPY of the same lines (text format) into a table of the lines' columns
    await db.sql`drop table if exists bench_copy`;
    await db.sql`create unlogged table bench_copy (ordinal int, line_key text, account text, booking_date date, direction text, amount numeric(15,2), currency text, bank_reference text, counterparty_name text, counterparty_account text, credited_account text, title text, raw text)`;
    const esc = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));
    const data =
      s.lines
        .map((l, i) =>
          [String(l.ordinal), keys[i], s.account, l.bookingDate, l.direction, l.amount, l.currency, l.bankReference, l.counterpartyName, l.counterpartyAccount, l.creditedAccount, l.title, l.raw]
            .map(esc)
            .join('\t'),
        )
        .join('\n') + '\n';
    t0 = performance.now();
    const w = (await db.sql`copy bench_copy from stdin`.writable()) as Writable;
    await pipeline(async function* () {
      yield data;
    }, w);
    tCopy.push(performance.now() - t0);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratioA = med(tMatch) / med(tCopy);
  out.push(
    '## A. Parsing + matching vs one COPY',
    '',
    '| figure | median of 3 |',
    '| --- | --- |',
    `| parse + keys + set-based lookups + match, ${N.toLocaleString('en')} lines (${matched.toLocaleString('en')} matched) | ${med(tMatch).toFixed(0)} ms |`,
    `| one COPY of the same ${N.toLocaleString('en')} lines | ${med(tCopy).toFixed(0)} ms |`,
    `| ratio (target ≤ 3×) | **${ratioA.toFixed(2)}×** ${ratioA <= 3 ? 'met' : 'NOT met'} |`,
    '',
  );

  // B. posting M lines vs M direct payments, each on its own loan (different loans for the two halves)
  const half = loans.slice(0, 2 * M);
  const viaStatement = half.slice(0, M);
  const direct = half.slice(M, 2 * M);
  const postText = demoMt940Text(
    viaStatement.map((l, i) => ({ credit: true, amount: '50.00', ref: `P${i}`, creditedAccount: l.repayment_account, title: 'Rata', name: 'X', payerAccount: null })),
    AS_OF,
    2,
  );
  // warm-up of both paths on other loans (JIT, plans, caches), so that neither pays for it alone
  const warm = loans.slice(2 * M, 2 * M + 40);
  for (const l of warm.slice(0, 20)) {
    await postPayment(
      ctx,
      { loanId: l.id, clientId: null, paymentDate: AS_OF, amountPaid: '50.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: `warm:${l.id}`, description: 'Rata' },
      { requireClient: false, createdBy: 'bench', overpaymentGuard: { accept: false } },
    );
  }
  await importStatement(ctx, {
    content: demoMt940Text(
      warm.slice(20).map((l, i) => ({ credit: true, amount: '50.00', ref: `W${i}`, creditedAccount: l.repayment_account, title: 'Rata', name: 'X', payerAccount: null })),
      AS_OF,
      3,
    ),
    source: 'API',
  });
  // the import stores, matches and posts (timed whole: the posting ratio includes storing and matching the lines)
  let t0 = performance.now();
  const res = await importStatement(ctx, { content: postText, source: 'API' });
  const tImport = performance.now() - t0;
  const posted = res[0].counts.posted;
  await processPendingLines(ctx);
  t0 = performance.now();
  const queue = [...direct];
  const worker = async () => {
    for (let l = queue.shift(); l; l = queue.shift()) {
      await postPayment(
        ctx,
        { loanId: l.id, clientId: null, paymentDate: AS_OF, amountPaid: '50.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: `direct:${l.id}`, description: 'Rata' },
        { requireClient: false, createdBy: 'bench', overpaymentGuard: { accept: false } },
      );
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const tDirect = performance.now() - t0;
  const thrStmt = (posted / tImport) * 1000;
  const thrDirect = (M / tDirect) * 1000;
  const ratioB = thrStmt / thrDirect;
  out.push(
    '## B. Posting matched lines vs the payment service directly',
    '',
    '| figure | value |',
    '| --- | --- |',
    `| statement import of ${M} lines (store, match, post ${posted}), 4 loans at a time | ${tImport.toFixed(0)} ms → ${thrStmt.toFixed(1)} payments/s |`,
    `| ${M} payments through postPayment directly, 4 loans at a time | ${tDirect.toFixed(0)} ms → ${thrDirect.toFixed(1)} payments/s |`,
    `| ratio (target ≥ 80 %) | **${(ratioB * 100).toFixed(0)} %** ${ratioB >= 0.8 ? 'met' : 'NOT met'} |`,
    '',
  );
  const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../bench/statements-results.md');
  fs.writeFileSync(file, out.join('\n'));
  console.log(out.join('\n'));
  await db.sql.end();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
