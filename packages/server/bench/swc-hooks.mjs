// Node module hooks that run the server's TypeScript sources through SWC (legacy decorators + decorator metadata, as
// the tsc build and the vitest setup do): `node --import ./bench/swc-register.mjs bench/run.ts`.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

export async function resolve(specifier, context, next) {
  if ((specifier.startsWith('.') || specifier.startsWith('/')) && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
    const url = new URL(specifier, context.parentURL);
    const ts = url.href.replace(/\.js$/, '.ts');
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(ts))) return { url: ts, shortCircuit: true, format: 'module' };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
  const path = fileURLToPath(url);
  const src = await readFile(path, 'utf8');
  const out = await swc.transform(src, {
    filename: path,
    sourceMaps: 'inline',
    module: { type: 'es6' },
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
  });
  return { format: 'module', source: out.code, shortCircuit: true };
}
