// The pre-screening part of the audit: when the dossiers came from a call for projects, the call's own
// chain is verified and replayed, and every dossier the jury received is checked to be an application
// the call received (same content digest), settled admissible, and exported to this very process.
// Spec: docs/calls.md, section "Audit".

import { verifyChain, type ChainedEvent } from '../events/eventChain';
import type { Dossier } from '../dossier/dossier';
import { foldCall, InvalidCallEventError, type CallState } from '../calls/callState';
import { contentDigest, contentOfDossier } from '../calls/publicContent';

type Add = (name: string, ok: boolean, detail: string) => boolean;

export function verifyPrescreening(
  add: Add,
  call: { log: readonly unknown[] } | null,
  processId: string,
  dossiers: readonly Dossier[],
): void {
  if (call === null) {
    add(
      'prescreening',
      true,
      'the dossiers were imported from a file, not from a call for projects',
    );
    return;
  }
  const chain = verifyChain(call.log);
  if (
    !add(
      'call-chain',
      chain.ok,
      chain.ok ? `${chain.length} call events, hash-linked; head ${chain.head}` : chain.problem,
    )
  )
    return;
  let state: CallState | undefined;
  try {
    state = foldCall(call.log as ChainedEvent[]);
  } catch (error) {
    add(
      'call-transitions',
      false,
      error instanceof InvalidCallEventError ? error.message : 'the call log cannot be replayed',
    );
    return;
  }
  if (
    !add(
      'call-transitions',
      state !== undefined,
      `every call event is a legal step; ${state?.order.length ?? 0} applications received`,
    )
  )
    return;
  const exported = state!.exported;
  add(
    'call-export',
    exported?.processId === processId && exported.refs.join() === dossiers.map((d) => d.id).join(),
    exported === undefined
      ? 'the call never exported its dossiers'
      : `the call exported ${exported.refs.length} admissible application(s) to process ${exported.processId}, exactly this jury's dossiers`,
  );
  const mismatched = dossiers.filter((dossier) => {
    const application = state!.applications[dossier.id];
    return (
      application === undefined ||
      application.settled?.admissible !== true ||
      application.digest !== contentDigest(contentOfDossier(dossier))
    );
  });
  add(
    'call-digests',
    mismatched.length === 0,
    mismatched.length === 0
      ? `each of the ${dossiers.length} dossiers is an application as received (same SHA-256 of its public content), settled admissible`
      : `not as received or not admissible: ${mismatched.map((d) => d.id).join(', ')}`,
  );
}
