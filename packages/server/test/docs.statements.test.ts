process.env.RATY_TODAY = '2026-12-07';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';
import { repoRoot } from '../src/config.js';

/**
 * Every curl and GraphQL example of docs/statements.md runs here: the `sh` blocks with the real curl (bash, from the
 * repository root, RATY = the app's URL, BANK_TOKEN = a BANK token), each followed `json` block is the (partial)
 * answer; the `graphql` blocks as the demo collector (SERVICING).
 */
const doc = fs.readFileSync(path.join(repoRoot, 'docs/statements.md'), 'utf8');
const blocks = [...doc.matchAll(/```(sh|json|graphql)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2], end: m.index! + m[0].length, start: m.index! }));

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let staff: TestClient;
let token: string;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 10, asOf: '2026-12-07', withPayments: false });
  app = await startTestApp(db);
  staff = app.client();
  await staff.login('collector@raty.demo');
  const admin = app.client();
  await admin.login('admin@raty.demo');
  const t = await admin.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(name: "docs", role: BANK) { token } }`);
  token = t.data!.createApiToken.token;
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('docs/statements.md examples', () => {
  it('has the curl and GraphQL examples', () => {
    expect(blocks.filter((b) => b.lang === 'sh')).toHaveLength(4);
    expect(blocks.filter((b) => b.lang === 'graphql')).toHaveLength(4);
  });

  it('every example runs, in order, and answers what the document shows', async () => {
    for (const [i, b] of blocks.entries()) {
      if (b.lang === 'sh') {
        // async: the app answering curl runs in this process
        const { stdout: out } = await promisify(execFile)('bash', ['-o', 'pipefail', '-c', b.body], { cwd: repoRoot, env: { ...process.env, RATY: app.url, BANK_TOKEN: token }, encoding: 'utf8' });
        const answer = JSON.parse(out) as Record<string, unknown>;
        const next = blocks[i + 1];
        if (next?.lang === 'json' && doc.slice(b.end, next.start).trim() === '') {
          expect(answer, b.body).toMatchObject(JSON.parse(next.body) as Record<string, unknown>);
        } else {
          expect(answer, b.body).toHaveProperty('statements');
        }
      }
      if (b.lang === 'graphql') {
        const r = await staff.gql(b.body);
        expect(r.errors, b.body).toBeUndefined();
        expect(r.data).toBeTruthy();
      }
    }
    const [again] = await db.sql<{ new_lines: number }[]>`select new_lines from bank_statements where file_name is null and format = 'MT940' order by received_at limit 1`;
    expect(again.new_lines).toBe(0);
  });
});
