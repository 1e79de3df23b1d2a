/** The outcome of reading a `counts` attribute: rows, or one message naming what is wrong. */
export type ParsedCounts = { ok: true; rows: number[][] } | { ok: false; message: string };

/** A whole number ≥ 0: a ticket count. */
export const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/**
 * The first thing keeping `data` from being 7 rows of 24 hourly values that pass `valid`,
 * named by its place (`counts[2][5] must be a whole number ≥ 0, got -1`), or null. Shared by
 * the `counts` attribute and a `.result`'s `counts` and `medians`.
 */
export function gridProblem(
  data: unknown,
  name: string,
  valid: (value: unknown) => boolean = isCount,
  what = 'a whole number ≥ 0',
): string | null {
  if (!Array.isArray(data) || data.length !== 7) {
    const got = Array.isArray(data) ? `${data.length} rows` : typeof data;
    return `${name} must be 7 arrays (Monday … Sunday), got ${got}`;
  }
  for (const [day, row] of data.entries()) {
    if (!Array.isArray(row) || row.length !== 24) {
      const got = Array.isArray(row) ? `${row.length} values` : JSON.stringify(row);
      return `${name}[${day}] must be 24 hourly values, got ${got}`;
    }
    const hour = row.findIndex((value) => !valid(value));
    if (hour >= 0)
      return `${name}[${day}][${hour}] must be ${what}, got ${JSON.stringify(row[hour])}`;
  }
  return null;
}

/**
 * Reads the `counts` attribute: JSON, 7 arrays (Monday … Sunday, ISO order whatever the week
 * start shown) of 24 whole numbers ≥ 0 (hours 0–23 in the element's time zone). Never throws:
 * the message names the first bad place (`counts[2][5]`) so the page author can find it.
 */
export function parseCounts(text: string): ParsedCounts {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'counts is not JSON: expected 7 arrays of 24 whole numbers' };
  }
  const message = gridProblem(data, 'counts');
  return message ? { ok: false, message } : { ok: true, rows: data as number[][] };
}
