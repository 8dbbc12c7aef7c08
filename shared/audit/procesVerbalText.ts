// The words of the procès-verbal, in French (the default) and English. They live beside the builder, not in
// the client's dictionaries, because the server writes the same record as PDF: one text, two renderings.
// Spec: docs/results.md, section "Procès-verbal".

import type { Language } from '../format/language';

export interface ProcesVerbalText {
  title: string;
  processId: string;
  createdAt: string;
  status: string;
  published: (when: string) => string;
  provisional: string;
  logFacts: string;
  logValue: (events: string, seq: number) => string;
  pageLabel: string;
  /** Between the items of a list written on one line. */
  separator: string;

  draw: string;
  notCommitted: string;
  protocol: string;
  poolSize: string;
  poolRoot: string;
  committedAt: string;
  commitmentHash: string;
  composition: string;
  compositionValue: (seats: string, alternates: string) => string;
  sources: string;
  colNumber: string;
  colSource: string;
  colCommitted: string;
  colValue: string;
  secretHash: (hash: string) => string;
  beaconRound: (time: string, future: boolean) => string;
  publicValue: string;
  notRevealed: string;
  pending: string;
  optional: string;
  seed: string;
  drawnAt: string;
  recordDigest: string;
  notDrawn: string;
  seatsCaption: string;
  colSeat: string;
  colId: string;
  colRank: string;
  alternatesCaption: string;
  colCalledTo: string;
  notCalled: string;
  noAlternates: string;

  changes: string;
  noChanges: string;
  changesCaption: string;
  colDate: string;
  colLeaving: string;
  colReason: string;
  colReplacement: string;
  colReplacementAnswer: string;
  reasonDeclined: string;
  reasonExpired: string;
  replacedBy: (id: string, rank: number) => string;
  leftVacant: string;
  acceptedOn: (when: string) => string;
  declinedOn: (when: string) => string;
  awaiting: string;
  finalCaption: string;
  colStatus: string;
  colAnswer: string;
  seatStatus: Record<'drawn' | 'invited' | 'accepted' | 'vacant', string>;

  attendance: string;
  sessionDefinition: string;
  notOpened: string;
  noSession: string;
  sessionsCaption: string;
  colSession: string;
  colHours: string;
  colArrived: string;
  colSeated: string;
  colDossiers: string;
  hours: (from: string, to: string) => string;
  none: string;
  seatList: (seats: string) => string;
  participationCaption: string;
  agendaCaption: string;
  colTakenUp: string;
  colClosed: string;
  colRevealed: string;
  colDossier: string;
  colRound: string;
  colBallots: string;
  colEligible: string;
  colConflicted: string;
  colAbsent: string;

  conflicts: string;
  conflictsPrivacy: string;
  noConflicts: string;
  conflictsCaption: string;
  colDeclaredAt: string;

  rule: string;
  ruleFixedAt: string;
  method: string;
  methodMj: string;
  methodMean: string;
  weights: string;
  weight: (label: string, weight: number) => string;
  quorum: string;
  quorumValue: (n: number) => string;
  floor: string;
  max: string;
  tieResolution: string;
  tieLottery: string;
  tieVote: string;
  prescreening: string;
  prescreeningOff: string;
  prescreeningShare: (share: number) => string;
  seatGrades: string;
  seatGradesOn: string;
  seatGradesOff: string;

  results: string;
  noResults: string;
  winners: string;
  noWinner: string;
  rankingCaption: string;
  colMajority: string;
  colShortlisted: string;
  yes: string;
  no: string;

  flags: string;
  noFlags: string;
  tie: (names: string, places: number) => string;
  tieOpen: string;
  tieSettledLottery: (when: string, winners: string) => string;
  tieSettledVote: (when: string, winners: string, votes: string) => string;
  belowQuorum: (names: string, quorum: number) => string;
  belowFloor: (names: string) => string;
  notGraded: (n: number, ids: string) => string;

  proof: string;
  proofText: string;
  bundleDigest: string;
  resultsHash: string;
  head: string;

  signatures: string;
  signaturesText: string;
  madeAt: string;
  facilitator: string;
  organiser: string;
  observer: string;
  signatureFields: string[];
}

