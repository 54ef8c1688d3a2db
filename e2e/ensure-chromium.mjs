#!/usr/bin/env node
// Ensures Debian's Chromium is present at /usr/bin/chromium for the Playwright e2e run.
// Playwright's own browser download is not used (closed network); see playwright.config.ts.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is present.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `ensure-chromium: ${CHROMIUM} is missing and this process is not root.\n` +
      'Install Debian Chromium as root, e.g.:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'then re-run the e2e tests.',
  );
  process.exit(1);
}

function run(cmd, args) {
  console.log(`ensure-chromium: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) {
    console.error(`ensure-chromium: "${cmd} ${args.join(' ')}" failed with exit code ${r.status}.`);
    process.exit(r.status ?? 1);
  }
}

run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);

if (!existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${CHROMIUM}.`);
