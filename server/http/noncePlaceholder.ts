// The text Vite writes as the nonce of every tag of the built page (vite.config.ts, html.cspNonce); the
// server replaces it with a fresh nonce per response (clientPage.ts). Never sent to a browser. Kept free
// of imports: the build configuration loads this file.

export const NONCE_PLACEHOLDER = 'KLEROTERION_CSP_NONCE';
