import { makeIssue, type ValidationIssue } from '../validators/errors.js';

/**
 * GSM 03.38 (GSM-7) rules for SMS texts: normalisation (Polish diacritics replaced, other characters outside GSM-7
 * removed) and length/part counting.
 */

/** GSM 03.38 basic character set (ESC 0x1B excluded: it only introduces extension characters). */
export const GSM7_BASIC: string = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** GSM 03.38 extension table (each costs 2 units: ESC + char): form feed ^ { } \ [ ~ ] | €. */
export const GSM7_EXTENSION: string = '\f^{}\\[~]|€';

const BASIC = new Set([...GSM7_BASIC]);
const EXTENSION = new Set([...GSM7_EXTENSION]);

/** Single SMS capacity and per-part capacity of a concatenated SMS, in GSM-7 units (septets). */
export const SMS_SINGLE_UNITS = 160;
export const SMS_PART_UNITS = 153;

/**
 * The longest SMS Raty sends, for notices and templates alike (issue #22: one limit for both): 7 parts, i.e. 1,071
 * GSM-7 units. Texts are always normalised to GSM-7 before sending (`normaliseSmsText`), so the UCS-2 limit (67 per
 * part) never applies. Seven, not six: 1,000 characters must be accepted for both, and six parts hold only 918.
 */
export const SMS_MAX_PARTS = 7;
export const SMS_MAX_UNITS = SMS_MAX_PARTS * SMS_PART_UNITS;
/** Above this many parts the forms warn that the message is long (each part is billed). */
export const SMS_WARN_PARTS = 2;

/** Polish diacritics → plain letters (both cases). */
export const POLISH_DIACRITICS: Readonly<Record<string, string>> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  Ą: 'A',
  Ć: 'C',
  Ę: 'E',
  Ł: 'L',
  Ń: 'N',
  Ó: 'O',
  Ś: 'S',
  Ź: 'Z',
  Ż: 'Z',
};

/**
 * Extension beyond the seed (Raty also serves Slovak lenders): Slovak/Czech letters that are not in GSM-7 are
 * transliterated to plain letters instead of being dropped (dropping 'č' from "Dobrý deň" would garble the text).
 * Letters that ARE in GSM-7 (é, ä, ö, ü, …) stay untouched.
 */
export const SLOVAK_CZECH_LETTERS: Readonly<Record<string, string>> = {
  á: 'a',
  č: 'c',
  ď: 'd',
  ě: 'e',
  í: 'i',
  ĺ: 'l',
  ľ: 'l',
  ň: 'n',
  ô: 'o',
  ŕ: 'r',
  ř: 'r',
  š: 's',
  ť: 't',
  ú: 'u',
  ů: 'u',
  ý: 'y',
  ž: 'z',
  Á: 'A',
  Č: 'C',
  Ď: 'D',
  Ě: 'E',
  Í: 'I',
  Ĺ: 'L',
  Ľ: 'L',
  Ň: 'N',
  Ô: 'O',
  Ŕ: 'R',
  Ř: 'R',
  Š: 'S',
  Ť: 'T',
  Ú: 'U',
  Ů: 'U',
  Ý: 'Y',
  Ž: 'Z',
};

export function isGsm7Basic(ch: string): boolean {
  return BASIC.has(ch);
}

export function isGsm7Extension(ch: string): boolean {
  return EXTENSION.has(ch);
}

export function isGsm7Char(ch: string): boolean {
  return BASIC.has(ch) || EXTENSION.has(ch);
}

/** True when every character of the text is in the GSM-7 basic set or extension table. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!isGsm7Char(ch)) return false;
  return true;
}

export interface SmsNormalisation {
  text: string;
  /** replaced characters with counts, in order of first occurrence */
  replaced: Array<{ from: string; to: string; count: number }>;
  /** removed characters with counts, in order of first occurrence */
  removed: Array<{ char: string; count: number }>;
}

/**
 * Normalises a text for a GSM-7 SMS:
 * 1. Unicode NFC (so a decomposed 'a' + combining ogonek becomes 'ą' and is then replaced);
 * 2. Polish diacritics → plain letters (POLISH_DIACRITICS), Slovak/Czech letters → plain letters (SLOVAK_CZECH_LETTERS);
 * 3. Unicode space separators other than the ASCII space (NBSP, narrow NBSP, thin space, …) and TAB → ' '
 *    (a space is not a "special character"; removing it would glue words and amounts together);
 * 4. every other character outside GSM-7 basic + extension is removed (emoji, typographic quotes „” ‘’, dashes – —,
 *    ellipsis …, other scripts).
 * The result is always pure GSM-7. `replaced`/`removed` report what happened so the user can be told (COLL-4.2).
 */
