import { describe, expect, it } from 'vitest';
import {
  authHeader,
  authSecrets,
  createRedactor,
  freshdeskApiKeyAuth,
  REDACTED,
  secretForms,
  zendeskTokenAuth,
} from '../../src/index.js';

describe('createRedactor (BRIEF: secrets never appear in logs or errors)', () => {
  const secret = 'tok/en+with=odd&chars';
  const redact = createRedactor([secret]);

  it('hides the raw, URL-encoded, double-encoded and base64 forms', () => {
    const b64 = Buffer.from(secret).toString('base64');
    const text = `raw ${secret} url ${encodeURIComponent(secret)} twice ${encodeURIComponent(encodeURIComponent(secret))} b64 ${b64}`;
    const out = redact(text);
    for (const form of secretForms(secret)) expect(out).not.toContain(form);
    expect(out.match(/\[redacted\]/g)).toHaveLength(4);
  });

  it('hides credential query parameters it was not told about', () => {
    const out = redact(
      'GET https://x.test/a?page=2&api_key=abc123&hapikey=zz9&access_token=t.o.k#frag',
    );
    expect(out).toBe(
      `GET https://x.test/a?page=2&api_key=${REDACTED}&hapikey=${REDACTED}&access_token=${REDACTED}#frag`,
    );
  });

  it('hides Authorization header values', () => {
    expect(redact('Authorization: Bearer abcdefghijkl.mnop')).toBe(
      `Authorization: Bearer ${REDACTED}`,
    );
    expect(redact('authorization: Basic dXNlcjpwYXNzd29yZA==')).toBe(
      `authorization: Basic ${REDACTED}`,
    );
  });

  it('leaves text without secrets untouched, and ignores secrets too short to search for', () => {
    const r = createRedactor(['X', '', undefined, null]);
    expect(r('GET /tickets?page=2 → HTTP 503 X-RateLimit-Remaining')).toBe(
      'GET /tickets?page=2 → HTTP 503 X-RateLimit-Remaining',
    );
  });

  it('knows every part of a Basic credential: Zendesk email/token and Freshdesk key:X', () => {
    const zd = zendeskTokenAuth('ana@acme.test', 'zd-token-123456');
    const zdRedact = createRedactor(authSecrets(zd));
    const header = authHeader(zd)![1];
    expect(header).toBe(
      `Basic ${Buffer.from('ana@acme.test/token:zd-token-123456').toString('base64')}`,
    );
    expect(zdRedact(`sent ${header} for ana@acme.test/token`)).not.toMatch(
      /zd-token|ana@acme|YW5h/,
    );
    const fd = freshdeskApiKeyAuth('fd-key-abcdef');
    expect(authHeader(fd)![1]).toBe(`Basic ${Buffer.from('fd-key-abcdef:X').toString('base64')}`);
    expect(createRedactor(authSecrets(fd))(`key fd-key-abcdef`)).toBe(`key ${REDACTED}`);
  });
});
