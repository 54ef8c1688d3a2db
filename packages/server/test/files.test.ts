import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { startTestApp, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';

let db: Awaited<ReturnType<typeof createTestDb>>;
let app: Awaited<ReturnType<typeof startTestApp>>;
let c: TestClient;

beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 120, asOf: '2026-11-25', withPayments: false });
  app = await startTestApp(db);
  c = app.client();
  await c.login('viewer@raty.demo');
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const SEARCH = `query($s: String, $first: Int, $after: String) {
  debtorFiles(filter: { search: $s }, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayNumber receivableKind { code } parties { role party { displayName nationalId } } } }
  }
}`;
type SearchData = {
  debtorFiles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; displayNumber: string; receivableKind: { code: string }; parties: { role: string; party: { displayName: string; nationalId: string } }[] } }[];
  };
};

describe('debtor-file search', () => {
  it('finds a file by "KIND NUMBER" and by number alone', async () => {
    const [f] = await db.sql`select f.number, k.code from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id order by k.code, f.number limit 1 offset 7`;
    const byBoth = await c.gql<SearchData>(SEARCH, { s: `${f.code} ${f.number}` });
    expect(byBoth.data!.debtorFiles.edges.map((e) => e.node.displayNumber)).toEqual([`${f.code} ${f.number}`]);
    const byNumber = await c.gql<SearchData>(SEARCH, { s: String(f.number) });
    const expected = await db.sql`select count(*)::int as n from debtor_files where number = ${f.number}`;
    expect(byNumber.data!.debtorFiles.totalCount).toBe(expected[0].n);
    expect(byNumber.data!.debtorFiles.edges.map((e) => e.node.displayNumber)).toContain(`${f.code} ${f.number}`);
  });

  it('finds files by a debtor national id (any role) and by name, case-insensitively', async () => {
    const [p] = await db.sql`select p.national_id, p.last_name, p.first_name, fp.file_id from parties p join file_parties fp on fp.party_id = p.id where fp.role = 'CO_BORROWER' limit 1`;
    const byId = await c.gql<SearchData>(SEARCH, { s: p.national_id });
    expect(byId.data!.debtorFiles.edges.map((e) => e.node.id)).toContain(p.file_id);
    for (const e of byId.data!.debtorFiles.edges) expect(e.node.parties.map((x) => x.party.nationalId)).toContain(p.national_id);
    const byName = await c.gql<SearchData>(SEARCH, { s: `${p.first_name.toUpperCase()} ${p.last_name.toLowerCase()}`, first: 200 });
    expect(byName.data!.debtorFiles.edges.map((e) => e.node.id)).toContain(p.file_id);
    for (const e of byName.data!.debtorFiles.edges) {
      expect(e.node.parties.some((x) => x.party.displayName.toLowerCase().includes(p.last_name.toLowerCase()))).toBe(true);
    }
  });

  it('pages with keyset cursors through every file exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r: { data: SearchData | null } = await c.gql<SearchData>(SEARCH, { first: 50, after });
      const conn: SearchData['debtorFiles'] = r.data!.debtorFiles;
      expect(conn.totalCount).toBe(120);
      seen.push(...conn.edges.map((e) => e.node.id));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
    const sorted = [...seen];
    expect(seen).toEqual(sorted);
  });

  it('rejects bad paging arguments with the field named', async () => {
    const r = await c.gql(SEARCH, { first: 5000 });
    expect(r.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'first', rule: 'page.size' });
    const bad = await c.gql(SEARCH, { after: 'garbage' });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'after', rule: 'cursor.invalid' });
  });

  it('returns one file with its parties in role order; unknown id → null', async () => {
    const [f] = await db.sql`select file_id from file_parties group by file_id having count(*) >= 2 limit 1`;
    const r = await c.gql<{ debtorFile: { parties: { role: string }[] } }>(`query($id: ID!) { debtorFile(id: $id) { displayNumber parties { role party { displayName departed smsConsent } } } }`, {
      id: f.file_id,
    });
    const roles = r.data!.debtorFile.parties.map((p) => p.role);
    expect(roles[0]).toBe('BORROWER');
    expect(roles.length).toBeGreaterThanOrEqual(2);
    const none = await c.gql(`{ debtorFile(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(none.data).toEqual({ debtorFile: null });
  });

  it('requires a staff login', async () => {
    const r = await app.client().gql(SEARCH, {});
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
