// The error of an empty required field on the sign-in and account forms, naming the field (its label's
// key, translated when shown), so that the error summary says which field each line is about.

import type { MessageKey } from '../i18n/messages';
import type { FormError } from '../ui/formErrors';

export function required(label: MessageKey): FormError {
  return { key: 'account.error.requiredField', refs: { field: label } };
}
