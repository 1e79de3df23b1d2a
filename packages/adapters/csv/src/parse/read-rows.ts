import type { CsvSource } from '../source/csv-source.js';
import { detectDelimiter } from '../text/detect-delimiter.js';
import { detectEncoding, type DetectedEncoding } from '../text/detect-encoding.js';
import type { CsvEncoding } from '../text/encodings.js';
import { StreamDecoder, encodedLength } from '../text/stream-decoder.js';
import { CsvTokenizer, type CsvRow } from './csv-tokenizer.js';

/** Bytes looked at before deciding encoding and delimiter. */
const SNIFF_BYTES = 64 * 1024;
/** Largest piece decoded and tokenized at once. */
const PIECE_BYTES = 64 * 1024;

/** A character that has no business in a CSV row, found where it is. */
export interface RowMark {
  reason: 'nul-byte' | 'bom-in-middle' | 'invalid-encoding';
  /** Absolute char offset. */
  at: number;
}

export interface ReadRow extends CsvRow {
  marks?: RowMark[];
}

/** The settings a file is read with; detected once, then stored in checkpoints. */
export interface CsvSettings {
  encoding: CsvEncoding;
  delimiter: string;
  /** Bytes of BOM skipped at the start of the file. */
  bomLength: number;
  /** How the encoding was chosen (`given` when passed in). */
  encodingEvidence: DetectedEncoding['evidence'] | 'given';
  delimiterEvidence: 'detected' | 'given';
}

/** Rows completed by one chunk of bytes, and how to turn a row's end into a byte offset. */
export interface RowGroup {
  rows: ReadRow[];
  settings: CsvSettings;
  /** Absolute byte offset of a char offset that is a record start within this group. */
  byteAt(char: number): number;
  /** Bytes of the source consumed so far (absolute). */
  bytesRead: number;
}

export interface ReadRowsOptions {
  encoding?: CsvEncoding | 'auto';
  delimiter?: string | 'auto';
  /** Resume: settings from the checkpoint, byte offset and line of the next record. */
  resume?: { settings: CsvSettings; byte: number; line: number };
  maxQuotedChars?: number;
  signal?: AbortSignal;
}

/**
 * Source bytes → rows, streaming: detection on the first 64 KiB (unless resuming or told), a
 * streaming decoder, the tokenizer, and the marks (NUL, U+FEFF, invalid bytes) that make a
 * row reportable. Memory holds one chunk and one unfinished record.
 */
