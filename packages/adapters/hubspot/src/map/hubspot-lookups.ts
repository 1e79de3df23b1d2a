import type { TicketStatus } from '@tablero/core';
import { parseEach, type Rejection } from '@tablero/adapter-kit';
import { HubspotPipelineSchema } from '../schema/hubspot-pipeline.js';
import { hubspotStageStatuses, type HubspotStage } from './hubspot-stage-status.js';

/** What ticket ids are resolved against; every part is optional. */
export interface HubspotLookups {
  /** Stages by `pipelineId/stageId`. */
  stages?: ReadonlyMap<string, HubspotStage>;
  /** Owner id (`hubspot_owner_id`, `hs_agent_id`) → name. */
  owners?: ReadonlyMap<string, string>;
  /** Team id (`hubspot_team_id`) → name. */
  teams?: ReadonlyMap<string, string>;
}

export interface HubspotLookupInput {
  /** Raw `results[]` of `GET /crm/v3/pipelines/tickets`. */
  pipelines?: readonly unknown[];
  /** The meaning of an open stage, by stage id, where the default rule is not enough. */
  stageStatus?: Readonly<Record<string, TicketStatus>>;
  owners?: ReadonlyMap<string, string>;
  teams?: ReadonlyMap<string, string>;
}

export const stageKey = (pipelineId: string, stageId: string) => `${pipelineId}/${stageId}`;

/** Validates the pipelines (each on its own) and indexes their stages for the ticket mapper. */
export function buildHubspotLookups(input: HubspotLookupInput): {
  lookups: HubspotLookups;
  rejected: Rejection[];
} {
  const pipelines = parseEach(HubspotPipelineSchema, input.pipelines ?? [], 'pipeline');
  const stages = new Map<string, HubspotStage>();
  for (const pipeline of pipelines.records) {
    for (const stage of hubspotStageStatuses(pipeline, input.stageStatus)) {
      stages.set(stageKey(stage.pipelineId, stage.stageId), stage);
    }
  }
  const lookups: HubspotLookups = { stages };
  if (input.owners) lookups.owners = input.owners;
  if (input.teams) lookups.teams = input.teams;
  return { lookups, rejected: pipelines.rejected };
}
