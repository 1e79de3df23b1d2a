import { base64 } from './redactor.js';

/**
 * How the client authenticates. Values come from the caller (who read them from environment
 * variables); the client keeps them only to build the header and to redact them.
 */
export type HttpAuth =
  | { type: 'bearer'; token: string }
  | { type: 'basic'; username: string; password: string }
  | { type: 'header'; name: string; value: string }
  | { type: 'none' };

export const bearerAuth = (token: string): HttpAuth => ({ type: 'bearer', token });

export const basicAuth = (username: string, password: string): HttpAuth => ({
  type: 'basic',
  username,
  password,
});

/** Zendesk API token: Basic `{email}/token:{api_token}` (HELPDESK-APIS §1.1). */
export const zendeskTokenAuth = (email: string, apiToken: string): HttpAuth =>
  basicAuth(`${email}/token`, apiToken);

/** Freshdesk API key: Basic `{api_key}:X` (HELPDESK-APIS §0). */
export const freshdeskApiKeyAuth = (apiKey: string): HttpAuth => basicAuth(apiKey, 'X');

/** The `Authorization` (or custom) header for `auth`, if any. */
export function authHeader(auth: HttpAuth): [name: string, value: string] | undefined {
  switch (auth.type) {
    case 'bearer':
      return ['authorization', `Bearer ${auth.token}`];
    case 'basic':
      return ['authorization', `Basic ${base64(`${auth.username}:${auth.password}`)}`];
    case 'header':
      return [auth.name.toLowerCase(), auth.value];
    case 'none':
      return undefined;
  }
}

/**
 * Every string that must never leave the client. A Basic username is secret too: Freshdesk's
 * username *is* the API key, and Zendesk's is the agent's email.
 */
export function authSecrets(auth: HttpAuth): string[] {
  switch (auth.type) {
    case 'bearer':
      return [auth.token];
    case 'basic':
      return [auth.password, auth.username, `${auth.username}:${auth.password}`];
    case 'header':
      return [auth.value];
    case 'none':
      return [];
  }
}
