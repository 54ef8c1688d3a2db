#!/usr/bin/env node
// Rewrites citations of the source documents ("seed 002 §4.3.1", "(seed 000)", "seed 001 \"Pożyczki\"", …) in code,
// tests, e2e, scripts, the committed GraphQL schemas and docs to the stable requirement ids of docs/requirements.md
// ("COLL-4.3.1", "MON-3", "CZ-4", …). Idempotent: a second run changes nothing. Exits 1, listing file:line, for every
// citation it cannot map (add a rule below) and for every id it would write that docs/requirements.md does not define.
//
//   node scripts/cite-requirements.mjs            rewrite in place, print what changed
//   node scripts/cite-requirements.mjs --check    change nothing; exit 1 when something would change
//
// How a citation is mapped:
// 1. PHRASES: whole phrases that read badly with a plain substitution ("Address of seed 003:" → "Address (LOAN-7.3):").
// 2. A section ("seed 002 §4.3.1", "§4.3.2–4.3.3") maps to `<PREFIX>-<section>`; figures ("Rys. 17") map to the
//    section that holds them. A trailing figure list is dropped (the requirement names it).
// 3. Otherwise CONTEXT rules: the first rule of that document whose regex matches the line gives the id.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const PREFIX = { '000': 'MON', '001': 'CZ', '002': 'COLL', '003': 'LOAN' };

/** Figures (Rys.) of seed 002 → the section that holds them. */
const FIGURES = [
  [1, 1, '2.1'],
  [2, 7, '2.2'],
  [8, 8, '2.3'],
  [9, 9, '3'],
  [10, 11, '4.1'],
  [12, 17, '4.2'],
  [18, 20, '4.3.1'],
  [21, 23, '4.3.2'],
  [24, 25, '4.3.3'],
  [26, 27, '5'],
  [28, 30, '6'],
];

