import { describe, expect, it } from 'vitest';
import { decideMove, decideOpenRoom } from '../deliberation/roomCommands';
import { DEFAULT_SCALE } from '../scoring/gradingScale';
import { decidePublish } from '../scoring/resultCommands';
import { drawnProcess, syntheticDeliberation, syntheticDossier } from '../testing/syntheticProcess';
import { foldProcess, type ProcessState } from './processState';
import { PROCESS_STAGES, ProcessStage, hasReachedStage, processStage } from './processStage';

/** The stage after each prefix of a log, folded from scratch. */
function stagesAlong(log: Parameters<typeof foldProcess>[0]): ProcessStage[] {
  return log.map((_, i) => processStage(foldProcess(log.slice(0, i + 1)) as ProcessState));
}

describe('processStage over folded logs', () => {
  it('follows a whole process: ceremony, deliberation, then published results', () => {
    const { builder } = syntheticDeliberation({
      seats: 3,
      dossiers: 2,
      graded: 1,
      grade: () => 'bien',
    });
    builder.then(decidePublish);
    const stages = stagesAlong(builder.log);
    // Each stage appears in the ceremony's order, none is skipped, none comes back.
    const distinct = stages.filter((stage, i) => stage !== stages[i - 1]);
    expect(distinct).toEqual(PROCESS_STAGES);
    expect(stages[stages.length - 1]).toBe(ProcessStage.Published);
  });

  it('says the deliberation is in progress from the opening of the room until publication', () => {
    const builder = drawnProcess(3, 2);
    expect(processStage(builder.current)).toBe(ProcessStage.Invitations);
    builder.then((s) => decideOpenRoom(s, DEFAULT_SCALE, false, {}));
    expect(processStage(builder.current)).toBe(ProcessStage.Deliberation);
    builder.then((s) => decideMove(s, syntheticDossier(1).id));
    expect(processStage(builder.current)).toBe(ProcessStage.Deliberation);
  });

  it('is never "invitations" once the results are published, whatever the seats', () => {
    const { builder } = syntheticDeliberation({
      seats: 3,
      dossiers: 3,
      graded: 2,
      grade: () => 'tres-bien',
    });
    builder.then(decidePublish);
    const state = builder.current;
    expect(state.status).toBe('invitations');
    expect(processStage(state)).toBe(ProcessStage.Published);
  });

  it('counts held-back deliberation events as an open room', () => {
    const state = drawnProcess(3, 2).current;
    expect(processStage(state, 0)).toBe(ProcessStage.Invitations);
    expect(processStage(state, 4)).toBe(ProcessStage.Deliberation);
  });

  it('orders the stages', () => {
    expect(hasReachedStage(ProcessStage.Published, ProcessStage.Deliberation)).toBe(true);
    expect(hasReachedStage(ProcessStage.Deliberation, ProcessStage.Invitations)).toBe(true);
    expect(hasReachedStage(ProcessStage.Drawn, ProcessStage.Deliberation)).toBe(false);
    expect(hasReachedStage(ProcessStage.Committed, ProcessStage.Committed)).toBe(true);
  });
});
