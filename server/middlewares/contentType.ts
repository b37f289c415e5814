// Each route reads one kind of body: JSON, or multipart/form-data for file uploads. A body of any
// other type (text/plain, a urlencoded form — what a cross-site form can send without asking) is
// refused with 415 before the route runs. A request without a body passes whatever it claims.
import type { NextFunction, Request, Response } from 'express';
import { UnsupportedContentType } from '../errors.js';
import { say } from '../i18n/language.js';

export type BodyType = 'json' | 'multipart';

const mediaTypes: Record<BodyType, string> = { json: 'application/json', multipart: 'multipart/form-data' };

/** A body is there when it is chunked or has a length above zero (fetch sends "0" for a bodiless POST). */
function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length.trim() !== '0';
}

export function requireBodyType(type: BodyType) {
  const expected = mediaTypes[type];
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!hasBody(req) || req.is(expected)) return next();
    const sent = (req.get('content-type') ?? 'no content type').split(';')[0]!.trim().slice(0, 100);
    next(
      UnsupportedContentType(
        say(
          `Denne adressen leser ${expected}; forespørselen sendte ${sent}.`,
          `This route reads ${expected}; the request sent ${sent}.`,
        ),
      ),
    );
  };
}
