import { describe, expect, it } from 'vitest';
import { processOfArtefact } from './processOfArtefact';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('the process a published file names', () => {
  it('reads a draw record’s commitment and an audit bundle', () => {
    expect(processOfArtefact(bytes({ commitment: { process: 'p-123' } }))).toBe('p-123');
    expect(processOfArtefact(bytes({ format: 'x', process: 'abc_DEF' }))).toBe('abc_DEF');
  });

  it('names nothing for other files or an id that is not one', () => {
    expect(processOfArtefact(bytes([1, 2]))).toBeUndefined();
    expect(processOfArtefact(bytes({ commitment: { process: '../x' } }))).toBeUndefined();
    expect(processOfArtefact(new TextEncoder().encode('not json'))).toBeUndefined();
  });
});
