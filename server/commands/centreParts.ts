// A centre with its parts (host organisation, teams), as creating and changing one share them:
// loading it (locked for a write), checking the host exists, and replacing its teams in order.
import type { Transaction } from 'sequelize';
import { Centre, CentreTeam, Organisation } from '../models/index.js';
import { lockedIfWriting } from '../db/lockedIfWriting.js';
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';

export const centreIncludes = [
  { model: Organisation, as: 'hostOrganisation' },
  { model: CentreTeam, as: 'teams' },
];

export async function findCentre(code: string, transaction?: Transaction) {
  return Centre.findOne({ where: { code }, include: centreIncludes, ...lockedIfWriting(transaction) });
}

export async function checkHost(hostOrganisationId: number | null | undefined, transaction: Transaction) {
  if (hostOrganisationId == null) return;
  if (!(await Organisation.findByPk(hostOrganisationId, { transaction })))
    throw fieldError(
      'body.hostOrganisationId',
      say(`finnes ingen organisasjon med id ${hostOrganisationId}`, `no organisation with id ${hostOrganisationId}`),
    );
}

export async function replaceTeams(
  centre: Centre,
  teams: { name: string; regions: string[] }[],
  transaction: Transaction,
) {
  await CentreTeam.destroy({ where: { centreId: centre.id }, transaction });
  await CentreTeam.bulkCreate(
    teams.map((team, position) => ({ centreId: centre.id, position, name: team.name, regions: team.regions })),
    { transaction },
  );
}
