// "Wniosek o restrukturyzację" in the client zone (issue 32), registered at module load.
import { i18n } from '../../shared/i18n/i18n';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const pl = {
  title: 'Wniosek o restrukturyzację',
  intro: 'Masz trudności ze spłatą? Opisz swoją sytuację — rozpatrzymy wniosek i przedstawimy propozycję. Do czasu decyzji nie wysyłamy przypomnień o zaległości.',
  reason: 'Powód trudności',
  income: 'Miesięczny dochód (zł)',
  expenses: 'Miesięczne wydatki (zł)',
  situation: 'Sytuacja (gospodarstwo domowe, praca, inne zobowiązania)',
  helpAsked: 'Jakiej pomocy oczekujesz?',
  send: 'Wyślij wniosek',
  status: 'Wniosek z dnia {{date}}: {{status}}.',
  inForce: 'Nowy harmonogram obowiązuje od {{date}} (zakładka Harmonogram).',
  offer: 'Nasza propozycja: {{measure}}',
  installment: 'Rata: {{before}} → {{after}}',
  installments: 'Liczba rat: {{before}} → {{after}}',
  maturity: 'Ostatnia rata: {{before}} → {{after}}',
  total: 'Łącznie do zapłaty: {{before}} → {{after}}',
  newSchedule: 'Nowy harmonogram',
  accept: 'Akceptuję propozycję',
  decline: 'Odrzucam',
  statuses: {
    REQUESTED: 'złożony, czeka na rozpatrzenie',
    ASSESSED: 'w trakcie rozpatrywania',
    OFFERED: 'czeka na Twoją decyzję',
    ACCEPTED: 'zaakceptowany',
    IN_FORCE: 'w mocy',
    COMPLETED: 'zakończony',
    BROKEN: 'zerwany',
    REFUSED: 'nieuwzględniony',
    WITHDRAWN: 'wycofany',
  },
  help: {
    PAYMENT_HOLIDAY: 'Wakacje kredytowe (zawieszenie rat)',
    TERM_EXTENSION: 'Wydłużenie okresu spłaty (niższa rata)',
    RATE_REDUCTION: 'Obniżenie oprocentowania',
    ARREARS_PLAN: 'Rozłożenie zaległości na raty',
    PARTIAL_FORGIVENESS: 'Częściowe umorzenie',
    REFINANCING: 'Refinansowanie',
    OTHER: 'Inna pomoc',
  },
};

const en: Shape<typeof pl> = {
  title: 'Forbearance request',
  intro: 'Having trouble repaying? Describe your situation — we will assess the request and make an offer. Until we decide, we send no arrears reminders.',
  reason: 'Why you cannot pay',
  income: 'Monthly income',
  expenses: 'Monthly expenses',
  situation: 'Situation (household, work, other debts)',
  helpAsked: 'What help do you ask for?',
  send: 'Send the request',
  status: 'Request of {{date}}: {{status}}.',
  inForce: 'The new schedule applies since {{date}} (Schedule tab).',
  offer: 'Our offer: {{measure}}',
  installment: 'Installment: {{before}} → {{after}}',
  installments: 'Installments: {{before}} → {{after}}',
  maturity: 'Last installment: {{before}} → {{after}}',
  total: 'Total payable: {{before}} → {{after}}',
  newSchedule: 'New schedule',
  accept: 'I accept the offer',
  decline: 'Decline',
  statuses: {
    REQUESTED: 'sent, waiting for assessment',
    ASSESSED: 'being assessed',
    OFFERED: 'waiting for your decision',
    ACCEPTED: 'accepted',
    IN_FORCE: 'in force',
    COMPLETED: 'completed',
    BROKEN: 'broken',
    REFUSED: 'not granted',
    WITHDRAWN: 'withdrawn',
  },
  help: {
    PAYMENT_HOLIDAY: 'Payment holiday',
    TERM_EXTENSION: 'Longer term (lower installment)',
    RATE_REDUCTION: 'Lower interest rate',
    ARREARS_PLAN: 'Arrears in installments',
    PARTIAL_FORGIVENESS: 'Partial forgiveness',
    REFINANCING: 'Refinancing',
    OTHER: 'Other help',
  },
};

i18n.addResourceBundle('pl', 'translation', { czForbearance: pl }, true, true);
i18n.addResourceBundle('en', 'translation', { czForbearance: en }, true, true);
