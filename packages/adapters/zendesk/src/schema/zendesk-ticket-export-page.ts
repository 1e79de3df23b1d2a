import { z } from 'zod';

/**
 * One page of `GET /api/v2/incremental/tickets/cursor.json` (HELPDESK-APIS §1.3b). Tickets stay
 * `unknown` here: each is validated on its own so one bad ticket does not cost the page.
 * `metric_sets` at the top level is accepted besides the documented per-ticket `metric_set`.
 */
export const ZendeskTicketExportPageSchema = z.looseObject({
  tickets: z.array(z.unknown()),
  metric_sets: z.array(z.unknown()).nullish(),
  after_cursor: z.string().nullish(),
  after_url: z.string().nullish(),
  before_cursor: z.string().nullish(),
  before_url: z.string().nullish(),
  end_of_stream: z.boolean(),
});
export type ZendeskTicketExportPage = z.infer<typeof ZendeskTicketExportPageSchema>;
