import { type Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// Role-aware screens (issue 22 "Done when" 2): logged in as the viewer ("Powiadomienia — podgląd", role NOTICES_VIEW),
// no add/edit/delete/send/mass-generation control is enabled on any main screen. The SPA offers actions from the
// permission table the server's resolvers check (`me { permissions }`); the collector (NOTICES_EDIT) still gets them.

/** Labels of actions that change data: none of them may be an enabled control for the viewer. */
const FORBIDDEN =
  /^(Dodaj|Zapisz|Usuń|Wyślij|Edytuj|Zmień|Generuj|Wygeneruj|Utwórz|Przygotuj dane|Nadaj|Zarejestruj|Importuj|Scal|Odblokuj|Cofnij|Storn|Wprowadź|Unieważnij|Sprawdź status|Odśwież należności|Zastosuj|Wycofaj|Przypisz|Oznacz|Wykonaj|Powiadom|Przerwij|Resetuj|Odbierz)/i;

/** Enabled, visible buttons, links styled as buttons and form controls of the page's main area (name, kind). */
async function enabledControls(page: Page): Promise<{ name: string; kind: string }[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    const visible = (el: Element) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      const s = getComputedStyle(el as HTMLElement);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const out: { name: string; kind: string }[] = [];
    for (const el of Array.from(main.querySelectorAll('button, a.button, [role="button"], input[type="submit"]'))) {
      if (!visible(el) || (el as HTMLButtonElement).disabled || el.closest('fieldset:disabled') || el.getAttribute('aria-disabled') === 'true') continue;
      const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ');
      out.push({ name, kind: el.tagName.toLowerCase() });
    }
    return out;
  });
}

/** Every text field, select and checkbox of the page's main area is disabled or read-only. */
async function expectNothingEditable(page: Page, screen: string) {
  const fields = page.getByRole('main').locator('input:not([type="hidden"]), textarea, select');
  const n = await fields.count();
  expect(n, `${screen}: fields`).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const f = fields.nth(i);
    if (await f.isVisible()) await expect(f, `${screen}: field ${i}`).not.toBeEditable();
  }
}

async function expectNoForbiddenAction(page: Page, screen: string) {
  // the screen has settled (queries answered): no spinner left
  await expect(page.locator('.spinner')).toHaveCount(0, { timeout: 15_000 });
  const controls = await enabledControls(page);
  if (process.env.RATY_E2E_DUMP_CONTROLS) console.log(screen, JSON.stringify(controls.map((c) => c.name).filter((n) => !n.startsWith('Pokaż należności'))));
  const offered = controls.filter((c) => FORBIDDEN.test(c.name)).map((c) => c.name);
  expect(offered, `${screen}: actions offered to the viewer`).toEqual([]);
}

