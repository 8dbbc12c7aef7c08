// Interface text of the console's "Envois" (delivery status) section and its failure alert, in French (the
// default) and English.

export const deliveryFr = {
  'deliveries.heading': 'Envois',
  'deliveries.intro.process':
    'Chaque courriel de ce processus et son état. Un envoi en échec ne sera pas réessayé seul : vérifiez l’adresse, puis «\u00a0Renvoyer\u00a0».',
  'deliveries.intro.call':
    'Chaque courriel de cet appel et son état. Un envoi en échec ne sera pas réessayé seul : vérifiez l’adresse, puis «\u00a0Renvoyer\u00a0».',
  'deliveries.intro.accounts':
    'Les invitations et les liens de mot de passe envoyés aux comptes, et leur état. Un envoi en échec ne sera pas réessayé seul : vérifiez l’adresse, puis «\u00a0Renvoyer\u00a0».',
  'deliveries.loading': 'Chargement des envois…',
  'deliveries.loadFailed': 'Impossible de charger l’état des envois.',
  'deliveries.none': 'Aucun courriel n’a encore été envoyé.',
  'deliveries.total': 'En tout : {counts}.',
  'deliveries.counts': '{sent}, {queued} en attente, {failed} en échec',
  'deliveries.sent.one': '{count} envoyé',
  'deliveries.sent.other': '{count} envoyés',
  'deliveries.group.invitations': 'Invitations',
  'deliveries.group.reminders': 'Rappels',
  'deliveries.group.receipts': 'Reçus des volontaires',
  'deliveries.group.applicants': 'Candidats',
  'deliveries.group.reviewers': 'Relecteurs',
  'deliveries.group.accounts': 'Comptes',
  'deliveries.group.other': 'Autres messages',
  'deliveries.status.sent': 'Envoyé',
  'deliveries.status.queued': 'En attente',
  'deliveries.status.failed': 'En échec',
  'deliveries.ref': 'Référence : {ref}',
  'deliveries.attempts': 'Tentatives : {count}',
  'deliveries.sentAt': 'Envoyé le {date}',
  'deliveries.nextAttempt': 'Prochain essai le {date}',
  'deliveries.problem.refused':
    'Le serveur de messagerie du destinataire a refusé l’adresse ou le message. Vérifiez l’adresse.',
  'deliveries.problem.temporary':
    'Le serveur de messagerie a refusé le message pour l’instant ; un nouvel essai est prévu.',
  'deliveries.problem.unreachable':
    'Le serveur d’envoi est injoignable (connexion refusée ou délai dépassé).',
  'deliveries.problem.authentication':
    'Le serveur d’envoi a refusé les identifiants de Kleroterion : l’exploitant doit corriger sa configuration.',
  'deliveries.problem.unknown': 'L’envoi a échoué.',
  'deliveries.technical': 'Détail technique : {error}',
  'deliveries.showSent': 'Courriels envoyés ({count})',
  'deliveries.resend': 'Renvoyer',
  'deliveries.resendTo': ' le courriel à {to}',
  'deliveries.resent': 'Courriel à {to} remis dans la file d’envoi : {status}.',
  'deliveries.resendFailed': 'Le courriel à {to} n’a pas pu être remis dans la file d’envoi.',
  'deliveries.alert.title': 'Envois en échec :',
  'deliveries.alert.text.one': '{count} courriel n’a pas pu être envoyé.',
  'deliveries.alert.text.other': '{count} courriels n’ont pas pu être envoyés.',
  'deliveries.alert.link': 'Voir les envois',
};

export const deliveryEn: Record<keyof typeof deliveryFr, string> = {
  'deliveries.heading': 'Deliveries',
  'deliveries.intro.process':
    'Every e-mail of this process and its status. A failed delivery is not retried on its own: check the address, then “Resend”.',
  'deliveries.intro.call':
    'Every e-mail of this call and its status. A failed delivery is not retried on its own: check the address, then “Resend”.',
  'deliveries.intro.accounts':
    'The invitations and password links sent to accounts, and their status. A failed delivery is not retried on its own: check the address, then “Resend”.',
  'deliveries.loading': 'Loading deliveries…',
  'deliveries.loadFailed': 'The delivery status could not be loaded.',
  'deliveries.none': 'No e-mail has been sent yet.',
  'deliveries.total': 'In all: {counts}.',
  'deliveries.counts': '{sent}, {queued} waiting, {failed} failed',
  'deliveries.sent.one': '{count} sent',
  'deliveries.sent.other': '{count} sent',
  'deliveries.group.invitations': 'Invitations',
  'deliveries.group.reminders': 'Reminders',
  'deliveries.group.receipts': 'Volunteers’ receipts',
  'deliveries.group.applicants': 'Applicants',
  'deliveries.group.reviewers': 'Reviewers',
  'deliveries.group.accounts': 'Accounts',
  'deliveries.group.other': 'Other messages',
  'deliveries.status.sent': 'Sent',
  'deliveries.status.queued': 'Waiting',
  'deliveries.status.failed': 'Failed',
  'deliveries.ref': 'Reference: {ref}',
  'deliveries.attempts': 'Attempts: {count}',
  'deliveries.sentAt': 'Sent on {date}',
  'deliveries.nextAttempt': 'Next attempt on {date}',
  'deliveries.problem.refused':
    'The recipient’s mail server refused the address or the message. Check the address.',
  'deliveries.problem.temporary':
    'The mail server refused the message for now; another attempt is planned.',
  'deliveries.problem.unreachable':
    'The sending mail server cannot be reached (connection refused or timed out).',
  'deliveries.problem.authentication':
    'The sending mail server refused Kleroterion’s credentials: the operator must fix its configuration.',
  'deliveries.problem.unknown': 'The delivery failed.',
  'deliveries.technical': 'Technical detail: {error}',
  'deliveries.showSent': 'Sent e-mails ({count})',
  'deliveries.resend': 'Resend',
  'deliveries.resendTo': ' the e-mail to {to}',
  'deliveries.resent': 'E-mail to {to} put back in the queue: {status}.',
  'deliveries.resendFailed': 'The e-mail to {to} could not be put back in the queue.',
  'deliveries.alert.title': 'Failed deliveries:',
  'deliveries.alert.text.one': '{count} e-mail could not be sent.',
  'deliveries.alert.text.other': '{count} e-mails could not be sent.',
  'deliveries.alert.link': 'Show deliveries',
};