export async function* readRows(
  source: CsvSource,
  options: ReadRowsOptions = {},
): AsyncGenerator<RowGroup> {
  const startByte = options.resume?.byte ?? 0;
  const chunks = source.open(startByte, options.signal)[Symbol.asyncIterator]();
  let settings = options.resume?.settings;
  let pending: Uint8Array | undefined;
  /** Whether `pending` is the last of the bytes. */
  let pendingFinal = false;
  let done = false;

  if (!settings) {
    const sniffed = await sniff(chunks);
    pending = sniffed.head;
    done = sniffed.done;
    pendingFinal = done;
    settings = decideSettings(sniffed.head, options);
    if (settings.bomLength) pending = pending.subarray(settings.bomLength);
  }
  // Byte offset of the first decoded byte: after the BOM on a fresh read, the record start on resume.
  const firstByte = startByte + (options.resume ? 0 : settings.bomLength);
  const decoder = new StreamDecoder(settings.encoding, firstByte);
  const tokenizer = new CsvTokenizer({
    delimiter: settings.delimiter,
    firstLine: options.resume?.line ?? 1,
    ...(options.maxQuotedChars ? { maxQuotedChars: options.maxQuotedChars } : {}),
  });
  let marks: RowMark[] = [];
  // Invalid-byte positions inside the text the tokenizer holds back.
  let heldInvalid: number[] = [];

  for (;;) {
    options.signal?.throwIfAborted();
    let chunk: Uint8Array;
    let final = false;
    if (pending) {
      chunk = pending;
      pending = undefined;
      final = pendingFinal;
    } else {
      const next = done ? { done: true as const, value: undefined } : await chunks.next();
      if (next.done) {
        chunk = new Uint8Array(0);
        final = true;
      } else {
        chunk = next.value;
      }
    }
    // Big chunks (a 1 MiB stream read, a whole Blob) are decoded and tokenized 64 KiB at a time:
    // fewer rows alive at once means young-generation GC copies less (see FILE_CHUNK in node.ts).
    if (chunk.length > PIECE_BYTES) {
      pending = chunk.subarray(PIECE_BYTES);
      chunk = chunk.subarray(0, PIECE_BYTES);
      pendingFinal = final;
      final = false;
    }
    const piece = decoder.decode(chunk, final);
    const heldStart = tokenizer.pendingStart;
    const heldText = tokenizer.pendingText;
    const invalid = heldInvalid.length ? heldInvalid.concat(piece.invalid) : piece.invalid;
    collectMarks(piece.text, piece.charStart, piece.invalid, marks);
    const rows = tokenizer.push(piece.text, final) as ReadRow[];
    if (marks.length) marks = attachMarks(rows, marks);
    const encoding = settings.encoding;
    // The decoder knows the byte offsets of both ends of the piece exactly; a record start in
    // it is counted from the nearer end (checkpoints are made once per batch, mid-piece).
    const byteAt = (char: number) => {
      const { text, charStart, byteStart, byteEnd } = piece;
      const at = char - charStart;
      if (at >= 0) {
        return at <= text.length / 2
          ? byteStart + encodedLength(text, 0, at, encoding, piece.invalid, charStart)
          : byteEnd - encodedLength(text, at, text.length, encoding, piece.invalid, charStart);
      }
      // In the text held back from earlier pieces (one unfinished record): counted back.
      const segment = heldText + text;
      return (
        byteEnd -
        encodedLength(segment, char - heldStart, segment.length, encoding, invalid, heldStart)
      );
    };
    heldInvalid = invalid.filter((at) => at >= tokenizer.pendingStart);
    if (rows.length || final) {
      yield { rows, settings, byteAt, bytesRead: piece.byteEnd };
    }
    if (final) return;
  }
}

async function sniff(
  chunks: AsyncIterator<Uint8Array>,
): Promise<{ head: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) return { head: concat(parts, length), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: concat(parts, length), done: false };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function decideSettings(head: Uint8Array, options: ReadRowsOptions): CsvSettings {
  const detected = detectEncoding(head);
  const given = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  const encoding = given ?? detected.encoding;
  // A BOM is skipped only when it belongs to the encoding in use.
  const bomLength =
    detected.evidence === 'bom' && detected.encoding === encoding ? detected.bomLength : 0;
  let delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : undefined;
  const delimiterEvidence = delimiter ? 'given' : 'detected';
  if (!delimiter) {
    const sample = new TextDecoder(encoding, { ignoreBOM: true }).decode(
      head.subarray(bomLength, Math.min(head.length, bomLength + SNIFF_BYTES)),
    );
    delimiter = detectDelimiter(sample);
  }
  return {
    encoding,
    delimiter,
    bomLength,
    encodingEvidence: given ? 'given' : detected.evidence,
    delimiterEvidence,
  };
}

function collectMarks(text: string, base: number, invalid: number[], into: RowMark[]): void {
  for (const at of invalid) into.push({ reason: 'invalid-encoding', at });
  for (const [ch, reason] of [
    ['\0', 'nul-byte'],
    ['\uFEFF', 'bom-in-middle'],
  ] as const) {
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
      into.push({ reason, at: base + i });
    }
  }
  if (into.length > 1) into.sort((a, b) => a.at - b.at);
}

/** Gives each row the marks inside it; returns the marks not reached yet. */
function attachMarks(rows: ReadRow[], marks: RowMark[]): RowMark[] {
  let m = 0;
  for (const row of rows) {
    while (m < marks.length && marks[m]!.at < row.start) m++;
    while (m < marks.length && marks[m]!.at < row.end) {
      (row.marks ??= []).push(marks[m]!);
      m++;
    }
  }
  return marks.slice(m);
}
