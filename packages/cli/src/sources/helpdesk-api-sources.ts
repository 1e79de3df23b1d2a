import { bearerAuth, zendeskTokenAuth, type HttpAuth } from '@tablero/adapter-kit';
import { createFreshdeskAdapter } from '@tablero/adapter-freshdesk';
import { createHubspotAdapter } from '@tablero/adapter-hubspot';
import { createZendeskAdapter } from '@tablero/adapter-zendesk';
import { accountName, apiBaseUrl } from './api-base-url.js';
import { apiSyncSource } from './api-sync-source.js';
import type { EnvVarSpec, SyncSource } from './sync-source.js';

// The helpdesk API commands and the environment each reads (HELPDESK-APIS.md §1.1, §2.1, §3.1).
// Credentials come only from these variables; `*_BASE_URL` is a hidden test hook.

const baseUrlVar = (vendor: string): EnvVarSpec => ({
  name: `TABLERO_${vendor}_BASE_URL`,
  description: 'API base URL instead of the vendor’s (tests: a fake server on 127.0.0.1)',
  secret: false,
  required: false,
  hidden: true,
});

/** `https://{account}.{host}/api/v2` from `TABLERO_{vendor}_{accountVar}`, or the hidden override. */
function accountApiUrl(
  env: ReadonlyMap<string, string>,
  vendor: string,
  accountVar: string,
  host: string,
): string {
  const name = `TABLERO_${vendor}_${accountVar}`;
  const account = accountName(env.get(name)!, host, name);
  const override = `TABLERO_${vendor}_BASE_URL`;
  return apiBaseUrl(`https://${account}.${host}/api/v2`, env.get(override), override);
}

/** Zendesk takes an API token (with the agent's email) or an OAuth token, never both. */
function zendeskAuth(env: ReadonlyMap<string, string>): HttpAuth {
  const email = env.get('TABLERO_ZENDESK_EMAIL');
  const token = env.get('TABLERO_ZENDESK_TOKEN');
  const oauth = env.get('TABLERO_ZENDESK_OAUTH_TOKEN');
  if (oauth !== undefined) {
    if (token !== undefined) {
      throw new Error(
        'set TABLERO_ZENDESK_TOKEN (with TABLERO_ZENDESK_EMAIL) or TABLERO_ZENDESK_OAUTH_TOKEN, not both',
      );
    }
    return bearerAuth(oauth);
  }
  if (token === undefined) {
    throw new Error(
      'no Zendesk credentials: set TABLERO_ZENDESK_EMAIL and TABLERO_ZENDESK_TOKEN (an API token), or TABLERO_ZENDESK_OAUTH_TOKEN',
    );
  }
  if (email === undefined) {
    throw new Error('TABLERO_ZENDESK_TOKEN needs TABLERO_ZENDESK_EMAIL (the agent it belongs to)');
  }
  return zendeskTokenAuth(email, token);
}

export const zendeskSource: SyncSource = apiSyncSource({
  name: 'zendesk',
  title: 'Zendesk Support',
  env: [
    {
      name: 'TABLERO_ZENDESK_SUBDOMAIN',
      description: 'acme for acme.zendesk.com',
      secret: false,
      required: true,
    },
    {
      name: 'TABLERO_ZENDESK_EMAIL',
      description: 'agent email, with an API token (an admin: the incremental export needs one)',
      secret: false,
      required: false,
    },
    {
      name: 'TABLERO_ZENDESK_TOKEN',
      description: 'API token (with TABLERO_ZENDESK_EMAIL)',
      secret: true,
      required: false,
    },
    {
      name: 'TABLERO_ZENDESK_OAUTH_TOKEN',
      description: 'OAuth access token, instead of an API token',
      secret: true,
      required: false,
    },
    baseUrlVar('ZENDESK'),
  ],
  helpSections: [
    {
      title: 'Credentials',
      text: `An API token (Admin Center → Apps and integrations → Zendesk API) with the email of the
admin it belongs to, or an OAuth access token; never both. Reads the incremental ticket
export with metric sets, users and groups for names, custom statuses, and satisfaction ratings.`,
    },
    {
      title: 'Example',
      text: [
        'export TABLERO_ZENDESK_SUBDOMAIN=acme TABLERO_ZENDESK_EMAIL=admin@acme.es',
        'read -rs TABLERO_ZENDESK_TOKEN && export TABLERO_ZENDESK_TOKEN',
        'tablero sync zendesk --out zendesk.ndjson --rejected zendesk-rejected.ndjson',
      ].join('\n'),
    },
  ],
  createAdapter: (env) =>
    createZendeskAdapter({
      baseUrl: accountApiUrl(env, 'ZENDESK', 'SUBDOMAIN', 'zendesk.com'),
      auth: zendeskAuth(env),
    }),
});

export const freshdeskSource: SyncSource = apiSyncSource({
  name: 'freshdesk',
  title: 'Freshdesk',
  env: [
    {
      name: 'TABLERO_FRESHDESK_DOMAIN',
      description: 'acme for acme.freshdesk.com',
      secret: false,
      required: true,
    },
    {
      name: 'TABLERO_FRESHDESK_API_KEY',
      description: 'API key (Profile settings → Your API key; Freshdesk has no OAuth for API v2)',
      secret: true,
      required: true,
    },
    baseUrlVar('FRESHDESK'),
  ],
  helpSections: [
    {
      title: 'Example',
      text: [
        'export TABLERO_FRESHDESK_DOMAIN=acme',
        'read -rs TABLERO_FRESHDESK_API_KEY && export TABLERO_FRESHDESK_API_KEY',
        'tablero sync freshdesk --out freshdesk.ndjson',
      ].join('\n'),
    },
  ],
  createAdapter: (env) =>
    createFreshdeskAdapter({
      baseUrl: accountApiUrl(env, 'FRESHDESK', 'DOMAIN', 'freshdesk.com'),
      apiKey: env.get('TABLERO_FRESHDESK_API_KEY')!,
    }),
});

export const hubspotSource: SyncSource = apiSyncSource({
  name: 'hubspot',
  title: 'HubSpot Service Hub',
  env: [
    {
      name: 'TABLERO_HUBSPOT_TOKEN',
      description: 'private app access token (pat-…) or OAuth access token, sent as a Bearer token',
      secret: true,
      required: true,
    },
    baseUrlVar('HUBSPOT'),
  ],
  helpSections: [
    {
      title: 'Credentials',
      text: `A private app's access token, or an OAuth access token, with the scopes tickets and
crm.objects.feedback_submissions.read (without the latter, surveys are skipped with a warning).
Each run searches what changed since the previous one.`,
    },
    {
      title: 'Example',
      text: [
        'read -rs TABLERO_HUBSPOT_TOKEN && export TABLERO_HUBSPOT_TOKEN',
        'tablero sync hubspot --out hubspot.ndjson',
      ].join('\n'),
    },
  ],
  createAdapter: (env) =>
    createHubspotAdapter({
      baseUrl: apiBaseUrl(
        'https://api.hubapi.com',
        env.get('TABLERO_HUBSPOT_BASE_URL'),
        'TABLERO_HUBSPOT_BASE_URL',
      ),
      token: env.get('TABLERO_HUBSPOT_TOKEN')!,
    }),
});
