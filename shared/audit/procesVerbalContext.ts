// What every section of the procès-verbal is built from: the folded state, the public log, the words of
// the reader's language and its formatters. Spec: docs/results.md, section "Procès-verbal".

import type { ChainedEvent } from '../events/eventChain';
import type { Language } from '../format/language';
import type { ProcessState } from '../process/processState';
import { type ProcesVerbalText } from './procesVerbalText';

export interface Context {
  state: ProcessState;
  log: readonly ChainedEvent[];
  text: ProcesVerbalText;
  language: Language;
  at: (iso: string) => string;
  number: (n: number) => string;
  now: Date | undefined;
}

export const payloadOf = (event: ChainedEvent) => event.payload as Record<string, unknown>;
