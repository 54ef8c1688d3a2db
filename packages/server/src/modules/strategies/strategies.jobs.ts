import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client.js';
import { businessDate } from '../../lib/business-date.js';
import { registerCronJob } from '../../jobs/queue.js';
import { runStrategies } from './strategies.run.js';

const STRATEGIES_QUEUE = 'collection.strategies-daily';

/**
 * The strategies' daily run (issue 31) — one cron instead of the two reminder crons it replaced: 08:00 Europe/Warsaw,
 * after the daily tick (02:00) and at the start of the contact window, for the business date. The reminder steps
 * (UPCOMING, SK_DELAY) of the default strategies run inside it.
 */
export async function registerStrategyJobs(db: DbHandle, log: Logger): Promise<void> {
  await registerCronJob(STRATEGIES_QUEUE, '0 8 * * *', () => runStrategies({ sql: db.sql, db: db.db, log }, businessDate(), { trigger: 'SCHEDULE' }), {
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 3600,
    tz: 'Europe/Warsaw',
  });
}
