import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from './support/db.js';
import { createDemoData } from '../src/demo/index.js';
import { activeHolds, clearHold, noActiveHold, placeHold } from '../src/modules/collection/index.js';

const AS_OF = '2026-03-15';
let db: Awaited<ReturnType<typeof createTestDb>>;
let files: string[];
beforeAll(async () => {
  db = await createTestDb();
  await createDemoData(db, { files: 5, asOf: AS_OF, withPayments: false });
  files = (await db.sql`select id from debtor_files order by number`).map((r) => r.id as string);
}, 120_000);
afterAll(async () => db?.drop());

describe('collection holds (issues 31, 32)', () => {
  it('a hold takes the file out of set-based selections until it is cleared; a source holds once', async () => {
    const [a, b] = files as [string, string];
    const kept = async () => (await db.sql`select f.id from debtor_files f where ${noActiveHold(db.sql, db.sql`f.id`)}`).map((r) => r.id as string);
    expect(await kept()).toContain(a);

    const src = '00000000-0000-4000-8000-000000000001';
    const h1 = await placeHold(db.sql, { fileId: a, reason: 'FORBEARANCE', sourceId: src, since: AS_OF, by: null });
    const h2 = await placeHold(db.sql, { fileId: a, reason: 'FORBEARANCE', sourceId: src, since: AS_OF, by: null });
    expect(h2.id).toBe(h1.id);
    await placeHold(db.sql, { fileId: b, reason: 'DISPUTE', note: 'kwestionuje kwotę', since: AS_OF, by: null });

    expect(await kept()).not.toContain(a);
    expect(await kept()).not.toContain(b);
    expect((await activeHolds(db.sql, [a, b])).map((h) => [h.fileId, h.reason])).toEqual(
      expect.arrayContaining([
        [a, 'FORBEARANCE'],
        [b, 'DISPUTE'],
      ]),
    );

    expect(await clearHold(db.sql, { sourceId: src }, '2026-03-20', null)).toBe(1);
    expect(await clearHold(db.sql, { sourceId: src }, '2026-03-20', null)).toBe(0);
    expect(await kept()).toContain(a);
    expect(await kept()).not.toContain(b);
    const [cleared] = await db.sql`select cleared_on::text from collection_holds where id = ${h1.id}`;
    expect(cleared!.cleared_on).toBe('2026-03-20');
  });

  it('refuses an unknown reason (the table guards it)', async () => {
    await expect(db.sql`insert into collection_holds (file_id, reason, since) values (${files[0]!}, 'WHATEVER', ${AS_OF})`).rejects.toThrow(/collection_holds_reason_ck/);
  });
});
