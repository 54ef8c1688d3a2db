import fs from 'node:fs';
import path from 'node:path';
import { expect, staffLogin, test } from '../fixtures';

// Issue 24 done-when, checked from outside on the fresh demo: the LOAN-7 contract example → 200 resultCode true
// (dealer NOPE → 400 naming the dealer); the debtor file shows RPMN, Odplata, US, channel and Nonstop Banking of that
// partner contract; after consolidating the demo's duplicated birth number in the SPA, POST client with it → 200.
const TOKEN = 'raty_pt_demo-qpartner-token';
const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../packages/server/test/fixtures/lea-contract-example.json'), 'utf8'));
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

test('the seed contract example registers on the demo and the debtor file shows its contract section', async ({ page }) => {
  const nope = await page.request.post('/api/lea/contract', { headers, data: { ...example, authorisationCode: 'E2E-NOPE', dealerCode: 'NOPE' } });
  expect(nope.status()).toBe(400);
  expect((await nope.json()).errors).toEqual([expect.objectContaining({ field: 'dealerCode', rule: 'notFound' })]);

  const res = await page.request.post('/api/lea/contract', { headers, data: example });
  const body = await res.json();
  expect(body.errorMessage).toBeNull();
  expect(res.status()).toBe(200);
  expect(body.resultCode).toBe(true);

  await staffLogin(page, 'collector@raty.demo');
  const q = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: 'query($id: ID!) { loan(id: $id) { file { id } variableSymbol } }', variables: { id: body.contractId } },
  });
  const { file, variableSymbol } = (await q.json()).data.loan;
  const fileId = file.id;
  expect(variableSymbol).toMatch(/^\d{1,10}$/); // an SK contract gets its VS at registration
  await page.goto(`/files/${fileId}?loan=${body.contractId}`);
  const panel = page.getByTestId('contract-panel');
  await expect(panel).toContainText(body.contract);
  await expect(panel.getByRole('definition').filter({ hasText: '15,80 %' })).toHaveCount(3); // US, RPMN, Odplata
  await expect(panel).toContainText('Stopa US');
  await expect(panel).toContainText('RPMN');
  await expect(panel).toContainText('Odplata');
  await expect(panel).toContainText('pk1 – Predajný kanál 1');
  await expect(panel).toContainText('*E11527');
  await expect(panel).toContainText('*E1152702');
  await expect(panel.getByRole('definition').filter({ hasText: new RegExp(`^${variableSymbol}$`) })).toHaveCount(1); // Symbol zmienny (VS)
  const nb = panel.getByLabel('Usługa Nonstop Banking');
  await expect(nb).toHaveValue(/^(YES|NO|UNKNOWN)$/);
  // staff change Nonstop Banking; the client card's archive shows who did it
  const next = (await nb.inputValue()) === 'NO' ? 'YES' : 'NO';
  await nb.selectOption(next);
  await panel.getByRole('button', { name: 'Zapisz' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Zapisano/);
  await panel.getByText('Karta klienta: archiwum zmian i adresy').click();
  await expect(panel.getByTestId('client-history')).toContainText('nonstopBanking');
  await expect(panel.getByTestId('client-history')).toContainText('Karol Windykator');
  await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/contract-panel.png'), fullPage: true });
});

test('consolidating the duplicated birth number in the SPA lets the partner API accept it again', async ({ page }) => {
  await staffLogin(page, 'collector@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Konsolidacja klientów' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konsolidacja klientów' })).toBeVisible();
  const group = page.locator('[data-testid^="duplicate-"]').first();
  const pin = (await group.getAttribute('data-testid'))!.replace('duplicate-', '');

  const before = await page.request.post('/api/lea/client', { headers, data: { pin, nonstopbanking: 'Áno' } });
  expect(before.status()).toBe(409);
  expect((await before.json()).errorMessage).toBe('zákazník je evidovaný duplicitne, potrebná konsolidácia');

  await group.getByRole('button', { name: 'Pokaż, co zostanie przeniesione' }).click();
  const preview = page.getByTestId('merge-preview');
  await expect(preview).toContainText('Wpisy archiwum');
  await preview.getByRole('button', { name: 'Potwierdź scalenie' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Scalono. Partner API przyjmuje teraz numer ${pin}.` })).toBeVisible();
  await expect(page.getByTestId(`duplicate-${pin}`)).toHaveCount(0);

  const after = await page.request.post('/api/lea/client', { headers, data: { pin, nonstopbanking: 'Áno' } });
  expect(after.status()).toBe(200);
  const a = await after.json();
  expect(a).toMatchObject({ resultCode: true, errorMessage: null });
  expect(Object.keys(a)).toEqual(expect.arrayContaining(['contract', 'resultCode', 'errorMessage', 'warnings']));
});

test('an admin keeps the sale places and dealers; a contract of the new place and dealer is accepted', async ({ page }) => {
  await staffLogin(page, 'admin@raty.demo');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Punkty sprzedaży' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Punkty sprzedaży i sprzedawcy' })).toBeVisible();
  await expect(page.getByRole('row', { name: /\*E11527.*\*E1152702/ })).toBeVisible();
  const placeForm = page.getByRole('form', { name: 'Dodaj punkt sprzedaży' });
  await placeForm.getByLabel('Kod').fill('E2E01');
  await placeForm.getByLabel('Nazwa').fill('Predajňa E2E');
  await placeForm.getByLabel('Współpraca od').fill('2020-01-01');
  await placeForm.getByRole('button', { name: 'Dodaj' }).click();
  await expect(page.getByRole('row', { name: /E2E01.*Predajňa E2E/ })).toBeVisible();
  const dealerForm = page.getByRole('form', { name: 'Dodaj sprzedawcę' });
  await dealerForm.getByLabel('Kod', { exact: true }).fill('E2E0101');
  await dealerForm.getByLabel('Nazwa').fill('Predajca E2E');
  await dealerForm.getByLabel('Kod punktu sprzedaży').fill('E2E01');
  await dealerForm.getByRole('button', { name: 'Dodaj' }).click();
  await expect(page.getByRole('row', { name: /E2E01.*E2E0101 \(Predajca E2E\)/ })).toBeVisible();
  // a contract of that place and dealer is accepted by the partner API
  const res = await page.request.post('/api/lea/contract', { headers, data: { ...example, authorisationCode: 'E2E-PLACE', salePlaceCode: 'E2E01', dealerCode: 'E2E0101' } });
  expect(res.status()).toBe(200);
});
