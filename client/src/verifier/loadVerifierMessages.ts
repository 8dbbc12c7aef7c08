// What a verification says while the verifier's code downloads, or when it could not.

export const loadVerifierFr = {
  'verifier.loading': 'Chargement du vérificateur…',
  'verifier.loadFailed':
    'Le vérificateur n’a pas pu être téléchargé (connexion interrompue ?). Réessayez.',
};

export const loadVerifierEn: Record<keyof typeof loadVerifierFr, string> = {
  'verifier.loading': 'Loading the verifier…',
  'verifier.loadFailed': 'The verifier could not be downloaded (connection lost?). Try again.',
};
