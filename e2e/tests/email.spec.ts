import { type Page } from '@playwright/test';
import { expect, screenshot, test } from '../fixtures';

// Issue 25: an e-mail notice from an e-mail template through the SPA (address and subject instead of the phone,
// preview), sent to the local SMTP sandbox (read back at its admin HTTP); a bounced address shows BOUNCED; the
// reminder jobs on the settings screen (schedule, next run, last run) and "run now" twice: the second adds nothing.
const smtpAdmin = process.env.RATY_E2E_SMTP_ADMIN_URL ?? `http://127.0.0.1:${process.env.RATY_E2E_SMTP_ADMIN_PORT ?? '4113'}`;
const stamp = Date.now().toString(36).slice(-5);
const templateName = `E2E e-mail ${stamp}`;

test.describe.configure({ mode: 'serial' });

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type Mail = { subject: string | null; text: string | null; html: string | null; envelope: { to: string[] } };
async function mailsTo(page: Page, to: string): Promise<Mail[]> {
  const res = await page.request.get(`${smtpAdmin}/__sandbox/messages?to=${encodeURIComponent(to)}`);
  return (await res.json()) as Mail[];
}

/** A file with an active loan whose borrower is not departed (found through the API, no seed specifics). */
async function someFile(page: Page): Promise<{ fileId: string; display: string }> {
  const { receivableKinds } = await gql<{ receivableKinds: { code: string }[] }>(page, '{ receivableKinds { code } }');
  for (const k of receivableKinds) {
    const d = await gql<{ prepareMassNotices: { rows: { fileId: string; fileDisplayNumber: string }[] } }>(
      page,
      `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { rows { fileId fileDisplayNumber } } }`,
      { p: { kindCode: k.code, reason: 'OTHER', channel: 'SMS' } },
    );
    const row = d.prepareMassNotices.rows[0];
    if (row) return { fileId: row.fileId, display: row.fileDisplayNumber };
  }
  throw new Error('no file with a consented addressee');
}

