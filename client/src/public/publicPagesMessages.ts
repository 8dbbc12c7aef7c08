// Interface text added with the public pages' move to the State design system: page titles, the file
// chooser, the plain-language explanations and next step of the public process page.

export const publicPagesFr = {
  'pages.title.process': 'Processus de tirage au sort',
  'pages.title.results': 'Résultats — {title}',
  'pages.title.resultsLoading': 'Résultats',
  'pages.title.pv': 'Procès-verbal — {title}',
  'pages.title.pvLoading': 'Procès-verbal',
  'pages.title.verifier': 'Vérifier un tirage',
  'pages.title.lottery': 'Vérifier une loterie stratifiée',
  'pages.title.witness': 'Témoin du tirage',
  'file.chosen': 'Fichier choisi : {name}',
  'public.intro':
    'Cette page suit, étape par étape, le tirage au sort de ce jury. Tout ce qui y est publié peut être vérifié par chacun, sans faire confiance à l’organisateur.',
  'public.stage.heading': 'Où en est le processus',
  'public.stage.progress': 'Étape {current} sur {count}',
  'public.next.label': 'Prochaine étape :',
  'public.next.commit':
    'la publication de l’engagement, qui fige la liste des volontaires et les règles du tirage.',
  'public.next.draw': 'le tirage, une fois toutes les sources de hasard révélées.',
  'public.next.drawAt': 'le tirage, au plus tôt le {time}, quand la balise drand aura parlé.',
  'public.next.invitations': 'les personnes tirées au sort sont invitées à siéger.',
  'public.next.deliberation': 'la délibération du jury.',
  'public.next.results': 'la publication des résultats.',
  'public.pool.explain':
    'Les volontaires parmi lesquels le jury est tiré au sort. Aucun nom n’est publié : chacun n’apparaît que sous un identifiant anonyme.',
  'public.pool.root.explain':
    'Une empreinte qui fige la liste des volontaires avant le tirage : si un seul nom était ajouté ou retiré ensuite, elle changerait et chacun pourrait le voir.',
  'public.commitment.explain':
    'Avant le tirage, l’organisateur publie un engagement : le nombre de sièges, la liste figée des volontaires et les sources de hasard qui serviront au tirage. Une fois publié, rien ne peut plus être changé sans que cela se voie.',
  'public.commitment.hash.explain':
    'Cette empreinte résume tout l’engagement en une courte suite de caractères : elle permet à chacun de vérifier ensuite que rien n’a été modifié.',
  'public.sources.explain':
    'Le hasard vient de plusieurs sources annoncées à l’avance et révélées après l’engagement : il suffit qu’une seule soit imprévisible pour que personne, pas même l’organisateur, ne puisse choisir le résultat.',
  'public.result.explain':
    'Les sièges attribués, sous l’identifiant anonyme de chaque personne tirée au sort.',
  'public.result.seed.explain':
    'La graine est le nombre obtenu en réunissant toutes les sources de hasard. Le tirage en découle par un calcul public : chacun peut le refaire et trouver le même résultat.',
  'public.technical': 'Détails techniques',
  'public.table.scroll': 'Tableau « {caption} », défilant horizontalement',
  'results.jump': 'Aller au tableau du classement',
};

export const publicPagesEn: Record<keyof typeof publicPagesFr, string> = {
  'pages.title.process': 'Lottery process',
  'pages.title.results': 'Results — {title}',
  'pages.title.resultsLoading': 'Results',
  'pages.title.pv': 'Record of proceedings — {title}',
  'pages.title.pvLoading': 'Record of proceedings',
  'pages.title.verifier': 'Verify a draw',
  'pages.title.lottery': 'Verify a stratified lottery',
  'pages.title.witness': 'Draw witness',
  'file.chosen': 'Chosen file: {name}',
  'public.intro':
    'This page follows the lottery of this jury step by step. Everything published here can be checked by anyone, without trusting the organiser.',
  'public.stage.heading': 'Where the process stands',
  'public.stage.progress': 'Step {current} of {count}',
  'public.next.label': 'Next step:',
  'public.next.commit':
    'the commitment is published, freezing the list of volunteers and the rules of the draw.',
  'public.next.draw': 'the draw, once every randomness source is revealed.',
  'public.next.drawAt': 'the draw, at the earliest on {time}, once the drand beacon has spoken.',
  'public.next.invitations': 'the people drawn are invited to serve.',
  'public.next.deliberation': 'the jury’s deliberation.',
  'public.next.results': 'the results are published.',
  'public.pool.explain':
    'The volunteers the jury is drawn from. No name is published: each appears only under an anonymous id.',
  'public.pool.root.explain':
    'A fingerprint that freezes the list of volunteers before the draw: if a single name were added or removed afterwards, it would change and anyone could see it.',
  'public.commitment.explain':
    'Before the draw, the organiser publishes a commitment: the number of seats, the frozen list of volunteers and the randomness sources the draw will use. Once published, nothing can change without it showing.',
  'public.commitment.hash.explain':
    'This fingerprint sums up the whole commitment in a short string of characters: anyone can later check that nothing was altered.',
  'public.sources.explain':
    'The randomness comes from several sources, announced in advance and revealed after the commitment: one unpredictable source is enough for nobody, not even the organiser, to choose the result.',
  'public.result.explain': 'The seats given, under the anonymous id of each person drawn.',
  'public.result.seed.explain':
    'The seed is the number obtained by combining every randomness source. The draw follows from it by a public computation: anyone can redo it and find the same result.',
  'public.technical': 'Technical details',
  'public.table.scroll': 'Table “{caption}”, scrolls horizontally',
  'results.jump': 'Go to the ranking table',
};
