import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The specs' one fixture file: `test` (Playwright's, extended with `loginAs`), `expect`, staff login and screenshots.
 * Every spec imports `test` and `expect` from here.
 */
export { expect };

/** docs/screenshots: the screenshots the specs take for the docs. */
const screenshotsDir = path.resolve(import.meta.dirname, '../docs/screenshots');

/**
 * Staff login for the specs (issue 20). The demo password, and for admin@raty.demo the second step: the TOTP code of
 * the fixed demo secret that `npm start` prints (RFC 6238: HMAC-SHA-1, 6 digits, 30 s — computed here with node:crypto
 * so the specs need no extra package). A code is accepted once per 30-second step (current step ± 1), so logins of one
 * user take the next unused step (kept in a file: the specs run one after another against one server).
 */
export const DEMO_PASSWORD = 'raty-demo-konto';
const DEMO_TOTP_SECRET = 'RATYDEMOADMINTOTPSECRETKEY234567';

function base32(s: string): Buffer {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of s.replace(/=+$/, '').toUpperCase()) bits += A.indexOf(c).toString(2).padStart(5, '0');
  const out: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) out.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(out);
}

function totpAt(secret: string, step: number): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', base32(secret)).update(msg).digest();
  const o = h[h.length - 1] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const stepsFile = path.resolve(import.meta.dirname, '../.tmp/e2e-totp-steps.json');

/** The code of the next unused step of this secret (waits for the clock when two steps were used already). */
export async function nextTotp(secret: string): Promise<string> {
  for (;;) {
    const used: Record<string, number> = fs.existsSync(stepsFile) ? JSON.parse(fs.readFileSync(stepsFile, 'utf8')) : {};
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (used[secret] ?? -Infinity) + 1);
    if (step <= now + 1) {
      used[secret] = step;
      fs.mkdirSync(path.dirname(stepsFile), { recursive: true });
      fs.writeFileSync(stepsFile, JSON.stringify(used));
      return totpAt(secret, step);
    }
    await new Promise((r) => setTimeout(r, (now + 1) * 30_000 - Date.now() + 100));
  }
}

export type LoginOptions = { password?: string; totpSecret?: string; expectUrl?: RegExp };

/** Logs a staff user in through the login page (demo password; the TOTP step for admin@raty.demo) and waits for /files. */
export async function staffLogin(page: Page, email: string, opts: LoginOptions = {}) {
  const secret = opts.totpSecret ?? (email === 'admin@raty.demo' ? DEMO_TOTP_SECRET : undefined);
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill(opts.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  if (secret) {
    await page.getByLabel('Kod jednorazowy').fill(await nextTotp(secret));
    await page.getByRole('button', { name: 'Zaloguj' }).click();
  }
  await expect(page).toHaveURL(opts.expectUrl ?? /\/files$/);
}

/**
 * A screenshot for the docs (docs/screenshots/<name>):
 * - 'viewport': what the viewport (or the element) shows;
 * - 'fullPage': the whole page from the top (the sticky header would otherwise be drawn mid-page);
 * - 'grown': the viewport grown to the content at 1280 wide (layouts that stretch to the viewport stay intact).
 */
export async function screenshot(target: Page | Locator, name: string, mode: 'viewport' | 'fullPage' | 'grown' = 'viewport') {
  const file = path.join(screenshotsDir, name);
  if (!('goto' in target) || mode === 'viewport') {
    await target.screenshot({ path: file });
    return;
  }
  const page = target;
  if (mode === 'fullPage') {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, fullPage: true });
    return;
  }
  const height = await page.evaluate(() => Math.min(2400, Math.max(800, document.documentElement.scrollHeight)));
  await page.setViewportSize({ width: 1280, height });
  await page.screenshot({ path: file });
  await page.setViewportSize({ width: 1280, height: 800 });
}

type Fixtures = {
  /** logs `page` in as a staff user (see staffLogin) */
  loginAs: (email: string, opts?: LoginOptions) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, use) => {
    await use((email, opts) => staffLogin(page, email, opts));
  },
});
