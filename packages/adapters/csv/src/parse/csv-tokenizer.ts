const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A row problem found while tokenizing; the row is reported, never silently repaired. */
export interface TokenProblem {
  reason: 'unbalanced-quote' | 'stray-quote';
  /** Index of the field where it happened. */
  field: number;
}

/** One record as it appears in the file. */
export interface CsvRow {
  fields: string[];
  /** Physical line (1-based) where the record starts; quoted newlines make records span lines. */
  line: number;
  /** Physical line where it ends. */
  endLine: number;
  /** Absolute char offset of the record's first character. */
  start: number;
  /** Absolute char offset just past its line break: where the next record starts. */
  end: number;
  /** An empty physical line (not a row with one empty quoted field). */
  blank: boolean;
  problem?: TokenProblem;
}

export interface CsvTokenizerOptions {
  delimiter: string;
  /**
   * A quoted field still open after this many characters is taken as an unbalanced quote, so a
   * stray `"` near the top of a 1 GB file cannot make the reader hold the rest of it in memory.
   */
  maxQuotedChars?: number;
  /** Physical line number of the first character pushed (1 = top of file). */
  firstLine?: number;
  /** Absolute char offset of the first character pushed. */
  firstChar?: number;
}

const NEED_MORE = -1;

/**
 * RFC 4180 tokenizer over text pushed in pieces of any size. It holds only the text of the
 * record it has not finished, so memory stays flat whatever the file size. Quoted fields may
 * hold delimiters, doubled quotes and CR, LF or CRLF line breaks; records may end with any of
 * the three. It jumps between delimiters, quotes and line breaks with `indexOf` rather than
 * visiting every character, which is what makes it fast on long unquoted fields.
 */
export class CsvTokenizer {
  readonly delimiter: string;
  readonly #delimiterCode: number;
  readonly #maxQuoted: number;
  #rest = '';
  /** Absolute char offset of `#rest[0]`. */
  #base: number;
  #line: number;
  // Per-buffer caches of the next delimiter / LF / CR at or after a position (-1: none left).
  #buf = '';
  #nextDelim = 0;
  #nextLf = 0;
  #nextCr = 0;
  /**
   * Fields of the last record that had as many as the one before: the next record's array is
   * made that long at once instead of grown push by push (one allocation, no copies).
   */
  #width = 0;
  /** The value of the quoted field `#quoted` last read. */
  #value = '';

  constructor(options: CsvTokenizerOptions) {
    if (options.delimiter.length !== 1 || options.delimiter === '"') {
      throw new RangeError(
        `delimiter must be one character other than '"', got ${JSON.stringify(options.delimiter)}`,
      );
    }
    this.delimiter = options.delimiter;
    this.#delimiterCode = options.delimiter.charCodeAt(0);
    this.#maxQuoted = options.maxQuotedChars ?? 4_000_000;
    this.#line = options.firstLine ?? 1;
    this.#base = options.firstChar ?? 0;
  }

  /** Physical line of the next record to come out. */
  get line(): number {
    return this.#line;
  }

  /** Text held back because its record is not complete yet; it starts at `pendingStart`. */
  get pendingText(): string {
    return this.#rest;
  }

  /** Absolute char offset where the next record starts. */
  get pendingStart(): number {
    return this.#base;
  }

  /** Pushes text; returns the records it completes. `final` flushes the last record. */
  push(text: string, final = false): CsvRow[] {
    const rows: CsvRow[] = [];
    let buf = text;
    let pos = 0;
    if (this.#rest.length) {
      const resume = final ? -1 : this.#finishHeld(text, rows);
      if (resume === -1) buf = this.#rest + text;
      else {
        // The held record is done: the piece is read as it is, from where the next one starts.
        this.#base += this.#rest.length;
        pos = resume;
      }
    }
    this.#search(buf);
    const n = buf.length;
    while (pos < n) {
      const row = this.#record(buf, pos, final);
      if (row === undefined) break;
      rows.push(row);
      pos = row.end - this.#base;
    }
    this.#base += pos;
    this.#rest = pos === 0 ? buf : buf.slice(pos);
    this.#buf = '';
    return rows;
  }

