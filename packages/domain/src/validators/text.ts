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

/**
 * Why a code point is refused in names and free text (null: allowed):
 * - control: C0 controls, DEL, C1 controls, lone surrogates, U+2028/U+2029 line/paragraph separators;
 * - bidi: embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069, marks U+200E/U+200F/U+061C (Trojan-source style
 *   spoofing: "‮gnp.exe");
 * - invisible: zero-width space/non-joiner/joiner U+200B–U+200D, word joiner U+2060, invisible operators U+2061–U+2064,
 *   BOM / zero-width no-break space U+FEFF, soft hyphen U+00AD (they make two equal-looking names differ).
 */
export function forbiddenCodePointKind(cp: number): 'control' | 'bidi' | 'invisible' | null {
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0x2028 || cp === 0x2029) return 'control';
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi';
  if ((cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0xad) return 'invisible';
  return null;
}

const KIND_MESSAGES = {
  control: 'Text contains a forbidden control character',
  bidi: 'Text contains a forbidden bidirectional-override character',
  invisible: 'Text contains a forbidden invisible (zero-width) character',
} as const;

/**
 * Sanitises a free-text value (names, notes, addresses — the one text rule of every door): trims (by default),
 * normalises line ends CRLF/CR → LF when newlines are allowed, REFUSES (never strips or replaces) control characters
 * other than the allowed \n and \t, bidi controls and invisible characters (`forbiddenCodePointKind`), checks the
 * length in code points.
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
    const kind = forbiddenCodePointKind(cp);
    if (kind) {
      issues.push(
        makeIssue(field, 'text.controlChar', KIND_MESSAGES[kind], {
          codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
          kind,
        }),
      );
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
