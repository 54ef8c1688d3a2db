#!/usr/bin/env node
// House-rule counts of issue #17 ("one house plan"). Prints each count with the places that make it, and exits 1 when
// any count is above zero — unless run with --report (print only, exit 0).
//
//   node scripts/house-rules.mjs             strict (npm test's lint step)
//   node scripts/house-rules.mjs --report    print the counts, never fail
//   node scripts/house-rules.mjs --quiet     counts only, no places
//
// Rules (what is counted):
//   seed-citations    a source document cited by its number ("seed", a space or none, 000 to 003) in code, tests, e2e,
//                     scripts and the committed schemas:
//                     cite the ids of docs/requirements.md instead (scripts/cite-requirements.mjs rewrites them).
//   requirement-ids   ids cited in code, schemas and docs (COLL-4.3.1, LOAN-12, …) that docs/requirements.md does not
//                     define.
//   resolver-db       packages/server/src/**/*.resolver.ts files importing the database (src/db/…), `postgres` or
//                     `drizzle-orm`, or running SQL themselves (a `sql`/`tx`/`db` tagged template, db/tx/sql
//                     .select/.insert/.update/.delete/.execute/.transaction/.begin/.unsafe): resolvers map arguments
//                     and results and call services.
//   sql-casts         `as unknown as Sql` (any `…Sql` type, also `as unknown as { $client: Sql }`): one
//                     transaction-handle type instead.
//   money-functions   functions that parse, format or sum money defined outside packages/domain/src/money.ts and the
//                     web's shared formatter (packages/web/src/shared/**/{money,format}*.ts[x]). A money function is a
//                     function declaration or an arrow/function expression bound to a name matching MONEY_NAME below
//                     (toMinor, fromMinor, xToMinor, minorToX, parse/format/normalise/sum/add/subtract/compare/
//                     compact/round + Money/Amount(s)/Decimals…, toInputAmount, fromInputAmount).
//   web-features      imports from one web feature (packages/web/src/features/<a>/…) into another (<b>).
//   module-faces      imports in packages/server/src into packages/server/src/modules/<m>/… other than <m>/index.ts,
//                     from outside <m> (tests may import a module's internals).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = process.argv.includes('--report');
const quiet = process.argv.includes('--quiet');

const SKIP_DIRS = new Set(['node_modules', 'dist', '.tmp', '.data', 'test-results', 'playwright-report', '.git', 'drizzle', 'screenshots']);
const CODE = /\.(ts|tsx|mts|cts|mjs|js|cjs)$/;

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const read = (p) => fs.readFileSync(p, 'utf8');

const packages = fs.existsSync(path.join(root, 'packages')) ? fs.readdirSync(path.join(root, 'packages')).map((d) => path.join(root, 'packages', d)) : [];
const codeFiles = [...packages.flatMap((p) => ['src', 'test', 'scripts', 'bench'].flatMap((d) => walk(path.join(p, d)))), ...walk(path.join(root, 'e2e')), ...walk(path.join(root, 'scripts'))].filter(
  (f) => CODE.test(f),
);
const schemaFiles = packages.flatMap((p) => walk(p).filter((f) => f.endsWith('.graphql')));

/** Each hit: "file:line  text". */
const results = [];
function rule(name, description, hits) {
  results.push({ name, description, hits });
}
function linesMatching(files, re, { exclude = [] } = {}) {
  const hits = [];
  for (const f of files) {
    if (exclude.includes(rel(f))) continue;
    read(f)
      .split('\n')
      .forEach((line, i) => {
        const n = line.match(re)?.length ?? 0;
        for (let k = 0; k < n; k++) hits.push(`${rel(f)}:${i + 1}  ${line.trim().slice(0, 120)}`);
      });
  }
  return hits;
}

/** Module specifiers of a file: import/export … from '…', import('…'), import '…'. */
function imports(text) {
  const out = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  let m;
  while ((m = re.exec(text))) out.push({ spec: m[1], line: text.slice(0, m.index).split('\n').length });
  return out;
}
/** A relative specifier resolved to a repo-relative path without extension ('.js' → the .ts source). */
function resolveRel(file, spec) {
  if (!spec.startsWith('.')) return null;
  return rel(path.resolve(path.dirname(file), spec)).replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
}

// 1. seed citations
rule(
  'seed-citations',
  '"seed 00x" references in code (cite docs/requirements.md ids)',
  linesMatching([...codeFiles, ...schemaFiles], /\bseeds? ?00[0-3]\b/gi, { exclude: ['scripts/cite-requirements.mjs'] }),
);

// 1b. requirement ids that docs/requirements.md does not define (a typo, or an id that was renumbered)
{
  const reqFile = path.join(root, 'docs/requirements.md');
  const defined = new Set(fs.existsSync(reqFile) ? [...read(reqFile).matchAll(/^\| ((?:MON|CZ|COLL|LOAN)(?:-\d+(?:\.\d+)*)?) \|/gm)].map((m) => m[1]) : []);
  const docs = walk(path.join(root, 'docs')).filter((f) => f.endsWith('.md') && f !== reqFile);
  const hits = [];
  for (const f of [...codeFiles, ...schemaFiles, ...docs]) {
    read(f)
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/\b(?:MON|CZ|COLL|LOAN)-\d+(?:\.\d+)*\b/g)) if (!defined.has(m[0])) hits.push(`${rel(f)}:${i + 1}  ${m[0]}`);
      });
  }
  rule('requirement-ids', 'cited requirement ids not defined in docs/requirements.md', hits);
}

