import type { IsoDate } from '../validators/dates.js';

/** Contact reason (przyczyna kontaktu). */
export const CONTACT_REASONS = ['OVERDUE', 'UPCOMING', 'OTHER'] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];

/** Notice channel (rodzaj powiadomienia). `SMS` (SMSAPI) and `EMAIL` (SMTP) are sent by the system. */
export const NOTICE_CHANNELS = ['SMS', 'EXTERNAL_SMS', 'PHONE_CALL', 'EMAIL', 'LETTER'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** SMS channels: texts are normalised to GSM-7 and counted in SMS parts. */
export function isSmsChannel(channel: NoticeChannel): boolean {
  return channel === 'SMS' || channel === 'EXTERNAL_SMS';
}

/** Channels the system sends itself (SMS through SMSAPI, EMAIL through SMTP; MON-2 "by e-mail or SMS", issue 25). */
export function isSentBySystem(channel: NoticeChannel): boolean {
  return channel === 'SMS' || channel === 'EMAIL';
}

export function isContactReason(v: unknown): v is ContactReason {
  return typeof v === 'string' && (CONTACT_REASONS as readonly string[]).includes(v);
}

export function isNoticeChannel(v: unknown): v is NoticeChannel {
  return typeof v === 'string' && (NOTICE_CHANNELS as readonly string[]).includes(v);
}

/**
 * One receivable item (installment) of a debtor file as listed in a notice, with balances as of a date
 * (the notice's creation date, or today for "current" balances). Amounts are decimal strings.
 */
export interface NoticeItem {
  id: string;
  kindCode: string;
  year: number;
  installmentNo: number;
  dueDate: IsoDate;
  type?: string | null;
  /** saldo zaległości: principal + interest due + current (penalty) interest, for items past due */
  overdueBalance: string;
  /** saldo należności przyszłych: principal + interest due, for items not yet due */
  futureBalance: string;
  /** saldo nadpłaty */
  overpaymentBalance: string;
}

/** Contact types of a party. */
export const CONTACT_TYPES = ['MOBILE', 'HOME', 'WORK', 'EMAIL', 'FAX', 'OTHER'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export interface PartyContact {
  id?: string;
  type: ContactType;
  value: string;
  note?: string | null;
  smsConsent: boolean;
}

export interface PartyLike {
  id: string;
  name?: string;
  dateOfDeath?: IsoDate | null;
  bankruptcyDate?: IsoDate | null;
}
