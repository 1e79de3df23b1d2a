import type { Priority } from '@tablero/core';
import { FRESHDESK_PRIORITY_NAMES, type FreshdeskPriorityCode } from '../schema/freshdesk-codes.js';

const BY_NAME: Readonly<Record<string, Priority>> = {
  Low: 'low',
  Medium: 'normal',
  High: 'high',
  Urgent: 'urgent',
};

/** Freshdesk priority code → core priority, through its name (Medium is our `normal`). */
export function freshdeskPriority(code: FreshdeskPriorityCode): Priority {
  return BY_NAME[FRESHDESK_PRIORITY_NAMES[code]]!;
}
