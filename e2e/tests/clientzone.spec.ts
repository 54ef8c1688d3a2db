import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, screenshot, test } from '../fixtures';

// Client zone (CZ): staff grant access on a debtor file → the one-time password arrives by SMS (local SMSAPI
// sandbox) → the borrower logs in with PESEL + password, must change it, sees loans, details, schedule, repayments →
// pays through the sandbox gateway → the payment shows in the repayments and the balance drops → another loan is
// "not found". No seed specifics: the loan is found through the staff API.
const smsapiUrl = process.env.RATY_E2E_SMSAPI_URL ?? `http://127.0.0.1:${process.env.RATY_E2E_SMSAPI_PORT ?? '4110'}`;
const PHONE = { width: 390, height: 844 };
const NEW_PASSWORD = 'Moje-nowe-haslo-2026';
const PAY_AMOUNT = '12,34';

type Candidate = { id: string; number: string; fileId: string; remaining: string };

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

/** Active loans with something owed whose borrower can get access now (national id + mobile, no account yet). */
async function findLoans(request: APIRequestContext): Promise<Candidate[]> {
  const data = await gql<{
    loans: { edges: { node: { id: string; number: string; file: { id: string }; balances: { remainingBalance: string } } }[] };
  }>(request, `query { loans(first: 60, filter: { status: ACTIVE }) { edges { node { id number file { id } balances { remainingBalance } } } } }`);
  const owed = data.loans.edges
    .map((e) => e.node)
    .filter((n) => Number(n.balances.remainingBalance) > 100)
    .map((n) => ({ id: n.id, number: n.number, fileId: n.file.id, remaining: n.balances.remainingBalance }));
  const out: Candidate[] = [];
  for (const c of owed) {
    const p = await gql<{ clientZoneAccessPreview: { canGrant: boolean; accountStatus: string; login: string | null } }>(
      request,
      `query($id: ID!) { clientZoneAccessPreview(loanId: $id) { canGrant accountStatus login } }`,
      { id: c.id },
    );
    if (p.clientZoneAccessPreview.canGrant && p.clientZoneAccessPreview.accountStatus === 'NONE') out.push(c);
    if (out.length === 2) break;
  }
  return out;
}

/** "1 234,56 zł" → 123456 (grosze) */
function cents(text: string): number {
  const m = /(-?)([\d\s\u00a0]+),(\d{2})/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2].replace(/[\s\u00a0]/g, '')) * 100 + Number(m[3]));
}

async function readPassword(request: APIRequestContext, since: number): Promise<string> {
  let password: string | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`${smsapiUrl}/__sandbox/messages`);
        const body = (await res.json()) as { messages: { text: string; date?: number }[] };
        const sms = body.messages.filter((m) => /Strefy Klienta/i.test(m.text) && (m.date === undefined || m.date >= since));
        password = /Klienta:\s*(\S+)/.exec(sms.at(-1)?.text ?? '')?.[1];
        return password;
      },
      { message: `password SMS at ${smsapiUrl}/__sandbox/messages`, timeout: 15_000 },
    )
    .toBeTruthy();
  return password!;
}

async function totalDebt(page: Page): Promise<number> {
  return cents(await page.getByTestId('cz-total-debt').innerText());
}

