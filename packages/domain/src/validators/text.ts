import { failResult, makeIssue, okResult, type ValidationIssue, type ValidationResult } from './errors.js';

export interface TextOptions {
  field?: string;
  required?: boolean; // default false
  /** maximum length in characters (Unicode code points) */
  maxLength?: number;
  minLength?: number;
  allowNewlines?: boolean; // default false; CRLF / CR are normalised to LF
  allowTabs?: boolean; // default false
  trim?: boolean; // default true
}

// C0 controls, DEL, C1 controls; bidi overrides/isolates (Trojan-source style spoofing); BOM; lone surrogates are
// all rejected.
function isForbiddenCodePoint(cp: number): boolean {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff);
}

/**
 * Sanitises a free-text value: trims (by default), normalises line ends, rejects control characters other than the
 * allowed \n and \t, rejects bidi override characters and lone surrogates, checks length.
 */
export function sanitizeText(value: unknown, options: TextOptions = {}): ValidationResult<string> {
  const field = options.field ?? 'text';
  if (value === undefined || value === null) value = '';
  if (typeof value !== 'string') return failResult(makeIssue(field, 'text.type', 'Value must be text'));
  let s = value;
  if (options.allowNewlines) s = s.replace(/\r\n?/g, '\n');
  if (options.trim ?? true) s = s.trim();
  const issues: ValidationIssue[] = [];
  if (s === '') {
    if (options.required) return failResult(makeIssue(field, 'required', 'Value is required'));
    return okResult('');
  }
  for (const ch of s) {
    if ((ch === '\n' && options.allowNewlines) || (ch === '\t' && options.allowTabs)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (isForbiddenCodePoint(cp)) {
      issues.push(makeIssue(field, 'text.controlChar', 'Text contains a forbidden control character', {
        codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      }));
      break;
    }
  }
  const length = [...s].length;
  if (options.maxLength !== undefined && length > options.maxLength) {
    issues.push(makeIssue(field, 'text.maxLength', `Text may have at most ${options.maxLength} characters`, { max: options.maxLength, length }));
  }
  if (options.minLength !== undefined && length < options.minLength) {
    issues.push(makeIssue(field, 'text.minLength', `Text must have at least ${options.minLength} characters`, { min: options.minLength, length }));
  }
  return issues.length > 0 ? failResult(issues) : okResult(s);
}

/** Convenience: a required single-line string with a maximum length. */
export function requiredString(value: unknown, field: string, maxLength: number): ValidationResult<string> {
  return sanitizeText(value, { field, required: true, maxLength });
}
