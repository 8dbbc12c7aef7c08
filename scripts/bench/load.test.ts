import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_OPTIONS, parseLoadOptions } from './loadOptions';
import { runLoad, type LoadFigures } from './loadRun';

describe('bench:load, CI-sized', () => {
  it('runs 15 jurors, 100 observers and 10 req/s for 10 s without an error, and every observer gets every broadcast', async () => {
    const options = {
      ...DEFAULT_LOAD_OPTIONS,
      durationSeconds: 10,
      observers: 100,
      rps: 10,
      dossierSeconds: 3,
      reportSeconds: 5,
    };
    const reports: LoadFigures[] = [];
    const summary = await runLoad(
      options,
      () => {},
      (figures) => reports.push(figures),
    );

    expect(summary.errors).toEqual({});
    expect(summary.observers).toBe(100);
    expect(summary.completeObservers).toBe(100);
    // Each kind of broadcast happened, so "every observer got every one" says something.
    expect(summary.broadcasts['process:events']).toBeGreaterThan(0);
    expect(summary.broadcasts['room:view']).toBeGreaterThan(0);
    expect(summary.broadcasts['room:progress']).toBeGreaterThan(0);
    expect(summary.reveals).toBeGreaterThanOrEqual(2);
    expect(summary.eventsAppended).toBeGreaterThanOrEqual(summary.reveals * 4);
    // Every arrival was matched with the broadcast that caused it.
    const arrivals = Object.values(summary.delivery).reduce((sum, s) => sum + s.count, 0);
    const sent = Object.values(summary.broadcasts).reduce((sum, n) => sum + n, 0);
    expect(arrivals).toBe(sent * 100);
    expect(summary.received).toBe(sent * 100);
    // Every ballot was acknowledged, and the open-loop schedule sent its requests.
    expect(summary.ballots).toBeGreaterThan(0);
    expect(summary.scoreAcks.count).toBe(summary.ballots);
    expect(summary.httpRequests).toBeGreaterThanOrEqual(options.rps * options.durationSeconds);
    expect(summary.http.count).toBe(summary.httpRequests);
    expect(
      summary.httpPaths.some((path) => /^\/api\/public\/processes\/[0-9a-f]{16}$/.test(path)),
    ).toBe(true);
    expect(reports.length).toBeGreaterThanOrEqual(1);
  }, 90_000);

  it('reads its options from the command line and refuses bad ones', () => {
    expect(parseLoadOptions(['--duration', '60', '--observers', '10', '--think-ms', '0'])).toEqual({
      ...DEFAULT_LOAD_OPTIONS,
      durationSeconds: 60,
      observers: 10,
      thinkMs: 0,
    });
    expect(() => parseLoadOptions(['--duration', 'soon'])).toThrow(/durationSeconds/);
    expect(() => parseLoadOptions(['--observers', '-1'])).toThrow(/observers/);
    expect(() => parseLoadOptions(['--speed', '3'])).toThrow();
  });
});
