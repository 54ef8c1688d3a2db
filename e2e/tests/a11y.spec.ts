import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { borrowerWithAccess } from '../borrower';
import { expect, test } from '../fixtures';

// Issue 26 "screens everyone can use": axe-core (WCAG 2.0/2.1 A and AA rules) over every main staff screen and every
// client zone screen — no serious or critical violation — and the notice flow (search → file → add notice → save →
// send) done with the keyboard alone. Data is found through the API, no seed specifics.

type Found = { id: string; impact: string | null | undefined; help: string; targets: string[] };

/** The serious and critical axe violations of the page as it is now (readable in the failure message). */
async function seriousViolations(page: Page): Promise<Found[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Waits until the screen has loaded (a heading of its main part shown, no spinner left), then checks it. */
async function checkScreen(page: Page, name: string, heading?: Locator) {
  await expect(heading ?? page.getByRole('main').getByRole('heading').first()).toBeVisible();
  await expect(page.locator('.spinner')).toHaveCount(0, { timeout: 15_000 });
  expect.soft(await seriousViolations(page), `axe: ${name}`).toEqual([]);
}

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const FILE_TABS = ['receivables', 'payments', 'schedule', 'contacts', 'softCollection', 'history'];

test('axe: every main staff screen has no serious or critical violation', async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await checkScreen(page, 'login');
  await loginAs('admin@raty.demo');

  const files = await gql<{ debtorFiles: { edges: { node: { id: string; displayNumber: string } }[] } }>(page, '{ debtorFiles(first: 5) { edges { node { id displayNumber } } } }');
  const file = files.debtorFiles.edges[0].node;
  await page.goto(`/files?q=${encodeURIComponent(file.displayNumber)}`);
  await checkScreen(page, 'search');
  for (const tab of FILE_TABS) {
    await page.goto(`/files/${file.id}?tab=${tab}`);
    await checkScreen(page, `debtor file, tab ${tab}`);
  }
  const screens: [string, string][] = [
    ['/templates', 'templates'],
    [`/notices/new?fileId=${file.id}`, 'notice editor'],
    ['/notices', 'registry'],
    ['/mass-generation', 'mass generation'],
    ['/dictionaries', 'dictionaries'],
    ['/settings', 'settings'],
    ['/dashboard', 'dashboard'],
  ];
  for (const [url, name] of screens) {
    await page.goto(url);
    await checkScreen(page, name);
  }
});

