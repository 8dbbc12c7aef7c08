// Downloads the verifiers' code (verifierCode.ts, its own chunk) at the click on "Vérifier", so a page
// that offers a verification does not download the cryptography before anyone asks for it.

import type * as verifierCode from './verifierCode';

export type VerifierCode = typeof verifierCode;

/** The verifiers' code; rejects when its chunk cannot be downloaded (the caller says so). */
export const loadVerifier = (): Promise<VerifierCode> => import('./verifierCode');
