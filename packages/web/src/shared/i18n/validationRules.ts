// Translations of server validation rules (`extensions.fields[].rule`), keyed by the rule id as sent.
// Placeholders `{{name}}` are filled from the error's `params`. Unknown rules fall back to the
// server's English message (see shared/errors/graphqlErrors.ts).
import type { Language } from './i18n';

type RuleDictionary = Readonly<Record<string, string>>;

const pl: RuleDictionary = {
  required: 'To pole jest wymagane.',
  email: 'Podaj poprawny adres e-mail.',
  minLength: 'Minimalna długość to {{min}} znaków.',
  maxLength: 'Maksymalna długość to {{max}} znaków.',
  'string.tooLong': 'Maksymalna długość to {{max}} znaków.',
  length: 'Wymagana długość to {{length}} znaków.',
  min: 'Wartość nie może być mniejsza niż {{min}}.',
  max: 'Wartość nie może być większa niż {{max}}.',
  positive: 'Wartość musi być większa od zera.',
  nonNegative: 'Wartość nie może być ujemna.',
  integer: 'Podaj liczbę całkowitą.',
  decimal: 'Podaj poprawną kwotę (np. 1234,50).',
  'decimal.scale': 'Dozwolone są najwyżej {{scale}} miejsca po przecinku.',
  date: 'Podaj poprawną datę (RRRR-MM-DD).',
  'date.notFuture': 'Data nie może być z przyszłości.',
  'date.notPast': 'Data nie może być z przeszłości.',
  'date.range': 'Data początkowa musi być wcześniejsza niż końcowa.',
  pattern: 'Wartość ma niepoprawny format.',
  oneOf: 'Niedozwolona wartość.',
  unique: 'Taka wartość już istnieje.',
  exists: 'Wskazany obiekt nie istnieje.',
  'pesel.format': 'PESEL musi mieć 11 cyfr.',
  'pesel.length': 'PESEL musi mieć 11 cyfr.',
  'pesel.checksum': 'Niepoprawna suma kontrolna numeru PESEL.',
  'pesel.date': 'PESEL zawiera niepoprawną datę urodzenia.',
  'rodneCislo.format': 'Rodné číslo musi mieć 9 lub 10 cyfr.',
  'rodneCislo.checksum': 'Niepoprawne rodné číslo (suma kontrolna).',
  'nationalId.format': 'Niepoprawny numer identyfikacyjny.',
  'nationalId.checksum': 'Niepoprawna suma kontrolna numeru identyfikacyjnego.',
  'nip.checksum': 'Niepoprawny numer NIP.',
  'iban.format': 'Niepoprawny format numeru rachunku.',
  'iban.checksum': 'Niepoprawna suma kontrolna numeru rachunku.',
  'nrb.checksum': 'Niepoprawna suma kontrolna numeru rachunku (NRB).',
  'phone.mobile': 'To nie jest numer komórkowy.',
  'phone.format': 'Numer telefonu może zawierać tylko cyfry, spacje, myślniki, nawiasy i jeden znak + na początku.',
  'phone.invalid': 'Niepoprawny numer telefonu.',
  'text.controlChar': 'Tekst zawiera niedozwolone znaki (sterujące, zmiany kierunku pisma lub niewidoczne).',
  'phone.country': 'Numer telefonu musi być polski (+48) lub słowacki (+421).',
  'smsConsent.unique': 'Zgodę SMS może mieć tylko jeden numer komórkowy strony.',
  'smsSender.length': 'Nazwa nadawcy może mieć najwyżej 11 znaków.',
  'smsSender.chars': 'Nazwa nadawcy zawiera niedozwolone znaki.',
  'smsSender.letter': 'Nazwa nadawcy musi zawierać co najmniej jedną literę.',
  'smsSender.digits': 'Nazwa nadawcy nie może zawierać więcej niż 3 cyfr z rzędu.',
  'smsSender.phone': 'Nazwa nadawcy nie może być numerem telefonu.',
  'password.tooShort': 'Hasło musi mieć co najmniej {{min}} znaków.',
  'password.tooLong': 'Hasło może mieć najwyżej {{max}} znaków.',
  'password.tooSimple': 'Hasło nie może składać się z jednego powtórzonego znaku ani z mniej niż 4 różnych znaków.',
  'password.common': 'To hasło jest na liście popularnych lub wykradzionych haseł — wybierz inne.',
  'password.personal': 'Hasło nie może zawierać Twojego adresu e-mail, imienia i nazwiska ani numeru PESEL.',
  'password.unchanged': 'Nowe hasło musi się różnić od obecnego.',
  'auth.wrongCurrentPassword': 'Obecne hasło jest nieprawidłowe (albo konto jest czasowo zablokowane).',
  'auth.totpRequired': 'Podaj kod z aplikacji uwierzytelniającej (albo kod zapasowy).',
  'auth.totpInvalid': 'Nieprawidłowy kod jednorazowy.',
  'totp.notPending': 'Najpierw rozpocznij konfigurację uwierzytelniania dwuskładnikowego.',
  'password.weak': 'Hasło jest za słabe.',
  'password.mismatch': 'Hasła nie są zgodne.',
  'auth.invalidCredentials': 'Nieprawidłowy login lub hasło albo konto jest czasowo zablokowane.',
  'auth.rateLimited': 'Zbyt wiele nieudanych prób logowania z tego adresu. Spróbuj ponownie za 15 minut.',
  'page.size': 'Rozmiar strony musi wynosić od 1 do {{max}}.',
  'cursor.invalid': 'Nieprawidłowy znacznik stronicowania — odśwież wyniki.',
};

