import { readFileSync } from 'node:fs';
import type { FreshdeskLookups } from '../src/index.js';

/** A recorded payload from `test/fixtures/`, parsed. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** The account's names and custom statuses, as `/agents`, `/groups`, `/ticket_fields` give them. */
export const lookups: FreshdeskLookups = {
  agents: new Map([
    [80000011, 'Sofía Martín'],
    [80000012, 'Diego López'],
  ]),
  groups: new Map([
    [80000500, 'Facturación'],
    [80000501, 'Soporte'],
    [80000502, 'Soporte N2'],
  ]),
  statuses: new Map([
    [6, { label: 'Waiting on Customer', status: 'pending' }],
    [7, { label: 'Waiting on Third Party', status: 'on_hold' }],
  ]),
};
