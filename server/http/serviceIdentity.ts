// Who the service presents itself as: the State's identity (the "République française" block, the Marianne
// logo and font), reserved for State services and the default, or a neutral one for a commune, an
// association or another country, with its own name, tagline and logo. Read once from the environment.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';

export const Identity = { State: 'state', Neutral: 'neutral' } as const;
export type Identity = (typeof Identity)[keyof typeof Identity];

/** The fixed URL the neutral deployment's logo is served at (its extension follows the file's). */
export const LOGO_PATH_PREFIX = '/identite/logo';

export interface ServiceLogo {
  /** Where the page loads it, e.g. /identite/logo.svg. */
  url: string;
  contentType: 'image/svg+xml' | 'image/png';
  bytes: Buffer;
}

export interface ServiceIdentity {
  identity: Identity;
  /** The operator's service name; absent: the page's own (Kleroterion). */
  serviceName?: string;
  /** The operator's tagline, in one language; absent: the page's own, in the reader's language. */
  serviceTagline?: string;
  logo?: ServiceLogo;
}

export const STATE_IDENTITY: ServiceIdentity = { identity: Identity.State };

const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .optional();

const Env = z.object({
  KLEROTERION_IDENTITY: z
    .enum([Identity.State, Identity.Neutral], { error: "must be 'state' or 'neutral'" })
    .default(Identity.State),
  KLEROTERION_SERVICE_NAME: Text(60),
  KLEROTERION_SERVICE_TAGLINE: Text(160),
  KLEROTERION_LOGO: z
    .string()
    .trim()
    .regex(/\.(svg|png)$/i, 'must name a .svg or .png file')
    .optional(),
});

const NEUTRAL_ONLY = [
  'KLEROTERION_SERVICE_NAME',
  'KLEROTERION_SERVICE_TAGLINE',
  'KLEROTERION_LOGO',
];

/**
 * Reads KLEROTERION_IDENTITY (state|neutral, default state) and, for a neutral deployment,
 * KLEROTERION_SERVICE_NAME, KLEROTERION_SERVICE_TAGLINE and KLEROTERION_LOGO (an SVG or PNG file).
 * Empty variables count as unset.
 * @throws Error naming the bad variable, so that a misconfigured server does not start.
 */
export function readServiceIdentity(
  env: Record<string, string | undefined>,
  readFile: (path: string) => Buffer = readFileSync,
): ServiceIdentity {
  const present = Object.fromEntries(
    ['KLEROTERION_IDENTITY', ...NEUTRAL_ONLY].flatMap((key) =>
      env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]],
    ),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} ${issue.message}`);
  }
  const settings = parsed.data;
  if (settings.KLEROTERION_IDENTITY === Identity.State) {
    const stray = NEUTRAL_ONLY.filter((key) => key in present);
    if (stray.length > 0)
      throw new Error(
        `${stray.join(', ')} only apply with KLEROTERION_IDENTITY=neutral: the State's identity keeps its own name and logo`,
      );
    return STATE_IDENTITY;
  }
  let logo: ServiceLogo | undefined;
  if (settings.KLEROTERION_LOGO !== undefined) {
    const file = settings.KLEROTERION_LOGO;
    let bytes: Buffer;
    try {
      bytes = readFile(file);
    } catch (error) {
      throw new Error(`KLEROTERION_LOGO cannot be read (${file}): ${(error as Error).message}`);
    }
    const isSvg = extname(file).toLowerCase() === '.svg';
    logo = {
      url: `${LOGO_PATH_PREFIX}${isSvg ? '.svg' : '.png'}`,
      contentType: isSvg ? 'image/svg+xml' : 'image/png',
      bytes,
    };
  }
  return {
    identity: Identity.Neutral,
    ...(settings.KLEROTERION_SERVICE_NAME === undefined
      ? {}
      : { serviceName: settings.KLEROTERION_SERVICE_NAME }),
    ...(settings.KLEROTERION_SERVICE_TAGLINE === undefined
      ? {}
      : { serviceTagline: settings.KLEROTERION_SERVICE_TAGLINE }),
    ...(logo === undefined ? {} : { logo }),
  };
}
