// Client-side copy of the SMSAPI sender-name rules (packages/domain validateSenderName); same rule keys.
export type SenderRule = 'sender.maxLength' | 'sender.chars' | 'sender.letter' | 'sender.phoneNumber' | 'sender.digits';

/** Rules broken by a sender name (empty = the account's default sender, allowed). */
export function senderNameRules(value: string): SenderRule[] {
  if (value.trim() === '') return [];
  const rules: SenderRule[] = [];
  if ([...value].length > 11) rules.push('sender.maxLength');
  if ([...value].some((c) => !/[a-zA-Z0-9.&@\-+_!%# ]/.test(c))) rules.push('sender.chars');
  if (!/[a-zA-Z]/.test(value)) {
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 7 && /^[+\d\s\-.()]+$/.test(value)) rules.push('sender.phoneNumber');
    rules.push('sender.letter');
  }
  if (/\d{4}/.test(value)) rules.push('sender.digits');
  return rules;
}
