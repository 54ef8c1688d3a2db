import { type Page } from '@playwright/test';
import { expect, screenshot, test } from '../fixtures';

// Servicing: collector opens an active debtor file → Payments tab → registers a payment → sees its allocation
// and the balances change on the Receivables tab. No seed specifics: the first active file of the list is used.

async function openFirstActiveFile(page: Page): Promise<string> {
  const results = page.getByRole('table', { name: 'Wyniki wyszukiwania' });
  const row = results.getByRole('row').filter({ hasText: 'Aktywna' }).first();
  await expect(row).toBeVisible();
  const link = row.getByRole('link').first();
  const fileNumber = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: fileNumber, exact: true })).toBeVisible();
  return fileNumber;
}

const remaining = (page: Page) => page.locator('[data-kpi="remainingBalance"] dd').first();

test('collector registers a payment and sees the allocation and the new balances', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  await openFirstActiveFile(page);

  // Receivables (default tab): installments with balances as of today and a totals row.
  const tabs = page.getByRole('tablist', { name: 'Sekcje kartoteki' });
  await expect(tabs.getByRole('tab', { name: 'Należności' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Stan na dzień')).toBeVisible();
  await expect(page.getByRole('table', { name: /^Raty umowy/ }).first()).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Razem' }).first()).toBeVisible();
  await expect(remaining(page)).not.toHaveText('');
  const before = (await remaining(page).innerText()).trim();
  await screenshot(page, 'debtor-file-receivables.png', 'fullPage');

  // Payments tab: the tab is in the URL.
  await tabs.getByRole('tab', { name: 'Wpłaty' }).click();
  await expect(page).toHaveURL(/[?&]tab=payments/);
  await page.getByRole('button', { name: 'Zarejestruj wpłatę' }).click();
  const dialog = page.getByRole('dialog', { name: /Rejestracja wpłaty/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Data wpłaty')).not.toHaveValue('');

  // Empty amount → the error next to the field.
  await dialog.getByRole('button', { name: 'Zarejestruj' }).click();
  await expect(dialog.getByLabel(/^Kwota/)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('To pole jest wymagane.')).toBeVisible();

  // a unique amount (< 1000, so no thousands separator) to find the payment again
  const amount = `${100 + Math.floor(Math.random() * 800)}.37`;
  const shown = amount.replace('.', ',');
  await dialog.getByLabel(/^Kwota/).fill(amount);
  await dialog.getByLabel('Forma płatności').selectOption('CASH');
  // a double submit posts once (button disabled while saving + one idempotency key per dialog opening)
  await dialog.getByRole('button', { name: 'Zarejestruj' }).dblclick();

  // The answer: allocation lines and the remaining balance.
  const saved = page.getByRole('dialog', { name: 'Wpłata zarejestrowana' });
  await expect(saved).toBeVisible();
  await expect(saved.getByText(`Zaksięgowano wpłatę ${shown} PLN`, { exact: false })).toBeVisible();
  const allocation = saved.getByRole('table', { name: 'Rozksięgowanie wpłaty' });
  await expect(allocation.getByRole('row')).not.toHaveCount(1); // header + at least one line
  await expect(saved.getByTestId('remaining-balance')).not.toHaveText('');
  await saved.getByRole('button', { name: 'Zamknij' }).first().click();
  await expect(saved).toBeHidden();

  // The list shows the payment; its allocation expands.
  const payments = page.getByRole('table', { name: /^Wpłaty umowy/ });
  const paymentRows = payments.getByRole('row').filter({ hasText: shown });
  await expect(paymentRows).toHaveCount(1);
  await paymentRows.getByRole('button', { name: `Pokaż rozksięgowanie wpłaty ${shown} z`, exact: false }).click();
  await expect(page.getByRole('table', { name: /^Rozksięgowanie wpłaty z/ })).toBeVisible();
  await screenshot(page, 'debtor-file-payments.png', 'fullPage');

  // Receivables again: the remaining balance changed.
  await tabs.getByRole('tab', { name: 'Należności' }).click();
  await expect(page).toHaveURL(/[?&]tab=receivables/);
  await expect(remaining(page)).not.toHaveText(before);

  // Schedule: versions, the current lines and an extraordinary-repayment preview with its diff.
  await tabs.getByRole('tab', { name: 'Harmonogram' }).click();
  await expect(page.getByRole('heading', { name: 'Wersje harmonogramu' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Harmonogram — wersja/ })).toBeVisible();
  const extra = page.getByRole('region', { name: 'Spłata nadzwyczajna' });
  await extra.getByLabel(/^Kwota/).fill('1000.00');
  await extra.getByRole('button', { name: 'Podgląd' }).click();
  await expect(extra.getByRole('table', { name: 'Harmonogram przed i po spłacie nadzwyczajnej' })).toBeVisible();
  const quote = page.getByRole('region', { name: 'Kwota wcześniejszej spłaty' });
  await quote.getByRole('button', { name: 'Oblicz' }).click();
  await expect(quote.getByRole('rowheader', { name: /^Do zapłaty na/ })).toBeVisible();
  await screenshot(page, 'debtor-file-schedule.png', 'fullPage');
});

test('an amount above the payoff is booked as an overpayment only after the collector confirms it (issue 19)', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  await openFirstActiveFile(page);
  await page.getByRole('tablist', { name: 'Sekcje kartoteki' }).getByRole('tab', { name: 'Wpłaty' }).click();
  await page.getByRole('button', { name: 'Zarejestruj wpłatę' }).click();
  const dialog = page.getByRole('dialog', { name: /Rejestracja wpłaty/ });
  await dialog.getByLabel(/^Kwota/).fill('99999999.00');
  await dialog.getByRole('button', { name: 'Zarejestruj' }).click();
  const confirm = dialog.getByTestId('overpayment-confirm');
  await expect(confirm).toContainText(/^Kwota przekracza zadłużenie \d[\d\s\u00a0\u202f]*,\d\d\s*PLN — zaksięgować nadwyżkę jako nadpłatę\?/);
  await expect(page.getByRole('dialog', { name: 'Wpłata zarejestrowana' })).toBeHidden();
  await confirm.getByRole('button', { name: 'Zaksięguj nadwyżkę jako nadpłatę' }).click();
  const saved = page.getByRole('dialog', { name: 'Wpłata zarejestrowana' });
  await expect(saved).toBeVisible();
  await expect(saved.getByRole('table', { name: 'Rozksięgowanie wpłaty' }).getByRole('row').filter({ hasText: 'Nadpłata' })).not.toHaveCount(0);
});
