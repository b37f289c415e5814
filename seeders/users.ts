// One demo user per role, all with the same password (DEMO_PASSWORD), so every view can be tried.
import * as argon2 from '@node-rs/argon2';
import type { Transaction } from 'sequelize';
import { User } from '../server/models/index.js';
import type { Role } from '../server/models/User.js';
import type { ReferenceRecords } from './context.js';
import { lookUp } from './context.js';

interface DemoUser {
  email: string;
  name: string;
  title: string;
  roles: Role[];
  centreCode: string | null;
  /** What the start script prints next to the address. */
  roleLabel: string;
}

// The people are invented; the addresses use .example so no mail can reach a real person.
const demoUsers: DemoUser[] = [
  {
    email: 'admin@helsedir.example',
    name: 'Ingrid Haugen',
    title: 'systemforvalter',
    roles: ['admin'],
    centreCode: null,
    roleLabel: 'administrator',
  },
  {
    email: 'saksbehandler@helsedir.example',
    name: 'Marius Berg',
    title: 'seniorrådgiver',
    roles: ['case_officer'],
    centreCode: null,
    roleLabel: 'saksbehandler',
  },
  {
    email: 'godkjenner@helsedir.example',
    name: 'Hilde Solberg',
    title: 'avdelingsdirektør',
    roles: ['approver'],
    centreCode: null,
    roleLabel: 'godkjenner',
  },
  {
    email: 'okonomi@helsedir.example',
    name: 'Tor Eriksen',
    title: 'seniorrådgiver, økonomi',
    roles: ['finance'],
    centreCode: null,
    roleLabel: 'økonomi',
  },
  {
    email: 'revisor@helsedir.example',
    name: 'Anne Lund',
    title: 'revisor',
    roles: ['auditor'],
    centreCode: null,
    roleLabel: 'revisor (kun lesetilgang)',
  },
  {
    email: 'leder@napha.example',
    name: 'Siri Moen',
    title: 'senterleder',
    roles: ['centre_leader'],
    centreCode: 'NAPHA',
    roleLabel: 'senterleder, NAPHA',
  },
  {
    email: 'leder@korus-nord.example',
    name: 'Jonas Pedersen',
    title: 'senterleder',
    roles: ['centre_leader'],
    centreCode: 'KORUS-NORD',
    roleLabel: 'senterleder, KORUS – Nord',
  },
];

export const demoLogins: { email: string; label: string }[] = demoUsers.map(({ email, roleLabel }) => ({
  email,
  label: roleLabel,
}));

/** The directorate users the demo letters name as author and approver. */
export const caseOfficerEmail = 'saksbehandler@helsedir.example';
export const approverEmail = 'godkjenner@helsedir.example';

export async function seedUsers(
  reference: ReferenceRecords,
  password: string,
  transaction: Transaction,
): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  for (const { roleLabel: _label, centreCode, ...data } of demoUsers) {
    const user = await User.create(
      {
        ...data,
        // A fresh hash per user: each gets its own salt, as a real sign-up would.
        passwordHash: await argon2.hash(password),
        centreId: centreCode ? lookUp(reference.centres, centreCode, 'centre').id : null,
        lastLoginAt: null,
      },
      { transaction },
    );
    users.set(user.email, user);
  }
  return users;
}
