const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole count with thousands separators: `48,210`. Fixed locale so logs parse the same. */
export function formatCount(n: number): string {
  return grouping.format(n);
}

/** `1 record`, `2 records`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
