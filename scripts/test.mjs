#!/usr/bin/env node
// npm test: install → build → type check → lint → unit + integration tests (real PostgreSQL) → e2e (Chromium).
// Ends with one summary line "N passed, N failed".
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

function record(name, code, counts) {
  steps.push({ name, ok: code === 0, counts });
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped ?? 0;
  } else if (code !== 0) {
    failed += 1; // a failed step without test counts counts as one failure
  }
  console.log(`\n=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`}${counts ? ` — ${counts.passed} passed, ${counts.failed} failed` : ''}\n`);
}

function vitestCounts(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0), skipped: j.numPendingTests + j.numTodoTests };
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

const built = await installAndBuild({ frozen: true });
record('install + build', built.ok ? 0 : 1);
if (built.ok) {
  if (want('typecheck')) record('type check', await pnpm(['-r', '--workspace-concurrency=1', 'run', 'typecheck']));
  if (want('lint')) record('lint', await pnpm(['exec', 'eslint', '.', '--max-warnings=0']));
  for (const pkg of ['domain', 'web', 'server']) {
    if (!want(pkg)) continue;
    const out = path.join(reports, `vitest-${pkg}.json`);
    const code = await pnpm(['--filter', `@raty/${pkg}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
    const counts = vitestCounts(out);
    record(`${pkg} tests`, counts && counts.failed === 0 && code !== 0 && counts.passed > 0 ? code : code, counts ?? undefined);
  }
  if (want('e2e')) {
    const ensure = await run(process.execPath, [path.join(root, 'e2e', 'ensure-chromium.mjs')]);
    if (ensure !== 0) record('e2e (chromium missing)', ensure);
    else {
      const out = path.join(reports, 'playwright.json');
      const code = await pnpm(['--filter', '@raty/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
        env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
      });
      record('e2e tests', code, playwrightCounts(out) ?? undefined);
    }
  }
}

console.log('\n=== Summary');
for (const s of steps) console.log(`  ${s.ok ? 'ok    ' : 'FAILED'} ${s.name}${s.counts ? ` (${s.counts.passed} passed, ${s.counts.failed} failed)` : ''}`);
const allOk = steps.every((s) => s.ok);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk && failed === 0 ? 0 : 1);
