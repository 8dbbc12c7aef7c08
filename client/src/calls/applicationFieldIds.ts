// Where each problem of the form points: the id of the input the error summary links to, and the order
// in which the form shows its fields (the summary lists problems in that order).

import { CHARTER_ITEMS, LEAD_TYPES, SUPPORT_LEVERS } from '../../../shared/dossier/dossier';
import type { CharterItem } from './applicationValues';

export const textFieldId = (field: string): string => `application-${field}`;
export const leadTypeId = (leadType: string): string => `application-leadType-${leadType}`;
export const leverId = (lever: string): string => `application-lever-${lever}`;
export const charterId = (item: CharterItem): string => `application-charter-${item}`;

/** Problem fields ("email", "charter.network"…) in the order they appear on the page. */
export const FIELD_ORDER: readonly string[] = [
  'projectName',
  'pitch',
  'description',
  'sector',
  'territory',
  'website',
  'leadType',
  'leadName',
  'email',
  'phone',
  'levers',
  'generalInterest',
  'funding',
  ...CHARTER_ITEMS.map((item) => `charter.${item}`),
];

/** The input a problem field points to; a radio or checkbox group points to its first option. */
export function inputIdOf(field: string): string | undefined {
  if (field === 'leadType') return leadTypeId(LEAD_TYPES[0]);
  if (field === 'levers') return leverId(SUPPORT_LEVERS[0]);
  if (field.startsWith('charter.')) {
    const item = field.slice('charter.'.length);
    return (CHARTER_ITEMS as readonly string[]).includes(item)
      ? charterId(item as CharterItem)
      : undefined;
  }
  return FIELD_ORDER.includes(field) ? textFieldId(field) : undefined;
}
