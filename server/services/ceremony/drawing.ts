// The ceremony's draw: the record is built from the committed pool (or the committed stratified lottery)
// and the revealed values, and appended as the draw's decision (or its recorded refusal).

import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { drawRecord } from '../../../shared/lottery/drawRecord';
import type { BeaconProof } from '../../../shared/lottery/protocol';
import { decideDraw } from '../../../shared/process/processCommands';
import type { ProcessState } from '../../../shared/process/processState';
import { stratifiedRecord } from '../../../shared/stratify/stratifiedDraw';
import { STRATIFIED_PROTOCOL } from '../../../shared/stratify/stratifiedProtocol';
import type { CeremonyContext } from './ceremonyContext';

export function draw(context: CeremonyContext, processId: string): ProcessState {
  const { pools, stratifications } = context;
  const state = context.requireState(processId);
  return context.commit(
    processId,
    decideDraw(state, () => {
      const commitment = state.commitment!.commitment;
      const values = state.values;
      const beacons: BeaconProof[] = state.beacons;
      if (commitment.protocol === STRATIFIED_PROTOCOL) {
        // The committed lottery and respondents, checked against the roots before any use.
        const { plan, table, panels } = stratifications.materialise(processId, state);
        if (
          plan.respondentsRoot !== commitment.respondentsRoot ||
          plan.panelsRoot !== commitment.panelsRoot
        )
          throw new KleroterionError(
            ErrorCode.CommitmentMalformed,
            'the stored lottery or respondents differ from what the commitment names',
          );
        return stratifiedRecord({ commitment, values, beacons, table, panels });
      }
      const { ids, tree } = pools.poolOf(processId, state);
      // Timelock values were opened and checked when revealed; the record's verifiers open them again.
      const timelockOpenings = new Map(
        commitment.sources.flatMap((source, i) =>
          source.timelock === undefined || values[i] == null
            ? []
            : [[i, { ok: true as const, plaintext: values[i] as string }] as const],
        ),
      );
      return drawRecord({
        commitment,
        canonicalIds: ids,
        tree,
        values,
        beacons,
        timelockOpenings,
      });
    }),
  );
}