test('an e-mail notice from an e-mail template reaches the SMTP server with the rendered subject and body', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  // the e-mail template, through the templates screen (subject field for the E-mail channel)
  await page.goto('/templates');
  await page.getByRole('button', { name: 'Dodaj szablon' }).click();
  const editor = page.getByRole('form', { name: 'Dodaj szablon powiadomienia' });
  await editor.getByLabel('Nazwa', { exact: true }).fill(templateName);
  await editor.getByLabel('Rodzaj powiadomienia', { exact: true }).selectOption('EMAIL');
  await editor.getByLabel('Przyczyna kontaktu', { exact: true }).selectOption('OTHER');
  await editor.getByLabel('Temat wiadomości e-mail').fill('Kartoteka <kartoteka> — stan należności');
  await editor.getByLabel('Treść', { exact: true }).fill('Dzień dobry,\n\nsaldo kartoteki <kartoteka> wynosi <suma_naleznosci>.');
  await editor.getByRole('button', { name: 'Generuj podgląd' }).click();
  await expect(editor.getByText('Temat: Kartoteka 544 — stan należności')).toBeVisible();
  await editor.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('table', { name: 'Lista szablonów' }).getByRole('button', { name: templateName, exact: true })).toBeVisible();

  const file = await someFile(page);
  const to = `e2e.${stamp}@example.pl`;
  await page.goto(`/notices/new?fileId=${file.fileId}`);
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await form.getByLabel('Przyczyna kontaktu', { exact: true }).selectOption('OTHER');
  await form.getByLabel('Rodzaj powiadomienia', { exact: true }).selectOption('EMAIL');
  // e-mail: an address and a subject, no phone
  await expect(form.getByLabel('Nr telefonu', { exact: true })).toHaveCount(0);
  await form.getByLabel('Adres e-mail', { exact: true }).fill(to);
  await form.getByLabel('Szablon', { exact: true }).selectOption({ label: `${templateName} (E-mail)` });
  await form.getByRole('button', { name: 'Generuj treść' }).click();
  const subject = `Kartoteka ${file.display.split(' ').pop()} — stan należności`;
  await expect(form.getByLabel('Temat', { exact: true })).toHaveValue(subject);
  await expect(form.getByLabel('Treść', { exact: true })).toHaveValue(/saldo kartoteki \d+ wynosi [\d ]+,\d\d/);
  await expect(form.getByTestId('email-preview-subject')).toHaveText(subject);
  await screenshot(page, 'notice-editor-email.png', 'grown');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  // the typed address has no consent: confirm saving with it
  const ask = page.getByRole('alertdialog', { name: 'Brak zgody na powiadomienia e-mail' });
  await ask.getByRole('button', { name: 'Zapisz z tym adresem' }).click();

  await expect(page).toHaveURL(/\/notices\/[0-9a-f-]{36}$/);
  const details = page.getByRole('form', { name: 'Szczegóły powiadomienia' });
  await expect(details.getByText('Niewysłane')).toBeVisible();
  await details.getByRole('button', { name: 'Wyślij' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Przekazano 1 / 1')).toBeVisible();
  await expect(dialog.getByText(/Wysyłka zakończona powodzeniem/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Zamknij' }).click();
  await expect(details.getByText('Wysłane', { exact: true })).toBeVisible();

  await expect.poll(async () => (await mailsTo(page, to)).length, { message: `mail at ${smtpAdmin}/__sandbox/messages`, timeout: 15_000 }).toBe(1);
  const [mail] = await mailsTo(page, to);
  expect(mail.subject).toBe(subject);
  expect(mail.text).toMatch(/^Dzień dobry,\n\nsaldo kartoteki \d+ wynosi [\d ]+,\d\d\.$/);
  expect(mail.html).toContain('<p>Dzień dobry,</p>');
});

test('a bounced e-mail shows BOUNCED', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  const file = await someFile(page);
  const { createNotice } = await gql<{ createNotice: { notice: { id: string; addressee: { partyId: string } } } }>(
    page,
    `mutation($i: CreateNoticeInput!) { createNotice(input: $i) { notice { id addressee { partyId } } } }`,
    {
      i: {
        fileId: file.fileId,
        partyId: (await gql<{ noticeDraft: { addressees: { partyId: string }[] } }>(page, `query($f: ID!) { noticeDraft(fileId: $f, reason: OTHER) { addressees { partyId } } }`, { f: file.fileId }))
          .noticeDraft.addressees[0].partyId,
        reason: 'OTHER',
        channel: 'EMAIL',
        email: `bounce.${stamp}@example.pl`,
        manualEmail: true,
        subject: 'Test zwrotu',
        text: 'Ta wiadomość wróci.',
      },
    },
  );
  await gql(page, `mutation($ids: [ID!]!) { sendNotices(ids: $ids) }`, { ids: [createNotice.notice.id] });
  await page.goto(`/notices/${createNotice.notice.id}`);
  const details = page.getByRole('form', { name: 'Szczegóły powiadomienia' });
  // the addressee table of an e-mail notice shows the e-mail address and its consent, not the mobile and SMS consent
  await expect(details.getByRole('columnheader', { name: 'Adres e-mail' })).toBeVisible();
  await expect(details.getByRole('columnheader', { name: 'Zgoda e-mail' })).toBeVisible();
  await expect(details.getByRole('columnheader', { name: 'Telefon komórkowy' })).toHaveCount(0);
  await expect
    .poll(
      async () => {
        await page.reload();
        return details.getByText('Odbity (zwrot)').count();
      },
      { timeout: 20_000, intervals: [1000] },
    )
    .toBeGreaterThan(0);
  await expect(details.getByText(/wróciła jako niedoręczalna.*550 5\.1\.1/)).toBeVisible();
});

test('settings show the reminder jobs; "run now" twice: the second run adds no reminders', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.goto('/settings?tab=collection');
  const card = page.getByRole('region', { name: 'Uruchomienia przypomnień' });
  const upcoming = card.getByTestId('reminder-job-UPCOMING');
  await expect(upcoming).toContainText('codziennie o 8:00 (Europe/Warsaw)');
  const upcomingNotices = async () =>
    (
      await gql<{ notices: { totalCount: number; edges: { node: { reminderRule: string | null; createdByName: string | null } }[] } }>(
        page,
        `{ notices(filter: { reason: UPCOMING }, first: 200) { totalCount edges { node { reminderRule createdByName } } } }`,
      )
    ).notices;

  await card.getByRole('button', { name: 'Uruchom teraz' }).click();
  await expect(card.getByRole('status')).toContainText('Uruchomiono:');
  await expect(upcoming).toContainText('uruchomione ręcznie');
  const afterFirst = await upcomingNotices();
  // the reminders sent are notices of the registry, created by "system"
  expect(afterFirst.edges.filter((e) => e.node.reminderRule === 'UPCOMING').every((e) => e.node.createdByName === 'system')).toBe(true);
  await screenshot(card, 'settings-reminder-runs.png');

  await card.getByRole('button', { name: 'Uruchom teraz' }).click();
  await expect(card.getByRole('status')).toContainText('Uruchomiono: wysłane 0, błędy 0, pominięte 0.');
  await expect(upcoming).toContainText('wysłane: 0');
  expect((await upcomingNotices()).totalCount).toBe(afterFirst.totalCount);
});
