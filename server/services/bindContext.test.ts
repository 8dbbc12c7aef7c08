import { describe, expect, it } from 'vitest';
import { bindContext } from './bindContext';

interface Counter {
  count: number;
}

function add(context: Counter, by: number, times = 1): number {
  context.count += by * times;
  return context.count;
}

async function later(context: Counter, label: string): Promise<string> {
  return `${label}:${context.count}`;
}

describe('bindContext', () => {
  it('passes the one shared context first, then the caller’s arguments, and returns what the command returns', async () => {
    const context = { count: 0 };
    const methods = bindContext(context, { add, later });
    expect(methods.add(2)).toBe(2);
    expect(methods.add(3, 2)).toBe(8);
    expect(context.count).toBe(8);
    expect(await methods.later('n')).toBe('n:8');
    expect(Object.keys(methods)).toEqual(['add', 'later']);
  });

  it('lets a command throw to its caller', () => {
    const fail = (_context: Counter, message: string): never => {
      throw new RangeError(message);
    };
    expect(() => bindContext({ count: 0 }, { fail }).fail('refused')).toThrow(RangeError);
  });
});
