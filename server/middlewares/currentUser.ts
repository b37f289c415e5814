// Loads the logged-in user for every request, so a deactivated user loses access at once.
import type { NextFunction, Request, Response } from 'express';
import { User } from '../models/index.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: User;
    }
  }
}

export async function currentUser(req: Request, _res: Response, next: NextFunction) {
  const userId = req.session?.userId;
  if (userId !== undefined) {
    const user = await User.findByPk(userId);
    if (user?.active) req.user = user;
    else delete req.session.userId;
  }
  next();
}
