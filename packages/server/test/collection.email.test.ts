import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionEnv, fieldsOf, type CollectionEnv } from './collection-helpers.js';
import { createLoan } from './support/fixtures.js';
import { startTestQueue, startTestSmtp, stopTestQueue, waitFor, type SmtpSandbox } from './support/sandboxes.js';
import type { TestClient } from './support/app.js';
import { setMailerUrl } from '../src/integrations/mailer.js';
import { mailBounceUrl } from '../src/integrations/mail-bounces.js';
import { unregisterWorker } from '../src/jobs/queue.js';
import { NOTICE_SEND_QUEUE, registerNoticeSendWorker, resetNoticeSendWorkerRegistration } from '../src/modules/collection/sending/sending.service.js';

// Issue 25: e-mail notices end to end (template → notice → SMTP sandbox), bounces, and the reminder jobs as notices.
process.env.RATY_SECRETS_KEY = 'test-secrets-key-for-collection-email';

let env: CollectionEnv;
let smtp: SmtpSandbox;
let admin: TestClient;

beforeAll(async () => {
  env = await collectionEnv({ files: 20 });
  smtp = await startTestSmtp();
  setMailerUrl(smtp.url);
  smtp.configure({ bounceUrl: mailBounceUrl(env.app.url), bounceDelayMs: 50 });
  await startTestQueue(env.db.url);
  await registerNoticeSendWorker(env.db);
  admin = env.app.client();
  await admin.login('admin@raty.demo');
}, 60_000);
afterAll(async () => {
  await unregisterWorker(NOTICE_SEND_QUEUE).catch(() => {});
  resetNoticeSendWorkerRegistration();
  await stopTestQueue().catch(() => {});
  await smtp?.close();
  await env?.close();
});

const NOTICE_FIELDS = `id channel reason email subject text sendStatus failureReason bouncedAt createdByName reminderRule canSend addressee { email emailConsent }`;
type Notice = {
  id: string;
  channel: string;
  reason: string;
  email: string | null;
  subject: string | null;
  text: string | null;
  sendStatus: string;
  failureReason: string | null;
  bouncedAt: string | null;
  createdByName: string | null;
  reminderRule: string | null;
  canSend: boolean;
  addressee: { email: string | null; emailConsent: boolean };
};

