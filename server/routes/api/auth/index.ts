// Login, logout and the current user. Sessions live in Redis; the session id is regenerated at
// login so a planted cookie cannot be reused.
import type { Request, Router } from 'express';
import * as argon2 from '@node-rs/argon2';
import { z } from 'zod';
import { defineRoute, definePublicRoute } from '../../defineRoute.js';
import { loginBody } from './schema.js';
import { Centre, User } from '../../../models/index.js';
import { DemoPasswordRefused, InvalidCredentials } from '../../../errors.js';
import { isRefusedDemoPassword } from '../../../passwords.js';
import { presentUser, userSchema } from '../../../presenters/user.js';
import { systemAbilities, systemAbilityNames } from '../../../policies/index.js';
import { recordLogin } from '../../../commands/recordLogin.js';
import { updatePreferences } from '../../../commands/updatePreferences.js';
import { SESSION_COOKIE } from '../../../middlewares/session.js';

// Verifying against a fixed hash when the user is unknown keeps response times alike, so timing
// does not tell which e-mail addresses exist.
const unknownUserHash = argon2.hash('no-such-user-password');

const regenerate = (req: Request) =>
  new Promise<void>((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error as Error) : resolve())),
  );
const destroy = (req: Request) =>
  new Promise<void>((resolve, reject) => req.session.destroy((error) => (error ? reject(error as Error) : resolve())));

const meSchema = z
  .object({
    user: userSchema,
    abilities: z
      .object(Object.fromEntries(systemAbilityNames.map((action) => [action, z.boolean()])))
      .openapi({ description: 'What you may do across the system (menus and buttons follow these)' }),
  })
  .openapi('Me');

/** The user as /api/me and login answer: with centre, and what the user may do on the system. */
async function me(user: User) {
  if (user.centreId !== null) user.centre = await Centre.findByPk(user.centreId);
  return { user: presentUser(user), abilities: systemAbilities(user) };
}

export function registerAuthRoutes(router: Router) {
  definePublicRoute(router, {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Log in with e-mail and password; sets the session cookie',
    body: loginBody,
    response: meSchema,
    handler: async ({ req, body }) => {
      // Before any account is looked up, so the answer tells nothing about which accounts exist.
      if (isRefusedDemoPassword(body.password)) throw DemoPasswordRefused();
      const user = await User.findOne({ where: { email: body.email.trim().toLowerCase() } });
      const valid = user?.active
        ? await argon2.verify(user.passwordHash, body.password)
        : await argon2.verify(await unknownUserHash, body.password).then(() => false);
      if (!user || !valid) throw InvalidCredentials();
      await regenerate(req);
      req.session.userId = user.id;
      req.session.loggedInAt = Date.now();
      req.session.credentialVersion = user.credentialVersion;
      await recordLogin(user, req);
      return me(user);
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'Log out and end the session',
    status: 204,
    handler: async ({ req, res }) => {
      await destroy(req);
      res.clearCookie(SESSION_COOKIE);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/me',
    tag: 'auth',
    summary: 'The logged-in user, with roles and centre',
    response: meSchema,
    handler: async ({ actor }) => me(actor),
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/me/preferences',
    tag: 'auth',
    summary: 'Change your own preferences: reminders one by one (single) or as one daily digest',
    body: z.object({ reminderDelivery: z.enum(['single', 'digest']) }),
    response: meSchema,
    handler: async ({ req, actor, body }) => {
      await updatePreferences(actor, body, req);
      return me(actor);
    },
  });
}
