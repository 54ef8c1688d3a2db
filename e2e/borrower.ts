import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * A borrower of the client zone ready to use (issue 26's specs): staff (the page's session, role SERVICING) grant
 * access to an active loan with something owed, the one-time password is read at the local SMSAPI sandbox, and the
 * borrower logs in and sets a password through the API in a phone-sized browser context of its own.
 */
const smsapiUrl = process.env.RATY_E2E_SMSAPI_URL ?? `http://127.0.0.1:${process.env.RATY_E2E_SMSAPI_PORT ?? '4110'}`;
const PASSWORD = 'Haslo-Borrower-2026';

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type Borrower = { ctx: BrowserContext; page: Page; login: string; loan: { id: string; number: string } };

export async function borrowerWithAccess(staff: Page, browser: Browser, skip = 0): Promise<Borrower> {
  const data = await gql<{ loans: { edges: { node: { id: string; number: string; balances: { remainingBalance: string } } }[] } }>(
    staff.request,
    `query { loans(first: 80, filter: { status: ACTIVE }) { edges { node { id number balances { remainingBalance } } } } }`,
  );
  let found = 0;
  for (const { node } of data.loans.edges) {
    if (Number(node.balances.remainingBalance) <= 100) continue;
    const p = await gql<{ clientZoneAccessPreview: { canGrant: boolean; accountStatus: string; login: string | null } }>(
      staff.request,
      `query($id: ID!) { clientZoneAccessPreview(loanId: $id) { canGrant accountStatus login } }`,
      { id: node.id },
    );
    if (!p.clientZoneAccessPreview.canGrant || p.clientZoneAccessPreview.accountStatus !== 'NONE' || found++ < skip) continue;
    const since = Math.floor(Date.now() / 1000) - 5;
    await gql(staff.request, `mutation($id: ID!) { grantClientZoneAccess(loanId: $id) { accountId } }`, { id: node.id });
    const login = p.clientZoneAccessPreview.login!;
    let otp: string | undefined;
    await expect
      .poll(
        async () => {
          const res = await staff.request.get(`${smsapiUrl}/__sandbox/messages`);
          const body = (await res.json()) as { messages: { text: string; date?: number }[] };
          const sms = body.messages.filter((m) => /Strefy Klienta/i.test(m.text) && (m.date === undefined || m.date >= since));
          otp = /Klienta:\s*(\S+)/.exec(sms.at(-1)?.text ?? '')?.[1];
          return otp;
        },
        { message: 'password SMS at the SMSAPI sandbox', timeout: 15_000 },
      )
      .toBeTruthy();
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'pl-PL', timezoneId: 'Europe/Warsaw', isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await gql(page.request, `mutation($l: String!, $p: String!) { clientLogin(login: $l, password: $p) { login } }`, { l: login, p: otp });
    await gql(page.request, `mutation($c: String!, $n: String!) { clientChangePassword(currentPassword: $c, newPassword: $n) { login } }`, { c: otp, n: PASSWORD });
    return { ctx, page, login, loan: { id: node.id, number: node.number } };
  }
  throw new Error('no active loan whose borrower can get client zone access');
}
