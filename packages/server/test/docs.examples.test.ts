process.env.RATY_TODAY = '2026-11-25';
/**
 * Every request example of docs/ runs here (issue 24):
 *  - every GraphQL operation (```graphql blocks and inline `query { … }` / `mutation { … }` spans of every docs/*.md)
 *    is validated against the schema and executed as the demo admin; placeholders ("…") stay as written, so an
 *    answer may be NOT_FOUND or BAD_USER_INPUT, never a validation failure or an internal error (analytics.md's
 *    cookbook is also run with real answers by docs.analytics.test.ts, the conventions and analysts sections of api.md
 *    by conventions.test.ts and security.test.ts);
 *  - the curl block of docs/partner-api.md is executed as written against a fresh demo portfolio (only the host
 *    changes), and its commented answers are checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type DefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { repoRoot } from '../src/config.js';
import { getSchema } from '../src/graphql/schema.js';

const docsDir = path.join(repoRoot, 'docs');
const docs = fs
  .readdirSync(docsDir)
  .filter((f) => f.endsWith('.md'))
  .sort();

interface Example {
  doc: string;
  name: string;
  source: string;
  op: OperationDefinitionNode;
}

function graphqlExamples(): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    const text = fs.readFileSync(path.join(docsDir, doc), 'utf8');
    const sources = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    sources.push(...[...text.matchAll(/`((?:query|mutation) \{[^`]*\})`/g)].map((m) => m[1]));
    for (const source of sources) {
      const parsed = parse(source);
      parsed.definitions.forEach((d: DefinitionNode, i) => {
        if (d.kind !== 'OperationDefinition') return;
        out.push({ doc, name: `${doc} #${out.filter((e) => e.doc === doc).length + 1} ${d.operation} ${d.name?.value ?? ''}`.trim(), source: source.slice(d.loc!.start, d.loc!.end), op: d });
        void i;
      });
    }
  }
  return out;
}

const examples = graphqlExamples();

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 40, asOf: '2026-11-25' });
  app = await startTestApp(db);
  admin = app.client();
  await admin.login('admin@raty.demo');
}, 240_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/** A value for each declared variable (placeholders, like the "…" of the examples). */
function variablesOf(op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const type = JSON.stringify(v.type);
    const named = /"value":"(\w+)"/.exec(type)?.[1];
    vars[v.variable.name.value] =
      named === 'ID' ? '00000000-0000-0000-0000-000000000000' : named === 'Decimal' ? '1.00' : named === 'Date' ? '2026-11-25' : named === 'Int' ? 1 : named === 'Boolean' ? false : '…';
  }
  return vars;
}

describe('GraphQL examples of docs/', () => {
  it('finds the examples of every document that has some', () => {
    expect(new Set(examples.map((e) => e.doc))).toEqual(
      new Set(['analytics.md', 'api.md', 'call-list.md', 'clientzone.md', 'collection-api.md', 'collection-strategies.md', 'forbearance.md', 'partner-api.md', 'statements.md']),
    );
    expect(examples.some((e) => e.source.startsWith('mutation { login('))).toBe(true);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s: valid against the schema and executed without a validation or internal error', async (_n, e) => {
    const schema = await getSchema();
    const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [e.op] });
    expect(errors.map((x) => x.message)).toEqual([]);
    // the client-zone operations need a borrower session: run them without the staff cookie
    const res = await (e.doc === 'clientzone.md' ? app.client() : admin).gql(e.source, variablesOf(e.op));
    const codes = (res.errors ?? []).map((x) => x.extensions?.code);
    expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(codes).not.toContain('BAD_REQUEST');
  });
});

