// Interface text of the witness page (/temoin): making a secret, checking it before the reveal, sealing a
// contribution to a drand round. French first, English available.

export const witnessFr = {
  'witness.title': 'Espace témoin',
  'witness.intro':
    'Un témoin apporte sa part de hasard au tirage au sort. Tout se passe dans ce navigateur : le secret n’est envoyé nulle part, pas même au serveur de Kleroterion.',
  'witness.processIntro': 'Vous êtes témoin du processus « {title} ».',
  'witness.create.heading': '1. Créer mon secret',
  'witness.create.intro':
    'Avant l’engagement : créez un secret, gardez-le, et remettez seulement son empreinte à l’organisateur. Il la publiera dans l’engagement du tirage.',
  'witness.create.button': 'Créer un secret',
  'witness.create.again': 'Créer un autre secret',
  'witness.create.created': 'Secret créé le {date}.',
  'witness.create.secret': 'Votre secret (à garder pour vous jusqu’à la révélation)',
  'witness.create.hash': 'Son empreinte SHA-256 (à remettre à l’organisateur)',
  'witness.create.copy': 'Copier l’empreinte',
  'witness.create.copied': 'Empreinte copiée.',
  'witness.create.copyFailed':
    'Le navigateur n’a pas permis la copie : sélectionnez l’empreinte et copiez-la vous-même.',
  'witness.create.download': 'Télécharger mon secret',
  'witness.create.print': 'Imprimer la fiche',
  'witness.create.keep':
    'Gardez le fichier ou la fiche imprimée en lieu sûr. Si le secret est perdu, il ne pourra pas être révélé ; s’il est divulgué avant le tirage, il n’apporte plus de hasard.',
  'witness.sheet.title': 'Fiche du témoin — tirage au sort Kleroterion',
  'witness.sheet.instructions':
    'Remettez l’empreinte à l’organisateur avant l’engagement. Ne montrez le secret à personne avant la révélation. Au moment de la révélation, donnez le secret à l’organisateur : chacun pourra vérifier qu’il correspond à l’empreinte publiée.',
  'witness.sheet.date': 'Créé le',
  'witness.file.secret': 'Secret',
  'witness.file.hash': 'Empreinte (SHA-256)',
  'witness.file.created': 'Créé le',
  'witness.reveal.heading': '2. Vérifier mon secret avant de le révéler',
  'witness.reveal.intro':
    'Au moment de la révélation : collez votre secret ou choisissez son fichier. La page vérifie ici même qu’il correspond à l’empreinte publiée, puis vous le remettez à l’organisateur.',
  'witness.reveal.secret': 'Votre secret',
  'witness.reveal.file': 'Ou le fichier de votre secret',
  'witness.reveal.hash': 'Empreinte publiée dans l’engagement',
  'witness.reveal.hashHint':
    'Recopiez l’empreinte publiée (64 caractères), ou ouvrez cette page depuis la page publique du processus.',
  'witness.reveal.submit': 'Vérifier',
  'witness.reveal.noSecret':
    'Ce texte ne contient pas de secret lisible : un secret compte 64 caractères, chiffres de 0 à 9 et lettres de a à f.',
  'witness.reveal.badHash':
    'L’empreinte publiée compte 64 caractères, chiffres de 0 à 9 et lettres de a à f.',
  'witness.reveal.matchesWitness': 'Ce secret correspond à l’engagement du témoin « {name} ».',
  'witness.reveal.matchesSource': 'Ce secret correspond à l’engagement « {name} ».',
  'witness.reveal.matchesHash': 'Ce secret correspond à l’empreinte publiée.',
  'witness.reveal.next':
    'Remettez-le maintenant à l’organisateur, qui le saisira lors de la révélation.',
  'witness.reveal.noMatch':
    'Ce secret ne correspond à aucun engagement : son empreinte est {hash}. Vérifiez que vous avez le bon fichier.',
  'witness.seal.heading': '3. Ou bien : sceller ma contribution jusqu’au tour drand',
  'witness.seal.intro':
    'Plutôt qu’un secret à révéler, vous pouvez sceller votre contribution pour un tour futur du réseau drand. Personne, pas même vous, ne peut la lire avant ce tour ; dès qu’il est produit, chacun peut la déchiffrer. Il n’y a rien à révéler, et personne ne peut la retenir.',
  'witness.seal.round': 'Numéro du tour drand',
  'witness.seal.roundHint':
    'L’organisateur vous donne ce numéro : c’est le tour drand de l’engagement.',
  'witness.seal.roundTime': 'Le tour n° {round} sera produit le {date}.',
  'witness.seal.badRound': 'Le numéro du tour est un nombre entier positif.',
  'witness.seal.pastRound':
    'Le tour n° {round} est déjà produit ({date}) : une contribution scellée pour ce tour serait lisible par tous. Demandez à l’organisateur le tour de l’engagement.',
  'witness.seal.button': 'Sceller pour le tour n° {round}',
  'witness.seal.buttonNoRound': 'Sceller pour le tour',
  'witness.seal.working': 'Scellement en cours…',
  'witness.seal.done':
    'Contribution scellée pour le tour n° {round}. Remettez ce texte chiffré à l’organisateur, qui le collera dans le formulaire d’engagement.',
  'witness.seal.ciphertext': 'Texte chiffré (à remettre à l’organisateur)',
  'witness.seal.copy': 'Copier le texte chiffré',
  'witness.seal.copied': 'Texte chiffré copié.',
  'witness.seal.download': 'Télécharger le texte chiffré',
  'witness.seal.failed': 'Le scellement a échoué : {problem}',
  'witness.home.link': 'Espace témoin : créer ou vérifier un secret',
  'witness.public.link': 'Vous êtes témoin de ce tirage ? Créez ou vérifiez votre secret',
  'witness.organiser.kind': 'Contribution du témoin n° {n}',
  'witness.organiser.kindSecret': 'Empreinte d’un secret, révélé après le tour drand',
  'witness.organiser.kindTimelock': 'Contribution scellée pour le tour drand (texte chiffré)',
  'witness.organiser.timelock': 'Texte chiffré du témoin n° {n}',
  'witness.organiser.timelockHint':
    'Collez tout le texte produit par la page témoin, de « -----BEGIN AGE ENCRYPTED FILE----- » à « -----END AGE ENCRYPTED FILE----- ». Il est ouvert avec la signature du tour : rien à révéler.',
  'witness.organiser.timelockFormat':
    'Le texte chiffré du témoin n° {n} n’est pas lisible : collez tout le texte produit par la page témoin, sans rien changer.',
  'witness.organiser.timelockNeedsRound':
    'La contribution du témoin n° {n} est scellée pour un tour précis : indiquez ce numéro de tour drand plutôt qu’un délai.',
  'witness.organiser.timelockRound':
    'La contribution du témoin n° {n} est scellée pour un autre tour que celui de l’engagement : demandez-lui de la sceller pour ce tour.',
  'witness.organiser.howto': 'Chaque témoin prépare sa contribution sur la page témoin :',
};

