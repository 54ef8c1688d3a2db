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

describe('forgiving search (issue 26)', () => {
  const total = async (s: string) => (await c.gql<SearchData>(SEARCH, { s, first: 200 })).data!.debtorFiles;

  it('ignores diacritics and case: "Kaminski" finds as many files as "Kamiński", and the same ones', async () => {
    const [{ n }] = await db.sql<{ n: number }[]>`
      select count(distinct fp.file_id)::int as n from file_parties fp join parties p on p.id = fp.party_id
      where p.last_name like 'Kamiński%' or p.first_name like 'Kamiński%'`;
    expect(n).toBeGreaterThan(0);
    const withMarks = await total('Kamiński');
    const without = await total('Kaminski');
    const upper = await total('KAMINSKI');
    expect(withMarks.totalCount).toBe(n);
    expect(without.totalCount).toBe(n);
    expect(upper.totalCount).toBe(n);
    expect(without.edges.map((e) => e.node.id)).toEqual(withMarks.edges.map((e) => e.node.id));
    // Ł is folded too (unaccent): "lukasz" finds "Łukasz"
    const [l] = await db.sql<{ first_name: string }[]>`select first_name from parties where first_name like 'Ł%' limit 1`;
    if (l) expect((await total(l.first_name.replace('Ł', 'l'))).totalCount).toBe((await total(l.first_name)).totalCount);
  });

  it('finds a file by its kind code and number with or without a space, in any case ("gok135", "GOK 135", "Gok-135")', async () => {
    const [f] = await db.sql<{ id: string; number: number; code: string }[]>`
      select f.id, f.number, k.code from debtor_files f join receivable_kinds k on k.id = f.receivable_kind_id where f.number >= 10 order by k.code, f.number limit 1`;
    for (const s of [`${f.code.toLowerCase()}${f.number}`, `${f.code} ${f.number}`, `${f.code[0]}${f.code.slice(1).toLowerCase()}-${f.number}`]) {
      const r = await total(s);
      expect(
        r.edges.map((e) => e.node.id),
        s,
      ).toEqual([f.id]);
    }
  });

  it('finds the files of every party whose national id starts with 6 digits (a PESEL prefix)', async () => {
    const [p] = await db.sql<{ national_id: string }[]>`select national_id from parties where country = 'PL' and kind = 'PERSON' and national_id ~ '^[0-9]{11}$' limit 1`;
    const prefix = p.national_id.slice(0, 6);
    const [{ n }] = await db.sql<{ n: number }[]>`
      select count(distinct f.id)::int as n from debtor_files f
      where f.number = ${Number(prefix)} or f.id in (select fp.file_id from file_parties fp join parties q on q.id = fp.party_id where q.national_id like ${prefix + '%'})`;
    const r = await total(prefix);
    expect(r.totalCount).toBe(n);
    expect(r.totalCount).toBeGreaterThan(0);
    for (const e of r.edges) expect(e.node.parties.some((x) => x.party.nationalId?.startsWith(prefix))).toBe(true);
  });

  it('the folded name prefix can use the index of migration 0031', async () => {
    // the demo portfolio is small enough for a sequential scan to win, so the plan is asked for with seqscans disabled
    const plan = await db.sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      return tx.unsafe(`explain select id from parties where raty_fold(last_name) like raty_fold('Kaminski') || '%'`);
    });
    expect(plan.map((r) => String(Object.values(r)[0])).join('\n')).toMatch(/parties_last_name_fold_idx/);
  });
});
