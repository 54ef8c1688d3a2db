/**
 * Cell values of CSV/XLSX exports (docs/security.md "Exports"). Every export column has a kind:
 * - text: CSV — a value starting with = + - @ TAB or CR is neutralised with a leading apostrophe (OWASP "CSV
 *   injection") so that a spreadsheet never evaluates it as a formula; XLSX — a typed string cell (never a formula
 *   cell, so `=1+2` opens as the text `=1+2`);
 * - money: an exact decimal string ('-12.50'); CSV writes it as is (a number, even when negative; '-12,50' in the
 *   excel dialect), XLSX as a number
 *   cell with the format '#,##0.00' (the double of a 2-decimal amount displays exactly; sums stay in the database);
 * - date ('YYYY-MM-DD') / datetime (Date or ISO): XLSX date cells; CSV ISO text;
 * - integer: a whole number.
 */
export type CellKind = 'text' | 'money' | 'date' | 'datetime' | 'integer';

const FORMULA_START = /^[=+\-@\t\r]/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** OWASP CSV-injection neutralisation of one text cell. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export type RawCell = string | number | Date | null | undefined;

/** How a CSV dialect writes numbers and date-times (the `excel` dialect: decimal comma, local date-time). */
interface CsvStyle {
  decimalComma?: boolean;
  dateTime?: (d: Date) => string;
}

/** The CSV field of a value of `kind` (null → empty field). */
export function csvCell(kind: CellKind, v: RawCell, style: CsvStyle = {}): string | null {
  if (v === null || v === undefined) return null;
  if (kind === 'money' || kind === 'integer') {
    const s = String(v);
    if (DECIMAL.test(s)) return style.decimalComma ? s.replace('.', ',') : s;
    return neutraliseFormula(s);
  }
  if (kind === 'datetime' && style.dateTime) {
    const d = v instanceof Date ? v : new Date(String(v));
    if (!Number.isNaN(d.getTime())) return style.dateTime(d);
  }
  if (v instanceof Date) return v.toISOString();
  return neutraliseFormula(String(v));
}

/** The XLSX cell value of a value of `kind` (ExcelJS: string → string cell, number → number cell, Date → date cell). */
export function xlsxCell(kind: CellKind, v: RawCell): string | number | Date | null {
  if (v === null || v === undefined) return null;
  if (kind === 'money' || kind === 'integer') {
    const s = String(v);
    return DECIMAL.test(s) ? Number(s) : s;
  }
  if (kind === 'date') {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : s;
  }
  if (kind === 'datetime') {
    const d = v instanceof Date ? v : new Date(String(v));
    return Number.isNaN(d.getTime()) ? String(v) : d;
  }
  return String(v);
}

/** Number formats of XLSX cells by kind. */
export const XLSX_NUM_FMT: Partial<Record<CellKind, string>> = {
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  integer: '0',
};