/** Whole-phrase rewrites, applied first. */
const PHRASES = [
  [/Header links of seed 000's form:/g, 'Header links of the form (MON-4):'],
  [/Seed 000's header links:/g, 'Header links (MON-4):'],
  [/Address of seed 003:/g, 'Address (LOAN-7.3):'],
  [/The header carries seed\n000's three links/g, 'The header carries the\nthree links of MON-4'],
  [/Dictionaries of seed 003:/g, 'Dictionaries (LOAN-3):'],
  [/fields of seed 003 that/g, 'fields of LOAN-7.1 that'],
  [/five de-duplication cases of seed 003/g, 'five de-duplication cases of LOAN-7.2'],
  [/messages fixed by seed 003\./g, 'messages fixed by LOAN-7.2 and LOAN-9.'],
  [/seed 003: nonstopbanking, addresses/g, 'LOAN-9, LOAN-7.3: nonstopbanking, addresses'],
  [/\(Strefa Klienta, seed 001\)/g, '(Strefa Klienta, CZ)'],
  [/\(Lea API, seed 003\)/g, '(Lea API, LOAN-7)'],
  [/seed 001 "Szczegóły" \/ "Harmonogram" \/ "Spłaty"/g, 'CZ-6, CZ-7, CZ-8 ("Szczegóły" / "Harmonogram" / "Spłaty")'],
  [/seed 001 "Szczegóły", "Harmonogram", "Spłaty"/g, 'CZ-6, CZ-7, CZ-8: "Szczegóły", "Harmonogram", "Spłaty"'],
  [/Sources: seed 002 \(Polish soft-collection manual\), seed 003 \(Slovak client API\)/g, 'Sources: COLL (Polish soft-collection manual), LOAN (Slovak client API)'],
  [/Seed 001 \/ PRODUCT\.md §5/g, 'CZ (docs/requirements.md) / PRODUCT.md §5'],
  // docs/performance.md cited a section seed 002 does not have (§7 is docs/domain-collection.md's mass-generation rule).
  [/\(reason OVERDUE, seed 002 §7\)/g, '(reason OVERDUE, COLL-6, docs/domain-collection.md §7)'],
  [/seed 003 rules\. See docs\/domain\.md/g, 'LOAN-10.2, LOAN-11 and LOAN-12 rules. See docs/domain.md'],
  [/already due \(seed 002 §7\)/g, 'already due (COLL-6, docs/domain-collection.md §7)'],
  // the partner API example body (test fixture) is named for the API, not for the document
  [/seed003-contract\.json/g, 'lea-contract-example.json'],
];

/** Files renamed with the citations (old → new, relative to the root). */
const RENAMES = [['packages/server/test/fixtures/seed003-contract.json', 'packages/server/test/fixtures/lea-contract-example.json']];

/** Citations without a section: [document, regex on the line, id]. First match wins. */
const CONTEXT = [
  // seed 000 — repayment monitoring
  ['000', /notify|upcoming installment|notifyUpcomingInstallment/i, 'MON-2'],
  ['000', /register payment|registerPayment/i, 'MON-3'],
  ['000', /fetch repayment schedule|due date|installment total|schedule/i, 'MON-1'],
  ['000', /header|Rejestracja/i, 'MON-4'],
  ['000', /Servicing|EMAIL/i, 'MON'],
  // seed 001 — client zone
  ['001', /Client zone \(seed 001\)/, 'CZ'],
  ['001', /welcome screen/i, 'CZ-3'],
  ['001', /"Uwagi"/, 'CZ-2'],
  ['001', /Dostęp do strefy klienta|grant access|procedure of a loan/i, 'CZ-2'],
  ['001', /"Pożyczki"/, 'CZ-4'],
  ['001', /"Płatność/, 'CZ-5'],
  ['001', /"Spłaty"/, 'CZ-8'],
  ['001', /Zmiana hasła|Wyloguj/, 'CZ-9'],
  ['001', /Client zone|client-zone|borrower part/i, 'CZ'],
  // seed 002 — soft collection (sections are mapped by number; these are the citations without one)
  ['002', /examples?\b|on preview|notice templates/i, 'COLL-4.2'],
  ['002', /Soft collection|soft-collection/i, 'COLL'],
  // seed 003 — loan back end change specification
  ['003', /Správa zmluvy|contract section|contract card/i, 'LOAN-5'],
  ['003', /Nonstop Banking|Služba NB/i, 'LOAN-9'],
  ['003', /konsolidácia|consolidation|duplicated|registered twice|cases 3–5|case 4/i, 'LOAN-7.2'],
  ['003', /archív zákazníka/i, 'LOAN-7.2'],
  ['003', /salePlaceCode|dealerCode|sale place|Sale places|dealer/i, 'LOAN-7.1'],
  ['003', /contract example|Partner API|partner API/i, 'LOAN-7'],
  ['003', /extraordinary repayment/i, 'LOAN-12'],
  ['003', /deferral rule/i, 'LOAN-11'],
  ['003', /forbids extraordinary repayments/i, 'LOAN-12.5'],
  ['003', /extraordinary repayment, interest-free/i, 'LOAN-12.3'],
  ['003', /Interest-free\*\*, exactly per/i, 'LOAN-12.3, LOAN-12.4'],
  ['003', /mimoriadna/i, 'LOAN-12'],
  ['003', /Legal caps.*front-end installment check/i, 'LOAN-4.4, LOAN-4.2'],
  ['003', /installment check|equalised in the last|Contract price|rounding difference/i, 'LOAN-4.2'],
  ['003', /from the contract type|"Frontend" settings|"SPIN"/i, 'LOAN-3.1'],
  ['003', /negative principal|Accumulated interest|This follows the seed 003 example/i, 'LOAN-10'],
  ['003', /The example is the seed 003 one/, 'LOAN-10.2'],
  ['003', /early repayment|payoff|take-over 1\.12\.2020|quote|seed 003 rules\. See docs\/domain/i, 'LOAN-10.2'],
  ['003', /nonstopbanking|UNKNOWN/i, 'LOAN-9'],
  ['003', /Adresa1|address/i, 'LOAN-7.3'],
  ['003', /"POST contract"|contract of a partner|receivable kind of the debtor files/i, 'LOAN-7.1'],
  ['003', /"POST client"/, 'LOAN-7.2'],
  ['003', /Lea API|field names|\/api\/lea/i, 'LOAN-7'],
];

// "seed 002 §4.3.2–4.3.3", "Seed 000's", "seed 002 §4.2 (Rys. 13, 14, 15)", "seed 002 §6, Rys. 28–30", "seed 002 Rys. 17"
const SECTION = String.raw`\d+(?:\.\d+)*`;
const FIGS = String.raw`\d+(?:[–-]\d+)?(?:, \d+)*`;
const CITATION = new RegExp(String.raw`\b[Ss]eeds? (00[0-3])(?:'s)?` + String.raw`(?: §(${SECTION})(?:[–-](${SECTION}))?)?` + String.raw`(?: \(Rys\. (${FIGS})\)|,? Rys\. (${FIGS}))?`, 'g');
/** What house-rules.mjs counts: any citation of a source document by its number. */
export const SEED_REFERENCE = /\bseeds? ?00[0-3]\b/gi;

const ids = new Set([...fs.readFileSync(path.join(root, 'docs/requirements.md'), 'utf8').matchAll(/^\| ((?:MON|CZ|COLL|LOAN)(?:-\d+(?:\.\d+)*)?) \|/gm)].map((m) => m[1]));

function figureSection(figs) {
  const first = Number(figs.match(/\d+/)[0]);
  return FIGURES.find(([a, b]) => first >= a && first <= b)?.[2];
}

/** The id for one citation, or null. */
function idFor(doc, section, sectionTo, figs, line) {
  const p = PREFIX[doc];
  if (section) return sectionTo ? `${p}-${section}, ${p}-${sectionTo}` : `${p}-${section}`;
  if (figs && doc === '002') {
    const s = figureSection(figs);
    return s ? `${p}-${s}` : null;
  }
  return CONTEXT.find(([d, re]) => d === doc && re.test(line))?.[2] ?? null;
}

const problems = [];

function rewrite(text, file) {
  let out = text;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  const lines = out.split('\n');
  for (let i = 0; i < lines.length; i++) {
    lines[i] = lines[i].replace(CITATION, (whole, doc, section, sectionTo, figsParen, figsComma) => {
      const id = idFor(doc, section, sectionTo, figsParen ?? figsComma, lines[i]);
      if (!id) {
        problems.push(`${file}:${i + 1}: no rule maps "${whole}" — ${lines[i].trim().slice(0, 140)}`);
        return whole;
      }
      for (const one of id.split(', ')) if (!ids.has(one)) problems.push(`${file}:${i + 1}: "${whole}" → ${one}, which docs/requirements.md does not define`);
      return id;
    });
    const left = lines[i].match(SEED_REFERENCE);
    if (left && !problems.some((p) => p.startsWith(`${file}:${i + 1}:`))) problems.push(`${file}:${i + 1}: cannot map "${left[0]}" — ${lines[i].trim().slice(0, 140)}`);
  }
  return lines.join('\n');
}

/** Files in scope: code, tests, e2e, scripts, the committed schemas and docs (not docs/requirements.md itself). */
export function scopeFiles() {
  const files = [];
  const skipDirs = new Set(['node_modules', 'dist', '.tmp', 'test-results', 'playwright-report', '.git', 'screenshots']);
  const exts = /\.(ts|tsx|mts|mjs|js|cjs|graphql|md|json|html)$/;
  function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skipDirs.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (exts.test(e.name)) files.push(path.relative(root, p));
    }
  }
  for (const d of ['packages', 'e2e', 'scripts', 'docs', 'bench']) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  files.push('README.md');
  return files.filter((f) => f !== 'docs/requirements.md' && f !== 'scripts/cite-requirements.mjs' && !f.endsWith('pnpm-lock.yaml'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let changed = 0;
  for (const [from, to] of RENAMES) {
    if (fs.existsSync(path.join(root, from)) && !fs.existsSync(path.join(root, to))) {
      changed++;
      console.log(`${check ? 'would rename' : 'renamed'} ${from} → ${to}`);
      if (!check) fs.renameSync(path.join(root, from), path.join(root, to));
    }
  }
  for (const file of scopeFiles()) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    if (!/seeds?\s?00[0-3]/i.test(text)) continue;
    const next = rewrite(text, file);
    if (next !== text) {
      changed++;
      console.log(`${check ? 'would change' : 'changed'} ${file}`);
      if (!check) fs.writeFileSync(path.join(root, file), next);
    }
  }
  for (const p of problems) console.error(p);
  console.log(`${changed} file(s) ${check ? 'to change' : 'changed'}, ${problems.length} unmapped citation(s)`);
  process.exit(problems.length > 0 || (check && changed > 0) ? 1 : 0);
}