const fr: ProcesVerbalText = {
  title: 'Procès-verbal des opérations',
  processId: 'Identifiant du processus',
  createdAt: 'Processus créé le',
  status: 'État',
  published: (when) => `Résultats publiés le ${when}.`,
  provisional:
    'Résultats non publiés : ce procès-verbal est provisoire et ne vaut pas procès-verbal définitif.',
  logFacts: 'Journal public',
  logValue: (events, seq) => `${events} événements chaînés, du n° 1 au n° ${seq}`,
  pageLabel: 'page {n} / {total}',
  separator: ' ; ',

  draw: '1. Le tirage au sort',
  notCommitted: 'Aucun engagement n’a été publié : le tirage n’a pas été préparé.',
  protocol: 'Protocole',
  poolSize: 'Volontaires dans le vivier',
  poolRoot: 'Racine de Merkle du vivier',
  committedAt: 'Engagement publié le',
  commitmentHash: 'Empreinte SHA-256 de l’engagement',
  composition: 'Composition',
  compositionValue: (seats, alternates) => `${seats} sièges et ${alternates} suppléant·es`,
  sources: 'Sources de hasard, déclarées avant d’être connues',
  colNumber: 'N°',
  colSource: 'Source',
  colCommitted: 'Engagement',
  colValue: 'Valeur révélée',
  secretHash: (hash) => `secret engagé, empreinte ${hash}`,
  beaconRound: (time, future) => (future ? `attendu le ${time}` : `produit le ${time}`),
  publicValue: 'valeur publique annoncée à l’avance',
  notRevealed: 'non révélée (compte comme nulle)',
  pending: 'en attente',
  optional: 'facultative',
  seed: 'Graine',
  drawnAt: 'Tirage effectué le',
  recordDigest: 'Empreinte SHA-256 du registre du tirage',
  notDrawn: 'Le tirage n’a pas encore eu lieu.',
  seatsCaption: 'Sièges tirés au sort, par identifiant pseudonyme',
  colSeat: 'Siège',
  colId: 'Identifiant pseudonyme',
  colRank: 'Rang au tirage',
  alternatesCaption: 'Suppléant·es, dans l’ordre où ils et elles sont appelé·es',
  colCalledTo: 'Appelé·e au siège',
  notCalled: 'non appelé·e',
  noAlternates: 'Aucun suppléant n’a été tiré.',

  changes: '2. Désistements et remplacements',
  noChanges: 'Aucun désistement : chaque siège est resté à la personne tirée au sort.',
  changesCaption: 'Sièges libérés et leurs remplaçant·es, dans l’ordre du journal',
  colDate: 'Date',
  colLeaving: 'Partant·e',
  colReason: 'Motif',
  colReplacement: 'Remplaçant·e',
  colReplacementAnswer: 'Réponse du remplaçant·e',
  reasonDeclined: 'désistement',
  reasonExpired: 'pas de réponse dans le délai',
  replacedBy: (id, rank) => `${id} (rang ${rank})`,
  leftVacant: 'siège resté vacant : plus de suppléant·e',
  acceptedOn: (when) => `a accepté le ${when}`,
  declinedOn: (when) => `s’est désisté·e le ${when}`,
  awaiting: 'pas encore de réponse',
  finalCaption: 'Composition finale du jury',
  colStatus: 'Statut',
  colAnswer: 'Acceptation',
  seatStatus: {
    drawn: 'tiré·e au sort, pas encore invité·e',
    invited: 'invité·e, sans réponse',
    accepted: 'a accepté',
    vacant: 'vacant',
  },

  attendance: '3. Présence aux séances',
  sessionDefinition:
    'Une séance est une journée où le jury s’est réuni : un jour (heure de Paris) où le journal enregistre un événement de la salle de délibération. Le journal enregistre l’installation de chaque juré·e dans la salle (événement juror.seated), une fois, à sa première arrivée ; il n’enregistre pas les départs. La participation à chaque vote figure dans le second tableau.',
  notOpened: 'La salle de délibération n’a pas été ouverte.',
  noSession: 'La salle est ouverte mais le jury ne s’y est pas encore réuni.',
  sessionsCaption: 'Séances, juré·es installé·es et dossiers examinés',
  colSession: 'Séance',
  colHours: 'Horaires',
  colArrived: 'Sièges installés ce jour',
  colSeated: 'Sièges installés au total',
  colDossiers: 'Dossiers examinés',
  hours: (from, to) => `de ${from} à ${to}`,
  none: 'aucun',
  seatList: (seats) => `sièges ${seats}`,
  participationCaption: 'Participation aux votes, dossier par dossier (tour qui compte)',
  agendaCaption: 'Ordre du jour tel qu’il s’est déroulé',
  colTakenUp: 'Examen commencé',
  colClosed: 'Vote clos',
  colRevealed: 'Notes révélées',
  colDossier: 'Dossier',
  colRound: 'Tour',
  colBallots: 'Bulletins',
  colEligible: 'Juré·es éligibles',
  colConflicted: 'Sièges en conflit',
  colAbsent: 'Absent·es',

  conflicts: '4. Conflits d’intérêts déclarés',
  conflictsPrivacy:
    'Seuls les sièges sont publiés ; le motif de chaque déclaration n’est connu que de l’animateur·rice.',
  noConflicts: 'Aucun conflit d’intérêts n’a été déclaré.',
  conflictsCaption: 'Conflits d’intérêts, par dossier et par siège',
  colDeclaredAt: 'Déclaré le',

  rule: '5. La règle de décision',
  ruleFixedAt: 'Fixée le',
  method: 'Méthode',
  methodMj: 'jugement majoritaire',
  methodMean: 'moyenne pondérée',
  weights: 'Pondération des critères',
  weight: (label, weight) => `${label} : ×${weight}`,
  quorum: 'Quorum',
  quorumValue: (n) => `${n} juré·es éligibles au moins par dossier`,
  floor: 'Note minimale d’un lauréat',
  max: 'Lauréats au plus',
  tieResolution: 'Égalité exacte à la limite',
  tieLottery: 'tranchée par un tirage au sort vérifiable',
  tieVote: 'tranchée par un vote de la salle, consigné',
  prescreening: 'Part de la pré-instruction de l’administration',
  prescreeningOff: 'aucune',
  prescreeningShare: (share) => `${share} % de chaque profil de mérite`,
  seatGrades: 'Notes liées aux sièges',
  seatGradesOn: 'publiées',
  seatGradesOff: 'non publiées',

  results: '6. Les résultats',
  noResults: 'Aucun résultat : la délibération n’a pas commencé.',
  winners: 'Dossiers retenus',
  noWinner: 'Aucun dossier n’est retenu.',
  rankingCaption: 'Classement et profil de mérite (nombre de notes de chaque mention)',
  colMajority: 'Mention majoritaire',
  colShortlisted: 'Retenu',
  yes: 'oui',
  no: 'non',

  flags: '7. Égalités et cas signalés',
  noFlags: 'Aucun cas signalé.',
  tie: (names, places) => `Égalité exacte à la limite entre ${names}, pour ${places} place(s).`,
  tieOpen: 'Elle n’est pas tranchée.',
  tieSettledLottery: (when, winners) =>
    `Tranchée par tirage au sort vérifiable le ${when} ; retenu(s) : ${winners}.`,
  tieSettledVote: (when, winners, votes) =>
    `Tranchée par un vote de la salle consigné le ${when} (${votes}) ; retenu(s) : ${winners}.`,
  belowQuorum: (names, quorum) => `Moins de ${quorum} juré·es éligibles, non classé(s) : ${names}.`,
  belowFloor: (names) => `Sous la note minimale, non retenu(s) : ${names}.`,
  notGraded: (n, ids) => `${n} dossier(s) non noté(s) par le jury : ${ids}.`,

  proof: '8. Preuve',
  proofText:
    'Chaque élément de ce procès-verbal se recalcule à partir du journal public. Le dossier d’audit (audit.json) permet à quiconque de tout revérifier, hors ligne (npm run audit) ou dans un navigateur (« Vérifier le résultat »).',
  bundleDigest: 'Empreinte SHA-256 du dossier d’audit',
  resultsHash: 'Empreinte des résultats consignée dans le journal',
  head: 'Dernier maillon du journal',

  signatures: '9. Signatures',
  signaturesText:
    'Les soussigné·es attestent que les opérations se sont déroulées comme le décrit le présent procès-verbal.',
  madeAt: 'Fait à ………………………………, le ………………………………',
  facilitator: 'L’animateur·rice de la séance',
  organiser: 'L’organisateur',
  observer: 'L’observateur·rice indépendant·e (par exemple un commissaire de justice)',
  signatureFields: ['Nom :', 'Qualité :', 'Date :', 'Signature :'],
};

