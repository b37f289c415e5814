// Loads the logged-in user for every request, so a deactivated user loses access at once. A session
// older than SESSION_MAX_HOURS since its login, or begun before the user's password last changed,
// is ended: the request goes on without a user, and a route that needs one answers 401
// session-expired (see routes/defineRoute).
import type { NextFunction, Request, Response } from 'express';
import { env } from '../env.js';
import { User } from '../models/index.js';
import { SessionExpired } from '../errors.js';
import { say, type Localized } from '../i18n/language.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: User;
      /** Set when this request's session was just ended: what to tell the client instead of a plain 401. */
      sessionEnded?: ReturnType<typeof SessionExpired>;
    }
  }
}

/** A fresh, empty session in place of the old one, which the store forgets. */
const regenerate = (req: Request) =>
  new Promise<void>((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error as Error) : resolve())),
  );

function endedBecause(req: Request, user: User | null, now: number): Localized | undefined {
  const { loggedInAt, credentialVersion } = req.session;
  if (loggedInAt === undefined || now - loggedInAt > env.SESSION_MAX_HOURS * 3_600_000)
    return say(
      `En økt varer høyst ${env.SESSION_MAX_HOURS} timer fra innlogging; logg inn igjen.`,
      `Sessions last at most ${env.SESSION_MAX_HOURS} hours from login; log in again.`,
    );
  if (user && user.credentialVersion !== credentialVersion)
    return say(
      'Passordet ditt er endret siden denne økten begynte; logg inn igjen.',
      'Your password has changed since this session began; log in again.',
    );
  return undefined;
}

export async function currentUser(req: Request, _res: Response, next: NextFunction) {
  const userId = req.session?.userId;
  if (userId === undefined) return next();
  const user = await User.findByPk(userId);
  const ended = endedBecause(req, user, Date.now());
  if (user?.active && !ended) {
    req.user = user;
    return next();
  }
  await regenerate(req);
  if (ended && user?.active) req.sessionEnded = SessionExpired(ended);
  next();
}
