import { describe, expect, it } from 'vitest';
import { PROCESS_STAGES } from '../../../shared/process/processStage';
import { nextStep } from './nextStep';

const now = Date.parse('2027-01-12T10:00:00Z');

describe('nextStep', () => {
  it('names the draw with its date while the drand round is ahead', () => {
    expect(nextStep('committed', '2027-01-12T17:00:00Z', now)).toEqual({
      key: 'public.next.drawAt',
      at: '2027-01-12T17:00:00Z',
    });
  });

  it('drops a date already past, and has no date without a beacon', () => {
    expect(nextStep('revealed', '2027-01-12T09:00:00Z', now)).toEqual({ key: 'public.next.draw' });
    expect(nextStep('committed', undefined, now)).toEqual({ key: 'public.next.draw' });
  });

  it('has a next step for every stage but the published results', () => {
    const withNext = PROCESS_STAGES.filter(
      (stage) => nextStep(stage, undefined, now) !== undefined,
    );
    expect(withNext).toEqual(PROCESS_STAGES.filter((stage) => stage !== 'published'));
  });
});
