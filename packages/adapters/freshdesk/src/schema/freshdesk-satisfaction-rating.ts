import { z } from 'zod';
import { FRESHDESK_CLASSIC_RATING_CODES, FRESHDESK_RATING_CODES } from './freshdesk-codes.js';
import { FreshdeskInstantSchema } from './freshdesk-ticket.js';

export const FreshdeskRatingCodeSchema = z.literal([
  ...FRESHDESK_RATING_CODES,
  ...FRESHDESK_CLASSIC_RATING_CODES,
]);

/**
 * A rating of `GET /api/v2/surveys/satisfaction_ratings` (HELPDESK-APIS §2.5). `default_question`
 * is the CSAT question; `question_<id>` keys are the survey's extra questions.
 */
export const FreshdeskSatisfactionRatingSchema = z.looseObject({
  id: z.number().int().positive(),
  survey_id: z.number().int().nullish(),
  user_id: z.number().int().nullish(),
  agent_id: z.number().int().nullish(),
  group_id: z.number().int().nullish(),
  ticket_id: z.number().int().positive(),
  feedback: z.string().nullish(),
  ratings: z
    .object({ default_question: FreshdeskRatingCodeSchema })
    .catchall(FreshdeskRatingCodeSchema),
  created_at: FreshdeskInstantSchema,
  updated_at: FreshdeskInstantSchema.nullish(),
});
export type FreshdeskSatisfactionRating = z.infer<typeof FreshdeskSatisfactionRatingSchema>;
