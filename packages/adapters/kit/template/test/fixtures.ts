import { readFileSync } from 'node:fs';

/**
 * Recorded API pages (`fixtures/tickets.json`). TODO(adapter): record real responses (with
 * personal data replaced), one array per page, and list what a full sync must give.
 */
export const recorded = JSON.parse(
  readFileSync(new URL('./fixtures/tickets.json', import.meta.url), 'utf8'),
) as {
  pages: unknown[][];
};

/** Every ticket id a full sync must emit: all recorded tickets but the two bad ones. */
export const expectedIds = recorded.pages
  .flat()
  .map((t) => String((t as { id: unknown }).id))
  .filter((id) => id !== '1008' && id !== '1011');

/** 1008 has a status Acme's schema does not know; 1011 was resolved before it was created. */
export const expectedRejections = [
  { id: 1008, reason: 'invalid-vendor-record' },
  { id: 1011, reason: 'invalid-core-record' },
];
