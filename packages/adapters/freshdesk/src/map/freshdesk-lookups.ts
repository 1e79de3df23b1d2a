import type { FreshdeskCustomStatus } from './freshdesk-status.js';

/** Names and account-specific codes the mappers resolve ids against; every part is optional. */
export interface FreshdeskLookups {
  /** Agent id (`responder_id`, `agent_id`) → name. */
  agents?: ReadonlyMap<number, string>;
  groups?: ReadonlyMap<number, string>;
  /** Custom statuses (code ≥ 6) from `/ticket_fields`. */
  statuses?: ReadonlyMap<number, FreshdeskCustomStatus>;
}
