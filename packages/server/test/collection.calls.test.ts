import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeHolds } from '../src/modules/collection/index.js';
import { collectionEnv, fieldsOf, AS_OF, type CollectionEnv } from './collection-helpers.js';

// issue 31, "A collector's call list": tasks, outcomes in one or two clicks, a promise with an amount, assignment.
let env: CollectionEnv;
let files: { file_id: string; party_id: string; loan_id: string }[];
let otherUser: string;
beforeAll(async () => {
  env = await collectionEnv({ files: 12 });
  files = (await env.db.sql`select distinct on (fp.file_id) fp.file_id, fp.party_id, l.id as loan_id from file_parties fp
      join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE' join debtor_files f on f.id = fp.file_id join receivable_kinds k on k.id = f.receivable_kind_id
     where fp.role = 'BORROWER' and k.currency = 'PLN' order by fp.file_id, l.id`) as never;
  otherUser = ((await env.db.sql`select id from users where email <> ${'collector@raty.demo'} order by email limit 1`) as unknown as { id: string }[])[0]!.id;
}, 180_000);
afterAll(async () => {
  process.env.RATY_TODAY = AS_OF;
  await env?.close();
});

const CREATE = `mutation($f: ID!, $p: ID!, $d: Date!, $n: String) { createCallTask(fileId: $f, partyId: $p, dueOn: $d, note: $n) }`;
const MY = `query($d: Date) { myCallTasks(date: $d) { id fileId dueOn assignedTo addresseeName overdue currency lastContacts { channel callOutcome } pendingPromises { promiseDate promiseAmount outcome } } }`;
const LOG = `mutation($i: LogCallOutcomeInput!) { logCallOutcome(input: $i) }`;
const ASSIGN = `mutation($t: [ID!]!, $u: ID) { assignCallTasks(taskIds: $t, userId: $u) }`;
const NOTICE = `query($id: ID!) { notice(id: $id) { channel taskStatus callOutcome promiseDate promiseAmount promiseOutcome } }`;

