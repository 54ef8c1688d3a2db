// Staff side of the client zone ("Dostęp do strefy klienta"), registered at module load.
// The server rules (clientZone.*) are registered by ../client-zone/locales.
import { i18n } from '../../shared/i18n/i18n';
import '../client-zone/locales';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const pl = {
  title: 'Dostęp do strefy klienta',
  loading: 'Sprawdzanie konta strefy klienta…',
  borrower: 'Pożyczkobiorca',
  login: 'Login (PESEL)',
  phone: 'Numer telefonu dla SMS',
  accountStatus: 'Stan konta',
  willCreate: 'Dla użytkownika o loginie {{login}} zostanie założone konto do strefy klienta. SMS z hasłem zostanie wysłany na numer {{phone}}.',
  willReset: 'Konto o loginie {{login}} już istnieje: otrzyma nowe hasło jednorazowe, a jego sesje zostaną zakończone. SMS z hasłem zostanie wysłany na numer {{phone}}.',
  noIssues: 'Brak błędów.',
  issues: 'Nie można nadać dostępu:',
  grant: 'Nadaj dostęp',
  reset: 'Resetuj hasło',
  granting: 'Wysyłanie SMS…',
  revoke: 'Odbierz dostęp',
  revokeConfirm: 'Odebrać dostęp do strefy klienta? Pożyczkobiorca zostanie wylogowany i nie zaloguje się, dopóki nie nadasz dostępu ponownie.',
  revokeYes: 'Tak, odbierz dostęp',
  cancel: 'Anuluj',
  revoking: 'Odbieranie…',
  revoked: 'Dostęp odebrany ({{at}}).',
  resultCreated: 'Konto utworzone. SMS z hasłem wysłany.',
  resultReset: 'Hasło zresetowane. SMS z nowym hasłem wysłany.',
  resultLogin: 'Login',
  resultPhone: 'Wysłano na numer',
  resultSentAt: 'Wysłano',
  resultExpires: 'Hasło ważne do',
  lockedUntil: 'Logowanie zablokowane po zbyt wielu błędnych hasłach do {{until}}.',
  unlock: 'Odblokuj logowanie',
  unlocking: 'Odblokowywanie…',
  unlocked: 'Logowanie odblokowane. Hasło pożyczkobiorcy się nie zmieniło.',
  status: {
    NONE: 'brak konta',
    PASSWORD_CHANGE_REQUIRED: 'czeka na zmianę hasła',
    OTP_EXPIRED: 'hasło jednorazowe wygasło',
    ACTIVE: 'aktywne',
    LOCKED: 'zablokowane',
    REVOKED: 'dostęp odebrany',
  },
  issue: {
    noNationalId: 'Pożyczkobiorca nie ma numeru PESEL / rodné číslo (to login do strefy klienta).',
    noMobile: 'Pożyczkobiorca nie ma numeru telefonu komórkowego.',
    loginTaken: 'Inna osoba o tym samym numerze PESEL ma już konto w strefie klienta.',
  },
};

export const en: Shape<typeof pl> = {
  title: 'Client zone access',
  loading: 'Checking the client zone account…',
  borrower: 'Borrower',
  login: 'Login (national id)',
  phone: 'Phone number for the SMS',
  accountStatus: 'Account',
  willCreate: 'A client zone account will be created for the login {{login}}. The password will be sent by SMS to {{phone}}.',
  willReset: 'The account {{login}} already exists: it will get a new one-time password and its sessions will end. The password will be sent by SMS to {{phone}}.',
  noIssues: 'No problems.',
  issues: 'Access cannot be granted:',
  grant: 'Grant access',
  reset: 'Reset password',
  granting: 'Sending the SMS…',
  revoke: 'Revoke access',
  revokeConfirm: 'Revoke client zone access? The borrower will be logged out and cannot log in until access is granted again.',
  revokeYes: 'Yes, revoke access',
  cancel: 'Cancel',
  revoking: 'Revoking…',
  revoked: 'Access revoked ({{at}}).',
  resultCreated: 'Account created. The password SMS has been sent.',
  resultReset: 'Password reset. The SMS with the new password has been sent.',
  resultLogin: 'Login',
  resultPhone: 'Sent to',
  resultSentAt: 'Sent at',
  resultExpires: 'Password valid until',
  lockedUntil: 'Login locked after too many wrong passwords until {{until}}.',
  unlock: 'Unlock login',
  unlocking: 'Unlocking…',
  unlocked: 'Login unlocked. The borrower\'s password has not changed.',
  status: {
    NONE: 'no account',
    PASSWORD_CHANGE_REQUIRED: 'waiting for a password change',
    OTP_EXPIRED: 'one-time password expired',
    ACTIVE: 'active',
    LOCKED: 'locked',
    REVOKED: 'access revoked',
  },
  issue: {
    noNationalId: 'The borrower has no national id (PESEL / rodné číslo), which is the client zone login.',
    noMobile: 'The borrower has no mobile phone number.',
    loginTaken: 'Another person with the same national id already has a client zone account.',
  },
};

i18n.addResourceBundle('pl', 'translation', { clientZoneAccess: pl }, true, true);
i18n.addResourceBundle('en', 'translation', { clientZoneAccess: en }, true, true);
