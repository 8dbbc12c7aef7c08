// Interface text of the register (stage one: the list invitations are drawn from), in French.

export const registerFr = {
  'register.heading': 'Registre de l’étape 1 (les invitations)',
  'register.intro':
    'Le registre (liste électorale, fichier d’adresses) est la liste où sont tirées les invitations. Chaque ligne reçoit un identifiant pseudonyme ; les coordonnées restent privées sur le serveur, seuls les identifiants sont engagés par une racine de Merkle.',
  'register.file': 'Fichier du registre (CSV)',
  'register.fileHint':
    'UTF-8, séparateur « ; » ou « , ». Colonnes : nom, adresse 1, code postal, commune (obligatoires) ; civilité, prénoms, adresse 2 à 4, courriel (facultatives). Les autres colonnes sont ignorées et jamais enregistrées.',
  'register.stratum': 'Colonne de strate (facultatif)',
  'register.stratumHint':
    'Nom de la colonne qui répartit le registre en strates, par exemple « departement ». Chaque strate est engagée par sa propre racine.',
  'register.needFile': 'Choisissez le fichier du registre.',
  'register.submit': 'Importer le registre',
  'register.reimport': 'Remplacer le registre',
  'register.uploading': 'Envoi du fichier : {percent} %.',
  'register.phase.reading': 'Lecture : {rows} lignes lues ({percent} % du fichier).',
  'register.phase.indexing': 'Indexation des {rows} identifiants…',
  'register.phase.committing': 'Calcul des racines de {rows} identifiants…',
  'register.phase.done': 'Import terminé : {rows} lignes.',
  'register.imported': 'Registre importé : {rows} lignes.',
  'register.error':
    'Fichier {file}, ligne {line}, champ « {field} » : refusé (code {code}). {total} problème(s) en tout ; rien n’a été importé.',
  'register.locked':
    'Le tirage des invitations est engagé sur ce registre : il ne peut plus être remplacé, sans quoi l’engagement publié ne correspondrait plus au registre.',
  'register.none': 'Aucun registre importé pour l’instant.',
  'register.summary': 'Registre en usage : {file}, {rows} lignes, importé le {date}.',
  'register.root': 'Racine de Merkle du registre',
  'register.strataCaption': 'Strates selon la colonne « {column} » : taille et racine engagée',
  'register.stratumName': 'Strate',
  'register.stratumSize': 'Lignes',
  'register.stratumRoot': 'Racine',
} as const;
