// Interface text of the offline demonstration: its banner and the console's demonstration section.

export const demoFr = {
  'demo.banner.title': 'Démonstration : données fictives, tour drand enregistré',
  'demo.banner.text':
    'Les volontaires, les dossiers et les juré·es sont fictifs. Le tour drand est un vrai tour, enregistré à l’avance : la démonstration fonctionne sans réseau.',
  'demo.console.heading': 'Démonstration',
  'demo.console.intro':
    'Ce processus de démonstration est déjà engagé : son engagement précède le tour drand enregistré n° {round}. Suivez les étapes ci-dessous dans l’ordre.',
  'demo.console.secretHeading': 'Secret de l’organisateur',
  'demo.console.secretHint':
    'Première étape : révéler le secret de l’organisateur. Pour une démonstration seulement, le serveur l’a gardé : un clic le révèle, exactement comme le fichier chargé.',
  'demo.console.secretButton': 'Révéler le secret de démonstration',
  'demo.console.secretWhere':
    'Dans un vrai processus, le serveur ne garde jamais ce secret : vous le téléchargez après l’engagement. Pour essayer ce chemin, le fichier est ici, sur le serveur :',
  'demo.console.secretHow':
    'Chargez-le dans le champ « Fichier du secret » de la section « Révélation des valeurs », puis révélez le secret.',
  'demo.console.secretDone':
    'Le secret de l’organisateur est révélé et vérifié. Étape suivante : révéler le tour drand enregistré.',
  'demo.console.beaconHeading': 'Tour drand',
  'demo.console.beaconButton': 'Révéler le tour drand enregistré',
  'demo.console.beaconHint':
    'Révèle la signature enregistrée du tour n° {round}, par le même chemin qu’une signature collée : le serveur la vérifie hors ligne.',
  'demo.console.beaconDone': 'Le tour drand enregistré n° {round} est révélé et vérifié.',
  'demo.console.seatsHeading': 'Essayer la salle seul·e',
  'demo.console.seatsIntro':
    'Chaque bouton ouvre l’invitation d’un siège dans un nouvel onglet, au nom de ce·tte juré·e : acceptez, entrez dans la salle et notez. Cette possibilité n’existe que dans la démonstration.',
  'demo.console.openSeat': 'Ouvrir comme juré·e n° {seat}',
  'demo.console.opened': 'L’invitation du siège n° {seat} est ouverte dans un nouvel onglet.',
  'demo.console.popupBlocked': 'Le navigateur a bloqué le nouvel onglet. Ouvrez ce lien : {url}',
  'demo.next.secret': 'Étape suivante : « Révéler le secret de démonstration », ci-dessous.',
  'demo.next.secretFile':
    'Étape suivante : chargez le fichier du secret nommé ci-dessous dans la section « Révélation des valeurs », plus bas.',
  'demo.next.beacon': 'Étape suivante : « Révéler le tour drand enregistré », ci-dessous.',
  'demo.next.reveal':
    'Étape suivante : révélez les valeurs restantes dans la section « Révélation des valeurs », plus bas.',
  'demo.next.draw':
    'Étape suivante : dans la section « Tirage au sort », plus bas, cliquez « Tirer au sort » puis « Confirmer le tirage ».',
  'demo.next.invite':
    'Étape suivante : dans la section « Invitations », plus bas, cliquez « Envoyer les invitations ».',
  'demo.next.room':
    'Étape suivante : ouvrez la salle par le lien « Animer la délibération (salle en direct) », en haut de la page. Ouvrez la délibération (un quorum de 3 suffit), mettez un dossier en séance et passez à la phase « Notation ». Revenez ensuite ici pour ouvrir quelques sièges comme juré·es.',
  'demo.next.score':
    'Étape suivante : ouvrez quelques sièges ci-dessous ; dans chaque onglet, acceptez, entrez dans la salle et notez. Puis passez à la phase « Résultats » dans la salle, et cliquez « Publier les résultats » dans la section « Résultats » de cette page.',
  'demo.next.done':
    'La démonstration est terminée : sur la page publique, voyez les résultats et cliquez « Vérifier dans mon navigateur ».',
  'demo.room.openSeats':
    'Démonstration : les juré·es, c’est vous. Dans la console, section « Démonstration », chaque bouton « Ouvrir comme juré·e n° k » ouvre un siège dans un nouvel onglet : acceptez, entrez dans la salle et notez.',
  'demo.room.jurorNext':
    'Démonstration : une fois votre notation enregistrée, fermez cet onglet et ouvrez un autre siège depuis la console, ou revenez à l’onglet de l’animation pour passer à la phase « Résultats ».',
  'demo.room.publish':
    'Démonstration : voici les résultats de ce dossier. Pour finir, publiez-les depuis la console : « Publier les résultats », section « Résultats ».',
  'demo.room.consoleLink': 'Aller à la console',
} as const;

