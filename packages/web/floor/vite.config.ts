import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../vite-plugins';

// Builds floor/ (the stack without the app, see floor.tsx) with the app's Vite settings; the bench reads its manifest.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()], // precompressed like the app: the phone measure serves it (bench serveFloor)
  logLevel: 'warn',
  build: { outDir: process.env.RATY_FLOOR_OUT ?? fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 5000 },
});
