// Strings of the dictionaries screen, registered under `dictionaries.*` at module load.
import { i18n } from '../../shared/i18n/i18n';
import { registerValidationRules } from '../../shared/i18n/validationRules';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const pl = {
  title: 'Słowniki',
  tabs: { kinds: 'Rodzaje należności', contractTypes: 'Typy umów', sellingChannels: 'Kanały sprzedaży' },
  code: 'Kod',
  name: 'Nazwa',
  actions: 'Akcje',
  edit: 'Edytuj',
  editFor: 'Edytuj {{name}}',
  save: 'Zapisz',
  cancel: 'Anuluj',
  empty: 'Słownik jest pusty.',
  unchanged: '(bez zmian)',
  default: 'domyślnie: {{value}}',
  kinds: {
    add: 'Dodaj rodzaj należności',
    editTitle: 'Rodzaj należności {{code}}',
    currency: 'Waluta',
    dayCount: 'Konwencja dni',
    method: 'Metoda spłaty',
    ANNUITY: 'Raty równe (annuitet)',
    EQUAL_PRINCIPAL: 'Raty malejące',
  },
  ct: {
    add: 'Dodaj typ umowy',
    editTitle: 'Typ umowy {{code}}',
    sections: 'Sekcje typu umowy',
    general: 'Ogólne',
    frontend: 'Frontend',
    country: 'Kraj',
    kind: 'Rodzaj należności',
    deferralMonths: 'Karencja (miesiące)',
    rateCalculatedBy: 'Oprocentowanie i RRSO liczy',
    installmentCalculatedBy: 'Ratę liczy',
    sellingChannelRequirement: 'Kanał sprzedaży',
    aprCheckBy: 'Limity RRSO wg daty',
    interestMethod: 'Metoda odsetek',
    fHint: 'Metodę F można wybrać tylko, gdy oprocentowanie liczy frontend partnera (system jej nie oblicza).',
  },
  calculatedBy: { SYSTEM: 'System', FRONTEND: 'Frontend' },
  requirement: { OPTIONAL: 'Opcjonalny', REQUIRED: 'Wymagany' },
  aprCheckBy: { SIGNATURE_DATE: 'Data podpisania', RECALCULATION_DATE: 'Data przeliczenia' },
  interestMethod: { D: 'D', E: 'E', F: 'F (tylko frontend)' },
  ch: {
    add: 'Dodaj kanał sprzedaży',
    editTitle: 'Kanał sprzedaży {{code}}',
    validFrom: 'Ważny od',
    validTo: 'Ważny do',
    validToHint: 'Puste = bezterminowo',
    open: 'bezterminowo',
    status: 'Stan',
    valid: 'Obowiązuje',
    expired: 'Wygasł',
    future: 'Od przyszłej daty',
  },
} as const;

export const en: Widen<typeof pl> = {
  title: 'Dictionaries',
  tabs: { kinds: 'Receivable kinds', contractTypes: 'Contract types', sellingChannels: 'Selling channels' },
  code: 'Code',
  name: 'Name',
  actions: 'Actions',
  edit: 'Edit',
  editFor: 'Edit {{name}}',
  save: 'Save',
  cancel: 'Cancel',
  empty: 'The dictionary is empty.',
  unchanged: '(unchanged)',
  default: 'default: {{value}}',
  kinds: {
    add: 'Add receivable kind',
    editTitle: 'Receivable kind {{code}}',
    currency: 'Currency',
    dayCount: 'Day count',
    method: 'Repayment method',
    ANNUITY: 'Annuity (equal installments)',
    EQUAL_PRINCIPAL: 'Equal principal',
  },
  ct: {
    add: 'Add contract type',
    editTitle: 'Contract type {{code}}',
    sections: 'Contract type sections',
    general: 'General',
    frontend: 'Frontend',
    country: 'Country',
    kind: 'Receivable kind',
    deferralMonths: 'Deferral (months)',
    rateCalculatedBy: 'Rate and APR calculated by',
    installmentCalculatedBy: 'Installment calculated by',
    sellingChannelRequirement: 'Selling channel',
    aprCheckBy: 'APR caps by date',
    interestMethod: 'Interest method',
    fHint: "Method F may be chosen only when the partner's front end calculates the rate (the system never computes it).",
  },
  calculatedBy: { SYSTEM: 'System', FRONTEND: 'Frontend' },
  requirement: { OPTIONAL: 'Optional', REQUIRED: 'Required' },
  aprCheckBy: { SIGNATURE_DATE: 'Signature date', RECALCULATION_DATE: 'Recalculation date' },
  interestMethod: { D: 'D', E: 'E', F: 'F (front end only)' },
  ch: {
    add: 'Add selling channel',
    editTitle: 'Selling channel {{code}}',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    validToHint: 'Empty = open-ended',
    open: 'open-ended',
    status: 'State',
    valid: 'Valid',
    expired: 'Expired',
    future: 'Starts later',
  },
};

const rulesPl = {
  'interestMethod.fRequiresFrontend': 'Metoda F wymaga, by oprocentowanie liczył frontend (FRONTEND).',
  'receivableKind.codeFormat': 'Kod musi zaczynać się literą i zawierać tylko wielkie litery i cyfry.',
  'contractType.noReceivableKind': 'Wskazany rodzaj należności nie istnieje.',
  'currency.format': 'Waluta: trzyliterowy kod ISO 4217 (np. PLN).',
  'integer.format': 'Podaj liczbę całkowitą.',
  'date.format': 'Podaj poprawną datę (RRRR-MM-DD).',
};
const rulesEn: Record<keyof typeof rulesPl, string> = {
  'interestMethod.fRequiresFrontend': 'Method F requires the rate to be calculated by the front end (FRONTEND).',
  'receivableKind.codeFormat': 'The code must start with a letter and contain only capital letters and digits.',
  'contractType.noReceivableKind': 'The receivable kind does not exist.',
  'currency.format': 'Currency: a three-letter ISO 4217 code (e.g. PLN).',
  'integer.format': 'Enter a whole number.',
  'date.format': 'Enter a valid date (YYYY-MM-DD).',
};

i18n.addResourceBundle('pl', 'translation', { dictionaries: pl }, true, true);
i18n.addResourceBundle('en', 'translation', { dictionaries: en }, true, true);
registerValidationRules('pl', rulesPl);
registerValidationRules('en', rulesEn);