export const demoEn: Record<keyof typeof demoFr, string> = {
  'demo.banner.title': 'Demonstration: fictional data, recorded drand round',
  'demo.banner.text':
    'The volunteers, dossiers and jurors are fictional. The drand round is a genuine round recorded in advance: the demonstration works with no network.',
  'demo.console.heading': 'Demonstration',
  'demo.console.intro':
    'This demonstration process is already committed: its commitment precedes recorded drand round {round}. Follow the steps below in order.',
  'demo.console.secretHeading': 'Organiser’s secret',
  'demo.console.secretHint':
    'First step: reveal the organiser’s secret. For a demonstration only, the server kept it: one click reveals it, exactly as the loaded file would.',
  'demo.console.secretButton': 'Reveal the demonstration secret',
  'demo.console.secretWhere':
    'In a real process the server never keeps this secret: you download it after the commitment. To try that path, the file is here, on the server:',
  'demo.console.secretHow':
    'Load it in the “Secret file” field of the “Reveal of the values” section, then reveal the secret.',
  'demo.console.secretDone':
    'The organiser’s secret is revealed and verified. Next step: reveal the recorded drand round.',
  'demo.console.beaconHeading': 'drand round',
  'demo.console.beaconButton': 'Reveal the recorded drand round',
  'demo.console.beaconHint':
    'Reveals the recorded signature of round {round}, through the same path as a pasted signature: the server checks it offline.',
  'demo.console.beaconDone': 'Recorded drand round {round} is revealed and verified.',
  'demo.console.seatsHeading': 'Try the room on your own',
  'demo.console.seatsIntro':
    'Each button opens a seat’s invitation in a new tab, as that juror: accept, enter the room and score. This exists only in the demonstration.',
  'demo.console.openSeat': 'Open as juror no. {seat}',
  'demo.console.opened': 'The invitation of seat {seat} is open in a new tab.',
  'demo.console.popupBlocked': 'The browser blocked the new tab. Open this link: {url}',
  'demo.next.secret': 'Next step: “Reveal the demonstration secret”, below.',
  'demo.next.secretFile':
    'Next step: load the secret file named below in the “Reveal of the values” section, further down.',
  'demo.next.beacon': 'Next step: “Reveal the recorded drand round”, below.',
  'demo.next.reveal':
    'Next step: reveal the remaining values in the “Reveal of the values” section, further down.',
  'demo.next.draw':
    'Next step: in the “Draw” section, further down, click “Run the draw” then “Confirm the draw”.',
  'demo.next.invite':
    'Next step: in the “Invitations” section, further down, click “Send the invitations”.',
  'demo.next.room':
    'Next step: open the room with the “Facilitate the deliberation (live room)” link at the top of the page. Open the deliberation (a quorum of 3 is enough), put a dossier in session and move to the “Scoring” phase. Then come back here to open a few seats as jurors.',
  'demo.next.score':
    'Next step: open a few seats below; in each tab, accept, enter the room and score. Then move to the “Results” phase in the room, and click “Publish the results” in this page’s “Results” section.',
  'demo.next.done':
    'The demonstration is complete: on the public page, see the results and click “Verify in my browser”.',
  'demo.room.openSeats':
    'Demonstration: you play the jurors. In the console’s “Demonstration” section, each “Open as juror no. k” button opens a seat in a new tab: accept, enter the room and score.',
  'demo.room.jurorNext':
    'Demonstration: once your scores are saved, close this tab and open another seat from the console, or go back to the facilitator’s tab to move to the “Results” phase.',
  'demo.room.publish':
    'Demonstration: here are this dossier’s results. To finish, publish them from the console: “Publish the results”, in the “Results” section.',
  'demo.room.consoleLink': 'Go to the console',
};
