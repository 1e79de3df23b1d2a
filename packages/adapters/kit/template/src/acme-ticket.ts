import { z } from 'zod';

const Instant = z.iso.datetime({ offset: true });

/**
 * An Acme Helpdesk ticket as its API sends it. Declare only the fields the mapping reads:
 * `looseObject` lets every other field through, so a vendor adding a field never breaks a sync,
 * while a field we rely on with the wrong type becomes a rejection naming the ticket and field.
 */
export const AcmeTicketSchema = z.looseObject({
  id: z.number().int().positive(),
  created_at: Instant,
  // TODO(adapter): the vendor's own status values, exactly as its API spells them.
  status: z.enum(['open', 'pending', 'resolved', 'closed']),
  priority: z.number().int().min(1).max(4).nullable().optional(),
  source: z.string().nullable().optional(),
  group: z.string().nullable().optional(),
  requester_company: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  stats: z
    .looseObject({
      first_responded_at: Instant.nullable().optional(),
      resolved_at: Instant.nullable().optional(),
      closed_at: Instant.nullable().optional(),
      reopened_count: z.number().int().nonnegative().nullable().optional(),
    })
    .optional(),
});

export type AcmeTicket = z.infer<typeof AcmeTicketSchema>;
