/**
 * Money invariants under crashes (docs/reliability.md, scenario A): 1,000 concurrent registerPayment postings on
 * 50 loans — 600 distinct idempotency keys, 400 duplicates/retries of them — against the BUILT server running as a
 * child process, which is killed with SIGKILL and restarted twice during the run. Clients retry on connection errors
 * with the same key and body. Then scripts/check-invariants.ts must find nothing, and every key must map to exactly
 * one payment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '@raty/domain';
import { createTestDb } from './support/db.js';
import { createLoan, sumMoney } from './support/fixtures.js';
import { distIsBuilt, gqlWithRetry, spawnServer, staffSession, type ChildServer } from './support/faults.js';
import { checkInvariants } from '../scripts/check-invariants.js';

const TODAY = '2026-11-25';
process.env.RATY_TODAY = TODAY;

let db: Awaited<ReturnType<typeof createTestDb>>;
let server: ChildServer;
let cookie: string;
const loans: Awaited<ReturnType<typeof createLoan>>[] = [];

const REGISTER = `mutation($input: RegisterPaymentInput!) { registerPayment(input: $input) { replayed remainingBalance payment { id amount } } }`;

beforeAll(async () => {
  if (!distIsBuilt()) throw new Error('build the server first: npx tsc -p tsconfig.build.json');
  db = await createTestDb();
  for (let i = 0; i < 50; i++) loans.push(await createLoan(db));
  ({ cookie } = await staffSession(db.sql, ['SERVICING']));
  server = await spawnServer({ dbUrl: db.url, env: { RATY_TODAY: TODAY } });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

interface Req {
  key: string;
  loanId: string;
  clientId: string;
  paymentDate: string;
  amountPaid: string;
}

function plan(seed: number): { requests: Req[]; distinct: Req[] } {
  const rng = mulberry32(seed);
  const distinct: Req[] = [];
  const start = Date.UTC(2026, 0, 16);
  const days = (Date.UTC(2026, 10, 25) - start) / 86_400_000;
  for (let i = 0; i < 600; i++) {
    const loan = loans[i % loans.length];
    const date = new Date(start + Math.floor(rng() * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
    const cents = 1000 + Math.floor(rng() * 14_000); // 10.00 … 149.99
    distinct.push({ key: `rel-a-${seed}-${i}`, loanId: loan.loanId, clientId: loan.partyId, paymentDate: date, amountPaid: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}` });
  }
  const requests = [...distinct];
  for (let i = 0; i < 400; i++) requests.push(distinct[Math.floor(rng() * distinct.length)]);
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [requests[i], requests[j]] = [requests[j], requests[i]];
  }
  return { requests, distinct };
}

describe('scenario A: registerPayment under SIGKILL + restart', () => {
  it('posts every distinct key exactly once; balances = terms − accepted distinct payments', async () => {
    const { requests, distinct } = plan(20261125);
    const deadline = Date.now() + 270_000; // a correctness test, not a timed one: room for a loaded machine
    const byKey = new Map<string, Set<string>>();
    const figures = { requests: requests.length, distinctKeys: distinct.length, attempts: 0, retries: 0, connectionErrors: 0, internalErrors: 0, replayed: 0, kills: 0, otherErrors: [] as string[] };
    let done = 0;
    let next = 0;
    const killsAt = [250, 600];
    let killing: Promise<void> | null = null;
    const t0 = Date.now();

    const maybeKill = () => {
      if (killing || !killsAt.length || done < killsAt[0]) return;
      killsAt.shift();
      figures.kills += 1;
      killing = server.restart().finally(() => {
        killing = null;
      });
    };

    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= requests.length) return;
        const r = requests[i];
        const res = await gqlWithRetry<{ registerPayment: { replayed: boolean; payment: { id: string; amount: string } } }>(
          server.url,
          REGISTER,
          { input: { loanId: r.loanId, clientId: r.clientId, paymentDate: r.paymentDate, amountPaid: r.amountPaid, paymentMethod: 'BANK_TRANSFER', idempotencyKey: r.key } },
          {
            headers: { cookie },
            deadline,
            onRetry: (why) => {
              figures.retries += 1;
              if (why.startsWith('internal')) figures.internalErrors += 1;
              else figures.connectionErrors += 1;
            },
          },
        );
        figures.attempts += res.attempts;
        if (res.errors) figures.otherErrors.push(`${r.key}: ${res.errors[0].extensions?.code} ${res.errors[0].message}`);
        else {
          const p = res.data!.registerPayment;
          if (p.replayed) figures.replayed += 1;
          expect(p.payment.amount).toBe(r.amountPaid);
          if (!byKey.has(r.key)) byKey.set(r.key, new Set());
          byKey.get(r.key)!.add(p.payment.id);
        }
        done += 1;
        maybeKill();
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const ms = Date.now() - t0;

    expect(figures.otherErrors).toEqual([]);
    expect(figures.kills).toBe(2);
    expect(server.starts()).toBe(3);
    // every distinct key answered, always with the same payment id
    expect(byKey.size).toBe(distinct.length);
    for (const [key, ids] of byKey) expect(ids.size, key).toBe(1);
    // 400 duplicates: each answered as a replay (plus the retries whose first attempt had committed before the kill)
    expect(figures.replayed).toBeGreaterThanOrEqual(400);

    const acceptedByLoan = new Map<string, string>();
    for (const l of loans) acceptedByLoan.set(l.loanId, sumMoney(distinct.filter((d) => d.loanId === l.loanId).map((d) => d.amountPaid)));
    const report = await checkInvariants(db.sql, { acceptedKeys: new Set(distinct.map((d) => d.key)), acceptedByLoan });
    expect(report.violations).toEqual([]);
    expect(report.stats.postedPayments).toBe(distinct.length);
    expect(report.stats.auditedPayments).toBe(distinct.length);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from payments`;
    expect(n).toBe(distinct.length);

    console.log(`[reliability A] ${JSON.stringify({ ...figures, otherErrors: figures.otherErrors.length, ms, stats: report.stats })}`);
  }, 300_000);
});
