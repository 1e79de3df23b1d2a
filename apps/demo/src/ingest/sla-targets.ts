/**
 * SLA targets of the dashboard, in calendar minutes. Calendar rather than business time because
 * a dropped export says nothing about the team's opening hours; one rule for both datasets.
 */
export const FRT_SLA_MINUTES = 8 * 60;
export const RT_SLA_MINUTES = 2 * 24 * 60;