const en: RuleDictionary = {
  required: 'This field is required.',
  email: 'Enter a valid e-mail address.',
  minLength: 'Must be at least {{min}} characters.',
  maxLength: 'Must be at most {{max}} characters.',
  'string.tooLong': 'Must be at most {{max}} characters.',
  length: 'Must be exactly {{length}} characters.',
  min: 'Must not be less than {{min}}.',
  max: 'Must not be more than {{max}}.',
  positive: 'Must be greater than zero.',
  nonNegative: 'Must not be negative.',
  integer: 'Enter a whole number.',
  decimal: 'Enter a valid amount (e.g. 1234.50).',
  'decimal.scale': 'At most {{scale}} decimal places are allowed.',
  date: 'Enter a valid date (YYYY-MM-DD).',
  'date.notFuture': 'The date must not be in the future.',
  'date.notPast': 'The date must not be in the past.',
  'date.range': 'The start date must be before the end date.',
  pattern: 'The value has a wrong format.',
  oneOf: 'This value is not allowed.',
  unique: 'This value already exists.',
  exists: 'The referenced item does not exist.',
  'pesel.format': 'PESEL must have 11 digits.',
  'pesel.length': 'PESEL must have 11 digits.',
  'pesel.checksum': 'Invalid PESEL checksum.',
  'pesel.date': 'PESEL contains an invalid birth date.',
  'rodneCislo.format': 'Rodné číslo must have 9 or 10 digits.',
  'rodneCislo.checksum': 'Invalid rodné číslo (checksum).',
  'nationalId.format': 'Invalid national id.',
  'nationalId.checksum': 'Invalid national id checksum.',
  'nip.checksum': 'Invalid NIP number.',
  'iban.format': 'Invalid account number format.',
  'iban.checksum': 'Invalid account number checksum.',
  'nrb.checksum': 'Invalid account number (NRB) checksum.',
  'phone.mobile': 'This is not a mobile number.',
  'phone.format': 'A phone number may contain only digits, spaces, dashes, parentheses and one leading +.',
  'phone.invalid': 'Invalid phone number.',
  'text.controlChar': 'The text contains characters that are not allowed (control, bidirectional-override or invisible).',
  'phone.country': 'The phone number must be Polish (+48) or Slovak (+421).',
  'smsConsent.unique': 'Only one mobile number of a party may carry SMS consent.',
  'smsSender.length': 'The sender name may have at most 11 characters.',
  'smsSender.chars': 'The sender name contains characters that are not allowed.',
  'smsSender.letter': 'The sender name must contain at least one letter.',
  'smsSender.digits': 'The sender name must not contain more than 3 digits in a row.',
  'smsSender.phone': 'The sender name must not be a phone number.',
  'password.tooShort': 'The password must have at least {{min}} characters.',
  'password.tooLong': 'The password may have at most {{max}} characters.',
  'password.tooSimple': 'The password must not be one character repeated or use fewer than 4 different characters.',
  'password.common': 'This password is on the list of common or breached passwords — choose another one.',
  'password.personal': 'The password must not contain your e-mail, name or national id.',
  'password.unchanged': 'The new password must differ from the current one.',
  'auth.wrongCurrentPassword': 'The current password is wrong (or the account is temporarily locked).',
  'auth.totpRequired': 'Enter the code from your authenticator app (or a recovery code).',
  'auth.totpInvalid': 'Wrong one-time code.',
  'totp.notPending': 'Start the two-factor set-up first.',
  'password.weak': 'The password is too weak.',
  'password.mismatch': 'The passwords do not match.',
  'auth.invalidCredentials': 'Wrong login or password, or the account is temporarily locked.',
  'auth.rateLimited': 'Too many failed sign-in attempts from this address. Try again in 15 minutes.',
  'page.size': 'Page size must be between 1 and {{max}}.',
  'cursor.invalid': 'Invalid pagination cursor — refresh the results.',
};

const dictionaries: Record<Language, RuleDictionary> = { pl, en };

/** Lets a feature register translations of its own server rules (merged; existing keys are kept). */
export function registerValidationRules(language: Language, rules: RuleDictionary): void {
  dictionaries[language] = { ...rules, ...dictionaries[language] };
}

function interpolate(template: string, params: Record<string, unknown> | undefined): string | null {
  let missing = false;
  const text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) {
      missing = true;
      return '';
    }
    return String(value);
  });
  return missing ? null : text;
}

/** Translated message for a validation rule, or null when the rule (or a needed param) is unknown. */
export function translateRule(language: Language, rule: string, params?: Record<string, unknown>): string | null {
  const template = dictionaries[language][rule];
  return template === undefined ? null : interpolate(template, params);
}
