// Reads the TRUST_PROXY environment variable into Express's `trust proxy` setting.

/**
 * Unset or 'false': trust no proxy. 'true': trust every hop (only if the proxy strips client-sent
 * X-Forwarded-* headers). A whole number: that many hops. Anything else: addresses or subnets, comma-separated.
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}
