/**
 * CSV/XLSX dialects of the registry export (issue 26, docs/collection.md "Export"):
 * - `excel` (default): what Polish / Slovak Excel opens in columns — UTF-8 with BOM, `;` separator, decimal comma,
 *   local date-times (Europe/Warsaw), headers and code values (channel, statuses, reason) in the user's language;
 * - `machine`: for integrations — no BOM, `,` separator, dot decimals, UTC ISO date-times, snake_case headers, raw codes.
 * XLSX keeps numbers and dates typed in both; only its headers and code values follow the language.
 */
export type ExportDialect = 'excel' | 'machine';
export type ExportLanguage = 'pl' | 'sk' | 'en';
export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['pl', 'sk', 'en'];

type ColumnKey =
  | 'id'
  | 'file'
  | 'kindCode'
  | 'fileNumber'
  | 'addressee'
  | 'address'
  | 'phone'
  | 'email'
  | 'subject'
  | 'smsConsent'
  | 'reason'
  | 'channel'
  | 'createdOn'
  | 'promiseDate'
  | 'sentAt'
  | 'sendStatus'
  | 'deliveryStatus'
  | 'settlementStatus'
  | 'currency'
  | 'overdue'
  | 'future'
  | 'overpayment'
  | 'total'
  | 'template'
  | 'createdBy'
  | 'note'
  | 'text';

const HEADERS: Record<Exclude<ExportLanguage, 'en'> | 'en', Record<ColumnKey, string>> = {
  pl: {
    id: 'Identyfikator',
    file: 'Teczka',
    kindCode: 'Rodzaj należności',
    fileNumber: 'Numer teczki',
    addressee: 'Adresat',
    address: 'Adres',
    phone: 'Telefon',
    email: 'E-mail',
    subject: 'Temat e-maila',
    smsConsent: 'Zgoda SMS',
    reason: 'Przyczyna kontaktu',
    channel: 'Rodzaj powiadomienia',
    createdOn: 'Data utworzenia',
    promiseDate: 'Data obietnicy zapłaty',
    sentAt: 'Data wysłania',
    sendStatus: 'Status wysłania',
    deliveryStatus: 'Status doręczenia',
    settlementStatus: 'Status realizacji zobowiązania',
    currency: 'Waluta',
    overdue: 'Saldo zaległe',
    future: 'Saldo przyszłe',
    overpayment: 'Nadpłata',
    total: 'Kwota łączna',
    template: 'Szablon',
    createdBy: 'Utworzył',
    note: 'Uwagi',
    text: 'Treść',
  },
  sk: {
    id: 'Identifikátor',
    file: 'Spis',
    kindCode: 'Druh pohľadávky',
    fileNumber: 'Číslo spisu',
    addressee: 'Adresát',
    address: 'Adresa',
    phone: 'Telefón',
    email: 'E-mail',
    subject: 'Predmet e-mailu',
    smsConsent: 'Súhlas SMS',
    reason: 'Dôvod kontaktu',
    channel: 'Druh oznámenia',
    createdOn: 'Dátum vytvorenia',
    promiseDate: 'Dátum prísľubu platby',
    sentAt: 'Dátum odoslania',
    sendStatus: 'Stav odoslania',
    deliveryStatus: 'Stav doručenia',
    settlementStatus: 'Stav splnenia záväzku',
    currency: 'Mena',
    overdue: 'Zostatok po splatnosti',
    future: 'Budúci zostatok',
    overpayment: 'Preplatok',
    total: 'Celková suma',
    template: 'Šablóna',
    createdBy: 'Vytvoril',
    note: 'Poznámka',
    text: 'Text',
  },
  en: {
    id: 'Id',
    file: 'File',
    kindCode: 'Receivable kind',
    fileNumber: 'File number',
    addressee: 'Addressee',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    subject: 'E-mail subject',
    smsConsent: 'SMS consent',
    reason: 'Contact reason',
    channel: 'Channel',
    createdOn: 'Created on',
    promiseDate: 'Promise-to-pay date',
    sentAt: 'Sent at',
    sendStatus: 'Send status',
    deliveryStatus: 'Delivery status',
    settlementStatus: 'Settlement status',
    currency: 'Currency',
    overdue: 'Overdue balance',
    future: 'Future balance',
    overpayment: 'Overpayment',
    total: 'Total amount',
    template: 'Template',
    createdBy: 'Created by',
    note: 'Note',
    text: 'Text',
  },
};

type CodeColumn = 'smsConsent' | 'reason' | 'channel' | 'sendStatus' | 'deliveryStatus' | 'settlementStatus';