test('axe: every client zone screen has no serious or critical violation; a failed sandbox payment is in "Płatności online"', async ({ page, browser, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs('collector@raty.demo');
  const b = await borrowerWithAccess(page, browser, 1);
  const cz = b.page;
  try {
    // login screen (a fresh context: no borrower session)
    const anon = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'pl-PL' });
    const login = await anon.newPage();
    await login.goto('/clientzone/login');
    await checkScreen(login, 'client zone login');
    await anon.close();

    await cz.goto('/clientzone/loans');
    await checkScreen(cz, 'client zone loans');

    // a payment rejected at the sandbox gateway (its "Odrzuć" knob) …
    await cz.goto(`/clientzone/loans/${b.loan.id}/pay`);
    await checkScreen(cz, 'client zone pay');
    await cz.getByLabel('Kwota').fill('6,50');
    await cz.getByRole('button', { name: 'Przejdź do płatności' }).click();
    await expect(cz).toHaveURL(/\/sandbox-gateway\/pay\//);
    await cz.getByRole('button', { name: 'Odrzuć' }).click();
    await expect(cz.getByRole('alert').filter({ hasText: /Płatność 6,50\s?zł nie została zrealizowana/ })).toBeVisible({ timeout: 20_000 });

    // … stays in the loan's payment history after leaving the return page, with a retry
    await cz.goto(`/clientzone/loans/${b.loan.id}`);
    await cz.getByRole('tab', { name: 'Płatności online' }).click();
    const history = cz.getByRole('table', { name: `Płatności online pożyczki ${b.loan.number}` });
    const failed = history.getByRole('row').filter({ hasText: /6,50/ });
    await expect(failed).toHaveCount(1);
    await expect(failed.getByText('nieudana')).toBeVisible();
    await expect(failed.getByText(/\d{2}\.\d{2}\.\d{4}/)).toBeVisible();

    for (const tab of ['Szczegóły', 'Harmonogram', 'Spłaty', 'Płatności online']) {
      await cz.getByRole('tab', { name: tab }).click();
      await expect(cz.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await checkScreen(cz, `client zone loan, tab ${tab}`);
    }

    await failed.getByRole('link', { name: /^Ponów płatność 6,50/ }).click();
    await expect(cz).toHaveURL(new RegExp(`/clientzone/loans/${b.loan.id}/pay\\?amount=6\\.50`));
    await expect(cz.getByLabel('Kwota')).toHaveValue('6,50');
  } finally {
    await b.ctx.close();
  }
});

/** Presses Tab (at most `max` times) until `target` has the focus: the keyboard's way to reach a control. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

test('the notice flow with the keyboard alone: search → file → add notice → save → send', async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs('collector@raty.demo');
  // a file with overdue items and a consented mobile (the mass-generation preparation lists them)
  const { receivableKinds } = await gql<{ receivableKinds: { code: string }[] }>(page, '{ receivableKinds { code } }');
  let row: { fileId: string; fileDisplayNumber: string } | undefined;
  for (const k of receivableKinds) {
    const d = await gql<{ prepareMassNotices: { rows: { fileId: string; fileDisplayNumber: string }[] } }>(
      page,
      `query($p: MassParamsInput!) { prepareMassNotices(params: $p) { rows { fileId fileDisplayNumber } } }`,
      { p: { kindCode: k.code, reason: 'OVERDUE', channel: 'SMS' } },
    );
    row = d.prepareMassNotices.rows[0];
    if (row) break;
  }
  expect(row, 'a file with overdue items and an SMS-consented addressee').toBeTruthy();
  const kb = page.keyboard;

  // search: type the file number without the space, as staff do ("gok135")
  const search = page
    .getByRole('searchbox')
    .or(page.getByLabel(/Szukaj/))
    .first();
  await tabTo(page, search);
  await kb.type(row!.fileDisplayNumber.replace(' ', '').toLowerCase());
  await kb.press('Enter');
  const result = page.getByRole('link', { name: `Otwórz kartotekę ${row!.fileDisplayNumber}`, exact: true });
  await expect(result).toBeVisible();
  await tabTo(page, result);
  await kb.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/files/${row!.fileId}`));

  // the file's tabs: arrows move between them (roving tab index), the soft collection tab holds "Dodaj powiadomienie"
  const selected = page.getByRole('tab', { selected: true });
  await tabTo(page, selected);
  const soft = page.getByRole('tab', { name: 'Windykacja miękka' });
  // "Windykacja miękka" is the last tab but one: End, then one step left (each key waited for)
  await kb.press('End');
  await expect(page.getByRole('tab', { name: 'Historia' })).toHaveAttribute('aria-selected', 'true');
  await kb.press('ArrowLeft');
  await expect(soft).toHaveAttribute('aria-selected', 'true');
  await expect(soft).toBeFocused();
  const add = page
    .getByRole('link', { name: 'Dodaj powiadomienie' })
    .or(page.getByRole('button', { name: 'Dodaj powiadomienie' }))
    .first();
  await tabTo(page, add);
  await kb.press('Enter');

  // the editor: reason OVERDUE and channel SMS preset; type the text, save
  const form = page.getByRole('form', { name: 'Dodaj powiadomienie' });
  await expect(form).toBeVisible();
  const text = form.getByLabel('Treść', { exact: true });
  await tabTo(page, text);
  await kb.type('Przypomnienie o zaleglosci - test klawiatury.');
  const save = form.getByRole('button', { name: 'Zapisz' });
  await tabTo(page, save);
  await kb.press('Enter');

  // send, and close the progress dialog, with the keyboard
  const details = page.getByRole('form', { name: 'Szczegóły powiadomienia' });
  await expect(details.getByText('Niewysłane')).toBeVisible({ timeout: 15_000 });
  const send = details.getByRole('button', { name: 'Wyślij' });
  await tabTo(page, send);
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Wysyłka powiadomień (SMS i e-mail)' });
  await expect(dialog.getByText('Przekazano 1 / 1')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText(/Wysyłka zakończona powodzeniem/)).toBeVisible();
  const close = dialog.getByRole('button', { name: 'Zamknij' });
  await tabTo(page, close, 20);
  await kb.press('Enter');
  await expect(details.getByText('Wysłane', { exact: true })).toBeVisible();
});
