import { z } from 'zod';
import { tryEpochMs } from '../time/instant.js';

/**
 * An instant in, epoch milliseconds out. Accepts epoch ms, ISO-8601 with an offset, or a Date;
 * refuses wall times without an offset (see `time/instant.ts`).
 */
export const InstantSchema = z
  .union([z.number().finite(), z.iso.datetime({ offset: true }), z.date()])
  .transform((value, ctx) => {
    const ms = tryEpochMs(value);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: 'not a valid instant' });
      return z.NEVER;
    }
    return ms;
  });

export const OptionalInstantSchema = InstantSchema.nullable().optional();

/** Free-form extras an adapter keeps from its source (vendor ids, vendor-computed minutes). */
export const CustomFieldsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR');
