// Build-time plugins of the SPA (issue 28, SPA weight). Both are small enough to keep here instead of adding
// dependencies; packages/web/README.md says why.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const DOCUMENT_LINE = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+(\w+)/;

/**
 * GraphQL Codegen's client preset looks documents up at run time in one map of every operation of the app
 * (src/graphql/generated/gql.ts, ~240 kB): whichever chunk calls `graphql(…)` carries them all. This replaces each
 * `graphql(\`query Name …\`)` call by the generated document literal of that operation (fragments included), so a
 * screen's chunk carries only its own documents — what the preset's Babel/SWC plugins do, for a Vite without Babel.
 * An operation missing from the generated file fails the build: run codegen.
 */
export function inlineGraphqlDocuments(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  const load = () => {
    documents = new Map([...fs.readFileSync(generatedFile, 'utf8').matchAll(DOCUMENT_LINE)].map((m) => [m[1], m[2]]));
  };
  return {
    name: 'raty:inline-graphql-documents',
    // the dev server keeps the run-time map (it sees codegen's output at once; the build reads it at its start)
    apply: 'build',
    enforce: 'pre',
    buildStart: load,
    transform(code, id) {
      if (id.includes('/src/graphql/generated/') || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const out = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const def = DEFINITION.exec(source);
        if (!def) return call;
        const name = def[1] === 'fragment' ? `${def[2]}FragmentDoc` : `${def[2]}Document`;
        const literal = documents.get(name);
        if (!literal) this.error(`${name} is not in ${generatedFile}: run codegen (cd packages/web && npx graphql-codegen --config codegen.ts)`);
        return `(${literal})`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|ttf|map)$/;
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) next to every compressible file of the build
 * above 1 kB, once at build time, so the server sends them without compressing per request (packages/server
 * src/http/static.ts picks one by Accept-Encoding).
 */
export function precompress(minBytes = 1024): Plugin {
  let outDir = '';
  return {
    name: 'raty:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => COMPRESSIBLE.test(f) && !f.startsWith('.vite'));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const body = fs.readFileSync(full);
          if (body.length < minBytes) return;
          const [gz, br] = await Promise.all([gzip(body, { level: 9 }), brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })]);
          fs.writeFileSync(`${full}.gz`, gz);
          fs.writeFileSync(`${full}.br`, br);
        }),
      );
    },
  };
}

type ManifestChunk = { file: string; imports?: string[]; css?: string[] };

/**
 * Writes `<page>.html`: index.html plus `<link rel="modulepreload">` for every chunk a lazily loaded route module needs
 * (and its stylesheets), so a first visit of that route fetches them with the entry instead of after it — one
 * round trip less on a phone (issue 28: 150 ms each). The server sends the page for that route
 * (packages/server/src/http/static.ts); Vite's preload helper finds the links and does not fetch twice.
 */
export function routePreloadPage(page: string, routeModule: string): Plugin {
  let outDir = '';
  return {
    name: 'raty:route-preload-page',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // after the manifest and index.html are written, before precompress() (closeBundle) compresses the pages
    writeBundle() {
      const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
      const closure = (key: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(key)) return seen;
        if (!manifest[key]) this.error(`${key} is not in the build manifest: was the route module renamed?`);
        seen.add(key);
        for (const i of manifest[key].imports ?? []) closure(i, seen);
        return seen;
      };
      const loaded = closure('index.html');
      const needed = [...closure(routeModule)].filter((k) => !loaded.has(k));
      const scripts = needed.map((k) => `<link rel="modulepreload" crossorigin href="/${manifest[k].file}">`);
      const styles = [...new Set(needed.flatMap((k) => manifest[k].css ?? []))].map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`);
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      fs.writeFileSync(path.join(outDir, page), html.replace('</head>', `  ${[...scripts, ...styles].join('\n    ')}\n  </head>`));
    },
  };
}
