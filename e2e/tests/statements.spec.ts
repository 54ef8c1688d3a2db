import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, staffLogin, test } from '../fixtures';

// Issue 30, the README walkthrough: upload the demo MT940 statement, see it matched and posted, resolve the unmatched
// lines, upload it again → nothing is posted twice.
test('bank statement: upload the demo MT940, matched and posted, queue resolved, re-upload posts nothing', async ({ page }) => {
  await staffLogin(page, 'collector@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Wyciągi bankowe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wyciągi bankowe' })).toBeVisible();

  // the demo statement of the running demo portfolio (the link on the upload form)
  const res = await page.request.get('/api/statements/demo.mt940');
  expect(res.status()).toBe(200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'raty-stmt-')), 'demo.mt940');
  fs.writeFileSync(file, await res.body());

  await page.getByTestId('statement-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Wczytaj i zaksięguj' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('13 pozycji, nowych 13, już znanych 0, zaksięgowano');
  const [, posted, open] = /zaksięgowano (\d+), do wyjaśnienia (\d+)/.exec(await result.innerText())!.map(Number);
  expect(posted).toBeGreaterThanOrEqual(8);
  expect(posted + open).toBe(13);

  // the statement view: decisions with their reasons
  await result.getByRole('link', { name: 'Otwórz' }).click();
  const lines = page.getByTestId('statement-lines');
  await expect(lines.locator('tr[data-status="POSTED"]')).toHaveCount(posted);
  await expect(lines).toContainText('rachunek do spłaty umowy');
  await expect(lines).toContainText('numer umowy / kartoteki w tytule');
  await expect(lines).toContainText('umowa spłacona (zamknięta)');

  // the queue: the repaid loan's transfer assigned as an overpayment, a return, the rest not ours
  await page.goto('/statements/queue');
  await expect(page.getByTestId('queue-count')).toContainText(`Do wyjaśnienia: ${open}`);
  const row = (text: string) => page.getByTestId('statement-lines').getByRole('row').filter({ hasText: text });
  const closed = row('umowa spłacona (zamknięta)');
  const amount = (await closed.locator('td').nth(2).innerText()).replace(/\s|PLN/g, '');
  await closed.getByRole('button', { name: 'Wyjaśnij' }).click();
  await page.getByTestId('part-amount-0').fill(amount);
  await page.getByLabel('Przyjmij nadpłatę').check();
  await page.getByRole('button', { name: 'Przypisz / podziel' }).click();
  await expect(page.getByTestId('queue-count')).toContainText(`Do wyjaśnienia: ${open - 1}`);
  await row('obciążenie').getByRole('button', { name: 'Wyjaśnij' }).click();
  await page.getByRole('button', { name: 'Zwrócony' }).click();
  for (let left = open - 2; left > 0; left--) {
    await expect(page.getByTestId('queue-count')).toContainText(`Do wyjaśnienia: ${left}`);
    await page.getByTestId('statement-lines').getByRole('button', { name: 'Wyjaśnij' }).first().click();
    await page.getByRole('button', { name: 'Nie nasz' }).click();
  }
  await expect(page.getByText('Kolejka jest pusta.')).toBeVisible();

  // the same file again: every line is known, nothing is posted twice
  await page.goto('/statements');
  await page.getByTestId('statement-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Wczytaj i zaksięguj' }).click();
  await expect(page.getByTestId('import-result')).toContainText('13 pozycji, nowych 0, już znanych 13, zaksięgowano 0, do wyjaśnienia 0');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Pulpit' }).click();
  await expect(page.getByTestId('dashboard-statements-unmatched')).toHaveText('0');
});
