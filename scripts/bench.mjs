#!/usr/bin/env node
// npm run bench [-- --scale=small|medium|full] [--only=measure,…] [--fresh] [--no-build]
// install → build (as npm start) → packages/server/bench/run.ts (dedicated embedded PostgreSQL in bench/.data,
// seeded once per version stamp) → bench/results.md + bench/results.json. Method: docs/performance.md.
import path from 'node:path';
import { checkNode, installAndBuild, root, run } from './lib.mjs';

checkNode();
const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  console.log('Raty bench: installing dependencies and building…');
  const built = await installAndBuild({ frozen: true });
  if (!built.ok) {
    console.error(`Raty bench: ${built.step} failed; see the output above.`);
    process.exit(1);
  }
}
const server = path.join(root, 'packages/server');
const code = await run(process.execPath, ['--max-old-space-size=8192', '--import', './bench/swc-register.mjs', 'bench/run.ts', ...args.filter((a) => a !== '--no-build')], {
  cwd: server,
  env: process.env,
});
process.exit(code);
