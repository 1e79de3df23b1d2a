import { apiSyncSource } from './api-sync-source.js';
import type { SyncSource } from './sync-source.js';

// The helpdesk API commands and the environment each will read (HELPDESK-APIS.md §1.1, §2.1,
// §3.1). Their adapters are not released yet; each gains `createAdapter` when it is.

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
      description: 'agent email, with an API token',
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
  ],
  meanwhile: 'Meanwhile: export tickets as CSV and run `tablero sync csv <file> --preset zendesk`.',
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
    { name: 'TABLERO_FRESHDESK_API_KEY', description: 'API key', secret: true, required: true },
  ],
  meanwhile:
    'Meanwhile: export tickets as CSV and run `tablero sync csv <file> --preset freshdesk`.',
});

export const hubspotSource: SyncSource = apiSyncSource({
  name: 'hubspot',
  title: 'HubSpot Service Hub',
  env: [
    {
      name: 'TABLERO_HUBSPOT_TOKEN',
      description: 'private app or OAuth access token',
      secret: true,
      required: true,
    },
  ],
  meanwhile:
    'Meanwhile: export the tickets view as CSV and run `tablero sync csv <file> --preset hubspot`.',
});
