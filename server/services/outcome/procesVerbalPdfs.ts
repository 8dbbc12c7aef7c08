// The procès-verbal as an A4 PDF, once the results are published, cached by the log's head and language.

import { sha256HexOfText } from '../../../shared/crypto/hash';
import { buildProcesVerbal } from '../../../shared/audit/procesVerbal';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import type { Language } from '../../../shared/format/language';
import { renderProcesVerbalPdf } from '../../pdf/renderProcesVerbalPdf';
import type { Clock } from '../../ports';
import type { EventStore } from '../../store/eventStore';
import type { Ceremony } from '../ceremony';
import type { OutcomeBundle } from './outcomeBundle';

export function createProcesVerbalPdfs(deps: {
  store: EventStore;
  ceremony: Ceremony;
  clock: Clock;
  bundle: OutcomeBundle;
}) {
  const { store, ceremony, clock, bundle } = deps;
  const procesVerbals = new Map<string, { head: string; pdf: Buffer }>();
  return {
    /**
     * The procès-verbal as PDF, once the results are published (before, it would disclose them).
     * @throws {KleroterionError} TRANSITION_REFUSED before publication.
     */
    async procesVerbalPdf(processId: string, language: Language): Promise<Buffer> {
      const state = ceremony.state(processId);
      if (state.outcome.published === undefined)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'the procès-verbal is published with the results, which are not published yet',
        );
      const key = `${processId}\n${language}`;
      const cached = procesVerbals.get(key);
      if (cached?.head === state.head) return cached.pdf;
      const pv = buildProcesVerbal(state, store.events(processId), {
        language,
        bundleSha256: sha256HexOfText(bundle.cachedBundle(processId).text),
        now: clock.now(),
      });
      const pdf = await renderProcesVerbalPdf(pv, clock.now());
      procesVerbals.set(key, { head: state.head, pdf });
      return pdf;
    },
  };
}
