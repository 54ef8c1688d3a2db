import { expect, screenshot, test } from '../fixtures';

// Issue 16: the admin's legal-rates screen. A reference-rate row is added, the maximum interest of later dates
// follows (2 × (reference + 3.5 pp)), the history keeps the row and the change log shows who added it.

test('the dashboard warns when the reference-rate table has had no entry for longer than the configured days', async ({ page, loginAs }) => {
  // the shipped table ends with 3.75 % from 2026-03-05; with a period of 1 day any later business date is stale
  await loginAs('admin@raty.demo');
  await page.goto('/legal-rates');
  const period = page.getByRole('region', { name: 'Ostrzeżenie na pulpicie' });
  await period.getByLabel('Ostrzegaj po tylu dniach bez wpisu').fill('1');
  await period.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tabela stóp referencyjnych nie ma wpisu od' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Pulpit' }).click();
  const warning = page.getByTestId('legal-rates-warning');
  await expect(warning).toContainText('Tabela stóp referencyjnych NBP nie ma wpisu od');
  await expect(warning).toContainText('ostatni: 2026-03-05, próg: 1 dni');
  await warning.getByRole('link', { name: 'Przejdź do stóp ustawowych' }).click();
  await expect(page).toHaveURL(/\/legal-rates$/);
});

test('admin adds an NBP reference-rate row; the maximum interest of later dates follows; the audit shows it', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Stopy ustawowe' }).click();
  await expect(page).toHaveURL(/\/legal-rates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stopy ustawowe' })).toBeVisible();

  // shipped history: 3.75 % from 2026-03-05 → maximum interest 14.5 %, maximum late interest 18.5 %
  const history = page.getByRole('table', { name: 'Historia stóp ustawowych' });
  await expect(history.getByRole('row', { name: /2026-03-05.*3,75 %/ })).toBeVisible();

  // a future row (far enough ahead not to touch running loans): 2.00 % from 2099-01-01 → 2 × (2 + 3.5) = 11 %
  const form = page.getByRole('region', { name: 'Dodaj wiersz' });
  await form.getByLabel('Obowiązuje od').fill('2099-01-01');
  await form.getByLabel('Stopa (%)').fill('2,00');
  await form.getByLabel('Źródło (np. komunikat NBP)').fill('e2e: test row');
  await form.getByRole('button', { name: 'Dodaj' }).click();
  await expect(form.getByRole('status')).toHaveText('Zapisano wiersz z 2099-01-01.');
  await expect(history.getByRole('row', { name: /2099-01-01.*2 %.*e2e: test row.*obowiązuje/ })).toBeVisible();

  // a second row for the same date without a reason is refused, naming the field (Polish)
  await form.getByLabel('Obowiązuje od').fill('2099-01-01');
  await form.getByLabel('Stopa (%)').fill('2,25');
  await form.getByLabel('Źródło (np. komunikat NBP)').fill('e2e: correction');
  await form.getByRole('button', { name: 'Dodaj' }).click();
  await expect(form.getByText('Wiersz z tą datą już istnieje — korekta wymaga uzasadnienia.')).toBeVisible();

  // the maximum interest on a later date follows the new row
  const maxima = page.getByRole('region', { name: /Obowiązujące w dniu/ });
  await maxima.getByLabel('Sprawdź na dzień').fill('2099-02-01');
  await expect(page.getByTestId('max-interest').getByRole('definition')).toHaveText('11 %');
  await expect(page.getByTestId('max-late-interest').getByRole('definition')).toHaveText('15 %');
  await maxima.getByLabel('Sprawdź na dzień').fill('2098-12-31');
  await expect(page.getByTestId('max-interest').getByRole('definition')).toHaveText('14,5 %');

  // the change log shows the new row
  const audit = page.getByRole('table', { name: 'Dziennik zmian stóp ustawowych' });
  await expect(audit.getByRole('row', { name: /CREATE.*Stopa referencyjna NBP · 2099-01-01 · 2 %/ })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'legal-rates.png', 'fullPage');
});

test('the SK caps (RPMN, Odplata) are dated rows on the same screen; an admin adds one; the audit shows it', async ({ page, loginAs }) => {
  await loginAs('admin@raty.demo');
  await page.goto('/legal-rates');
  const sk = page.getByRole('table', { name: 'Limity SK (RPMN, odplata)' });
  // the demo's SK caps (moved from the apr_caps dictionary by migration 0022)
  await expect(sk.getByRole('row', { name: /SK: maksymalne RPMN.*2024-01-01.*45 %.*obowiązuje/ })).toBeVisible();
  await expect(sk.getByRole('row', { name: /SK: maksymalna odplata.*2015-06-01.*57 %/ })).toBeVisible();
  // SK rows are not mixed into the PL history
  await expect(page.getByRole('table', { name: 'Historia stóp ustawowych' }).getByRole('row', { name: /SK: maksymalne RPMN/ })).toHaveCount(0);

  const form = page.getByRole('region', { name: 'Dodaj wiersz' });
  await form.getByLabel('Rodzaj').selectOption({ label: 'SK: maksymalne RPMN' });
  await form.getByLabel('Obowiązuje od').fill('2099-01-01');
  await form.getByLabel('Limit (%)').fill('30,5');
  await form.getByLabel('Źródło (np. komunikat NBP)').fill('e2e: SK cap');
  await form.getByRole('button', { name: 'Dodaj' }).click();
  await expect(form.getByRole('status')).toHaveText('Zapisano wiersz z 2099-01-01.');
  await expect(sk.getByRole('row', { name: /SK: maksymalne RPMN.*2099-01-01.*30,5 %.*e2e: SK cap.*obowiązuje/ })).toBeVisible();

  // a correction of that date needs a reason; with one, the old row stays as superseded
  await form.getByLabel('Obowiązuje od').fill('2099-01-01');
  await form.getByLabel('Limit (%)').fill('31');
  await form.getByLabel('Źródło (np. komunikat NBP)').fill('e2e: SK cap fixed');
  await form.getByRole('button', { name: 'Dodaj' }).click();
  await expect(form.getByText('Wiersz z tą datą już istnieje — korekta wymaga uzasadnienia.')).toBeVisible();
  await form.getByLabel('Uzasadnienie (wymagane przy korekcie istniejącej daty)').fill('e2e: wrong figure');
  await form.getByRole('button', { name: 'Dodaj' }).click();
  await expect(sk.getByRole('row', { name: /2099-01-01.*31 %.*e2e: wrong figure.*obowiązuje/ })).toBeVisible();
  await expect(sk.getByRole('row', { name: /2099-01-01.*30,5 %.*zastąpiony/ })).toBeVisible();

  const audit = page.getByRole('table', { name: 'Dziennik zmian stóp ustawowych' });
  await expect(audit.getByRole('row', { name: /CREATE.*SK: maksymalne RPMN · 2099-01-01 · 30,5 %/ })).toBeVisible();
  await expect(audit.getByRole('row', { name: /CORRECT.*SK: maksymalne RPMN · 2099-01-01 · 31 % · \(e2e: wrong figure\)/ })).toBeVisible();
});

test('a collector sees the legal rates but cannot add rows', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  await page.goto('/legal-rates');
  await expect(page.getByRole('heading', { level: 1, name: 'Stopy ustawowe' })).toBeVisible();
  await expect(page.getByTestId('max-interest')).toBeVisible();
  await expect(page.getByText('Wiersze może dodawać tylko administrator.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dodaj' })).toHaveCount(0);
});
