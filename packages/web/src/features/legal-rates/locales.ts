// Strings of the legal-rates screen, registered under `legalRates.*` at module load.
import { i18n } from '../../shared/i18n/i18n';
import { registerValidationRules } from '../../shared/i18n/validationRules';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

const pl = {
  title: 'Stopy ustawowe',
  intro:
    'Stopa referencyjna NBP i wzory odsetek maksymalnych (art. 359 §2¹ KC) oraz maksymalnych odsetek za opóźnienie (art. 481 §2¹ KC); limity SK (RPMN, odplata). Historia nie jest nadpisywana: korekta to nowy wiersz z uzasadnieniem.',
  today: 'Obowiązujące w dniu',
  checkDate: 'Sprawdź na dzień',
  reference: 'Stopa referencyjna NBP',
  maxInterest: 'Odsetki maksymalne',
  maxLateInterest: 'Maksymalne odsetki za opóźnienie',
  since: 'od {{date}}',
  stale: 'Tabela stóp referencyjnych nie ma wpisu od {{days}} dni (ostatni: {{date}}). Sprawdź komunikaty NBP.',
  kinds: {
    NBP_REFERENCE: 'Stopa referencyjna NBP',
    PL_MAX_INTEREST_FORMULA: 'Wzór odsetek maksymalnych',
    PL_MAX_LATE_INTEREST_FORMULA: 'Wzór maksymalnych odsetek za opóźnienie',
    SK_MAX_RPMN: 'SK: maksymalne RPMN',
    SK_MAX_ODPLATA: 'SK: maksymalna odplata',
  },
  sk: {
    title: 'Limity SK (RPMN, odplata)',
    intro:
      'Maksymalne RPMN i maksymalna odplata dla umów słowackich, obowiązujące od podanej daty; umowa jest sprawdzana z wierszem obowiązującym w dniu podpisania albo przeliczenia (wg typu umowy).',
  },
  table: {
    caption: 'Historia stóp ustawowych',
    kind: 'Rodzaj',
    validFrom: 'Obowiązuje od',
    value: 'Wartość',
    source: 'Źródło',
    reason: 'Uzasadnienie korekty',
    status: 'Stan',
    current: 'obowiązuje',
    superseded: 'zastąpiony',
    withdrawn: 'wycofany',
    created: 'Wprowadzono',
    formula: '{{multiplier}} × (stopa referencyjna + {{spread}} pp)',
  },
  add: {
    title: 'Dodaj wiersz',
    kind: 'Rodzaj',
    validFrom: 'Obowiązuje od',
    value: 'Stopa (%)',
    capValue: 'Limit (%)',
    multiplier: 'Mnożnik',
    spread: 'Marża (pp)',
    source: 'Źródło (np. komunikat NBP)',
    reason: 'Uzasadnienie (wymagane przy korekcie istniejącej daty)',
    submit: 'Dodaj',
    saved: 'Zapisano wiersz z {{date}}.',
    adminOnly: 'Wiersze może dodawać tylko administrator.',
  },
  stalePeriod: {
    title: 'Ostrzeżenie na pulpicie',
    days: 'Ostrzegaj po tylu dniach bez wpisu',
    save: 'Zapisz',
  },
  audit: {
    title: 'Dziennik zmian',
    caption: 'Dziennik zmian stóp ustawowych',
    at: 'Kiedy',
    action: 'Akcja',
    what: 'Zmiana',
    empty: 'Brak zmian.',
  },
};

const en: Widen<typeof pl> = {
  title: 'Legal rates',
  intro:
    'The NBP reference rate and the formulas of the maximum interest (art. 359 §2¹ KC) and the maximum late interest (art. 481 §2¹ KC); SK caps (RPMN, Odplata). History is never overwritten: a correction is a new row with a reason.',
  today: 'In force on',
  checkDate: 'Check on date',
  reference: 'NBP reference rate',
  maxInterest: 'Maximum interest',
  maxLateInterest: 'Maximum late interest',
  since: 'since {{date}}',
  stale: 'The reference-rate table has had no entry for {{days}} days (last: {{date}}). Check the NBP announcements.',
  kinds: {
    NBP_REFERENCE: 'NBP reference rate',
    PL_MAX_INTEREST_FORMULA: 'Maximum interest formula',
    PL_MAX_LATE_INTEREST_FORMULA: 'Maximum late interest formula',
    SK_MAX_RPMN: 'SK: maximum RPMN',
    SK_MAX_ODPLATA: 'SK: maximum Odplata',
  },
  sk: {
    title: 'SK caps (RPMN, Odplata)',
    intro:
      'Maximum RPMN and maximum Odplata of Slovak contracts, in force from the given date; a contract is checked against the row in force on its signature or recalculation date (per contract type).',
  },
  table: {
    caption: 'Legal rates history',
    kind: 'Kind',
    validFrom: 'In force from',
    value: 'Value',
    source: 'Source',
    reason: 'Correction reason',
    status: 'Status',
    current: 'in force',
    superseded: 'superseded',
    withdrawn: 'withdrawn',
    created: 'Recorded',
    formula: '{{multiplier}} × (reference rate + {{spread}} pp)',
  },
  add: {
    title: 'Add a row',
    kind: 'Kind',
    validFrom: 'In force from',
    value: 'Rate (%)',
    capValue: 'Cap (%)',
    multiplier: 'Multiplier',
    spread: 'Spread (pp)',
    source: 'Source (e.g. the NBP announcement)',
    reason: 'Reason (required when correcting an existing date)',
    submit: 'Add',
    saved: 'Saved the row from {{date}}.',
    adminOnly: 'Only an administrator can add rows.',
  },
  stalePeriod: {
    title: 'Dashboard warning',
    days: 'Warn after this many days without an entry',
    save: 'Save',
  },
  audit: {
    title: 'Change log',
    caption: 'Legal rates change log',
    at: 'When',
    action: 'Action',
    what: 'Change',
    empty: 'No changes.',
  },
};

i18n.addResourceBundle('pl', 'translation', { legalRates: pl }, true, false);
i18n.addResourceBundle('en', 'translation', { legalRates: en }, true, false);

registerValidationRules('pl', {
  'legalRates.valueRequired': 'Podaj wartość w procentach (np. 3,75).',
  'legalRates.multiplierRequired': 'Podaj mnożnik (np. 2).',
  'legalRates.spreadRequired': 'Podaj marżę w punktach procentowych (np. 3,5).',
  'legalRates.correctionReason': 'Wiersz z tą datą już istnieje — korekta wymaga uzasadnienia.',
  'legalRates.nothingToWithdraw': 'Nie ma wiersza z tą datą do wycofania.',
  'legalRates.noReferenceRate': 'Brak stopy referencyjnej na ten dzień.',
});
registerValidationRules('en', {
  'legalRates.valueRequired': 'Enter the value in percent (e.g. 3.75).',
  'legalRates.multiplierRequired': 'Enter the multiplier (e.g. 2).',
  'legalRates.spreadRequired': 'Enter the spread in percentage points (e.g. 3.5).',
  'legalRates.correctionReason': 'A row with this date exists — a correction needs a reason.',
  'legalRates.nothingToWithdraw': 'There is no row with this date to withdraw.',
  'legalRates.noReferenceRate': 'No reference rate on that date.',
});
