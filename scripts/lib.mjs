// Shared helpers for the root scripts. Plain Node (no dependencies): these run before `pnpm install`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function checkNode() {
  const [maj, min] = process.versions.node.split('.').map(Number);
  if (maj < 20 || (maj === 20 && min < 19)) {
    console.error(`Raty needs Node.js 20.19 or newer (found ${process.versions.node}).`);
    process.exit(1);
  }
}

/**
 * pnpm through corepack (shipped with Node 20). COREPACK_INTEGRITY_KEYS=0: corepack 0.34's built-in registry keys
 * reject current pnpm signatures; the pnpm tarball itself still comes from the npm registry over TLS.
 * Falls back to `npx pnpm@version` where corepack is missing.
 */
export function pnpmCommand() {
  const env = { ...process.env, COREPACK_INTEGRITY_KEYS: '0', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  const probe = spawnSync('corepack', ['--version'], { env, stdio: 'ignore' });
  if (probe.status === 0) return { cmd: 'corepack', pre: [`pnpm@${PNPM_VERSION}`], env };
  return { cmd: 'npx', pre: ['-y', `pnpm@${PNPM_VERSION}`], env };
}

/** Runs a command, streaming its output; resolves with its exit code. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: opts.cwd ?? root, env: opts.env ?? process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (err) => {
      console.error(err.message);
      resolve(127);
    });
  });
}

export async function pnpm(args, opts = {}) {
  const p = pnpmCommand();
  return run(p.cmd, [...p.pre, ...args], { ...opts, env: { ...p.env, ...(opts.env ?? {}) } });
}

export async function installAndBuild({ frozen = true } = {}) {
  const install = await pnpm(['install', ...(frozen ? ['--frozen-lockfile'] : []), '--reporter=append-only']);
  if (install !== 0) return { ok: false, step: 'install' };
  for (const [name, args] of [
    ['build domain', ['--filter', '@raty/domain', 'run', 'build']],
    ['build server', ['--filter', '@raty/server', 'run', 'build']],
    ['build web', ['--filter', '@raty/web', 'run', 'build']],
  ]) {
    const code = await pnpm(args);
    if (code !== 0) return { ok: false, step: name };
  }
  return { ok: true };
}
