// Turns the schema's field problems (found in the browser or returned by the server: same codes, same
// rules) into messages that say, in the applicant's language, what to change in which field.

import {
  FIELD_LIMITS,
  FieldProblem,
  type ApplicationProblem,
} from '../../../shared/calls/applicationForm';
import type { MessageKey } from '../i18n/messages';
import { FIELD_ORDER } from './applicationFieldIds';
import type { ApplicationValues, CharterItem, TextField } from './applicationValues';
import type { FieldMessage } from './fieldMessage';

type LabelledField = TextField | 'leadType' | 'levers';

const LABELLED = FIELD_ORDER.filter((field) => !field.startsWith('charter.'));

export const labelKey = (field: LabelledField): MessageKey => `calls.field.${field}.label`;

/** What to do when a required answer is missing, field by field (GOV.UK / DSFR style). */
const MISSING: Partial<Record<LabelledField, MessageKey>> = {
  projectName: 'calls.missing.projectName',
  pitch: 'calls.missing.pitch',
  description: 'calls.missing.description',
  sector: 'calls.missing.sector',
  territory: 'calls.missing.territory',
  leadType: 'calls.missing.leadType',
  leadName: 'calls.missing.leadName',
  email: 'calls.missing.email',
  levers: 'calls.missing.levers',
  generalInterest: 'calls.missing.generalInterest',
  funding: 'calls.missing.funding',
};

const lengthOf = (values: ApplicationValues, field: string): number => {
  const value = (values as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value.trim().length : 0;
};

const limitsOf = (field: string): readonly [number, number] | undefined =>
  field in FIELD_LIMITS ? FIELD_LIMITS[field as keyof typeof FIELD_LIMITS] : undefined;

/** The message for one problem; `values` are the answers that were checked (for the lengths). */
export function describeProblem(
  problem: Pick<ApplicationProblem, 'field' | 'code'>,
  values: ApplicationValues,
): FieldMessage {
  const { field, code } = problem;
  if (field.startsWith('charter.')) {
    const item = field.slice('charter.'.length) as CharterItem;
    return {
      field,
      key: 'calls.problem.mustAccept',
      refs: { item: `calls.charter.${item}.short` },
    };
  }
  if (!LABELLED.includes(field)) return { key: 'calls.problem.unknownField', values: { field } };
  const labelled = field as LabelledField;
  const label = { field: labelKey(labelled) };
  const count = lengthOf(values, field);
  const limits = limitsOf(field);
  switch (code) {
    case FieldProblem.Required:
      return { field, key: MISSING[labelled] ?? 'calls.problem.required', refs: label };
    case FieldProblem.TooShort:
      return limits === undefined
        ? { field, key: 'calls.problem.tooShortPlain', refs: label }
        : { field, key: 'calls.problem.tooShort', values: { min: limits[0], count }, refs: label };
    case FieldProblem.TooLong:
      return limits === undefined
        ? { field, key: 'calls.problem.tooLongPlain', refs: label }
        : { field, key: 'calls.problem.tooLong', values: { max: limits[1], count }, refs: label };
    case FieldProblem.InvalidEmail:
      return { field, key: 'calls.problem.invalidEmail' };
    case FieldProblem.InvalidPhone:
      return { field, key: 'calls.problem.invalidPhone' };
    case FieldProblem.InvalidUrl:
      return { field, key: 'calls.problem.invalidUrl' };
    case FieldProblem.InvalidChoice:
      // An unanswered radio group is reported as "not one of the options": ask for the choice.
      return field === 'leadType'
        ? { field, key: 'calls.missing.leadType' }
        : { field, key: 'calls.problem.invalidChoice', refs: label };
    case FieldProblem.MustAccept:
    case FieldProblem.Unknown:
      return { key: 'calls.problem.unknownField', values: { field } };
  }
}

/** Form-wide messages first, then the fields in the order of the page. */
export function inFormOrder(messages: readonly FieldMessage[]): FieldMessage[] {
  const rank = (message: FieldMessage) =>
    message.field === undefined ? -1 : FIELD_ORDER.indexOf(message.field);
  return [...messages].sort((a, b) => rank(a) - rank(b));
}
