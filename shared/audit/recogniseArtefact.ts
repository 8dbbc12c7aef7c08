// Recognises which public artefact a file is, from its identifying field, before any check runs, so
// that each file goes to its own verifier and a file of another kind is explained, never "failed".
// Spec: docs/results.md, section "Verifying" (one page, every artefact); the fields are those of
// docs/lottery-spec.md §9 and §17, docs/stratification.md and docs/results.md "Audit bundle".

import { DrawProtocol } from '../lottery/protocol';
import { INVITATIONS_PROTOCOL } from '../invitations/commitment';
import { STRATIFIED_PROTOCOL } from '../stratify/stratifiedProtocol';
import { AUDIT_FORMAT } from './bundle';

/** The public artefacts a verifier accepts. */
export const ArtefactKind = {
  DrawRecord: 'draw-record',
  StratifiedRecord: 'stratified-record',
  /** A stage-one draw of invitations over committed strata (kleroterion-invitations/1). */
  InvitationsRecord: 'invitations-record',
  Lottery: 'lottery',
  AuditBundle: 'audit-bundle',
} as const;
export type ArtefactKind = (typeof ArtefactKind)[keyof typeof ArtefactKind];

/** Why a file is not one of the artefacts, in terms a reader can act on. */
export const NotArtefactReason = {
  /** Not UTF-8 text at all (an image, a spreadsheet, a PDF…). */
  NotText: 'not-text',
  /** Lines of values separated by commas or semicolons: a CSV export. */
  Csv: 'csv',
  /** Text, but not JSON. */
  NotJson: 'not-json',
  /** A volunteer's receipt, or an entry of the organiser's receipts file: checked on the process page. */
  Receipt: 'receipt',
  /** A commitment published before the draw: it is inside the record, which is what gets verified. */
  Commitment: 'commitment',
  /** A public event log (a JSON list of chained events): verified inside the audit bundle. */
  EventLog: 'event-log',
  /** A Kleroterion protocol or format this version does not know (e.g. a later version). */
  UnknownProtocol: 'unknown-protocol',
  /** JSON without any identifying field. */
  Unidentified: 'unidentified',
} as const;
export type NotArtefactReason = (typeof NotArtefactReason)[keyof typeof NotArtefactReason];

export type Recognition =
  | { isArtefact: true; kind: ArtefactKind; json: unknown }
  | { isArtefact: false; reason: NotArtefactReason; protocol?: string };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tells which artefact a file's bytes are. Only the identifying field (`protocol` for draw records,
 * `format` for audit bundles, the panel list and its probabilities for a LOTTERY.json) decides: a
 * tampered artefact keeps its kind, so that its own verifier names the check that fails. Never throws.
 */
export function recogniseArtefact(bytes: Uint8Array): Recognition {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return { isArtefact: false, reason: NotArtefactReason.NotText };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { isArtefact: false, reason: looksLikeCsv(text) ? 'csv' : 'not-json' };
  }
  return recogniseJson(json);
}

/** The same as {@link recogniseArtefact}, for a value already parsed. */
export function recogniseJson(json: unknown): Recognition {
  const found = (kind: ArtefactKind): Recognition => ({ isArtefact: true, kind, json });
  const not = (reason: NotArtefactReason, protocol?: string): Recognition =>
    protocol === undefined
      ? { isArtefact: false, reason }
      : { isArtefact: false, reason, protocol };

  if (Array.isArray(json)) {
    if (json.length > 0 && json.every((item) => isObject(item) && 'receipt' in item))
      return not('receipt');
    if (json.length > 0 && json.every((item) => isObject(item) && 'hash' in item && 'seq' in item))
      return not('event-log');
    return not('unidentified');
  }
  if (!isObject(json)) return not('unidentified');

  if (json['format'] === AUDIT_FORMAT) return found('audit-bundle');
  const protocol = json['protocol'];
  const isDraw = DrawProtocol.safeParse(protocol).success;
  if (isDraw || protocol === STRATIFIED_PROTOCOL || protocol === INVITATIONS_PROTOCOL) {
    // A receipt and a commitment carry the protocol too; a record is the one that holds its commitment.
    if ('proof' in json && 'index' in json && !('commitment' in json)) return not('receipt');
    if ('sources' in json && !('commitment' in json)) return not('commitment');
    return found(
      isDraw
        ? 'draw-record'
        : protocol === STRATIFIED_PROTOCOL
          ? 'stratified-record'
          : 'invitations-record',
    );
  }
  if (isObject(json['receipt'])) return not('receipt');
  // LOTTERY.json has no protocol field: its panel list with the probabilities derived from it is its mark.
  if (typeof json['algorithm'] === 'string' && 'panels' in json && 'probabilities' in json)
    return found('lottery');
  const named = typeof protocol === 'string' ? protocol : json['format'];
  if (typeof named === 'string') return not('unknown-protocol', named.slice(0, 80));
  return not('unidentified');
}

/** Two or more lines, the first with a comma or semicolon, as a spreadsheet export has. */
function looksLikeCsv(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return lines.length >= 2 && /[,;]/.test(lines[0] ?? '');
}
