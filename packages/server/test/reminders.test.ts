import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createLoan } from './support/fixtures.js';
import { startTestSmsapi, startTestSmtp, waitFor, type SmsapiSandbox, type SmtpSandbox } from './support/sandboxes.js';
import { createDemoData } from '../src/demo/index.js';
import { prefillSandboxSettings } from '../src/modules/settings/settings.service.js';
import { setMailerUrl } from '../src/integrations/mailer.js';
import { runReminders, missedDelayNotices } from '../src/modules/reminders/reminders.service.js';
import { pino } from 'pino';

process.env.RATY_TODAY = '2026-11-25';
process.env.RATY_SECRETS_KEY = 'test-secrets-key-for-reminders';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let sms: SmsapiSandbox;
let smtp: SmtpSandbox;
let staff: TestClient;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 5, asOf: '2026-11-25', withPayments: false });
  sms = await startTestSmsapi();
  smtp = await startTestSmtp();
  setMailerUrl(smtp.url);
  await prefillSandboxSettings(db.db, { url: sms.url, token: 'test-sms-token', senderName: 'Raty' });
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await sms?.close();
  await smtp?.close();
  await db?.drop();
});

const NOTIFY = `mutation($input: NotifyUpcomingInstallmentInput!) {
  notifyUpcomingInstallment(input: $input) { noticeId channel sentTo status message text }
}`;
type Notify = { notifyUpcomingInstallment: { noticeId: string; channel: string; sentTo: string; status: string; message: string; text: string } };

async function addMobile(partyId: string, value: string, consent: boolean) {
  await db.sql`insert into contacts (party_id, type, value, sms_consent) values (${partyId}, 'MOBILE', ${value}, ${consent})`;
}

