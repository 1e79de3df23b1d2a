import { describe, expect, it } from 'vitest';
import { createHttpClient } from '@tablero/adapter-kit';
import { loadZendeskLookups } from '../../src/index.js';

describe('Zendesk lookups (HELPDESK-APIS §1.2, §1.4)', () => {
  it('lists only agents and admins, on the ordinary list endpoint, not the incremental export', async () => {
    const urls: string[] = [];
    const http = createHttpClient({
      baseUrl: 'https://acme.zendesk.com/api/v2',
      fetch: async (input) => {
        const url = new URL(String(input));
        urls.push(`${url.pathname}${url.search}`);
        const key = url.pathname.split('/').pop()!;
        const items = key === 'users' ? [{ id: 7001, name: 'Lucía Fernández', role: 'agent' }] : [];
        return Response.json({ [key]: items, meta: { has_more: false } });
      },
    });
    const { lookups, rejected } = await loadZendeskLookups(http);
    expect(rejected).toEqual([]);
    expect(lookups.users?.get(7001)?.name).toBe('Lucía Fernández');
    expect(urls).toContain(
      `/api/v2/users?${new URLSearchParams([
        ['role[]', 'agent'],
        ['role[]', 'admin'],
        ['page[size]', '100'],
      ])}`,
    );
  });
});
