// Shared money formatting for staff screens: money stays a decimal string end to end (never a JS number).
import type { Language } from './i18n/i18n';

const NBSP = '\u00a0';

/** "1234.5", "PLN" → "1 234,50 PLN" (pl) / "1,234.50 PLN" (en); unreadable input is returned as sent. */
export function formatMoneyText(value: string | null | undefined, currency: string | null | undefined, lang: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, intRaw, fracRaw = ''] = m;
  const int = intRaw.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'pl' ? NBSP : ',');
  const frac = (fracRaw + '00').slice(0, Math.max(2, fracRaw.length));
  return `${sign}${int}${lang === 'pl' ? ',' : '.'}${frac}${currency ? NBSP + currency : ''}`;
}

/** What a person types ("1 234,50") → the API's decimal string ("1234.50"), or null when it is not an amount. */
export function parseMoneyInput(text: string): string | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(s) ? s : null;
}
