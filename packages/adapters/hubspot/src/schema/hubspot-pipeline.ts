import { z } from 'zod';

export const HUBSPOT_TICKET_STATES = ['OPEN', 'CLOSED'] as const;

/** A stage: its id is what `hs_pipeline_stage` holds; `metadata.ticketState` says open or closed. */
export const HubspotPipelineStageSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  displayOrder: z.number().int(),
  archived: z.boolean().nullish(),
  metadata: z.looseObject({
    ticketState: z.enum(HUBSPOT_TICKET_STATES),
    isClosed: z.enum(['true', 'false']).nullish(),
  }),
});
export type HubspotPipelineStage = z.infer<typeof HubspotPipelineStageSchema>;

/** A pipeline of `GET /crm/v3/pipelines/tickets` (HELPDESK-APIS §3.2, gotcha 5). */
export const HubspotPipelineSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  displayOrder: z.number().int().nullish(),
  archived: z.boolean().nullish(),
  stages: z.array(HubspotPipelineStageSchema),
});
export type HubspotPipeline = z.infer<typeof HubspotPipelineSchema>;
