import type { Logger } from 'pino';
import type { DbHandle } from '../../db/client.js';
import { businessDate } from '../../lib/business-date.js';
import { getQueue, registerWorker } from '../../jobs/queue.js';
import { runReminders } from './reminders.service.js';
import { getReminderSettings } from './reminders.settings.js';
import { REMINDER_SCHEDULE } from './reminders.schedule.js';

const UPCOMING_QUEUE = 'reminders-upcoming';
const SK_DELAY_QUEUE = 'reminders-sk-delay';

/** Registers the daily reminder jobs (pg-boss cron, 08:00 Europe/Warsaw) once the queue runs. */
export async function registerReminderJobs(db: DbHandle, log: Logger): Promise<void> {
  await registerWorker(UPCOMING_QUEUE, async () => {
    const s = await getReminderSettings(db.sql);
    if (s.upcomingEnabled) await runReminders({ sql: db.sql, db: db.db, log, requestId: 'job:reminders-upcoming' }, 'UPCOMING', businessDate(), s.upcomingDays, { trigger: 'SCHEDULE' });
  });
  await registerWorker(SK_DELAY_QUEUE, async () => {
    const s = await getReminderSettings(db.sql);
    if (s.skDelayEnabled) await runReminders({ sql: db.sql, db: db.db, log, requestId: 'job:reminders-sk-delay' }, 'SK_DELAY', businessDate(), s.upcomingDays, { trigger: 'SCHEDULE' });
  });
  const boss = getQueue();
  await boss.schedule(UPCOMING_QUEUE, REMINDER_SCHEDULE.UPCOMING.cron, {}, { tz: REMINDER_SCHEDULE.timezone });
  await boss.schedule(SK_DELAY_QUEUE, REMINDER_SCHEDULE.SK_DELAY.cron, {}, { tz: REMINDER_SCHEDULE.timezone });
}