const en: ProcesVerbalText = {
  title: 'Record of proceedings',
  processId: 'Process identifier',
  createdAt: 'Process created on',
  status: 'Status',
  published: (when) => `Results published on ${when}.`,
  provisional: 'Results not published: this record is provisional, not the final record.',
  logFacts: 'Public log',
  logValue: (events, seq) => `${events} chained events, from no. 1 to no. ${seq}`,
  pageLabel: 'page {n} / {total}',
  separator: '; ',

  draw: '1. The draw',
  notCommitted: 'No commitment was published: the draw has not been prepared.',
  protocol: 'Protocol',
  poolSize: 'Volunteers in the pool',
  poolRoot: 'Merkle root of the pool',
  committedAt: 'Commitment published on',
  commitmentHash: 'SHA-256 of the commitment',
  composition: 'Composition',
  compositionValue: (seats, alternates) => `${seats} seats and ${alternates} alternates`,
  sources: 'Randomness sources, declared before they were known',
  colNumber: 'No.',
  colSource: 'Source',
  colCommitted: 'Commitment',
  colValue: 'Revealed value',
  secretHash: (hash) => `committed secret, hash ${hash}`,
  beaconRound: (time, future) => (future ? `expected on ${time}` : `produced on ${time}`),
  publicValue: 'public value announced in advance',
  notRevealed: 'not revealed (counts as null)',
  pending: 'pending',
  optional: 'optional',
  seed: 'Seed',
  drawnAt: 'Drawn on',
  recordDigest: 'SHA-256 of the draw record',
  notDrawn: 'The draw has not happened yet.',
  seatsCaption: 'Seats drawn by lot, by pseudonymous id',
  colSeat: 'Seat',
  colId: 'Pseudonymous id',
  colRank: 'Rank in the draw',
  alternatesCaption: 'Alternates, in the order they are called',
  colCalledTo: 'Called to seat',
  notCalled: 'not called',
  noAlternates: 'No alternate was drawn.',

  changes: '2. Declines and replacements',
  noChanges: 'No decline: every seat stayed with the person drawn.',
  changesCaption: 'Seats freed and their replacements, in log order',
  colDate: 'Date',
  colLeaving: 'Leaving',
  colReason: 'Reason',
  colReplacement: 'Replacement',
  colReplacementAnswer: 'Replacement’s answer',
  reasonDeclined: 'declined',
  reasonExpired: 'no answer in time',
  replacedBy: (id, rank) => `${id} (rank ${rank})`,
  leftVacant: 'seat left vacant: no alternate left',
  acceptedOn: (when) => `accepted on ${when}`,
  declinedOn: (when) => `declined on ${when}`,
  awaiting: 'no answer yet',
  finalCaption: 'Final composition of the jury',
  colStatus: 'Status',
  colAnswer: 'Accepted',
  seatStatus: {
    drawn: 'drawn, not yet invited',
    invited: 'invited, no answer',
    accepted: 'accepted',
    vacant: 'vacant',
  },

  attendance: '3. Attendance at the sessions',
  sessionDefinition:
    'A session is a day on which the jury met: a day (Paris time) on which the log records an event of the deliberation room. The log records each juror’s seating in the room (event juror.seated) once, on first arrival; it does not record departures. Participation in each vote is in the second table.',
  notOpened: 'The deliberation room was not opened.',
  noSession: 'The room is open but the jury has not met in it yet.',
  sessionsCaption: 'Sessions, jurors seated and dossiers examined',
  colSession: 'Session',
  colHours: 'Hours',
  colArrived: 'Seats seated that day',
  colSeated: 'Seats seated in all',
  colDossiers: 'Dossiers examined',
  hours: (from, to) => `from ${from} to ${to}`,
  none: 'none',
  seatList: (seats) => `seats ${seats}`,
  participationCaption: 'Participation in the votes, dossier by dossier (the round that counts)',
  agendaCaption: 'The agenda as it happened',
  colTakenUp: 'Taken up',
  colClosed: 'Scoring closed',
  colRevealed: 'Grades revealed',
  colDossier: 'Dossier',
  colRound: 'Round',
  colBallots: 'Ballots',
  colEligible: 'Eligible jurors',
  colConflicted: 'Conflicted seats',
  colAbsent: 'Absent',

  conflicts: '4. Declared conflicts of interest',
  conflictsPrivacy:
    'Only seats are published; the reason for each declaration is known to the facilitator alone.',
  noConflicts: 'No conflict of interest was declared.',
  conflictsCaption: 'Conflicts of interest, by dossier and seat',
  colDeclaredAt: 'Declared on',

  rule: '5. The decision rule',
  ruleFixedAt: 'Fixed on',
  method: 'Method',
  methodMj: 'majority judgment',
  methodMean: 'weighted mean',
  weights: 'Criterion weights',
  weight: (label, weight) => `${label}: ×${weight}`,
  quorum: 'Quorum',
  quorumValue: (n) => `at least ${n} eligible jurors per dossier`,
  floor: 'Lowest grade of a winner',
  max: 'Winners at most',
  tieResolution: 'Exact tie at the cut',
  tieLottery: 'settled by a verifiable lottery',
  tieVote: 'settled by a recorded vote of the room',
  prescreening: 'Share of the administration’s pre-screening',
  prescreeningOff: 'none',
  prescreeningShare: (share) => `${share}% of each merit profile`,
  seatGrades: 'Grades linked to seats',
  seatGradesOn: 'published',
  seatGradesOff: 'not published',

  results: '6. The results',
  noResults: 'No results: deliberation has not started.',
  winners: 'Dossiers selected',
  noWinner: 'No dossier is selected.',
  rankingCaption: 'Ranking and merit profile (number of grades of each level)',
  colMajority: 'Majority grade',
  colShortlisted: 'Selected',
  yes: 'yes',
  no: 'no',

  flags: '7. Ties and flagged cases',
  noFlags: 'No flagged case.',
  tie: (names, places) => `Exact tie at the cut between ${names}, for ${places} place(s).`,
  tieOpen: 'It is not settled.',
  tieSettledLottery: (when, winners) =>
    `Settled by a verifiable lottery on ${when}; selected: ${winners}.`,
  tieSettledVote: (when, winners, votes) =>
    `Settled by a vote of the room recorded on ${when} (${votes}); selected: ${winners}.`,
  belowQuorum: (names, quorum) => `Fewer than ${quorum} eligible jurors, not ranked: ${names}.`,
  belowFloor: (names) => `Below the lowest grade, not selected: ${names}.`,
  notGraded: (n, ids) => `${n} dossier(s) not graded by the jury: ${ids}.`,

  proof: '8. Proof',
  proofText:
    'Everything in this record is recomputed from the public log. The audit bundle (audit.json) lets anyone re-verify all of it, offline (npm run audit) or in a browser ("Verify the result").',
  bundleDigest: 'SHA-256 of the audit bundle',
  resultsHash: 'Hash of the results recorded in the log',
  head: 'Last link of the log',

  signatures: '9. Signatures',
  signaturesText:
    'The undersigned attest that the proceedings took place as this record describes them.',
  madeAt: 'Done at ………………………………, on ………………………………',
  facilitator: 'The session’s facilitator',
  organiser: 'The organiser',
  observer: 'The independent observer (for instance a commissaire de justice)',
  signatureFields: ['Name:', 'Capacity:', 'Date:', 'Signature:'],
};

export const PROCES_VERBAL_TEXT: Record<Language, ProcesVerbalText> = { fr, en };
