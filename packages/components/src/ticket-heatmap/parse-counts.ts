/** The outcome of reading a `counts` attribute: rows, or one message naming what is wrong. */
export type ParsedCounts = { ok: true; rows: number[][] } | { ok: false; message: string };

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
    return { ok: false, message: 'is not JSON: expected 7 arrays of 24 whole numbers' };
  }
  if (!Array.isArray(data) || data.length !== 7) {
    const got = Array.isArray(data) ? `${data.length} rows` : typeof data;
    return { ok: false, message: `must be 7 arrays (Monday … Sunday), got ${got}` };
  }
  for (const [day, row] of data.entries()) {
    if (!Array.isArray(row) || row.length !== 24) {
      const got = Array.isArray(row) ? `${row.length} values` : JSON.stringify(row);
      return { ok: false, message: `counts[${day}] must be 24 hourly counts, got ${got}` };
    }
    for (const [hour, value] of row.entries()) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        return {
          ok: false,
          message: `counts[${day}][${hour}] must be a whole number ≥ 0, got ${JSON.stringify(value)}`,
        };
      }
    }
  }
  return { ok: true, rows: data as number[][] };
}
