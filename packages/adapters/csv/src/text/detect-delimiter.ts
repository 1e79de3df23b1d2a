import { CSV_DELIMITERS, type CsvDelimiter } from './encodings.js';

/** Lines looked at: enough to see a pattern, few enough to be instant. */
const SAMPLE_LINES = 30;

/**
 * The delimiter of a CSV sample: for each candidate, the fields per line (outside quotes) over
 * the first lines; the candidate whose count is above zero and the same on the most lines
 * wins, then the one with more fields. A Spanish Excel file has a steady number of `;` while
 * its decimal commas vary line to line, so `;` wins there. Falls back to `,`.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const lines = sampleLines(sample);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const same = counts.filter((c) => c === header).length;
    if (same > bestScore || (same === bestScore && header > bestCount)) {
      best = delimiter;
      bestScore = same;
      bestCount = header;
    }
  }
  return best;
}

/** Logical lines of the sample: line breaks inside quotes do not split. The last, maybe cut, is dropped. */
function sampleLines(sample: string): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(sample.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length === 0 && sample.length > 0) lines.push(sample);
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
  }
  return count;
}
