/**
 * The business date ("today") of the lender: the calendar date in Europe/Warsaw (Bratislava shares the zone).
 * RATY_TODAY=YYYY-MM-DD pins it (demos, tests). Domain code never reads the clock: callers pass this date in.
 */
export function businessDate(now: Date = new Date()): string {
  const pinned = process.env.RATY_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
