/** Test helper: writes a table as CSV bytes the way real exporters do, and says where each record starts. */

export type Quoting = 'minimal' | 'all';
export type Newline = '\n' | '\r\n' | '\r';
export type TestEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface WriteOptions {
  delimiter: string;
  quoting: Quoting;
  newline: Newline;
  encoding: TestEncoding;
  finalNewline: boolean;
}

function field(value: string, delimiter: string, quoting: Quoting, alone: boolean): string {
  const needs =
    quoting === 'all' ||
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    // A lone empty field would be an empty line, which readers skip.
    (alone && value === '');
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Windows-1252 bytes of the characters this helper's tests use (ASCII plus Spanish letters and €). */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '¿': 0xbf, '¡': 0xa1 };

export function encode(text: string, encoding: TestEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const le = encoding === 'utf-16le';
      out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
        out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return out;
    }
    case 'windows-1252':
      return new Uint8Array(
        [...text].map((ch) => {
          const code = CP1252_EXTRA[ch] ?? ch.charCodeAt(0);
          if (code > 0xff) throw new RangeError(`${ch} is not in this helper's Windows-1252 set`);
          return code;
        }),
      );
  }
}

/** The CSV bytes and, for each record, the byte offset just past it (where the next one starts). */
export function writeCsv(
  rows: string[][],
  options: WriteOptions,
): { bytes: Uint8Array; ends: number[] } {
  const lines = rows.map((row) =>
    row
      .map((v) => field(v, options.delimiter, options.quoting, row.length === 1))
      .join(options.delimiter),
  );
  const text = lines.join(options.newline) + (options.finalNewline ? options.newline : '');
  const bytes = encode(text, options.encoding);
  const ends: number[] = [];
  let prefix = '';
  lines.forEach((line, i) => {
    prefix += line + (i < lines.length - 1 || options.finalNewline ? options.newline : '');
    // The BOM is part of the encoded prefix, as it is part of the file's byte offsets.
    ends.push(encode(prefix, options.encoding).length);
  });
  return { bytes, ends };
}

/** Splits bytes at the given cut points (any positions, even inside a character). */
export function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) chunks.push(bytes.slice(from, p));
    from = Math.max(from, p);
  }
  if (from < bytes.length) chunks.push(bytes.slice(from));
  return chunks;
}

export async function* chunksOf(chunks: Uint8Array[]): AsyncIterable<Uint8Array> {
  for (const c of chunks) yield c;
}
