import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from '../../src/index.js';

describe('parseLinkHeader (RFC 8288 §3)', () => {
  it("reads Freshdesk's next link", () => {
    const header = '<https://acme.freshdesk.com/api/v2/tickets?page=2&per_page=100>; rel="next"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://acme.freshdesk.com/api/v2/tickets?page=2&per_page=100',
    });
  });
  it('reads several links, unquoted and multi-valued rels, and commas inside URLs', () => {
    const header =
      '<https://x.test/a?ids=1,2>; rel="prev first", <https://x.test/a?page=3>; title="n, m"; rel=next';
    expect(parseLinkHeader(header)).toEqual({
      prev: 'https://x.test/a?ids=1,2',
      first: 'https://x.test/a?ids=1,2',
      next: 'https://x.test/a?page=3',
    });
  });
  it('gives nothing for an absent or rel-less header', () => {
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('<https://x.test/>')).toEqual({});
  });
});
