// Interface text of OpenID Connect sign-in (the provider button and why a sign-in was refused), in French
// (the default) and English.

export const oidcFr = {
  'oidc.or': 'ou',
  'oidc.code.title': 'Validation en deux étapes',
  'oidc.code.intro':
    'Votre fournisseur d’identité vous a reconnu·e. Votre compte demande aussi le code de votre application d’authentification (ou un code de secours) : saisissez-le pour ouvrir la console.',
  'oidc.code.again': 'Recommencer la connexion',
  'oidc.hint':
    'Vous serez redirigé·e vers votre fournisseur d’identité, puis ramené·e ici. Seule une adresse déjà enregistrée dans un compte peut se connecter.',
  'oidc.refused.title': 'Connexion refusée',
  'oidc.refused.no-account':
    'Aucun compte pour cette adresse. La connexion par un fournisseur d’identité ne crée pas de compte : demandez à un·e administrateur·rice de vous inviter avec cette adresse.',
  'oidc.refused.unverified-email':
    'Votre fournisseur d’identité indique que votre adresse électronique n’est pas vérifiée. Faites-la vérifier chez lui, puis réessayez.',
  'oidc.refused.no-email':
    'Votre fournisseur d’identité n’a pas transmis d’adresse électronique : la connexion est impossible sans elle.',
  'oidc.refused.expired':
    'La demande de connexion a expiré ou n’est plus valable. Recommencez depuis cette page.',
  'oidc.refused.denied': 'La connexion a été annulée chez le fournisseur d’identité.',
  'oidc.refused.provider':
    'Le fournisseur d’identité est injoignable ou a donné une réponse qui ne se vérifie pas. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.',
  'oidc.refused.rate-limited':
    'Trop de tentatives de connexion depuis cet appareil ou ce réseau. Patientez un quart d’heure avant de réessayer.',
};

export const oidcEn: Record<keyof typeof oidcFr, string> = {
  'oidc.or': 'or',
  'oidc.code.title': 'Two-step verification',
  'oidc.code.intro':
    'Your identity provider recognised you. Your account also asks for the code of your authentication app (or a recovery code): enter it to open the console.',
  'oidc.code.again': 'Start signing in again',
  'oidc.hint':
    'You will be sent to your identity provider, then brought back here. Only an address already registered in an account can sign in.',
  'oidc.refused.title': 'Sign-in refused',
  'oidc.refused.no-account':
    'No account for this address. Signing in with an identity provider creates no account: ask an administrator to invite you with this address.',
  'oidc.refused.unverified-email':
    'Your identity provider says your e-mail address is not verified. Have it verified there, then try again.',
  'oidc.refused.no-email':
    'Your identity provider did not give an e-mail address: signing in is impossible without one.',
  'oidc.refused.expired':
    'The sign-in request expired or is no longer valid. Start again from this page.',
  'oidc.refused.denied': 'Signing in was cancelled at the identity provider.',
  'oidc.refused.provider':
    'The identity provider cannot be reached or gave an answer that does not verify. Try again in a few minutes, or sign in with your password.',
  'oidc.refused.rate-limited':
    'Too many sign-in attempts from this device or network. Wait a quarter of an hour before trying again.',
};
