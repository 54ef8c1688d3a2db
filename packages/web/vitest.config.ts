import { defineConfig } from 'vitest/config';

// Unit tests of pure front-end helpers (no DOM needed so far).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
