// Test helper: a kleroterion-invitations/1 stage one over the register strata a server committed, drawn
// with the invitations vector's sources and values (set allocation, `perStratum` invitations each).

import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { drawInvitations } from '../../shared/invitations/draw';
import { buildMerkleTree } from '../../shared/lottery/merkle';
import type { Db } from '../db/openDatabase';

export function drawStageOneRecord(db: Db, perStratum: number) {
  const strata = db
    .prepare('SELECT name, size, root, stratum_no FROM register_strata ORDER BY name')
    .all() as { name: string; size: number; root: string; stratum_no: number }[];
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'register_rows_%'")
    .pluck()
    .get() as string;
  const pools = new Map(
    strata.map((s) => {
      const ids = db
        .prepare(`SELECT pseudo_id FROM ${table} WHERE stratum_no = ? ORDER BY pseudo_id`)
        .pluck()
        .all(s.stratum_no) as string[];
      return [s.name, { ids, tree: buildMerkleTree(ids) }];
    }),
  );
  return drawInvitations({
    commitment: {
      protocol: 'kleroterion-invitations/1',
      invitations: perStratum * strata.length,
      allocation: 'set',
      strata: strata.map((s) => ({
        name: s.name,
        poolRoot: s.root,
        poolSize: s.size,
        invitations: perStratum,
      })),
      sources: vector.commitment.sources,
    },
    pools,
    values: vector.values,
    beacons: [],
  });
}
