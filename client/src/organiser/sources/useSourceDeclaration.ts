// The state and the checks of the source declaration form (SourceDeclarationFields): the witnesses and
// the drand round a commitment names, as the flow allows them, parsed into the body its route takes.

import { useEffect, useId, useState } from 'react';
import { api } from '../../api/api';
import { useI18n } from '../../i18n/useI18n';
import type { FormError } from '../../ui/formErrors';
import { isFormError, parseInteger, parseText } from '../../ui/formValues';
import { useFocusLater } from '../../ui/useFocusLater';
import { timelockProblem } from './timelockProblem';
import { witnessFieldIds, type WitnessRow } from './WitnessFieldset';
import type { SourceFlow } from './sourceFlows';

export const MAX_WITNESSES = 20;
export const MAX_DELAY_MINUTES = 30 * 24 * 60;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The sources as the routes take them (the organiser's secret is always made by the server). */
export interface SourceDeclaration {
  witnesses: (
    { label: string; commitment: string; optional: boolean } | { label: string; timelock: string }
  )[];
  drandRound?: number;
  drandDelaySeconds?: number;
}

export interface SourceDeclarationState {
  flow: SourceFlow;
  idPrefix: string;
  delayId: string;
  roundId: string;
  addId: string;
  witnesses: WitnessRow[];
  setWitnesses: (rows: WitnessRow[]) => void;
  addWitness: () => void;
  removeWitness: (index: number) => void;
  delay: string;
  setDelay: (text: string) => void;
  round: string;
  setRound: (text: string) => void;
  /** The server's minimum delay before the round, worded ("5 minutes"), once known. */
  minimum: string | undefined;
  /** The declaration, or every problem with it (each naming its field). */
  parse: () => SourceDeclaration | FormError[];
}

/** The source declaration of one flow: `flow` says which sources it may name. */
export function useSourceDeclaration(flow: SourceFlow): SourceDeclarationState {
  const { t } = useI18n();
  const idPrefix = useId();
  const delayId = `${idPrefix}-delay`;
  const roundId = `${idPrefix}-round`;
  const addId = `${idPrefix}-witness-add`;
  const [witnesses, setWitnesses] = useState<WitnessRow[]>([]);
  const [delay, setDelay] = useState('10');
  const [round, setRound] = useState('');
  const focusLater = useFocusLater();
  // The server's minimum delay before the drand round (KLEROTERION_DRAND_DELAY), said and checked here.
  const [minDelaySeconds, setMinDelaySeconds] = useState<number | undefined>();
  useEffect(() => {
    if (!flow.allowsDelay) return;
    api('ceremony.limits').then(
      (limits) => setMinDelaySeconds(limits.minDrandDelaySeconds),
      () => undefined,
    );
  }, [flow.allowsDelay]);
  const minimum =
    minDelaySeconds === undefined
      ? undefined
      : minDelaySeconds % 60 === 0
        ? t('drand.minutes', { n: minDelaySeconds / 60 })
        : t('drand.seconds', { n: minDelaySeconds });

  const addWitness = () => {
    const row = {
      key: Math.max(0, ...witnesses.map((w) => w.key)) + 1,
      label: '',
      commitment: '',
      optional: false,
      kind: 'secret' as const,
      timelock: '',
    };
    setWitnesses([...witnesses, row]);
    focusLater(witnessFieldIds(idPrefix, row).label);
  };

  const removeWitness = (index: number) => {
    const next = witnesses.filter((_, i) => i !== index);
    setWitnesses(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour === undefined ? addId : witnessFieldIds(idPrefix, neighbour).label);
  };

  function parseWitnesses(errors: FormError[]): SourceDeclaration['witnesses'] {
    const seen = new Set<string>();
    return witnesses.map((row, i) => {
      const ids = witnessFieldIds(idPrefix, row);
      const label = parseText(row.label, 80, t('organiser.witness.label', { n: i + 1 }), ids.label);
      if (isFormError(label)) errors.push(label);
      else if (label.includes('='))
        errors.push({
          key: 'organiser.witness.labelChars',
          values: { n: i + 1 },
          fieldId: ids.label,
        });
      else if (seen.has(label))
        errors.push({
          key: 'organiser.witness.duplicate',
          values: { n: i + 1 },
          fieldId: ids.label,
        });
      else seen.add(label);
      if (row.kind === 'timelock') {
        const problem = timelockProblem(row.timelock, round);
        if (problem !== undefined)
          errors.push({ key: problem, values: { n: i + 1 }, fieldId: ids.timelock });
        return { label: isFormError(label) ? '' : label, timelock: row.timelock };
      }
      // Hashes are often pasted in capitals or with spaces; the API wants 64 lowercase hex digits.
      const commitment = row.commitment.replace(/\s+/g, '').toLowerCase();
      if (!SHA256_HEX.test(commitment))
        errors.push({
          key: 'organiser.witness.hashFormat',
          values: { n: i + 1 },
          fieldId: ids.commitment,
        });
      return { label: isFormError(label) ? '' : label, commitment, optional: row.optional };
    });
  }

  function parseTiming(
    errors: FormError[],
  ): Pick<SourceDeclaration, 'drandRound' | 'drandDelaySeconds'> {
    if (round.trim() !== '') {
      const value = parseInteger(round, { min: 1, max: 999_999_999 }, t(flow.roundLabel), roundId);
      if (isFormError(value)) errors.push(value);
      else return { drandRound: value };
      return {};
    }
    // No round and no delay field: the server picks the first round after its minimum delay.
    if (!flow.allowsDelay) return {};
    const value = parseInteger(
      delay,
      { min: 0, max: MAX_DELAY_MINUTES },
      t('organiser.commit.delay'),
      delayId,
    );
    if (isFormError(value)) errors.push(value);
    else if (minDelaySeconds !== undefined && value * 60 < minDelaySeconds)
      errors.push({
        key: 'drand.delayTooShort',
        values: { minimum: minimum ?? '' },
        fieldId: delayId,
      });
    else return { drandDelaySeconds: value * 60 };
    return {};
  }

  function parse(): SourceDeclaration | FormError[] {
    const errors: FormError[] = [];
    const parsed = flow.allowsWitnesses ? parseWitnesses(errors) : [];
    const timing = parseTiming(errors);
    return errors.length > 0 ? errors : { witnesses: parsed, ...timing };
  }

  return {
    flow,
    idPrefix,
    delayId,
    roundId,
    addId,
    witnesses,
    setWitnesses,
    addWitness,
    removeWitness,
    delay,
    setDelay,
    round,
    setRound,
    minimum,
    parse,
  };
}
