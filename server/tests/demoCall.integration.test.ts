import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChainedEvent } from '../../shared/events/eventChain';
import { buildBundle } from '../../shared/audit/bundle';
import { REASONS, type Reason } from '../../shared/calls/callEvents';
import { reasonLabel } from '../../shared/calls/refusalReasons';
import { verifyBundle } from '../../shared/audit/verifyBundle';
import { seedDemo } from '../demo/seedDemo';
import { seedDemoCall } from '../demo/seedDemoCall';
import { startTestServer, type TestServer } from '../testing/testServer';

const root = fileURLToPath(new URL('../..', import.meta.url));
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function seeded() {
  const server = await startTestServer({ clockStart: '2026-11-22T09:00:00Z' });
  servers.push(server);
  const start = server.clock.now().toISOString();
  const clock = {
    now: () => server.clock.now(),
    pin: (at: Date) => server.clock.set(at.toISOString()),
    release: () => server.clock.set(start),
  };
  const processId = seedDemo(server.app.ceremony, `${root}fixtures/demo/volunteers.csv`) as string;
  const callId = seedDemoCall(server.app.calls, clock, {
    applicationsJson: `${root}fixtures/demo/applications.json`,
    volunteersCsv: `${root}fixtures/demo/volunteers.csv`,
    processId,
  }) as string;
  return { server, processId, callId };
}

describe('the demonstration call for projects', () => {
  it('is a closed call with 200 applications, each reviewed twice, 40 admissible, handed to the demo jury', async () => {
    const { server, processId, callId } = await seeded();
    const view = server.app.calls.organiserView(callId);
    expect(view.call.status).toBe('closed');
    expect(view.call.statistics).toMatchObject({
      received: 200,
      settled: 200,
      admissible: 40,
      notAdmissible: 160,
    });
    expect(
      view.applications.every(
        (a) => a.reviews.length === 2 && a.reviews.every((r) => r.review !== null),
      ),
    ).toBe(true);
    expect(view.applications.some((a) => a.disagreement)).toBe(true);
    const progress = view.progress.reviewers.map((r) => r.assigned);
    expect(Math.max(...progress) - Math.min(...progress)).toBeLessThanOrEqual(1);
    const dossiers = server.app.ceremony.state(processId).dossiers!.dossiers;
    const fixture = JSON.parse(readFileSync(`${root}fixtures/demo/dossiers.json`, 'utf8')) as {
      dossiers: { id: string; title: string; prescreening: unknown }[];
    };
    expect(dossiers.map((d) => [d.id, d.title, d.prescreening])).toEqual(
      fixture.dossiers.map((d) => [d.id, d.title, d.prescreening]),
    );
    expect(
      seedDemoCall(
        server.app.calls,
        { now: () => new Date(), pin: () => {}, release: () => {} },
        { applicationsJson: '', volunteersCsv: '', processId },
      ),
    ).toBeUndefined();
  });

  it('is generated deterministically', async () => {
    const payloads = async () => {
      const { server, callId } = await seeded();
      return server.app.calls.log(callId).map((e: ChainedEvent) => [e.type, e.at, e.payload]);
    };
    expect(await payloads()).toEqual(await payloads());
  });

  it('puts the call in the jury’s audit bundle, where each dossier is checked against its application', async () => {
    const { server, processId, callId } = await seeded();
    const { ceremony, calls, store } = server.app;
    const callLog = calls.log(callId);
    const bundle = buildBundle(ceremony.state(processId), store.events(processId), null, callLog);
    const report = verifyBundle(bundle);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'call-digests')?.detail).toMatch(
      /each of the 40 dossiers/,
    );
    // Another jury whose dossiers were imported from a file cannot borrow this call's pre-screening.
    ceremony.create({ title: 'Autre jury' });
    const other = ceremony.list().find((p) => p.settings.title === 'Autre jury')!.id;
    ceremony.importDossiers(
      other,
      readFileSync(`${root}fixtures/demo/dossiers.json`),
      'dossiers.json',
    );
    const borrowed = verifyBundle(
      buildBundle(ceremony.state(other), store.events(other), null, callLog),
    );
    const failed = borrowed.checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual(['call-export', 'call-digests']);
  });

  it('gives every one of the 200 applications a message consistent with its decision and reason', async () => {
    const { server, callId } = await seeded();
    // Each reason's family of wording, written here independently of the seed's classifier.
    const families: Record<Reason, RegExp> = {
      commercial: /commercia|payant|cotisation/i,
      unrealistic: /réalist|hors de portée|budget ne couvre|faisabilité n’est pas établie/i,
      charter: /charte/i,
      'out-of-scope': /hors du champ|fonctionnement courant|trop restreinte pour relever/i,
      duplicate: /doublon|répond déjà/i,
      immature: /qu’une intention|plus avancé/i,
      vague: /trop général|imprécis/i,
      other: /(?!)/,
    };
    const praise = /crédible|très complet|solide|cohérents entre eux|réaliste,/i;
    const applications = server.app.calls.organiserView(callId).applications;
    expect(applications).toHaveLength(200);
    const seen = new Set<Reason>();
    for (const { ref, settled, reasonText } of applications) {
      expect(settled, ref).not.toBeNull();
      const message = reasonText ?? '';
      if (settled!.admissible) {
        expect(settled!.reason, ref).toBeNull();
        expect(message, ref).toMatch(/est recevable/);
        continue;
      }
      const reason = settled!.reason!;
      seen.add(reason);
      expect(message, ref).toMatch(/^Non admissible/);
      expect(message, `${ref} (${reason})`).toMatch(families[reason]);
      for (const other of REASONS.filter((r) => r !== reason))
        expect(message, `${ref} (${reason}) also reads as ${other}`).not.toMatch(families[other]);
      expect(message, ref).not.toMatch(praise);
    }
    // Every family of refusal the fixture holds is represented, not lumped into "other".
    expect([...seen].sort()).toEqual(REASONS.filter((r) => r !== 'other').sort());
    // Each applicant was told, in French, with the label of the reason and a link to their page.
    // The delivery worker hands the queued mails over asynchronously: wait for the last of them.
    const decisionsSent = () =>
      server.outbox.filter((m) => m.subject.startsWith('Décision sur votre candidature'));
    await vi.waitFor(() => expect(decisionsSent()).toHaveLength(200));
    const decisions = decisionsSent();
    for (const { ref, settled } of applications) {
      const mail = decisions.find((m) => m.subject.includes(ref))!;
      expect(mail.text).toMatch(/\/candidature\/[A-Za-z0-9_-]{40,}/);
      if (settled!.reason !== null)
        expect(mail.text).toContain(`Motif : ${reasonLabel(settled!.reason)}.`);
      else expect(mail.text).toContain('votre candidature est recevable');
    }
  });
});
