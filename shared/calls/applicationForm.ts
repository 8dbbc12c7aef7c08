// The application form of a call for projects: every field, its rules, and field-level problems with
// stable codes so that the form can say, in the applicant's language, exactly what to fix.
// Spec: docs/calls.md, section "The application form".

import { z } from 'zod';
import { CHARTER_ITEMS, LEAD_TYPES, SUPPORT_LEVERS } from '../dossier/dossier';

/** Invisible to people, tempting to robots: any value in it marks the submission as spam. */
export const HONEYPOT_FIELD = 'fax';

export const FIELD_LIMITS = {
  projectName: [3, 120],
  pitch: [10, 200],
  description: [50, 4000],
  leadName: [2, 120],
  sector: [2, 80],
  territory: [2, 80],
  generalInterest: [30, 2000],
  funding: [30, 2000],
} as const;

/** Codes of field problems; the client translates them, the API returns them with an English message. */
export const FieldProblem = {
  Required: 'required',
  TooShort: 'too-short',
  TooLong: 'too-long',
  InvalidEmail: 'invalid-email',
  InvalidPhone: 'invalid-phone',
  InvalidUrl: 'invalid-url',
  InvalidChoice: 'invalid-choice',
  MustAccept: 'must-accept',
  Unknown: 'unknown-field',
} as const;
export type FieldProblem = (typeof FieldProblem)[keyof typeof FieldProblem];

const text = (field: keyof typeof FIELD_LIMITS) => {
  const [min, max] = FIELD_LIMITS[field];
  return z
    .string({ error: FieldProblem.Required })
    .trim()
    .min(1, FieldProblem.Required)
    .min(min, FieldProblem.TooShort)
    .max(max, FieldProblem.TooLong);
};

/** An optional answer: an empty or blank string counts as no answer. */
const optionalText = <T extends z.ZodType<string>>(inner: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    inner.optional(),
  );

export const ApplicationForm = z.strictObject({
  projectName: text('projectName'),
  pitch: text('pitch'),
  description: text('description'),
  leadType: z.enum(LEAD_TYPES, { error: FieldProblem.InvalidChoice }),
  /** Personal data: never published. */
  leadName: text('leadName'),
  email: z
    .string({ error: FieldProblem.Required })
    .trim()
    .min(1, FieldProblem.Required)
    .max(254, FieldProblem.TooLong)
    .pipe(z.email({ error: FieldProblem.InvalidEmail })),
  phone: optionalText(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 .()-]{6,25}$/, FieldProblem.InvalidPhone),
  ),
  sector: text('sector'),
  territory: text('territory'),
  website: optionalText(
    z
      .string()
      .trim()
      .max(300, FieldProblem.TooLong)
      .pipe(z.url({ protocol: /^https?$/, error: FieldProblem.InvalidUrl })),
  ),
  levers: z
    .array(z.enum(SUPPORT_LEVERS, { error: FieldProblem.InvalidChoice }), {
      error: FieldProblem.Required,
    })
    .min(1, FieldProblem.Required)
    .max(SUPPORT_LEVERS.length, FieldProblem.TooLong)
    .refine((levers) => new Set(levers).size === levers.length, FieldProblem.InvalidChoice),
  generalInterest: text('generalInterest'),
  funding: text('funding'),
  charter: z.strictObject(
    Object.fromEntries(
      CHARTER_ITEMS.map((item) => [item, z.literal(true, { error: FieldProblem.MustAccept })]),
    ) as Record<(typeof CHARTER_ITEMS)[number], z.ZodLiteral<true>>,
    { error: FieldProblem.MustAccept },
  ),
});
export type ApplicationForm = z.infer<typeof ApplicationForm>;

export interface ApplicationProblem {
  /** Dotted path, e.g. "email" or "charter.funding-transparency". */
  field: string;
  code: FieldProblem;
  message: string;
}

const MESSAGES: Record<FieldProblem, string> = {
  required: 'this field is required',
  'too-short': 'this answer is too short',
  'too-long': 'this answer is too long',
  'invalid-email': 'this is not a valid email address',
  'invalid-phone': 'this is not a valid phone number',
  'invalid-url': 'this is not a valid web address (http:// or https://)',
  'invalid-choice': 'this choice is not one of the options',
  'must-accept': 'this commitment of the charter must be accepted',
  'unknown-field': 'this field is not part of the form',
};

const isProblem = (code: string): code is FieldProblem =>
  (Object.values(FieldProblem) as string[]).includes(code);

/** Validates a submitted form (any JSON value); the honeypot field is checked by the caller. */
export function checkApplication(
  input: unknown,
): { ok: true; form: ApplicationForm } | { ok: false; problems: ApplicationProblem[] } {
  const body =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).filter(([key]) => key !== HONEYPOT_FIELD))
      : input;
  const parsed = ApplicationForm.safeParse(body);
  if (parsed.success) return { ok: true, form: parsed.data };
  const problems: ApplicationProblem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({
          field: [...issue.path, key].join('.'),
          code: FieldProblem.Unknown,
          message: MESSAGES[FieldProblem.Unknown],
        });
      continue;
    }
    const code = isProblem(issue.message)
      ? issue.message
      : issue.code === 'invalid_type' && issue.input === undefined
        ? FieldProblem.Required
        : FieldProblem.InvalidChoice;
    const [first, second] = issue.path.map(String);
    const field =
      first === undefined
        ? 'form'
        : first === 'charter' && second !== undefined
          ? `charter.${second}`
          : first;
    if (problems.some((p) => p.field === field)) continue;
    problems.push({ field, code, message: MESSAGES[code] });
  }
  return { ok: false, problems };
}