  /** Starts the searches over in a new buffer. */
  #search(buf: string): void {
    this.#buf = buf;
    // -2: not searched yet in this buffer (always below any position, so the first find searches).
    this.#nextDelim = this.#nextLf = this.#nextCr = -2;
  }

  /**
   * Completes the record held back from the last piece on a short join (the held text and the
   * piece up to its first line break), so that the piece itself is read without being copied
   * into one string with the held text. Returns where in `text` the next record starts, or -1
   * when the record goes on past that line break (quoted): the caller joins everything then.
   */
  #finishHeld(text: string, rows: CsvRow[]): number {
    const lf = text.indexOf('\n');
    const cr = text.indexOf('\r');
    const lineBreak = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
    // One character past the break: a CR may be the first half of a CRLF.
    if (lineBreak === -1 || lineBreak + 2 > text.length) return -1;
    const held = this.#rest;
    // Past maxQuotedChars the record would be cut as an unbalanced quote inside the held text.
    if (held.length + lineBreak + 2 > this.#maxQuoted) return -1;
    const joined = held + text.slice(0, lineBreak + 2);
    this.#search(joined);
    const row = this.#record(joined, 0, false);
    if (row === undefined) return -1;
    rows.push(row);
    return row.end - this.#base - held.length;
  }

  /** Parses the record starting at `pos`, or returns undefined when more text is needed. */
  #record(buf: string, pos: number, final: boolean): CsvRow | undefined {
    const n = buf.length;
    const fields: string[] = new Array<string>(this.#width);
    let k = 0;
    let i = pos;
    let line = this.#line;
    let problem: TokenProblem | undefined;
    for (;;) {
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        const after = this.#quoted(buf, i, final);
        if (after === NEED_MORE) {
          if (!final && n - pos <= this.#maxQuoted) return undefined;
          return this.#unbalanced(buf, pos, k, final);
        }
        const value = this.#value;
        line += countLineBreaks(value);
        i = after;
        let field = value;
        const c = i < n ? buf.charCodeAt(i) : -1;
        if (c !== -1 && c !== this.#delimiterCode && c !== LF && c !== CR) {
          // `"abc"def`: keep the text as written and report the row.
          problem ??= { reason: 'stray-quote', field: k };
          const stop = this.#fieldEnd(i);
          if (stop === NEED_MORE && !final) return undefined;
          const to = stop === NEED_MORE ? n : stop;
          field = `"${value}"${buf.slice(i, to)}`;
          i = to;
        }
        fields[k++] = field;
        const end = this.#afterField(buf, i, final);
        if (end === NEED_MORE) return undefined;
        if (end === i + 1 && buf.charCodeAt(i) === this.#delimiterCode) {
          i = end;
          continue;
        }
        return this.#emit(fields, k, pos, end, line, problem, false);
      }
      const stop = this.#fieldEnd(i);
      if (stop === NEED_MORE) {
        if (!final) return undefined;
        fields[k++] = buf.slice(i, n);
        return this.#emit(fields, k, pos, n, line, problem, n === pos);
      }
      fields[k++] = buf.slice(i, stop);
      if (buf.charCodeAt(stop) === this.#delimiterCode) {
        i = stop + 1;
        continue;
      }
      const end = this.#afterField(buf, stop, final);
      if (end === NEED_MORE) return undefined;
      return this.#emit(fields, k, pos, end, line, problem, stop === pos);
    }
  }

  /** Index of the delimiter or line break that ends an unquoted field, or NEED_MORE. */
  #fieldEnd(from: number): number {
    // Each cache is refreshed only once passed; -1 (none left in this buffer) stays valid.
    const buf = this.#buf;
    let d = this.#nextDelim;
    if (d !== -1 && d < from) d = this.#nextDelim = buf.indexOf(this.delimiter, from);
    let l = this.#nextLf;
    if (l !== -1 && l < from) l = this.#nextLf = buf.indexOf('\n', from);
    let c = this.#nextCr;
    if (c !== -1 && c < from) c = this.#nextCr = buf.indexOf('\r', from);
    let stop = d;
    if (l !== -1 && (stop === -1 || l < stop)) stop = l;
    if (c !== -1 && (stop === -1 || c < stop)) stop = c;
    return stop === -1 ? NEED_MORE : stop;
  }

  /** After a field at `i` (delimiter, line break or end): the next position, or NEED_MORE. */
  #afterField(buf: string, i: number, final: boolean): number {
    const n = buf.length;
    if (i >= n) return final ? n : NEED_MORE;
    const c = buf.charCodeAt(i);
    if (c === this.#delimiterCode) return i + 1;
    if (c === LF) return i + 1;
    // CR: a CRLF pair is one break; at the buffer's end we cannot tell yet.
    if (i + 1 >= n) return final ? n : NEED_MORE;
    return buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }

  /**
   * A quoted field starting at `open`: its value goes to `#value` (no result object per field)
   * and the position after the closing quote is returned; NEED_MORE when the closing quote is
   * not in `buf`.
   */
  #quoted(buf: string, open: number, final: boolean): number {
    const n = buf.length;
    let j = open + 1;
    let doubled = false;
    for (;;) {
      const q = buf.indexOf('"', j);
      if (q === -1) return NEED_MORE;
      if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
        doubled = true;
        j = q + 2;
        continue;
      }
      // A quote at the very end may be the first half of a doubled quote in the next piece.
      if (q + 1 === n && !final) return NEED_MORE;
      const value = buf.slice(open + 1, q);
      this.#value = doubled ? value.replaceAll('""', '"') : value;
      return q + 1;
    }
  }

  /**
   * A quote that never closes (at the end of the file, or within `maxQuotedChars`). Everything
   * up to the end of the record's first physical line is reported as one bad row; reading goes
   * on from the next line, so the rows after it are kept.
   */
  #unbalanced(buf: string, pos: number, field: number, final: boolean): CsvRow | undefined {
    const lf = buf.indexOf('\n', pos);
    const cr = buf.indexOf('\r', pos);
    let stop = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (stop === -1) {
      if (!final) return undefined;
      stop = buf.length;
    }
    const end = this.#afterField(buf, stop, true);
    const fields = [buf.slice(pos, stop)];
    return this.#emit(
      fields,
      1,
      pos,
      end,
      this.#line,
      { reason: 'unbalanced-quote', field },
      false,
    );
  }

  #emit(
    fields: string[],
    count: number,
    pos: number,
    end: number,
    lastLine: number,
    problem: TokenProblem | undefined,
    blank: boolean,
  ): CsvRow {
    if (fields.length !== count) fields.length = count;
    else this.#width = count;
    const row: CsvRow = {
      fields,
      line: this.#line,
      endLine: lastLine,
      start: this.#base + pos,
      end: this.#base + end,
      blank,
    };
    if (problem) row.problem = problem;
    this.#line = lastLine + 1;
    return row;
  }
}

/** Physical line breaks inside a quoted value: CRLF counts once. */
function countLineBreaks(value: string): number {
  if (value.indexOf('\n') === -1 && value.indexOf('\r') === -1) return 0;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && value.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
