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
};
