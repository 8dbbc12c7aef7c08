import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors';
import { ERROR_STATUS, errorStatus } from './errorStatus';

describe('ERROR_STATUS', () => {
  it('gives every error code an HTTP error status, and names no other code', () => {
    const codes = Object.values(ErrorCode);
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const status = ERROR_STATUS[code];
      expect(Number.isInteger(status), code).toBe(true);
      expect(status >= 400 && status <= 599, `${code} → ${status}`).toBe(true);
    }
  });

  it('holds the envelope codes: INTERNAL is a 500, the client-made codes are in ErrorCode too', () => {
    expect(errorStatus(ErrorCode.Internal)).toBe(500);
    expect(ErrorCode.Network).toBe('NETWORK');
    expect(ErrorCode.NotJson).toBe('NOT_JSON');
    expect(errorStatus('SOMETHING_NEWER')).toBe(400);
  });
});
