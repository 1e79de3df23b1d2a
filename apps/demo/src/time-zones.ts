/** Zones offered by the selectors: the sample's own first, then a spread across offsets. */
export const TIME_ZONES = [
  'Europe/Madrid',
  'Atlantic/Canary',
  'Europe/London',
  'America/Mexico_City',
  'America/Bogota',
  'America/Argentina/Buenos_Aires',
  'America/New_York',
  'Asia/Tokyo',
  'UTC',
] as const;
export const DEFAULT_TIME_ZONE = 'Europe/Madrid';