async function task(i: number, dueOn = AS_OF): Promise<string> {
  const r = await env.editor.gql<{ createCallTask: string }>(CREATE, { f: files[i]!.file_id, p: files[i]!.party_id, d: dueOn, n: 'zadzwonić' });
  expect(r.errors).toBeUndefined();
  return r.data!.createCallTask;
}
async function pay(i: number, date: string, amount: string) {
  await env.db.sql`insert into payments (loan_id, payment_date, amount, method, kind) values (${files[i]!.loan_id}, ${date}, ${amount}, 'BANK_TRANSFER', 'REGULAR')`;
}
async function notice(id: string) {
  const r = await env.editor.gql<{ notice: Record<string, string | null> }>(NOTICE, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.notice;
}

describe('call list (issue 31)', () => {
  it('my calls today: OPEN tasks due ≤ today assigned to me or to nobody; others and later ones are not mine', async () => {
    const mine = await task(0);
    const other = await task(1);
    const later = await task(2, '2026-11-27');
    const a = await env.editor.gql<{ assignCallTasks: number }>(ASSIGN, { t: [other], u: otherUser });
    expect(a.data!.assignCallTasks).toBe(1);
    const r = await env.editor.gql<{ myCallTasks: { id: string; overdue: string; currency: string; assignedTo: string | null }[] }>(MY, {});
    expect(r.errors).toBeUndefined();
    const ids = r.data!.myCallTasks.map((t) => t.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(other);
    expect(ids).not.toContain(later);
    expect(r.data!.myCallTasks.find((t) => t.id === mine)).toMatchObject({ currency: 'PLN', assignedTo: null, overdue: expect.stringMatching(/^\d+\.\d{2}$/) });
    // the other collector's list holds it; the day after tomorrow everything due is there
    const theirs = await env.editor.gql<{ callTasks: { id: string }[] }>(`query($u: ID) { callTasks(filter: { assignedTo: $u }) { id } }`, { u: otherUser });
    expect(theirs.data!.callTasks.map((t) => t.id)).toEqual([other]);
    const later2 = await env.editor.gql<{ myCallTasks: { id: string }[] }>(MY, { d: '2026-11-27' });
    expect(later2.data!.myCallTasks.map((t) => t.id)).toContain(later);
    // a viewer may neither see nor assign
    expect((await env.viewer.gql(MY, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await env.viewer.gql(ASSIGN, { t: [mine], u: null })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('"promise 500 PLN by D" then 500 paid by D → KEPT; 499.99 → PENDING until D, BROKEN after it', async () => {
    const D = '2026-11-30';
    const kept = await task(3);
    const broken = await task(4);
    for (const id of [kept, broken]) {
      const r = await env.editor.gql(LOG, { i: { taskId: id, outcome: 'PROMISE', promiseDate: D, promiseAmount: '500.00', note: 'zapłaci przelewem' } });
      expect(r.errors).toBeUndefined();
    }
    expect(await notice(kept)).toMatchObject({ channel: 'PHONE_CALL', taskStatus: 'DONE', callOutcome: 'PROMISE', promiseDate: D, promiseAmount: '500.00', promiseOutcome: 'PENDING' });
    await pay(3, '2026-11-28', '200.00');
    await pay(3, D, '300.00');
    await pay(4, '2026-11-28', '499.99');
    process.env.RATY_TODAY = D;
    expect((await notice(kept)).promiseOutcome).toBe('KEPT');
    expect((await notice(broken)).promiseOutcome).toBe('PENDING');
    process.env.RATY_TODAY = '2026-12-01';
    await pay(4, '2026-12-01', '0.01'); // a late cent does not repair it
    expect((await notice(kept)).promiseOutcome).toBe('KEPT');
    expect((await notice(broken)).promiseOutcome).toBe('BROKEN');
    // the KPI's SQL twin counts the same
    const k = await env.editor.gql<{ noticeEffectiveness: { promisesKept: number; promisesBroken: number }[] }>(
      `query { noticeEffectiveness(from: "${AS_OF}", to: "${AS_OF}", by: [], withinDays: 10) { promisesKept promisesBroken } }`,
    );
    expect(k.errors).toBeUndefined();
    expect(k.data!.noticeEffectiveness).toEqual([{ promisesKept: 1, promisesBroken: 1 }]);
    process.env.RATY_TODAY = AS_OF;
  });

  it('a promise needs a date from today and an amount > 0; a DONE task cannot be logged again', async () => {
    const id = await task(5);
    const bad = await env.editor.gql(LOG, { i: { taskId: id, outcome: 'PROMISE', promiseDate: '2026-11-01', promiseAmount: '0' } });
    expect(fieldsOf(bad).map((f) => [f.field, f.rule])).toEqual([
      ['input.promiseDate', 'date.min'],
      ['input.promiseAmount', 'money.positive'],
    ]);
    expect((await notice(id)).taskStatus).toBe('OPEN');
    expect((await env.editor.gql(LOG, { i: { taskId: id, outcome: 'NO_ANSWER' } })).errors).toBeUndefined();
    const again = await env.editor.gql(LOG, { i: { taskId: id, outcome: 'REACHED' } });
    expect(fieldsOf(again).map((f) => f.rule)).toEqual(['task.notOpen']);
  });

  it('DISPUTE places a DISPUTE hold on the file; WRONG_NUMBER notes it on the contact called', async () => {
    const d = await task(6);
    expect((await env.editor.gql(LOG, { i: { taskId: d, outcome: 'DISPUTE', note: 'kwestionuje kwotę' } })).errors).toBeUndefined();
    expect((await activeHolds(env.db.sql, [files[6]!.file_id])).map((h) => [h.reason, h.sourceId])).toEqual([['DISPUTE', d]]);

    const w = await task(7);
    const [n] = await env.db.sql`select phone from notices where id = ${w}`;
    expect((await env.editor.gql(LOG, { i: { taskId: w, outcome: 'WRONG_NUMBER' } })).errors).toBeUndefined();
    expect(n!.phone).toBeTruthy();
    {
      const cs = await env.db.sql`select note from contacts where party_id = ${files[7]!.party_id} and note like ${'%wrong number%'}`;
      expect(cs.length).toBeGreaterThan(0);
    }
  });
});
