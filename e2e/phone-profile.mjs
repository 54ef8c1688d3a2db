// Issue 28: time until the client zone login form is usable on a phone profile — CPU ×4 slower, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip (Chrome DevTools Protocol emulation), empty cache. A bench step, not a test:
//   node e2e/phone-profile.mjs http://127.0.0.1:4000 [runs=3] [floor URL]
// prints one JSON line { runs: [ms…], median[, floor: { runs, median }] } ; "usable" = the login and password fields
// and the submit button are visible and enabled (the moment a borrower can type and send). With a floor URL (the
// bench serves packages/web/floor there) the floor app's one button is measured the same way, alternating with the
// login, so both see the same machine load.
import { chromium } from '@playwright/test';

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const floorBase = process.argv[4];
if (!base) {
  console.error('usage: node e2e/phone-profile.mjs <base URL> [runs]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.RATY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
/** One fresh phone context: milliseconds from navigation start until `usable` holds on the page. */
async function measure(url, usable) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'pl-PL' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(usable, undefined, { timeout: 60_000, polling: 50 });
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}

const loginUsable = () => {
  const f = document.querySelector('form');
  if (!f) return false;
  const inputs = [...f.querySelectorAll('input')];
  const submit = f.querySelector('button[type="submit"], button:not([type])');
  return inputs.length >= 2 && inputs.every((x) => !x.disabled && x.checkVisibility()) && !!submit && !submit.disabled;
};
const floorUsable = () => {
  const button = document.querySelector('button');
  return !!button && !button.disabled && button.checkVisibility();
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const times = [];
const floorTimes = [];
try {
  for (let i = 0; i < runs; i++) {
    times.push(await measure(`${base}/clientzone/login`, loginUsable));
    if (floorBase) floorTimes.push(await measure(`${floorBase}/`, floorUsable));
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ runs: times, median: median(times), ...(floorBase ? { floor: { runs: floorTimes, median: median(floorTimes) } } : {}) }));
