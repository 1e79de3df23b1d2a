/**
 * Freshdesk's numeric codes and their names (HELPDESK-APIS §2.5, helpkit constants). Accounts add
 * custom statuses (≥ 6) and sources (> 13), so the schemas accept any code and the mappers keep it.
 */
export const FRESHDESK_STATUS_NAMES = {
  2: 'Open',
  3: 'Pending',
  4: 'Resolved',
  5: 'Closed',
} as const;

export const FRESHDESK_PRIORITY_NAMES = {
  1: 'Low',
  2: 'Medium',
  3: 'High',
  4: 'Urgent',
} as const;
export type FreshdeskPriorityCode = keyof typeof FRESHDESK_PRIORITY_NAMES;
export const FRESHDESK_PRIORITY_CODES = [1, 2, 3, 4] as const satisfies FreshdeskPriorityCode[];

export const FRESHDESK_SOURCE_NAMES = {
  1: 'Email',
  2: 'Portal',
  3: 'Phone',
  4: 'Forum',
  5: 'Twitter',
  6: 'Facebook',
  7: 'Chat',
  8: 'MobiHelp',
  9: 'Feedback Widget',
  10: 'Outbound Email',
  11: 'Ecommerce',
  12: 'Bot',
  13: 'WhatsApp',
} as const;

export const FRESHDESK_ASSOCIATION_TYPES = {
  1: 'parent',
  2: 'child',
  3: 'tracker',
  4: 'related',
} as const;

/**
 * Satisfaction answer codes: the 7-point custom-survey scale (103 … −103; 2-, 3- and 5-point
 * surveys use subsets) and the classic survey's 1/2/3, which may still appear (§2.5, gotcha 10).
 */
export const FRESHDESK_RATING_NAMES = {
  103: 'Extremely happy',
  102: 'Very happy',
  101: 'Happy',
  100: 'Neutral',
  [-101]: 'Unhappy',
  [-102]: 'Very unhappy',
  [-103]: 'Extremely unhappy',
} as const;
export const FRESHDESK_RATING_CODES = [103, 102, 101, 100, -101, -102, -103] as const;
export type FreshdeskRatingCode = (typeof FRESHDESK_RATING_CODES)[number];
export const FRESHDESK_CLASSIC_RATING_CODES = [1, 2, 3] as const;
