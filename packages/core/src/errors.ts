/** One problem with one input record: where it is (index, id, field path) and why. */
export interface RecordIssue {
  /** Position of the record in the input array (or the order it was added). */
  index: number;
  /** The record's own `id`, when it has one: indices shift, ids do not. */
  id?: string | number;
  /** Field path inside the record, e.g. `['conversion', 'amount']`; empty for the record itself. */
  path: (string | number)[];
  message: string;
}

/** A record set aside in lenient mode, with every reason it was refused. */
export interface RejectedRecord<T = unknown> {
  index: number;
  id?: string | number;
  record: T;
  issues: RecordIssue[];
}

export type ValidationMode = 'strict' | 'lenient';

/** Thrown by an accumulator's `add` for one bad field; batch functions attach index and id. */
export class InvalidFieldError extends Error {
  override name = 'InvalidFieldError';
  constructor(
    readonly path: (string | number)[],
    readonly reason: string,
  ) {
    super(path.length ? `${path.join('.')}: ${reason}` : reason);
  }
}

/** Thrown in strict mode: names the KPI, the record (index and id) and the field path. */
export class TableroValidationError extends Error {
  override name = 'TableroValidationError';
  constructor(
    readonly source: string,
    readonly issues: RecordIssue[],
  ) {
    super(formatIssues(source, issues));
  }
}

export function describeRecord(issue: Pick<RecordIssue, 'index' | 'id'>): string {
  return issue.id === undefined
    ? `record ${issue.index}`
    : `record ${issue.index} (id ${JSON.stringify(issue.id)})`;
}

function formatIssues(source: string, issues: RecordIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const field = issue.path.length ? ` field "${issue.path.join('.')}"` : '';
    return `${describeRecord(issue)}${field}: ${issue.message}`;
  });
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `${source}: ${shown.join('; ')}${more}`;
}

/** `{ index, id }` locating a record in its batch, `id` only when it has a usable one. */
export function recordRef(index: number, record: unknown): { index: number; id?: string | number } {
  const id = recordId(record);
  return id === undefined ? { index } : { index, id };
}

/** Reads `record.id` when the record is an object that has a usable one. */
export function recordId(record: unknown): string | number | undefined {
  if (record !== null && typeof record === 'object' && 'id' in record) {
    const id = (record as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return undefined;
}
