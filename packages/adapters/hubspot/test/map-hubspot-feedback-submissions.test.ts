import { describe, expect, it } from 'vitest';
import { ces, nps } from '@tablero/core';
import { mapHubspotFeedbackSubmissions } from '../src/index.js';
import { fixture, recordedLookups } from './fixture.js';

const { lookups } = recordedLookups();
const result = mapHubspotFeedbackSubmissions(fixture('feedback-submissions.json'), lookups);
const answer = (id: string) => result.responses.find((r) => r.id === id)!;

describe('HubSpot feedback submissions (HELPDESK-APIS §3.5, §3.7, §4.4)', () => {
  it('NPS, CSAT and CES answers from hs_survey_type and hs_value', () => {
    expect(result.responses.map((r) => [r.id, r.kind, r.score])).toEqual([
      ['812', 'nps', 9],
      ['813', 'nps', 10],
      ['814', 'nps', 7],
      ['815', 'nps', 0],
      ['816', 'csat', 2],
      ['817', 'csat', 0],
      ['818', 'ces', 6],
      ['819', 'ces', 1],
    ]);
    expect(result.after).toBe('826');
  });

  it('a custom survey is set aside by id, not mistaken for a KPI', () => {
    expect(result.skipped).toEqual([{ id: '820', surveyType: 'CUSTOM' }]);
  });

  it('ratings off their scale, missing or not numbers are rejected by id and field', () => {
    expect(result.rejected.map((r) => [r.where, r.path.join('.'), r.reason])).toEqual([
      ['feedback submission 821', 'properties.hs_value', 'rating-off-scale'],
      ['feedback submission 822', 'properties.hs_value', 'rating-off-scale'],
      ['feedback submission 823', 'properties.hs_value', 'missing-rating'],
      ['feedback submission 824', 'properties.hs_value', 'invalid-vendor-record'],
      ['feedback submission 825', 'properties.hs_value', 'rating-off-scale'],
    ]);
    expect(result.rejected[0]!.message).toMatch(/NPS ratings are integers 0–10, got 11/);
  });

  it('answered at hs_submission_timestamp, not createdAt; falls back and says so', () => {
    expect(answer('812').answeredAt).toBe(Date.parse('2025-03-06T08:30:00.000Z'));
    expect(answer('812').custom?.answeredAtFrom).toBeUndefined();
    expect(answer('819').answeredAt).toBe(Date.parse('2025-03-06T11:30:00.000Z'));
    expect(answer('819').custom?.answeredAtFrom).toBe('hs_createdate');
  });

  it('links ticket, contact and agent; keeps the vendor buckets and sentiment', () => {
    expect(answer('816')).toMatchObject({ ticketId: '5123456789', agent: 'Lucía Fernández' });
    expect(answer('817').agent).toBe('nuevo@acme.es'); // owner unknown: the email
    expect(answer('813').respondentId).toBe('401');
    expect(answer('812')).toMatchObject({
      comment: 'Great support team',
      custom: {
        hubspotResponseGroup: 'PROMOTER',
        hubspotSentiment: 'POSITIVE',
        hubspotSurveyName: 'Quarterly NPS',
      },
    });
    expect(answer('814').comment).toBeUndefined(); // hs_content: null
  });

  it.each([
    ['812', 'email'],
    ['816', 'chat'],
    ['818', 'web'], // KNOWLEDGE_BASE
    ['819', 'other'], // SLACK: not a documented value
  ] as const)('submission %s channel %s', (id, channel) => {
    expect(answer(id).channel).toBe(channel);
  });

  it('core NPS and CES on the mapped answers', () => {
    const npsAnswers = result.responses.filter((r) => r.kind === 'nps');
    // 9, 10 promoters; 7 passive; 0 detractor → 100 × (2 − 1) / 4 = 25
    expect(nps(npsAnswers).value).toBe(25);
    const cesAnswers = result.responses.filter((r) => r.kind === 'ces');
    // (6 + 1) / 2 = 3.5
    expect(ces(cesAnswers, { scale: '1-7', higherIsEasier: true }).value).toBe(3.5);
  });
});
