/**
 * Money and message invariants over a Raty database (docs/reliability.md). Read-only.
 *
 *   node --import tsx packages/server/scripts/check-invariants.ts <database url>
 *
 * RATY_TODAY (YYYY-MM-DD) pins the "as of" date of the replay check (M4) — use the business date the app runs with.
 * Exit code 0 when every invariant holds, 1 when any is violated (each violation printed), 2 on usage errors.
 * The reliability tests import `checkInvariants` and additionally pass the amounts the clients saw accepted.
 */
import { connect, type SqlHandle } from '../src/db/client.js';
import { loadLoan, loanState } from '../src/modules/loans/loans.service.js';

export interface Violation {
  invariant: string;
  detail: string;
}

export interface InvariantReport {
  ok: boolean;
  violations: Violation[];
  stats: { loans: number; payments: number; postedPayments: number; allocations: number; notices: number; onlinePayments: number; auditedPayments: number };
}

export interface Expectations {
  /** loanId → sum (decimal string) of the distinct payments the clients saw accepted */
  acceptedByLoan?: Map<string, string>;
  /** idempotency keys the clients saw accepted: each must exist exactly once */
  acceptedKeys?: Set<string>;
}

const LIMIT = 50;

async function tableExists(sql: SqlHandle, name: string): Promise<boolean> {
  const [r] = await sql<{ t: string | null }[]>`select to_regclass(${name})::text as t`;
  return r.t !== null;
}

