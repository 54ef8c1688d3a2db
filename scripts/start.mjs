#!/usr/bin/env node
// npm start: install → build → embedded PostgreSQL → migrate → demo data (first start) → serve.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNode, installAndBuild, root } from './lib.mjs';

checkNode();
console.log('Raty: installing dependencies and building (first run takes a minute)…');
const built = await installAndBuild({ frozen: true });
if (!built.ok) {
  console.error(`Raty: ${built.step} failed; see the output above.`);
  process.exit(1);
}
const server = spawn(process.execPath, [path.join(root, 'packages/server/dist/main.js')], { stdio: 'inherit', cwd: root, env: process.env });
// Ctrl-C reaches the server through the terminal's process group; forward other signals explicitly.
for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => server.kill(sig));
process.on('SIGINT', () => {
  /* the server gets SIGINT from the terminal too and stops PostgreSQL cleanly */
});
server.on('exit', (code) => process.exit(code ?? 0));
