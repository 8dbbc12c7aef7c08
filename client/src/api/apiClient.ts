// The browser's only door to the HTTP API: JSON in and out, typed errors, same-origin cookies.

import type { ErrorDetails } from '../../../shared/errors';
import type { MessageKey } from '../i18n/messages';
import { serverErrorKey } from './serverErrors';

/**
 * A refused or failed request. `key` words it in the reader's language, from its code; `message` is the
 * server's English text, for logs and tests only, never for the page.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly key: MessageKey;
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.key = serverErrorKey(code);
  }
}

type Answer<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; details?: ErrorDetails } };

async function unwrap<T>(response: Response): Promise<T> {
  let body: Answer<T>;
  try {
    body = (await response.json()) as Answer<T>;
  } catch {
    throw new ApiError('NOT_JSON', `unexpected answer (HTTP ${response.status})`, response.status);
  }
  if (!body.ok)
    throw new ApiError(body.error.code, body.error.message, response.status, body.error.details);
  return body.data;
}

export async function apiGet<T>(path: string): Promise<T> {
  return unwrap<T>(
    await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } }),
  );
}

export async function apiSend<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown = {},
): Promise<T> {
  return unwrap<T>(
    await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** Fetches a download (record, log) as raw bytes, exactly as served. */
export async function apiBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) return unwrap<never>(response);
  return new Uint8Array(await response.arrayBuffer());
}

/** Uploads a file with progress (0–1) reported while it is sent; resolves with the API's data. */
export function apiUpload<T>(
  path: string,
  file: Blob,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('x-file-name', fileName.replace(/[^\x20-\x7e]/g, '_'));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError('NETWORK', 'network error', 0));
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as Answer<T>;
        if (body.ok) resolve(body.data);
        else
          reject(
            new ApiError(body.error.code, body.error.message, request.status, body.error.details),
          );
      } catch {
        reject(
          new ApiError('NOT_JSON', `unexpected answer (HTTP ${request.status})`, request.status),
        );
      }
    };
    request.send(file);
  });
}
