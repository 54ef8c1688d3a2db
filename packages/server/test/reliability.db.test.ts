/**
 * Scenario D (docs/reliability.md): the database connection is lost in the middle of registerPayment's transaction.
 * 1. pg_terminate_backend on the app's backend after the payment row, its allocations and the installments were
 *    written but before the commit (the test holds an EXCLUSIVE lock on audit_log, the last write of the
 *    transaction, so the backend waits right there) → nothing of it is visible; the error is masked; a retry with the
 *    same key posts it exactly once.
 * 2. A TCP proxy between the app and PostgreSQL cuts every connection during a burst of 60 postings (clients retry
 *    on INTERNAL_SERVER_ERROR / connection errors with the same key) → each key posted once, invariants hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { makeClient } from './support/app.js';
import { createLoan, sumMoney } from './support/fixtures.js';
import { gqlWithRetry, spawnServer, staffSession, tcpProxy, type ChildServer, type TcpProxy } from './support/faults.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let cookie: string;

async function waitHealthy(url: string) {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not come back');
}

const REGISTER = `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { replayed payment { id amount } } }`;

beforeAll(async () => {
  db = await createTestDb();
  ({ cookie } = await staffSession(db.sql, ['SERVICING']));
});
afterAll(async () => {
  await db?.drop();
});

async function snapshot(loanId: string) {
  const [s] = await db.sql<{ payments: number; allocations: number; paid: string; audit: number }[]>`select
    (select count(*)::int from payments where loan_id = ${loanId}) as payments,
    (select count(*)::int from payment_allocations where loan_id = ${loanId}) as allocations,
    (select coalesce(sum(paid_principal + paid_interest), 0)::text from installments where loan_id = ${loanId}) as paid,
    (select count(*)::int from audit_log where entity = 'payment') as audit`;
  return s;
}

describe('scenario D: DB connection lost mid-transaction', () => {
  // Against the built server as a supervised child process: the postgres.js bug described below may take the process
  // down when its backend is terminated (then the client sees a connection error instead of a masked GraphQL error).
  it('pg_terminate_backend after the writes, before the commit → no partial write; retry posts once', async () => {
    const server = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: TODAY }, supervise: true });
    try {
      await terminateScenario(server);
    } finally {
      await server.stop();
    }
  }, 60_000);

  async function terminateScenario(server: ChildServer) {
    const staff = makeClient(server.url);
    staff.cookie = cookie;
    const loan = await createLoan(db);
    const ok = await staff.gql(REGISTER, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-03-01', amountPaid: '300.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'd-1-first' },
    });
    expect(ok.errors).toBeUndefined();
    const before = await snapshot(loan.loanId);

    const blocker = await db.sql.reserve();
    await blocker`begin`;
    await blocker`lock table audit_log in exclusive mode`;
    const input = { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-02-20', amountPaid: '777.77', paymentMethod: 'BANK_TRANSFER', idempotencyKey: 'd-1-killed' };
    const pending = staff.gql(REGISTER, { input });
    // the app's backend now waits for the audit_log lock, with the payment/allocations/installments already written
    let pid: number | undefined;
    for (let i = 0; i < 200 && !pid; i++) {
      // (not on `blocker`: pg_stat_activity is snapshotted once per transaction)
      const rows = await db.sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
        and wait_event_type = 'Lock' and query ilike '%insert into audit_log%'`;
      pid = rows[0]?.pid;
      if (!pid) await new Promise((r) => setTimeout(r, 25));
    }
    expect(pid, 'the app backend waiting inside the transaction').toBeDefined();
    const [{ inTx }] = await db.sql<{ inTx: boolean }[]>`select (xact_start is not null) as "inTx" from pg_stat_activity where pid = ${pid!}`;
    expect(inTx).toBe(true);
    await db.sql`select pg_terminate_backend(${pid!})`;
    await blocker`rollback`;
    blocker.release();

    const res = await pending.catch((err: Error) => ({ connectionError: err.message }));
    if ('connectionError' in res) {
      // the process crashed (postgres.js nextWrite bug) — the supervisor restarts it
      expect(server.crashes().length).toBeGreaterThan(0);
      await waitHealthy(server.url);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const text = JSON.stringify(res);
      expect(text).not.toMatch(/terminat|insert into|select |audit_log|postgres|at .*\.ts:\d+/i);
      expect(res.errors?.[0].extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
    }
    console.log(`[reliability D1] ${JSON.stringify({ answer: 'connectionError' in res ? 'connection error (process crashed)' : res.errors?.[0].extensions?.code, crashes: server.crashes().length })}`);
    // nothing of the killed transaction is visible
    expect(await snapshot(loan.loanId)).toEqual(before);
    expect(await db.sql`select 1 from payments where idempotency_key = 'd-1-killed'`).toHaveLength(0);

    // the pool reconnects; the client's retry with the same key posts exactly once, a second retry is a replay
    const retry = () => gqlWithRetry<{ registerPayment: { replayed: boolean; payment: { id: string } } }>(server.url, REGISTER, { input }, { headers: { cookie }, deadline: Date.now() + 30_000 });
    const r1 = await retry();
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.registerPayment.replayed).toBe(false);
    const r2 = await retry();
    expect(r2.data!.registerPayment).toMatchObject({ replayed: true, payment: { id: r1.data!.registerPayment.payment.id } });
    console.log(
      `[reliability D1] ${JSON.stringify({ crashesAfterTerminate: server.crashes().length, crash: server.crashes().map((c) => c.tail.split('\n').find((l) => /TypeError/.test(l)) ?? '') })}`,
    );
    const report = await checkInvariants(db.sql, { acceptedKeys: new Set(['d-1-first', 'd-1-killed']) }, { asOf: TODAY });
    expect(report.violations).toEqual([]);
  }

  // Runs against the built server as a child process, supervised (restarted when it exits on its own): postgres.js
  // 3.4.9 can throw an uncatchable TypeError (connection.js nextWrite on a null socket, porsager/postgres#1154/#1208)
  // when its socket dies, which takes the whole process down. The figures record how often that happened; money
  // invariants must hold either way.
  it('all DB connections cut by a proxy during a burst of 60 postings → each key posted once, invariants hold', async () => {
    const port = Number(new URL(db.url).port);
    const proxy: TcpProxy = await tcpProxy(port);
    const server = await spawnServer({ dbUrl: db.url.replace(`:${port}/`, `:${proxy.port}/`), env: { RATY_TODAY: TODAY }, supervise: true });
    try {
      const loans: Awaited<ReturnType<typeof createLoan>>[] = [];
      for (let i = 0; i < 6; i++) loans.push(await createLoan(db));
      const reqs = Array.from({ length: 60 }, (_, i) => {
        const l = loans[i % loans.length];
        const cents = 5000 + i * 37;
        return {
          loanId: l.loanId,
          clientId: l.partyId,
          paymentDate: `2026-0${2 + (i % 7)}-1${i % 10}`,
          amountPaid: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
          paymentMethod: 'BANK_TRANSFER',
          idempotencyKey: `d-2-${i}`,
        };
      });
      const figures = { retries: 0, cuts: 0, crashes: 0 };
      const deadline = Date.now() + 40_000;
      let started = 0;
      const cutter = (async () => {
        while (started < 20) await new Promise((r) => setTimeout(r, 5));
        figures.cuts += proxy.cutAll();
        await new Promise((r) => setTimeout(r, 30));
        figures.cuts += proxy.cutAll();
      })();
      const results = await Promise.all(
        reqs.map(async (input, i) => {
          await new Promise((r) => setTimeout(r, i * 4));
          started += 1;
          return gqlWithRetry<{ registerPayment: { payment: { id: string } } }>(server.url, REGISTER, { input }, { headers: { cookie }, deadline, onRetry: () => (figures.retries += 1) });
        }),
      );
      await cutter;
      figures.crashes = server.crashes().length;
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(new Set(results.map((r) => r.data!.registerPayment.payment.id)).size).toBe(60);
      const acceptedByLoan = new Map(loans.map((l) => [l.loanId, sumMoney(reqs.filter((q) => q.loanId === l.loanId).map((q) => q.amountPaid))]));
      const report = await checkInvariants(db.sql, { acceptedKeys: new Set(reqs.map((q) => q.idempotencyKey)), acceptedByLoan }, { asOf: TODAY });
      expect(report.violations).toEqual([]);
      console.log(
        `[reliability D] ${JSON.stringify({ requests: 60, ...figures, crashTails: server.crashes().map((c) => c.tail.split('\n').find((l) => /TypeError|Error/.test(l)) ?? c.tail.slice(-200)) })}`,
      );
    } finally {
      await server.stop();
      await proxy.close();
    }
  }, 60_000);
});
