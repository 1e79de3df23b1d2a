import { describe, expect, it } from 'vitest';
import { clientForSync, type ProgressEvent } from '../../src/index.js';

describe("clientForSync (contract: a sync's signal and progress reach its requests)", () => {
  const answers = () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls += 1;
      return calls === 1
        ? new Response('{}', { status: 429, headers: { 'retry-after': '2' } })
        : Response.json({ ok: true });
    };
    return { fetch, calls: () => calls };
  };
  const base = {
    baseUrl: 'http://127.0.0.1:9/api',
    auth: { type: 'bearer' as const, token: 'secret' },
    sleep: async () => {},
    random: () => 0.5,
  };

  it("reports the client's waits to the run's listener", async () => {
    const events: ProgressEvent[] = [];
    const { fetch } = answers();
    const http = clientForSync({ ...base, fetch }, { onProgress: (e) => events.push(e) });
    await expect(http.get('/tickets')).resolves.toMatchObject({ body: { ok: true } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'wait', reason: 'rate-limit' }));
  });

  it("sends nothing once the run's signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    const { fetch, calls } = answers();
    const http = clientForSync({ ...base, fetch }, { signal: controller.signal });
    await expect(http.get('/tickets')).rejects.toThrow('user cancelled');
    expect(calls()).toBe(0);
  });
});
