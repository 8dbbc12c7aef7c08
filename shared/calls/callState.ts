// The state of a call for projects, folded from its chain by a pure reducer that refuses any event
// out of place: an application outside the window, a review by someone not assigned, a settlement
// before both reviews, an export of a dossier that is not admissible.
// Spec: docs/calls.md, section "State machine".

import type { ChainedEvent } from '../events/eventChain';
import {
  CallEvent,
  CallEventType,
  type CallSettings,
  type Opinion,
  type Reason,
} from './callEvents';

export interface ApplicationState {
  ref: string;
  digest: string;
  receivedAt: string;
  reviewers: string[];
  /** Reviewers who declared a conflict of interest (replaced). */
  conflicts: string[];
  reviews: Record<string, { opinion: Opinion; digest: string; at: string }>;
  settled: { admissible: boolean; reason: Reason | null; at: string } | undefined;
}

export interface CallState {
  id: string;
  settings: CallSettings;
  createdAt: string;
  reviewers: string[];
  applications: Record<string, ApplicationState>;
  /** References in order of receipt. */
  order: string[];
  exported: { processId: string; refs: string[]; at: string } | undefined;
  lastSeq: number;
  head: string;
}

export class InvalidCallEventError extends Error {
  override readonly name = 'InvalidCallEventError';
}

const fail = (event: ChainedEvent, why: string): never => {
  throw new InvalidCallEventError(`event ${event.seq} (${event.type}): ${why}`);
};

/** The reference the next application receives. */
export const nextRef = (state: CallState): string =>
  `${state.settings.refPrefix}-${state.settings.year}-${String(state.order.length + 1).padStart(3, '0')}`;

export const isOpenAt = (settings: CallSettings, instant: string): boolean =>
  Date.parse(instant) >= Date.parse(settings.opensAt) &&
  Date.parse(instant) < Date.parse(settings.closesAt);

export const isClosedAt = (settings: CallSettings, instant: string): boolean =>
  Date.parse(instant) >= Date.parse(settings.closesAt);

/** Reviewers still expected to review an application: assigned and not conflicted. */
export const activeReviewers = (application: ApplicationState): string[] =>
  application.reviewers.filter((r) => !application.conflicts.includes(r));

export function applyCallEvent(state: CallState | undefined, chained: ChainedEvent): CallState {
  const parsed = CallEvent.safeParse({ type: chained.type, payload: chained.payload });
  if (!parsed.success) return fail(chained, 'malformed payload');
  const event = parsed.data;
  if (state === undefined) {
    if (event.type !== CallEventType.Created)
      return fail(chained, 'a call starts with call.created');
    return {
      id: event.payload.callId,
      settings: event.payload.settings,
      createdAt: chained.at,
      reviewers: [],
      applications: {},
      order: [],
      exported: undefined,
      lastSeq: chained.seq,
      head: chained.hash,
    };
  }
  const next: CallState = { ...state, lastSeq: chained.seq, head: chained.hash };
  const application = (ref: string): ApplicationState =>
    state.applications[ref] ?? fail(chained, `no application ${ref}`);
  const withApplication = (a: ApplicationState): CallState => ({
    ...next,
    applications: { ...state.applications, [a.ref]: a },
  });
  switch (event.type) {
    case CallEventType.Created:
      return fail(chained, 'the call already exists');
    case CallEventType.ReviewerAdded:
      if (state.reviewers.includes(event.payload.reviewer)) fail(chained, 'reviewer already added');
      return { ...next, reviewers: [...state.reviewers, event.payload.reviewer] };
    case CallEventType.Received: {
      if (!isOpenAt(state.settings, chained.at)) fail(chained, 'the call is not open');
      if (event.payload.ref !== nextRef(state))
        fail(chained, `the next reference is ${nextRef(state)}`);
      return {
        ...withApplication({
          ref: event.payload.ref,
          digest: event.payload.digest,
          receivedAt: chained.at,
          reviewers: [],
          conflicts: [],
          reviews: {},
          settled: undefined,
        }),
        order: [...state.order, event.payload.ref],
      };
    }
    case CallEventType.Assigned: {
      const a = application(event.payload.ref);
      const [first, second] = event.payload.reviewers;
      if (a.reviewers.length > 0) fail(chained, 'already assigned');
      if (first === second) fail(chained, 'two different reviewers are needed');
      if (!event.payload.reviewers.every((r) => state.reviewers.includes(r)))
        fail(chained, 'unknown reviewer');
      return withApplication({ ...a, reviewers: event.payload.reviewers });
    }
    case CallEventType.ConflictDeclared: {
      const a = application(event.payload.ref);
      const { reviewer, replacement } = event.payload;
      if (!activeReviewers(a).includes(reviewer)) fail(chained, `${reviewer} is not reviewing it`);
      if (a.reviews[reviewer] !== undefined) fail(chained, `${reviewer} has already reviewed it`);
      if (a.settled !== undefined) fail(chained, 'already settled');
      if (!state.reviewers.includes(replacement) || a.reviewers.includes(replacement))
        fail(chained, `${replacement} cannot replace ${reviewer}`);
      return withApplication({
        ...a,
        reviewers: [...a.reviewers, replacement],
        conflicts: [...a.conflicts, reviewer],
      });
    }
    case CallEventType.ReviewSubmitted: {
      const a = application(event.payload.ref);
      const { reviewer, opinion, digest } = event.payload;
      if (!activeReviewers(a).includes(reviewer)) fail(chained, `${reviewer} is not reviewing it`);
      if (a.settled !== undefined) fail(chained, 'already settled');
      return withApplication({
        ...a,
        reviews: { ...a.reviews, [reviewer]: { opinion, digest, at: chained.at } },
      });
    }
    case CallEventType.Settled: {
      const a = application(event.payload.ref);
      if (!isClosedAt(state.settings, chained.at)) fail(chained, 'settle once the call is closed');
      if (a.settled !== undefined) fail(chained, 'already settled');
      const missing = activeReviewers(a).filter((r) => a.reviews[r] === undefined);
      if (activeReviewers(a).length < 2 || missing.length > 0)
        fail(chained, 'both reviews are needed first');
      if (event.payload.admissible !== (event.payload.reason === null))
        fail(chained, 'a reason is given exactly when the application is not admissible');
      return withApplication({
        ...a,
        settled: {
          admissible: event.payload.admissible,
          reason: event.payload.reason,
          at: chained.at,
        },
      });
    }
    case CallEventType.Exported: {
      if (state.exported !== undefined) fail(chained, 'already exported');
      const admissible = state.order.filter(
        (ref) => state.applications[ref]?.settled?.admissible === true,
      );
      if (state.order.some((ref) => state.applications[ref]?.settled === undefined))
        fail(chained, 'settle every application first');
      if (event.payload.refs.join() !== admissible.join())
        fail(chained, 'the export carries exactly the admissible applications, in order');
      return { ...next, exported: { ...event.payload, at: chained.at } };
    }
  }
}

export const foldCall = (events: readonly ChainedEvent[]): CallState | undefined =>
  events.reduce<CallState | undefined>(applyCallEvent, undefined);