/** Runs every invariant query; each returns the offending rows (at most LIMIT). */
export async function checkInvariants(
  sql: SqlHandle,
  expect: Expectations = {},
  opts: { asOf: string } = { asOf: process.env.RATY_TODAY ?? new Date().toISOString().slice(0, 10) },
): Promise<InvariantReport> {
  const violations: Violation[] = [];
  const add = (invariant: string, rows: readonly object[]) => {
    for (const r of rows) violations.push({ invariant, detail: JSON.stringify(r) });
  };

  // M1: one payment per idempotency key and per external id (Stripe-style idempotency)
  add('M1 duplicate idempotency key', await sql`select idempotency_key, count(*)::int as n from payments where idempotency_key is not null group by 1 having count(*) > 1 limit ${LIMIT}`);
  add('M1 duplicate external id', await sql`select external_id, count(*)::int as n from payments where external_id is not null group by 1 having count(*) > 1 limit ${LIMIT}`);

  // M2: a posted payment is allocated exactly (double entry: payment = Σ allocations, OVERPAYMENT included)
  add(
    'M2 allocations do not sum to the payment',
    await sql`select p.id, p.loan_id, p.amount::text, coalesce(sum(a.amount), 0)::text as allocated
      from payments p left join payment_allocations a on a.payment_id = p.id
      where p.status = 'POSTED' group by p.id having p.amount <> coalesce(sum(a.amount), 0) limit ${LIMIT}`,
  );
  // M3: a reversed payment's events are undone (each installment/fee and component nets to 0, its REVERSAL events on
  // its reversal date, docs/domain.md §5.4); allocations belong to the payment's loan; amounts are positive
  add(
    'M3 allocation of a reversed payment not undone',
    await sql`select a.payment_id, a.installment_number, a.component, sum(a.amount)::text as net
    from payment_allocations a join payments p on p.id = a.payment_id where p.status = 'REVERSED' group by 1, 2, 3 having sum(a.amount) <> 0 limit ${LIMIT}`,
  );
  add(
    'M3 reversal event off its reversal',
    await sql`select a.id::text, a.payment_id, p.status, a.effective_date from payment_allocations a join payments p on p.id = a.payment_id
    where a.kind = 'REVERSAL' and (p.status <> 'REVERSED' or a.effective_date <> greatest(p.reversed_on, p.payment_date)) limit ${LIMIT}`,
  );
  add('M3 allocation on another loan', await sql`select a.id::text, a.payment_id from payment_allocations a join payments p on p.id = a.payment_id where a.loan_id <> p.loan_id limit ${LIMIT}`);
  add(
    'M3 non-positive amount',
    await sql`select 'payment' as what, id::text from payments where amount <= 0
      union all select 'allocation', id::text from payment_allocations where amount <= 0 and not (kind = 'APPLICATION' and component = 'OVERPAYMENT') and kind <> 'REVERSAL'
      union all select 'reversal event', id::text from payment_allocations where amount >= 0 and kind = 'REVERSAL'
      union all select 'deposit application', id::text from payment_allocations where amount >= 0 and kind = 'APPLICATION' and component = 'OVERPAYMENT' limit ${LIMIT}`,
  );
  // L1–L3: the allocation events are one ledger (docs/domain.md §5.4), set-based over the whole portfolio
  const ledger = await checkLedger(sql);
  for (const v of ledger.violations) violations.push(v);

  // M4: the stored derived state (allocations + installments' paid cache) equals a fresh replay of the loan's
  // payments over its schedule by the pure engine — i.e. balances are a function of terms and posted payments only
  // (allocations = the allocation events: postings and the dated applications of deposits, docs/domain.md §5.4)
  const loanIds = await sql<{ loan_id: string }[]>`select distinct loan_id from payments order by 1`;
  for (const { loan_id } of loanIds) {
    const loan = await loadLoan(sql, loan_id);
    if (!loan) continue;
    const state = await loanState(sql, loan, opts.asOf);
    const stored = await sql<{ payment_id: string; kind: string; effective_date: string; installment_number: number | null; component: string; amount: string }[]>`
      select a.payment_id, a.kind, a.effective_date, a.installment_number, a.component, a.amount::text from payment_allocations a join payments p on p.id = a.payment_id
      where a.loan_id = ${loan_id} and p.kind = 'REGULAR'`;
    type Ev = { paymentId: string; kind: string; effectiveDate: string; installmentNumber: number | null; component: string; amount: string };
    const key = (a: Ev) => `${a.paymentId}|${a.kind}|${a.effectiveDate}|${a.installmentNumber}|${a.component}|${minor(a.amount)}`;
    const want = state.allocations.map(key).sort();
    const got = stored
      .map((a) => key({ paymentId: a.payment_id, kind: a.kind, effectiveDate: a.effective_date, installmentNumber: a.installment_number, component: a.component, amount: a.amount }))
      .sort();
    if (want.join() !== got.join())
      violations.push({ invariant: 'M4 stored allocations differ from a fresh replay', detail: JSON.stringify({ loanId: loan_id, stored: got.length, replay: want.length }) });
    const inst = await sql<{ number: number; paid_principal: string; paid_interest: string }[]>`
      select number, paid_principal::text, paid_interest::text from installments where loan_id = ${loan_id} and version = ${loan.schedule_version}`;
    const byNo = new Map(inst.map((i) => [i.number, i]));
    for (const i of state.installments) {
      const r = byNo.get(i.number);
      if (!r || minor(r.paid_principal) !== minor(i.paidPrincipal) || minor(r.paid_interest) !== minor(i.paidInterest)) {
        violations.push({ invariant: 'M4 installment paid cache differs from a fresh replay', detail: JSON.stringify({ loanId: loan_id, number: i.number, stored: r, replay: i }) });
      }
    }
  }
  // M5: never more paid than due, never negative; the INITIAL schedule repays exactly the principal
  add(
    'M5 installment over-/negatively paid',
    await sql`select i.loan_id, i.number, i.principal::text, i.paid_principal::text, i.interest::text, i.paid_interest::text from installments i
      where i.paid_principal < 0 or i.paid_interest < 0 or i.paid_principal > i.principal or i.paid_interest > i.interest + i.accumulated_interest limit ${LIMIT}`,
  );
  add(
    'M5 schedule principal differs from the loan principal',
    await sql`select l.id, l.principal::text, sum(i.principal)::text as scheduled from loans l join installments i on i.loan_id = l.id and i.version = 1
      where l.schedule_version = 1 group by l.id having sum(i.principal) <> l.principal limit ${LIMIT}`,
  );
  // M7: REPAID loans owe no installment
  add(
    'M7 REPAID loan with unpaid installments',
    await sql`select l.id from loans l join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where l.status = 'REPAID' and (i.paid_principal < i.principal or i.paid_interest < i.interest) group by l.id limit ${LIMIT}`,
  );
  // A1: every payment has its audit entry (written in the same transaction)
  add(
    'A1 payment without an audit entry',
    await sql`select p.id from payments p where p.kind = 'REGULAR' and p.created_by not like 'seed%' and not exists (
      select 1 from audit_log a where a.entity = 'payment' and a.entity_id = p.id::text and a.action = 'POST') limit ${LIMIT}`,
  );

  // expectations from the clients' side: each accepted key exists once; per loan Σ posted = Σ accepted distinct
  if (expect.acceptedKeys?.size) {
    const keys = [...expect.acceptedKeys];
    const rows = await sql<{ idempotency_key: string }[]>`select idempotency_key from payments where idempotency_key = any(${keys}) and status = 'POSTED'`;
    const found = new Set(rows.map((r) => r.idempotency_key));
    for (const k of keys) if (!found.has(k)) violations.push({ invariant: 'E1 accepted payment missing', detail: k });
  }
  if (expect.acceptedByLoan?.size) {
    const ids = [...expect.acceptedByLoan.keys()];
    const rows = await sql<{ loan_id: string; total: string }[]>`select loan_id, sum(amount)::text as total from payments where loan_id = any(${ids}::uuid[]) and status = 'POSTED' group by 1`;
    const got = new Map(rows.map((r) => [r.loan_id, r.total]));
    for (const [loanId, want] of expect.acceptedByLoan) {
      const g = got.get(loanId) ?? '0';
      if (!sameMoney(g, want)) violations.push({ invariant: 'E2 posted total differs from accepted distinct payments', detail: JSON.stringify({ loanId, posted: g, accepted: want }) });
    }
  }

  // message invariants (soft collection), when the tables exist
  let notices = 0;
  if (await tableExists(sql, 'notices')) {
    [{ n: notices }] = await sql<{ n: number }[]>`select count(*)::int as n from notices`;
    add('N1 SENT notice without sent_at', await sql`select id from notices where send_status = 'SENT' and sent_at is null limit ${LIMIT}`);
    add('N2 FAILED notice without a reason', await sql`select id from notices where send_status = 'FAILED' and coalesce(failure_reason, '') = '' limit ${LIMIT}`);
    if (await tableExists(sql, 'notice_send_jobs')) {
      add(
        'N3 finished job with a notice still QUEUED/SENDING',
        await sql`select j.id as job_id, n.id as notice_id, n.send_status from notice_send_jobs j join notices n on n.send_job_id = j.id
          where j.status in ('DONE', 'ABORTED') and n.send_status in ('QUEUED', 'SENDING') limit ${LIMIT}`,
      );
      add(
        'N4 finished job with a PENDING item',
        await sql`select j.id, count(*)::int as n from notice_send_jobs j join notice_send_job_items i on i.job_id = j.id where j.status in ('DONE', 'ABORTED') and i.outcome = 'PENDING' group by 1 limit ${LIMIT}`,
      );
      add('N5 FAILED job item without a reason', await sql`select job_id, notice_id from notice_send_job_items where outcome = 'FAILED' and coalesce(reason, '') = '' limit ${LIMIT}`);
      add(
        'N6 item SENT but notice not SENT',
        await sql`select i.job_id, i.notice_id, n.send_status from notice_send_job_items i join notices n on n.id = i.notice_id where i.outcome = 'SENT' and n.send_status <> 'SENT' limit ${LIMIT}`,
      );
    }
  }
  let onlinePayments = 0;
  if (await tableExists(sql, 'online_payments')) {
    [{ n: onlinePayments }] = await sql<{ n: number }[]>`select count(*)::int as n from online_payments`;
    add('G1 PAID online payment without its payment', await sql`select id from online_payments where status = 'PAID' and payment_id is null limit ${LIMIT}`);
    add(
      'G2 online payment posted with another amount',
      await sql`select o.id, o.amount::text, p.amount::text as posted from online_payments o join payments p on p.id = o.payment_id where o.amount <> p.amount limit ${LIMIT}`,
    );
    add(
      'G3 two online payments share a posted payment',
      await sql`select payment_id, count(*)::int as n from online_payments where payment_id is not null group by 1 having count(*) > 1 limit ${LIMIT}`,
    );
  }

  const [s] = await sql<{ loans: number; payments: number; posted: number; allocations: number; audited: number }[]>`select
    (select count(*)::int from loans) as loans, (select count(*)::int from payments) as payments,
    (select count(*)::int from payments where status = 'POSTED') as posted, (select count(*)::int from payment_allocations) as allocations,
    (select count(distinct entity_id)::int from audit_log where entity = 'payment' and action = 'POST') as audited`;
  return {
    ok: violations.length === 0,
    violations,
    stats: { loans: s.loans, payments: s.payments, postedPayments: s.posted, allocations: s.allocations, notices, onlinePayments, auditedPayments: s.audited },
  };
}

