import type { Logger } from 'pino';
import type { Sql } from '../../db/client.js';
import { registerCronJob } from '../../jobs/queue.js';
import { businessDate } from '../../lib/business-date.js';
import { checkCasesInForce } from './forbearance.service.js';

const QUEUE = 'forbearance-daily';

/** The daily check of the measures in force (broken beyond the grace / completed), 02:30 Europe/Warsaw, for the business date. */
export async function registerForbearanceDaily(sql: Sql, log: Logger): Promise<void> {
  await registerCronJob(
    QUEUE,
    '30 2 * * *',
    async () => {
      const r = await checkCasesInForce(sql, businessDate());
      if (r.broken.length || r.completed.length) log.info({ broken: r.broken.length, completed: r.completed.length }, 'forbearance cases checked');
    },
    { retryLimit: 2, retryDelay: 60, expireInSeconds: 1800, tz: 'Europe/Warsaw' },
  );
}
