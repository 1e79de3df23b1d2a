import { z } from 'zod';
import { CurrencySchema, CustomFieldsSchema, InstantSchema } from './instant.js';

export const OrderSchema = z.strictObject({
  id: z.string().min(1),
  customerId: z.string().min(1),
  orderedAt: InstantSchema,
  amount: z.number().finite().nonnegative(),
  currency: CurrencySchema,
  custom: CustomFieldsSchema.optional(),
});

export type Order = z.infer<typeof OrderSchema>;
export type OrderInput = z.input<typeof OrderSchema>;
