import type { Language } from '../i18n/i18n';

/**
 * Formats a decimal string from the API ("1450.00", "15.8000") without converting it to a JS number: thousands
 * grouped, the language's decimal separator, trailing zeros kept down to `minDecimals` (2 for money, 2 for rates).
 */
export function formatDecimal(value: string | null | undefined, lang: Language, minDecimals = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, int, frac = ''] = m;
  let f = frac.replace(/0+$/, '');
  if (f.length < minDecimals) f = f.padEnd(minDecimals, '0');
  const sep = lang === 'pl' ? '\u00a0' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${sign}${grouped}${f ? (lang === 'pl' ? ',' : '.') + f : ''}`;
}

/** A money amount with its currency ("1 450,00 EUR"). */
export function formatMoney(value: string | null | undefined, currency: string, lang: Language): string {
  return value === null || value === undefined ? '—' : `${formatDecimal(value, lang, 2)} ${currency}`;
}

/** A rate in percent ("15,80 %"). */
export function formatPercent(value: string | null | undefined, lang: Language): string {
  return value === null || value === undefined ? '—' : `${formatDecimal(value, lang, 2)} %`;
}

/** A timestamp in the language's format (date and time, local time zone). */
export function formatTimestamp(value: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}
