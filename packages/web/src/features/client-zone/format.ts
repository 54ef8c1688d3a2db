// Display formatting for the client zone. Money stays a decimal string end to end (never a JS number).
import type { Language } from '../../shared/i18n/i18n';

const NBSP = '\u00a0';

function groupThousands(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "1234.5" → "1 234,50" (pl) / "1,234.50" (en); unreadable input is returned as sent. */
export function formatDecimal(value: string | null | undefined, lang: Language, scale = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, intRaw, fracRaw = ''] = m;
  const int = intRaw.replace(/^0+(?=\d)/, '');
  const frac = (fracRaw + '0'.repeat(scale)).slice(0, Math.max(scale, fracRaw.replace(/0+$/, '').length));
  const grouped = groupThousands(int, lang === 'pl' ? NBSP : ',');
  const dec = lang === 'pl' ? ',' : '.';
  return `${sign}${grouped}${frac ? dec + frac : ''}`;
}

const SYMBOLS: Record<string, { pl: string; en: string }> = {
  PLN: { pl: 'zł', en: 'PLN' },
  EUR: { pl: '€', en: 'EUR' },
};

/** "1234.56", "PLN" → "1 234,56 zł" (pl) / "1,234.56 PLN" (en). */
export function formatMoney(value: string | null | undefined, currency: string, lang: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  const symbol = SYMBOLS[currency]?.[lang] ?? currency;
  return `${formatDecimal(value, lang)}${NBSP}${symbol}`;
}

/** Percent p.a.: "5" → "5,00%" (pl) / "5.00%" (en). */
export function formatPercent(value: string | null | undefined, lang: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${formatDecimal(value, lang)}${NBSP}%`;
}

/** Calendar date "YYYY-MM-DD" → "DD.MM.YYYY" (pl) / "DD/MM/YYYY" (en). */
export function formatDate(value: string | null | undefined, lang: Language): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  return lang === 'pl' ? `${d}.${mo}.${y}` : `${d}/${mo}/${y}`;
}

/** An ISO timestamp in the browser's time zone: "25.11.2026 09:15". */
export function formatDateTime(value: string | null | undefined, lang: Language): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = lang === 'pl' ? `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}` : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Polish NRB (26 digits) in groups: "61 8384 0009 5017 8984 1337 8713"; IBANs with a country prefix in fours. */
export function formatAccount(value: string | null | undefined): string {
  if (!value) return '—';
  const compact = value.replace(/\s+/g, '');
  if (/^\d{26}$/.test(compact)) return `${compact.slice(0, 2)} ${compact.slice(2).replace(/(\d{4})(?=\d)/g, '$1 ')}`;
  if (/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  return value;
}

/** Decimal string → a value for an amount input ("1234.50" → "1234,50" in Polish). */
export function toInputAmount(value: string | null | undefined, lang: Language): string {
  if (!value) return '';
  return lang === 'pl' ? value.replace('.', ',') : value;
}

/** What the borrower typed ("1 234,5") → the API's decimal string ("1234.5"); spaces and NBSPs dropped. */
export function fromInputAmount(value: string): string {
  return value.replace(/[\s\u00a0]/g, '').replace(',', '.');
}

/** Whether a decimal string is greater than zero (without turning money into a JS number). */
export function isPositive(value: string | null | undefined): boolean {
  return !!value && !value.trim().startsWith('-') && /[1-9]/.test(value);
}
