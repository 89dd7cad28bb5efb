// CSV serialisation for the data downloads: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order
// mark so spreadsheets read accents and CJK right, a header row, one column per field. Nested objects become
// dotted column names (shares.china.pct); arrays of plain values are joined with "; ". Pure.

type Cell = string | number | boolean | null | undefined;
export type FlatRow = Record<string, Cell>;

/** Flattens one record: nested objects to dotted keys, arrays of plain values joined, arrays of objects by index. */
export function flatten(value: unknown, prefix = '', out: FlatRow = {}): FlatRow {
  if (value === null || value === undefined || typeof value !== 'object') {
    out[prefix || 'value'] = value as Cell;
    return out;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out[prefix || 'value'] = value.join('; ');
    else value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    return out;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // A leading = + - @ would be read as a formula by spreadsheets: numbers are fine, text gets a quote prefix.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The columns of some rows: the union of their keys, in first-seen order. */
export function columnsOf(rows: FlatRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

export function toCsv(rows: FlatRow[], columns = columnsOf(rows)): string {
  const lines = [columns.map((c) => cell(c)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
