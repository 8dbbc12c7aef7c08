// Requests Node's HTTP parser refuses before Express sees them (headers over 16 KiB, a malformed request
// line): answered with the same typed JSON error as every other rejection, then the connection closes.

import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../../shared/errors';

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const isTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = isTooLarge ? 431 : 400;
    const body = JSON.stringify({
      ok: false,
      error: {
        code: ErrorCode.ValidationFailed,
        message: isTooLarge
          ? 'the request line and headers exceed 16 KiB'
          : 'the request is not valid HTTP',
      },
    });
    socket.end(
      `HTTP/1.1 ${status} ${isTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
