import { CsvError } from '../csv-error.js';

/**
 * Where CSV bytes come from. `open(offset)` streams the bytes from `offset` to the end, which is
 * how a sync resumes from a checkpoint without reading the file again. Files and Blobs can be
 * opened any number of times at any offset; a one-shot stream only once (resuming it skips the
 * bytes before the offset as they arrive).
 */
export interface CsvSource {
  /** For messages: a file name, `Blob`, `stream`. */
  readonly name: string;
  /** Total bytes, when known: drives `totalBytes` in progress events. */
  readonly size?: number;
  /** Whether `open` may be called again after the first time. */
  readonly reopenable: boolean;
  open(offset: number, signal?: AbortSignal): AsyncIterable<Uint8Array>;
}

/** What `createCsvAdapter` and `readCsv` accept in any JavaScript runtime. */
export type CsvInput =
  | CsvSource
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Uint8Array
  | ArrayBuffer
  | string;

/** A `Blob` or `File` (a dropped file in the browser): reopenable at any offset via `slice`. */
export function blobSource(blob: Blob, name = blobName(blob)): CsvSource {
  return {
    name,
    size: blob.size,
    reopenable: true,
    open: (offset, signal) => readableBytes(blob.slice(offset).stream(), signal),
  };
}

/** In-memory bytes, or text (encoded as UTF-8). */
export function bytesSource(data: Uint8Array | ArrayBuffer | string, name = 'input'): CsvSource {
  const bytes =
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : data instanceof Uint8Array
        ? data
        : new Uint8Array(data);
  return {
    name,
    size: bytes.length,
    reopenable: true,
    async *open(offset) {
      if (offset < bytes.length) yield bytes.subarray(offset);
    },
  };
}

/** A web `ReadableStream` (fetch body, `blob.stream()`): readable once. */
export function readableStreamSource(
  stream: ReadableStream<Uint8Array>,
  name = 'stream',
  size?: number,
): CsvSource {
  return oneShotSource((signal) => readableBytes(stream, signal), name, size);
}

/** Any async iterable of byte chunks (a Node `Readable` is one): readable once. */
export function iterableSource(
  chunks: AsyncIterable<Uint8Array>,
  name = 'stream',
  size?: number,
): CsvSource {
  return oneShotSource(() => chunks, name, size);
}

function oneShotSource(
  start: (signal?: AbortSignal) => AsyncIterable<Uint8Array>,
  name: string,
  size: number | undefined,
): CsvSource {
  let opened = false;
  return {
    name,
    ...(size === undefined ? {} : { size }),
    reopenable: false,
    open(offset, signal) {
      if (opened) {
        throw new CsvError(
          'not-resumable',
          `${name} can be read only once; to resume, pass a new stream of the same bytes from the start (or a file or Blob)`,
        );
      }
      opened = true;
      return skipBytes(start(signal), offset);
    },
  };
}

/** Drops the first `offset` bytes of a chunk stream. */
export async function* skipBytes(
  chunks: AsyncIterable<Uint8Array>,
  offset: number,
): AsyncIterable<Uint8Array> {
  let skip = offset;
  for await (const chunk of chunks) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    yield skip > 0 ? chunk.subarray(skip) : chunk;
    skip = 0;
  }
}

async function* readableBytes(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  const abort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.length) yield value;
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    // Stopping early (a break, an abort) must release the stream, not leave it locked.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function blobName(blob: Blob): string {
  const name = (blob as { name?: unknown }).name;
  return typeof name === 'string' && name ? name : 'Blob';
}

function isCsvSource(input: unknown): input is CsvSource {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as CsvSource).open === 'function' &&
    typeof (input as CsvSource).reopenable === 'boolean'
  );
}

/** Any accepted input as a `CsvSource`. A string is CSV text, not a path (see `/node`). */
export function toCsvSource(input: CsvInput): CsvSource {
  if (isCsvSource(input)) return input;
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    return bytesSource(input);
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) return blobSource(input);
  if (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream) {
    return readableStreamSource(input);
  }
  if (typeof (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    return iterableSource(input as AsyncIterable<Uint8Array>);
  }
  throw new CsvError(
    'bad-option',
    'CSV input must be a Blob/File, a ReadableStream, an async iterable of Uint8Array, bytes or text',
  );
}
