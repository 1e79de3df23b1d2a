import { z } from 'zod';
import { BINARY_ANSWERS, CHANNELS, SURVEY_KINDS } from './enums.js';
import { CustomFieldsSchema, InstantSchema } from './instant.js';

/**
 * One answer to one survey question. `score` is the number given (0–10 for NPS/eNPS, the scale's
 * points for CSAT/CES/ESAT), or `good`/`bad` on a binary CSAT, or a descriptive label that the
 * KPI call maps through its `labels` option.
 */
export const SurveyResponseSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(SURVEY_KINDS),
  score: z.union([z.number().finite(), z.enum(BINARY_ANSWERS), z.string().min(1)]),
  answeredAt: InstantSchema,
  respondentId: z.string().optional(),
  customerId: z.string().optional(),
  employeeId: z.string().optional(),
  ticketId: z.string().optional(),
  agent: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  language: z.string().min(2).optional(),
  comment: z.string().optional(),
  custom: CustomFieldsSchema.optional(),
});

export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
export type SurveyResponseInput = z.input<typeof SurveyResponseSchema>;