export const witnessEn: Record<keyof typeof witnessFr, string> = {
  'witness.title': 'Witness space',
  'witness.intro':
    'A witness brings their share of chance to the draw. Everything happens in this browser: the secret is sent nowhere, not even to Kleroterion’s server.',
  'witness.processIntro': 'You are a witness of the process “{title}”.',
  'witness.create.heading': '1. Make my secret',
  'witness.create.intro':
    'Before the commitment: make a secret, keep it, and hand only its fingerprint to the organiser, who publishes it in the draw’s commitment.',
  'witness.create.button': 'Make a secret',
  'witness.create.again': 'Make another secret',
  'witness.create.created': 'Secret made on {date}.',
  'witness.create.secret': 'Your secret (keep it to yourself until the reveal)',
  'witness.create.hash': 'Its SHA-256 fingerprint (hand it to the organiser)',
  'witness.create.copy': 'Copy the fingerprint',
  'witness.create.copied': 'Fingerprint copied.',
  'witness.create.copyFailed':
    'The browser did not allow copying: select the fingerprint and copy it yourself.',
  'witness.create.download': 'Download my secret',
  'witness.create.print': 'Print the sheet',
  'witness.create.keep':
    'Keep the file or the printed sheet safe. A lost secret cannot be revealed; a secret disclosed before the draw no longer brings any chance.',
  'witness.sheet.title': 'Witness sheet — Kleroterion lottery',
  'witness.sheet.instructions':
    'Hand the fingerprint to the organiser before the commitment. Show the secret to nobody before the reveal. At the reveal, give the secret to the organiser: anyone can then check that it matches the published fingerprint.',
  'witness.sheet.date': 'Made on',
  'witness.file.secret': 'Secret',
  'witness.file.hash': 'Fingerprint (SHA-256)',
  'witness.file.created': 'Made on',
  'witness.reveal.heading': '2. Check my secret before revealing it',
  'witness.reveal.intro':
    'At the reveal: paste your secret or choose its file. This page checks, right here, that it matches the published fingerprint; then hand it to the organiser.',
  'witness.reveal.secret': 'Your secret',
  'witness.reveal.file': 'Or your secret’s file',
  'witness.reveal.hash': 'Fingerprint published in the commitment',
  'witness.reveal.hashHint':
    'Copy the published fingerprint (64 characters), or open this page from the process’s public page.',
  'witness.reveal.submit': 'Check',
  'witness.reveal.noSecret':
    'This text holds no readable secret: a secret has 64 characters, digits 0 to 9 and letters a to f.',
  'witness.reveal.badHash':
    'The published fingerprint has 64 characters, digits 0 to 9 and letters a to f.',
  'witness.reveal.matchesWitness': 'This secret matches the commitment of witness “{name}”.',
  'witness.reveal.matchesSource': 'This secret matches the commitment “{name}”.',
  'witness.reveal.matchesHash': 'This secret matches the published fingerprint.',
  'witness.reveal.next': 'Now hand it to the organiser, who enters it at the reveal.',
  'witness.reveal.noMatch':
    'This secret matches no commitment: its fingerprint is {hash}. Check that you have the right file.',
  'witness.seal.heading': '3. Or: seal my contribution until the drand round',
  'witness.seal.intro':
    'Instead of a secret to reveal, you can seal your contribution to a future round of the drand network. Nobody, not even you, can read it before that round; once it is produced, anyone can decrypt it. There is nothing to reveal, and nobody can withhold it.',
  'witness.seal.round': 'drand round number',
  'witness.seal.roundHint': 'The organiser gives you this number: the commitment’s drand round.',
  'witness.seal.roundTime': 'Round {round} is produced on {date}.',
  'witness.seal.badRound': 'The round number is a positive whole number.',
  'witness.seal.pastRound':
    'Round {round} is already produced ({date}): a contribution sealed to it would be readable by all. Ask the organiser for the commitment’s round.',
  'witness.seal.button': 'Seal for round {round}',
  'witness.seal.buttonNoRound': 'Seal for the round',
  'witness.seal.working': 'Sealing…',
  'witness.seal.done':
    'Contribution sealed for round {round}. Hand this encrypted text to the organiser, who pastes it into the commitment form.',
  'witness.seal.ciphertext': 'Encrypted text (hand it to the organiser)',
  'witness.seal.copy': 'Copy the encrypted text',
  'witness.seal.copied': 'Encrypted text copied.',
  'witness.seal.download': 'Download the encrypted text',
  'witness.seal.failed': 'Sealing failed: {problem}',
  'witness.home.link': 'Witness space: make or check a secret',
  'witness.public.link': 'Are you a witness of this draw? Make or check your secret',
  'witness.organiser.kind': 'Contribution of witness {n}',
  'witness.organiser.kindSecret': 'Fingerprint of a secret, revealed after the drand round',
  'witness.organiser.kindTimelock': 'Contribution sealed to the drand round (encrypted text)',
  'witness.organiser.timelock': 'Encrypted text of witness {n}',
  'witness.organiser.timelockHint':
    'Paste the whole text made by the witness page, from “-----BEGIN AGE ENCRYPTED FILE-----” to “-----END AGE ENCRYPTED FILE-----”. It is opened with the round’s signature: nothing to reveal.',
  'witness.organiser.timelockFormat':
    'The encrypted text of witness {n} is not readable: paste the whole text made by the witness page, unchanged.',
  'witness.organiser.timelockNeedsRound':
    'The contribution of witness {n} is sealed to one round: give that drand round number rather than a delay.',
  'witness.organiser.timelockRound':
    'The contribution of witness {n} is sealed to another round than the commitment’s: ask them to seal it to this round.',
  'witness.organiser.howto': 'Each witness prepares their contribution on the witness page:',
};
