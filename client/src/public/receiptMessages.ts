// Interface text of "Vérifier mon reçu" (what to paste, and why a paste could not be read), in French and English.

export const receiptFr = {
  'receipt.intro':
    'Collez le courriel de votre reçu tel que vous l’avez reçu : le message entier, ou le reçu seul (de « { » à « } »). Si l’organisateur vous l’a transmis autrement, collez l’entrée qui vous concerne dans son fichier de reçus (la virgule finale peut rester). Vous pouvez aussi choisir le fichier.',
  'receipt.text': 'Votre reçu',
  'receipt.file': 'Ou le fichier de votre reçu',
  'receipt.problem.empty': 'Collez d’abord votre reçu, ou choisissez son fichier.',
  'receipt.problem.not-json':
    'Ce texte n’est pas un reçu lisible. Copiez toute votre entrée, de l’accolade ouvrante « { » à l’accolade fermante « } », sans rien y changer.',
  'receipt.problem.several':
    'Ce fichier contient les reçus de plusieurs personnes. Collez seulement votre entrée, ou demandez votre reçu à l’organisateur.',
  'receipt.problem.incomplete':
    'Il manque à ce reçu votre identifiant, votre position dans le vivier ou la preuve. Copiez toute votre entrée, de « { » à « } », sans rien y changer.',
  'receipt.problem.stage-one':
    'Ce reçu est d’une version que cette page ne connaît pas, ou sa partie sur le premier tirage (« stageOne ») est abîmée. Copiez toute votre entrée, de « { » à « } », sans rien y changer.',
  'receipt.stageOne.invited':
    'Vous aviez bien été invité·e par le premier tirage, celui des invitations : strate « {stratum} », invitation n° {rank} sur {invitations}.',
  'receipt.stageOne.invitedRegister':
    'Vous aviez bien été invité·e par le premier tirage, celui des invitations : invitation n° {rank} sur {invitations}.',
  'receipt.stageOne.both':
    'Votre reçu prouve les deux étapes : vous avez été invité·e par le premier tirage, et vous faites partie du vivier du second.',
  'receipt.stageOne.not-invited':
    'Premier tirage : votre identifiant ne figure pas parmi les personnes invitées. Ce reçu ne prouve pas que vous avez été invité·e.',
  'receipt.stageOne.other-record':
    'Premier tirage : votre reçu désigne un autre tirage des invitations que celui nommé dans l’engagement publié. Cette partie du reçu n’est pas valide.',
  'receipt.stageOne.record-altered':
    'Premier tirage : le relevé des invitations téléchargé ne correspond pas à celui nommé dans l’engagement publié. Il a pu être modifié : la première étape ne peut pas être vérifiée.',
  'receipt.stageOne.wrong-place':
    'Premier tirage : vous avez bien été invité·e, mais pas à la place indiquée par votre reçu (strate, rang ou position). Cette partie du reçu n’est pas valide.',
  'receipt.stageOne.proof':
    'Premier tirage : la preuve de votre reçu ne correspond pas à la liste engagée du registre. Cette partie du reçu n’est pas valide.',
  'receipt.stageOne.pending':
    'Premier tirage : il pourra être vérifié une fois l’engagement du second tirage publié.',
  'receipt.stageOne.unavailable':
    'Premier tirage : le relevé des invitations n’a pas pu être téléchargé. Réessayez dans un moment.',
};

export const receiptEn: Record<keyof typeof receiptFr, string> = {
  'receipt.intro':
    'Paste the e-mail with your receipt as you received it: the whole message, or the receipt alone (from “{” to “}”). If the organiser sent it another way, paste your entry in their receipts file (the final comma may stay). You can also choose the file.',
  'receipt.text': 'Your receipt',
  'receipt.file': 'Or your receipt’s file',
  'receipt.problem.empty': 'First paste your receipt, or choose its file.',
  'receipt.problem.not-json':
    'This text is not a readable receipt. Copy your whole entry, from the opening brace “{” to the closing brace “}”, without changing anything.',
  'receipt.problem.several':
    'This file holds several people’s receipts. Paste only your own entry, or ask the organiser for your receipt.',
  'receipt.problem.incomplete':
    'This receipt lacks your id, your position in the pool or the proof. Copy your whole entry, from “{” to “}”, without changing anything.',
  'receipt.problem.stage-one':
    'This receipt is of a version this page does not know, or its part about the first draw (“stageOne”) is damaged. Copy your whole entry, from “{” to “}”, without changing anything.',
  'receipt.stageOne.invited':
    'You were indeed invited by the first draw, the draw of invitations: stratum “{stratum}”, invitation {rank} of {invitations}.',
  'receipt.stageOne.invitedRegister':
    'You were indeed invited by the first draw, the draw of invitations: invitation {rank} of {invitations}.',
  'receipt.stageOne.both':
    'Your receipt proves both stages: you were invited by the first draw, and you are in the pool of the second.',
  'receipt.stageOne.not-invited':
    'First draw: your id is not among the people invited. This receipt does not prove that you were invited.',
  'receipt.stageOne.other-record':
    'First draw: your receipt names another draw of invitations than the one the published commitment names. This part of the receipt is not valid.',
  'receipt.stageOne.record-altered':
    'First draw: the invitations record downloaded is not the one the published commitment names. It may have been altered: the first stage cannot be checked.',
  'receipt.stageOne.wrong-place':
    'First draw: you were invited, but not at the place your receipt states (stratum, rank or position). This part of the receipt is not valid.',
  'receipt.stageOne.proof':
    'First draw: your receipt’s proof does not match the register’s committed list. This part of the receipt is not valid.',
  'receipt.stageOne.pending':
    'First draw: it can be checked once the second draw’s commitment is published.',
  'receipt.stageOne.unavailable':
    'First draw: the invitations record could not be downloaded. Try again in a moment.',
};
