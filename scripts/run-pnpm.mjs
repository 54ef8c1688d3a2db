#!/usr/bin/env node
// `node scripts/run-pnpm.mjs <args>`: pnpm via corepack with the pinned version.
import { pnpm } from './lib.mjs';

process.exit(await pnpm(process.argv.slice(2)));
