import type { MessageKey } from '../i18n/messages';

type NumberedCheck =
  | 'source'
  | 'beacon-timing'
  | 'pick'
  | 'proof'
  | 'stratum-seed'
  | 'stratum-picks'
  | 'stratum-proofs'
  | 'stratum-pool';

/**
 * Maps a verifier check name such as "proof-3" to its translated title key and number; a stage-one check
 * run within the link between the stages ("stage-one/proof-3") is marked as such.
 */
export function checkLabel(name: string): { key: MessageKey; n?: number; isStageOne?: true } {
  if (name.startsWith('stage-one/'))
    return { ...checkLabel(name.slice('stage-one/'.length)), isStageOne: true };
  const numbered =
    /^(source|beacon-timing|pick|proof|stratum-seed|stratum-picks|stratum-proofs|stratum-pool)-(\d+)$/.exec(
      name,
    );
  if (numbered) {
    const kind = numbered[1] as NumberedCheck;
    const n = Number(numbered[2]);
    // Sources and strata are numbered from 0 in the protocol, shown from 1 to people; ranks from 1.
    return { key: `check.${kind}`, n: kind === 'pick' || kind === 'proof' ? n : n + 1 };
  }
  const known: readonly string[] = [
    'record-file',
    'record-structure',
    'commitment-hash',
    'value-count',
    'beacon-list',
    'seed',
    'selection-size',
    'pool-size',
    'pool-root',
    'pool-ids',
    'log-chain',
    'log-transitions',
    'log-process',
    'log-record',
    'log-commitment',
    'record-present',
    'bundle-file',
    'bundle-structure',
    'record-unexpected',
    'head',
    'settings',
    'ballots-sealed',
    'rule',
    'seat-links',
    'grades',
    'participation',
    'ties',
    'results',
    'shortlist',
    'z-scores',
    'publication',
    'results-hash',
    'prescreening',
    'call-chain',
    'call-transitions',
    'call-export',
    'call-digests',
    'panel-index',
    'panel-proof',
    'member-features',
    'panel-quotas',
    'alternates',
    'alternates-draw',
    'respondents-root',
    'lottery-structure',
    'lottery-panels',
    'lottery-probabilities',
    'lottery-figures',
    'checkpoints',
    'log-withheld',
    'allocation',
    'distinct-ids',
    'pools-disjoint',
    'stage-one-link',
    'stage-one-record-hash',
    'stage-one-responses',
    'stage-one-selected',
    'stage-one-pool',
  ];
  return known.includes(name) ? { key: `check.${name}` as MessageKey } : { key: 'verifier.checks' };
}
