import { readFileSync } from 'node:fs';
import { buildHubspotLookups } from '../src/index.js';

/** A recorded payload from `test/fixtures/`, parsed. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** Lookups from the recorded pipelines, with the owner and team names the portal would give. */
export function recordedLookups() {
  return buildHubspotLookups({
    pipelines: fixture<{ results: unknown[] }>('pipelines.json').results,
    stageStatus: { '81234570': 'on_hold' },
    owners: new Map([
      ['70010001', 'Lucía Fernández'],
      ['70010002', 'Marcos Ruiz'],
    ]),
    teams: new Map([
      ['301', 'Facturación'],
      ['302', 'Soporte N2'],
    ]),
  });
}