export function normaliseSmsText(text: string): SmsNormalisation {
  const replaced = new Map<string, { from: string; to: string; count: number }>();
  const removed = new Map<string, { char: string; count: number }>();
  let out = '';
  // a removed character that stood between two spaces ("a – b") must not leave two spaces behind ("a  b"): the space
  // after it is dropped (issue #22: the sent text had a double space where a dash was stripped)
  let dropNextSpace = false;
  for (const ch of text.normalize('NFC')) {
    const isSpace = ch === ' ' || ch === '\t' || /^\p{Zs}$/u.test(ch);
    if (dropNextSpace && isSpace) {
      dropNextSpace = false;
      continue;
    }
    if (isGsm7Char(ch)) {
      dropNextSpace = false;
      out += ch;
      continue;
    }
    let to = POLISH_DIACRITICS[ch] ?? SLOVAK_CZECH_LETTERS[ch];
    if (to === undefined && isSpace) to = ' ';
    if (to !== undefined) {
      dropNextSpace = false;
      out += to;
      const r = replaced.get(ch);
      if (r) r.count++;
      else replaced.set(ch, { from: ch, to, count: 1 });
    } else {
      if (out === '' || out.endsWith(' ') || out.endsWith('\n')) dropNextSpace = true;
      const r = removed.get(ch);
      if (r) r.count++;
      else removed.set(ch, { char: ch, count: 1 });
    }
  }
  return { text: out, replaced: [...replaced.values()], removed: [...removed.values()] };
}

export interface SmsLength {
  /** characters of the text as sent (after normalisation) */
  characters: number;
  /** GSM-7 units (septets): basic characters 1, extension characters 2 */
  units: number;
  /** number of SMS parts (0 for an empty text) */
  parts: number;
  /** capacity per part: 160 for a single message, 153 for concatenated ones */
  perPart: number;
  encoding: 'GSM-7';
}

/** GSM-7 units of one character (assumes a GSM-7 character). */
export function gsm7Units(ch: string): number {
  return EXTENSION.has(ch) ? 2 : 1;
}

/**
 * Length and parts of an SMS. The text is measured as it will be sent, i.e. after `normaliseSmsText`.
 * - ≤ 160 units → 1 part (perPart 160);
 * - > 160 units → concatenated, up to 153 units per part (the remaining 7 septets carry the UDH). The parts are packed
 *   greedily and an extension character (ESC + char, 2 units) is never split across two parts: if only one unit is left
 *   in a part, the extension character moves to the next part (so parts can exceed ⌈units / 153⌉).
 */
export function smsLength(text: string): SmsLength {
  const chars = [...normaliseSmsText(text).text];
  let units = 0;
  for (const ch of chars) units += gsm7Units(ch);
  if (units === 0) return { characters: 0, units: 0, parts: 0, perPart: SMS_SINGLE_UNITS, encoding: 'GSM-7' };
  if (units <= SMS_SINGLE_UNITS) return { characters: chars.length, units, parts: 1, perPart: SMS_SINGLE_UNITS, encoding: 'GSM-7' };
  return { characters: chars.length, units, parts: splitSmsParts(chars.join('')).length, perPart: SMS_PART_UNITS, encoding: 'GSM-7' };
}

/**
 * Splits a (normalised) text into the segments it is sent as: one segment when ≤ 160 units, otherwise segments of at
 * most 153 units without splitting an extension character.
 */
export function splitSmsParts(text: string): string[] {
  const chars = [...text];
  let total = 0;
  for (const ch of chars) total += gsm7Units(ch);
  if (total === 0) return [];
  if (total <= SMS_SINGLE_UNITS) return [text];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of chars) {
    const u = gsm7Units(ch);
    if (used + u > SMS_PART_UNITS) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += u;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * The SMS length rule (issue #22): the text as it will be sent (normalised) must fit in `SMS_MAX_PARTS` parts.
 * Returns the issue for `field` (rule `sms.tooLong`, params: parts, maxParts, units, maxUnits), or none.
 */
export function checkSmsLength(text: string, field: string): ValidationIssue[] {
  const length = smsLength(text);
  if (length.parts <= SMS_MAX_PARTS) return [];
  return [
    makeIssue(field, 'sms.tooLong', `The SMS would be sent in ${length.parts} parts; at most ${SMS_MAX_PARTS} parts (${SMS_MAX_UNITS} GSM-7 characters) are allowed`, {
      parts: length.parts,
      maxParts: SMS_MAX_PARTS,
      units: length.units,
      maxUnits: SMS_MAX_UNITS,
    }),
  ];
}
