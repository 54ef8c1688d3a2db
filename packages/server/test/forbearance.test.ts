import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { createTestDb } from './support/db.js';
import { startTestApp } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { borrowerSession, staffSession } from './support/faults.js';
import { activeHolds } from '../src/modules/collection/index.js';
import { checkCasesInForce } from '../src/modules/forbearance/forbearance.service.js';

// the loan of the fixture: 12 × 1066.19 from 2026-02-15; nothing paid, so on 2026-06-20 installments 1–5 are overdue
process.env.RATY_TODAY = '2026-06-20';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let A: Awaited<ReturnType<typeof createLoan>>;
let B: Awaited<ReturnType<typeof createLoan>>;
const h: Record<'staff' | 'viewer' | 'a' | 'b', Record<string, string>> = { staff: {}, viewer: {}, a: {}, b: {} };

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; rule: string }[] } }[];
}

async function gql<T = Record<string, unknown>>(who: keyof typeof h, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...h[who] }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Answer<T>;
}
async function ok<T = Record<string, unknown>>(who: keyof typeof h, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(who, query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
const code = (r: Answer<unknown>) => r.errors?.[0]?.extensions?.code;

const CASE = `id status loanId requestedBy requestedOn reason monthlyIncome helpAsked assessmentNote offer { measure installments } offeredOn acceptanceChannel acceptedOn inForceOn scheduleVersion graceDays endedOn endNote`;
const REQUEST_MY = `mutation($i: ForbearanceRequestInput!) { requestMyForbearance(input: $i) { ${CASE} } }`;
const PREVIEW_FIELDS = `measure keptInstallments installmentsBefore installmentsAfter installmentBefore installmentAfter maturityBefore maturityAfter totalPayableBefore totalPayableAfter
  lines { number dueDate total } diff { number changed totalDelta before { total } after { total } }`;

beforeAll(async () => {
  db = await createTestDb();
  app = await startTestApp(db);
  A = await createLoan(db);
  B = await createLoan(db);
  h.staff = { cookie: (await staffSession(db.sql, ['SERVICING'])).cookie };
  h.viewer = { cookie: (await staffSession(db.sql, ['NOTICES_VIEW'])).cookie };
  h.a = { cookie: (await borrowerSession(db.sql, A.partyId)).cookie };
  h.b = { cookie: (await borrowerSession(db.sql, B.partyId)).cookie };
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('forbearance (issue 32): Done when 1 — a payment holiday from the client zone', () => {
  let caseId = '';

  it('the borrower in arrears asks for a payment holiday in the client zone; the file gets a FORBEARANCE hold', async () => {
    const d = await ok<{ requestMyForbearance: Record<string, unknown> }>('a', REQUEST_MY, {
      i: { loanId: A.loanId, reason: 'Utrata pracy w kwietniu', monthlyIncome: '2500.00', monthlyExpenses: '2100.00', situation: 'dwoje dzieci', helpAsked: 'PAYMENT_HOLIDAY' },
    });
    expect(d.requestMyForbearance).toMatchObject({ status: 'REQUESTED', requestedBy: 'BORROWER', requestedOn: '2026-06-20', monthlyIncome: '2500.00', helpAsked: 'PAYMENT_HOLIDAY' });
    caseId = d.requestMyForbearance.id as string;
    const holds = await activeHolds(db.sql, [A.fileId]);
    expect(holds.map((x) => [x.reason, x.sourceId, x.loanId])).toEqual([['FORBEARANCE', caseId, A.loanId]]);
    // one open case per loan
    expect(code(await gql('a', REQUEST_MY, { i: { loanId: A.loanId, reason: 'jeszcze raz', helpAsked: 'OTHER' } }))).toBe('CONFLICT');
  });

  it('a request without a reason names the field', async () => {
    const r = await gql('b', REQUEST_MY, { i: { loanId: B.loanId, reason: '  ', helpAsked: 'OTHER' } });
    expect(r.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'input.reason', rule: 'required' });
  });

  it("a borrower cannot see or touch another borrower's loan or case (NOT_FOUND)", async () => {
    expect(code(await gql('b', REQUEST_MY, { i: { loanId: A.loanId, reason: 'x', helpAsked: 'OTHER' } }))).toBe('NOT_FOUND');
    expect(code(await gql('b', `query($l: ID!) { myForbearanceCases(loanId: $l) { id } }`, { l: A.loanId }))).toBe('NOT_FOUND');
    expect(code(await gql('b', `mutation($c: ID!) { acceptMyForbearanceOffer(caseId: $c) { id } }`, { c: caseId }))).toBe('NOT_FOUND');
    expect(code(await gql('b', `mutation($c: ID!) { declineMyForbearanceOffer(caseId: $c) { id } }`, { c: caseId }))).toBe('NOT_FOUND');
    expect(code(await gql('b', `query($c: ID!) { myForbearanceOffer(caseId: $c) { measure } }`, { c: caseId }))).toBe('NOT_FOUND');
    // and a viewer may read but not offer
    expect(code(await gql('viewer', `mutation($c: ID!) { offerForbearance(caseId: $c, offer: { measure: PAYMENT_HOLIDAY, installments: 3 }) { id } }`, { c: caseId }))).toBe('FORBIDDEN');
  });

  it('staff assess with the payment history and arrears, preview a 3-month holiday and offer it', async () => {
    const a = await ok<{ forbearanceAssessment: Record<string, unknown> }>(
      'staff',
      `query($c: ID!) { forbearanceAssessment(caseId: $c) { asOf currency overduePrincipal overdueInterest overdueInstallments daysPastDue payments { date } earlierCases } }`,
      { c: caseId },
    );
    expect(a.forbearanceAssessment).toMatchObject({ asOf: '2026-06-20', currency: 'PLN', overdueInstallments: 5, daysPastDue: 125, payments: [], earlierCases: 0 });
    await ok('staff', `mutation($c: ID!) { assessForbearance(caseId: $c, note: "Dochód spadł o połowę; przejściowe") { status } }`, { c: caseId });

    const p = await ok<{ forbearancePreview: Record<string, unknown> & { lines: { number: number; dueDate: string; total: string }[]; diff: { number: number; changed: boolean }[] } }>(
      'staff',
      `query($c: ID!) { forbearancePreview(caseId: $c, offer: { measure: PAYMENT_HOLIDAY, installments: 3 }) { ${PREVIEW_FIELDS} } }`,
      { c: caseId },
    );
    const pv = p.forbearancePreview;
    // a measure that does not fit the loan is bad input naming the offer's field and the rule, not a server error
    const tooLong = await gql('staff', `query($c: ID!) { forbearancePreview(caseId: $c, offer: { measure: PAYMENT_HOLIDAY, installments: 999 }) { measure } }`, { c: caseId });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    const fields = tooLong.errors![0]!.extensions!.fields as { field: string; rule: string }[];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f) => f.field.startsWith('offer') && f.rule.length > 0)).toBe(true);
    expect(pv).toMatchObject({ measure: 'PAYMENT_HOLIDAY', keptInstallments: 5, installmentsBefore: 12, installmentsAfter: 15, maturityBefore: '2027-01-15', maturityAfter: '2027-04-15' });
    expect(pv.lines.slice(5, 8).map((l) => [l.number, l.dueDate, l.total])).toEqual([
      [6, '2026-07-15', '0.00'],
      [7, '2026-08-15', '0.00'],
      [8, '2026-09-15', '0.00'],
    ]);
    expect(pv.diff.filter((d) => d.number <= 5).every((d) => !d.changed)).toBe(true);
    expect(pv.diff.filter((d) => d.number > 5).every((d) => d.changed)).toBe(true);

    const o = await ok<{ offerForbearance: Record<string, unknown> }>('staff', `mutation($c: ID!) { offerForbearance(caseId: $c, offer: { measure: PAYMENT_HOLIDAY, installments: 3 }) { ${CASE} } }`, {
      c: caseId,
    });
    expect(o.offerForbearance).toMatchObject({
      status: 'OFFERED',
      offeredOn: '2026-06-20',
      offer: { measure: 'PAYMENT_HOLIDAY', installments: 3 },
      assessmentNote: 'Dochód spadł o połowę; przejściowe',
    });
    // nothing saved by the preview or the offer: still version 1
    const [l] = await db.sql`select schedule_version from loans where id = ${A.loanId}`;
    expect(l!.schedule_version).toBe(1);
  });

  it('the borrower sees the offer with the new schedule and accepts it: the new version is in force everywhere, the hold stays', async () => {
    const cases = await ok<{ myForbearanceCases: Record<string, unknown>[] }>('a', `query($l: ID!) { myForbearanceCases(loanId: $l) { ${CASE} } }`, { l: A.loanId });
    expect(cases.myForbearanceCases).toHaveLength(1);
    expect(cases.myForbearanceCases[0]).toMatchObject({ status: 'OFFERED', assessmentNote: null });
    const offer = await ok<{ myForbearanceOffer: Record<string, unknown> }>('a', `query($c: ID!) { myForbearanceOffer(caseId: $c) { ${PREVIEW_FIELDS} } }`, { c: caseId });
    expect(offer.myForbearanceOffer).toMatchObject({ installmentsAfter: 15, maturityAfter: '2027-04-15' });

    const acc = await ok<{ acceptMyForbearanceOffer: Record<string, unknown> }>('a', `mutation($c: ID!) { acceptMyForbearanceOffer(caseId: $c) { ${CASE} } }`, { c: caseId });
    expect(acc.acceptMyForbearanceOffer).toMatchObject({ status: 'IN_FORCE', acceptanceChannel: 'CLIENT_ZONE', acceptedOn: '2026-06-20', inForceOn: '2026-06-20', scheduleVersion: 2, graceDays: 30 });

    // the client-zone schedule shows the version in force
    const my = await ok<{ myLoan: { installmentsCount: number; schedule: { number: number; date: string; total: string }[] } }>(
      'a',
      `query($id: ID!) { myLoan(id: $id) { installmentsCount schedule { number date total } } }`,
      { id: A.loanId },
    );
    expect(my.myLoan.schedule).toHaveLength(15);
    expect(my.myLoan.schedule[6]).toMatchObject({ number: 7, date: '2026-08-15', total: '0.00' });
    expect(my.myLoan.schedule.at(-1)!.date).toBe('2027-04-15');
    // the staff's schedule versions (the debtor file's diff view reads them)
    const v = await ok<{ loan: { scheduleVersions: { version: number; reason: string; effectiveDate: string; note: string | null }[] } }>(
      'staff',
      `query($id: ID!) { loan(id: $id) { scheduleVersions { version reason effectiveDate note } } }`,
      { id: A.loanId },
    );
    expect(v.loan.scheduleVersions.map((x) => [x.version, x.reason, x.effectiveDate, x.note])).toEqual([
      [1, 'INITIAL', '2026-01-15', null],
      [2, 'FORBEARANCE', '2026-06-20', 'forbearance: PAYMENT_HOLIDAY'],
    ]);
    expect((await activeHolds(db.sql, [A.fileId])).map((x) => x.reason)).toEqual(['FORBEARANCE']);
    // cannot be accepted twice
    expect(code(await gql('a', `mutation($c: ID!) { acceptMyForbearanceOffer(caseId: $c) { id } }`, { c: caseId }))).toBe('CONFLICT');
  });

  it('broken: an installment of the new schedule unpaid beyond the grace (30 days) ends the case and clears the hold', async () => {
    // the first installment after the holiday is due 2026-10-15: 26 days late on 2026-11-10, 36 on 2026-11-20
    expect(await checkCasesInForce(db.sql, '2026-11-10')).toEqual({ broken: [], completed: [] });
    expect(await checkCasesInForce(db.sql, '2026-11-20')).toEqual({ broken: [caseId], completed: [] });
    const [c] = await db.sql`select status, ended_on::text, end_note from forbearance_cases where id = ${caseId}`;
    expect(c).toMatchObject({ status: 'BROKEN', ended_on: '2026-11-20', end_note: 'installment 9 due 2026-10-15 unpaid 36 days (grace 30)' });
    expect(await activeHolds(db.sql, [A.fileId])).toEqual([]);
  });
});

