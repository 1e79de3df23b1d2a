import { z } from 'zod';

/**
 * The ticket of "Example Desk", a made-up vendor shaped like Zendesk's ticket list with
 * `metric_set` sideloaded (HELPDESK-APIS §1.5). Only the fields the mapping reads are declared;
 * `looseObject` lets every other field through, so a vendor adding fields never breaks a sync.
 */
export const ExampleDeskTicketSchema = z.looseObject({
  id: z.number().int().positive(),
  created_at: z.iso.datetime({ offset: true }),
  status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).nullable().optional(),
  via: z.looseObject({ channel: z.union([z.string(), z.number()]) }).optional(),
  group_id: z.number().int().nullable().optional(),
  assignee_id: z.number().int().nullable().optional(),
  organization_id: z.number().int().nullable().optional(),
  tags: z.array(z.string()).optional(),
  metric_set: z
    .looseObject({
      replies: z.number().int().nonnegative().nullable().optional(),
      reopens: z.number().int().nonnegative().nullable().optional(),
      reply_time_in_minutes: z
        .looseObject({ calendar: z.number().nonnegative().nullable() })
        .nullable()
        .optional(),
      solved_at: z.iso.datetime({ offset: true }).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export type ExampleDeskTicket = z.infer<typeof ExampleDeskTicketSchema>;
