// A project application (dossier) as the jury sees it, with the administration's pre-screening.
// Spec: docs/deliberation.md, section "Dossiers". Dossiers describe projects, never their leads' identities.

import { z } from 'zod';

/** The eight kinds of support a project can ask the administration for. */
export const SUPPORT_LEVERS = [
  'data-digital',
  'coaching',
  'administration-connections',
  'funding-legal',
  'compliance',
  'innovation-venues',
  'local-experimentation',
  'promotion',
] as const;
export type SupportLever = (typeof SUPPORT_LEVERS)[number];

export const LEAD_TYPES = ['citizen', 'association', 'company'] as const;
export type LeadType = (typeof LEAD_TYPES)[number];

/** The four commitments of the programme's charter. */
export const CHARTER_ITEMS = [
  'public-service-values',
  'funding-transparency',
  'open-results',
  'network',
] as const;

/** The administration's 4-level assessment scale. */
export const ASSESSMENT_LEVELS = ['insufficient', 'fragile', 'satisfactory', 'strong'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const Assessment = z.strictObject({ level: z.enum(ASSESSMENT_LEVELS), comment: text(1000) });

export const Dossier = z.strictObject({
  /** Stable public reference, e.g. "AIC-2026-017". */
  id: z.string().regex(/^[A-Z]{2,6}-\d{4}-\d{3}$/, 'expected a reference like AIC-2026-017'),
  title: text(120),
  pitch: text(200),
  description: text(4000),
  leadType: z.enum(LEAD_TYPES),
  sector: text(80),
  territory: text(80),
  website: z.url().max(300).optional(),
  levers: z.array(z.enum(SUPPORT_LEVERS)).min(1).max(8),
  /** Every charter item accepted (true) or not. */
  charter: z.strictObject(
    Object.fromEntries(CHARTER_ITEMS.map((item) => [item, z.boolean()])) as Record<
      (typeof CHARTER_ITEMS)[number],
      z.ZodBoolean
    >,
  ),
  /** How the project serves the general interest and everyone in France (from the application). */
  generalInterest: text(2000).optional(),
  /** How the project is funded (funding transparency is required by the charter). */
  funding: text(2000).optional(),
  prescreening: z.strictObject({
    admissible: z.boolean(),
    solidity: Assessment,
    feasibility: Assessment,
    impact: Assessment,
    supportValue: Assessment,
  }),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierFile = z.strictObject({
  version: z.literal(1),
  cohort: text(80),
  dossiers: z.array(Dossier).min(1).max(1000),
});
export type DossierFile = z.infer<typeof DossierFile>;
