// What serving on the jury involves, as the organiser states it: session dates, duration, place or video
// link, compensation and a contact. Public (about the process, never about a person), logged by
// `process.serviceDescribed`. Spec: docs/event-log.md, section "Event types".

import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const ServiceSession = z.strictObject({
  /** RFC 3339 with its offset; shown in Paris time. */
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).optional(),
});

/** Every field optional: the organiser fills in what is known and may complete it later. */
export const ServiceDetails = z.strictObject({
  sessions: z.array(ServiceSession).max(20).optional(),
  duration: text(300).optional(),
  place: text(300).optional(),
  videoLink: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  compensation: text(300).optional(),
  /** An office's address, e-mail or phone: a service contact, never a private person's details. */
  contact: text(300).optional(),
});
export type ServiceDetails = z.infer<typeof ServiceDetails>;
