import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineGraphqlDocuments, precompress, routePreloadPage } from './vite-plugins';

const apiTarget = process.env.RATY_API_URL ?? 'http://localhost:4000';
// Keys starting with ^ are regular expressions: '/graphiql' must not swallow Vite's own /graphiql.html.
const proxied = ['/graphql', '/api', '/healthz', '^/graphiql(\\?.*)?$'];

export default defineConfig({
  plugins: [
    react(),
    inlineGraphqlDocuments(fileURLToPath(new URL('./src/graphql/generated/graphql.ts', import.meta.url))),
    // /clientzone/login gets index.html with its chunks preloaded (issue 28: the borrower's first screen on a phone)
    routePreloadPage('clientzone-login.html', 'src/features/client-zone/ClientLoginPage.tsx'),
    precompress(),
  ],
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  // Monaco (GraphiQL 5) workers import shared chunks: they must be ES module workers.
  worker: { format: 'es' },
  optimizeDeps: {
    // Dev only: the GraphQL Monaco worker imports CommonJS packages that must be pre-bundled to load as ESM.
    include: ['monaco-graphql > picomatch-browser', 'monaco-graphql > graphql-language-service > nullthrows', 'monaco-graphql > prettier/standalone', 'monaco-graphql > prettier/plugins/graphql'],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each screen needs (the bench sums their sizes, issue 28)
    manifest: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // graphiql/react-compiler-runtime ship "use no memo" directives; harmless when bundled
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
    },
  },
});
