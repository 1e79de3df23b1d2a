/** What went wrong, so callers can decide without parsing messages. */
export type HttpErrorKind =
  'status' | 'network' | 'timeout' | 'invalid-json' | 'rate-limit' | 'cross-origin';

export interface HttpErrorInit {
  kind: HttpErrorKind;
  method: string;
  /** Already redacted. */
  url: string;
  attempts: number;
  status?: number;
  /** Already redacted; at most a few hundred characters of the last response body. */
  body?: string;
  /** Already redacted description of the underlying failure. */
  detail: string;
}

/**
 * A request that failed for good. Every string in it was redacted before construction, and
 * the underlying error is kept only as a redacted message (a raw `cause` could carry the
 * request, and so the credential, into a log).
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly kind: HttpErrorKind;
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  readonly status: number | undefined;
  readonly body: string | undefined;

  constructor(init: HttpErrorInit) {
    const tries =
      init.attempts === 0
        ? 'before sending'
        : `after ${init.attempts === 1 ? '1 attempt' : `${init.attempts} attempts`}`;
    super(`${init.method} ${init.url} failed ${tries}: ${init.detail}`);
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.attempts = init.attempts;
    this.status = init.status;
    this.body = init.body;
  }

  /** Whether a later run may succeed (a server or network fault, not a refused request). */
  get transient(): boolean {
    return (
      this.kind !== 'cross-origin' &&
      (this.kind !== 'status' || this.status === undefined || this.status >= 500)
    );
  }
}
