// The address of an HTTP route (method and path) and how to fill its path: the weightless half of the
// contract, which the browser loads (shared/api/endpoints.ts). The schemas are in contract.ts, which the
// browser imports for its types only.

export type Method = 'GET' | 'POST' | 'PUT';

export interface Endpoint {
  readonly method: Method;
  /** Express-style: `:name` segments are the parameters. */
  readonly path: string;
}

/** The `:name` parameters of a path, as a union of names. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** Fills a path's `:name` segments, each URI-encoded; a missing parameter is a programming error. */
export function fillPath(
  path: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The query string of `query` (undefined entries left out), with its leading "?", or "". */
export function queryString(
  query: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string {
  const pairs = Object.entries(query).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] !== undefined,
  );
  return pairs.length === 0
    ? ''
    : `?${new URLSearchParams(pairs.map(([key, value]) => [key, String(value)])).toString()}`;
}
