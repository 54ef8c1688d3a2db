import { type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, nextTotp, staffLogin, test } from '../fixtures';

// Issue 20: staff accounts as a bank runs them — TOTP enrolment (QR, recovery codes), login with a code and with a
// recovery code, a reset by another admin, ending another session from the SPA, failed logins in the audit screen.
const PASSWORD = 'modrzew nad stawem 4';
const EMAIL = `e2e-admin-${Date.now().toString(36)}@raty.test`;

async function gql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post('/graphql', { data: { query, variables } });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('a new admin enrols a second factor, logs in with a code and a recovery code, ends another session; an admin resets it; failed logins are audited', async ({ page, browser }) => {
  test.setTimeout(240_000);

  // ---- the demo admin (password + TOTP of the printed demo secret) creates a second admin ----
  await staffLogin(page, 'admin@raty.demo');
  const created = await gql(page.request, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { email: EMAIL, name: 'Ewa Testowa', password: PASSWORD, roles: ['ADMIN'] },
  });
  expect(created.errors).toBeUndefined();

  // ---- the new admin: the first login only opens the enrolment ----
  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await staffLogin(b, EMAIL, { password: PASSWORD, expectUrl: /\/security\?enrol=1$/ });
  await expect(b.getByText('Administrator musi skonfigurować uwierzytelnianie dwuskładnikowe')).toBeVisible();
  expect((await gql(b.request, `{ users { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  await b.getByRole('button', { name: 'Skonfiguruj aplikację uwierzytelniającą' }).click();
  await expect(b.getByRole('img', { name: 'Kod QR do aplikacji uwierzytelniającej' })).toBeVisible();
  const secret = (await b.getByTestId('totp-secret').innerText()).trim();
  await b.getByLabel('Kod z aplikacji').fill(await nextTotp(secret));
  await b.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(b.getByTestId('recovery-codes').locator('code')).toHaveCount(10);
  const codes = (await b.getByTestId('recovery-codes').locator('code').allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await b.getByRole('button', { name: 'Przejdź do systemu' }).click();
  await expect(b).toHaveURL(/\/files$/);
  expect((await gql(b.request, `{ users { id } }`)).errors).toBeUndefined();

  // ---- login with a code, then with a recovery code ----
  await logout(b);
  await staffLogin(b, EMAIL, { password: PASSWORD, totpSecret: secret });
  await logout(b);
  await b.getByLabel('E-mail').fill(EMAIL);
  await b.getByLabel('Hasło', { exact: true }).fill(PASSWORD);
  await b.getByRole('button', { name: 'Zaloguj' }).click();
  await b.getByLabel('Kod jednorazowy').fill(codes[0]);
  await b.getByRole('button', { name: 'Zaloguj' }).click();
  await expect(b).toHaveURL(/\/files$/);

  // ---- a second session (another browser); the user ends it from the security page and its cookie stops working ----
  const ctxC = await browser.newContext({ userAgent: 'Raty-E2E-Second-Device' });
  const c = await ctxC.newPage();
  await staffLogin(c, EMAIL, { password: PASSWORD, totpSecret: secret });
  await b.getByRole('link', { name: 'Bezpieczeństwo' }).click();
  await expect(b.getByText('Włączone. Pozostałe kody zapasowe: 9.')).toBeVisible();
  const row = b.getByTestId('sessions').getByRole('row').filter({ hasText: 'Raty-E2E-Second-Device' });
  await row.getByRole('button', { name: 'Zakończ sesję' }).click();
  await expect(row).toHaveCount(0);
  expect((await gql(c.request, `{ me { email } }`)).data).toEqual({ me: null });

  // ---- password policy in the SPA: a strength meter, and the server's refusal named in Polish ----
  await b.getByLabel('Obecne hasło').fill(PASSWORD);
  await b.getByLabel('Nowe hasło').fill('1234567890');
  await expect(b.getByTestId('password-strength')).toContainText('bardzo słabe');
  await b.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(b.getByText('Hasło musi mieć co najmniej 12 znaków.')).toBeVisible();

  // ---- the demo admin resets the new admin's second factor: the sessions end, the next login is an enrolment ----
  await page.goto('/settings');
  await page.getByRole('tab', { name: 'Użytkownicy i role' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Resetuj uwierzytelnianie dwuskładnikowe: ${EMAIL}` }).click();
  await expect(page.getByText('2FA zresetowane')).toBeVisible();
  expect((await gql(b.request, `{ me { email } }`)).data).toEqual({ me: null });
  await staffLogin(c, EMAIL, { password: PASSWORD, expectUrl: /\/security\?enrol=1$/ });

  // ---- 6 failed logins appear in the audit screen with IP and time ----
  for (let i = 0; i < 6; i++) {
    const r = await gql(c.request, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: 'viewer@raty.demo', p: `${DEMO_PASSWORD}-wrong-${i}` });
    expect(r.errors?.[0]).toBeTruthy();
  }
  await page.goto('/audit');
  await page.getByLabel('Zdarzenie').fill('LOGIN_FAILED');
  const rows = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'viewer@raty.demo' });
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText('127.0.0.1');
  await page.getByLabel('tylko zdarzenia logowania i dostępu').check();
  await expect(page.getByText('TOTP_RESET')).toBeVisible();
  await ctxB.close();
  await ctxC.close();
});
