/** Plain-text table and number formatting for the console report. */

export function ms(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function ratio(x: number | null | undefined): string {
  if (x == null || !Number.isFinite(x)) return '—';
  return `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
}

export function count(x: number): string {
  return x.toLocaleString('en-US');
}

/** Renders rows as a pipe table; numeric-looking cells are right-aligned. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[\d.,×%—-]+$/.test(s) && s !== '-';
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((c, i) => (numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
