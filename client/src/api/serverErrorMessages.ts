// Every error the server (or the browser's request) can answer with, as a sentence in French and in
// English, keyed by its stable code (shared/errors.ts). The server's own English text is never shown:
// the types require one sentence per code in each language, and a test checks that none is missing.

import { ErrorCode } from '../../../shared/errors';

/** Codes the client gives a request that got no usable answer, beside the server's own (all in ErrorCode). */
export const ClientErrorCode = {
  Network: ErrorCode.Network,
  NotJson: ErrorCode.NotJson,
  Unknown: ErrorCode.Unknown,
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

type ServerErrorKey = `serverError.${ErrorCode}`;

export const serverErrorFr: Record<ServerErrorKey, string> = {
  'serverError.POOL_EMPTY': 'La liste des volontaires est vide.',
  'serverError.POOL_ID_EMPTY': 'Un identifiant de la liste est vide.',
  'serverError.POOL_ID_WHITESPACE':
    'Un identifiant commence ou finit par une espace : retirez les espaces en trop.',
  'serverError.POOL_ID_CONTROL_CHAR': 'Un identifiant contient un caractère invisible interdit.',
  'serverError.POOL_ID_TOO_LONG': 'Un identifiant est trop long.',
  'serverError.POOL_ID_INVALID_UTF8':
    'Le fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8, puis réessayez.',
  'serverError.POOL_ID_DUPLICATE': 'Un même identifiant figure deux fois dans la liste.',
  'serverError.POOL_CSV_MALFORMED': 'Le fichier CSV des volontaires est mal formé.',
  'serverError.POOL_CSV_NO_ID_COLUMN': 'Le fichier CSV n’a pas de colonne d’identifiants.',
  'serverError.SEATS_EXCEED_POOL': 'Il y a plus de sièges à pourvoir que de volontaires.',
  'serverError.INVALID_ARGUMENT': 'Une valeur fournie n’est pas acceptée.',
  'serverError.INVALID_NUMBER': 'Un nombre fourni n’est pas valide.',
  'serverError.COMMITMENT_MALFORMED': 'L’engagement est mal formé.',
  'serverError.REVEAL_MISMATCH': 'La valeur ne correspond pas à l’empreinte publiée.',
  'serverError.REVEAL_MISSING': 'Une valeur engagée n’a pas encore été révélée.',
  'serverError.BEACON_INVALID': 'La signature drand n’est pas valide.',
  'serverError.UNKNOWN_SOURCE': 'Cette source d’aléa ne figure pas dans l’engagement.',
  'serverError.JSON_MALFORMED': 'Le fichier JSON est mal formé.',
  'serverError.VALIDATION_FAILED':
    'Les données envoyées ont été refusées : une valeur manque ou n’a pas la forme attendue.',
  'serverError.PROCESS_NOT_FOUND': 'Ce processus n’existe pas.',
  'serverError.TRANSITION_REFUSED': 'Cette action n’est pas possible à cette étape du processus.',
  'serverError.ALREADY_DRAWN':
    'Ce processus a déjà été tiré au sort : un tirage n’a lieu qu’une fois. Cette tentative a été inscrite au journal public.',
  'serverError.CSV_INVALID': 'Le fichier contient des erreurs ; rien n’a été importé.',
  'serverError.REGISTER_INVALID':
    'Le registre contient des erreurs (ligne et champ indiqués) ; rien n’a été importé.',
  'serverError.REGISTER_BUSY':
    'Un import du registre est déjà en cours pour cette consultation : attendez qu’il se termine.',
  'serverError.UPLOAD_TOO_LARGE': 'Le fichier est trop volumineux.',
  'serverError.UNAUTHENTICATED': 'Votre session a expiré : reconnectez-vous.',
  'serverError.FORBIDDEN': 'Vous n’avez pas le droit de faire cette action.',
  'serverError.DRAND_DELAY_TOO_SHORT':
    'Ce tour drand est trop proche : choisissez un tour plus tardif, au moins le délai minimal après la publication de l’engagement.',
  'serverError.RESULTS_WITHHELD':
    'La délibération est confidentielle : les résultats seront publiés à la fin, pas avant.',
  'serverError.ORIGIN_REFUSED':
    'Demande refusée : elle ne provient pas de cette application. Rechargez la page.',
  'serverError.RATE_LIMITED': 'Trop de tentatives. Patientez quelques minutes avant de réessayer.',
  'serverError.PASSWORD_ALREADY_SET':
    'Le mot de passe de l’organisateur a déjà été créé : connectez-vous.',
  'serverError.PASSWORD_NOT_SET':
    'Le mot de passe de l’organisateur n’a pas encore été créé : créez-le d’abord.',
  'serverError.BAD_CREDENTIALS': 'Adresse e-mail ou mot de passe incorrect.',
  'serverError.TOKEN_INVALID':
    'Ce lien n’est pas (ou plus) valide. Vérifiez-le dans votre message, ou demandez-en un nouveau.',
  'serverError.INVITATION_ANSWERED': 'Vous avez déjà répondu à cette invitation.',
  'serverError.DRAND_UNAVAILABLE':
    'Le service drand est indisponible pour le moment. Réessayez dans quelques minutes.',
  'serverError.NOT_FOUND': 'Ce qui est demandé n’existe pas (ou pas encore).',
  'serverError.CALL_CLOSED': 'Cet appel à projets est clos : il n’accepte plus de candidatures.',
  'serverError.DUPLICATE_APPLICATION': 'Cette candidature a déjà été déposée.',
  'serverError.SPAM_SUSPECTED':
    'Cet envoi ressemble à celui d’un robot et a été refusé. Si vous êtes une personne, réessayez plus lentement.',
  'serverError.QUOTAS_INFEASIBLE':
    'Aucun panel ne peut respecter tous les quotas avec ces volontaires : assouplissez les quotas.',
  'serverError.NOT_READY': 'Le serveur démarre ou s’arrête : réessayez dans un instant.',
  'serverError.BACKUP_INVALID': 'Cette sauvegarde n’est pas valide.',
  'serverError.CHAIN_BROKEN':
    'Le journal enregistré est incohérent : le serveur refuse de s’en servir. Prévenez l’administrateur.',
  'serverError.DATA_FOLDER_NOT_EMPTY': 'Le dossier de données n’est pas vide.',
  'serverError.STRATIFICATION_FROZEN':
    'Le tirage est engagé : ses quotas et sa loterie ne peuvent plus changer.',
  'serverError.SETUP_TOKEN_INVALID':
    'Ce jeton de mise en service n’est pas le bon (ou a déjà servi). Recopiez celui affiché par la console du serveur au démarrage.',
  'serverError.TOTP_REQUIRED':
    'Ce compte a la validation en deux étapes : saisissez le code de votre application.',
  'serverError.TOTP_INVALID':
    'Ce code n’est pas valide (ou a déjà servi). Saisissez le code affiché maintenant par votre application, ou un code de secours.',
  'serverError.ACCOUNT_EXISTS': 'Un compte existe déjà avec cette adresse e-mail.',
  'serverError.REGISTRATION_CODE_MALFORMED':
    'Ce code ne peut pas être le vôtre : il compte 28 lettres et chiffres, en 7 groupes de 4. Recopiez-le depuis votre lettre.',
  'serverError.REGISTRATION_CODE_UNKNOWN':
    'Ce code n’est pas reconnu. Vérifiez-le sur votre lettre ; si le problème persiste, contactez l’organisateur.',
  'serverError.REGISTRATION_CODE_USED':
    'Ce code a déjà servi à une inscription. Si ce n’est pas vous, contactez l’organisateur.',
  'serverError.INTERNAL':
    'Une erreur inattendue est survenue sur le serveur ; rien n’a été modifié. Réessayez plus tard.',
  'serverError.NETWORK': 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
  'serverError.NOT_JSON': 'Le serveur a donné une réponse inattendue. Réessayez plus tard.',
  'serverError.UNKNOWN': 'Le serveur a refusé la demande.',
  'serverError.OIDC_NOT_CONFIGURED':
    'La connexion par un fournisseur d’identité n’est pas proposée sur ce serveur.',
  'serverError.DEMO_ONLY':
    'Cette action n’existe que dans la démonstration : un vrai processus ne la propose jamais.',
};

export const serverErrorEn: Record<ServerErrorKey, string> = {
  'serverError.POOL_EMPTY': 'The list of volunteers is empty.',
  'serverError.POOL_ID_EMPTY': 'An id in the list is empty.',
  'serverError.POOL_ID_WHITESPACE': 'An id starts or ends with a space: remove the extra spaces.',
  'serverError.POOL_ID_CONTROL_CHAR': 'An id contains a forbidden invisible character.',
  'serverError.POOL_ID_TOO_LONG': 'An id is too long.',
  'serverError.POOL_ID_INVALID_UTF8': 'The file is not UTF-8: save it as UTF-8, then try again.',
  'serverError.POOL_ID_DUPLICATE': 'The same id appears twice in the list.',
  'serverError.POOL_CSV_MALFORMED': 'The volunteers’ CSV file is malformed.',
  'serverError.POOL_CSV_NO_ID_COLUMN': 'The CSV file has no id column.',
  'serverError.SEATS_EXCEED_POOL': 'There are more seats to fill than volunteers.',
  'serverError.INVALID_ARGUMENT': 'A value given is not accepted.',
  'serverError.INVALID_NUMBER': 'A number given is not valid.',
  'serverError.COMMITMENT_MALFORMED': 'The commitment is malformed.',
  'serverError.REVEAL_MISMATCH': 'The value does not match the published hash.',
  'serverError.REVEAL_MISSING': 'A committed value has not been revealed yet.',
  'serverError.BEACON_INVALID': 'The drand signature is not valid.',
  'serverError.UNKNOWN_SOURCE': 'This randomness source is not in the commitment.',
  'serverError.JSON_MALFORMED': 'The JSON file is malformed.',
  'serverError.VALIDATION_FAILED':
    'The data sent was refused: a value is missing or does not have the expected form.',
  'serverError.PROCESS_NOT_FOUND': 'This process does not exist.',
  'serverError.TRANSITION_REFUSED': 'This action is not possible at this stage of the process.',
  'serverError.ALREADY_DRAWN':
    'This process has already been drawn: a draw happens only once. This attempt was written to the public log.',
  'serverError.CSV_INVALID': 'The file has errors; nothing was imported.',
  'serverError.REGISTER_INVALID':
    'The register has errors (line and field given); nothing was imported.',
  'serverError.REGISTER_BUSY':
    'A register import is already running for this process: wait for it to finish.',
  'serverError.UPLOAD_TOO_LARGE': 'The file is too large.',
  'serverError.UNAUTHENTICATED': 'Your session has expired: sign in again.',
  'serverError.FORBIDDEN': 'You are not allowed to do this.',
  'serverError.DRAND_DELAY_TOO_SHORT':
    'This drand round is too soon: choose a later round, at least the minimum delay after the commitment is published.',
  'serverError.RESULTS_WITHHELD':
    'The deliberation is confidential: the results will be published at the end, not before.',
  'serverError.ORIGIN_REFUSED':
    'Request refused: it does not come from this application. Reload the page.',
  'serverError.RATE_LIMITED': 'Too many attempts. Wait a few minutes before trying again.',
  'serverError.PASSWORD_ALREADY_SET': 'The organiser’s password has already been created: sign in.',
  'serverError.PASSWORD_NOT_SET':
    'The organiser’s password has not been created yet: create it first.',
  'serverError.BAD_CREDENTIALS': 'Wrong e-mail address or password.',
  'serverError.TOKEN_INVALID':
    'This link is not (or no longer) valid. Check it in your message, or ask for a new one.',
  'serverError.INVITATION_ANSWERED': 'You have already answered this invitation.',
  'serverError.DRAND_UNAVAILABLE':
    'The drand service is unavailable at the moment. Try again in a few minutes.',
  'serverError.NOT_FOUND': 'What was asked for does not exist (or not yet).',
  'serverError.CALL_CLOSED': 'This call for projects is closed: it no longer accepts applications.',
  'serverError.DUPLICATE_APPLICATION': 'This application has already been submitted.',
  'serverError.SPAM_SUSPECTED':
    'This submission looks like a robot’s and was refused. If you are a person, try again more slowly.',
  'serverError.QUOTAS_INFEASIBLE':
    'No panel can meet every quota with these volunteers: relax the quotas.',
  'serverError.NOT_READY': 'The server is starting or stopping: try again in a moment.',
  'serverError.BACKUP_INVALID': 'This backup is not valid.',
  'serverError.CHAIN_BROKEN':
    'The stored log is inconsistent: the server refuses to use it. Tell the administrator.',
  'serverError.DATA_FOLDER_NOT_EMPTY': 'The data folder is not empty.',
  'serverError.STRATIFICATION_FROZEN':
    'The draw is committed: its quotas and lottery can no longer change.',
  'serverError.SETUP_TOKEN_INVALID':
    'This setup token is wrong (or already used). Copy the one the server printed on its console at start.',
  'serverError.TOTP_REQUIRED':
    'This account has two-step verification: enter the code from your app.',
  'serverError.TOTP_INVALID':
    'This code is not valid (or already used). Enter the code your app shows now, or a recovery code.',
  'serverError.ACCOUNT_EXISTS': 'An account already exists with this e-mail address.',
  'serverError.REGISTRATION_CODE_MALFORMED':
    'This cannot be your code: a code has 28 letters and digits, in 7 groups of 4. Copy it again from your letter.',
  'serverError.REGISTRATION_CODE_UNKNOWN':
    'This code is not recognised. Check it against your letter; if the problem remains, contact the organiser.',
  'serverError.REGISTRATION_CODE_USED':
    'This code has already been used to register. If that was not you, contact the organiser.',
  'serverError.INTERNAL':
    'An unexpected error occurred on the server; nothing was changed. Try again later.',
  'serverError.NETWORK': 'The server cannot be reached. Check your connection, then try again.',
  'serverError.NOT_JSON': 'The server gave an unexpected answer. Try again later.',
  'serverError.UNKNOWN': 'The server refused the request.',
  'serverError.OIDC_NOT_CONFIGURED':
    'Sign-in with an identity provider is not offered on this server.',
  'serverError.DEMO_ONLY':
    'This action exists only in the demonstration: a real process never offers it.',
};
