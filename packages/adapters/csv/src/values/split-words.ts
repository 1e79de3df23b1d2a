/**
 * The default list split, `/[\s,;]+/` then trim and drop empties, as one scan: a tags cell is
 * read on every row, and the regex split made three arrays of it.
 */
export function splitWords(cell: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < cell.length; i++) {
    if (isListSeparator(cell.charCodeAt(i))) {
      if (start >= 0) out.push(cell.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(cell.slice(start));
  return out;
}

/** `,` `;` or what the regex class `\s` matches (which is also what `trim` removes). */
function isListSeparator(c: number): boolean {
  if (c > 32 && c < 127) return c === 44 || c === 59;
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
