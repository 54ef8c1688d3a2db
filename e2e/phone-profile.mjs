// Issue 28: time until the client zone login form is usable on a phone profile — CPU ×4 slower, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip (Chrome DevTools Protocol emulation), empty cache. A bench step, not a test:
//   node e2e/phone-profile.mjs http://127.0.0.1:4000 [runs=3]
// prints one JSON line { runs: [ms…], median } ; "usable" = the login and password fields and the submit button are
// visible and enabled (the moment a borrower can type and send).
import { chromium } from '@playwright/test';

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
if (!base) {
  console.error('usage: node e2e/phone-profile.mjs <base URL> [runs]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.RATY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'pl-PL' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.goto(`${base}/clientzone/login`, { waitUntil: 'commit' });
    const form = page.locator('form');
    await form.locator('input').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const f = document.querySelector('form');
        if (!f) return false;
        const inputs = [...f.querySelectorAll('input')];
        const submit = f.querySelector('button[type="submit"], button:not([type])');
        return inputs.length >= 2 && inputs.every((x) => !x.disabled) && !!submit && !submit.disabled;
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    times.push(Date.now() - t0);
    await context.close();
  }
} finally {
  await browser.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ runs: times, median: sorted[Math.floor(sorted.length / 2)] }));
