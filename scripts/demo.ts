// `npm run demo:cli`: runs a complete demonstration draw on the demo pool with the command-line library,
// verifies it, then serves the in-browser verifier so that the record can be checked there too.
// `npm run demo:cli -- --no-serve` stops after the ceremony. Output goes to $KLEROTERION_DATA/demo (default ./data/demo).

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { bytesToHex } from '../shared/crypto/bytes';
import { sha256HexOfText } from '../shared/crypto/hash';
import { canonicalize } from '../shared/crypto/jcs';
import { drawRecord } from '../shared/lottery/drawRecord';
import { merkleRoot } from '../shared/lottery/merkle';
import {
  beaconSource,
  organiserSecretSource,
  revealRound,
  witnessSource,
} from '../shared/lottery/commitReveal';
import { DRAW_PROTOCOL, type Commitment } from '../shared/lottery/protocol';
import { verifyRecordBytes } from '../shared/stratify/verifyRecordBytes';
import { writeFileAtomic } from './lib/files';
import { loadPool } from './lib/poolLoader';
import { serveStatic } from './lib/staticServer';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { 'no-serve': { type: 'boolean' } }, strict: true });
const dataDir = resolve(process.env['KLEROTERION_DATA'] ?? join(root, 'data'), 'demo');
mkdirSync(dataDir, { recursive: true });

// Offline demonstration: this machine cannot wait for a future drand round, so the demo commits to a real,
// already-published quicknet round and records a committedAt before it. A real ceremony uses
// `draw commit --drand-delay 600` and waits.
const round = drand.rounds[0]!;
const organiserSecret = 'demo-organiser-secret-2f6c1a';
const witnessSecret = 'demo-witness-secret-9b04e7';

const poolPath = join(root, 'fixtures', 'demo', 'pool.txt');
const pool = await loadPool(poolPath);
const commitment: Commitment = {
  protocol: DRAW_PROTOCOL,
  title: 'Accélérateur d’initiatives citoyennes — jury de démonstration',
  committedAt: '2023-09-15T10:00:00Z',
  poolRoot: bytesToHex(merkleRoot(pool.tree)),
  poolSize: pool.ids.length,
  seats: 15,
  alternates: 15,
  sources: [
    organiserSecretSource(sha256HexOfText(organiserSecret)),
    witnessSource('Camille (public attendee)', sha256HexOfText(witnessSecret)),
    witnessSource('Malik (public attendee)', sha256HexOfText('never revealed'), true),
    beaconSource(round.round),
  ],
};
const beacon = revealRound(commitment.sources[3]!, 3, round.signature);
if (!beacon.outcome.ok) throw new Error(beacon.outcome.problem);
const record = drawRecord({
  commitment,
  canonicalIds: pool.ids,
  tree: pool.tree,
  values: [organiserSecret, witnessSecret, null, beacon.value],
  beacons: [beacon.beacon],
});
const commitmentFile = join(dataDir, 'commitment.json');
const recordFile = join(dataDir, 'record.json');
writeFileAtomic(commitmentFile, `${canonicalize(commitment)}\n`);
writeFileAtomic(recordFile, `${canonicalize(record)}\n`);
const report = verifyRecordBytes(readFileSync(recordFile), {
  canonicalPool: pool.ids,
  poolTree: pool.tree,
});

const seats = record.selection.filter((pick) => pick.role === 'seat').map((pick) => pick.id);
console.log(`Kleroterion — démonstration du protocole ${DRAW_PROTOCOL}

1. Vivier : ${pool.ids.length} identifiants pseudonymes (${poolPath})
   racine de Merkle : ${commitment.poolRoot}
2. Engagement publié avant le hasard : ${commitmentFile}
   empreinte : ${record.commitmentHash}
3. Valeurs révélées : secret de l’organisateur, témoin Camille, témoin Malik (facultatif, non révélé),
   balise drand quicknet n° ${round.round} (signature BLS vérifiée hors ligne)
4. Graine : ${record.seed}
5. Jury tiré au sort (15 sièges) : ${seats.join(' ')}
   suppléant·es dans l’ordre : ${record.selection
     .filter((pick) => pick.role === 'alternate')
     .map((pick) => pick.id)
     .join(' ')}
6. Registre : ${recordFile}
   vérification : ${
     report.ok
       ? `${report.checks.length} contrôles réussis`
       : `ÉCHEC (${report.checks
           .filter((c) => !c.ok)
           .map((c) => c.name)
           .join(', ')})`
   }

Vérifier en ligne de commande :
   npm run -s verify -- ${recordFile} --pool ${poolPath}`);

if (!report.ok) process.exit(1);
if (values['no-serve'] !== true) {
  const clientDir = join(root, 'dist', 'client');
  if (!existsSync(join(clientDir, 'index.html'))) {
    console.log('\nConstruction de l’interface (première exécution)…');
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  const port = Number(process.env['PORT'] ?? 3000);
  const server = await serveStatic(clientDir, {
    port,
    host: process.env['HOST'] ?? '127.0.0.1',
    extra: { '/demo/record.json': recordFile, '/demo/pool.txt': poolPath },
  });
  console.log(`
Vérificateur dans le navigateur : ${server.url}/verifier
   chargez ${recordFile} (et, si vous voulez, ${poolPath}).
   Fichiers de la démonstration aussi servis ici : ${server.url}/demo/record.json et ${server.url}/demo/pool.txt
Ctrl+C pour arrêter.`);
}
