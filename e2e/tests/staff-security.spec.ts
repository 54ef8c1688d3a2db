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

test("an admin sees a user's sessions in the user list and ends one and then all of them (cookies stop working); an admin unlocks a locked account", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `e2e-staff-${Date.now().toString(36)}@raty.test`;
  const password = 'brzoza przy ścieżce 8';
  await staffLogin(page, 'admin@raty.demo');
  expect((await gql(page.request, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email, name: 'Olga Próbna', password, roles: ['NOTICES_VIEW'] } })).errors).toBeUndefined();

  // ---- the user is logged in on two devices ----
  const ctxPhone = await browser.newContext({ userAgent: 'Raty-E2E-Phone' });
  const phone = await ctxPhone.newPage();
  await staffLogin(phone, email, { password });
  const ctxDesk = await browser.newContext({ userAgent: 'Raty-E2E-Desk' });
  const desk = await ctxDesk.newPage();
  await staffLogin(desk, email, { password });

  // ---- the admin opens the user's sessions (device, IP, last seen) and ends the phone's ----
  await page.goto('/settings?tab=users');
  await page.getByRole('button', { name: `Sesje użytkownika: ${email}` }).click();
  const card = page.getByTestId('user-sessions');
  await expect(card.getByRole('row').filter({ hasText: 'Raty-E2E-Desk' })).toContainText('127.0.0.1');
  const phoneRow = card.getByRole('row').filter({ hasText: 'Raty-E2E-Phone' });
  await expect(phoneRow).toContainText('127.0.0.1');
  await phoneRow.getByRole('button', { name: 'Zakończ sesję' }).click();
  await expect(phoneRow).toHaveCount(0);
  expect((await gql(phone.request, `{ me { email } }`)).data).toEqual({ me: null });
  expect((await gql(desk.request, `{ me { email } }`)).data).toEqual({ me: { email } });

  // ---- … and then all of them ----
  await staffLogin(phone, email, { password });
  await page.getByRole('button', { name: 'Zamknij' }).click();
  await page.getByRole('button', { name: `Sesje użytkownika: ${email}` }).click();
  await expect(card.getByRole('row').filter({ hasText: 'Raty-E2E-' })).toHaveCount(2);
  page.once('dialog', (d) => void d.accept());
  await card.getByRole('button', { name: 'Zakończ wszystkie sesje' }).click();
  await expect(card.getByText('Brak aktywnych sesji.')).toBeVisible();
  expect((await gql(phone.request, `{ me { email } }`)).data).toEqual({ me: null });
  expect((await gql(desk.request, `{ me { email } }`)).data).toEqual({ me: null });

  // ---- the user ends all their other sessions at once from the security page ----
  await staffLogin(phone, email, { password });
  await staffLogin(desk, email, { password });
  await desk.getByRole('link', { name: 'Bezpieczeństwo' }).click();
  await expect(desk.getByTestId('sessions').getByRole('row').filter({ hasText: 'Raty-E2E-Phone' })).toHaveCount(1);
  await desk.getByRole('button', { name: 'Zakończ wszystkie pozostałe sesje' }).click();
  await expect(desk.getByTestId('sessions').getByRole('row').filter({ hasText: 'Raty-E2E-Phone' })).toHaveCount(0);
  expect((await gql(phone.request, `{ me { email } }`)).data).toEqual({ me: null });
  expect((await gql(desk.request, `{ me { email } }`)).data).toEqual({ me: { email } });

  // ---- 10 wrong passwords lock the account; the list says until when; the admin unlocks it ----
  for (let i = 0; i < 10; i++) {
    const res = await desk.request.post('/graphql', {
      data: { query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: email, p: `${password} wrong ${i}` } },
      headers: { 'x-forwarded-for': '203.0.113.45' },
    });
    expect(((await res.json()) as { errors?: unknown[] }).errors).toBeTruthy();
  }
  await page.reload();
  const userRow = page.getByRole('row').filter({ hasText: email });
  await expect(userRow.getByTestId('user-lock')).toContainText('Zablokowane do');
  await userRow.getByRole('button', { name: `Odblokuj konto: ${email}` }).click();
  await expect(userRow.getByTestId('user-lock')).toHaveCount(0);
  await staffLogin(desk, email, { password });

  // ---- the audit screen: the lock, the unlock and the session ends ----
  await page.goto('/audit');
  await page.getByLabel('tylko zdarzenia logowania i dostępu').check();
  await page.getByLabel('Zdarzenie').fill('UNLOCK');
  await expect(page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'unlocked by an administrator' })).toHaveCount(1);
  await page.getByLabel('Zdarzenie').fill('SESSION_END');
  await expect(page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'all sessions ended by an administrator' }).first()).toBeVisible();
  await page.getByLabel('Zdarzenie').fill('LOCK');
  await expect(page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'failed logins' }).first()).toBeVisible();
  await ctxPhone.close();
  await ctxDesk.close();
});
