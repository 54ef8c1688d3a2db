/**
 * GSM 03.38 (GSM-7) rules for SMS texts — the very same pure functions the server uses (packages/domain): Polish
 * diacritics replaced, other characters outside GSM-7 removed, length and part counting (160 / 153 per part).
 */
export { normaliseSmsText, smsLength } from '@raty/domain';
