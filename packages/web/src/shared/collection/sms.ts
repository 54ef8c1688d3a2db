/**
 * GSM 03.38 (GSM-7) rules for SMS texts — the very same pure functions the server uses (packages/domain): Polish
 * diacritics replaced, other characters outside GSM-7 removed, length and part counting (160 / 153 per part).
 */
export {
  GSM7_BASIC,
  GSM7_EXTENSION,
  isGsm7,
  normaliseSmsText,
  smsLength,
  splitSmsParts,
  type SmsNormalisation,
  type SmsLength,
} from '@raty/domain';
