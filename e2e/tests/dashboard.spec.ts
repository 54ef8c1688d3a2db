import { expect, screenshot, test } from '../fixtures';

// Dashboard (DPD chart with data), settings (an analyst API token is created and listed) and dictionaries.

test('dashboard renders the days-past-due chart with data', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Pulpit' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();

  // one block per currency (issue 18: amounts of PLN and EUR loans are never added); the PLN block is checked in detail
  await expect(page.getByRole('heading', { level: 2, name: 'Portfel w PLN' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Portfel w EUR' })).toBeVisible();
  const pln = page.getByTestId('currency-PLN');
  await expect(page.getByTestId('currency-EUR').getByRole('definition').first()).toHaveText(/EUR/);
  const chart = pln.getByTestId('dpd-chart');
  await expect(chart).toBeVisible();
  // bars are drawn (recharts renders one path per non-empty bar)
  await expect(chart.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);

  // the same data as a table: buckets with at least one loan
  const buckets = pln.getByRole('table', { name: 'Przedziały dni opóźnienia' });
  await expect(buckets.getByRole('rowheader', { name: 'Bieżące' })).toBeVisible();
  const counts = await buckets.locator('tbody tr td:nth-child(2)').allInnerTexts();
  expect(counts.map((c) => Number(c.trim())).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  await expect(pln.getByRole('heading', { name: 'Wpłaty — ostatnie 30 dni' })).toBeVisible();
  await expect(pln.getByRole('figure', { name: /suma wpłat dziennie/ })).toBeVisible();

  // soft collection (switched on in the e2e database): set-based notice statistics incl. the 14-day collections
  await expect(page.getByRole('heading', { name: 'Windykacja miękka — ostatnie 30 dni' })).toBeVisible();
  const collected14 = page.getByTestId('collected-14-days');
  await expect(collected14.getByRole('term')).toHaveText('Wpłaty w 14 dni po powiadomieniu');
  // Polish-formatted amounts, one per currency, e.g. "12 345,67 PLN" (non-breaking spaces)
  await expect(collected14.getByRole('definition')).toHaveText(/^(-?\d{1,3}(\s\d{3})*,\d{2}\s(EUR|PLN))+$/);
  await page.waitForTimeout(500); // chart animation
  await screenshot(page, 'dashboard.png', 'fullPage');
});

test('admin creates an analyst API token and sees it listed', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Ustawienia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ustawienia' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Windykacja miękka włączona' })).toBeVisible();

  await page.getByRole('tab', { name: 'Tokeny API' }).click();
  await expect(page).toHaveURL(/[?&]tab=tokens/);
  const name = `e2e-analyst-${Date.now()}`;
  const form = page.getByRole('form', { name: 'Nowy token API' });
  await form.getByLabel('Nazwa tokenu').fill(name);
  await form.getByLabel('Rodzaj').selectOption('ANALYST');
  await form.getByRole('button', { name: 'Utwórz token' }).click();

  // the secret is shown once, with a copy button
  await expect(page.getByText(`Utworzono token „${name}”.`)).toBeVisible();
  await expect(page.getByLabel('Sekret tokenu')).toHaveText(/^raty_an_/);
  await expect(page.getByRole('button', { name: 'Kopiuj' })).toBeVisible();

  const row = page.getByRole('table', { name: 'Tokeny API' }).getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByText('Analityk (tylko odczyt)')).toBeVisible();
  await expect(row.getByRole('button', { name: `Unieważnij token ${name}` })).toBeVisible();

  // the SMS integration form never prefills tokens
  await page.getByRole('tab', { name: 'Integracja SMS' }).click();
  await expect(page.getByLabel('Token profilu')).toHaveValue('');
  await expect(page.getByLabel('Token SMS')).toHaveValue('');
  await page.getByLabel('Nazwa nadawcy').fill('601234567');
  await expect(page.getByText('Nazwa nadawcy musi zawierać co najmniej jedną literę.')).toBeVisible();
  await page.getByLabel('Nazwa nadawcy').fill('Raty');
  await page.getByRole('tab', { name: 'Tokeny API' }).click();
  await screenshot(page, 'settings.png', 'fullPage');
});

test('dictionaries: contract types with the Frontend tab and the F rule', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Słowniki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Słowniki' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rodzaje należności' }).getByRole('row').nth(1)).toBeVisible();

  await page.getByRole('tab', { name: 'Typy umów' }).click();
  await expect(page.getByRole('table', { name: 'Typy umów' }).getByRole('row').nth(1)).toBeVisible();
  await screenshot(page, 'dictionaries.png', 'fullPage');

  await page.getByRole('button', { name: 'Dodaj typ umowy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj typ umowy' });
  await dialog.getByRole('tab', { name: 'Frontend' }).click();
  await dialog.getByLabel('Metoda odsetek').selectOption('F');
  await expect(dialog.getByText('Metoda F wymaga, by oprocentowanie liczył frontend (FRONTEND).')).toBeVisible();
  await dialog.getByLabel('Oprocentowanie i RRSO liczy').selectOption('FRONTEND');
  await expect(dialog.getByText('Metoda F wymaga, by oprocentowanie liczył frontend (FRONTEND).')).toBeHidden();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
});

test('dictionaries: lender conventions of a contract type are edited and kept (issue 19)', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.goto('/dictionaries?tab=contractTypes');
  await page.getByRole('button', { name: 'Dodaj typ umowy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj typ umowy' });
  const code = `KONW${Math.floor(Math.random() * 9000) + 1000}`;
  await dialog.getByLabel('Kod').fill(code);
  await dialog.getByLabel('Nazwa').fill('Konwencje e2e');
  await dialog.getByRole('tab', { name: 'Konwencje naliczania' }).click();
  await expect(dialog.getByLabel('Zaokrąglanie odsetek i rat')).toHaveValue('HALF_UP');
  // a bad multiple is refused next to the field, on the conventions tab
  await dialog.getByLabel('Rata zaokrąglana do wielokrotności').fill('abc');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog.getByLabel('Rata zaokrąglana do wielokrotności')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Rata zaokrąglana do wielokrotności').fill('10.00');
  await dialog.getByLabel('Zaokrąglanie odsetek i rat').selectOption('HALF_EVEN');
  await dialog.getByLabel('Odsetki przy spłacie całości').selectOption('TO_NEXT_DUE_DATE');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('table', { name: 'Typy umów' }).getByRole('row').filter({ hasText: code });
  await row.getByRole('button', { name: /^Edytuj/ }).click();
  const edit = page.getByRole('dialog', { name: `Typ umowy ${code}` });
  await edit.getByRole('tab', { name: 'Konwencje naliczania' }).click();
  await expect(edit.getByLabel('Zaokrąglanie odsetek i rat')).toHaveValue('HALF_EVEN');
  await expect(edit.getByLabel('Rata zaokrąglana do wielokrotności')).toHaveValue('10,00');
  await expect(edit.getByLabel('Odsetki przy spłacie całości')).toHaveValue('TO_NEXT_DUE_DATE');
  await expect(edit.getByLabel('Wpłata przed terminem raty')).toHaveValue('DEPOSIT_UNTIL_DUE');
  await screenshot(page, 'dictionaries-conventions.png', 'fullPage');
  await edit.getByRole('button', { name: 'Anuluj' }).click();
});
