/**
 * Bank statements (issue 30 "Speed"), two measures of `npm run bench` (suite.ts runs them; method: docs/performance.md):
 * A. `statementMatching`: parse + balance check + exactly-once keys + set-based matching (prepareStatements, what every
 *    import runs before it writes) of an N-line MT940 statement vs one COPY of the same lines into a table of their
 *    columns; target ≤ 3×. Alternating rounds (one of each per round), median of each.
 * B. `statementPosting`: the import of a statement of M matched lines on M loans (store, match, post through the
 *    payment service) vs M equal payments through postPayment directly; both STATEMENT_POSTING_CONCURRENCY loans at a
 *    time; target ≥ 80 % of the direct throughput. Alternating rounds, fresh loans every round; median of each.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseStatement } from '@raty/domain';
import type { Context } from '../src/graphql/context.js';
import { demoMt940Text, type DemoLine } from '../src/modules/statements/demo.js';
import { importStatement, payersOf, prepareStatements, STATEMENT_POSTING_CONCURRENCY } from '../src/modules/statements/statements.service.js';
import { postPayment } from '../src/modules/loans/payments.service.js';
import { round, stat, timed, type Measure } from './report.js';
import { BENCH_AS_OF } from './seed.js';
import type { SuiteEnv } from './suite.js';

const ROUNDS = 3;

interface BenchLoan {
  id: string;
  number: string;
  repayment_account: string;
}

async function activeLoans(env: SuiteEnv, limit: number, opts: { unpaidByBench?: boolean } = {}): Promise<BenchLoan[]> {
  return env.db.sql<BenchLoan[]>`
    select id, number, repayment_account from loans l
    where status = 'ACTIVE' and currency = 'PLN' and disbursement_date <= ${BENCH_AS_OF}::date and repayment_account is not null
      and (${!opts.unpaidByBench} or (not exists (select 1 from payments p where p.loan_id = l.id and p.idempotency_key like 'bench-direct:%')
        and l.id not in (select loan_id from bank_statement_lines where loan_id is not null)))
    order by md5(id::text) limit ${limit}`;
}

/** Test/bench statement text: MT940 of the demo layout; `tag` keeps bank references unique across runs. */
function statementOf(loans: BenchLoan[], n: number, tag: string, seq: number): { text: string; lines: DemoLine[] } {
  // a third by repayment account (rule 1), a third by the loan number in the title with spaces (rule 3), a third NONREF naming nothing
  const lines: DemoLine[] = Array.from({ length: n }, (_, i) => {
    const l = loans[i % loans.length]!;
    const kind = i % 3;
    return {
      credit: true,
      amount: `${10 + (i % 500)}.${String(i % 100).padStart(2, '0')}`,
      ref: kind === 2 ? null : `${tag}${i}`,
      creditedAccount: kind === 0 ? l.repayment_account : null,
      title: kind === 1 ? `Splata umowy ${l.number.replace(/\//g, ' ')}` : `Przelew ${i}`,
      name: 'JAN KOWALSKI',
      payerAccount: null,
    };
  });
  return { text: demoMt940Text(lines, BENCH_AS_OF, seq), lines };
}

const esc = (v: string | number | null) => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

export async function statementMatching(env: SuiteEnv): Promise<Measure> {
  const sql = env.db.sql;
  const n = env.scale.statementLines;
  const loans = await activeLoans(env, Math.min(n, 20_000));
  if (!loans.length) throw new Error('no active PLN loan in the bench portfolio');
  const tag = `BM${Date.now().toString(36)}`;
  const { text } = statementOf(loans, n, tag, 1);
  // the COPY baseline: the same lines as the import stores them (parsed once, outside the timing), in COPY text format
  const [parsed] = parseStatement(text);
  const copyData =
    parsed!.lines
      .map((l) =>
        [
          l.ordinal,
          null,
          parsed!.account,
          l.bookingDate,
          l.valueDate,
          l.direction,
          l.amount,
          l.currency,
          l.bankReference,
          l.counterpartyName,
          l.counterpartyAccount,
          l.creditedAccount,
          l.title,
          l.variableSymbol,
          l.transactionCode,
          l.raw,
        ]
          .map(esc)
          .join('\t'),
      )
      .join('\n') + '\n';
  const prep: number[] = [];
  const payer: number[] = [];
  const parse: number[] = [];
  const copy: number[] = [];
  let matched = 0;
  // warm-up of both (JIT, plans)
  await prepareStatements(sql, text);
  for (let r = 0; r < ROUNDS; r++) {
    const a = await timed(() => prepareStatements(sql, text));
    prep.push(a.ms);
    const pr = a.value[0]!;
    matched = pr.decisions.filter((d) => d.matched).length;
    payer.push((await timed(() => payersOf(sql, pr.statement.lines, pr.decisions, pr.lookups))).ms);
    parse.push((await timed(async () => parseStatement(text))).ms);
    await sql`drop table if exists bench_statement_copy`;
    await sql`create unlogged table bench_statement_copy (ordinal int, line_key text, account text, booking_date date, value_date date, direction text, amount numeric(15,2),
      currency text, bank_reference text, counterparty_name text, counterparty_account text, credited_account text, title text, variable_symbol text, transaction_code text, raw text)`;
    const c = await timed(async () => {
      const w = (await sql`copy bench_statement_copy from stdin`.writable()) as Writable;
      await pipeline(async function* () {
        yield copyData;
      }, w);
    });
    copy.push(c.ms);
  }
  await sql`drop table if exists bench_statement_copy`;
  const p = stat(prep);
  const c = stat(copy);
  const ratio = round(p.median / c.median, 2);
  return {
    id: 'statementMatching',
    title: `Bank statement: parse + match ${n.toLocaleString('en')} lines vs one COPY of them`,
    value: ratio,
    unit: '× COPY',
    target: '≤ 3 × one COPY of the same lines',
    met: ratio <= 3,
    stats: {
      'parse + check + keys + set-based matching (ms)': p,
      'then: payer check of the lines decided, one query (ms; not in the ratio)': stat(payer),
      'of which parsing the MT940 text (ms)': stat(parse),
      'one COPY of the same lines (ms)': c,
      'lines matched': matched,
      'loans named': loans.length,
    },
    notes: [
      `${ROUNDS} alternating rounds after a warm-up; figure = median / median. prepareStatements is what every import runs before it writes: parse, balance check, SHA-256 exactly-once keys, one query per matching rule for all lines, the decisions. The payer check (borrower or third party) follows it with one more query, shown apart.`,
      'The COPY baseline writes the lines already parsed, in COPY text format, into an unlogged table of the same 16 columns (no index): the fastest way PostgreSQL takes them.',
      'Lines: a third to loans’ repayment accounts, a third naming a loan number in the title, a third NONREF naming nothing (queue).',
    ],
  };
}

