import type { HttpClient, HttpResponse, Query } from '../http/http-client.js';
import type { ProgressEvent } from '../contract.js';

/** One page of a paginated listing, with the state that resumes *after* it. */
export interface Page<T, S> {
  items: T[];
  /** 1-based, counted from where this run started. */
  page: number;
  response: HttpResponse<unknown>;
  /** Pass as `start` to continue after this page; `undefined` on the last page. */
  next: S | undefined;
}

/** What every paginator shares. */
export interface PaginateBase<T> {
  path: string;
  /** Pulls the items out of a response body; throw (e.g. with `itemsAt`) when the shape is wrong. */
  items: (body: unknown) => T[];
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

export type { HttpClient, Query };

/** A listing that cannot continue: a missing array, a cursor that does not move. */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
}

function at(body: unknown, path: readonly string[]): unknown {
  let value = body;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Reads a nested value (`valueAt(body, 'meta', 'after_cursor')`) without trusting the shape. */
export function valueAt(body: unknown, ...path: string[]): unknown {
  return at(body, path);
}

/**
 * An `items` extractor for the array at `path` (`itemsAt('tickets')`, `itemsAt('results')`).
 * A page without that array is an error, not an empty page: silently ending a sync there
 * would lose every record after it.
 */
export function itemsAt(...path: string[]): (body: unknown) => unknown[] {
  return (body) => {
    const value = at(body, path);
    if (!Array.isArray(value)) {
      throw new PaginationError(`response has no array at \`${path.join('.')}\``);
    }
    return value;
  };
}
