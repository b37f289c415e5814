// User administration (admin). Centre roles need a centre; directorate roles must not have one.
import type { Router } from 'express';
import * as argon2 from '@node-rs/argon2';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute } from '../crud.js';
import { createUserBody, listUsersQuery, updateUserBody } from './schema.js';
import { Centre, User } from '../../../models/index.js';
import { authorize, system } from '../../../policies/index.js';
import { presentUser, userSchema } from '../../../presenters/user.js';
import { centreByCode, idParams, page, pageOptions, pageSchema } from '../common.js';
import { fieldError } from '../../../errors.js';
import { isRefusedDemoPassword } from '../../../passwords.js';
import { findUser, updateUser } from '../../../commands/updateUser.js';
import { checkRolesFitCentre } from '../../../commands/userRoles.js';
import { Op } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import { say } from '../../../i18n/language.js';

const entityType = 'User';
const include = [{ model: Centre, as: 'centre' }];

function checkPasswordAllowed(password: string | undefined) {
  if (password !== undefined && isRefusedDemoPassword(password))
    throw fieldError(
      'body.password',
      say(
        'kan ikke være det offentlige demo-passordet i produksjon',
        'must not be the public demo password in production',
      ),
    );
}

export function registerUserRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/users',
    tag: 'users',
    summary: 'List users (admin and auditor)',
    query: listUsersQuery,
    response: pageSchema(userSchema),
    handler: async ({ actor, query }) => {
      authorize(actor, 'listUsers', system, 'users');
      const centre = query.centre ? await centreByCode(query.centre, 'query.centre') : undefined;
      const { rows, count } = await User.findAndCountAll({
        where: {
          ...(centre ? { centreId: centre.id } : {}),
          // roles is a JSON array in a text column; the quotes make the match exact
          ...(query.role ? { roles: { [Op.like]: `%"${query.role}"%` } } : {}),
        } as WhereOptions<User>,
        include,
        order: [['email', 'ASC']],
        ...pageOptions(query),
      });
      return page(rows.map(presentUser), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/users/:id',
    tag: 'users',
    summary: 'One user (admin, auditor, or yourself)',
    params: idParams,
    response: userSchema,
    handler: async ({ actor, params }) => {
      const user = await findUser(params.id);
      authorize(actor, 'read', user, 'user');
      return presentUser(user);
    },
  });

  defineCreateRoute(router, {
    path: '/api/users',
    tag: 'users',
    summary: 'Create a user (admin)',
    body: createUserBody,
    schema: userSchema,
    entityType,
    authorize: async ({ actor, body }) => {
      authorize(actor, 'createUser', system, 'user');
      checkPasswordAllowed(body.password);
      const centre = body.centre ? await centreByCode(body.centre, 'body.centre') : null;
      checkRolesFitCentre(body.roles, centre?.id ?? null);
      return centre;
    },
    create: async ({ body, parent: centre, transaction }) => {
      const created = await User.create(
        {
          email: body.email,
          name: body.name,
          title: body.title ?? null,
          roles: body.roles,
          centreId: centre?.id ?? null,
          passwordHash: await argon2.hash(body.password),
          active: body.active ?? true,
          lastLoginAt: null,
        },
        { transaction },
      );
      created.centre = centre;
      return created;
    },
    present: presentUser,
    centreIdOf: (user) => user.centreId,
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/users/:id',
    tag: 'users',
    summary: 'Change a user, their roles, centre, password or active flag (admin)',
    params: idParams,
    body: updateUserBody,
    response: userSchema,
    handler: async ({ req, actor, params, body }) => {
      checkPasswordAllowed(body.password);
      const centre = body.centre == null ? body.centre : await centreByCode(body.centre, 'body.centre');
      const passwordHash = body.password ? await argon2.hash(body.password) : undefined;
      const { password: _password, centre: _code, ...details } = body;
      const { after, ownCredentialVersion } = await updateUser(
        actor,
        params.id,
        { ...details, centre, passwordHash },
        req,
      );
      // Changing your own password keeps this session (once committed); only your others end.
      if (ownCredentialVersion !== undefined) req.session.credentialVersion = ownCredentialVersion;
      return after;
    },
  });

  defineDeleteRoute(router, {
    path: '/api/users/:id',
    tag: 'users',
    summary: 'Delete a user (admin); their audit trail stays',
    params: idParams,
    entity: 'user',
    entityType,
    find: ({ id }, transaction) => findUser(id, transaction),
    present: presentUser,
    schema: userSchema,
    centreIdOf: (user) => user.centreId,
    check: ({ actor, record: user }) => {
      if (user.id === actor.id)
        throw fieldError('params.id', say('du kan ikke slette deg selv', 'you cannot delete yourself'));
    },
  });
}
