import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { ensureDatabase, dropDatabase } from '../../src/db/admin.js';
import { connect, type DbHandle } from '../../src/db/client.js';

/** A fresh database cloned from the migrated template: real PostgreSQL, isolated per test file. */
export async function createTestDb(): Promise<DbHandle & { url: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name, 'raty_template');
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const handle = connect(url, { max: 10 });
  return {
    ...handle,
    url,
    name,
    drop: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}
