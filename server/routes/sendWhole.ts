// How a route's answer goes out when it is whole before it is sent (JSON, a letter's HTML preview):
// when the client takes gzip it is compressed here in one call rather than through the compression
// middleware's stream (app.ts), which gives every answer a zlib context of its own and thread-pool
// round trips. Served to 10 users at once (npm run bench:json), the NAPHA 2009 letter cost 0.37 ms
// of CPU per answer this way against 0.54 ms through the stream, and 2.8 against 4.5 ms p50; a
// 200 kB portfolio 1.70 against 2.08 ms. Answers too large to compress without holding up other
// requests are left to the stream; small ones, as the middleware leaves them, go uncompressed.
import type { Request, Response } from 'express';
import { constants, gzipSync } from 'node:zlib';

/** Below this, compressing saves too little to pay for (the compression middleware's default). */
export const COMPRESS_FROM_BYTES = 1024;
/** Above this, compressing in one call would hold the event loop over a millisecond; the stream does it. */
export const COMPRESS_IN_ONE_CALL_UP_TO_BYTES = 512 * 1024;

/** How to send a whole answer of `bytes` to this request. */
export function wholeEncodingFor(req: Request, bytes: number): 'gzip' | 'identity' | 'stream' {
  if (bytes < COMPRESS_FROM_BYTES) return 'identity';
  if (bytes > COMPRESS_IN_ONE_CALL_UP_TO_BYTES) return 'stream';
  return req.acceptsEncodings('gzip', 'identity') === 'gzip' ? 'gzip' : 'identity';
}

/**
 * An answer written once and sent many times (a letter's detail while it is unchanged, an issued
 * letter's preview): its bytes, and its gzip once a client has asked for that. Only for answers that
 * are the same for every reader who gets them; whoever keeps one decides when it no longer holds.
 */
export class PreparedAnswer {
  readonly bytes: Buffer;
  private gzipped: Buffer | undefined;
  constructor(text: string) {
    this.bytes = Buffer.from(text);
  }
  static json(value: unknown): PreparedAnswer {
    return new PreparedAnswer(JSON.stringify(value) ?? '');
  }
  gzip(): Buffer {
    return (this.gzipped ??= gzipOnce(this.bytes));
  }
}

const gzipOnce = (bytes: Buffer) => gzipSync(bytes, { level: constants.Z_BEST_SPEED });

/** Sends `body` with the status and type already set on `res`, gzipped in one call where that pays. */
export function sendWhole(req: Request, res: Response, body: string | Buffer | PreparedAnswer): void {
  const bytes = body instanceof PreparedAnswer ? body.bytes : typeof body === 'string' ? Buffer.from(body) : body;
  // Caches must keep the encodings apart, whichever this answer is sent in.
  res.vary('Accept-Encoding');
  if (wholeEncodingFor(req, bytes.length) === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.send(body instanceof PreparedAnswer ? body.gzip() : gzipOnce(bytes));
  } else res.send(bytes);
}

/** Sends `value` as JSON; a PreparedAnswer (of JSON) as it was written. */
export function sendJson(req: Request, res: Response, status: number, value: unknown): void {
  res.status(status).type('json');
  sendWhole(req, res, value instanceof PreparedAnswer ? value : (JSON.stringify(value) ?? ''));
}
