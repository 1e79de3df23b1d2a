import { csvSource } from './csv-sync-source.js';
import { freshdeskSource, hubspotSource, zendeskSource } from './helpdesk-api-sources.js';
import { syncSourceRegistry, type SyncSourceRegistry } from './sync-source.js';

/** The sources `tablero sync` offers, in help order. */
export function defaultSyncSources(): SyncSourceRegistry {
  return syncSourceRegistry([csvSource, zendeskSource, freshdeskSource, hubspotSource]);
}
