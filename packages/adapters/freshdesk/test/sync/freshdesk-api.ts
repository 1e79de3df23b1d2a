import { fixture } from '../fixture.js';
import { startFakeFreshdesk, type FakeFreshdeskOptions } from './fake-freshdesk.js';

/** 2025-04-03: the recorded tickets created before 4 March fall outside the 30-day default. */
export const NOW = Date.UTC(2025, 3, 3);

export const recordedTickets = (): unknown[] => [
  ...fixture<unknown[]>('tickets-page.json'),
  ...fixture<unknown[]>('broken-tickets-page.json'),
];

export const startRecordedFreshdesk = (apiKey: string, more: Partial<FakeFreshdeskOptions> = {}) =>
  startFakeFreshdesk({
    tickets: recordedTickets(),
    ratings: fixture<unknown[]>('satisfaction-ratings.json'),
    apiKey,
    now: NOW,
    ...more,
  });

/** Live tickets of a full sync: not spam (10474), deleted (10475) or broken (10501–10504). */
export const EXPECTED_TICKET_IDS = [
  '10452',
  '10460',
  '10461',
  '10462',
  '10463',
  '10464',
  '10465',
  '10466',
  '10467',
  '10468',
  '10469',
  '10470',
  '10471',
  '10472',
  '10473',
  '10500',
  '10505',
];
export const EXPECTED_RATING_IDS = [
  '102',
  '112',
  '113',
  '114',
  '115',
  '116',
  '117',
  '118',
  '119',
  '120',
];