async function gql<T>(c: TestClient, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await c.gql<T>(q, v);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

/** A file of the demo with an active loan and its borrower, given an e-mail contact with consent (through the API). */
async function borrowerWithEmail(address: string) {
  const [p] = await env.db.sql<{ file_id: string; party_id: string }[]>`
    select fp.file_id, fp.party_id from file_parties fp join loans l on l.file_id = fp.file_id and l.status = 'ACTIVE' join parties p on p.id = fp.party_id
    where fp.role = 'BORROWER' and p.death_date is null and p.bankruptcy_date is null
      and not exists (select 1 from contacts c where c.party_id = p.id and c.type = 'EMAIL' and c.sms_consent)
    order by fp.file_id limit 1`;
  await gql(env.editor, `mutation($p: ID!, $v: String!) { createContact(partyId: $p, input: { type: EMAIL, value: $v, smsConsent: true, consentSource: "PAPER_FORM" }) { id } }`, {
    p: p.party_id,
    v: address,
  });
  return { fileId: p.file_id, partyId: p.party_id };
}

async function emailTemplate(): Promise<string> {
  const d = await gql<{ createNoticeTemplate: { template: { id: string; subject: string } } }>(
    env.editor,
    `mutation($i: NoticeTemplateInput!) { createNoticeTemplate(input: $i) { template { id subject } } }`,
    {
      i: {
        name: `E-mail OTHER ${Math.random()}`,
        channel: 'EMAIL',
        reason: 'OTHER',
        subject: 'Kartoteka <kod_naleznosci> <kartoteka>: należności',
        text: 'Dzień dobry,\n\nna kartotece <kartoteka> do zapłaty jest <suma_naleznosci>.\nRaty & Partnerzy',
      },
    },
  );
  return d.createNoticeTemplate.template.id;
}

/** Creates an e-mail notice from the template (generate text → save), sends it, waits for the outcome. */
async function sendEmailNotice(to: string, opts: { manual?: boolean } = {}): Promise<{ notice: Notice; rendered: { subject: string; text: string; html: string } }> {
  const b = await borrowerWithEmail(opts.manual ? `consented.${Math.random().toString(36).slice(2)}@example.pl` : to);
  const templateId = await emailTemplate();
  const { generateNoticeText: rendered } = await gql<{ generateNoticeText: { subject: string; text: string; html: string } }>(
    env.editor,
    `query($i: GenerateNoticeTextInput!) { generateNoticeText(input: $i) { subject text html } }`,
    { i: { templateId, fileId: b.fileId, reason: 'OTHER', channel: 'EMAIL' } },
  );
  const { createNotice } = await gql<{ createNotice: { notice: Notice } }>(env.editor, `mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { ${NOTICE_FIELDS} } } }`, {
    i: {
      fileId: b.fileId,
      partyId: b.partyId,
      reason: 'OTHER',
      channel: 'EMAIL',
      templateId,
      subject: rendered.subject,
      text: rendered.text,
      ...(opts.manual ? { email: to, manualEmail: true } : {}),
    },
  });
  expect(createNotice.notice).toMatchObject({ channel: 'EMAIL', email: to, canSend: true });
  const { sendNotices: jobId } = await gql<{ sendNotices: string }>(env.editor, `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids: [createNotice.notice.id] });
  await waitFor(async () => {
    const j = await gql<{ noticeSendJob: { status: string } }>(env.viewer, `query($id: ID!) { noticeSendJob(id: $id) { status } }`, { id: jobId });
    return j.noticeSendJob.status === 'DONE';
  }, 15_000);
  const { notice } = await gql<{ notice: Notice }>(env.editor, `query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} } }`, { id: createNotice.notice.id });
  return { notice, rendered };
}

describe('e-mail templates and notices (issue 25)', () => {
  it('an e-mail notice from a template reaches the SMTP server with the rendered subject and body (plain text and HTML)', async () => {
    const to = 'anna.nowak@example.pl';
    const { notice, rendered } = await sendEmailNotice(to);
    expect(rendered.subject).toMatch(/^Kartoteka \w+ \d+: należności$/);
    expect(rendered.text).toMatch(/do zapłaty jest [\d ]+,\d{2}\.\nRaty & Partnerzy$/);
    expect(notice).toMatchObject({ sendStatus: 'SENT', email: to, subject: rendered.subject, text: rendered.text, addressee: { email: to, emailConsent: true } });
    const mail = await waitFor(() => smtp.messages().find((m) => m.envelope.to.includes(to)));
    expect(mail.subject).toBe(rendered.subject);
    expect(mail.text).toBe(rendered.text);
    expect(mail.html).toContain('Raty &amp; Partnerzy');
    expect(mail.html).toBe(rendered.html);
    // the registry export carries the address and the subject (both dialects)
    const machine = await fetch(`${env.app.url}/api/notices/export?format=csv&dialect=machine&channel=EMAIL`, { headers: { cookie: env.editor.cookie! } });
    const rows = (await machine.text()).split(/\r?\n/).filter(Boolean);
    const header = rows[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['phone', 'email', 'subject']));
    const mine = rows.find((r) => r.startsWith(notice.id))!;
    expect(mine).toContain(to);
    expect(mine).toContain(rendered.subject);
    const excel = await fetch(`${env.app.url}/api/notices/export?format=csv&channel=EMAIL&lang=pl`, { headers: { cookie: env.editor.cookie! } });
    expect((await excel.text()).split(/\r?\n/)[0]).toContain(';E-mail;Temat e-maila;');
  });

  it('e-mail templates need a subject; the notice form refuses an address without consent unless confirmed', async () => {
    const bad = await env.editor.gql(`mutation($i: NoticeTemplateInput!) { createNoticeTemplate(input: $i) { template { id } } }`, {
      i: { name: 'Bez tematu', channel: 'EMAIL', reason: 'OTHER', text: 'Treść <kartoteka>' },
    });
    expect(fieldsOf(bad).map((f) => [f.field, f.rule])).toEqual([['input.subject', 'required']]);
    const b = await borrowerWithEmail('ok@example.pl');
    const r = await env.editor.gql(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id } } }`, {
      i: { fileId: b.fileId, partyId: b.partyId, reason: 'OTHER', channel: 'EMAIL', email: 'someone.else@example.pl', subject: 'S', text: 'T' },
    });
    expect(fieldsOf(r).map((f) => [f.field, f.rule])).toEqual([['input.email', 'email.noConsent']]);
    const invalid = await env.editor.gql(`mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id } } }`, {
      i: { fileId: b.fileId, partyId: b.partyId, reason: 'OTHER', channel: 'EMAIL', email: 'nope', manualEmail: true, subject: 'S', text: 'T' },
    });
    expect(fieldsOf(invalid).map((f) => [f.field, f.rule])).toEqual([['input.email', 'email.format']]);
  });

  it('a bounced e-mail shows BOUNCED in the registry, with the diagnostic', async () => {
    const { notice } = await sendEmailNotice('bounce.jan@example.pl', { manual: true });
    expect(['SENT', 'BOUNCED']).toContain(notice.sendStatus); // accepted by the server first
    const bounced = await waitFor(async () => {
      const d = await gql<{ notices: { edges: { node: { id: string; sendStatus: string; failureReason: string } }[] } }>(
        env.viewer,
        `query { notices(filter: { sendStatus: BOUNCED, channel: EMAIL }, first: 50) { edges { node { id sendStatus failureReason } } } }`,
      );
      return d.notices.edges.find((e) => e.node.id === notice.id);
    }, 10_000);
    expect(bounced.node.failureReason).toMatch(/^550 5\.1\.1 <bounce\.jan@example\.pl>/);
    // the DSN came back to the sender, and the history has the bounce
    expect(smtp.messages().some((m) => m.subject === 'Undelivered Mail Returned to Sender' && m.text?.includes('bounce.jan@example.pl'))).toBe(true);
    const [h] = await env.db.sql`select status, source, applied from notice_status_history where notice_id = ${notice.id} and source = 'BOUNCE'`;
    expect(h).toEqual({ status: 'BOUNCED', source: 'BOUNCE', applied: true });
    // the export (user's language) names the status, not the raw code
    const csv = await fetch(`${env.app.url}/api/notices/export?format=csv&ids=${notice.id}&lang=pl`, { headers: { cookie: env.editor.cookie! } });
    const [head, row] = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(row.split(';')[head.split(';').indexOf('Status wysłania')]).toBe('Odbity (zwrot)');
  });

  it('a refusal by the SMTP server is FAILED with the SMTP error', async () => {
    const { notice } = await sendEmailNotice('reject.me@example.pl', { manual: true });
    expect(notice.sendStatus).toBe('FAILED');
    expect(notice.failureReason).toMatch(/^SMTP 550: .*Recipient address rejected/);
  });

  it("mass generation on the E-mail channel: the addressees with a consented e-mail, the template's subject and text", async () => {
    const b = await borrowerWithEmail('masowy@example.pl');
    const [k] = await env.db.sql<{ code: string }[]>`select k.code from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.id = ${b.fileId}`;
    const params = { kindCode: k.code, reason: 'OTHER', channel: 'EMAIL' };
    const { prepareMassNotices } = await gql<{ prepareMassNotices: { rows: { fileId: string; partyId: string; email: string | null }[] } }>(
      env.editor,
      `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { rows { fileId partyId email } } }`,
      { p: params },
    );
    expect(prepareMassNotices.rows.every((r) => r.email)).toBe(true);
    const mine = prepareMassNotices.rows.find((r) => r.partyId === b.partyId)!;
    expect(mine.email).toBe('masowy@example.pl');
    const templateId = await emailTemplate();
    const { createMassNotices } = await gql<{ createMassNotices: { ids: string[] } }>(env.editor, `mutation($i: CreateMassNoticesInput!) { createMassNotices(input: $i) { ids } }`, {
      i: { params, rows: [{ fileId: mine.fileId, partyId: mine.partyId }], templateId },
    });
    const { notice } = await gql<{ notice: Notice }>(env.editor, `query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} } }`, { id: createMassNotices.ids[0] });
    expect(notice).toMatchObject({ channel: 'EMAIL', email: 'masowy@example.pl', canSend: true });
    expect(notice.subject).toMatch(/^Kartoteka /);
  });

  it('the bounce webhook refuses a wrong token', async () => {
    const res = await fetch(`${env.app.url}/api/integrations/mail/bounces/wrong`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"messageId":"x"}' });
    expect(res.status).toBe(404);
  });
});

