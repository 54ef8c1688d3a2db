import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createTestDb } from './support/db.js';
import { createDemoData } from '../src/demo/index.js';
import { businessDate } from '../src/lib/business-date.js';
import { placeHold } from '../src/modules/collection/index.js';
import { runStrategies, simulateStrategies } from '../src/modules/strategies/strategies.run.js';
import { saveStrategy, setStrategyStatus, loadStrategies } from '../src/modules/strategies/strategies.service.js';

const AS_OF = '2026-11-25';
process.env.RATY_TODAY = AS_OF;
const log = pino({ level: 'silent' });
let db: Awaited<ReturnType<typeof createTestDb>>;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 40, asOf: AS_OF, withPayments: true });
});
afterAll(async () => {
  process.env.RATY_TODAY = AS_OF;
  await db?.drop();
});

let heldFile = '';
let limitedParty = '';
const key = (n: { stepKey: string; loanId: string; partyId: string }) => `${n.stepKey}|${n.loanId}|${n.partyId}`;

describe('collection strategies (issue 31)', () => {
  it('each receivable kind of the demo has an active default strategy whose first steps are the reminders', async () => {
    const kinds = await db.sql<{ code: string }[]>`select code from receivable_kinds order by code`;
    const strategies = await loadStrategies(db.sql, { status: 'ACTIVE' });
    expect(strategies.filter((s) => s.isDefault).map((s) => s.kindCode)).toEqual(kinds.map((k) => k.code));
    for (const s of strategies) expect(s.current.steps.map((st) => st.rule ?? st.channel)).toEqual(['UPCOMING', 'SK_DELAY', 'PHONE_CALL']);
  });

  it('a file with an active hold leaves the strategy; a debtor at the contact limit gets nothing', async () => {
    const day = '2026-11-26';
    const sim = await simulateStrategies(db.sql, day);
    const calls = sim.notices.filter((x) => x.channel === 'PHONE_CALL');
    expect(calls.length).toBeGreaterThan(2);
    const [held, limited] = calls;
    await placeHold(db.sql, { fileId: held!.fileId, reason: 'DISPUTE', since: '2026-11-26', by: null });
    // three contacts of the debtor within the 7 days
    for (const d of ['2026-11-20', '2026-11-23', '2026-11-25'])
      await db.sql`insert into notices (file_id, party_id, reason, channel, created_on, addressee_name, send_status)
        values (${limited!.fileId}, ${limited!.partyId}, 'OVERDUE', 'EXTERNAL_SMS', ${d}, ${limited!.partyName}, 'SENT')`;
    const after = await simulateStrategies(db.sql, day);
    expect(after.notices.some((x) => x.fileId === held!.fileId)).toBe(false);
    expect(after.notices.some((x) => x.partyId === limited!.partyId)).toBe(false);
    expect(after.skipped.CONTACT_LIMIT).toBeGreaterThanOrEqual(1);
    heldFile = held!.fileId;
    limitedParty = limited!.partyId;
  });

  it("tomorrow's simulation equals what the run creates tomorrow; re-running the day creates nothing", async () => {
    const tomorrow = '2026-11-26';
    const sim = await simulateStrategies(db.sql, tomorrow);
    expect(sim.notices.length).toBeGreaterThan(0);
    process.env.RATY_TODAY = tomorrow;
    const run = await runStrategies({ sql: db.sql, db: db.db, log }, businessDate());
    expect(run.runOn).toBe(tomorrow);
    expect(run.steps.map((s) => [s.stepKey, s.count, s.amounts])).toEqual(sim.steps.map((s) => [s.stepKey, s.count, s.amounts]));
    expect(run.created).toBe(sim.steps.reduce((t, s) => t + s.count, 0));
    const made = await db.sql<{ step_key: string; loan_id: string; party_id: string; channel: string; task_status: string | null; due_on: string | null; send_status: string }[]>`
      select e.step_key, e.loan_id, e.party_id, n.channel, n.task_status, n.due_on::text, n.send_status from strategy_executions e join notices n on n.id = e.notice_id where e.run_id = ${run.id}`;
    expect(made.map((m) => key({ stepKey: m.step_key, loanId: m.loan_id, partyId: m.party_id })).sort()).toEqual(sim.notices.map(key).sort());
    // phone-call steps are open call tasks due that day, unassigned, in the registry as drafts
    expect(made.filter((m) => m.channel === 'PHONE_CALL').every((m) => m.task_status === 'OPEN' && m.due_on === tomorrow && m.send_status === 'DRAFT')).toBe(true);

    expect(made.some((m) => m.party_id === limitedParty)).toBe(false);
    const files = await db.sql<{ file_id: string }[]>`select n.file_id from strategy_executions e join notices n on n.id = e.notice_id where e.run_id = ${run.id}`;
    expect(files.some((f) => f.file_id === heldFile)).toBe(false);

    const again = await runStrategies({ sql: db.sql, db: db.db, log }, businessDate());
    expect(again.created).toBe(0);
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from notices where created_on = ${tomorrow}`;
    const [{ r }] = await db.sql<{ r: number }[]>`select count(*)::int as r from reminder_log where run_on = ${tomorrow} and notice_id is not null`;
    expect(n).toBe(made.length + r);
  });

  it('a step due at 21:00 goes out at 08:00 the next working day (the next day’s run)', async () => {
    const [tpl] = await db.sql<
      { id: string }[]
    >`insert into notice_templates (name, channel, reason, text) values ('Late', 'SMS', 'OVERDUE', 'Zaleglosc <suma_naleznosci> kartoteka <kartoteka>') returning id`;
    const [kind] = await db.sql<{ code: string }[]>`select k.code from receivable_kinds k order by k.code limit 1`;
    const cond = { minOverdue: null, noPromisePending: false, notContactedDays: null, requireConsent: true, notDeparted: true };
    const id = await saveStrategy(
      db.sql,
      {
        kindCode: kind!.code,
        name: 'Late SMS',
        outstandingFrom: '0.01',
        outstandingTo: null,
        contractTypeCode: null,
        note: null,
        steps: [{ key: '', offsetDays: 1, channel: 'SMS', templateId: tpl!.id, mode: 'REVIEW', atTime: '21:00', rule: null, conditions: cond, coDebtorsFromDpd: null }],
      },
      null,
    );
    await setStrategyStatus(db.sql, id, 'ACTIVE');
    // loans whose episode opens on the first due date after 27 November: the step is due the next day at 21:00 → the day after
    const due = await db.sql<{ loan_id: string; d: string }[]>`
      select distinct on (l.id) l.id as loan_id, i.due_date::text as d from loans l join debtor_files f on f.id = l.file_id join receivable_kinds k on k.id = f.receivable_kind_id
      join installments i on i.loan_id = l.id and i.version = l.schedule_version
      where k.code = ${kind!.code} and l.status = 'ACTIVE' and i.principal + i.interest > i.paid_principal + i.paid_interest order by l.id, i.due_date, i.number`;
    const anchors = due.filter((x) => x.d > '2026-11-27').sort((a, b) => a.d.localeCompare(b.d));
    const d0 = anchors[0]!.d;
    expect(anchors.length).toBeGreaterThan(0);
    const mine = new Set(anchors.filter((x) => x.d === d0).map((x) => x.loan_id));
    const plus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const s = await loadStrategies(db.sql, { id });
    const stepKey = s[0]!.current.steps[0]!.key;
    const dayDue = await simulateStrategies(db.sql, plus(d0, 1));
    expect(dayDue.notices.filter((x) => x.stepKey === stepKey && mine.has(x.loanId))).toEqual([]);
    const next = await simulateStrategies(db.sql, plus(d0, 2));
    const nextDay = new Date(`${plus(d0, 2)}T00:00:00Z`).getUTCDay();
    if (nextDay !== 0) expect(next.notices.filter((x) => x.stepKey === stepKey && mine.has(x.loanId)).length).toBeGreaterThan(0);
  });
});