/** Labels of the code values (the SPA's labels, web/src/features/notices/locales.ts); an unknown code stays as is. */
const VALUES: Record<ExportLanguage, Record<CodeColumn, Record<string, string>>> = {
  pl: {
    smsConsent: { Y: 'Tak', N: 'Nie' },
    reason: { OVERDUE: 'W sprawie zaległości', UPCOMING: 'W sprawie nadchodzących płatności', OTHER: 'Inna' },
    channel: { SMS: 'SMS', EXTERNAL_SMS: 'SMS zewnętrzny', PHONE_CALL: 'Rozmowa telefoniczna', EMAIL: 'E-mail' },
    sendStatus: { DRAFT: 'Niewysłane', QUEUED: 'W kolejce', SENDING: 'Wysyłanie', SENT: 'Wysłane', FAILED: 'Błąd wysyłki', BOUNCED: 'Odbity (zwrot)' },
    deliveryStatus: {
      QUEUE: 'W kolejce operatora',
      ACCEPTED: 'Przyjęta',
      SENT: 'Wysłana',
      DELIVERED: 'Dostarczona',
      UNDELIVERED: 'Niedostarczona',
      FAILED: 'Nieudana',
      REJECTED: 'Odrzucona',
      EXPIRED: 'Wygasła',
      UNKNOWN: 'Nieznany',
      NOT_FOUND: 'Nie znaleziono',
      RENEWAL: 'Ponawiana',
      STOP: 'Zatrzymana',
    },
    settlementStatus: { SETTLED: 'Uregulowane w całości', PARTIALLY_SETTLED: 'Uregulowane w części', UNSETTLED: 'Nieuregulowane' },
  },
  sk: {
    smsConsent: { Y: 'Áno', N: 'Nie' },
    reason: { OVERDUE: 'Vo veci omeškania', UPCOMING: 'Vo veci nadchádzajúcich platieb', OTHER: 'Iný' },
    channel: { SMS: 'SMS', EXTERNAL_SMS: 'Externá SMS', PHONE_CALL: 'Telefonický hovor', EMAIL: 'E-mail' },
    sendStatus: { DRAFT: 'Neodoslané', QUEUED: 'V poradí', SENDING: 'Odosiela sa', SENT: 'Odoslané', FAILED: 'Chyba odoslania', BOUNCED: 'Vrátený (nedoručiteľný)' },
    deliveryStatus: {
      QUEUE: 'V poradí operátora',
      ACCEPTED: 'Prijatá',
      SENT: 'Odoslaná',
      DELIVERED: 'Doručená',
      UNDELIVERED: 'Nedoručená',
      FAILED: 'Neúspešná',
      REJECTED: 'Odmietnutá',
      EXPIRED: 'Expirovaná',
      UNKNOWN: 'Neznámy',
      NOT_FOUND: 'Nenájdená',
      RENEWAL: 'Opakovaná',
      STOP: 'Zastavená',
    },
    settlementStatus: { SETTLED: 'Uhradené v plnej výške', PARTIALLY_SETTLED: 'Uhradené čiastočne', UNSETTLED: 'Neuhradené' },
  },
  en: {
    smsConsent: { Y: 'Yes', N: 'No' },
    reason: { OVERDUE: 'Arrears', UPCOMING: 'Upcoming payments', OTHER: 'Other' },
    channel: { SMS: 'SMS', EXTERNAL_SMS: 'External SMS', PHONE_CALL: 'Phone call', EMAIL: 'E-mail' },
    sendStatus: { DRAFT: 'Not sent', QUEUED: 'Queued', SENDING: 'Sending', SENT: 'Sent', FAILED: 'Send failed', BOUNCED: 'Bounced' },
    deliveryStatus: {
      QUEUE: 'Queued at the operator',
      ACCEPTED: 'Accepted',
      SENT: 'Sent',
      DELIVERED: 'Delivered',
      UNDELIVERED: 'Undelivered',
      FAILED: 'Failed',
      REJECTED: 'Rejected',
      EXPIRED: 'Expired',
      UNKNOWN: 'Unknown',
      NOT_FOUND: 'Not found',
      RENEWAL: 'Retrying',
      STOP: 'Stopped',
    },
    settlementStatus: { SETTLED: 'Settled in full', PARTIALLY_SETTLED: 'Partially settled', UNSETTLED: 'Unsettled' },
  },
};

/** The header of a column in a language. */
export function exportHeader(lang: ExportLanguage, key: string): string {
  return HEADERS[lang][key as ColumnKey] ?? key;
}

/** A code value (channel, status, …) in a language; other columns and unknown codes unchanged. */
export function exportValue(lang: ExportLanguage, key: string, v: string | null): string | null {
  if (v === null) return null;
  const labels = (VALUES[lang] as Record<string, Record<string, string> | undefined>)[key];
  return labels?.[v] ?? v;
}

const LOCAL_DATETIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Excel dialect date-time: "2026-11-25 14:03:05", local time of Poland / Slovakia (one time zone). */
export function localDateTime(d: Date): string {
  return LOCAL_DATETIME.format(d);
}
