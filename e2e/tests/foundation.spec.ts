import { expect, screenshot, test } from '../fixtures';

// Foundation: log in as the demo collector → search a debtor file → open it → see its debtor.
// The seed's exact contents are not assumed: the test takes the first file of the unfiltered list
// and searches for it by its number.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('collector logs in, searches a debtor file and opens its header', async ({ page }) => {
  await page.goto('/files');

  // Not signed in → the login page, remembering where we were going.
  await expect(page).toHaveURL(/\/login\?next=%2Ffiles/);
  await expect(page.getByRole('heading', { name: 'Logowanie' })).toBeVisible();
  await screenshot(page, 'login.png');

  // Empty submit → both fields flagged next to themselves, translated to Polish.
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('To pole jest wymagane.').first()).toBeVisible();

  await page.getByLabel('E-mail').fill('collector@raty.demo');
  await page.getByLabel('Hasło').fill('raty-demo-konto');
  await page.getByRole('button', { name: 'Zaloguj' }).click();

  await expect(page).toHaveURL(/\/files$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kartoteki' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Rejestracja' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wyloguj' })).toBeVisible();

  // First file of the unfiltered list: its number and its first debtor.
  const results = page.getByRole('table', { name: 'Wyniki wyszukiwania' });
  const firstRow = results.getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  const fileNumber = (await firstRow.getByRole('link').first().innerText()).trim();
  const debtorName = (await firstRow.locator('.party-name').first().innerText()).trim();
  expect(fileNumber).toMatch(/^\S+ \S+$/); // "KIND NUMBER", e.g. "GOK 544"
  expect(debtorName).not.toBe('');

  // Search by the file number: filters go to the URL (shareable).
  await page.getByRole('searchbox', { name: 'Szukaj kartoteki' }).fill(fileNumber);
  await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(fileNumber).replace(/%20/g, '(\\+|%20)')}`));
  const fileLink = results.getByRole('link', { name: new RegExp(`${escapeRegExp(fileNumber)}$`) }).first();
  await expect(fileLink).toBeVisible();
  await expect(page.getByText(/Znaleziono \d+ kartotek/)).toBeVisible();
  await screenshot(page, 'search.png');

  // Open the file: header with kind + number and its parties.
  await fileLink.click();
  await expect(page).toHaveURL(/\/files\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name: fileNumber, exact: true })).toBeVisible();
  const parties = page.getByRole('region', { name: 'Strony kartoteki' });
  await expect(parties.getByText(debtorName, { exact: true }).first()).toBeVisible();
  await expect(parties.getByText(/Zgoda SMS|Brak zgody SMS/).first()).toBeVisible();
  await screenshot(page, 'file-header.png');

  // Language switch: English, remembered across a reload.
  await page.getByLabel('Język').selectOption('en');
  await expect(page.getByRole('region', { name: 'Parties' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
});