test('viewer (NOTICES_VIEW): no add/edit/delete/send/mass-generation control is enabled on any main screen', async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs('viewer@raty.demo');
  const me = await page.request.post('/graphql', { data: { query: '{ me { roles permissions } }' } });
  const { data } = (await me.json()) as { data: { me: { roles: string[]; permissions: string[] } } };
  expect(data.me.roles).toEqual(['NOTICES_VIEW']);
  expect(data.me.permissions).toContain('notices.read');
  expect(data.me.permissions).not.toContain('notices.edit');

  // search
  const results = page.getByRole('table', { name: 'Wyniki wyszukiwania' });
  await expect(results.getByRole('row').nth(1)).toBeVisible();
  await expectNoForbiddenAction(page, 'search');

  // debtor file and each tab
  const link = results.getByRole('row').filter({ hasText: 'Aktywna' }).first().getByRole('link').first();
  const fileNumber = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: fileNumber, exact: true })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Sekcje kartoteki' });
  const tabNames = (await tabs.getByRole('tab').allInnerTexts()).map((s) => s.trim());
  expect(tabNames.length).toBeGreaterThan(3);
  for (const name of tabNames) {
    await tabs.getByRole('tab', { name, exact: true }).click();
    await expect(tabs.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expectNoForbiddenAction(page, `file ${fileNumber} / ${name}`);
  }

  // templates: the list and one template in the editor (every field disabled, no Save)
  await page.goto('/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Szablony powiadomień' })).toBeVisible();
  await expectNoForbiddenAction(page, 'templates');
  const firstTemplate = page.getByRole('table', { name: 'Lista szablonów' }).getByRole('button').first();
  if (await firstTemplate.count()) {
    await firstTemplate.click();
    const editor = page.getByRole('form').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(editor.getByRole('textbox').first()).toBeDisabled();
    await expectNoForbiddenAction(page, 'template editor');
    await expectNothingEditable(page, 'template editor');
  }

  // registry, and the notice editor of the first notice
  await page.goto('/notices');
  await expect(page.getByRole('heading', { level: 1, name: 'Rejestr powiadomień' })).toBeVisible();
  const registry = page.getByRole('table', { name: 'Lista powiadomień' });
  await expect(registry.getByRole('row').nth(1)).toBeVisible();
  await expectNoForbiddenAction(page, 'registry');
  await registry.getByRole('row').nth(1).getByRole('checkbox').check();
  await expectNoForbiddenAction(page, 'registry, a notice selected');
  const first = await page.request.post('/graphql', { data: { query: '{ notices(first: 1) { edges { node { id } } } }' } });
  const noticeId = ((await first.json()) as { data: { notices: { edges: { node: { id: string } }[] } } }).data.notices.edges[0].node.id;
  await page.goto(`/notices/${noticeId}`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByText('Podgląd: Twoje role nie pozwalają zmieniać, wysyłać ani usuwać powiadomień.')).toBeVisible();
  await expectNoForbiddenAction(page, 'notice editor');
  await expectNothingEditable(page, 'notice editor');

  // a new notice for the file by URL: no form
  await page.goto('/notices/new?fileId=00000000-0000-0000-0000-000000000000');
  await expect(page.getByText('Podgląd: Twoje role nie pozwalają zmieniać, wysyłać ani usuwać powiadomień.')).toBeVisible();
  await expectNoForbiddenAction(page, 'new notice');

  // mass generation: the whole form is not offered, and the page says why
  await page.goto('/mass-generation');
  await expect(page.getByRole('heading', { level: 1, name: 'Masowe generowanie powiadomień' })).toBeVisible();
  await expect(page.getByText(/Twoje role nie pozwalają generować powiadomień/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Przygotuj dane' })).toHaveCount(0);
  await expectNoForbiddenAction(page, 'mass generation');

  // dictionaries (each tab), settings, dashboard
  await page.goto('/dictionaries');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dictTabs = page.getByRole('main').getByRole('tab');
  const dictNames = (await dictTabs.allInnerTexts()).map((s) => s.trim());
  await expectNoForbiddenAction(page, 'dictionaries');
  for (const name of dictNames) {
    await page.getByRole('main').getByRole('tab', { name, exact: true }).click();
    await expectNoForbiddenAction(page, `dictionaries / ${name}`);
  }
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoForbiddenAction(page, 'settings');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoForbiddenAction(page, 'dashboard');
});

test('collector (NOTICES_EDIT) is still offered the actions the viewer is not; a template in use cannot be deleted, with the reason', async ({ page, loginAs }) => {
  await loginAs('collector@raty.demo');
  await page.goto('/templates');
  await expect(page.getByRole('button', { name: 'Dodaj szablon' })).toBeEnabled();
  // the seeded templates: any one used by notices has its "Usuń" disabled and says why
  const list = page.getByRole('table', { name: 'Lista szablonów' });
  await expect(list.getByRole('row').nth(1)).toBeVisible();
  const used = list.getByRole('row').filter({ hasText: /Nie można usunąć: użyty w \d+/ });
  if (await used.count()) {
    await expect(used.first().getByRole('button', { name: /^Usuń szablon/ })).toBeDisabled();
    await expect(used.first().getByRole('button', { name: /^Usuń szablon/ })).toHaveAccessibleDescription(/Nie można usunąć: użyty w \d+ powiadomie/);
  }
  await page.goto('/mass-generation');
  await expect(page.getByRole('button', { name: 'Przygotuj dane' })).toBeVisible();
  await page.goto('/notices');
  await expect(page.getByRole('toolbar', { name: /./ }).getByRole('button', { name: /^Wyślij/ })).toBeVisible();
});
