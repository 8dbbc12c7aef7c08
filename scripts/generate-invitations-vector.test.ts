import { describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-invitations-1.json';
import { buildInvitationsVector } from './generate-invitations-vector';

describe('fixtures/vectors/kleroterion-invitations-1.json', () => {
  it('is what the generator computes today from its fixed inputs', () => {
    expect(buildInvitationsVector()).toEqual(vector);
  });
});