/** Splits the partner-api.md curl block into commands (line continuations joined, shell quoting read). */
function curlCommands(block: string): { vars: Record<string, string>; commands: { args: string[]; answer: string[] }[] } {
  const lines = block.replace(/\\\n\s*/g, ' ').split('\n');
  const vars: Record<string, string> = {};
  const commands: { args: string[]; answer: string[] }[] = [];
  let joined = '';
  for (const line of lines) {
    const v = /^(\w+)=(\S+)/.exec(line);
    if (v) vars[v[1]] = v[2];
    else if (line.startsWith('curl ') || (joined && !line.startsWith('#') && line.trim())) {
      joined += (joined ? '\n' : '') + line;
      if ((joined.match(/'/g) ?? []).length % 2 === 0) {
        commands.push({ args: shellWords(joined.split('|')[0], vars), answer: [] });
        joined = '';
      }
    } else if (line.startsWith('# ') && commands.length) commands.at(-1)!.answer.push(line.slice(2));
  }
  return { vars, commands };
}

function shellWords(s: string, vars: Record<string, string>): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of s.matchAll(re)) out.push(m[1] ?? (m[2] ?? m[3]).replace(/\$(\w+)/g, (_x, k: string) => vars[k] ?? ''));
  return out;
}

describe('docs/partner-api.md curl examples, as written, on a fresh demo', () => {
  const text = fs.readFileSync(path.join(docsDir, 'partner-api.md'), 'utf8');
  const block = /## curl[\s\S]*?```sh\n([\s\S]*?)```/.exec(text)![1];
  const { commands } = curlCommands(block);

  async function run(args: string[]) {
    const url = args.find((a) => a.startsWith('http://'))!.replace('http://localhost:4000', app.url);
    const headers: Record<string, string> = {};
    let body: string | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-H') {
        const [k, ...v] = args[++i].split(':');
        headers[k.trim().toLowerCase()] = v.join(':').trim();
      }
      if (args[i] === '-d') {
        const d = args[++i];
        body = d.startsWith('@') ? fs.readFileSync(path.join(repoRoot, d.slice(1)), 'utf8') : d;
      }
    }
    const method = args.includes('-X') ? args[args.indexOf('-X') + 1] : 'GET';
    const res = await fetch(url, { method, headers, body });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('has the three commands', () => {
    expect(commands.map((c) => c.args.find((a) => a.startsWith('http')))).toEqual([
      'http://localhost:4000/api/lea/openapi.json',
      'http://localhost:4000/api/lea/client',
      'http://localhost:4000/api/lea/contract',
    ]);
  });

  it('openapi.json lists the two endpoints', async () => {
    const a = await run(commands[0].args);
    expect(Object.keys(a.body.paths as object).sort()).toEqual(['/api/lea/client', '/api/lea/contract']);
  });

  it('POST client answers as commented (ContractResultClass with the client number)', async () => {
    const a = await run(commands[1].args);
    const [status, json] = /^(\d{3}) (.*)$/.exec(commands[1].answer[0])!.slice(1);
    expect(a.status).toBe(Number(status));
    expect(a.body).toEqual(JSON.parse(json));
  });

  it('POST contract: the seed example answers resultCode true, again 409; with dealer NOPE 400 naming the dealer', async () => {
    const a = await run(commands[2].args);
    expect(a.body.errorMessage).toBeNull();
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ resultCode: true, clientId: 5135010, warnings: [] });
    expect(a.body.contract).toMatch(/^SPU\/2020\/\d{6}$/);
    expect(a.body.repaymentAccount).toMatch(/^SK\d{22}$/);
    expect(commands[2].answer[1]).toMatch(/^the same again: 409 /);
    const again = await run(commands[2].args);
    expect(again.status).toBe(409);
    expect(again.body.errorMessage).toMatch(/^A contract with authorisation code 2020040915 already exists/);

    const args = [...commands[2].args];
    const d = args.indexOf('-d');
    const body = JSON.parse(fs.readFileSync(path.join(repoRoot, args[d + 1].slice(1)), 'utf8'));
    args[d + 1] = JSON.stringify({ ...body, authorisationCode: 'NOPE-TEST', dealerCode: 'NOPE' });
    const nope = await run(args);
    expect(nope.status).toBe(400);
    expect(nope.body.errors).toEqual([{ field: 'dealerCode', rule: 'notFound', message: 'Dealer NOPE does not exist', params: { code: 'NOPE' } }]);
  });
});
