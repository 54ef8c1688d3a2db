import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Runs against the real app: packages/server/dist/main.js serving the built SPA (packages/web/dist)
// on port 4100 with a fresh embedded PostgreSQL seeded with the "small" data set.
// Build first (server + `pnpm -F @raty/web build`). Browser: Debian's /usr/bin/chromium
// (`node ensure-chromium.mjs` installs it); Playwright's own browser download is not used.
const PORT = Number(process.env.RATY_E2E_PORT ?? 4100);
// RATY_E2E_BASE_URL=http://127.0.0.1:5173 runs against an already running app (no webServer started).
const externalBaseURL = process.env.RATY_E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${PORT}`;
// Absolute, so it does not matter whether the server resolves relative paths from its cwd or the repo root.
const dataDir = path.resolve(import.meta.dirname, '../.tmp/e2e-pgdata');

const webServer = {
  command: 'node ../packages/server/dist/main.js',
  cwd: import.meta.dirname,
  env: {
    PORT: String(PORT),
    RATY_DATA_DIR: dataDir, // = ../.tmp/e2e-pgdata
    RATY_FRESH_DB: '1',
    RATY_DEMO_DATA: 'small',
    LOG_LEVEL: 'warn',
    RATY_DRAIN_DELAY_MS: '0', // no proxy to tell: stop at once when the run ends
    // fixed local SMSAPI sandbox port: tests read sent SMS (client zone passwords) at /__sandbox/messages
    RATY_SMSAPI_SANDBOX_PORT: process.env.RATY_E2E_SMSAPI_PORT ?? '4110',
    // fixed local SMTP sandbox ports: email.spec.ts reads sent mail at the admin HTTP's /__sandbox/messages
    RATY_SMTP_SANDBOX_PORT: process.env.RATY_E2E_SMTP_PORT ?? '4112',
    RATY_SMTP_SANDBOX_ADMIN_PORT: process.env.RATY_E2E_SMTP_ADMIN_PORT ?? '4113',
    // the specs read sent SMS at the sandbox's /__sandbox/messages from this machine (docs/security.md "Sandbox tools")
    RATY_SANDBOX_ADMIN_LOOPBACK: '1',
  },
  url: `${baseURL}/healthz`,
  timeout: 180_000,
  reuseExistingServer: false,
  // SIGTERM, not Playwright's default SIGKILL: the app drains and stops its embedded PostgreSQL (own process group,
  // docs/operations.md) last — a SIGKILLed app would leave that PostgreSQL running after the run
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 30_000 },
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
};

export default defineConfig({
  testDir: './tests',
  outputDir: '../.tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: externalBaseURL ? undefined : webServer,
});
