import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshot, staffLogin, test } from '../fixtures';

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
  await expect(page.getByRole('heading', { level: 1, name: /^Wyciąg / })).toBeVisible();
  const statementUrl = page.url();
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
  const closedOrdinal = (await closed.locator('td').first().innerText()).trim();
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

  // the overpayment of the repaid loan goes back to the payer: a refund request from the statement line (more than the
  // overpayment is refused with the figures), then one CSV file for the bank from "Zwroty nadpłat"
  await page.goto(statementUrl);
  const overpaid = page.getByTestId(`line-${closedOrdinal}`);
  await expect(overpaid).toHaveAttribute('data-status', 'POSTED');
  await overpaid.getByRole('button', { name: 'Zleć zwrot nadpłaty' }).click();
  const form = page.getByRole('form', { name: 'Zleć zwrot nadpłaty' });
  const cents = Math.round(Number(amount.replace(',', '.')) * 100);
  await form.getByLabel('Kwota').fill(((cents + 1) / 100).toFixed(2).replace('.', ','));
  await form.getByLabel('Rachunek odbiorcy (NRB lub IBAN)').fill('61 1090 1014 0000 0712 1981 2874');
  if (!(await form.getByLabel('Nazwa odbiorcy').inputValue())) await form.getByLabel('Nazwa odbiorcy').fill('Jan Nadpłacający');
  await form.getByRole('button', { name: 'Zleć zwrot' }).click();
  await expect(form).toContainText('przekracza dostępną nadpłatę');
  await form.getByLabel('Kwota').fill(amount);
  await form.getByRole('button', { name: 'Zleć zwrot' }).click();
  await expect(form).toHaveCount(0);

  await page.goto('/statements');
  await page.getByRole('link', { name: 'Zwroty nadpłat' }).click();
  const refunds = page.getByTestId('refunds');
  await expect(refunds.locator('tr[data-status="REQUESTED"]')).toHaveCount(1);
  await expect(refunds).toContainText('61109010140000071219812874');
  await screenshot(page, 'statement-refunds.png');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj zlecone zwroty PLN (CSV dla banku)' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Rachunek odbiorcy;Nazwa odbiorcy;Kwota;Waluta;Tytuł;Data;Referencja');
  expect(csv).toContain(`61109010140000071219812874;`);
  expect(csv).toContain(`;${(cents / 100).toFixed(2).replace('.', ',')};PLN;`);
  await expect(page.getByText('Wyeksportowano zwrotów: 1,')).toBeVisible();
  await expect(page.getByText('Brak zwrotów w tym stanie.')).toBeVisible();
  await page.getByLabel('Stan').selectOption({ label: 'wszystkie' });
  await expect(refunds.locator('tr[data-status="EXPORTED"]')).toHaveCount(1);

  // the same file again: every line is known, nothing is posted twice
  await page.goto('/statements');
  await page.getByTestId('statement-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Wczytaj i zaksięguj' }).click();
  await expect(page.getByTestId('import-result')).toContainText('13 pozycji, nowych 0, już znanych 13, zaksięgowano 0, do wyjaśnienia 0');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Pulpit' }).click();
  await expect(page.getByTestId('dashboard-statements-unmatched')).toHaveText('0');
});
