import { createTestDb } from './support/db.js';
import { startTestApp, makeClient, type TestClient } from './support/app.js';
import { createDemoData } from '../src/demo/index.js';

export const AS_OF = '2026-11-25';

/** A seeded database with soft collection switched on, the app, and clients for the editor and the viewer. */
export async function collectionEnv(opts: { files?: number; withPayments?: boolean; active?: boolean } = {}) {
  process.env.RATY_TODAY = AS_OF;
  const db = await createTestDb();
  await createDemoData(db, { files: opts.files ?? 60, asOf: AS_OF, withPayments: opts.withPayments ?? false });
  if (opts.active !== false) await db.sql`insert into feature_switches (key, enabled) values ('SOFT_COLLECTION', true) on conflict (key) do update set enabled = true`;
  const app = await startTestApp(db);
  const editor = app.client();
  await editor.login('collector@raty.demo');
  const viewer = app.client();
  await viewer.login('viewer@raty.demo');
  const anon: TestClient = makeClient(app.url);
  return {
    db,
    app,
    editor,
    viewer,
    anon,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export type CollectionEnv = Awaited<ReturnType<typeof collectionEnv>>;

export function fieldsOf(r: { errors?: { extensions?: { fields?: { field: string; rule: string; message: string; params?: Record<string, unknown> }[] } }[] }) {
  return r.errors?.[0]?.extensions?.fields ?? [];
}