// 2. resolvers importing the database (or running SQL through the context's handle)
{
  const RUNS_SQL = /\b(?:sql|tx|db|q)`|\b(?:db|tx|sql)\s*\.\s*(?:select|insert|update|delete|execute|transaction|begin|unsafe)\s*[(<]/;
  const hits = [];
  const serverSrc = path.join(root, 'packages/server/src');
  for (const f of codeFiles.filter((f) => f.startsWith(serverSrc + path.sep) && f.endsWith('.resolver.ts'))) {
    const specs = [];
    for (const { spec, line } of imports(read(f))) {
      const r = resolveRel(f, spec);
      const isDb = spec === 'postgres' || spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/') || (r !== null && (r === 'packages/server/src/db' || r.startsWith('packages/server/src/db/')));
      if (isDb) specs.push(`${line}: ${spec}`);
    }
    // …or runs SQL itself: a postgres tagged template, a drizzle query builder call, a transaction
    const text = read(f);
    const runs = text.split('\n').findIndex((l) => RUNS_SQL.test(l));
    if (runs >= 0) specs.push(`${runs + 1}: runs SQL`);
    if (specs.length > 0) hits.push(`${rel(f)}  ${specs.join(', ')}`);
  }
  rule('resolver-db', 'resolver files importing db/, postgres or drizzle-orm, or running SQL', hits);
}

// 3. `as unknown as Sql`
rule(
  'sql-casts',
  '`as unknown as Sql` casts',
  linesMatching(codeFiles, /as\s+unknown\s+as\s+(?:\{[^}]*\bSql\b[^}]*\}|\{[^}]*\)\.Sql\b[^}]*\}|(?:[\w.]+\.)?\w*Sql\b)/g, { exclude: ['scripts/house-rules.mjs'] }),
);

// 4. money functions outside the money modules
{
  const MONEY_NAME =
    /^(?:(?:to|from)Minor\w*|\w+(?:To|From)Minor|minorTo\w+|(?:parse|format|normali[sz]e|sum|add|subtract|compare|compact|round)(?:Money|Amounts?|Decimals)\w*|(?:to|from)InputAmount|compactMoney)$/;
  const allowed = (r) => r === 'packages/domain/src/money.ts' || /^packages\/web\/src\/shared\/(?:.*\/)?(?:money|format)[^/]*\.tsx?$/.test(r);
  const DEF =
    /(?:\bfunction\s+([A-Za-z_$][\w$]*)\s*[<(]|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:function\b|(?:<[^>]*>)?\([^)]*\)\s*(?::[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>))/g;
  const hits = [];
  for (const f of codeFiles.filter((f) => /\/packages\/[^/]+\/src\//.test(f))) {
    const r = rel(f);
    if (allowed(r) || r.includes('/generated/')) continue;
    read(f)
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(DEF)) {
          const name = m[1] ?? m[2];
          // a local alias of a money formatter (`const money = (v) => formatMoney(v, …)`) defines nothing new
          if (MONEY_NAME.test(name) && name !== 'money') hits.push(`${r}:${i + 1}  ${name}`);
        }
      });
  }
  rule('money-functions', 'money parse/format/sum functions outside domain/src/money.ts and web/src/shared formatters', hits);
}

// 5. imports between web features
{
  const hits = [];
  const base = 'packages/web/src/features/';
  for (const f of codeFiles.filter((f) => rel(f).startsWith(base))) {
    const own = rel(f).slice(base.length).split('/')[0];
    for (const { spec, line } of imports(read(f))) {
      const r = resolveRel(f, spec);
      if (r?.startsWith(base) && r.slice(base.length).split('/')[0] !== own) hits.push(`${rel(f)}:${line}  ${spec}`);
    }
  }
  rule('web-features', 'imports from one web feature into another', hits);
}

// 6. imports into a server module past its index.ts
{
  const hits = [];
  const base = 'packages/server/src/modules/';
  for (const f of codeFiles.filter((f) => rel(f).startsWith('packages/server/src/'))) {
    const from = rel(f);
    const fromModule = from.startsWith(base) ? from.slice(base.length).split('/')[0] : null;
    for (const { spec, line } of imports(read(f))) {
      const r = resolveRel(f, spec);
      if (!r?.startsWith(base)) continue;
      const parts = r.slice(base.length).split('/');
      if (parts.length < 2) continue; // modules/index.ts, the registry of modules
      const [target, ...rest] = parts;
      if (target === fromModule) continue;
      if (rest.length === 1 && rest[0] === 'index') continue;
      // the schema's composition root (modules/index.ts) lists every resolver class: resolvers are not part of a module's
      // face (exporting them there would make faces import each other's resolvers and create cycles); nothing else may
      if (from === base + 'index.ts' && /\.resolver$/.test(rest.at(-1) ?? '')) continue;
      hits.push(`${from}:${line}  ${spec}`);
    }
  }
  rule('module-faces', 'imports into another server module past its index.ts', hits);
}

let over = 0;
for (const { name, description, hits } of results) {
  if (hits.length > 0) over++;
  console.log(`${String(hits.length).padStart(5)}  ${name} — ${description}`);
  if (!quiet) for (const h of hits) console.log(`         ${h}`);
}
console.log(over === 0 ? 'house rules: all counts are zero' : `house rules: ${over} count(s) above zero${report ? ' (report mode: not failing)' : ''}`);
process.exit(over > 0 && !report ? 1 : 0);
