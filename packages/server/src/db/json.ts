/**
 * The value of a `json` column built in SQL (json_agg, json_build_object): postgres.js parses json, but the parsers of
 * a connection can be replaced (drizzle's driver replaces several), so text is parsed here too.
 */
export function jsonColumn<T>(v: T | string): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : v;
}
