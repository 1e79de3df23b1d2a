import type { CsvEncoding } from './encodings.js';
import { invalidUtf8At } from './detect-encoding.js';

/** One decoded piece of text and the exact bytes it came from. */
export interface DecodedPiece {
  text: string;
  /** Absolute index of `text[0]` among all characters decoded so far. */
  charStart: number;
  /** Absolute byte offset (in the source, BOM included) of the first byte of `text`. */
  byteStart: number;
  byteEnd: number;
  /** Absolute char positions of U+FFFD that stand for one invalid byte each (sorted). */
  invalid: number[];
}

const REPLACEMENT = '\uFFFD';

/**
 * Bytes to text across chunk boundaries. A streaming `TextDecoder` keeps a character whose bytes
 * are split between two chunks whole. UTF-8 is decoded `fatal` so that an invalid byte (a
 * Windows-1252 row pasted into a UTF-8 file) is not silently replaced: the chunk is decoded
 * again by hand, each invalid byte becomes one U+FFFD, and its position is recorded so the row
 * holding it can be reported. Every piece says exactly which bytes it covers, which is what
 * checkpoints are made of.
 */
export class StreamDecoder {
  readonly encoding: CsvEncoding;
  #decoder: InstanceType<typeof TextDecoder>;
  /** Bytes of an incomplete UTF-8 sequence at the end of the last chunk (held by the decoder). */
  #tail: Uint8Array = new Uint8Array(0);
  #chars = 0;
  #bytes: number;

  /** `startByte`: absolute offset of the first byte that will be passed in. */
  constructor(encoding: CsvEncoding, startByte = 0) {
    this.encoding = encoding;
    this.#bytes = startByte;
    this.#decoder = this.#newDecoder();
  }

  #newDecoder(): InstanceType<typeof TextDecoder> {
    // ignoreBOM: the caller skips a leading BOM by offset; any later U+FEFF must reach the
    // tokenizer so that a BOM in the middle of a file is reported, not swallowed.
    return new TextDecoder(this.encoding, {
      fatal: this.encoding === 'utf-8',
      ignoreBOM: true,
    });
  }

  decode(chunk: Uint8Array, final: boolean): DecodedPiece {
    const charStart = this.#chars;
    const byteStart = this.#bytes - this.#tail.length;
    let text: string;
    let invalid: number[] = [];
    if (this.encoding !== 'utf-8') {
      text = this.#decoder.decode(chunk, { stream: !final });
      if (this.encoding === 'windows-1252') text = fixC1(text);
      const held = this.#heldBytes(chunk, final);
      this.#bytes += chunk.length;
      this.#tail = new Uint8Array(held);
    } else {
      try {
        text = this.#decoder.decode(chunk, { stream: !final });
        this.#bytes += chunk.length;
        // A lead byte is at most 3 bytes from the end, so 4 bytes of chunk are enough to look at.
        const probe = chunk.length >= 4 ? chunk : joinTail(this.#tail, chunk);
        this.#tail = final ? new Uint8Array(0) : utf8TrailingIncomplete(probe);
      } catch {
        ({ text, invalid } = this.#decodeByHand(chunk, final, charStart));
      }
    }
    this.#chars += text.length;
    return {
      text,
      charStart,
      byteStart,
      byteEnd: this.#bytes - this.#tail.length,
      invalid,
    };
  }

  /** UTF-16 holds an odd trailing byte, or a high surrogate waiting for its pair. */
  #heldBytes(chunk: Uint8Array, final: boolean): number {
    if (final || this.encoding === 'windows-1252') return 0;
    const total = this.#tail.length + chunk.length;
    let held = total % 2;
    const joined = joinTail(this.#tail, chunk);
    const end = joined.length - held;
    if (end >= 2) {
      const hi = this.encoding === 'utf-16le' ? joined[end - 1]! : joined[end - 2]!;
      if (hi >= 0xd8 && hi <= 0xdb) held += 2;
    }
    return held;
  }

  #decodeByHand(
    chunk: Uint8Array,
    final: boolean,
    charStart: number,
  ): { text: string; invalid: number[] } {
    const bytes = joinTail(this.#tail, chunk);
    const plain = new TextDecoder('utf-8');
    const parts: string[] = [];
    const invalid: number[] = [];
    let chars = charStart;
    let at = 0;
    const end = final ? bytes.length : bytes.length - utf8TrailingIncomplete(bytes).length;
    while (at < end) {
      const rel = invalidUtf8At(bytes.subarray(at, end), false);
      const stop = rel === -1 ? end : at + rel;
      if (stop > at) {
        const run = plain.decode(bytes.subarray(at, stop));
        parts.push(run);
        chars += run.length;
      }
      if (rel === -1) break;
      parts.push(REPLACEMENT);
      invalid.push(chars);
      chars += 1;
      at = stop + 1;
    }
    this.#bytes += chunk.length;
    this.#tail = bytes.slice(end);
    this.#decoder = this.#newDecoder();
    if (this.#tail.length) this.#decoder.decode(this.#tail, { stream: true });
    return { text: parts.join(''), invalid };
  }
}

/**
 * Windows-1252 puts €, smart quotes, dashes and Š/Ž/Œ at 0x80–0x9F, where ISO-8859-1 has C1
 * controls. Some runtimes' `TextDecoder('windows-1252')` decode those bytes as ISO-8859-1
 * (Node 20 does: 0x80 comes out as U+0080, not €), so they are mapped here; in a runtime that
 * already decodes them, there is nothing left in that range to map.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

function fixC1(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

function joinTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (tail.length === 0) return chunk;
  const joined = new Uint8Array(tail.length + chunk.length);
  joined.set(tail);
  joined.set(chunk, tail.length);
  return joined;
}

/** The last bytes of `bytes` that start a UTF-8 sequence without finishing it. */
export function utf8TrailingIncomplete(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.slice(n - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(0);

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL by definition
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Bytes that `text.slice(from, to)` took in the source. `invalid` lists absolute char positions
 * of one-byte invalid sequences shown as U+FFFD; `charBase` is the absolute index of `text[0]`.
 */
export function encodedLength(
  text: string,
  from: number,
  to: number,
  encoding: CsvEncoding,
  invalid: readonly number[] = [],
  charBase = 0,
): number {
  if (encoding === 'windows-1252') return to - from;
  if (encoding !== 'utf-8') return 2 * (to - from);
  const slice = text.slice(from, to);
  if (!NON_ASCII.test(slice)) return to - from;
  // The native encoder counts faster than a loop; U+FFFD and lone surrogates both encode as
  // 3 bytes, matching how the decoder produced them (corrected below for invalid bytes).
  if (scratch.length < slice.length * 3) scratch = new Uint8Array(slice.length * 3);
  let bytes = encoder.encodeInto(slice, scratch).written;
  for (const at of invalid) {
    const rel = at - charBase;
    if (rel >= from && rel < to) bytes -= 2; // U+FFFD counted as 3 bytes stands for 1
  }
  return bytes;
}
