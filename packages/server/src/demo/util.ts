/** Date and id helpers of the demo data (no imports from the other demo files: they all use these). */
import type { Rng } from '@raty/domain';

/** Deterministic UUID (v4 layout) from the generator, so the demo data are reproducible. */
export function rngUuid(rng: Rng): string {
  const h = () =>
    Math.floor(rng() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  const a = h() + h();
  const b = h();
  const c = '4' + h().slice(1);
  const d = (8 + Math.floor(rng() * 4)).toString(16) + h().slice(1);
  const e = h() + h() + h();
  return `${a}-${b}-${c}-${d}-${e}`;
}

export function addMonthsIso(date: string, months: number, day?: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const dim = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const nd = Math.min(day ?? d, dim);
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function addDaysIso(date: string, days: number): string {
  const t = Date.parse(date + 'T00:00:00Z') + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
