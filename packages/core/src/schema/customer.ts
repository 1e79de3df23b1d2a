import { z } from 'zod';
import { CustomFieldsSchema, InstantSchema, OptionalInstantSchema } from './instant.js';

/**
 * A customer's activity interval `[activeFrom, activeTo)`; `activeTo` null means still active.
 * A customer who left and came back is two records with the same id (see `customersFromEvents`).
 */
export const CustomerSchema = z
  .strictObject({
    id: z.string().min(1),
    activeFrom: InstantSchema,
    activeTo: OptionalInstantSchema,
    name: z.string().optional(),
    segment: z.string().optional(),
    plan: z.string().optional(),
    country: z.string().optional(),
    custom: CustomFieldsSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.activeTo != null && c.activeTo < c.activeFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['activeTo'],
        message: 'activeTo is before activeFrom',
      });
    }
  });

export type Customer = z.infer<typeof CustomerSchema>;
export type CustomerInput = z.input<typeof CustomerSchema>;

/** A subscription event, the other way customers arrive (KPI-SPEC §Churn). */
export const SubscriptionEventSchema = z.strictObject({
  customerId: z.string().min(1),
  type: z.enum(['start', 'cancel']),
  at: InstantSchema,
});
export type SubscriptionEvent = z.infer<typeof SubscriptionEventSchema>;
export type SubscriptionEventInput = z.input<typeof SubscriptionEventSchema>;