test('staff grant client zone access; the borrower logs in, changes the password, browses and pays online', async ({ page, browser, request, loginAs }) => {
  test.setTimeout(120_000);

  // ---- staff: the collector opens a debtor file and grants access ----
  await loginAs('collector@raty.demo');

  const [loan, otherLoan] = await findLoans(page.request);
  expect(loan, 'an active loan whose borrower can get client zone access').toBeTruthy();

  await page.goto(`/files/${loan.fileId}?loan=${loan.id}`);
  const panel = page.getByRole('region', { name: 'Dostęp do strefy klienta' });
  await expect(panel).toBeVisible();
  const login = (await panel.getByTestId('cza-login').innerText()).trim();
  expect(login).toMatch(/^\d{9,11}$/);
  await expect(panel.getByTestId('cza-phone')).toHaveText(/\*\*\*/);
  await expect(panel.getByText(`Dla użytkownika o loginie ${login} zostanie założone konto`)).toBeVisible();

  const since = Math.floor(Date.now() / 1000) - 5;
  await panel.getByRole('button', { name: 'Nadaj dostęp' }).click();
  await expect(panel.getByText('Konto utworzone. SMS z hasłem wysłany.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Resetuj hasło' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Odbierz dostęp' })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await screenshot(panel, 'staff-clientzone-access.png');

  const otp = await readPassword(request, since);

  // ---- borrower (own browser context, phone viewport) ----
  const ctx = await browser.newContext({ viewport: PHONE, locale: 'pl-PL', timezoneId: 'Europe/Warsaw', isMobile: true, hasTouch: true });
  const cz = await ctx.newPage();
  await cz.goto('/clientzone/loans');
  await expect(cz).toHaveURL(/\/clientzone\/login\?next=%2Fclientzone%2Floans/);
  await expect(cz.getByRole('heading', { name: 'Logowanie do strefy klienta' })).toBeVisible();
  await screenshot(cz, 'clientzone-login.png');

  // empty → field errors; wrong password → a clear message next to the password
  await cz.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(cz.getByLabel('PESEL')).toHaveAttribute('aria-invalid', 'true');
  await cz.getByLabel('PESEL').fill(login);
  await cz.getByLabel('Hasło').fill('zle-haslo');
  await cz.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(cz.getByText('Nieprawidłowy login lub hasło albo konto jest czasowo zablokowane.')).toBeVisible();

  // "wyślij nowe hasło jednorazowe": the same answer for any PESEL (an unknown one here: no SMS goes out)
  await cz.getByRole('button', { name: 'Wyślij nowe hasło jednorazowe' }).click();
  await expect(cz.getByRole('heading', { name: 'Nowe hasło jednorazowe' })).toBeVisible();
  await cz.locator('input[name="otpLogin"]').fill('90010112345');
  await cz.getByRole('button', { name: 'Wyślij SMS' }).click();
  await expect(cz.getByText(/nowe hasło jednorazowe wyślemy SMS-em/)).toBeVisible();
  await cz.getByRole('button', { name: 'Zamknij' }).click();

  await cz.getByLabel('Hasło').fill(otp);
  await cz.getByRole('button', { name: 'Zaloguj' }).click();

  // first login with the one-time password: the password must be changed before anything else
  await expect(cz.getByRole('heading', { name: 'Ustaw własne hasło' })).toBeVisible();
  await expect(cz.getByRole('navigation', { name: 'Menu strefy klienta' })).toHaveCount(0);
  await cz.getByLabel('Hasło z SMS-a').fill(otp);
  await cz.getByLabel('Nowe hasło', { exact: true }).fill('krotkie');
  await cz.getByLabel('Powtórz nowe hasło').fill('krotkie');
  await cz.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(cz.getByText('Hasło musi mieć co najmniej 12 znaków.')).toBeVisible();
  await cz.getByLabel('Nowe hasło', { exact: true }).fill(NEW_PASSWORD);
  await cz.getByLabel('Powtórz nowe hasło').fill(NEW_PASSWORD);
  await cz.getByRole('button', { name: 'Zmień hasło' }).click();

  // welcome screen → loans
  await expect(cz.getByRole('heading', { name: /^Witaj, / })).toBeVisible();
  await expect(cz.getByText('Hasło zostało zmienione.')).toBeVisible();
  await cz.getByRole('main').getByRole('link', { name: 'Pożyczki' }).click();
  await expect(cz.getByRole('heading', { level: 1, name: 'Pożyczki' })).toBeVisible();
  const table = cz.getByRole('table', { name: `Pożyczki klienta ${login}` });
  const row = table.getByRole('row').filter({ hasText: loan.number });
  await expect(row).toBeVisible();
  await expect(row.getByText(/\d,\d{2}\s?zł/).first()).toBeVisible();
  await screenshot(cz, 'clientzone-loans.png', 'fullPage');

  // details
  await row.getByRole('link', { name: `Szczegóły pożyczki ${loan.number}` }).click();
  await expect(cz.getByRole('heading', { level: 1, name: new RegExp(`^Pożyczka numer ${loan.number.replace(/[/]/g, '\\/')} - `) })).toBeVisible();
  for (const label of [
    'Data uruchomienia',
    'Produkt',
    'Liczba rat',
    'Oprocentowanie umowne',
    'Karencja',
    'Numer rachunku do spłat',
    'Całkowite zadłużenie',
    'Aktualna zaległość',
    'Oprocentowanie karne',
  ]) {
    await expect(cz.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(cz.getByText(/^\d{2}\.\d{2}\.\d{4}$/).first()).toBeVisible(); // Polish date
  const debtBefore = await totalDebt(cz);
  expect(debtBefore).toBe(Math.round(Number(loan.remaining) * 100));
  await screenshot(cz, 'clientzone-loan.png', 'fullPage');

  // schedule and repayments tabs (keyboard: arrows move between tabs)
  await cz.getByRole('tab', { name: 'Szczegóły' }).focus();
  await cz.keyboard.press('ArrowRight');
  await expect(cz.getByRole('tab', { name: 'Harmonogram' })).toHaveAttribute('aria-selected', 'true');
  const schedule = cz.getByRole('table', { name: `Harmonogram pożyczki ${loan.number}` });
  await expect(schedule.getByRole('row').nth(1)).toBeVisible();
  for (const col of ['Nr', 'Data', 'Kapitał', 'Odsetki', 'Razem', 'Status']) {
    await expect(schedule.getByRole('columnheader', { name: col, exact: true })).toBeAttached();
  }
  await cz.getByRole('tab', { name: 'Spłaty' }).click();
  const repaymentsBefore = await cz
    .getByRole('table', { name: `Spłaty pożyczki ${loan.number}` })
    .getByRole('row')
    .count()
    .catch(() => 0);

  // pay online through the sandbox gateway
  await cz.getByRole('link', { name: 'Zapłać online' }).click();
  await expect(cz.getByRole('heading', { name: `Płatność dla pożyczki numer ${loan.number}` })).toBeVisible();
  await expect(cz.getByLabel('Kwota')).not.toHaveValue(''); // prefilled with the suggested amount
  await expect(cz.getByLabel('Opis płatności')).toHaveValue(`Spłata pożyczki ${loan.number}`);
  await cz.getByLabel('Kwota').fill(PAY_AMOUNT);
  await screenshot(cz, 'clientzone-pay.png', 'fullPage');
  await cz.getByRole('button', { name: 'Przejdź do płatności' }).click();

  await expect(cz).toHaveURL(/\/sandbox-gateway\/pay\//);
  await cz.getByLabel('mBank').check();
  await cz.getByRole('button', { name: 'Zapłać' }).click();

  await expect(cz).toHaveURL(new RegExp(`/clientzone/loans/${loan.id}\\?payment=`));
  await expect(cz.getByText(/Dziękujemy! Płatność 12,34\s?zł została przyjęta/)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => totalDebt(cz)).toBe(debtBefore - cents(PAY_AMOUNT));
  await cz.getByRole('tab', { name: 'Spłaty' }).click();
  const repayments = cz.getByRole('table', { name: `Spłaty pożyczki ${loan.number}` });
  await expect(repayments.getByRole('row')).toHaveCount(Math.max(repaymentsBefore, 1) + 1);
  await expect(repayments.getByRole('row').filter({ hasText: /12,34/ }).first()).toBeVisible();

  // a payment rejected at the gateway: a failure message, the balance stays
  await cz.getByRole('link', { name: 'Zapłać online' }).click();
  await cz.getByLabel('Kwota').fill('5,00');
  await cz.getByRole('button', { name: 'Przejdź do płatności' }).click();
  await expect(cz).toHaveURL(/\/sandbox-gateway\/pay\//);
  await cz.getByRole('button', { name: 'Odrzuć' }).click();
  await expect(cz.getByRole('alert').filter({ hasText: /Płatność 5,00\s?zł nie została zrealizowana/ })).toBeVisible({ timeout: 20_000 });
  expect(await totalDebt(cz)).toBe(debtBefore - cents(PAY_AMOUNT));

  // a loan that is not the borrower's, and a loan that does not exist → "not found"
  for (const id of [otherLoan?.id ?? randomUUID(), randomUUID()]) {
    await cz.goto(`/clientzone/loans/${id}`);
    await expect(cz.getByText('Nie znaleziono pożyczki')).toBeVisible();
  }

  // log out from the account menu (the PESEL in the header)
  await cz.getByRole('button', { name: `Konto ${login}` }).click();
  await cz.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(cz).toHaveURL(/\/clientzone\/login/);
  await expect(cz.getByText('Wylogowano.')).toBeVisible();
  await cz.goto('/clientzone/loans');
  await expect(cz).toHaveURL(/\/clientzone\/login/);

  // the new password works
  await cz.getByLabel('PESEL').fill(login);
  await cz.getByLabel('Hasło').fill(NEW_PASSWORD);
  await cz.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(cz.getByRole('heading', { level: 1, name: 'Pożyczki' })).toBeVisible();
  await ctx.close();

  // 10 wrong passwords lock the login (same answer as any wrong password); staff see the lock and clear it
  for (let i = 0; i < 10; i++) {
    const res = await request.post('/graphql', {
      data: { query: `mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { partyId } }`, variables: { l: login, p: `zle-haslo-${i}` } },
    });
    expect(JSON.stringify(await res.json())).toContain('clientAuth.invalidCredentials');
  }
  await page.reload();
  await expect(panel.getByText(/Logowanie zablokowane po zbyt wielu błędnych hasłach do/)).toBeVisible();
  await expect(panel.getByText('zablokowane', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Odblokuj logowanie' }).click();
  await expect(panel.getByText('Logowanie odblokowane. Hasło pożyczkobiorcy się nie zmieniło.')).toBeVisible();
  await expect(panel.getByText('aktywne', { exact: true })).toBeVisible();
});
