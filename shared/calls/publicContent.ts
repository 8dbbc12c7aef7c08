// What of an application is public, once admissible: the project as the jury reads it. Contact details
// (name, email, phone) are never part of it. Its digest is logged on receipt, so anyone can check later
// that the dossier the jury received is the application as submitted.
// Spec: docs/calls.md, section "Digests".

import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import type { Dossier } from '../dossier/dossier';
import type { ApplicationForm } from './applicationForm';

export type PublicContent = Omit<Dossier, 'id' | 'prescreening'>;

export function publicContent(form: ApplicationForm): PublicContent {
  return {
    title: form.projectName,
    pitch: form.pitch,
    description: form.description,
    leadType: form.leadType,
    sector: form.sector,
    territory: form.territory,
    ...(form.website === undefined ? {} : { website: form.website }),
    levers: form.levers,
    charter: form.charter,
    generalInterest: form.generalInterest,
    funding: form.funding,
  };
}

/** SHA-256(JCS(public content)), lowercase hex. */
export const contentDigest = (content: PublicContent): string =>
  sha256HexOfText(canonicalize(content));

/** The public content of a published dossier, to check against the digest logged on receipt. */
export function contentOfDossier(dossier: Dossier): PublicContent {
  const { id: _id, prescreening: _prescreening, ...content } = dossier;
  return content;
}

/** Normalised text for duplicate detection: case, accents, punctuation and spacing ignored. */
export function normalised(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
