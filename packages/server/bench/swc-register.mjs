import { register } from 'node:module';

register('./swc-hooks.mjs', import.meta.url);
