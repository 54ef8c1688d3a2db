import type { Logger } from 'pino';
import type { SqlHandle } from '../../../db/client.js';
import { registerCronJob } from '../../../jobs/queue.js';
import { pruneFileChanges } from './changes.js';

const FILE_CHANGES_QUEUE = 'collection.file-changes-prune';
/** Every ten minutes. */
const FILE_CHANGES_CRON = '*/10 * * * *';

/**
 * Keeps the mass-generation change log short (docs/performance.md "Mass generation"): rows older than an hour go
 * (a kept preparation lives 30 minutes); a preparation the pruning could affect is prepared again in full.
 */
export async function registerFileChangesPrune(sql: SqlHandle, log: Logger): Promise<void> {
  await registerCronJob(
    FILE_CHANGES_QUEUE,
    FILE_CHANGES_CRON,
    async () => {
      const pruned = await pruneFileChanges(sql);
      if (pruned) log.debug({ pruned }, 'file changes pruned');
    },
    { retryLimit: 1, retryDelay: 60, expireInSeconds: 300 },
  );
}
