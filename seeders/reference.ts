// Reference data: directorates, the ministry, host institutions, county governors, every centre
// (with NAPHA's regional teams) and the state budget lines the demo letters draw on.
import type { Transaction } from 'sequelize';
import { BudgetLine, Centre, CentreTeam, Organisation } from '../server/models/index.js';
import type { OrganisationType } from '../server/models/Organisation.js';
import { centres, directorates, hostAddresses, ministries } from './data/centres.js';
import { budgetLineKey, lookUp } from './context.js';
import type { BudgetItem, ReferenceRecords } from './context.js';

/** Chapter 743 items 62 and 70 are the ones the NAPHA 2009 letter names. */
const budgetChapter = 743;
const budgetItems: BudgetItem[] = [62, 70];

/** The years the demo letters need: the 2009 letter (which also states 2008) and the last two years. */
export function budgetYears(currentYear: number): number[] {
  return [...new Set([2008, 2009, currentYear - 1, currentYear])];
}

interface OrganisationData {
  code: string | null;
  name: string;
  type: OrganisationType;
  address?: string | null;
  orgNumber?: string | null;
  email?: string | null;
}

function governmentOrganisations(): OrganisationData[] {
  return [
    ...directorates.map((d) => ({ ...d, type: 'directorate' as const })),
    ...ministries.map((m) => ({ ...m, type: 'ministry' as const })),
    // The 2009 letter was copied to "Landets fylkesmenn"; the offices are called statsforvaltere
    // since 2021, so current letters use the second one.
    { code: 'FYLKESMENN', name: 'Landets fylkesmenn', type: 'county_governor' },
    { code: 'STATSFORVALTERE', name: 'Landets statsforvaltere', type: 'county_governor' },
  ];
}

/** One host organisation per distinct host name (Stiftelsen Pilar hosts two centres). */
function hostOrganisations(): OrganisationData[] {
  const names = [...new Set(centres.flatMap((centre) => (centre.hostName ? [centre.hostName] : [])))];
  return names.map((name) => ({ code: null, name, type: 'host', address: hostAddresses[name] ?? null }));
}

export async function seedReference(currentYear: number, transaction: Transaction): Promise<ReferenceRecords> {
  const organisationRows = await Organisation.bulkCreate(
    [...governmentOrganisations(), ...hostOrganisations()].map((o) => ({ address: null, ...o })),
    { transaction },
  );
  const organisations = new Map(organisationRows.flatMap((o) => (o.code ? [[o.code, o] as const] : [])));
  const hostsByName = new Map(organisationRows.filter((o) => o.type === 'host').map((o) => [o.name, o]));

  const centreRecords = new Map<string, Centre>();
  for (const { teams, hostName, ...data } of centres) {
    const centre = await Centre.create(
      { ...data, hostOrganisationId: hostName ? (hostsByName.get(hostName)?.id ?? null) : null },
      { transaction },
    );
    await CentreTeam.bulkCreate(
      teams.map((team, index) => ({ ...team, centreId: centre.id, position: index + 1 })),
      { transaction },
    );
    centreRecords.set(centre.code, centre);
  }

  const directorate = lookUp(organisations, 'HDIR', 'organisation');
  const budgetLineRows = await BudgetLine.bulkCreate(
    budgetYears(currentYear).flatMap((year) =>
      budgetItems.map((item) => ({
        year,
        chapter: budgetChapter,
        item,
        // The sources name no item titles, so the name is just the chapter and item.
        name: `Kap. ${budgetChapter} post ${item}`,
        organisationId: directorate.id,
      })),
    ),
    { transaction },
  );
  const budgetLines = new Map(budgetLineRows.map((line) => [budgetLineKey(line.year, line.item as BudgetItem), line]));

  return { organisations, centres: centreRecords, budgetLines };
}
