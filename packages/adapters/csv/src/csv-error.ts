/**
 * A problem that stops a whole file from being read (as opposed to a row-level `Rejection`):
 * a mapped column missing from the header, an option that makes no sense, a checkpoint from
 * another file. `reason` is machine-readable, the message says what to do.
 */
export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    readonly reason: CsvErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export type CsvErrorReason =
  | 'missing-column'
  | 'bad-header'
  | 'bad-option'
  | 'bad-mapping'
  | 'bad-checkpoint'
  | 'source-changed'
  | 'not-resumable';
