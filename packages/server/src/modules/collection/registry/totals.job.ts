import type { Logger } from 'pino';
import type { SqlHandle } from '../../../db/client.js';
import { registerCronJob } from '../../../jobs/queue.js';
import { compactNoticeTotals } from './registry.service.js';

const NOTICE_TOTALS_QUEUE = 'collection.notice-totals-compact';
/** Every minute (pg-boss cron granularity). */
const NOTICE_TOTALS_CRON = '* * * * *';

/**
 * Folds the registry totals' deltas into the rollup every minute (docs/performance.md "Registry search"). Readers are
 * exact without it (they sum the rollup and the deltas); it only keeps the delta table short.
 */
export async function registerNoticeTotalsCompaction(sql: SqlHandle, log: Logger): Promise<void> {
  await registerCronJob(
    NOTICE_TOTALS_QUEUE,
    NOTICE_TOTALS_CRON,
    async () => {
      const folded = await compactNoticeTotals(sql);
      if (folded) log.debug({ folded }, 'notice totals compacted');
    },
    { retryLimit: 1, retryDelay: 30, expireInSeconds: 300 },
  );
}