const RUN = `mutation($k: ReminderKind!) { runReminders(kind: $k) { kind runOn trigger considered sent failed skipped skippedReasons { reason count } } }`;
type Run = { kind: string; runOn: string; trigger: string; considered: number; sent: number; failed: number; skipped: number; skippedReasons: { reason: string; count: number }[] };

describe('automatic reminders are notices (issue 25)', () => {
  it('"run now" sends the UPCOMING reminders by consent (SMS or e-mail), lists them in the registry as the system\'s, and a second run adds none', async () => {
    // business date 2026-11-25, reminders 3 days ahead: installments due 2026-11-28
    const byMail = await createLoan(env.db, { disbursementDate: '2026-10-28', firstDueDate: '2026-11-28' });
    const none = await createLoan(env.db, { disbursementDate: '2026-10-28', firstDueDate: '2026-11-28' });
    await env.db.sql`insert into contacts (party_id, type, value, sms_consent) values (${byMail.partyId}, 'EMAIL', 'przypomnienie@example.pl', true),
      (${none.partyId}, 'EMAIL', 'bez.zgody@example.pl', false)`;
    const { runReminders: first } = await gql<{ runReminders: Run }>(admin, RUN, { k: 'UPCOMING' });
    expect(first).toMatchObject({ kind: 'UPCOMING', runOn: '2026-11-25', trigger: 'MANUAL' });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(first.skippedReasons.find((s) => s.reason === 'NO_CONSENT')?.count).toBeGreaterThanOrEqual(1);
    const mail = await waitFor(() => smtp.messages().find((m) => m.envelope.to.includes('przypomnienie@example.pl')));
    expect(mail.subject).toMatch(/^Rata umowy /);
    expect(mail.text).toContain('28.11.2026');
    expect(smtp.messages().some((m) => m.envelope.to.includes('bez.zgody@example.pl'))).toBe(false);

    const list = async () =>
      (
        await gql<{ notices: { totalCount: number; edges: { node: Notice }[] } }>(
          env.viewer,
          `query { notices(filter: { reason: UPCOMING }, first: 200) { totalCount edges { node { ${NOTICE_FIELDS} } } } }`,
        )
      ).notices;
    const before = await list();
    const reminders = before.edges.map((e) => e.node).filter((n) => n.reminderRule === 'UPCOMING');
    expect(reminders.length).toBe(first.sent + first.failed);
    expect(reminders.every((n) => n.createdByName === 'system')).toBe(true);
    expect(reminders.find((n) => n.email === 'przypomnienie@example.pl')).toMatchObject({ channel: 'EMAIL', sendStatus: 'SENT', reason: 'UPCOMING' });

    const { runReminders: second } = await gql<{ runReminders: Run }>(admin, RUN, { k: 'UPCOMING' });
    expect(second).toMatchObject({ considered: 0, sent: 0, failed: 0, skipped: 0 });
    expect((await list()).totalCount).toBe(before.totalCount);
    expect(smtp.messages().filter((m) => m.envelope.to.includes('przypomnienie@example.pl'))).toHaveLength(1);

    // the settings screen: schedule, next run, and the last run (the second one: nothing to do)
    const { reminderStatus } = await gql<{
      reminderStatus: { businessDate: string; jobs: { kind: string; cron: string; timezone: string; nextRunAt: string; lastRun: Run | null }[] };
    }>(admin, `query { reminderStatus { businessDate jobs { kind cron timezone nextRunAt lastRun { kind trigger sent skipped considered } } } }`);
    expect(reminderStatus.businessDate).toBe('2026-11-25');
    const up = reminderStatus.jobs.find((j) => j.kind === 'UPCOMING')!;
    expect(up).toMatchObject({ cron: '0 8 * * *', timezone: 'Europe/Warsaw', lastRun: { kind: 'UPCOMING', trigger: 'MANUAL', considered: 0 } });
    expect(new Date(up.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(up.nextRunAt).getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
  });

  it('two "run now" at once still remind each installment once', async () => {
    const loan = await createLoan(env.db, { disbursementDate: '2026-10-28', firstDueDate: '2026-11-28' });
    await env.db.sql`insert into contacts (party_id, type, value, sms_consent) values (${loan.partyId}, 'EMAIL', 'naraz@example.pl', true)`;
    const runs = await Promise.all([gql<{ runReminders: Run }>(admin, RUN, { k: 'UPCOMING' }), gql<{ runReminders: Run }>(admin, RUN, { k: 'UPCOMING' })]);
    expect(runs.map((r) => r.runReminders.sent).sort()).toEqual([0, 1]);
    const [{ n }] = await env.db.sql<{ n: number }[]>`select count(*)::int as n from notices n join notice_items i on i.notice_id = n.id where i.loan_id = ${loan.loanId}`;
    expect(n).toBe(1);
  });

  it('only admins run reminders', async () => {
    const r = await env.editor.gql(RUN, { k: 'UPCOMING' });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("the migration turns reminder_log rows sent without a notice into the system's notices", async () => {
    const loan = await createLoan(env.db, { disbursementDate: '2026-09-01', firstDueDate: '2026-10-01' });
    await env.db.sql`insert into reminder_log (loan_id, installment_number, kind, outcome, run_on, created_at) values
      (${loan.loanId}, 1, 'UPCOMING', 'SENT', '2026-09-28', '2026-09-28T06:00:00Z'), (${loan.loanId}, 2, 'UPCOMING', 'SKIPPED_NO_CONTACT', '2026-10-29', now())`;
    // the data step of migration 0030 (the last statement) run again over these rows
    const sqlText = readFileSync(new URL('../drizzle/0030_email_notices.sql', import.meta.url), 'utf8').split('--> statement-breakpoint');
    await env.db.sql.unsafe(sqlText[sqlText.length - 1]);
    const rows = await env.db.sql`select r.outcome, r.channel, n.reason, n.channel as n_channel, n.send_status, n.created_on, n.reminder_rule, n.created_by
      from reminder_log r left join notices n on n.id = r.notice_id where r.loan_id = ${loan.loanId} order by r.installment_number`;
    expect(rows).toEqual([
      { outcome: 'SENT', channel: 'SMS', reason: 'UPCOMING', n_channel: 'SMS', send_status: 'SENT', created_on: '2026-09-28', reminder_rule: 'UPCOMING', created_by: null },
      { outcome: 'SKIPPED_NO_CONTACT', channel: null, reason: null, n_channel: null, send_status: null, created_on: null, reminder_rule: null, created_by: null },
    ]);
  });
});
