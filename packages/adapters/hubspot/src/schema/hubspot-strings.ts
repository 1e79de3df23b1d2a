import { z } from 'zod';

/**
 * CRM v3 sends every property value as a string (HELPDESK-APIS §3.5, gotcha 4), so each typed
 * property is a string of a known form. A cleared property may come back as `""`; it means unset.
 */
export const HubspotDateTimeSchema = z.iso.datetime({ offset: true });

/** Durations are milliseconds as a string of digits, even when the label says hours. */
export const HubspotMillisecondsSchema = z
  .string()
  .regex(/^\d+$/, 'expected milliseconds as a string of digits');

export const HubspotNumberSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'expected a number as a string');

export const HubspotBooleanSchema = z.enum(['true', 'false']);

/** An optional property: absent, null, or `""` all mean unset. */
export const unset = <S extends z.ZodType>(schema: S) => z.union([schema, z.literal('')]).nullish();

/** `""`, null and undefined → undefined; anything else as is. */
export function present<T>(value: T | '' | null | undefined): T | undefined {
  return value === '' || value == null ? undefined : value;
}
