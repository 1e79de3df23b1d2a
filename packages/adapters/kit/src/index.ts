// @tablero/adapter-kit: what every Tablero adapter builds on. Loads in Node and browsers; the
// fake server (`/testing`) and the conformance suite (`/conformance`) are separate entries.
export * from './contract.js';
export * from './checkpoint.js';

export * from './records/record-schemas.js';
export * from './records/map-vendor-records.js';
export * from './records/unique-records.js';
export * from './records/page-batches.js';
export * from './records/parse-each.js';

export * from './sync/client-for-sync.js';
export * from './sync/report-batch.js';

export * from './http/auth.js';
export * from './http/backoff.js';
export * from './http/http-client.js';
export * from './http/http-error.js';
export * from './http/rate-limit.js';
export * from './http/redactor.js';
export * from './http/sleep.js';

export {
  itemsAt,
  valueAt,
  PaginationError,
  type Page,
  type PaginateBase,
} from './paginate/page.js';
export * from './paginate/paginate-cursor.js';
export * from './paginate/paginate-link.js';
export * from './paginate/paginate-pages.js';
export * from './paginate/parse-link-header.js';
export * from './paginate/vendor-paging.js';