describe('forbearance (issue 32): Done when 3 — hand-over and the pre-enforcement report', () => {
  it('a loan without any forbearance offered needs the reason; the report lists what was considered', async () => {
    const HAND = `mutation($i: LoanHandoverInput!) { handOverLoan(input: $i) { loanId kind handedOn noForbearanceReason } }`;
    const r = await gql('staff', HAND, { i: { loanId: B.loanId, kind: 'HARD_COLLECTION' } });
    expect(r.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'input.noForbearanceReason', rule: 'requiredWithoutForbearance' });
    await ok('staff', HAND, { i: { loanId: B.loanId, kind: 'HARD_COLLECTION', noForbearanceReason: 'Brak kontaktu od 4 miesięcy, list polecony zwrócony' } });
    await ok('staff', HAND, { i: { loanId: A.loanId, kind: 'ENFORCEMENT' } });
    expect((await activeHolds(db.sql, [A.fileId, B.fileId])).map((x) => x.reason)).toEqual(['HARD_COLLECTION', 'HARD_COLLECTION']);
    expect(code(await gql('staff', HAND, { i: { loanId: A.loanId, kind: 'ENFORCEMENT' } }))).toBe('CONFLICT');

    const rep = await ok<{ preEnforcementReport: Record<string, unknown>[] }>(
      'viewer',
      `{ preEnforcementReport { loanId kind handedOn considered cases lastMeasure lastStatus lastOfferedOn noForbearanceReason chargesApplied chargeCap currency } }`,
    );
    const byLoan = new Map(rep.preEnforcementReport.map((x) => [x.loanId, x]));
    expect(byLoan.get(A.loanId)).toMatchObject({
      kind: 'ENFORCEMENT',
      handedOn: '2026-06-20',
      considered: 'BROKEN',
      cases: 1,
      lastMeasure: 'PAYMENT_HOLIDAY',
      lastStatus: 'BROKEN',
      lastOfferedOn: '2026-06-20',
      noForbearanceReason: null,
    });
    expect(byLoan.get(B.loanId)).toMatchObject({
      kind: 'HARD_COLLECTION',
      considered: 'NONE',
      cases: 0,
      noForbearanceReason: 'Brak kontaktu od 4 miesięcy, list polecony zwrócony',
      chargesApplied: '0.00',
      currency: 'PLN',
    });
  });
});

describe('forbearance (issue 32): analyst measures', () => {
  it('the query of docs/analytics.md answers the measures by type, acceptance and cure rates, amounts forgiven', async () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'analytics.md'), 'utf8');
    const query = /```graphql\n(query ForbearanceMeasures[\s\S]*?)```/.exec(doc)![1]!;
    const d = await ok<{ forbearanceMeasures: Record<string, unknown>[] }>('viewer', query);
    expect(d.forbearanceMeasures).toEqual([
      { measure: 'PAYMENT_HOLIDAY', currency: 'PLN', offered: 1, accepted: 1, declined: 0, inForce: 0, completed: 0, broken: 1, acceptanceRate: '1.0000', cureRate: '0.0000', amountForgiven: '0.00' },
    ]);
  });
});
