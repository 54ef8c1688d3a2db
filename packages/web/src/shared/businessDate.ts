// The lender's business date ("today" of every rule), as the server reports it on the signed-in user. Screens default
// their dates to it, so a pinned RATY_TODAY (demos, tests) means the same day on screen as in the rules. Before the
// first answer (or in the client zone) it falls back to the browser's calendar day.
let fromServer: string | null = null;

export function setBusinessDate(date: string | null | undefined): void {
  fromServer = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** Today as "YYYY-MM-DD": the server's business date when known, else the browser's calendar day. */
function businessToday(): string {
  if (fromServer) return fromServer;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today ("YYYY-MM-DD"): the lender's business date (see businessToday). */
export function todayIso(): string {
  return businessToday();
}

/** "YYYY-MM-DD" shifted by `days` (calendar arithmetic in UTC, no time zone involved). */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}
