import type { FakeRoute } from '@tablero/adapter-kit/testing';
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
