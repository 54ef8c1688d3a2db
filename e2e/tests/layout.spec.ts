import { type Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Issue #22 "Done when" 3: no main screen scrolls sideways at 1280×800 (the playwright config's viewport). Each screen
// is opened, allowed to settle, and document.documentElement.scrollWidth must not exceed the viewport's 1280 px.
// The debtor file is the demo file with the most notices (its "Windykacja miękka" tab was 1,393 px wide).

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${screen}: scrollWidth ${width} px at 1280×800`).toBeLessThanOrEqual(1280);
}

test('login has no sideways scroll at 1280×800', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Zaloguj' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'login');
});

test('every main staff screen fits 1280 px', async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs('admin@raty.demo');
  expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });

  // the file with the most notices (widest soft-collection table)
  const { notices } = await gql<{ notices: { edges: { node: { fileId: string } }[] } }>(page, '{ notices(first: 200) { edges { node { fileId } } } }');
  const counts = new Map<string, number>();
  for (const e of notices.edges) counts.set(e.node.fileId, (counts.get(e.node.fileId) ?? 0) + 1);
  const fileId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  expect(fileId, 'a demo file with notices').toBeTruthy();

  await page.goto('/files');
  await expectNoSidewaysScroll(page, 'search');
  await page.getByRole('searchbox').first().fill('a');
  await page.keyboard.press('Enter');
  await expectNoSidewaysScroll(page, 'search results');

  for (const tab of ['receivables', 'payments', 'schedule', 'contacts', 'softCollection', 'history']) {
    await page.goto(`/files/${fileId}?tab=${tab}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, `debtor file, tab ${tab}`);
  }

  const screens: Array<[string, string]> = [
    ['/templates', 'templates'],
    [`/notices/new?fileId=${fileId}`, 'notice editor'],
    ['/notices', 'registry'],
    ['/mass-generation', 'mass generation'],
    ['/dictionaries', 'dictionaries'],
    ['/settings', 'settings'],
    ['/dashboard', 'dashboard'],
  ];
  for (const [url, name] of screens) {
    await page.goto(url);
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoSidewaysScroll(page, name);
  }
});
