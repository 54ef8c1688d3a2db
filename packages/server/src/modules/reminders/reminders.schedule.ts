/** The daily schedule of the reminder jobs (pg-boss cron, wall clock in Europe/Warsaw; the rules read the business date). */
export const REMINDER_SCHEDULE = {
  timezone: 'Europe/Warsaw',
  UPCOMING: { cron: '0 8 * * *', hour: 8, minute: 0 },
  SK_DELAY: { cron: '5 8 * * *', hour: 8, minute: 5 },
} as const;

/** Offset of `tz` from UTC at `at`, in minutes (Intl, no tz database of our own). */
function tzOffsetMinutes(at: Date, tz: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - at.getTime()) / 60000);
}

/**
 * The next time a daily job at hour:minute (in `tz`) fires after `now` — the scheduler's wall clock (this is when the
 * job runs, not a business rule; the run itself reads the business date).
 */
export function nextDailyRun(hour: number, minute: number, tz: string, now: Date): Date {
  for (let d = 0; d < 3; d++) {
    const probe = new Date(now.getTime() + d * 86_400_000);
    const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(probe);
    const [y, m, day] = ymd.split('-').map(Number);
    const guess = Date.UTC(y, m - 1, day, hour, minute);
    const at = new Date(guess - tzOffsetMinutes(new Date(guess), tz) * 60000);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('no next run found');
}
