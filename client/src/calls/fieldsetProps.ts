// What every part of the application form receives: the answers, a way to change one, and its errors.

import type { ApplicationValues } from './applicationValues';
import type { FieldMessage } from './fieldMessage';

export interface FieldsetProps {
  values: ApplicationValues;
  update: <K extends keyof ApplicationValues>(field: K, value: ApplicationValues[K]) => void;
  errorFor: (field: string) => FieldMessage | undefined;
}
