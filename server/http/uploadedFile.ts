// The file of a raw-body upload route (CSV or JSON sent as the request body), with the name the browser
// gave it in X-File-Name, so that every import route refuses a missing file the same way.

import type { Request } from 'express';
import { ErrorCode, KleroterionError } from '../../shared/errors';

/** Longest file name kept: the name is only shown back and recorded, never used as a path. */
const MAX_FILE_NAME_LENGTH = 200;

export interface UploadedFile {
  bytes: Buffer;
  fileName: string;
}

/**
 * Reads the uploaded file of a route declared with `rawBody: true`.
 * @param defaultName the name recorded when the client sends no X-File-Name header.
 * @param missingFileMessage what the client is told when the body is not a raw upload.
 * @throws KleroterionError ValidationFailed when the body was not read as raw bytes
 * (wrong or missing Content-Type).
 */
export function uploadedFile(
  req: Request,
  defaultName: string,
  missingFileMessage: string,
): UploadedFile {
  const body = req.body as unknown;
  if (!Buffer.isBuffer(body))
    throw new KleroterionError(ErrorCode.ValidationFailed, missingFileMessage);
  const fileName = String(req.headers['x-file-name'] ?? defaultName).slice(0, MAX_FILE_NAME_LENGTH);
  return { bytes: body, fileName };
}
