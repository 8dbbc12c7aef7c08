import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './createLogger';

function capture(isTerminal: boolean): string[] {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) =>
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  const log = createLogger('info', stream, isTerminal);
  log.info({ processId: 'p1', email: 'camille@example.org' }, 'draw committed');
  log.flush();
  return lines;
}

describe('createLogger', () => {
  it('writes JSON lines when the output is not a terminal', () => {
    const [line, ...rest] = capture(false);
    expect(rest).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({
      level: 30,
      msg: 'draw committed',
      processId: 'p1',
      email: '[redacted]',
    });
  });

  it('writes readable text, redacted the same, in a terminal', () => {
    const text = capture(true).join('\n');
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toMatch(/\[\d\d:\d\d:\d\d(\.\d+)?\] INFO: draw committed/);
    expect(text).toContain('processId: "p1"');
    expect(text).toContain('email: "[redacted]"');
    expect(text).not.toContain('camille@example.org');
  });
});
