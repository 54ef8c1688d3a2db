import { type APIRequestContext } from '@playwright/test';
import { expect, screenshot, test } from '../fixtures';

// Issue 32, "Done when" 1: a borrower in arrears asks for a payment holiday in the client zone; staff offer 3 months;
// the borrower accepts; the new schedule version is in force (staff panel and client zone). No seed specifics: the
// loan is found through the staff API.
const smsapiUrl = process.env.RATY_E2E_SMSAPI_URL ?? `http://127.0.0.1:${process.env.RATY_E2E_SMSAPI_PORT ?? '4110'}`;
const PASSWORD = 'Wakacje-kredytowe-2026';

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

test('payment holiday: requested in the client zone, offered by staff, accepted by the borrower, in force', async ({ page, browser, request, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs('collector@raty.demo');

  // an active loan in arrears with installments still to fall due, whose borrower can get client-zone access now
  const loans = await gql<{ loans: { edges: { node: { id: string; number: string; file: { id: string }; balances: { overdueBalance: string; futureBalance: string; daysPastDue: number } } }[] } }>(
    page.request,
    `query { loans(first: 200, filter: { status: ACTIVE }) { edges { node { id number file { id } balances { overdueBalance futureBalance daysPastDue } } } } }`,
  );
  let loan: { id: string; number: string; fileId: string } | undefined;
  for (const n of loans.loans.edges.map((e) => e.node).filter((n) => Number(n.balances.overdueBalance) > 0 && Number(n.balances.futureBalance) > 0 && n.balances.daysPastDue > 30)) {
    const p = await gql<{ clientZoneAccessPreview: { canGrant: boolean; accountStatus: string } }>(
      page.request,
      `query($id: ID!) { clientZoneAccessPreview(loanId: $id) { canGrant accountStatus } }`,
      {
        id: n.id,
      },
    );
    if (p.clientZoneAccessPreview.canGrant && p.clientZoneAccessPreview.accountStatus === 'NONE') {
      loan = { id: n.id, number: n.number, fileId: n.file.id };
      break;
    }
  }
  expect(loan, 'an active loan in arrears whose borrower can get client-zone access').toBeTruthy();
  const since = Math.floor(Date.now() / 1000) - 5;
  const grant = await gql<{ grantClientZoneAccess: { login: string } }>(page.request, `mutation($id: ID!) { grantClientZoneAccess(loanId: $id) { login } }`, { id: loan!.id });
  let otp: string | undefined;
  await expect
    .poll(
      async () => {
        const body = (await (await request.get(`${smsapiUrl}/__sandbox/messages`)).json()) as { messages: { text: string; date?: number }[] };
        otp = /Klienta:\s*(\S+)/.exec(body.messages.filter((m) => /Strefy Klienta/i.test(m.text) && (m.date === undefined || m.date >= since)).at(-1)?.text ?? '')?.[1];
        return otp;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();

  // ---- borrower: log in, set a password, ask for a payment holiday ----
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'pl-PL', timezoneId: 'Europe/Warsaw', isMobile: true, hasTouch: true });
  const cz = await ctx.newPage();
  await cz.goto('/clientzone/login');
  await cz.getByLabel('PESEL').fill(grant.grantClientZoneAccess.login);
  await cz.getByLabel('Hasło').fill(otp!);
  await cz.getByRole('button', { name: 'Zaloguj' }).click();
  await cz.getByLabel('Hasło z SMS-a').fill(otp!);
  await cz.getByLabel('Nowe hasło', { exact: true }).fill(PASSWORD);
  await cz.getByLabel('Powtórz nowe hasło').fill(PASSWORD);
  await cz.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(cz.getByRole('navigation', { name: 'Menu strefy klienta' })).toBeVisible();
  await cz.goto(`/clientzone/loans/${loan!.id}`);
  const section = cz.getByTestId('cz-forbearance');
  await expect(section.getByRole('heading', { name: 'Wniosek o restrukturyzację' })).toBeVisible();
  await section.getByLabel('Powód trudności').fill('Utrata pracy w październiku, nowa od stycznia.');
  await section.getByLabel('Miesięczny dochód (zł)').fill('2500,00');
  await section.getByLabel('Miesięczne wydatki (zł)').fill('2100,00');
  await section.getByLabel('Jakiej pomocy oczekujesz?').selectOption('PAYMENT_HOLIDAY');
  await section.getByRole('button', { name: 'Wyślij wniosek' }).click();
  await expect(section.getByTestId('cz-forbearance-status')).toContainText('złożony, czeka na rozpatrzenie');

  // ---- staff: the request in the debtor file, with the arrears; offer a 3-month holiday ----
  await page.goto(`/files/${loan!.fileId}?loan=${loan!.id}`);
  const panel = page.getByTestId('forbearance-panel');
  await expect(panel.getByTestId('forbearance-cases')).toContainText('wniosek');
  await expect(panel.getByTestId('forbearance-assessment')).toBeVisible();
  await panel.getByLabel('Środek').selectOption('PAYMENT_HOLIDAY');
  await panel.getByLabel('Liczba rat wakacji').fill('3');
  await panel.getByRole('button', { name: 'Podgląd harmonogramu' }).click();
  await expect(panel.getByTestId('forbearance-preview')).toContainText('Liczba rat');
  await panel.getByRole('button', { name: 'Zaproponuj' }).click();
  await expect(panel.getByTestId('forbearance-open')).toContainText('Wniosek w toku: oferta');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(panel, 'forbearance-staff-offer.png');

  // ---- borrower: the offer with what changes; accept → in force ----
  await cz.reload();
  const offer = section.getByTestId('cz-forbearance-offer');
  await expect(offer).toContainText('Nasza propozycja: Wakacje kredytowe');
  await expect(offer).toContainText('Liczba rat:');
  await screenshot(cz, 'forbearance-clientzone-offer.png');
  await offer.getByRole('button', { name: 'Akceptuję propozycję' }).click();
  await expect(section.getByTestId('cz-forbearance-status')).toContainText('w mocy');
  await expect(section.getByTestId('cz-forbearance-status')).toContainText('Nowy harmonogram obowiązuje od');

  // staff: the case is in force with the new schedule version
  await page.reload();
  await expect(panel.getByTestId('forbearance-cases')).toContainText('w mocy');
  await expect(panel.getByTestId('forbearance-cases').locator('tbody tr').first().locator('td').nth(5)).toHaveText(/^\d+$/);
  await ctx.close();
});
