import { type Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Issue #22 "Notice editor and registry" (COLL-4.3, COLL-5, MON-4): one check per fix, each failing on the screens as
// they were. Data is found through the API of the running demo — no seed specifics assumed.
test.describe.configure({ mode: 'serial' });

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type FileNode = { id: string; displayNumber: string; parties: { role: string; party: { id: string; displayName: string; smsConsent: boolean; departed: boolean } }[] };

async function files(page: Page): Promise<FileNode[]> {
  const out: FileNode[] = [];
  let after: string | null = null;
  do {
    const r: { debtorFiles: { edges: { node: FileNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await gql(
      page,
      `query($after: String) { debtorFiles(first: 100, after: $after) { edges { node { id displayNumber parties { role party { id displayName smsConsent departed } } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    out.push(...r.debtorFiles.edges.map((e) => e.node));
    after = r.debtorFiles.pageInfo.hasNextPage && out.length < 600 ? r.debtorFiles.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** A file whose every party is alive and has consented to SMS. */
const consentedFile = (all: FileNode[]) => all.find((f) => f.parties.length > 0 && f.parties.every((p) => p.party.smsConsent && !p.party.departed));
/** A file whose every party is alive and has no SMS consent. */
const noConsentFile = (all: FileNode[]) => all.find((f) => f.parties.length > 0 && f.parties.every((p) => !p.party.smsConsent && !p.party.departed));

test('SMS length: a 1,000-character notice shows the parts warning and is saved; the form shows the text as sent; 1,000 also fit a template', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  const file = consentedFile(await files(page));
  expect(file, 'a file with consented parties').toBeTruthy();
  await page.goto(`/notices/new?fileId=${file!.id}`);
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await form.getByLabel('Przyczyna kontaktu').selectOption('OTHER');
  const text = form.getByLabel('Treść', { exact: true });

  // what is sent after normalisation, shown as it will be sent: the dash is gone and leaves no double space
  await text.fill('Rata – do zapłaty');
  await expect(form.getByTestId('sms-sent-text')).toHaveText('Rata do zaplaty');
  await expect(form.getByTestId('sms-parts-warning')).toHaveCount(0);

  await text.fill('a'.repeat(1000));
  await expect(form.getByTestId('sms-counter')).toContainText('[części: 7]');
  await expect(form.getByTestId('sms-parts-warning')).toBeVisible();
  await expect(form.getByTestId('sms-parts-warning')).toContainText('7 części');
  await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page).toHaveURL(/\/notices\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Powiadomienie utworzono. Możesz je teraz wysłać.')).toBeVisible();

  // the template form warns the same way and its server accepts 1,000 characters too
  await page.goto('/templates');
  await page.getByRole('button', { name: 'Dodaj szablon' }).click();
  const editor = page.getByRole('form', { name: 'Dodaj szablon powiadomienia' });
  await editor.getByLabel('Nazwa', { exact: true }).fill(`E2E długi ${Date.now().toString(36)}`);
  await editor.getByLabel('Rodzaj powiadomienia', { exact: true }).selectOption('SMS');
  await editor.getByLabel('Przyczyna kontaktu', { exact: true }).selectOption('OTHER');
  await editor.getByLabel('Treść', { exact: true }).fill('b'.repeat(1000));
  await expect(editor.getByTestId('sms-parts-warning')).toBeVisible();
  await editor.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Szablon zapisano.')).toBeVisible();
});

test('a phone-call notice is not announced as ready to send; field errors go away as each field is corrected', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  const file = consentedFile(await files(page));
  await page.goto(`/notices/new?fileId=${file!.id}`);
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await form.getByLabel('Przyczyna kontaktu').selectOption('OTHER');

  // SMS without a text: the error is shown (and scrolled to), then disappears as soon as the text is typed
  await form.getByLabel('Nr telefonu').fill('12');
  await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
  const textError = form.locator('.field--invalid').filter({ has: page.getByLabel('Treść', { exact: true }) });
  await expect(textError.locator('.field__error')).toBeVisible();
  await expect(form.locator('.field__error').first()).toBeInViewport();
  const phoneField = form.locator('.field').filter({ has: page.getByLabel('Nr telefonu') });
  await expect(phoneField.locator('.field__error')).toBeVisible();
  await form.getByLabel('Treść', { exact: true }).fill('Prosimy o kontakt');
  await expect(textError.locator('.field__error')).toHaveCount(0);
  await expect(phoneField.locator('.field__error')).toBeVisible(); // only the corrected field is cleared

  await form.getByLabel('Rodzaj powiadomienia').selectOption('PHONE_CALL');
  await form.getByLabel('Nr telefonu').fill('');
  await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page).toHaveURL(/\/notices\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Powiadomienie utworzono.', { exact: true })).toBeVisible();
  await expect(page.getByText('Możesz je teraz wysłać')).toHaveCount(0);
});

test('no consent: "Przejdź do kontaktów" keeps the draft; back from the contacts the consented number is filled in', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  const file = noConsentFile(await files(page));
  expect(file, 'a file whose parties have no SMS consent').toBeTruthy();
  const party = file!.parties[0].party;
  await page.goto(`/files/${file!.id}?tab=softCollection`);
  await page.getByRole('button', { name: 'Dodaj powiadomienie' }).click();
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await form.getByLabel('Przyczyna kontaktu').selectOption('OTHER');
  await form.getByLabel('Treść', { exact: true }).fill('Prosimy o pilny kontakt w sprawie kartoteki');
  await form.getByLabel('Notatka').fill('szkic sprzed kontaktów');
  await form.getByRole('button', { name: 'Zapisz', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Brak zgody na powiadomienia SMS' });
  await dialog.getByRole('button', { name: 'Przejdź do kontaktów' }).click();

  await expect(page).toHaveURL(/tab=contacts/);
  await page.getByRole('button', { name: `Dodaj kontakt: ${party.displayName}` }).click();
  const contact = page.getByRole('dialog');
  await contact.getByLabel('Rodzaj').selectOption('MOBILE');
  await contact.getByLabel('Numer / adres').fill('601 234 567');
  await contact.getByLabel(/^Zgoda na powiadomienia/).check();
  await contact.getByRole('button', { name: 'Zapisz' }).click();
  await expect(contact).toHaveCount(0);
  await page.getByRole('link', { name: 'Wróć do powiadomienia' }).click();

  const back = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await expect(back.getByTestId('sms-counter')).toBeVisible();
  await expect(back.getByLabel('Treść', { exact: true })).toHaveValue('Prosimy o pilny kontakt w sprawie kartoteki');
  await expect(back.getByLabel('Notatka')).toHaveValue('szkic sprzed kontaktów');
  await expect(back.getByLabel('Przyczyna kontaktu')).toHaveValue('OTHER');
  await expect(back.getByLabel('Nr telefonu')).toHaveValue('601234567');
  await expect(page.getByTestId('draft-restored')).toContainText('601234567');
  await back.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Powiadomienie utworzono. Możesz je teraz wysłać.')).toBeVisible();
});

test('departed addressees are not offered for SMS; "Nadaj dostęp" is not offered for a departed borrower', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  const all = await files(page);
  const file = all.find((f) => f.parties.some((p) => p.party.departed && p.role === 'BORROWER'));
  test.skip(!file, 'the demo data has no departed borrower');
  const departed = file!.parties.find((p) => p.party.departed)!.party;
  await page.goto(`/notices/new?fileId=${file!.id}`);
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  const radio = form.getByRole('radio', { name: `Adresat: ${departed.displayName}` });
  if (await radio.count()) await expect(radio).toBeDisabled();
  await expect(form.getByText(/ubyły — bez SMS|Wszyscy adresaci kartoteki są ubyli/).first()).toBeVisible();
  await form.getByLabel('Rodzaj powiadomienia').selectOption('PHONE_CALL');
  await expect(form.getByText('ubyły — bez SMS')).toHaveCount(0);

  await page.goto(`/files/${file!.id}`);
  const panel = page.getByRole('region', { name: 'Dostęp do strefy klienta' });
  await expect(panel).toContainText('ubyły');
  await expect(panel.getByRole('button', { name: 'Nadaj dostęp' })).toHaveCount(0);
});

test('registry: Data utworzenia is the notice date; Szczegóły works from the checkbox; the row menu is keyboard- and right-click-reachable', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  // a demo notice whose notice date differs from the day its row was inserted (the column showed the insert time)
  const { notices } = await gql<{ notices: { edges: { node: { id: string; createdOn: string; createdAt: string; fileId: string } }[] } }>(
    page,
    '{ notices(first: 200) { edges { node { id createdOn createdAt fileId } } } }',
  );
  const first = notices.edges.map((e) => e.node).find((n) => n.createdAt.slice(0, 10) !== n.createdOn);
  expect(first, 'a notice dated before it was inserted').toBeTruthy();
  if (!first) return;
  await page.goto(`/notices?ids=${first.id}`);
  const table = page.getByRole('table', { name: 'Lista powiadomień' });
  const row = table.locator('tbody tr').first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  const [y, m, d] = first.createdOn.split('-');
  await expect(row.locator('td.col-created')).toHaveText(`${d}.${m}.${y}`);

  await row.getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Operacje na powiadomieniach' }).getByRole('button', { name: 'Szczegóły' }).click();
  await expect(page).toHaveURL(new RegExp(`/notices/${first.id}$`));

  await page.goBack();
  const menuButton = table
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /^Działania/ });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Szczegóły powiadomienia', 'Szczegóły kontrahenta', 'Szczegóły kartoteki', 'Eksportuj (CSV)']);
  await expect(menu.getByRole('menuitem', { name: 'Szczegóły powiadomienia' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Szczegóły kontrahenta' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  await table.locator('tbody tr').first().locator('td.col-file').click({ button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Szczegóły kartoteki' }).click();
  await expect(page).toHaveURL(new RegExp(`/files/${first.fileId}$`));
});

test('history newest first with Polish statuses; header links open the file sections they name', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  const { notices } = await gql<{ notices: { edges: { node: { fileId: string } }[] } }>(page, '{ notices(first: 200) { edges { node { fileId } } } }');
  const counts = new Map<string, number>();
  for (const e of notices.edges) counts.set(e.node.fileId, (counts.get(e.node.fileId) ?? 0) + 1);
  const fileId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];

  await page.goto(`/files/${fileId}?tab=history`);
  const timeline = page.getByRole('list', { name: 'Historia kartoteki' });
  await expect(timeline.locator('li').first()).toBeVisible();
  const dates = await timeline.locator('.timeline__date').allTextContents();
  const eventDates = dates.map((s) => s.split(' · ')[0]);
  expect(eventDates).toEqual([...eventDates].sort().reverse());
  await expect(timeline).not.toContainText(/\b(SENT|DELIVERED|DRAFT|FAILED)\b/);

  const header = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await header.getByRole('link', { name: 'Realizacja' }).click();
  await expect(page).toHaveURL(new RegExp(`/files/${fileId}\\?tab=payments$`));
  await expect(page.getByRole('tab', { name: 'Wpłaty' })).toHaveAttribute('aria-selected', 'true');
  await header.getByRole('link', { name: 'Dane finansowe' }).click();
  await expect(page).toHaveURL(new RegExp(`/files/${fileId}\\?tab=receivables$`));
  await expect(page.getByRole('tab', { name: 'Należności' })).toHaveAttribute('aria-selected', 'true');
  await header.getByRole('link', { name: 'Rejestracja' }).click();
  await expect(page).toHaveURL(/#file-registration$/);
  await expect(page.locator('#file-registration')).toBeFocused();
});

test('staff search: the PESEL format hint, and why a malformed PESEL finds nothing', async ({ page, loginAs }) => {
  await loginAs('viewer@raty.demo');
  await expect(page.getByText(/PESEL — 11 cyfr/)).toBeVisible();
  const q = page.getByRole('searchbox', { name: 'Szukaj kartoteki' });
  await q.fill('44051401358'); // 44051401359 with a wrong check digit
  await q.press('Enter');
  await expect(page.getByTestId('id-problem')).toContainText('ostatnia cyfra (kontrolna) się nie zgadza');
  await q.fill('4405140135912');
  await q.press('Enter');
  await expect(page.getByTestId('id-problem')).toContainText('Wpisano 13 cyfr');
});

test('Polish in the Polish UI: SMS settings, contract labels explained, decimal comma in amounts', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.goto('/settings?tab=sms');
  await expect(page.getByText(/lokalna piaskownica SMSAPI/)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Local SMSAPI sandbox');
  await page.goto('/mass-generation');
  await expect(page.getByLabel('Kwota od')).toHaveValue('0,00');
  await expect(page.getByLabel('Kwota do')).toHaveValue('0,00');
});
