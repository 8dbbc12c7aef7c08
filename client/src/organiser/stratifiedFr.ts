// Interface text of the stratified option of a draw (quotas, lottery, review, commitment), in French.

export const stratifiedFr = {
  'stratified.heading': 'Option : tirage stratifié par quotas',
  'stratified.intro':
    'Au lieu d’un tirage uniforme, le jury peut être tiré parmi une liste de panels qui respectent tous des quotas (genre, âge, région…), calculée pour donner à chaque volontaire la chance la plus équitable possible (LEXIMIN). Importez les quotas, calculez la loterie, examinez les probabilités, puis choisissez ce mode dans l’engagement.',
  'stratified.needPool':
    'Importez d’abord les volontaires : les quotas portent sur leurs colonnes.',
  'stratified.columns': 'Colonnes des volontaires utilisables : {columns}.',
  'stratified.noColumns': 'Le fichier des volontaires n’a aucune colonne d’attributs.',
  'stratified.quotas.heading': 'Quotas',
  'stratified.quotas.file': 'Fichier des quotas (CSV)',
  'stratified.quotas.fileHint':
    'En-tête « category,feature,min,max » ou « feature,value,min,max[,min_flex,max_flex] » ; chaque catégorie est une colonne des volontaires, chaque valeur présente dans le vivier doit y figurer.',
  'stratified.quotas.needFile': 'Choisissez le fichier des quotas.',
  'stratified.quotas.submit': 'Importer les quotas',
  'stratified.quotas.reimport': 'Remplacer les quotas',
  'stratified.quotas.imported': 'Quotas importés : {count} lignes. Calculez maintenant la loterie.',
  'stratified.quotas.error':
    'Fichier {file}, ligne {line}, champ « {field} » : quotas refusés (code {code}). Rien n’a été modifié.',
  'stratified.quotas.flexError':
    'Fichier {file}, ligne {line}, colonne {column} (« {field} ») : {reason} (code {code}). Rien n’a été modifié.',
  'stratified.quotas.flex.FLEX_NOT_WHOLE':
    'min_flex et max_flex sont des nombres entiers, ou vides',
  'stratified.quotas.flex.MIN_FLEX_ABOVE_MIN':
    'min_flex dépasse min : c’est le plus bas jusqu’où le minimum peut être assoupli',
  'stratified.quotas.flex.MAX_FLEX_BELOW_MAX':
    'max_flex est sous max : c’est le plus haut jusqu’où le maximum peut être assoupli',
  'stratified.quotas.table': 'Quotas importés ({file})',
  'stratified.quotas.category': 'Catégorie',
  'stratified.quotas.feature': 'Valeur',
  'stratified.quotas.min': 'Minimum',
  'stratified.quotas.max': 'Maximum',
  'stratified.quotas.stale':
    'Les volontaires ont changé depuis l’import des quotas : importez-les à nouveau.',
  'stratified.compute.heading': 'Calcul de la loterie',
  'stratified.compute.panelSize': 'Taille des panels : {seats} sièges (réglages du processus).',
  'stratified.compute.panels': 'Nombre de panels (M)',
  'stratified.compute.panelsHint':
    'Le tirage choisira un panel parmi M, uniformément. 1 000 par défaut.',
  'stratified.compute.algorithm': 'Méthode',
  'stratified.compute.algorithmHint':
    'LEXIMIN maximise la chance la plus basse, puis la suivante, etc. ; MAXIMIN seulement la plus basse ; le bien-être de Nash maximise le produit des chances de tous ; « uniforme » construit les panels par le tirage par quotas naïf.',
  'stratified.compute.choose': 'Choisir…',
  'stratified.algorithm.leximin': 'LEXIMIN (recommandé)',
  'stratified.algorithm.maximin': 'MAXIMIN',
  'stratified.algorithm.nash': 'Bien-être de Nash (produit des chances)',
  'stratified.algorithm.uniform': 'Tirage par quotas naïf (uniforme)',
  'stratified.compute.budget': 'Durée maximale du calcul (minutes)',
  'stratified.compute.budgetHint':
    'Arrivé à ce délai, le calcul s’arrête avec la meilleure répartition trouvée et le signale.',
  'stratified.compute.households':
    'Foyers (facultatif) : colonnes qui identifient ensemble un foyer',
  'stratified.compute.householdsHint':
    'Par exemple l’adresse et le code postal. Au plus une personne par foyer siège dans un panel ; les valeurs sont comparées sans tenir compte des majuscules ni des espaces. La loterie enregistre le nom des colonnes, jamais les adresses.',
  'stratified.compute.submit': 'Calculer la loterie',
  'stratified.compute.running': 'Calcul en cours…',
  'stratified.compute.progress': 'Avancement du calcul (types de volontaires fixés)',
  'stratified.compute.progressText':
    'Tour {round} ({closed} clos, chacun exact) : {fixed} types fixés sur {types} ; la valeur de ce tour est entre {lower} et {upper}.',
  'stratified.compute.nashProgressText':
    'Itération {iteration} : la moyenne géométrique des chances est d’au moins {lower} ; l’optimum ne dépasse pas {upper}.',
  'stratified.compute.estimateUnknown': 'Pas d’estimation du temps avant la fin du premier tour.',
  'stratified.compute.estimate':
    'Environ {seconds} s de plus au rythme des tours clos (les tours suivants peuvent être plus lents).',
  'stratified.compute.optimised':
    'Toutes les valeurs sont fixées et prouvées ; l’arrondi aux M panels est en cours.',
  'stratified.compute.budgetLeft': 'Au plus {seconds} s restantes (durée maximale).',
  'stratified.compute.starting': 'Démarrage du calcul…',
  'stratified.compute.cancel': 'Annuler le calcul',
  'stratified.compute.cancelled':
    'Calcul annulé. La loterie précédente, s’il y en a une, est conservée.',
  'stratified.compute.failed': 'Le calcul a échoué (code {code}).',
  'stratified.compute.done': 'Loterie calculée et enregistrée.',
  'stratified.review.heading': 'Examen des probabilités',
  'stratified.review.none': 'Aucune loterie calculée pour ces quotas.',
  'stratified.review.algorithm': 'Méthode',
  'stratified.review.below': 'Part des volontaires sous la part égale k/n ({fair})',
  'stratified.review.naive': 'Tirage par quotas naïf (simulé, {runs} tirages)',
  'stratified.review.naiveValue': 'de {min} à {max}, Gini {gini}, {below} sous k/n',
  'stratified.review.naiveNone': 'non simulé',
  'stratified.review.rounding': 'Écart maximal dû à l’arrondi à M panels',
  'stratified.review.seconds': 'Durée du calcul',
  'stratified.review.secondsValue': '{seconds} s',
  'stratified.review.digest': 'Empreinte SHA-256 de LOTTERY.json',
  'stratified.review.stoppedEarly':
    'Le calcul a atteint sa durée maximale : cette répartition est la meilleure trouvée, pas forcément l’optimum.',
  'stratified.review.completion': 'Optimisation',
  'stratified.review.complete.one': '{method} complet : {rounds} tour, prouvé exact.',
  'stratified.review.complete.other': '{method} complet : {rounds} tours, chacun prouvé exact.',
  'stratified.review.incomplete':
    'Incomplet, arrêté par la durée maximale : les tours 1 à {rounds} sont exacts ; le tour {open} était ouvert, sa valeur entre {lower} et {upper} (écart {gap}).',
  'stratified.review.incompleteNoRound':
    'Incomplet, arrêté par la durée maximale avant la fin du premier tour : aucune valeur n’est prouvée ; la chance minimale est entre {lower} et {upper} (écart {gap}).',
  'stratified.review.nashComplete':
    'Bien-être de Nash optimal : moyenne géométrique des chances {mean} ; aucune répartition ne l’augmente de plus de {gap} (certificat de dualité, vérifiable).',
  'stratified.review.nashIncomplete':
    'Incomplet, arrêté par la durée maximale : moyenne géométrique des chances {mean} ; l’optimum ne dépasse pas {upper} (écart relatif {gap}).',
  'stratified.review.completionUnknown':
    'Non enregistré (calculée avant que l’achèvement soit conservé) : ne pas la présenter comme complète.',
  'stratified.review.download': 'Télécharger LOTTERY.json',
  'stratified.frozen':
    'Le tirage est engagé : les quotas et la loterie sont figés et ne peuvent plus changer.',
  'stratified.committed':
    'L’engagement porte sur cette loterie stratifiée (kleroterion-stratified/1) : {panels} panels, racine {root}.',
  'stratified.notUsed':
    'Le tirage engagé est un tirage simple : cette option n’a pas été utilisée.',
  'stratified.mode.legend': 'Mode de tirage',
  'stratified.mode.hint':
    'Une loterie stratifiée est prête : vous pouvez engager le tirage d’un de ses panels au lieu d’un tirage uniforme.',
  'stratified.mode.uniform': 'Tirage simple (uniforme parmi tous les volontaires)',
  'stratified.mode.stratified': 'Tirage stratifié (un panel de la loterie calculée)',
  'stratified.confirm.question': 'Engager le tirage stratifié ?',
  'stratified.confirm.consequence':
    'L’engagement publie les quotas et les racines de la loterie ; ils ne pourront plus être modifiés, et le tirage choisira l’un de ses panels.',
  'stratified.confirm.submit': 'Oui, engager le tirage stratifié',
  'stratified.confirm.cancel': 'Revenir au formulaire',
} as const;
