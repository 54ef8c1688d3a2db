/**
 * GSM 03.38 (GSM-7) rules for SMS texts — the very same pure functions the server uses (packages/domain): Polish
 * diacritics replaced, other characters outside GSM-7 removed, length and part counting (160 / 153 per part), and the
 * one length limit of notices and templates (SMS_MAX_PARTS, a warning above SMS_WARN_PARTS).
 */
export { normaliseSmsText, smsLength, SMS_MAX_PARTS, SMS_MAX_UNITS, SMS_WARN_PARTS } from '@raty/domain';
