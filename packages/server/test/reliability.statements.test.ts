/**
 * Bank statements exactly once under a killed process (issue 30 "Kill the server mid-import"; docs/reliability.md):
 * the BUILT server runs as a child process; a statement of 4 transfers to each of up to 90 active loans' repayment
 * accounts (half of them NONREF identical twins, keyed by their ordinal among identical lines) is imported over GraphQL
 * and the process is SIGKILLed once 40 of its payments are posted (their parts not yet marked: the resume must answer
 * them by replay). After the restart the start-up step resumes the posting; the same
 * file is then imported again. Every line must be posted at most once (one payment per line, none twice), every
 * posted line's payment is the one its part names, the ledger invariants hold, and the second import posts nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { distIsBuilt, gqlWithRetry, spawnServer, staffSession, type ChildServer } from './support/faults.js';
import { createDemoData } from '../src/demo/index.js';
import { demoMt940Text, type DemoLine } from '../src/modules/statements/demo.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let server: ChildServer;
let cookie: string;
let text: string;
let lineCount: number;
/** violations the demo portfolio has before any import (e.g. demo loans seeded REPAID without payments) */
let baseline: string[];
const keyOf = (v: { invariant: string; detail: string }) => `${v.invariant} ${v.detail}`;

const IMPORT = `mutation($input: ImportStatementInput!) { importStatement(input: $input) { id counts { lines newLines duplicates posted unmatched other } } }`;

beforeAll(async () => {
  if (!distIsBuilt()) throw new Error('build the server first: npx tsc -p tsconfig.build.json');
  db = await createTestDb();
  await createDemoData(db, { files: 120, asOf: TODAY, withPayments: false });
  const loans = await db.sql<{ id: string; repayment_account: string }[]>`
    select id, repayment_account from loans where status = 'ACTIVE' and currency = 'PLN' and disbursement_date <= ${TODAY}::date and repayment_account is not null
    order by number limit 90`;
  expect(loans.length).toBeGreaterThanOrEqual(60);
  const lines: DemoLine[] = [];
  for (const [i, l] of loans.entries()) {
    // two with a bank reference, two NONREF twins (same account, date, amount, payer and title: two payments)
    lines.push({ credit: true, amount: '5.00', ref: `KILL${i}A`, creditedAccount: l.repayment_account, title: 'Rata', name: 'JAN KOWALSKI', payerAccount: null });
    lines.push({ credit: true, amount: '6.00', ref: `KILL${i}B`, creditedAccount: l.repayment_account, title: 'Rata', name: 'JAN KOWALSKI', payerAccount: null });
    lines.push({ credit: true, amount: '7.00', ref: null, creditedAccount: l.repayment_account, title: 'Rata', name: 'JAN KOWALSKI', payerAccount: null });
    lines.push({ credit: true, amount: '7.00', ref: null, creditedAccount: l.repayment_account, title: 'Rata', name: 'JAN KOWALSKI', payerAccount: null });
  }
  lineCount = lines.length;
  text = demoMt940Text(lines, TODAY, 41);
  baseline = (await checkInvariants(db.sql)).violations.map(keyOf);
  ({ cookie } = await staffSession(db.sql, ['SERVICING']));
  server = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: TODAY }, startTimeoutMs: 120_000 });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function stmtPayments(): Promise<number> {
  const [r] = await db.sql<{ n: number }[]>`select count(*)::int as n from payments where idempotency_key like 'stmt:%'`;
  return r.n;
}

describe('statement import under SIGKILL + restart', () => {
  it('posts every line at most once; the resumed import finishes; importing the file again posts nothing', async () => {
    // the import, not awaited: the process is killed under it
    const inFlight = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: IMPORT, variables: { input: { content: text, fileName: 'kill.mt940' } } }),
    }).then(
      (r) => r.text(),
      (e: Error) => `connection: ${e.message}`,
    );
    // kill once some, not all, lines are posted
    const deadline = Date.now() + 60_000;
    let before = 0;
    for (;;) {
      before = await stmtPayments();
      if (before >= 40) break;
      if (Date.now() > deadline) throw new Error(`no posting seen within 60 s (${before}); server output:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await server.kill();
    const answer = await inFlight;
    expect(answer).toMatch(/^connection: /);
    const atKill = await stmtPayments();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(lineCount);
    const [{ pending }] = await db.sql<{ pending: number }[]>`select count(*)::int as pending from bank_line_postings where status = 'PENDING'`;
    expect(pending).toBeGreaterThan(0);

    // restart: the start-up step (resumeStatementImports) posts what the crash left PENDING
    await server.restart();
    const end = Date.now() + 60_000;
    for (;;) {
      const [{ open }] = await db.sql<{ open: number }[]>`select count(*)::int as open from bank_statement_lines where status in ('NEW', 'MATCHED')`;
      if (open === 0) break;
      if (Date.now() > end) throw new Error(`the resume left ${open} lines unposted`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // the same file again (as a bank connector retrying the upload): nothing new, nothing posted
    const again = await gqlWithRetry<{ importStatement: { counts: { lines: number; newLines: number; duplicates: number; posted: number } }[] }>(
      server.url,
      IMPORT,
      { input: { content: text, fileName: 'kill.mt940' } },
      { headers: { cookie }, deadline: Date.now() + 60_000 },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.importStatement[0].counts).toMatchObject({ lines: lineCount, newLines: 0, duplicates: lineCount, posted: 0 });

    // exactly once: every line stored once, posted once, its payment the one its part names
    const [{ stored }] = await db.sql<{ stored: number }[]>`select count(*)::int as stored from bank_statement_lines`;
    expect(stored).toBe(lineCount);
    const perLine = await db.sql<{ line_id: string; n: number }[]>`
      select split_part(idempotency_key, ':', 2) as line_id, count(*)::int as n from payments where idempotency_key like 'stmt:%' group by 1 having count(*) > 1`;
    expect(perLine).toEqual([]);
    const lines = await db.sql<{ status: string; n: number; amount: string }[]>`
      select status, count(*)::int as n, sum(amount)::text as amount from bank_statement_lines group by status order by status`;
    const posted = lines.find((l) => l.status === 'POSTED');
    expect(posted?.n).toBe(lineCount);
    expect(await stmtPayments()).toBe(lineCount);
    const [{ total }] = await db.sql<{ total: string }[]>`select sum(amount)::text as total from payments where idempotency_key like 'stmt:%' and status = 'POSTED'`;
    expect(total).toBe(posted!.amount);
    const mismatched = await db.sql`
      select l.id from bank_statement_lines l join bank_line_postings p on p.line_id = l.id and p.generation = l.generation
      join payments pay on pay.id = p.payment_id
      where l.status = 'POSTED' and (p.status <> 'POSTED' or l.payment_id <> p.payment_id or pay.idempotency_key <> 'stmt:' || l.id || ':' || p.generation || ':' || p.part)`;
    expect(mismatched).toEqual([]);
    // the NONREF twins are two payments each (their ordinal among identical lines keeps them apart)
    const [{ twins }] = await db.sql<{ twins: number }[]>`select count(*)::int as twins from bank_statement_lines where bank_reference is null and amount = 7.00 and status = 'POSTED'`;
    expect(twins).toBe((lineCount / 4) * 2);
    const report = await checkInvariants(db.sql);
    // nothing the demo portfolio did not already have
    expect(report.violations.map(keyOf).filter((v) => !baseline.includes(v))).toEqual([]);
    console.log(`[reliability statements] ${JSON.stringify({ lines: lineCount, paymentsAtKill: atKill, pendingAtKill: pending, starts: server.starts() })}`);
  }, 300_000);
});
