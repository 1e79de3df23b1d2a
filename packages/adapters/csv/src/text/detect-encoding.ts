import type { CsvEncoding } from './encodings.js';

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark at the start of the file (skipped, never part of a field). */
  bomLength: number;
  /** How it was decided, for the summary and for people wondering why. */
  evidence: 'bom' | 'nul-pattern' | 'valid-utf-8' | 'mixed-utf-8' | 'invalid-utf-8' | 'empty';
}

/**
 * Decides the encoding from the first bytes of a file: a byte-order mark when there is one;
 * otherwise UTF-16 when every other byte is NUL (BOM-less UTF-16, which some exporters write);
 * otherwise UTF-8 when the bytes are valid UTF-8, and Windows-1252 (what Excel on Windows
 * writes in Spain and the Americas) when they are not.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head.length === 0) return { encoding: 'utf-8', bomLength: 0, evidence: 'empty' };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, evidence: 'bom' };
  }
  if (head[0] === 0xff && head[1] === 0xfe) {
    return { encoding: 'utf-16le', bomLength: 2, evidence: 'bom' };
  }
  if (head[0] === 0xfe && head[1] === 0xff) {
    return { encoding: 'utf-16be', bomLength: 2, evidence: 'bom' };
  }
  const utf16 = utf16ByNulPattern(head);
  if (utf16) return { encoding: utf16, bomLength: 0, evidence: 'nul-pattern' };
  const { multibyte, invalid } = utf8Census(head);
  if (invalid === 0) return { encoding: 'utf-8', bomLength: 0, evidence: 'valid-utf-8' };
  // Invalid bytes next to well-formed multi-byte characters: a UTF-8 file with a few rows
  // pasted from a Windows-1252 sheet. Reading it all as Windows-1252 would silently turn every
  // "é" of the UTF-8 rows into "Ã©"; reading it as UTF-8 reports just the pasted rows.
  // (Windows-1252 text that happens to form valid UTF-8 sequences, like "Ã©", is vanishingly rare.)
  if (multibyte > 0) return { encoding: 'utf-8', bomLength: 0, evidence: 'mixed-utf-8' };
  return { encoding: 'windows-1252', bomLength: 0, evidence: 'invalid-utf-8' };
}

/** Well-formed multi-byte UTF-8 sequences and invalid bytes in `bytes` (a cut sequence at the end is neither). */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let at = 0;
  while (at < bytes.length) {
    const rest = bytes.subarray(at);
    const bad = invalidUtf8At(rest, true);
    const stop = bad === -1 ? rest.length : bad;
    for (let i = 0; i < stop; i++) if (rest[i]! >= 0xc0) multibyte++;
    if (bad === -1) break;
    invalid++;
    at += bad + 1;
  }
  return { multibyte, invalid };
}

/** ASCII text in UTF-16 has a NUL in every high byte; require it in most of the first 512 pairs. */
function utf16ByNulPattern(head: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.min(512, head.length >> 1);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Index of the first byte that cannot start or continue a well-formed UTF-8 sequence, or -1.
 * With `allowTruncatedEnd`, a sequence cut off by the end of `bytes` is fine: the next chunk
 * holds the rest.
 */
export function invalidUtf8At(bytes: Uint8Array, allowTruncatedEnd: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return allowTruncatedEnd ? -1 : i;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
