import { open, stat, type FileHandle } from 'node:fs/promises';

/**
 * An NDJSON file written by appending whole lines, that knows its length in bytes. Opening at
 * `fromBytes` cuts off whatever a killed run wrote after its last saved state, so a resumed
 * sync writes each record once.
 */
export class NdjsonAppender {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private length: number,
    private dirty = false,
  ) {}

  /** Bytes in the file, all of them whole lines. */
  get bytes(): number {
    return this.length;
  }

  /**
   * Opens (creating it if needed) and truncates to `fromBytes`. Throws `ShorterThanSaved` when
   * the file holds fewer bytes than a saved state says were written: something else changed it.
   */
  static async open(path: string, fromBytes: number): Promise<NdjsonAppender> {
    const size = await sizeOf(path);
    if (size < fromBytes) throw new ShorterThanSaved(path, size, fromBytes);
    const handle = await open(path, 'a');
    try {
      if (size > fromBytes) await handle.truncate(fromBytes);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new NdjsonAppender(path, handle, fromBytes);
  }

  /** Appends one line per value; one write call per batch. */
  async append(values: readonly unknown[]): Promise<void> {
    if (values.length === 0) return;
    let text = '';
    for (const value of values) text += `${JSON.stringify(value)}\n`;
    const buffer = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, offset, buffer.length - offset);
      offset += bytesWritten;
    }
    this.length += buffer.length;
    this.dirty = true;
  }

  /** Waits until appended lines are on disk (fsync): only then may a state point past them. */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    await this.handle.sync();
    this.dirty = false;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export class ShorterThanSaved extends Error {
  override readonly name = 'ShorterThanSaved';
  constructor(
    readonly path: string,
    readonly size: number,
    readonly expected: number,
  ) {
    super(`${path} has ${size} bytes, but the saved state says ${expected} were written`);
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
