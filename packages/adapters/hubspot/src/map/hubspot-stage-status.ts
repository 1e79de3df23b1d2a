import type { TicketStatus } from '@tablero/core';
import type { HubspotPipeline } from '../schema/hubspot-pipeline.js';

export interface HubspotStage {
  pipelineId: string;
  pipelineLabel: string;
  stageId: string;
  label: string;
  state: 'OPEN' | 'CLOSED';
  status: TicketStatus;
}

/**
 * The default support pipeline's waiting stages (HELPDESK-APIS §3.5, §4.1): HubSpot creates them
 * with these ids in pipeline `"0"`; stages added later get long numeric ids.
 */
const DEFAULT_PIPELINE_WAITING: Readonly<Record<string, TicketStatus>> = {
  '2': 'pending', // Waiting on contact
  '3': 'on_hold', // Waiting on us
};

/**
 * Each stage's core status, from its `ticketState` and never from a hard-coded id meaning
 * "closed" (gotcha 5): CLOSED is `closed`; an open stage is what `stageStatus` says, else the
 * default pipeline's waiting stages, else `new` for the pipeline's first open stage and `open`
 * for the others.
 */
export function hubspotStageStatuses(
  pipeline: HubspotPipeline,
  stageStatus: Readonly<Record<string, TicketStatus>> = {},
): HubspotStage[] {
  const open = pipeline.stages.filter((s) => s.metadata.ticketState === 'OPEN');
  const first = open.reduce<(typeof open)[number] | undefined>(
    (min, s) => (min === undefined || s.displayOrder < min.displayOrder ? s : min),
    undefined,
  );
  return pipeline.stages.map((stage) => {
    const state = stage.metadata.ticketState;
    let status: TicketStatus;
    if (state === 'CLOSED') status = 'closed';
    else if (Object.hasOwn(stageStatus, stage.id)) status = stageStatus[stage.id]!;
    else if (pipeline.id === '0' && Object.hasOwn(DEFAULT_PIPELINE_WAITING, stage.id)) {
      status = DEFAULT_PIPELINE_WAITING[stage.id]!;
    } else status = stage === first ? 'new' : 'open';
    return {
      pipelineId: pipeline.id,
      pipelineLabel: pipeline.label,
      stageId: stage.id,
      label: stage.label,
      state,
      status,
    };
  });
}
