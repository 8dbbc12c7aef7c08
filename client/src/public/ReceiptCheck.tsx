import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { PublicView } from '../../../shared/process/publicView';
import { useI18n } from '../i18n/useI18n';
import { FileInput } from '../ui/FileInput';
import { VerdictRegion } from '../verification/VerdictAlert';
import { apiBytes } from '../api/apiClient';
import { apiPath } from '../api/api';
import type { ReceiptOutcome, StageOneInput, StageOneOutcome } from './checkReceipt';
import { committedStageOne } from './StageOnePanel';

/**
 * "Vérifier mon reçu": a volunteer checks they were in the pool, whether they were drawn, and, when the
 * pool came from a stage one, that they were invited by it (docs/lottery-spec.md, section 18).
 */
export function ReceiptCheck({ view }: { view: PublicView }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<ReceiptOutcome | 'unloaded' | undefined>();
  // The stage-one record, downloaded at the first check of a process whose commitment names a stage one.
  const stageOneRecord = useRef<Promise<{ record: unknown }> | undefined>(undefined);
  const hasStageOne = committedStageOne(view.commitment?.commitment) !== undefined;

  async function loadStageOne(): Promise<StageOneInput> {
    if (!hasStageOne) return undefined;
    stageOneRecord.current ??= apiBytes(
      apiPath('publicRegistration.stageOneRecord', { params: { id: view.id } }),
    ).then((bytes) => ({ record: JSON.parse(new TextDecoder().decode(bytes)) as unknown }));
    try {
      return await stageOneRecord.current;
    } catch {
      // Asked again at the next check.
      stageOneRecord.current = undefined;
      return 'unavailable';
    }
  }

  // The check (its Merkle hashing) is downloaded at the first request, not with the page; the stage-one
  // record only for a receipt that reads, of this process.
  async function check(content: string) {
    try {
      const { checkReceipt } = await import('./checkReceipt');
      const read = checkReceipt(content, view);
      setOutcome(
        !hasStageOne || read.kind === 'malformed' || read.kind === 'other-process'
          ? read
          : checkReceipt(content, view, await loadStageOne()),
      );
    } catch {
      setOutcome('unloaded');
    }
  }
  // A verdict speaks of the receipt it checked: once the text changes, it goes until the next check.
  function edit(content: string) {
    setText(content);
    setOutcome(undefined);
  }
  // A chosen file is read into the box and checked at once: choosing it is the request.
  async function loadFile(file: File | undefined) {
    if (file === undefined) return;
    const content = await file.text();
    edit(content);
    await check(content);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    void check(text);
  }

  /** What the receipt proves of stage one, or why it does not, in plain words. */
  function stageOneLines(stageOne: StageOneOutcome | undefined): string[] {
    if (stageOne === undefined) return [];
    if (stageOne.kind !== 'invited') return [t(`receipt.stageOne.${stageOne.kind}`)];
    const { stratum, rank, invitations } = stageOne;
    return [
      stratum === ''
        ? t('receipt.stageOne.invitedRegister', { rank, invitations })
        : t('receipt.stageOne.invited', { stratum, rank, invitations }),
    ];
  }

  let message: { ok: boolean; lines: string[] } | undefined;
  if (outcome === 'unloaded') message = { ok: false, lines: [t('verifier.loadFailed')] };
  else if (outcome !== undefined) {
    switch (outcome.kind) {
      case 'malformed':
        message = {
          ok: false,
          lines: [t(`receipt.problem.${outcome.problem}`)],
        };
        break;
      case 'other-process':
        message = { ok: false, lines: [t('public.receipt.otherProcess')] };
        break;
      case 'invalid':
        message = {
          ok: false,
          lines: [t('public.receipt.invalid'), ...stageOneLines(outcome.stageOne)],
        };
        break;
      case 'in-pool': {
        const draw = outcome.draw;
        const second =
          draw === 'not-yet'
            ? t('public.receipt.notYet')
            : draw === 'not-drawn'
              ? t('public.receipt.notDrawn')
              : t(draw.role === 'seat' ? 'public.receipt.seat' : 'public.receipt.alternate', {
                  rank: draw.rank,
                });
        const stageOne = outcome.stageOne;
        const isBoth = stageOne?.kind === 'invited';
        message = {
          ok: stageOne === undefined || isBoth,
          lines: [
            ...(isBoth ? [t('receipt.stageOne.both')] : []),
            t('public.receipt.inPool', {
              id: outcome.id,
              index: outcome.index,
              size: outcome.size,
            }),
            ...stageOneLines(stageOne),
            second,
          ],
        };
      }
    }
  }

  return (
    <section aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">{t('public.receipt')}</h2>
      <p>{t('receipt.intro')}</p>
      <form onSubmit={submit}>
        <Input
          label={t('receipt.text')}
          textArea
          nativeTextAreaProps={{
            rows: 5,
            value: text,
            onChange: (event) => edit(event.target.value),
            spellCheck: false,
          }}
        />
        <FileInput
          label={t('receipt.file')}
          accept=".json,.txt,application/json,text/plain"
          onChange={(event) => void loadFile(event.target.files?.[0])}
        />
        <Button type="submit" className="fr-mb-3w">
          {t('public.receipt.submit')}
        </Button>
      </form>
      <VerdictRegion message={message} testId="receipt-verdict" />
    </section>
  );
}
