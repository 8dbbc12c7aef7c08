// Interface text of the one verifier page that recognises every public artefact, in French and English.

export const artefactFr = {
  'artefact.recognised': 'Fichier reconnu : {kind}.',
  'artefact.kind.draw-record': 'registre d’un tirage au sort ({protocol})',
  'artefact.kind.stratified-record': 'registre d’un tirage stratifié (kleroterion-stratified/1)',
  'artefact.kind.invitations-record':
    'registre du tirage des invitations, par strate (kleroterion-invitations/1)',
  'artefact.kind.lottery': 'loterie stratifiée (LOTTERY.json)',
  'artefact.kind.audit-bundle': 'dossier d’audit des résultats (kleroterion-audit/1)',
  'artefact.bundle.valid': 'Dossier d’audit vérifié : les {count} contrôles sont réussis.',
  'artefact.bundle.invalid':
    'Dossier d’audit NON valide : {failed} contrôle(s) sur {count} en échec.',
  'artefact.lottery.invalid': 'Loterie NON cohérente : {failed} contrôle(s) sur {count} en échec.',
  'artefact.notArtefact': 'Ce fichier n’est pas un artefact Kleroterion reconnu : {reason}',
  'artefact.nothingChecked':
    'Aucun contrôle n’a donc été fait : ce message ne dit pas que le fichier est faux. Chargez l’un des fichiers publiés listés ci-dessus.',
  'artefact.reason.not-text':
    'ce n’est pas un fichier texte (peut-être une image, un PDF ou un classeur).',
  'artefact.reason.csv':
    'c’est un tableau (CSV), par exemple un export des résultats. Il se lit dans un tableur ; pour vérifier les résultats, chargez le dossier d’audit (audit-….json).',
  'artefact.reason.not-json':
    'ce n’est pas du JSON, le format de tous les fichiers publiés à vérifier.',
  'artefact.reason.receipt':
    'c’est un reçu de volontaire. Il se vérifie sur la page publique du processus, rubrique « Vérifier mon reçu ».',
  'artefact.reason.commitment':
    'c’est l’engagement publié avant le tirage. Chargez le registre du tirage (tirage-….json), qui le contient et permet de le vérifier.',
  'artefact.reason.event-log':
    'c’est le journal public des événements. Il est vérifié avec le dossier d’audit (audit-….json) : chargez celui-ci.',
  'artefact.reason.unknown-protocol':
    'son format « {protocol} » n’est pas pris en charge par cette version du vérificateur.',
  'artefact.reason.unidentified':
    'il ne porte aucun des champs qui identifient un registre de tirage, une loterie stratifiée ou un dossier d’audit.',
  'artefact.lotteryOnly':
    'Ce fichier est un {kind}, pas une loterie stratifiée : vérifiez-le sur la page « Vérifier un fichier publié ».',
};

export const artefactEn: Record<keyof typeof artefactFr, string> = {
  'artefact.recognised': 'File recognised: {kind}.',
  'artefact.kind.draw-record': 'record of a sortition draw ({protocol})',
  'artefact.kind.stratified-record': 'record of a stratified draw (kleroterion-stratified/1)',
  'artefact.kind.invitations-record':
    'record of the draw of invitations, by stratum (kleroterion-invitations/1)',
  'artefact.kind.lottery': 'stratified lottery (LOTTERY.json)',
  'artefact.kind.audit-bundle': 'audit bundle of the results (kleroterion-audit/1)',
  'artefact.bundle.valid': 'Audit bundle verified: all {count} checks passed.',
  'artefact.bundle.invalid': 'Audit bundle NOT valid: {failed} of {count} checks failed.',
  'artefact.lottery.invalid': 'Lottery NOT consistent: {failed} of {count} checks failed.',
  'artefact.notArtefact': 'This file is not a recognised Kleroterion artefact: {reason}',
  'artefact.nothingChecked':
    'So nothing was checked: this message does not say the file is false. Load one of the published files listed above.',
  'artefact.reason.not-text': 'it is not a text file (perhaps an image, a PDF or a workbook).',
  'artefact.reason.csv':
    'it is a table (CSV), for instance an export of the results. Open it in a spreadsheet; to verify the results, load the audit bundle (audit-….json).',
  'artefact.reason.not-json': 'it is not JSON, the format of every published file to verify.',
  'artefact.reason.receipt':
    'it is a volunteer’s receipt. Check it on the process’s public page, under “Check my receipt”.',
  'artefact.reason.commitment':
    'it is the commitment published before the draw. Load the draw record (tirage-….json), which holds it and lets you check it.',
  'artefact.reason.event-log':
    'it is the public event log. It is verified with the audit bundle (audit-….json): load that one.',
  'artefact.reason.unknown-protocol':
    'its format “{protocol}” is not supported by this version of the verifier.',
  'artefact.reason.unidentified':
    'it carries none of the fields that identify a draw record, a stratified lottery or an audit bundle.',
  'artefact.lotteryOnly':
    'This file is a {kind}, not a stratified lottery: verify it on the “Verify a published file” page.',
};
