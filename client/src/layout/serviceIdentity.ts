// The deployment's identity, as the server wrote it into the page (server/http/clientPage.ts): the State's
// (the "République française" block, the Marianne logo and font) or a neutral one with its own name,
// tagline and logo. Read once, when the page starts.

export interface ServiceIdentity {
  /** The State's identity: only State services show its marks. */
  isState: boolean;
  /** The operator's name and tagline (one language); absent, the interface's own, translated. */
  serviceName?: string;
  serviceTagline?: string;
  /** Where the operator's logo is served. */
  logoUrl?: string;
}

const metaContent = (name: string): string | undefined => {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  return content === undefined || content === '' ? undefined : content;
};

function readServiceIdentity(): ServiceIdentity {
  const serviceName = metaContent('kleroterion-service-name');
  const serviceTagline = metaContent('kleroterion-service-tagline');
  const logoUrl = metaContent('kleroterion-service-logo');
  return {
    // Anything but an explicit "neutral" (the dev server's page carries no mark) is the State's default.
    isState: document.documentElement.dataset['identity'] !== 'neutral',
    ...(serviceName === undefined ? {} : { serviceName }),
    ...(serviceTagline === undefined ? {} : { serviceTagline }),
    ...(logoUrl === undefined ? {} : { logoUrl }),
  };
}

export const serviceIdentity: ServiceIdentity = readServiceIdentity();

/**
 * Whether the server answered this page with 404 (an unknown path, process or call): true for the first
 * path only, so that navigating on from the not-found page shows the pages asked for.
 */
const notFoundPath =
  metaContent('kleroterion-status') === '404' ? window.location.pathname : undefined;
export const isServedAsNotFound = (path: string): boolean => path === notFoundPath;
