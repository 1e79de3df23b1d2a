import type { FakeKeyset, FakeRoute } from '@tablero/adapter-kit/testing';
import { fixture } from '../fixture.js';

type Results = { results: unknown[] };

export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** The recorded tickets (good, archived, merged and broken ones), in list order. */
export function recordedTickets(): unknown[] {
  return [
    ...fixture<Results>('tickets-page.json').results,
    ...fixture<Results>('broken-tickets-page.json').results,
  ];
}

/** The fake HubSpot: pipelines, tickets and feedback submissions, 4 objects per page. */
export function hubspotRoutes(): FakeRoute[] {
  return [
    {
      path: '/crm/v3/pipelines/tickets',
      pagination: 'hubspot',
      pages: [fixture<Results>('pipelines.json').results],
    },
    {
      path: '/crm/v3/objects/tickets',
      pagination: 'hubspot',
      pages: pagesOf(recordedTickets(), 4),
    },
    {
      path: '/crm/v3/objects/feedback_submissions',
      pagination: 'hubspot',
      pages: pagesOf(fixture<Results>('feedback-submissions.json').results, 4),
    },
  ];
}

interface SearchFilter {
  propertyName: string;
  operator: string;
  value: string;
}

/**
 * Keyset paging as the incremental adapter searches (HELPDESK-APIS §3.3): the `hs_object_id GT`
 * filter names the last id held. The first window (`hs_lastmodifieddate GTE 0`) gets the
 * recording; a later one has nothing modified, so it is answered past the last object.
 */
function searchKeyset(objects: readonly unknown[]): FakeKeyset {
  const lastId = String((objects.at(-1) as { id: unknown }).id);
  return {
    after: ({ body }) => {
      const filters =
        (body as { filterGroups?: { filters: SearchFilter[] }[] } | undefined)?.filterGroups?.[0]
          ?.filters ?? [];
      const since = filters.find(
        (f) => f.propertyName === 'hs_lastmodifieddate' && f.operator === 'GTE',
      );
      if (since && since.value !== '0') return lastId;
      return (
        filters.find((f) => f.propertyName === 'hs_object_id' && f.operator === 'GT')?.value ?? null
      );
    },
  };
}

/**
 * The fake HubSpot of incremental mode on the kit's server: pipelines, and the POST searches of
 * tickets and feedback submissions, `pageSize` per page in `hs_object_id` order. Search never returns
 * archived objects.
 */
export function hubspotSearchRoutes(pageSize = 4): FakeRoute[] {
  const search = (type: string, objects: unknown[]): FakeRoute => {
    const live = objects
      .filter((o) => (o as { archived?: boolean }).archived !== true)
      .sort((a, b) => Number((a as { id: unknown }).id) - Number((b as { id: unknown }).id));
    return {
      path: `/crm/v3/objects/${type}/search`,
      method: 'POST',
      pagination: 'keyset',
      itemsKey: 'results',
      pages: pagesOf(live, pageSize),
      keyset: searchKeyset(live),
    };
  };
  return [
    {
      path: '/crm/v3/pipelines/tickets',
      pagination: 'hubspot',
      pages: [fixture<Results>('pipelines.json').results],
    },
    search('tickets', recordedTickets()),
    search('feedback_submissions', fixture<Results>('feedback-submissions.json').results),
  ];
}

/** Live tickets: the list reports archived 5123456798 as removed, search never returns it. */
export const EXPECTED_TICKET_IDS = [
  '5123456789',
  '5123456790',
  '5123456791',
  '5123456792',
  '5123456793',
  '5123456794',
  '5123456795',
  '5123456796',
  '5123456797',
  '5123456799',
  '6000000001',
  '6000000007',
];
export const EXPECTED_ANSWER_IDS = ['812', '813', '814', '815', '816', '817', '818', '819'];

/** The rejections of a full sync of the recorded tickets and submissions. */
export const EXPECTED_REJECTIONS = [
  { id: '6000000002', reason: 'invalid-vendor-record' },
  { id: '6000000003', reason: 'invalid-vendor-record' },
  { id: '6000000004', reason: 'invalid-vendor-record' },
  { id: '6000000005', reason: 'invalid-core-record' },
  { id: 6000000006, reason: 'invalid-vendor-record' },
  { id: '821', reason: 'rating-off-scale' },
  { id: '822', reason: 'rating-off-scale' },
  { id: '823', reason: 'missing-rating' },
  { id: '824', reason: 'invalid-vendor-record' },
  { id: '825', reason: 'rating-off-scale' },
];