export async function statementPosting(env: SuiteEnv, ctx: Context): Promise<Measure> {
  const loans = await activeLoans(env, 2 * env.scale.statementPostings * ROUNDS + 40, { unpaidByBench: true });
  // a small portfolio (or one the bench has paid into many times) gives fewer lines per round
  const m = Math.min(env.scale.statementPostings, Math.floor((loans.length - 40) / (2 * ROUNDS)));
  if (m < 10) throw new Error(`the bench portfolio has ${loans.length} active PLN loans the bench has not paid; ${2 * 10 * ROUNDS + 40} needed`);
  const tag = `BP${Date.now().toString(36)}`;
  const key = (l: BenchLoan, what: string) => `bench-direct:${tag}:${what}:${l.id}`;
  const direct = (l: BenchLoan, what: string) =>
    postPayment(
      ctx,
      { loanId: l.id, clientId: null, paymentDate: BENCH_AS_OF, amountPaid: '5.00', paymentMethod: 'BANK_TRANSFER', idempotencyKey: key(l, what), description: 'Rata' },
      { requireClient: false, createdBy: 'bench', overpaymentGuard: { accept: false } },
    ).catch((e: { extensions?: { code?: string } }) => {
      // refused by the overpayment guard, like the statement's refused lines
      if (e.extensions?.code !== 'BAD_USER_INPUT') throw e;
    });
  const viaStatement = (ls: BenchLoan[], seq: number) =>
    importStatement(ctx, {
      content: demoMt940Text(
        ls.map((l, i) => ({ credit: true, amount: '5.00', ref: `${tag}-${seq}-${i}`, creditedAccount: l.repayment_account, title: 'Rata', name: 'X', payerAccount: null })),
        BENCH_AS_OF,
        seq,
      ),
      source: 'API',
    });
  const pool = async <T>(items: T[], fn: (x: T) => Promise<unknown>) => {
    const q = [...items];
    await Promise.all(
      Array.from({ length: STATEMENT_POSTING_CONCURRENCY }, async () => {
        for (let x = q.shift(); x !== undefined; x = q.shift()) await fn(x);
      }),
    );
  };
  // warm-up of both paths on other loans (JIT, plans, caches), so that neither pays for it alone
  const warm = loans.slice(2 * m * ROUNDS);
  await pool(warm.slice(0, 20), (l) => direct(l, 'warm'));
  await viaStatement(warm.slice(20), 900_000 + Number(Date.now() % 1000));
  const tStmt: number[] = [];
  const tDirect: number[] = [];
  let posted = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const mine = loans.slice(2 * m * r, 2 * m * (r + 1));
    // alternate which path goes first
    const runStmt = async () => {
      const x = await timed(() => viaStatement(mine.slice(0, m), 910_000 + r));
      posted = x.value[0]!.counts.posted;
      // a loan whose payoff is below the amount refuses it (the overpayment guard): a few are tolerated
      if (posted < m * 0.95) throw new Error(`the statement posted ${posted} of ${m} lines`);
      tStmt.push(x.ms);
    };
    const runDirect = async () => tDirect.push((await timed(() => pool(mine.slice(m), (l) => direct(l, 'r' + r)))).ms);
    if (r % 2) {
      await runDirect();
      await runStmt();
    } else {
      await runStmt();
      await runDirect();
    }
  }
  const s = stat(tStmt);
  const d = stat(tDirect);
  const thrStmt = (m / s.median) * 1000;
  const thrDirect = (m / d.median) * 1000;
  const ratio = round((thrStmt / thrDirect) * 100, 1);
  return {
    id: 'statementPosting',
    title: `Bank statement: posting ${m} matched lines vs the payment service directly`,
    value: ratio,
    unit: '% of direct',
    target: '≥ 80 % of the throughput of postPayment directly, in parallel across loans',
    met: ratio >= 80,
    stats: {
      'statement import: store, match, post (ms)': s,
      'postPayment directly (ms)': d,
      'statement throughput (payments/s, median)': round(thrStmt, 1),
      'direct throughput (payments/s, median)': round(thrDirect, 1),
      'loans at a time (both)': STATEMENT_POSTING_CONCURRENCY,
    },
    notes: [
      `${ROUNDS} alternating rounds (the first path alternates), fresh loans every round, after a warm-up of both paths; figure = throughput of the import / throughput of the direct posting (medians).`,
      'The import is timed whole (parse, store the lines and their parts, match, post each part through postPayment, mark the parts posted), against the bare postPayment calls.',
    ],
  };
}
