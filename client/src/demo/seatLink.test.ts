import { describe, expect, it } from 'vitest';
import { roomLinkForSeat, seatTokenOfHash } from './seatLink';

describe('the demonstration’s seat link', () => {
  it('carries the invitation token in the fragment and reads it back', () => {
    const token = 'abcdefghijklmnopqrstuvwxyz_-0123456789ABCDE';
    const link = roomLinkForSeat('0123456789abcdef', token);
    expect(link).toBe(`/salle/0123456789abcdef#siege=${token}`);
    expect(seatTokenOfHash(new URL(link, 'http://x').hash)).toBe(token);
  });

  it('reads nothing from another fragment or a malformed token', () => {
    expect(seatTokenOfHash('')).toBeUndefined();
    expect(seatTokenOfHash('#agenda')).toBeUndefined();
    expect(seatTokenOfHash('#siege=court')).toBeUndefined();
    expect(seatTokenOfHash('#siege=<script>alert(1)</script>aaaaaaaaaaaaaa')).toBeUndefined();
  });
});