export interface LedgerReport {
  violations: Violation[];
  /** loans with regular payments, allocation events and loans whose events differ from their schedule (L1) */
  stats: { loans: number; events: number; loansDiffering: number; ms: number };
}

/**
 * The one-ledger invariants (docs/reliability.md, docs/domain.md §5.4), set-based SQL over the whole portfolio:
 * - L1 for every loan, installment and component (principal, interest): Σ allocation events of its regular payments
 *   = the schedule's paid amount (installments.paid_principal / paid_interest of the current version);
 * - L2 for every payment: Σ events = its amount when POSTED, 0 when REVERSED (M2/M3 say the same for postings);
 * - L3 for every loan whose balances row is current: Σ OVERPAYMENT events = the deposit held (loan_balances.overpayment).
 */
export async function checkLedger(sql: SqlHandle): Promise<LedgerReport> {
  const t0 = performance.now();
  const violations: Violation[] = [];
  const add = (invariant: string, rows: readonly object[]) => {
    for (const r of rows) violations.push({ invariant, detail: JSON.stringify(r) });
  };
  const l1 = await sql<{ loan_id: string; number: number; component: string; events: string; schedule: string }[]>`
    with ev as (
      select a.loan_id, a.installment_number as number,
             sum(a.amount) filter (where a.component = 'PRINCIPAL') as p, sum(a.amount) filter (where a.component = 'INTEREST') as i
      from payment_allocations a join payments p on p.id = a.payment_id and p.kind = 'REGULAR'
      where a.installment_number is not null group by 1, 2
    ), sch as (
      select i.loan_id, i.number, i.paid_principal as p, i.paid_interest as i
      from installments i join loans l on l.id = i.loan_id and i.version = l.schedule_version
      where i.paid_principal <> 0 or i.paid_interest <> 0
    ), d as (
      select coalesce(ev.loan_id, sch.loan_id) as loan_id, coalesce(ev.number, sch.number) as number,
             coalesce(ev.p, 0) as ep, coalesce(sch.p, 0) as sp, coalesce(ev.i, 0) as ei, coalesce(sch.i, 0) as si
      from ev full join sch on sch.loan_id = ev.loan_id and sch.number = ev.number
      -- a loan whose schedule an extraordinary repayment (or a legal cap) replaced keeps the old version's paid amounts
      -- there; a version made by early money (APPLY_AT_ONCE) is replayed like the initial one, so it is checked
      where not exists (select 1 from schedule_versions v where v.loan_id = coalesce(ev.loan_id, sch.loan_id) and v.version > 1 and v.reason <> 'EARLY_MONEY')
    )
    select loan_id, number, 'PRINCIPAL' as component, ep::text as events, sp::text as schedule from d where ep <> sp
    union all
    select loan_id, number, 'INTEREST', ei::text, si::text from d where ei <> si`;
  add('L1 Σ allocation events differ from the schedule paid', l1.slice(0, LIMIT));
  add(
    'L2 Σ allocation events of a payment differ from its amount',
    await sql`select p.id, p.status, p.amount::text, coalesce(sum(a.amount), 0)::text as events
      from payments p left join payment_allocations a on a.payment_id = p.id
      group by p.id having coalesce(sum(a.amount), 0) <> case when p.status = 'POSTED' then p.amount else 0 end limit ${LIMIT}`,
  );
  add(
    'L3 deposit held differs from Σ OVERPAYMENT events',
    await sql`select b.loan_id, b.overpayment::text as held, coalesce(sum(a.amount), 0)::text as events
      from loan_balances b
      left join payment_allocations a on a.loan_id = b.loan_id and a.component = 'OVERPAYMENT'
      where not exists (select 1 from payments p where p.loan_id = b.loan_id and (p.created_at >= b.computed_at or p.reversed_at >= b.computed_at or p.kind <> 'REGULAR'))
      group by b.loan_id, b.overpayment having b.overpayment <> coalesce(sum(a.amount), 0) limit ${LIMIT}`,
  );
  const [s] = await sql<
    { loans: number; events: number }[]
  >`select (select count(distinct loan_id)::int from payments where kind = 'REGULAR') as loans, (select count(*)::int from payment_allocations) as events`;
  const loansDiffering = new Set(l1.map((r) => r.loan_id)).size;
  return { violations, stats: { loans: s.loans, events: s.events, loansDiffering, ms: Math.round(performance.now() - t0) } };
}

function minor(x: string): bigint {
  const neg = x.startsWith('-');
  const [i, f = ''] = (neg ? x.slice(1) : x).split('.');
  const v = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  return neg ? -v : v;
}

function sameMoney(a: string, b: string): boolean {
  return minor(a) === minor(b);
}

async function cli() {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('usage: node --import tsx packages/server/scripts/check-invariants.ts <database url>');
    process.exit(2);
  }
  const db = connect(url, { max: 2 });
  try {
    const r = await checkInvariants(db.sql);
    console.log(JSON.stringify(r.stats));
    for (const v of r.violations) console.log(`VIOLATION ${v.invariant}: ${v.detail}`);
    console.log(r.ok ? 'OK: every invariant holds' : `FAILED: ${r.violations.length} violation(s)`);
    process.exitCode = r.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

const invokedDirectly = process.argv[1] && /check-invariants\.[tj]s$/.test(process.argv[1]);
if (invokedDirectly) void cli();