describe('notifyUpcomingInstallment (MON-2)', () => {
  it('sends an SMS to the given number, records a notice and says where it went', async () => {
    const loan = await createLoan(db, { disbursementDate: '2026-11-10', firstDueDate: '2026-12-10' });
    const r = await staff.gql<Notify>(NOTIFY, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-10', amountDue: loan.lines[0].total, notificationType: 'SMS', contactInfo: '+48 601 234 567' },
    });
    expect(r.errors).toBeUndefined();
    const n = r.data!.notifyUpcomingInstallment;
    expect(n).toMatchObject({ channel: 'SMS', sentTo: '601234567', status: 'SENT' });
    expect(n.message).toContain('601234567');
    const msgs = await waitFor(() => sms.messages().filter((m) => m.idx === `notice:${n.noticeId}`));
    expect(msgs).toHaveLength(1);
    expect(msgs[0].text).toContain('10.12.2026');
    expect(msgs[0].text).not.toMatch(/[ąćęłńóśźż]/); // GSM-7 normalised
    const [row] = await db.sql`select reason, channel, send_status, phone, manual_phone from notices where id = ${n.noticeId}`;
    expect(row).toEqual({ reason: 'UPCOMING', channel: 'SMS', send_status: 'SENT', phone: '601234567', manual_phone: true });
    const items = await db.sql`select installment_number, due_date from notice_items where notice_id = ${n.noticeId}`;
    expect(items).toEqual([{ installment_number: 1, due_date: '2026-12-10' }]);
  });

  it('sends an e-mail through SMTP', async () => {
    const loan = await createLoan(db, { disbursementDate: '2026-11-10', firstDueDate: '2026-12-10' });
    const r = await staff.gql<Notify>(NOTIFY, {
      input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-10', amountDue: loan.lines[0].total, notificationType: 'EMAIL', contactInfo: 'jan.kowalski@example.pl' },
    });
    expect(r.data!.notifyUpcomingInstallment).toMatchObject({ channel: 'EMAIL', sentTo: 'jan.kowalski@example.pl', status: 'SENT' });
    const mail = await waitFor(() => smtp.messages().find((m) => JSON.stringify(m.to).includes('jan.kowalski@example.pl')));
    expect(mail.text).toContain('10.12.2026');
  });

  it('names bad fields, refuses departed borrowers and unknown installments', async () => {
    const loan = await createLoan(db, { disbursementDate: '2026-11-10', firstDueDate: '2026-12-10' });
    const bad = await staff.gql(NOTIFY, { input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-10', amountDue: '0', notificationType: 'EMAIL', contactInfo: 'nope' } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.amountDue', 'input.contactInfo']);
    const none = await staff.gql(NOTIFY, { input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-11', amountDue: '10.00', notificationType: 'SMS', contactInfo: '601234567' } });
    expect(none.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.paymentDate', rule: 'installment.notFound' });
    await db.sql`update parties set death_date = '2026-11-01' where id = ${loan.partyId}`;
    const dead = await staff.gql(NOTIFY, { input: { loanId: loan.loanId, clientId: loan.partyId, paymentDate: '2026-12-10', amountDue: '10.00', notificationType: 'SMS', contactInfo: '601234567' } });
    expect(dead.errors?.[0].extensions?.fields?.[0].rule).toBe('party.departed');
  });
});

describe('daily reminder jobs', () => {
  it('sends upcoming reminders only to consenting borrowers, never twice for the same installment', async () => {
    const consenting = await createLoan(db, { disbursementDate: '2026-10-28', firstDueDate: '2026-11-28' });
    const noConsent = await createLoan(db, { disbursementDate: '2026-10-28', firstDueDate: '2026-11-28' });
    await addMobile(consenting.partyId, '691000001', true);
    await addMobile(noConsent.partyId, '691000002', false);
    const deps = { sql: db.sql, db: db.db, log, requestId: 'test' };
    const first = await runReminders(deps, 'UPCOMING', '2026-11-25', 3);
    expect(first.sent).toBeGreaterThanOrEqual(1); // the seeded demo files may have installments due that day too
    const again = await Promise.all([runReminders(deps, 'UPCOMING', '2026-11-25', 3), runReminders(deps, 'UPCOMING', '2026-11-25', 3)]);
    expect(again.map((r) => r.sent)).toEqual([0, 0]);
    const to1 = sms.messages().filter((m) => m.number.endsWith('691000001'));
    const to2 = sms.messages().filter((m) => m.number.endsWith('691000002'));
    expect(to1).toHaveLength(1);
    expect(to2).toHaveLength(0);
  });

  it('sends Slovak delay notices within 15 days and reports the missed ones', async () => {
    const recent = await createLoan(db, { disbursementDate: '2026-10-15', firstDueDate: '2026-11-15' });
    const old = await createLoan(db, { disbursementDate: '2026-09-01', firstDueDate: '2026-10-01' });
    await db.sql`update parties set country = 'SK' where id in (${recent.partyId}, ${old.partyId})`;
    await addMobile(recent.partyId, '691000003', true);
    await db.sql`update loans set variable_symbol = '4400123' where id = ${recent.loanId}`;
    const r = await runReminders({ sql: db.sql, db: db.db, log, requestId: 'test' }, 'SK_DELAY', '2026-11-25', 3);
    expect(r.sent).toBeGreaterThanOrEqual(1);
    const msg = sms.messages().find((m) => m.number.endsWith('691000003'))!;
    expect(msg.text).toContain('nebola uhradena');
    expect(msg.text).toContain('VS 4400123'); // the SK notice quotes the loan's variable symbol
    const missed = await missedDelayNotices(db.sql, '2026-11-25');
    const mine = missed.filter((m) => [recent.loanId, old.loanId].includes(m.loan_id));
    // the old loan's installments due 01.10 and 01.11 are more than 15 days late with no notice; the recent one was notified
    expect(mine.map((m) => [m.loan_id, m.installment_number, m.outcome])).toEqual([
      [old.loanId, 1, null],
      [old.loanId, 2, null],
    ]);
  });
});
