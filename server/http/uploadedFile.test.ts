import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { uploadedFile } from './uploadedFile';

const request = (body: unknown, headers: Record<string, string> = {}): Request =>
  ({ body, headers }) as unknown as Request;

describe('uploadedFile', () => {
  it('returns the raw bytes with the name sent in X-File-Name', () => {
    const bytes = Buffer.from('a,b\n1,2\n');
    const file = uploadedFile(request(bytes, { 'x-file-name': 'mine.csv' }), 'default.csv', 'no');
    expect(file.bytes).toBe(bytes);
    expect(file.fileName).toBe('mine.csv');
  });

  it('falls back to the default name and cuts an overlong one to 200 characters', () => {
    const bytes = Buffer.from('x');
    expect(uploadedFile(request(bytes), 'default.csv', 'no').fileName).toBe('default.csv');
    const long = 'n'.repeat(300);
    expect(uploadedFile(request(bytes, { 'x-file-name': long }), 'd', 'no').fileName).toBe(
      'n'.repeat(200),
    );
  });

  it('refuses a body that was not read as raw bytes, with the route message', () => {
    const read = () => uploadedFile(request({ parsed: 'json' }), 'd.csv', 'send the file');
    expect(read).toThrow(KleroterionError);
    expect(read).toThrow(
      expect.objectContaining({ code: ErrorCode.ValidationFailed, message: 'send the file' }),
    );
  });
});
