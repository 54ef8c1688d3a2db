#!/usr/bin/env node
// npm test: install → build → type check → lint → unit + integration tests (real PostgreSQL) → e2e (Chromium).
// Ends with one summary line "N passed, N failed". The server suite runs twice: once on today's clock and once with
// the clock (Node and PostgreSQL) moved 400 days ahead by libfaketime.
import fs from 'node:fs';
import path from 'node:path';
import { checkNode, installAndBuild, pnpm, root, run } from './lib.mjs';

checkNode();
const reports = path.join(root, '.tmp', 'reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const only = process.env.RATY_TEST_ONLY?.split(',');

/**
 * A step is green only when its runner exited 0 AND (for test runners) its report was read, counts at least one passed
 * test and no failure. Any other combination is red: a runner that crashed, exited 0 beside a failure (embedded
 * PostgreSQL's exit hook once forced vitest's code to 0), or ran nothing.
 */
function record(name, code, counts, { expectTests = false } = {}) {
  const problems = [];
  if (code !== 0) problems.push(`exit ${code}`);
  if (expectTests && !counts) problems.push('no test report');
  if (counts && counts.failed > 0) problems.push(`${counts.failed} failed`);
  if (expectTests && counts && counts.passed === 0) problems.push('no test passed');
  const ok = problems.length === 0;
  steps.push({ name, ok, counts });
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped ?? 0;
  }
  if (!ok && !(counts && counts.failed > 0)) failed += 1; // a red step without failed tests counts as one failure
  console.log(`\n=== ${name}: ${ok ? 'ok' : `FAILED (${problems.join(', ')})`}${counts ? ` — ${counts.passed} passed, ${counts.failed} failed` : ''}\n`);
}

function vitestCounts(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8'));
    // A file that fails to load (or an error outside any test) fails no test: count such files as failures too.
    const brokenFiles = (j.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')).length;
    let failed = j.numFailedTests + brokenFiles;
    if (j.success === false && failed === 0) failed = 1;
    return { passed: j.numPassedTests, failed, skipped: j.numPendingTests + j.numTodoTests };
  } catch {
    return null;
  }
}

function playwrightCounts(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected, skipped: j.stats.skipped };
  } catch {
    return null;
  }
}

const want = (s) => !only || only.includes(s);

async function vitestStep(name, pkg, reportName, env = {}) {
  const out = path.join(reports, reportName);
  const code = await pnpm(['--filter', `@raty/${pkg}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`], {
    env,
  });
  record(name, code, vitestCounts(out) ?? undefined, { expectTests: true });
}

const FAKETIME_LIBS = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'];

/** libfaketime for the clock-shift run: Debian's `faketime` package, installed here when root and missing. */
async function ensureFaketime() {
  const found = () => FAKETIME_LIBS.find((f) => fs.existsSync(f));
  if (process.env.FAKETIME_LIB && fs.existsSync(process.env.FAKETIME_LIB)) return { ok: true, path: process.env.FAKETIME_LIB };
  if (found()) return { ok: true, path: found() };
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian package faketime (libfaketime) for the clock-shift run …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let code = await run('apt-get', ['install', '-y', '-q', 'faketime'], { env });
    if (code !== 0) {
      await run('apt-get', ['update', '-q'], { env });
      code = await run('apt-get', ['install', '-y', '-q', 'faketime'], { env });
    }
    if (found()) return { ok: true, path: found() };
  }
  console.error(
    'The clock-shift run needs libfaketime: install Debian/Ubuntu package "faketime" (sudo apt-get install faketime), or set\n' +
      'FAKETIME_LIB to libfaketime.so.1. RATY_TEST_ONLY=typecheck,lint,domain,web,server,e2e runs the suite without it.',
  );
  return { ok: false };
}

const built = await installAndBuild({ frozen: true });
record('install + build', built.ok ? 0 : 1);
if (built.ok) {
  if (want('typecheck')) record('type check', await pnpm(['-r', '--workspace-concurrency=1', 'run', 'typecheck']));
  if (want('lint')) {
    record('lint', await pnpm(['exec', 'eslint', '.', '--max-warnings=0']));
    // House rules of issue #17 (counts that must be zero; `npm run house-rules` prints them without failing), the
    // formatter (`npm run format` fixes) and unused exports (knip; `npx knip --fix --include exports,types` removes them).
    record('lint: house rules', await run(process.execPath, [path.join(root, 'scripts', 'house-rules.mjs')]));
    record('lint: format', await pnpm(['exec', 'prettier', '--check', '.', '--log-level=warn']));
    record('lint: unused exports', await pnpm(['exec', 'knip', '--include', 'exports,types']));
  }
  for (const pkg of ['domain', 'web', 'server']) {
    if (!want(pkg)) continue;
    await vitestStep(`${pkg} tests`, pkg, `vitest-${pkg}.json`);
  }
  if (want('server') && want('clock-shift')) {
    // The suite must pass on any date: run the server tests again with the process's and PostgreSQL's clocks moved
    // 400 days ahead (libfaketime, preloaded into Node and inherited by the embedded PostgreSQL it spawns).
    const lib = await ensureFaketime();
    if (!lib.ok) record('server tests (clock +400 days)', 1, undefined, { expectTests: true });
    else {
      const shifted = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
      console.log(`\n=== server tests (clock +400 days): wall clock and PostgreSQL now() read ${shifted}\n`);
      await vitestStep('server tests (clock +400 days)', 'server', 'vitest-server-shifted.json', {
        LD_PRELOAD: [lib.path, process.env.LD_PRELOAD].filter(Boolean).join(' '),
        FAKETIME: '+400d',
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
        RATY_EXPECT_CLOCK_SHIFT_DAYS: '400',
      });
    }
  }
  if (want('e2e')) {
    const ensure = await run(process.execPath, [path.join(root, 'e2e', 'ensure-chromium.mjs')]);
    if (ensure !== 0) record('e2e (chromium missing)', ensure);
    else {
      const out = path.join(reports, 'playwright.json');
      const code = await pnpm(['--filter', '@raty/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
        env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
      });
      record('e2e tests', code, playwrightCounts(out) ?? undefined, { expectTests: true });
    }
  }
}

console.log('\n=== Summary');
for (const s of steps) console.log(`  ${s.ok ? 'ok    ' : 'FAILED'} ${s.name}${s.counts ? ` (${s.counts.passed} passed, ${s.counts.failed} failed)` : ''}`);
const allOk = steps.every((s) => s.ok);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk && failed === 0 ? 0 : 1);
