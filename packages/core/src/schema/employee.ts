import { z } from 'zod';
import { CustomFieldsSchema, InstantSchema, OptionalInstantSchema } from './instant.js';

export const EmployeeSchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().optional(),
    role: z.string().optional(),
    team: z.string().optional(),
    hiredAt: InstantSchema,
    /** Departure; null or absent while employed. */
    leftAt: OptionalInstantSchema,
    custom: CustomFieldsSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.leftAt != null && e.leftAt < e.hiredAt) {
      ctx.addIssue({ code: 'custom', path: ['leftAt'], message: 'leftAt is before hiredAt' });
    }
  });

export type Employee = z.infer<typeof EmployeeSchema>;
export type EmployeeInput = z.input<typeof EmployeeSchema>;
