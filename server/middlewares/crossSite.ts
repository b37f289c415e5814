// CSRF protection beyond the SameSite=Lax cookie: a change (POST, PUT, PATCH, DELETE) sent from
// another web site is refused before anything reads its body or its session. A browser names the
// page's origin in `Origin` and says how it relates to the target in `Sec-Fetch-Site`; a request
// with neither (curl, server-to-server, the test client) is not a browser's and stays allowed.
import type { NextFunction, Request, Response } from 'express';
import { env } from '../env.js';
import { CrossSiteRequest } from '../errors.js';
import { say } from '../i18n/language.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The origin the request was sent to, as the browser sees it: scheme and Host (X-Forwarded-* when
 * a trusted proxy set them). A page can only send its own origin here by being on this host, so
 * it is as good as APP_URL — and it lets the app work on whatever address it is reached locally
 * (tests on a random port, the Vite dev server, which keeps the Host header).
 */
function requestOrigin(req: Request): string | undefined {
  const host = req.host;
  return host ? originOf(`${req.protocol}://${host}`) : undefined;
}

export function refuseCrossSiteRequests(appUrl: string = env.APP_URL) {
  const appOrigin = originOf(appUrl);
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!unsafeMethods.has(req.method)) return next();
    const fetchSite = req.get('sec-fetch-site')?.toLowerCase();
    if (fetchSite === 'cross-site' || fetchSite === 'same-site')
      return next(
        CrossSiteRequest(
          say(
            `En forespørsel fra ${fetchSite === 'cross-site' ? 'et annet nettsted' : 'et nettsted i samme domene'} kan ikke endre noe her (Sec-Fetch-Site).`,
            `A ${fetchSite} request may not change anything here (Sec-Fetch-Site).`,
          ),
        ),
      );
    const origin = req.get('origin');
    if (origin !== undefined && origin !== appOrigin && origin !== requestOrigin(req))
      return next(
        CrossSiteRequest(
          say(
            `Forespørsler fra ${origin.slice(0, 200)} kan ikke endre noe her; bare ${appOrigin} kan det.`,
            `Requests from ${origin.slice(0, 200)} may not change anything here; only ${appOrigin} may.`,
          ),
        ),
      );
    next();
  };
}
