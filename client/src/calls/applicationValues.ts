// What the applicant has typed so far: every field of the application form as the inputs hold it (strings,
// chosen levers, ticked commitments), and the JSON body sent to the server.

import { HONEYPOT_FIELD } from '../../../shared/calls/applicationForm';
import {
  CHARTER_ITEMS,
  LEAD_TYPES,
  SUPPORT_LEVERS,
  type LeadType,
  type SupportLever,
} from '../../../shared/dossier/dossier';

export type CharterItem = (typeof CHARTER_ITEMS)[number];

/** The fields typed as free text, in the order the form shows them. */
export const TEXT_FIELDS = [
  'projectName',
  'pitch',
  'description',
  'sector',
  'territory',
  'website',
  'leadName',
  'email',
  'phone',
  'generalInterest',
  'funding',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface ApplicationValues extends Record<TextField, string> {
  leadType: LeadType | '';
  levers: SupportLever[];
  charter: Record<CharterItem, boolean>;
}

export function emptyValues(): ApplicationValues {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>),
    leadType: '',
    levers: [],
    charter: Object.fromEntries(CHARTER_ITEMS.map((item) => [item, false])) as Record<
      CharterItem,
      boolean
    >,
  };
}

/** The request body: the answers as typed (the server trims them), and the honeypot as found. */
export function toPayload(values: ApplicationValues, honeypot: string): Record<string, unknown> {
  return {
    ...values,
    // An unanswered radio group is sent as absent, which the schema reports as a missing choice.
    leadType: values.leadType === '' ? undefined : values.leadType,
    [HONEYPOT_FIELD]: honeypot,
  };
}

/** Rebuilds answers from stored JSON, keeping only well-formed values (a stale draft never breaks the form). */
export function valuesFromJson(json: unknown): ApplicationValues | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const stored = json as Record<string, unknown>;
  const values = emptyValues();
  for (const field of TEXT_FIELDS) {
    const value = stored[field];
    if (typeof value === 'string') values[field] = value;
  }
  const leadType = stored['leadType'];
  if ((LEAD_TYPES as readonly unknown[]).includes(leadType)) values.leadType = leadType as LeadType;
  const levers = stored['levers'];
  if (Array.isArray(levers))
    values.levers = SUPPORT_LEVERS.filter((lever) => levers.includes(lever));
  const charter = stored['charter'];
  if (typeof charter === 'object' && charter !== null)
    for (const item of CHARTER_ITEMS)
      values.charter[item] = (charter as Record<string, unknown>)[item] === true;
  return values;
}
