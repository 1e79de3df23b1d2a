import { z } from 'zod';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from './enums.js';
import {
  CurrencySchema,
  CustomFieldsSchema,
  InstantSchema,
  OptionalInstantSchema,
} from './instant.js';

export const ConversionSchema = z.strictObject({
  converted: z.boolean(),
  amount: z.number().finite().nonnegative().optional(),
  currency: CurrencySchema.optional(),
});

/** The support ticket of the canonical model (KPI-SPEC §Ticket KPIs). */
export const TicketSchema = z
  .strictObject({
    id: z.string().min(1),
    /** Where it came from: `{ system: 'zendesk', id: '4711' }`. */
    source: z.strictObject({ system: z.string().min(1), id: z.string().min(1) }).optional(),
    createdAt: InstantSchema,
    status: z.enum(TICKET_STATUSES),
    firstResponseAt: OptionalInstantSchema,
    /** First resolution. */
    resolvedAt: OptionalInstantSchema,
    /** Final resolution, after any reopens. */
    fullyResolvedAt: OptionalInstantSchema,
    closedAt: OptionalInstantSchema,
    channel: z.enum(CHANNELS).optional(),
    priority: z.enum(PRIORITIES).optional(),
    group: z.string().optional(),
    assignee: z.string().optional(),
    customerId: z.string().optional(),
    customerSegment: z.string().optional(),
    language: z.string().min(2).optional(),
    /** Level of attention that resolved it, e.g. `N1`, `N2`. */
    tier: z.string().min(1).optional(),
    tags: z.array(z.string()).optional(),
    agentTouches: z.number().int().nonnegative().optional(),
    reopens: z.number().int().nonnegative().optional(),
    escalated: z.boolean().optional(),
    isComplaint: z.boolean().optional(),
    isApplause: z.boolean().optional(),
    holdSeconds: z.number().finite().nonnegative().optional(),
    conversion: ConversionSchema.optional(),
    custom: CustomFieldsSchema.optional(),
  })
  .superRefine((t, ctx) => {
    for (const field of ['firstResponseAt', 'resolvedAt', 'fullyResolvedAt', 'closedAt'] as const) {
      const at = t[field];
      if (at != null && at < t.createdAt) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is before createdAt` });
      }
    }
  });

export type Ticket = z.infer<typeof TicketSchema>;
/** What KPI functions accept: instants may still be ISO strings or Dates. */
export type TicketInput = z.input<typeof TicketSchema>;
