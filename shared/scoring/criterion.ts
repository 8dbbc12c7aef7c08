// A scoring criterion, shared by the process settings and the deliberation room.
import { z } from 'zod';

export const Criterion = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().trim().min(1).max(200),
});
export type Criterion = z.infer<typeof Criterion>;
